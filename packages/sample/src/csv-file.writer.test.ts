import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, writeCsvFile } from './csv-file.writer.js';

describe('csvField', () => {
  it('quotes only fields with a comma, a quote or a line break', () => {
    expect(['P001', 12, null, 'Baner, Pune', 'say "hi"', 'a\nb'].map(csvField)).toEqual([
      'P001',
      '12',
      '',
      '"Baner, Pune"',
      '"say ""hi"""',
      '"a\nb"',
    ]);
    expect(csvLine(['P001', 'Baner, Pune', null])).toBe('P001,"Baner, Pune",');
  });
});

describe('writeCsvFile', () => {
  it('writes the header and every line in many chunks, reporting rows as they go', async () => {
    const path = join(makeTempDir(), 'rows.csv');
    const lines = Array.from({ length: 20_000 }, (_, i) => `row${String(i).padStart(6, '0')}`);
    const reports: number[] = [];
    const rows = await writeCsvFile(path, ['id'], lines, (n) => reports.push(n));
    expect(rows).toBe(20_000);
    expect(readFileSync(path, 'utf8')).toBe(`id\n${lines.join('\n')}\n`);
    // 20,000 lines of 10 characters are about 200 KB: several 64 KB chunks.
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.reduce((a, b) => a + b, 0)).toBe(20_000);
  });

  it('rejects when the file cannot be written', async () => {
    const path = join(makeTempDir(), 'missing-folder', 'rows.csv');
    await expect(writeCsvFile(path, ['id'], ['a'], () => undefined)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
