import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { messageOf, readAll } from './import.test-utils.js';
import { readNdjson } from './ndjson.reader.js';

function ndjsonFile(content: string): string {
  return writeFiles(makeTempDir(), { 'calls.ndjson': content })[0]!;
}

const FIELDS = ['call_id', 'duration'];

describe('readNdjson', () => {
  it('reads one object per line, skipping blank lines, with CRLF or LF', async () => {
    const path = ndjsonFile('\uFEFF{"call_id": "K1"}\r\n\r\n  \n{"call_id": 2, "duration": 5}\n{"call_id": "K3"}');
    expect(await readAll(readNdjson(path, FIELDS))).toEqual([
      { line: 1, values: ['K1', undefined] },
      { line: 4, values: [2, 5] },
      { line: 5, values: ['K3', undefined] },
    ]);
  });

  it('marks a line that is not an object as a bad row', async () => {
    const path = ndjsonFile('{"call_id": "K1"}\n[1, 2]\n');
    expect(await readAll(readNdjson(path, FIELDS))).toEqual([
      { line: 1, values: ['K1', undefined] },
      { line: 2, values: [], problem: { field: 'row', reason: 'is not an object', value: '[1,2]' } },
    ]);
  });

  it('marks a record with bytes that are not UTF-8 as a bad row', async () => {
    const path = join(makeTempDir(), 'calls.ndjson');
    writeFileSync(path, Buffer.concat([Buffer.from('{"call_id": "K1", "duration": "a'), Buffer.from([0xfe]), Buffer.from('"}\n{"call_id": "K2"}\n')]));
    expect(await readAll(readNdjson(path, FIELDS))).toEqual([
      { line: 1, values: [], problem: { field: 'duration', reason: 'is not valid UTF-8', value: 'a\uFFFD' } },
      { line: 2, values: ['K2', undefined] },
    ]);
  });

  it('keeps line numbers right across chunk boundaries', async () => {
    const lines = Array.from({ length: 20000 }, (_, index) => `{"call_id": "K${index}", "note": "é ${index}"}`);
    const records = await readAll(readNdjson(ndjsonFile(lines.join('\n')), FIELDS));
    expect(records.length).toBe(20000);
    expect(records.every((record, index) => record.line === index + 1 && record.values[0] === `K${index}`)).toBe(true);
  });

  it('rejects a line that is not valid JSON, such as a truncated last line', async () => {
    const path = ndjsonFile('{"call_id": "K1"}\n{"call_id": "K2", "dura');
    expect(await messageOf(() => readAll(readNdjson(path, FIELDS)))).toBe(`${path}:2: json: is not valid JSON`);
  });
});
