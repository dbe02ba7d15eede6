import { describe, expect, it } from 'vitest';
import { PostgresServer } from './postgres-server.js';

describe('PostgresServer.label', () => {
  it('shows the server without a password given in the query string', () => {
    const label = new PostgresServer('postgres://hcdm@127.0.0.1:54329/hcdm?password=s3cret').label;
    expect(label).toBe('postgres://hcdm@127.0.0.1:54329/hcdm?password=***');
  });
});
