import { InvalidCommandError } from '../query.errors.js';

const PRICE = /^\d+(\.\d+)?$/;

/** `5000000,10000000,20000000`: prices of 0 or more, strictly increasing; else an InvalidCommandError saying why. */
export function parseBandEdges(text: string, written: string): number[] {
  if (written.trim() === '') throw invalid(text, 'needs prices separated by commas, as "with bands 100,200"');
  const edges = written.split(',').map((part) => {
    const price = part.trim();
    if (!PRICE.test(price)) throw invalid(text, `needs prices of 0 or more separated by commas (${price === '' ? 'empty' : price})`);
    return Number(price);
  });
  edges.forEach((edge, i) => {
    if (i > 0 && edge <= (edges[i - 1] ?? 0)) throw invalid(text, `each edge must be above the one before (${written.trim()})`);
  });
  return edges;
}

function invalid(text: string, reason: string): InvalidCommandError {
  return new InvalidCommandError(text, `bands: ${reason}`);
}

/** A band edge as `with bands` reads it back: plain digits, where String() would write `1e+21`. */
export function formatPrice(price: number): string {
  const text = String(price);
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, first = '', rest = '', exponent = '0'] = match;
  const digits = first + rest;
  const point = 1 + Number(exponent); // where the decimal point falls among the digits
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}
