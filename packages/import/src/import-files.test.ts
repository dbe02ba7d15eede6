import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { resolveImportFiles } from './import-files.js';

function errorOf(run: () => unknown): { code: unknown; message: string } {
  try {
    run();
  } catch (error) {
    return { code: (error as { code?: unknown }).code, message: (error as Error).message };
  }
  throw new Error('expected an error');
}

describe('resolveImportFiles', () => {
  it('expands a folder to its recognizable files, sorted, not recursing, in load order', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'sms.jsonl': '',
      'calls-2026-04.csv': '',
      'calls-2026-03.ndjson': '',
      'Customers.CSV': '',
      'leads.json': '',
      'notes.txt': '',
      'orders.csv': '',
      'listings.xlsx': '',
      'nested/listings.csv': '',
    });
    mkdirSync(join(dir, 'calls-folder.csv'));
    expect(resolveImportFiles([dir])).toEqual([
      { path: join(dir, 'Customers.CSV'), kind: 'customers', format: 'csv' },
      { path: join(dir, 'leads.json'), kind: 'leads', format: 'json' },
      { path: join(dir, 'calls-2026-03.ndjson'), kind: 'calls', format: 'ndjson' },
      { path: join(dir, 'calls-2026-04.csv'), kind: 'calls', format: 'csv' },
      { path: join(dir, 'sms.jsonl'), kind: 'sms', format: 'ndjson' },
    ]);
  });

  it('keeps the given order within a kind and reads a file named twice once', () => {
    const dir = makeTempDir();
    const [b, a, customers] = writeFiles(dir, { 'calls-b.csv': '', 'calls-a.csv': '', 'customers.csv': '' });
    expect(resolveImportFiles([b!, a!, customers!, dir])).toEqual([
      { path: customers, kind: 'customers', format: 'csv' },
      { path: b, kind: 'calls', format: 'csv' },
      { path: a, kind: 'calls', format: 'csv' },
    ]);
  });

  it('takes every file as the kind given, whatever its name', () => {
    const dir = makeTempDir();
    const [file] = writeFiles(dir, { 'export.csv': '', 'other.json': '', 'readme.md': '' });
    expect(resolveImportFiles([file!], 'calls')).toEqual([{ path: file, kind: 'calls', format: 'csv' }]);
    expect(resolveImportFiles([dir], 'sms')).toEqual([
      { path: join(dir, 'export.csv'), kind: 'sms', format: 'csv' },
      { path: join(dir, 'other.json'), kind: 'sms', format: 'json' },
    ]);
  });

  it('refuses a missing path, a file of unknown kind or format, and a folder with nothing to import', () => {
    const dir = makeTempDir();
    const [orders, calls] = writeFiles(dir, { 'orders.csv': '', 'calls.txt': '' });
    const missing = join(dir, 'nowhere', 'calls.csv');
    expect(errorOf(() => resolveImportFiles([missing]))).toEqual({ code: 'FILE_NOT_FOUND', message: `${missing}: no such file or folder` });
    expect(errorOf(() => resolveImportFiles([orders!]))).toEqual({
      code: 'UNKNOWN_FILE_KIND',
      message: `${orders}: cannot tell its kind: the name must start with customers, listings, tracking_numbers, leads, calls, sms`,
    });
    expect(errorOf(() => resolveImportFiles([calls!]))).toEqual({
      code: 'UNKNOWN_FILE_FORMAT',
      message: `${calls}: is not in a format hcdm reads: CSV, JSON or NDJSON (.csv, .json, .ndjson, .jsonl)`,
    });
    expect(errorOf(() => resolveImportFiles([dir]))).toEqual({
      code: 'FILE_NOT_FOUND',
      message: `${dir}: holds no customers, listings, tracking_numbers, leads, calls, sms files (.csv, .json, .ndjson, .jsonl)`,
    });
  });
});
