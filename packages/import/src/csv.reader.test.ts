import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.reader.js';
import { messageOf, readAll } from './import.test-utils.js';

function csvFile(content: string): string {
  return writeFiles(makeTempDir(), { 'calls.csv': content })[0]!;
}

describe('readCsv', () => {
  it('gives each record the values of the asked fields, by header name in any order and case, ignoring unknown columns', async () => {
    const path = csvFile('Duration,CALL_ID,extra\n30,K1,x\n45,K2,y\n');
    expect(await readAll(readCsv(path, ['call_id', 'duration', 'status'], ['call_id', 'duration']))).toEqual([
      { line: 2, values: ['K1', '30', undefined] },
      { line: 3, values: ['K2', '45', undefined] },
    ]);
  });

  it('numbers each record by the physical line it starts on, across quoted line breaks, blank lines and CRLF', async () => {
    const path = csvFile('\uFEFFid,note\r\nA,"two\r\nlines"\r\n\r\nB,plain\r\nC,"three\nshort\nlines"\nD,last');
    expect(await readAll(readCsv(path, ['id', 'note'], ['id']))).toEqual([
      { line: 2, values: ['A', 'two\r\nlines'] },
      { line: 5, values: ['B', 'plain'] },
      { line: 6, values: ['C', 'three\nshort\nlines'] },
      { line: 9, values: ['D', 'last'] },
    ]);
  });

  it('reads lone CR line breaks, quotes doubled inside quoted values, and commas inside them', async () => {
    const path = csvFile('id,note\rA,"say ""hi"", then go"\r\rB,"a,b"\r');
    expect(await readAll(readCsv(path, ['id', 'note'], ['id']))).toEqual([
      { line: 2, values: ['A', 'say "hi", then go'] },
      { line: 4, values: ['B', 'a,b'] },
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('keeps line numbers right across chunk boundaries (%s)', async (_name, eol) => {
    const rows = Array.from({ length: 20000 }, (_, index) => `K${index},"note ${index}${index % 7 === 0 ? `${eol}more` : ''}"`);
    const path = csvFile(['call_id,note', ...rows].join(eol));
    const records = await readAll(readCsv(path, ['call_id', 'note'], ['call_id']));
    let line = 2;
    const expected = rows.map((_, index) => {
      const record = { line, id: `K${index}` };
      line += index % 7 === 0 ? 2 : 1;
      return record;
    });
    expect(records.map((record) => ({ line: record.line, id: record.values[0] }))).toEqual(expected);
  });

  it('marks a row with the wrong number of values as a bad row', async () => {
    const path = csvFile('id,name\nA,Ann\nB,Bob,extra\nC\n');
    expect(await readAll(readCsv(path, ['id', 'name'], ['id']))).toEqual([
      { line: 2, values: ['A', 'Ann'] },
      { line: 3, values: ['B', 'Bob'], problem: { field: 'row', reason: 'has 3 values but the header has 2', value: 'B,Bob,extra' } },
      { line: 4, values: ['C', ''], problem: { field: 'row', reason: 'has 1 value but the header has 2', value: 'C' } },
    ]);
  });

  it('rejects malformed CSV at the line where the broken record starts, naming the column', async () => {
    const path = csvFile('id,name\nA,Ann\nB,"Bob\nC,Cy\n');
    expect(await messageOf(() => readAll(readCsv(path, ['id'], ['id'])))).toBe(`${path}:3: name: a quoted value is never closed`);
    const stray = csvFile('id,name\nA,"Ann"x\n');
    expect(await messageOf(() => readAll(readCsv(stray, ['id'], ['id'])))).toBe(`${stray}:2: name: text follows the closing quote of a value`);
    const inside = csvFile('id,name\nA,Ann\nB,Bo"b\n');
    expect(await messageOf(() => readAll(readCsv(inside, ['id'], ['id'])))).toBe(`${inside}:3: name: a quote appears inside an unquoted value`);
    const header = csvFile('id,"name\nA,Ann\n');
    expect(await messageOf(() => readAll(readCsv(header, ['id'], ['id'])))).toBe(`${header}:1: header: a quoted value is never closed`);
  });

  it('rejects a header without a needed column, or with one twice', async () => {
    const path = csvFile('call_id,customer_id\nK1,C1\n');
    expect(await messageOf(() => readAll(readCsv(path, ['call_id'], ['call_id', 'duration'])))).toBe(`${path}:1: duration: column is missing from the header`);
    const twice = csvFile('call_id,Call_ID\nK1,K2\n');
    expect(await messageOf(() => readAll(readCsv(twice, ['call_id'], ['call_id'])))).toBe(`${twice}:1: call_id: column appears twice in the header`);
  });

  it('says a header separated by semicolons or tabs is not comma-separated', async () => {
    const semicolons = csvFile('call_id;customer_id;duration\nK1;C1;30\n');
    expect(await messageOf(() => readAll(readCsv(semicolons, ['call_id'], ['call_id', 'duration'])))).toBe(
      `${semicolons}:1: header: looks ;-separated; hcdm reads comma-separated CSV`,
    );
    const tabs = csvFile('Call_ID\tcustomer_id\nK1\tC1\n');
    expect(await messageOf(() => readAll(readCsv(tabs, ['call_id'], ['call_id'])))).toBe(`${tabs}:1: header: looks tab-separated; hcdm reads comma-separated CSV`);
  });

  it('marks a row with bytes that are not UTF-8 as a bad row naming the column, in any chunk', async () => {
    const path = join(makeTempDir(), 'customers.csv');
    // The first chunk (32 KiB) ends inside the valid "é" of line 2; the bad byte 0xFF is in the second.
    const long = 'x'.repeat(32 * 1024 - 'id,name\nA,'.length - 1);
    writeFileSync(path, Buffer.concat([Buffer.from(`id,name\nA,${long}é\nB,Pri`), Buffer.from([0xff]), Buffer.from('ya\nC,Ok\n')]));
    expect(await readAll(readCsv(path, ['id', 'name'], ['id']))).toEqual([
      { line: 2, values: ['A', `${long}é`] },
      { line: 3, values: [], problem: { field: 'name', reason: 'is not valid UTF-8', value: 'Pri\uFFFDya' } },
      { line: 4, values: ['C', 'Ok'] },
    ]);
    const first = join(makeTempDir(), 'customers.csv');
    writeFileSync(first, Buffer.concat([Buffer.from('id,name\nA'), Buffer.from([0xc3, 0x28]), Buffer.from(',Ann\n')]));
    expect(await readAll(readCsv(first, ['name'], ['id']))).toEqual([
      { line: 2, values: [], problem: { field: 'id', reason: 'is not valid UTF-8', value: 'A\uFFFD(' } },
    ]);
  });

  it('says an empty file is empty', async () => {
    const path = csvFile('');
    expect(await messageOf(() => readAll(readCsv(path, ['call_id'], ['call_id'])))).toBe(`${path}: is empty: a CSV file starts with a header row`);
    const blank = csvFile('\n\n');
    expect(await messageOf(() => readAll(readCsv(blank, ['call_id'], ['call_id'])))).toBe(`${blank}: is empty: a CSV file starts with a header row`);
  });

  it('reads a header-only file as no records', async () => {
    expect(await readAll(readCsv(csvFile('call_id\n'), ['call_id'], ['call_id']))).toEqual([]);
  });

  it('reports how far into the file it has read', async () => {
    const path = csvFile('id\nA\nB\n');
    const progress: number[] = [];
    for await (const batch of readCsv(path, ['id'], ['id'])) progress.push(batch.bytesRead);
    expect(progress.at(-1)).toBe(7);
  });
});
