import { basename } from 'node:path';
import type { HcdmDatabase } from '@hcdm/analytics';
import type { ImportSummary } from '@hcdm/analytics';
import { ImportRejectedError, type ColumnMapping, type RecordKind, type UnknownNumbers } from '@hcdm/analytics';
import { formatProblems } from './output/problems.format.js';
import { createProgressBar } from './output/progress-bar.js';

export interface ImportRequest {
  readonly paths: readonly string[];
  readonly skipInvalid?: boolean;
  readonly rejectsPath?: string;
  readonly kind?: RecordKind;
  /** How long to wait while another import writes (--wait); default: as long as it takes. */
  readonly waitSeconds?: number;
  readonly columns?: ColumnMapping;
  readonly unknownNumbers?: UnknownNumbers;
}

/**
 * Imports with a progress bar on `err` (a terminal only, not with `quiet`). A rejected import
 * prints its problem lines (the first 20) on `err` and rethrows for the one-line message.
 */
export async function importWithProgress(
  db: HcdmDatabase,
  request: ImportRequest,
  err: NodeJS.WritableStream & { isTTY?: boolean },
  quiet = false,
): Promise<ImportSummary> {
  const bar = createProgressBar(err, quiet);
  try {
    const summary = await db.import(request.paths, {
      skipInvalid: request.skipInvalid,
      rejectsPath: request.rejectsPath,
      kind: request.kind,
      waitSeconds: request.waitSeconds,
      columns: request.columns,
      unknownNumbers: request.unknownNumbers,
      // Said even with --quiet: without it a wait looks like a hang.
      onWaiting: () => {
        const limit = request.waitSeconds === undefined ? 'until it finishes (--wait SECONDS sets a limit)' : `up to ${request.waitSeconds} s`;
        err.write(`waiting for another import to finish writing to the database, ${limit}\n`);
      },
      onProgress: (progress) => bar.update(`${progress.kind} ${basename(progress.file)}`, progress.bytesRead, progress.totalBytes, progress.rows),
    });
    bar.stop();
    return summary;
  } catch (error) {
    bar.stop();
    if (error instanceof ImportRejectedError) err.write(formatProblems(error.problems));
    throw error;
  }
}
