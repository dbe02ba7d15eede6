import { randomInt, type Random } from './random.js';
import { weightedChoice } from './weighted.js';

/** Indian mobiles start with 6-9; 9 is the oldest and most common series. */
const pickLeadingDigit = weightedChoice([
  [9, 45],
  [8, 25],
  [7, 20],
  [6, 10],
]);

/** The spellings real exports mix: with or without +91, a trunk 0, a space or a dash. */
const SPELLINGS: readonly ((mobile: string) => string)[] = [
  (m) => `+91-${m.slice(0, 5)} ${m.slice(5)}`,
  (m) => `+91 ${m.slice(0, 5)} ${m.slice(5)}`,
  (m) => `0${m.slice(0, 5)} ${m.slice(5)}`,
  (m) => m,
  (m) => `+91-${m}`,
  (m) => `+91${m}`,
];

/** Ten digits, a valid Indian mobile. */
export function randomMobile(random: Random): string {
  const rest = randomInt(random, 0, 999_999_999);
  return String(pickLeadingDigit(random)) + String(rest).padStart(9, '0');
}

/** The mobile written in one of the spellings above. */
export function spellMobile(random: Random, mobile: string): string {
  return SPELLINGS[Math.floor(random() * SPELLINGS.length)]!(mobile);
}
