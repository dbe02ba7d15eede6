import { databaseLabel } from '../../database-url.js';
import { HcdmError, type HcdmErrorCode } from '../../core.errors.js';

type Failure = readonly [code: HcdmErrorCode, problem: string];

/** PostgreSQL SQLSTATEs (exact, or a two-character class) and what they mean here. */
const SQLSTATES: Readonly<Record<string, Failure>> = {
  '28P01': ['DATABASE_UNAVAILABLE', 'the server refused the user name or password'],
  '28000': ['DATABASE_UNAVAILABLE', 'the server refused this user from this host (see its pg_hba.conf)'],
  '3D000': ['DATABASE_UNAVAILABLE', 'the server has no such database (create it first, e.g. with createdb)'],
  '25006': ['DATABASE_READ_ONLY', 'is read-only here; open it writable or check the user'],
  '42501': ['DATABASE_READ_ONLY', 'the user lacks a privilege it needs here (ask for it, or use another user)'],
  '53100': ['DATABASE_FULL', "is full: the server's disk is"],
  '53300': ['DATABASE_BUSY', 'the server has too many connections; try again shortly'],
  '55P03': ['DATABASE_BUSY', 'is busy: another program holds a lock it needs; try again shortly'],
  '40P01': ['DATABASE_BUSY', 'is busy: two programs waited on each other; try again'],
  '40001': ['DATABASE_BUSY', 'is busy: another program changed the same rows; try again'],
  '57P01': ['DATABASE_UNAVAILABLE', 'the server is shutting down'],
  '57P03': ['DATABASE_UNAVAILABLE', 'the server is not accepting connections yet; try again shortly'],
  '08': ['DATABASE_UNAVAILABLE', 'the connection to the server failed'],
};

/** Failures to reach the server at all, by the Node.js error code of the socket. */
const NETWORK: Readonly<Record<string, Failure>> = {
  ECONNREFUSED: ['DATABASE_UNAVAILABLE', 'cannot connect: nothing answers at that host and port (is the server running?)'],
  ENOTFOUND: ['DATABASE_UNAVAILABLE', 'cannot connect: the host name is unknown'],
  EAI_AGAIN: ['DATABASE_UNAVAILABLE', 'cannot connect: the host name could not be looked up'],
  ETIMEDOUT: ['DATABASE_UNAVAILABLE', 'cannot connect: the server did not answer in time'],
  EHOSTUNREACH: ['DATABASE_UNAVAILABLE', 'cannot connect: the host is unreachable'],
  ENETUNREACH: ['DATABASE_UNAVAILABLE', 'cannot connect: the network is unreachable'],
  ECONNRESET: ['DATABASE_UNAVAILABLE', 'the server closed the connection'],
};

/** node-postgres failures that carry no code, known by their message. */
const MESSAGES: readonly (readonly [pattern: RegExp, failure: Failure])[] = [
  [/timeout|timed out/i, NETWORK.ETIMEDOUT!],
  [/Connection terminated/i, ['DATABASE_UNAVAILABLE', 'the server closed the connection']],
  [/SASL|password must be a string/i, ['DATABASE_UNAVAILABLE', 'the server asks for a password: put it in the URL']],
];

/**
 * Turns a PostgreSQL failure (raw from node-postgres, or wrapped by TypeORM) into an HcdmError
 * whose one line names the database without its password; anything else is returned unchanged.
 * Only for errors of a PostgreSQL database: messages without a code are read as the client's.
 */
export function mapPostgresError(error: unknown, database: string): unknown {
  if (error instanceof HcdmError) return error;
  const failure = postgresFailure(error);
  if (failure === null) return error;
  const [code, problem] = failure;
  return new HcdmError(code, `${databaseLabel(database)}: ${problem}`, { cause: error });
}

function postgresFailure(error: unknown): Failure | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, driverError, cause, message } = current as { code?: unknown; driverError?: unknown; cause?: unknown; message?: unknown };
    if (typeof code === 'string') {
      const known = SQLSTATES[code] ?? NETWORK[code] ?? (/^[0-9A-Z]{5}$/.test(code) ? SQLSTATES[code.slice(0, 2)] : undefined);
      if (known) return known;
    } else if (typeof message === 'string') {
      const byMessage = MESSAGES.find(([pattern]) => pattern.test(message));
      if (byMessage) return byMessage[1];
    }
    current = driverError ?? cause;
  }
  return null;
}
