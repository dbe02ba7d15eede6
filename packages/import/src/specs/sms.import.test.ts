import type { DataSource } from 'typeorm';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { smsImportSpec } from './sms.import.js';
import { importCsv, openTelecomDb } from './telecom-import.test-utils.js';

let dataSource: DataSource;
afterEach(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
});

describeEachDatabase('smsImportSpec', () => {
  it('stores message_length, direction (default inbound) and an optional listing', async () => {
    dataSource = await openTelecomDb();
    const { path, problems } = await importCsv(
      dataSource,
      smsImportSpec,
      'sms_id,customer_id,timestamp,message_length,direction,property_id\nS1,C1,2026-03-01T10:00:00Z,160,Outbound,P1\nS2,C2,2026-03-01T11:00:00Z,12,,\nS3,C2,2026-03-01T11:00:00Z,-1,,\n',
    );
    expect(problems).toEqual([{ file: path, line: 4, field: 'message_length', reason: 'is negative', value: '-1' }]);
    expect(await dataSource.query('SELECT sms_id, customer_id, occurred_at, message_length, direction, property_id FROM sms ORDER BY sms_id')).toEqual([
      { sms_id: 'S1', customer_id: 'C1', occurred_at: Date.parse('2026-03-01T10:00:00Z'), message_length: 160, direction: 'outbound', property_id: 'P1' },
      { sms_id: 'S2', customer_id: 'C2', occurred_at: Date.parse('2026-03-01T11:00:00Z'), message_length: 12, direction: 'inbound', property_id: null },
    ]);
  });
}, { citus: true });
