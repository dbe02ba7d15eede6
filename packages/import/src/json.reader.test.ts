import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { messageOf, readAll } from './import.test-utils.js';
import { readJsonArray } from './json.reader.js';

function jsonFile(content: string): string {
  return writeFiles(makeTempDir(), { 'calls.json': content })[0]!;
}

const FIELDS = ['call_id', 'duration'];

describe('readJsonArray', () => {
  it('reads each element of the array with the line its { is on, as the values of the asked fields', async () => {
    const path = jsonFile('[\n  {"call_id": "K1", "duration": 30},\n  {\n    "call_id": 7,\n    "duration": "45"\n  },\n\n  {"call_id": "K3"}]\n');
    expect(await readAll(readJsonArray(path, FIELDS))).toEqual([
      { line: 2, values: ['K1', 30] },
      { line: 3, values: [7, '45'] },
      { line: 8, values: ['K3', undefined] },
    ]);
  });

  it('says an empty file is empty', async () => {
    const path = jsonFile('');
    expect(await messageOf(() => readAll(readJsonArray(path, FIELDS)))).toBe(`${path}: is empty: a JSON file holds an array of records`);
    const blank = jsonFile(' \n');
    expect(await messageOf(() => readAll(readJsonArray(blank, FIELDS)))).toBe(`${blank}: is empty: a JSON file holds an array of records`);
  });

  it('refuses a file with bytes that are not UTF-8 at their line', async () => {
    const path = join(makeTempDir(), 'calls.json');
    writeFileSync(path, Buffer.concat([Buffer.from('[\n{"call_id": "K1"},\n{"call_id": "K'), Buffer.from([0xff]), Buffer.from('2"}\n]')]));
    expect(await messageOf(() => readAll(readJsonArray(path, FIELDS)))).toBe(`${path}:3: json: is not valid UTF-8`);
  });

  it('marks an element that is not an object as a bad row', async () => {
    const path = jsonFile('[\n{"call_id": "K1"},\n42,\n"text"\n]');
    expect(await readAll(readJsonArray(path, FIELDS))).toEqual([
      { line: 2, values: ['K1', undefined] },
      { line: 3, values: [], problem: { field: 'row', reason: 'is not an object', value: '42' } },
      { line: 4, values: [], problem: { field: 'row', reason: 'is not an object', value: '"text"' } },
    ]);
  });

  it('keeps line numbers right across chunk boundaries', async () => {
    const elements = Array.from({ length: 20000 }, (_, index) => `  {"call_id": "K${index}", "note": "é ${index}"}`);
    const path = jsonFile(`[\n${elements.join(',\n')}\n]`);
    const records = await readAll(readJsonArray(path, FIELDS));
    expect(records.length).toBe(20000);
    expect(records.every((record, index) => record.line === index + 2 && record.values[0] === `K${index}`)).toBe(true);
  });

  it('reads an empty array as no records', async () => {
    expect(await readAll(readJsonArray(jsonFile(' [ ] '), FIELDS))).toEqual([]);
  });

  it('rejects a truncated file at its last complete token', async () => {
    const path = jsonFile('[\n{"call_id": "K1"},\n{"call_id": "K2",\n "duration": 3');
    expect(await messageOf(() => readAll(readJsonArray(path, FIELDS)))).toBe(`${path}:4: json: the file ends before the JSON is complete`);
    const cut = jsonFile('[\n{"call_id": "K1"},\n{"call_id": "K');
    expect(await messageOf(() => readAll(readJsonArray(cut, FIELDS)))).toBe(`${cut}:3: json: the file ends before the JSON is complete`);
  });

  it('rejects invalid JSON at the line of the offending text', async () => {
    const comma = jsonFile('[\n{"call_id": "K1"},\n{"call_id": "K2",}\n]');
    expect(await messageOf(() => readAll(readJsonArray(comma, FIELDS)))).toBe(`${comma}:3: json: is not valid JSON: unexpected "}"`);
    const bare = jsonFile('[\n{"call_id": K2}\n]');
    expect(await messageOf(() => readAll(readJsonArray(bare, FIELDS)))).toBe(`${bare}:2: json: is not valid JSON: unexpected "K"`);
    const twice = jsonFile('[{"call_id": "K1"}]\n[]');
    expect(await messageOf(() => readAll(readJsonArray(twice, FIELDS)))).toBe(`${twice}:2: json: is not valid JSON: unexpected "["`);
  });

  it('rejects a file that is not an array', async () => {
    const path = jsonFile('\n{"call_id": "K1"}');
    expect(await messageOf(() => readAll(readJsonArray(path, FIELDS)))).toBe(`${path}:2: json: is not an array of records`);
  });
});
