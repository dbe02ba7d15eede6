import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.reader.js';
import { messageOf, plain, readAll } from './import.test-utils.js';

function csvFile(content: string): string {
  return writeFiles(makeTempDir(), { 'calls.csv': content })[0]!;
}

describe('readCsv', () => {
  it('maps columns by header name in any order and case, ignoring unknown ones', async () => {
    const path = csvFile('Duration,CALL_ID,extra\n30,K1,x\n45,K2,y\n');
    expect(plain(await readAll(readCsv(path, ['call_id', 'duration'])))).toEqual([
      { line: 2, fields: { duration: '30', call_id: 'K1', extra: 'x' } },
      { line: 3, fields: { duration: '45', call_id: 'K2', extra: 'y' } },
    ]);
  });

  it('numbers each record by the physical line it starts on, across quoted line breaks, blank lines and CRLF', async () => {
    const path = csvFile('\uFEFFid,note\r\nA,"two\r\nlines"\r\n\r\nB,plain\r\nC,"three\nshort\nlines"\nD,last');
    expect(plain(await readAll(readCsv(path, ['id'])))).toEqual([
      { line: 2, fields: { id: 'A', note: 'two\r\nlines' } },
      { line: 5, fields: { id: 'B', note: 'plain' } },
      { line: 6, fields: { id: 'C', note: 'three\nshort\nlines' } },
      { line: 9, fields: { id: 'D', note: 'last' } },
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('keeps line numbers right across chunk boundaries (%s)', async (_name, eol) => {
    const rows = Array.from({ length: 20000 }, (_, index) => `K${index},"note ${index}"`);
    const path = csvFile(['call_id,note', ...rows].join(eol));
    const records = await readAll(readCsv(path, ['call_id']));
    expect(records.length).toBe(20000);
    expect(records.every((record, index) => record.line === index + 2 && record.fields.call_id === `K${index}`)).toBe(true);
  });

  it('marks a row with the wrong number of values as a bad row', async () => {
    const path = csvFile('id,name\nA,Ann\nB,Bob,extra\nC\n');
    expect(plain(await readAll(readCsv(path, ['id'])))).toEqual([
      { line: 2, fields: { id: 'A', name: 'Ann' } },
      { line: 3, fields: { id: 'B', name: 'Bob' }, problem: { field: 'row', reason: 'has 3 values but the header has 2', value: 'B,Bob,extra' } },
      { line: 4, fields: { id: 'C', name: '' }, problem: { field: 'row', reason: 'has 1 value but the header has 2', value: 'C' } },
    ]);
  });

  it('rejects malformed CSV at the line where the broken record starts', async () => {
    const path = csvFile('id,name\nA,Ann\nB,"Bob\nC,Cy\n');
    expect(await messageOf(() => readAll(readCsv(path, ['id'])))).toBe(`${path}:3: name: a quoted value is never closed`);
    const stray = csvFile('id,name\nA,"Ann"x\n');
    expect(await messageOf(() => readAll(readCsv(stray, ['id'])))).toBe(`${stray}:2: name: text follows the closing quote of a value`);
  });

  it('rejects a header without a needed column, or with one twice', async () => {
    const path = csvFile('call_id,customer_id\nK1,C1\n');
    expect(await messageOf(() => readAll(readCsv(path, ['call_id', 'duration'])))).toBe(`${path}:1: duration: column is missing from the header`);
    const twice = csvFile('call_id,Call_ID\nK1,K2\n');
    expect(await messageOf(() => readAll(readCsv(twice, ['call_id'])))).toBe(`${twice}:1: call_id: column appears twice in the header`);
  });

  it('reads an empty file as a file without columns', async () => {
    const path = csvFile('');
    expect(await messageOf(() => readAll(readCsv(path, ['call_id'])))).toBe(`${path}:1: call_id: column is missing from the header`);
  });

  it('reads a header-only file as no records', async () => {
    expect(await readAll(readCsv(csvFile('call_id\n'), ['call_id']))).toEqual([]);
  });

  it('reports how far into the file it has read', async () => {
    const path = csvFile('id\nA\nB\n');
    const progress: number[] = [];
    for await (const batch of readCsv(path, ['id'])) progress.push(batch.bytesRead);
    expect(progress.at(-1)).toBe(7);
  });
});
