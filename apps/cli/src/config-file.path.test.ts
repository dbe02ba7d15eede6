import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { configFileBeside, configFileFor } from './config-file.path.js';

describe('configFileBeside', () => {
  it('puts the config file in the folder of the database, and none beside an in-memory one', () => {
    expect([configFileBeside('/data/crm/crm.sqlite'), configFileBeside('crm.sqlite'), configFileBeside(':memory:')]).toEqual([
      '/data/crm/hcdm.config.json',
      'hcdm.config.json',
      null,
    ]);
  });

  it('looks in the current folder for a PostgreSQL database', () => {
    expect(configFileBeside('postgres://hcdm@db.internal:5432/crm')).toEqual(join(process.cwd(), 'hcdm.config.json'));
  });
});

describe('configFileFor', () => {
  it('takes the file given, whether it exists or not', () => {
    const dir = makeTempDir();
    expect(configFileFor(join(dir, 'crm.sqlite'), join(dir, 'missing.json'))).toEqual(join(dir, 'missing.json'));
  });

  it('takes hcdm.config.json beside the database only when it is there', () => {
    const [withFile, without] = [makeTempDir(), makeTempDir()];
    writeFileSync(join(withFile, 'hcdm.config.json'), '{}');
    expect([configFileFor(join(withFile, 'crm.sqlite'), undefined), configFileFor(join(without, 'crm.sqlite'), undefined)]).toEqual([
      join(withFile, 'hcdm.config.json'),
      undefined,
    ]);
  });

  it('passes on a folder named hcdm.config.json, for the library to refuse', () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'hcdm.config.json'));
    expect(configFileFor(join(dir, 'crm.sqlite'), undefined)).toEqual(join(dir, 'hcdm.config.json'));
  });
});
