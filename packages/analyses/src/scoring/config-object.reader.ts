import { InvalidConfigError } from './config.errors.js';

/**
 * Reads one object of a config (a file's JSON or an option) strictly: an unknown key is an
 * error rather than a silently ignored typo, and every value is checked where it is read.
 */
export class ConfigObjectReader {
  private constructor(
    readonly source: string,
    readonly key: string,
    private readonly values: Record<string, unknown>,
  ) {}

  /** `value` as an object with only `known` keys; `key` is its dotted path ('' for the root). */
  static of(source: string, key: string, value: unknown, known: readonly string[]): ConfigObjectReader {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InvalidConfigError(source, key, 'must be an object', value);
    }
    const values = value as Record<string, unknown>;
    const unknown = Object.keys(values).find((name) => !known.includes(name));
    if (unknown !== undefined) {
      throw new InvalidConfigError(source, join(key, unknown), `is not a setting; known: ${known.join(', ')}`);
    }
    return new ConfigObjectReader(source, key, values);
  }

  /** The value under `name` as written, unchecked. */
  value(name: string): unknown {
    return this.values[name];
  }

  has(name: string): boolean {
    return this.values[name] !== undefined;
  }

  /** The nested object under `name`, or null when it is not given. */
  child(name: string, known: readonly string[]): ConfigObjectReader | null {
    return this.has(name) ? ConfigObjectReader.of(this.source, join(this.key, name), this.values[name], known) : null;
  }

  /** A finite number, at least `min` (or above it, when `exclusive`), at most `max`. */
  number(name: string, limits: { min: number; exclusive?: boolean; max?: number }): number | undefined {
    const value = this.values[name];
    if (value === undefined) return undefined;
    const { min, exclusive = false, max = Number.POSITIVE_INFINITY } = limits;
    const ok = typeof value === 'number' && Number.isFinite(value) && (exclusive ? value > min : value >= min) && value <= max;
    // Shown as JSON so a quoted "20" is told apart from 20; NaN and Infinity as themselves.
    const shown = typeof value === 'number' ? String(value) : JSON.stringify(value);
    if (!ok) throw this.error(name, `must be a number ${describeLimits(min, exclusive, max)}`, shown);
    return value;
  }

  /** A string that `accept` answers true for; `rule` says what it must be. */
  text(name: string, rule: string, accept: (text: string) => boolean): string | undefined {
    const value = this.values[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !accept(value)) throw this.error(name, rule, value);
    return value;
  }

  error(name: string, reason: string, value?: unknown): InvalidConfigError {
    return new InvalidConfigError(this.source, join(this.key, name), reason, value);
  }
}

function join(key: string, name: string): string {
  return key === '' ? name : `${key}.${name}`;
}

function describeLimits(min: number, exclusive: boolean, max: number): string {
  const low = exclusive ? `above ${min}` : `at least ${min}`;
  return max === Number.POSITIVE_INFINITY ? low : `${low} and at most ${max}`;
}
