import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '@hcdm/test-utils';
import { runCli } from '../hcdm-process.test-utils.js';

// Anita handles M1 (inbound voicemail: a missed call, returned by her O1 an hour later) and O1
// (outbound, 40 s) and owns L1 (O1 is its first response, 2 h after it). Nobody handles K1
// (inbound answered, 30 s). Inbound: 1 answered, 1 voicemail (1/2 each); outbound: 1 answered.
const EXPORTS = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+919876543210\n',
  'listings.csv': 'property_id,title,location,price\nP1,Flat,Pune,100\n',
  'leads.csv': 'lead_id,customer_id,property_id,timestamp,agent\nL1,C1,P1,2026-03-05T09:00:00Z,Anita Desai\n',
  'calls.csv': [
    'call_id,customer_id,timestamp,duration,direction,status,agent',
    'M1,C1,2026-03-05T10:00:00Z,0,inbound,Voicemail,Anita Desai',
    'O1,C1,2026-03-05T11:00:00Z,40,outbound,answered,Anita Desai',
    'K1,C1,2026-03-06T10:00:00Z,30,inbound,answered,',
  ].join('\n'),
};

describe('hcdm query: call outcomes and agents, as a process', () => {
  // One database for the file, only read.
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hcdm-cli-agents-'));
    writeFiles(join(dir, 'exports'), EXPORTS);
    expect(runCli(dir, ['import', 'exports', '--db', 'crm.sqlite']).status).toEqual(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const query = (command: string, ...options: string[]) => runCli(dir, ['query', command, '--db', 'crm.sqlite', ...options]);

  it('prints the call outcomes as CSV rows with a header', () => {
    const run = query('show call outcomes', '--format', 'csv');
    const [header, ...rows] = parse(run.stdout) as string[][];
    expect(header).toEqual(['direction', 'status', 'calls', 'share']);
    expect(rows.filter((row) => row[2] !== '0')).toEqual([
      ['inbound', 'answered', '1', '0.5'],
      ['inbound', 'voicemail', '1', '0.5'],
      ['outbound', 'answered', '1', '1'],
    ]);
    expect(rows).toHaveLength(10);
  });

  it('counts the voicemail as a missed call, returned by the call an hour later', () => {
    const rows = JSON.parse(query('show missed calls', '--format', 'json').stdout) as Record<string, unknown>[];
    expect(rows.map(({ callId, returnSeconds }) => ({ callId, returnSeconds }))).toEqual([{ callId: 'M1', returnSeconds: 3600 }]);
  });

  it("prints the agents as JSON with camelCase keys, the agentless call left out", () => {
    expect(JSON.parse(query('show agents by calls', '--format', 'json').stdout)).toEqual([
      { agent: 'Anita Desai', calls: 2, callSeconds: 40, sms: 0, missedCalls: 1, unreturnedMissedCalls: 0, medianSpeedToLeadSeconds: 7200, leads: 1 },
    ]);
  });

  it('prints one agent as one JSON object, found whatever the case', () => {
    const summary = JSON.parse(query('show agent summary for anita desai', '--format', 'json').stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ agent: 'Anita Desai', calls: 2, inboundCalls: 1, answerRate: 0, customers: 1, firstActivity: '2026-03-05T09:00:00.000Z' });
  });

  it('refuses an unknown agent and a bad N in one line, with status 1', () => {
    expect(query('show agent summary for Ravi')).toEqual({
      stdout: '',
      stderr: 'error: no agent "Ravi" on any call, SMS or lead (agents: Anita Desai)\n',
      status: 1,
    });
    expect(query('show top 0 agents by calls')).toEqual({
      stdout: '',
      stderr: 'error: invalid command "show top 0 agents by calls": N: needs a whole number above 0 (0)\n',
      status: 1,
    });
  });
});
