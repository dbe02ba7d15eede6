import { createHcdmDataSource } from '@hcdm/core';
import { describe, expect, it } from 'vitest';
import { hcdmEntities, hcdmMigrations } from './schema.js';

describe('hcdmMigrations', () => {
  it('are listed in the order of their timestamps', () => {
    expect(hcdmMigrations.map((migration) => migration.name)).toEqual([
      'CoreSchema1764000000001',
      'PropertySchema1764000000002',
      'TelecomSchema1764000000003',
      'CoveringAttributionIndexes1764000000004',
      'IdentitySchema1764000000010',
      'TrackingNumbers1764000000020',
      'RecordTrackingNumber1764000000021',
      'LeadAgent1764000000030',
      'RecordAgent1764000000031',
      'CallOutcomes1764000000032',
      'DataGeneration1764000000033',
      'OutboundIndexes1764000000034',
      'DistributedTables1764000000040',
      'CoveringAgentIndex1764000000041',
    ]);
  });

  it('make every table and index of hcdmEntities, leaving no migration pending', async () => {
    const dataSource = createHcdmDataSource({ database: ':memory:', entities: hcdmEntities, migrations: hcdmMigrations });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
      const made = (await dataSource.query("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index')")) as { type: string; name: string }[];
      const names = (type: string) => made.filter((row) => row.type === type).map((row) => row.name);
      const entities = dataSource.entityMetadatas;
      const tables = entities.map((entity) => entity.tableName).filter((table) => names('table').includes(table));
      expect(tables.sort()).toEqual(['calls', 'customer_alias_moves', 'customer_aliases', 'customers', 'leads', 'listings', 'sms', 'tracking_numbers']);
      expect(entities.flatMap((entity) => entity.indices.map((index) => index.name)).filter((index) => !names('index').includes(index))).toEqual([]);
      expect(await dataSource.showMigrations()).toBe(false);
      // Migration 41: the calls' agent index covers what an agent's figures add up.
      const agentIndex = (await dataSource.query('PRAGMA index_info(idx_calls_agent)')) as { name: string }[];
      expect(agentIndex.map((column) => column.name)).toEqual(['agent', 'occurred_at', 'direction', 'status', 'duration_seconds']);
    } finally {
      await dataSource.destroy();
    }
  });
});
