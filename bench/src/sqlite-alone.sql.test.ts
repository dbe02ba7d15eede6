import { describe, expect, it } from 'vitest';
import { parseSchema, sqliteAloneScript } from './sqlite-alone.sql.js';

describe('the SQLite-alone floor', () => {
  it("reads hcdm's CREATE statements from the shell's list output, tables and indexes apart", () => {
    const output = 'table|CREATE TABLE calls (call_id varchar PRIMARY KEY NOT NULL,   customer_id varchar)\nindex|CREATE INDEX idx_calls_time ON calls (occurred_at)\n\n';
    expect(parseSchema(output)).toEqual({
      tables: ['CREATE TABLE calls (call_id varchar PRIMARY KEY NOT NULL,   customer_id varchar)'],
      indexes: ['CREATE INDEX idx_calls_time ON calls (occurred_at)'],
    });
  });

  it('copies every table in load order inside one transaction, then builds the indexes before the commit', () => {
    const script = sqliteAloneScript("/tmp/o'brien/hcdm.sqlite", { tables: ['CREATE TABLE t (a)'], indexes: ['CREATE INDEX i ON t (a)'] });
    expect(script.split('\n')).toEqual([
      'PRAGMA journal_mode = WAL;',
      'PRAGMA synchronous = NORMAL;',
      "ATTACH '/tmp/o''brien/hcdm.sqlite' AS hcdm;",
      'CREATE TABLE t (a);',
      'BEGIN;',
      'INSERT INTO main.customers SELECT * FROM hcdm.customers;',
      'INSERT INTO main.listings SELECT * FROM hcdm.listings;',
      'INSERT INTO main.leads SELECT * FROM hcdm.leads;',
      'INSERT INTO main.calls SELECT * FROM hcdm.calls;',
      'INSERT INTO main.sms SELECT * FROM hcdm.sms;',
      'CREATE INDEX i ON t (a);',
      'COMMIT;',
      '',
    ]);
  });
});
