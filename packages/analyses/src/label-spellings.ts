import { compareIds } from './id-order.js';
import { labelKey } from './label-key.js';

/**
 * The spellings of statuses or sources seen, folded by {@link labelKey}: the name shown for a key
 * is the spelling most leads carry (ties by code-unit order), so "Website" on 3 leads and
 * "website" on 40 are one row named "website".
 */
export class LabelSpellings {
  private readonly counts = new Map<string, Map<string, number>>();

  add(spelling: string, leads: number): void {
    const key = labelKey(spelling);
    const spellings = this.counts.get(key) ?? new Map<string, number>();
    spellings.set(spelling.trim(), (spellings.get(spelling.trim()) ?? 0) + leads);
    this.counts.set(key, spellings);
  }

  keys(): string[] {
    return [...this.counts.keys()];
  }

  nameOf(key: string): string {
    const spellings = [...(this.counts.get(key) ?? new Map<string, number>())];
    spellings.sort(([a, aLeads], [b, bLeads]) => bLeads - aLeads || compareIds(a, b));
    return spellings[0]?.[0] ?? key;
  }
}
