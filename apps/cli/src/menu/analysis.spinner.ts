import { createSpinner } from 'nanospinner';

/** An answer quicker than this shows no spinner at all (no flicker); a slower one shows it from then on. */
export const SPINNER_DELAY_MS = 150;

/**
 * Runs `work` with a spinner on `err` while it lasts, when `err` is a terminal (piped or captured
 * output gets none): nanospinner, on stderr so a result on stdout is never mixed with it, cleared
 * before the result is drawn.
 */
export async function withSpinner<T>(err: NodeJS.WritableStream & { isTTY?: boolean }, text: string, work: () => Promise<T>): Promise<T> {
  if (err.isTTY !== true) return work();
  let spinner: ReturnType<typeof createSpinner> | null = null;
  const timer = setTimeout(() => (spinner = createSpinner(text, { stream: err as NodeJS.WriteStream }).start()), SPINNER_DELAY_MS);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
    (spinner as ReturnType<typeof createSpinner> | null)?.stop();
  }
}
