import type { CountryCode } from 'libphonenumber-js';

/** How input without explicit context is read: phones without a country code, times without an offset. */
export interface HcdmSettings {
  /** IANA zone for timestamps without an offset and for whole-day periods. */
  readonly timeZone: string;
  /** Country for phone numbers written without a country code. */
  readonly defaultRegion: CountryCode;
  /**
   * A timestamp more than this many days after the import's moment is refused (`is in the
   * future`): one bad clock must not move "now" for every analysis (DOMAIN.md "Plausible data").
   */
  readonly futureDays: number;
  /** A timestamp in a year before this one is refused (`is before 1900`). */
  readonly earliestYear: number;
  /** The import's moment (epoch ms) the future is counted from; unset, the moment a row is read. */
  readonly importedAt?: number;
}

export const DEFAULT_SETTINGS: HcdmSettings = { timeZone: 'UTC', defaultRegion: 'IN', futureDays: 1, earliestYear: 1900 };
