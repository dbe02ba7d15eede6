const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The instant of the most common export form, `2026-03-01T10:00:00Z`, `...+05:30` or
 * `...T10:00:00.5Z`, read digit by digit (luxon costs several microseconds a row on large
 * imports; a regex and Date.parse about one). With `naiveIsUtc`, text without an offset is read
 * as UTC, which is what the full parser does when the configured zone is UTC. Impossible dates
 * and times, years before 100 and every other form give null, and then take the full
 * parseTimestamp path, which accepts or rejects them with its message.
 */
export function isoInstant(text: string, naiveIsUtc = false): number | null {
  const length = text.length;
  if (length < 19 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return null;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if ((hour | minute | second) < 0) return null;
  if (year < 100 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  if (day > daysInMonth(year, month)) return null;
  let pos = 19;
  let millis = 0;
  if (text.charCodeAt(pos) === 46) {
    const end = fractionEnd(text, pos + 1);
    if (end === pos + 1 || end > pos + 4) return null;
    millis = Math.round(digits(text, pos + 1, end - pos - 1) * 10 ** (4 - (end - pos)));
    pos = end;
  }
  const offset = offsetMinutes(text, pos, naiveIsUtc);
  if (offset === null) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000;
}

/** The offset at `pos` in minutes: `Z`, `+05:30`, `-03:00`; none (with naiveIsUtc) is 0. */
function offsetMinutes(text: string, pos: number, naiveIsUtc: boolean): number | null {
  const length = text.length;
  if (pos === length) return naiveIsUtc ? 0 : null;
  const sign = text.charCodeAt(pos);
  if (sign === 90) return pos + 1 === length ? 0 : null;
  if ((sign !== 43 && sign !== 45) || pos + 6 !== length || text.charCodeAt(pos + 3) !== 58) return null;
  const hours = digits(text, pos + 1, 2);
  const minutes = digits(text, pos + 4, 2);
  if (hours < 0 || minutes < 0 || hours > 14 || minutes > 59) return null;
  return (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
}

/** The number written by `count` ASCII digits at `from`; -1 when one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let index = from; index < from + count; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function fractionEnd(text: string, from: number): number {
  let pos = from;
  while (pos < text.length && text.charCodeAt(pos) >= 48 && text.charCodeAt(pos) <= 57) pos += 1;
  return pos;
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}
