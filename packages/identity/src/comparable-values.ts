/**
 * A name as duplicates are compared: Unicode-normalized (NFKC), case folded, spaces trimmed and
 * collapsed, so "Asha  Rao" and "asha rao" are one name. Empty (a customer made from an unknown
 * number has no name) is no name at all: null, never equal to another.
 */
export function comparableName(name: string): string | null {
  const folded = name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return folded === '' ? null : folded;
}

/** An email as duplicates are compared: trimmed and case folded; empty or missing is none. */
export function comparableEmail(email: string | null): string | null {
  const folded = (email ?? '').trim().toLowerCase();
  return folded === '' ? null : folded;
}
