/** The epilog of `hcdm --help`: examples, environment and exit statuses. */
export const PROGRAM_EPILOG = `
Global options go before or after the command: "hcdm --db crm.sqlite query ..." and
"hcdm query ... --db crm.sqlite" are the same. hcdm.config.json beside the database (for a
postgres:// URL, in the current folder) may set timeZone and defaultRegion (and lead scoring,
the lead funnel's statuses, and saved commands for "hcdm run");
--config FILE, or HCDM_CONFIG, reads that file instead; --tz and --region, or HCDM_TZ and
HCDM_REGION, override it.

Without a command: on a terminal, the menu; with commands piped on stdin, one command a line
(like "hcdm repl" without the prompt), exit status 1 if any failed. Piped, it takes
--format table|json|csv|ndjson|md and --out FILE as "hcdm query" does.

Examples:
  $ hcdm start                                   menu; loads sample data into an empty database
  $ hcdm sample --out ./exports && hcdm import ./exports
  $ hcdm import calls.csv sms.csv --skip-invalid --rejects rejected.csv
  $ hcdm query "show top 5 leads by call volume"
  $ hcdm query "show listings with most SMS inquiries" --format json
  $ hcdm query "show customer activity summary for +91-9876543210" --db crm.sqlite
  $ hcdm query "show hot leads" --format md --out hot-leads.md
  $ hcdm query "show calls by week in last 90 days"   (a bar chart; --format csv for the rows)
  $ hcdm query "show lead funnel for source website in last 90 days"   (bars; also "show sources by conversion")
  $ hcdm query "show call outcomes in last 30 days"   (answered, missed, voicemail, busy, failed)
  $ hcdm query "show top 5 agents by speed to lead" --format csv
  $ hcdm query "show agent summary for Anita Desai"
  $ hcdm sql "SELECT status, COUNT(*) AS calls FROM calls GROUP BY status"   (read-only SQL)
  $ hcdm run weekly                             (a command saved in hcdm.config.json)
  $ hcdm merge C002 into C001                   (one customer into another; hcdm unmerge C002 undoes it)
  $ hcdm check "show unreturned missed calls in last 1 days" --max-rows 0   (status 3 when any)
  $ source <(hcdm completion bash)               (shell completion; also zsh and fish)
  $ hcdm man | man -l -                          (this help as a man page)
  $ printf 'show top 3 leads by engagement\\nshow top 3 listings by leads\\n' | hcdm
  $ hcdm --format ndjson --out results.ndjson < commands.txt
  $ hcdm import ./exports --db postgres://hcdm@db.internal:5432/crm   (password from PGPASSWORD)
  $ hcdm query "show hot leads" --config ./strict-scoring.json

Environment:
  HCDM_DB       database file or postgres:// URL (like --db; its password is never printed)
  HCDM_CONFIG   config file (like --config)
  HCDM_TZ       time zone (like --tz)
  HCDM_REGION   default phone region (like --region)
  HCDM_DEBUG=1  print the stack trace of an unexpected error
  HCDM_SLOW_QUERY_MS=N  print each SQL statement slower than N ms to stderr (where an import's or a query's time goes)

Exit status:
  0  success
  1  bad input or usage: unknown option or command, invalid value, rejected import, unknown customer,
     a statement hcdm sql refuses (a write, or SQL the database cannot run)
  2  database problem: not a database, missing, busy, read-only, full, server unreachable or
     refusing the password; or an unexpected error
  3  hcdm check: the result has more rows than --max-rows
`;
