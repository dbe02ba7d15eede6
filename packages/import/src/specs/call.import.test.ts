import type { DataSource } from 'typeorm';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { callImportSpec } from './call.import.js';
import { importCsv, openTelecomDb } from './telecom-import.test-utils.js';

let dataSource: DataSource;
afterEach(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
});

describeEachDatabase('callImportSpec', () => {
  it('reads direction and status case-insensitively with their defaults, and an optional listing', async () => {
    dataSource = await openTelecomDb();
    const { problems } = await importCsv(
      dataSource,
      callImportSpec,
      'call_id,customer_id,timestamp,duration,direction,status,property_id\nK1,C1,2026-03-01T10:00:00Z,30,OUTBOUND,Missed,P1\nK2,C2,2026-03-01T11:00:00Z,0,,,\n',
    );
    expect(problems).toEqual([]);
    expect(await dataSource.query('SELECT * FROM calls ORDER BY call_id')).toEqual([
      row('K1', 'C1', '2026-03-01T10:00:00Z', 30, 'outbound', 'missed', 'P1'),
      row('K2', 'C2', '2026-03-01T11:00:00Z', 0, 'inbound', 'answered', null),
    ]);
  });

  it('reads the outcomes of calls not answered: voicemail, busy, failed, in any case', async () => {
    dataSource = await openTelecomDb();
    const { problems } = await importCsv(
      dataSource,
      callImportSpec,
      'call_id,customer_id,timestamp,duration,status\nK1,C1,2026-03-01T10:00:00Z,20,Voicemail\nK2,C1,2026-03-01T11:00:00Z,0,BUSY\nK3,C2,2026-03-01T12:00:00Z,0,failed\n',
    );
    expect(problems).toEqual([]);
    expect(await dataSource.query('SELECT call_id, status FROM calls ORDER BY call_id')).toEqual([
      { call_id: 'K1', status: 'voicemail' },
      { call_id: 'K2', status: 'busy' },
      { call_id: 'K3', status: 'failed' },
    ]);
  });

  it('names each bad field by its input name', async () => {
    dataSource = await openTelecomDb();
    const { path, problems, counts } = await importCsv(
      dataSource,
      callImportSpec,
      'call_id,customer_id,timestamp,duration,direction,status,property_id\nK1,C1,2026-03-01T10:00:00Z,-5,sideways,hung up,P9\nK2,C9,yesterday,10,,,\n',
    );
    expect(counts).toEqual({ inserted: 0, updated: 0, unchanged: 0, rejected: 2 });
    expect(problems).toEqual([
      { file: path, line: 2, field: 'duration', reason: 'is negative', value: '-5' },
      { file: path, line: 2, field: 'direction', reason: 'is not one of inbound, outbound', value: 'sideways' },
      { file: path, line: 2, field: 'status', reason: 'is not one of answered, missed, voicemail, busy, failed', value: 'hung up' },
      { file: path, line: 2, field: 'property_id', reason: 'is not a known listing', value: 'P9' },
      { file: path, line: 3, field: 'customer_id', reason: 'is not a known customer', value: 'C9' },
      { file: path, line: 3, field: 'timestamp', reason: 'is not an ISO 8601 timestamp', value: 'yesterday' },
    ]);
  });
}, { citus: true });

function row(id: string, customer: string, iso: string, seconds: number, direction: string, status: string, tag: string | null) {
  return {
    call_id: id,
    customer_id: customer,
    occurred_at: Date.parse(iso),
    duration_seconds: seconds,
    direction,
    status,
    property_id: tag,
    tracking_number: null,
    agent: null,
    attributed_lead_id: null,
    attributed_property_id: null,
  };
}
