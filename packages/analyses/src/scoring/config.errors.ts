import { HcdmError, formatValue } from '@hcdm/core';

/**
 * A setting that breaks a rule, in a config file or in options: one line naming where it came
 * from (the file's path, or "options"), the key and what is wrong.
 */
export class InvalidConfigError extends HcdmError {
  override readonly name = 'InvalidConfigError';

  constructor(
    readonly source: string,
    /** Dotted path of the setting (`scoring.weights.calls`); '' for the whole file. */
    readonly key: string,
    readonly reason: string,
    readonly value?: unknown,
  ) {
    super('INVALID_INPUT', configMessage(source, key, reason, value));
  }
}

function configMessage(source: string, key: string, reason: string, value: unknown): string {
  const where = key === '' ? source : `${source}: ${key}`;
  return value === undefined ? `${where}: ${reason}` : `${where}: ${reason} (${formatValue(value)})`;
}
