import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@hcdm/core';
import { idField, optionalIdField } from './field.parsers.js';
import type { ImportSpec, RowProblem } from './import.types.js';
import { packStrings } from '@hcdm/core';
import { readRowBatches } from './row-batches.js';
import type { KnownKeys, RowLayout } from './row-batch.types.js';

/** A record kind with a required and an optional reference, as calls have. */
const spec: ImportSpec = {
  kind: 'calls',
  table: 'calls',
  key: 'call_id',
  columns: [
    { field: 'call_id', column: 'call_id', parser: idField },
    { field: 'customer_id', column: 'customer_id', parser: idField },
    { field: 'property_id', column: 'property_id', parser: optionalIdField },
  ],
  references: [
    { column: 'customer_id', table: 'customers', key: 'customer_id', noun: 'customer' },
    { column: 'property_id', table: 'listings', key: 'property_id', noun: 'listing' },
  ],
};

async function read(content: string, layout: RowLayout, knownKeys?: KnownKeys) {
  const [path] = writeFiles(makeTempDir(), { 'calls.csv': content });
  const rows: unknown[][] = [];
  const problems: RowProblem[] = [];
  const badKeys: string[] = [];
  const request = { files: [{ path: path!, kind: 'calls' as const, format: 'csv' as const }], settings: DEFAULT_SETTINGS, layout, batchRows: 2, knownKeys };
  for await (const batch of readRowBatches(spec, request)) {
    for (let row = 0; row < batch.rows; row += 1) rows.push(batch.params.slice(row * (batch.params.length / batch.rows), (row + 1) * (batch.params.length / batch.rows)));
    problems.push(...batch.problems.map((ranked) => ranked.problem));
    badKeys.push(...batch.badKeys);
  }
  return { rows, problems, badKeys, path: path! };
}

const CSV = 'call_id,customer_id,property_id\nK1,C1,P1\nK2,C1,\nK3,C9,P1\nK4,C2,P1\n';

describe('readRowBatches with the keys of the referenced tables', () => {
  it('passes rows whose references are all known, an empty optional reference included', async () => {
    const { rows, problems } = await read('call_id,customer_id,property_id\nK1,C1,P1\nK2,C1,\n', 'direct', { customer_id: packStrings(['C1']), property_id: packStrings(['P1']) });
    expect({ rows, problems }).toEqual({ rows: [['K1', 'C1', 'P1'], ['K2', 'C1', null]], problems: [] });
  });

  it('leaves a row with an unknown customer out of a direct read, with its problem worded as the staged check words it, and its id', async () => {
    const { rows, problems, badKeys, path } = await read(CSV, 'direct', { customer_id: packStrings(['C1', 'C2']), property_id: packStrings(['P1']) });
    expect({ rows, problems, badKeys }).toEqual({
      rows: [['K1', 'C1', 'P1'], ['K2', 'C1', null], ['K4', 'C2', 'P1']],
      problems: [{ file: path, line: 4, field: 'customer_id', reason: 'is not a known customer', value: 'C9' }],
      badKeys: ['K3'],
    });
  });

  it('finds an unknown listing the same way', async () => {
    const { problems, path } = await read('call_id,customer_id,property_id\nK1,C1,P7\n', 'direct', { customer_id: packStrings(['C1']), property_id: packStrings(['P1']) });
    expect(problems).toEqual([{ file: path, line: 2, field: 'property_id', reason: 'is not a known listing', value: 'P7' }]);
  });

  it('checks only the references whose keys it was given', async () => {
    const { rows, problems } = await read(CSV, 'direct', { property_id: packStrings(['P1']) });
    expect({ rows: rows.length, problems }).toEqual({ rows: 4, problems: [] });
  });

  it('stages every row in the staged layout, those with an unknown reference marked bad, each unknown reference a problem', async () => {
    const csv = 'call_id,customer_id,property_id\nK1,C1,P1\nK2,C9,P7\nK3,C2,\n';
    const { rows, problems, path } = await read(csv, 'staged', { customer_id: packStrings(['C1', 'C2']), property_id: packStrings(['P1']) });
    expect({ rows, problems }).toEqual({
      // file_index, line, ok, then the values
      rows: [
        [0, 2, 1, 'K1', 'C1', 'P1'],
        [0, 3, 0, 'K2', 'C9', 'P7'],
        [0, 4, 1, 'K3', 'C2', null],
      ],
      problems: [
        { file: path, line: 3, field: 'customer_id', reason: 'is not a known customer', value: 'C9' },
        { file: path, line: 3, field: 'property_id', reason: 'is not a known listing', value: 'P7' },
      ],
    });
  });
});
