import { setFlagsFromString } from 'node:v8';

/**
 * Lets the next worker take the young generation its `resourceLimits` ask for. A process may be
 * started with `--max-semi-space-size` (`hcdm import` is, with 2, for its main thread, where
 * an import's rows only pass through); but a V8 flag holds for every isolate the process
 * creates, over any `resourceLimits`, and would shrink the parsing worker's young generation
 * too, where rows are built and live longer: with 2 MB that worker spent a second in full
 * collections. V8 reads the flag when it creates an isolate, so clearing it just before a worker
 * starts leaves the running thread's heap as it began. Isolates created later get V8's default.
 */
export function letWorkersSizeTheirYoungGeneration(): void {
  setFlagsFromString('--max-semi-space-size=0');
}
