/**
 * A database is named by one string: an SQLite file path, or a PostgreSQL connection URL
 * (`postgres://user:password@host:port/db`). The URL may carry a password, so it is shown
 * only through {@link redactDatabaseUrl} / {@link databaseLabel}: in messages, errors and logs.
 */
const SERVER_URL = /^postgres(?:ql)?:\/\//i;

/** True for a PostgreSQL connection URL, false for an SQLite path (or `:memory:`). */
export function isServerDatabase(database: string): boolean {
  return SERVER_URL.test(database.trim());
}

// `scheme://user:password@` anywhere in a text, and `password=...` in a URL's query string.
// Greedy up to the last `@` before the path, so a password holding a raw `@` is hidden whole.
const USERINFO_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*):[^\s/]*@/gi;
const QUERY_PASSWORD = /([?&](?:password|sslpassword)=)[^&\s#]*/gi;

/**
 * The text with every connection URL's password replaced by `***`: the one place that keeps
 * passwords out of hcdm's output. Safe on any text (an error message, a stack), not only a URL.
 */
export function redactDatabaseUrl(text: string): string {
  return text.replace(USERINFO_PASSWORD, '$1:***@').replace(QUERY_PASSWORD, '$1***');
}

/** How a database is named in messages: the path as given, or the URL without its password. */
export function databaseLabel(database: string): string {
  if (!isServerDatabase(database)) return database;
  // The user's own URL: all before its last `@` is user and password, whatever characters they hold.
  const url = database.trim();
  const start = url.indexOf('://') + 3;
  const at = url.lastIndexOf('@');
  if (at < start) return redactDatabaseUrl(url);
  const userinfo = url.slice(start, at);
  const colon = userinfo.indexOf(':');
  const user = colon === -1 ? userinfo : `${userinfo.slice(0, colon)}:***`;
  return redactDatabaseUrl(`${url.slice(0, start)}${user}${url.slice(at)}`);
}
