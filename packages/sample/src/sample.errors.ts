/**
 * The one error this package raises on purpose. Its code matches `@hcdm/core`'s
 * `HcdmErrorCode` ('INVALID_INPUT'), so the CLI maps it like any other bad input, while this
 * package stays free of hcdm dependencies.
 */
export class SampleOptionsError extends Error {
  override readonly name = 'SampleOptionsError';
  readonly code = 'INVALID_INPUT' as const;

  constructor(
    readonly option: string,
    reason: string,
    value: unknown,
  ) {
    super(`${option}: ${reason} (${String(value)})`);
  }
}
