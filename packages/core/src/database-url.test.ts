import { describe, expect, it } from 'vitest';
import { databaseLabel, isServerDatabase, redactDatabaseUrl } from './database-url.js';

describe('isServerDatabase', () => {
  it('tells PostgreSQL URLs from SQLite paths', () => {
    const names = ['postgres://u:p@h/db', 'postgresql://h/db', ' POSTGRES://h/db', 'crm.sqlite', ':memory:', './postgres/x.sqlite'];
    expect(names.map(isServerDatabase)).toEqual([true, true, true, false, false, false]);
  });
});

describe('redactDatabaseUrl', () => {
  it('hides the password of every URL in a text, keeping the user, host and database', () => {
    const text = 'cannot reach postgres://ana:s3cret@db.example:5432/crm; also postgresql://bo:x%40y@10.0.0.2/other';
    expect(redactDatabaseUrl(text)).toBe('cannot reach postgres://ana:***@db.example:5432/crm; also postgresql://bo:***@10.0.0.2/other');
  });

  it('hides a password holding a raw @, and one given as a query parameter', () => {
    expect(redactDatabaseUrl('postgres://ana:p@ss@h:5432/crm')).toBe('postgres://ana:***@h:5432/crm');
    expect(redactDatabaseUrl('postgres://h/crm?user=ana&password=s3cret&sslmode=require')).toBe(
      'postgres://h/crm?user=ana&password=***&sslmode=require',
    );
  });

  it('leaves texts without a password as they are', () => {
    const texts = ['postgres://ana@h/crm', 'crm.sqlite: is busy', 'https://example.com/a:b'];
    expect(texts.map(redactDatabaseUrl)).toEqual(texts);
  });
});

describe('databaseLabel', () => {
  it('is the path for an SQLite file and the URL without its password for a server', () => {
    expect(databaseLabel('data/crm.sqlite')).toBe('data/crm.sqlite');
    expect(databaseLabel('postgres://ana:s3cret@h:5432/crm')).toBe('postgres://ana:***@h:5432/crm');
    expect(databaseLabel('postgres://ana@h/crm')).toBe('postgres://ana@h/crm');
  });

  it('hides a password holding characters a URL should have escaped', () => {
    expect(databaseLabel('postgres://ana:a/b@c:d@h:5432/crm')).toBe('postgres://ana:***@h:5432/crm');
  });
});
