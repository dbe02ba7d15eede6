import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { INSTALL_AND_RUN_MS } from './install-budget.js';

const CLI = resolve(import.meta.dirname, '../../../apps/cli');

const EXPORTS = {
  'customers.csv': 'customer_id,name,phone\nC1,Priya Sharma,+91-9876543210\nC2,Arjun Mehta,09876543211',
  'listings.csv': 'property_id,title,location,price\nP1,Sea View 2BHK,Bandra,15000000',
  'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL1,C1,P1,2026-03-01T10:00:00Z\nL2,C2,P1,2026-03-02T10:00:00Z',
  'calls.csv': 'call_id,customer_id,timestamp,duration\nK1,C1,2026-03-01T11:00:00Z,60\nK2,C1,2026-03-03T11:00:00Z,30\nK3,C2,2026-03-03T12:00:00Z,90',
};

describe('the CLI as one package: npm i -g of its tarball', () => {
  it('gives a working hcdm: help, an import and a query, with no @hcdm package beside it', { timeout: INSTALL_AND_RUN_MS }, () => {
    const dir = makeTempDir('hcdm-packed-cli-');
    execFileSync('pnpm', ['pack', '--pack-destination', dir], { cwd: CLI, stdio: 'pipe' });
    const tarball = join(dir, 'hcdm-cli-0.1.0.tgz');
    const prefix = join(dir, 'prefix');
    // The registry is reached only for better-sqlite3 (and its own) when npm's cache lacks
    // them; better-sqlite3 compiles from source here (npm_config_nodedir from the environment).
    execFileSync('npm', ['i', '-g', '--prefer-offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { stdio: 'pipe' });
    const hcdm = join(prefix, 'bin', 'hcdm');
    const run = (...args: string[]) => execFileSync(hcdm, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

    // Everything of hcdm is in the bundle: the only packages installed with it are the drivers.
    const installed = join(prefix, 'lib', 'node_modules', '@hcdm', 'cli');
    expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'node_modules', 'package.json']);
    expect(readdirSync(join(installed, 'dist')).sort()).toEqual(['hcdm.js', 'hcdm.program.js', 'parse.worker.js']);
    expect(existsSync(join(installed, 'node_modules', '@hcdm'))).toBe(false);
    expect(statSync(join(installed, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')).isFile()).toBe(true);

    expect(run('--version')).toBe('0.1.0\n');
    const help = run('query', 'help');
    expect(help.split('\n')[0]).toBe('Commands');
    expect(help).toContain('  show top N leads by call volume|sms volume|call duration|engagement\n');

    writeFiles(join(dir, 'exports'), EXPORTS);
    run('import', 'exports', '--db', 'crm.sqlite');
    // K1 and K2 follow L1 (C1's only lead); K3 follows L2: 2 calls and 1.
    expect(JSON.parse(run('query', 'show top 5 leads by call volume', '--db', 'crm.sqlite', '--format', 'json'))).toEqual([
      { leadId: 'L1', customerId: 'C1', name: 'Priya Sharma', phone: '+919876543210', propertyId: 'P1', callCount: 2 },
      { leadId: 'L2', customerId: 'C2', name: 'Arjun Mehta', phone: '+919876543211', propertyId: 'P1', callCount: 1 },
    ]);
  });
});
