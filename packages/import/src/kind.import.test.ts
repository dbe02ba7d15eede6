import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, describeEachDatabase, makeTempDir, writeFiles } from '@hcdm/test-utils';
import type { DataSource } from 'typeorm';
import { afterEach, expect, it } from 'vitest';
import { customerImportSpec } from './specs/customer.import.js';
import { Customer, DistributedTables1764000000040, runMigrationsOnce } from '@hcdm/core';
import { createHcdmDataSource } from '@hcdm/core';
import { CoreSchema1764000000001 } from '@hcdm/core';
import { DEFAULT_SETTINGS } from '@hcdm/core';
import type { ImportFile, ImportProgress } from './import.types.js';
import { importKind } from './kind.import.js';

let dataSource: DataSource;
afterEach(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
});

async function openCore(): Promise<{ dir: string; dataSource: DataSource }> {
  const dir = makeTempDir();
  dataSource = createHcdmDataSource({ database: await createTestDatabase(), entities: [Customer], migrations: [CoreSchema1764000000001, DistributedTables1764000000040] });
  await dataSource.initialize();
  await runMigrationsOnce(dataSource);
  return { dir, dataSource };
}

function csv(path: string): ImportFile {
  return { path, kind: 'customers', format: 'csv' };
}

const customers = () => dataSource.query('SELECT * FROM customers ORDER BY customer_id');

describeEachDatabase('importKind', () => {
  it('inserts new rows, updates changed ones and leaves the same ones alone', async () => {
    const { dir } = await openCore();
    const [first] = writeFiles(join(dir, 'a'), { 'customers.csv': 'customer_id,name,phone\nC1,Ann,9876543210\nC2,Bob,9876543211\n' });
    await importKind(dataSource.manager, customerImportSpec, [csv(first!)], { settings: DEFAULT_SETTINGS });
    const [second] = writeFiles(join(dir, 'b'), {
      'customers.csv': 'customer_id,name,phone,email\nC1,Ann,+91 98765 43210,\nC2,Bobby,9876543211,\nC3,Cy,9876543212,cy@example.com\n',
    });
    const result = await importKind(dataSource.manager, customerImportSpec, [csv(second!)], { settings: DEFAULT_SETTINGS });
    expect(result).toEqual({
      counts: { inserted: 1, updated: 1, unchanged: 1, rejected: 0 },
      files: [{ path: second, kind: 'customers', rows: 3 }],
      newCustomers: 0,
      untagged: 0,
      problems: [],
    });
    expect(await customers()).toEqual([
      { customer_id: 'C1', name: 'Ann', phone: '+919876543210', email: null },
      { customer_id: 'C2', name: 'Bobby', phone: '+919876543211', email: null },
      { customer_id: 'C3', name: 'Cy', phone: '+919876543212', email: 'cy@example.com' },
    ]);
  });

  it('rejects every later row of a repeated id, even when the first row was bad itself', async () => {
    const { dir } = await openCore();
    const [a, b] = writeFiles(dir, {
      'customers-a.csv': 'customer_id,name,phone\nC1,Ann,12\nC2,Bob,9876543211\n',
      'customers-b.csv': 'customer_id,name,phone\nC2,Bob again,9876543211\nC1,Ann,9876543210\n',
    });
    const result = await importKind(dataSource.manager, customerImportSpec, [csv(a!), csv(b!)], { settings: DEFAULT_SETTINGS });
    expect(result).toEqual({
      counts: { inserted: 1, updated: 0, unchanged: 0, rejected: 3 },
      files: [
        { path: a, kind: 'customers', rows: 2 },
        { path: b, kind: 'customers', rows: 2 },
      ],
      newCustomers: 0,
      untagged: 0,
      problems: [
        { file: a, line: 2, field: 'phone', reason: 'is not a possible phone number (default region IN)', value: '12' },
        { file: b, line: 2, field: 'customer_id', reason: `repeats the id first seen at ${a}:3`, value: 'C2' },
        { file: b, line: 3, field: 'customer_id', reason: `repeats the id first seen at ${a}:2`, value: 'C1' },
      ],
    });
    expect(await customers()).toEqual([{ customer_id: 'C2', name: 'Bob', phone: '+919876543211', email: null }]);
  });

  it('reports its progress after every batch, ending at the whole file', async () => {
    const { dir } = await openCore();
    const rows = Array.from({ length: 30000 }, (_, index) => `C${index},Customer ${index},98${String(index).padStart(8, '0')}`);
    const [path] = writeFiles(dir, { 'customers.csv': ['customer_id,name,phone', ...rows].join('\n') });
    const progress: ImportProgress[] = [];
    await importKind(dataSource.manager, customerImportSpec, [csv(path!)], { settings: DEFAULT_SETTINGS, onProgress: (p) => progress.push(p) });
    const size = statSync(path!).size;
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ file: path, kind: 'customers', bytesRead: size, totalBytes: size, rows: 30000 });
    expect(progress.every((p, index) => index === 0 || p.rows >= progress[index - 1]!.rows)).toBe(true);
    expect(await dataSource.query('SELECT COUNT(*) AS n FROM customers')).toEqual([{ n: 30000 }]);
  });
}, { citus: true });
