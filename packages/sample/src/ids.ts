/** Digits an id needs: the default width, or more when the count has more digits. */
export function idWidth(defaultWidth: number, count: number): number {
  return Math.max(defaultWidth, String(count).length);
}

/** `C0001`, `CALL000042`: a prefix and a 1-based number, zero padded. */
export function formatId(prefix: string, number: number, width: number): string {
  return prefix + String(number).padStart(width, '0');
}

/** The ids of a whole file, when the file is small enough to hold them (customers, listings). */
export function idList(prefix: string, defaultWidth: number, count: number): string[] {
  const width = idWidth(defaultWidth, count);
  return Array.from({ length: count }, (_, i) => formatId(prefix, i + 1, width));
}
