/**
 * How long a test may take to install packed tarballs and run them. The install compiles
 * better-sqlite3 from source: a minute alone, but 11 minutes in a CI run whose other packages
 * test on SQLite, PostgreSQL and a Citus cluster at the same time, and over the former 4 minutes
 * of the libraries' test in a new user's `pnpm test` beside another busy process.
 */
export const INSTALL_AND_RUN_MS = 1_800_000;
