/**
 * The key two spellings of a status or source share: "Closed-Won", "closed-won " and
 * "closed-won" are one status. Folded in TypeScript, never with SQL's LOWER, which SQLite
 * applies to ASCII only and PostgreSQL by its locale: both engines then group alike.
 */
export function labelKey(text: string): string {
  return text.trim().toLowerCase();
}
