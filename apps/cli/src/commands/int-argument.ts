import { InvalidArgumentError } from 'commander';

/** Commander parser for a whole number of at least `min`; a bad one is a usage error (exit 1). */
export function intArgument(min: number): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) {
      throw new InvalidArgumentError(`needs a whole number >= ${min}.`);
    }
    return value;
  };
}
