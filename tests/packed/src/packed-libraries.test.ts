import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { INSTALL_AND_RUN_MS } from './install-budget.js';
import { makeOutsideProject } from './outside-project.js';

const EXPORTS = {
  'customers.csv': 'customer_id,name,phone\nC1,Priya Sharma,+91-9876543210\nC2,Arjun Mehta,09876543211',
  'listings.csv': 'property_id,title,location,price\nP1,Sea View 2BHK,Bandra,15000000',
  'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL1,C1,P1,2026-03-01T10:00:00Z\nL2,C2,P1,2026-03-02T10:00:00Z',
  'calls.csv': [
    'call_id,customer_id,timestamp,duration',
    'K1,C1,2026-03-01T11:00:00Z,60',
    'K2,C1,2026-03-03T11:00:00Z,30',
    'K3,C2,2026-03-03T12:00:00Z,90',
  ].join('\n'),
};

// The program a Node developer writes (DOMAIN.md), plus entities over its own DataSource.
const PROGRAM = `
import { openDatabase } from '@hcdm/analytics';
import { hcdmEntities, hcdmMigrations } from '@hcdm/analytics';
import { Customer } from '@hcdm/core';
import { CallRecord } from '@hcdm/telecom';
import { DataSource } from 'typeorm';

const db = await openDatabase({ database: 'crm.sqlite' });
const summary = await db.import(['exports/']);
const result = await db.query('show top 5 leads by call volume');
await db.close();

const own = new DataSource({ type: 'better-sqlite3', database: 'crm.sqlite', entities: hcdmEntities, migrations: hcdmMigrations });
await own.initialize();
const customer = await own.getRepository(Customer).findOneBy({ customerId: 'C2' });
const calls = await own.getRepository(CallRecord).count({ where: { attributedLeadId: 'L1' } });
await own.destroy();
console.log(JSON.stringify({ inserted: summary.kinds.calls.inserted, rows: result.rows, customer, calls }));
`;

describe('the packed libraries in a project outside the workspace', () => {
  it('install from their tarballs and run the documented program', { timeout: INSTALL_AND_RUN_MS }, () => {
    const project = makeOutsideProject(makeTempDir('hcdm-packed-'));
    writeFiles(join(project, 'exports'), EXPORTS);
    writeFiles(project, { 'program.mjs': PROGRAM });
    const output = execFileSync('node', ['program.mjs'], { cwd: project, encoding: 'utf8' });
    // K1 and K2 follow L1 (C1's only lead); K3 follows L2.
    expect(JSON.parse(output)).toEqual({
      inserted: 3,
      rows: [
        { leadId: 'L1', customerId: 'C1', name: 'Priya Sharma', phone: '+919876543210', propertyId: 'P1', callCount: 2 },
        { leadId: 'L2', customerId: 'C2', name: 'Arjun Mehta', phone: '+919876543211', propertyId: 'P1', callCount: 1 },
      ],
      customer: { customerId: 'C2', name: 'Arjun Mehta', phone: '+919876543211', email: null },
      calls: 2,
    });
  });
});
