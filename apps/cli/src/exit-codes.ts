/** Exit statuses of `hcdm`, documented in `--help` and the README. */
export const EXIT = {
  ok: 0,
  /** Bad input or usage: a wrong option, an unknown command, a bad row, an unknown customer. */
  badInput: 1,
  /** The database (or the machine under it) failed: not a database, busy, read-only, full, unreadable. */
  database: 2,
  /** `hcdm check`: the command ran, and its result has more rows than --max-rows allows. */
  checkFailed: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
