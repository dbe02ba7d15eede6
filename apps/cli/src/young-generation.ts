import { setFlagsFromString } from 'node:v8';

/**
 * The `hcdm` bin starts Node with `--max-semi-space-size=2` (its shebang): this thread's young
 * generation stays at 2 MB a half instead of growing to 16. The import's rows only pass through
 * this thread on their way to SQLite, so a larger one held nothing but garbage, about 25 MB of
 * the import's memory. But a V8 flag holds for every isolate the process creates, and would
 * also shrink the parsing worker's young generation, where rows are built and live longer: that
 * worker then spent a second in full collections. V8 reads the flag when it creates an isolate,
 * so clearing it now leaves this thread's heap as started and lets each worker take the size its
 * `resourceLimits` asks for.
 */
export function letWorkersSizeTheirYoungGeneration(): void {
  setFlagsFromString('--max-semi-space-size=0');
}
