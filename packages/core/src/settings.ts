import type { CountryCode } from 'libphonenumber-js';

/** How input without explicit context is read: phones without a country code, times without an offset. */
export interface HcdmSettings {
  /** IANA zone for timestamps without an offset and for whole-day periods. */
  readonly timeZone: string;
  /** Country for phone numbers written without a country code. */
  readonly defaultRegion: CountryCode;
}

export const DEFAULT_SETTINGS: HcdmSettings = { timeZone: 'UTC', defaultRegion: 'IN' };
