const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d{1,3})?(?:Z|([+-])(0\d|1[0-4]):([0-5]\d))$/;

/**
 * The instant of the most common export form, `2026-03-01T10:00:00Z` or with `+05:30`, read
 * without luxon (which costs several microseconds a row on large imports). Date.parse rolls
 * impossible dates over (Feb 30 becomes Mar 2), so the result is checked by writing it back
 * in the same offset. Null for anything else, which then takes the full parseTimestamp path.
 */
export function isoInstant(text: string): number | null {
  const match = ISO_WITH_OFFSET.exec(text);
  if (match === null) return null;
  const instant = Date.parse(text);
  if (Number.isNaN(instant)) return null;
  const [, date, time, sign, hours, minutes] = match;
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  const local = new Date(instant + offset * 60_000).toISOString();
  return local.slice(0, 10) === date && local.slice(11, 19) === time ? instant : null;
}
