/** `part` of `whole` from 0 to 1, rounded to 4 decimals (as speed to lead's shares); null for a whole of 0. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
