import { existsSync } from 'node:fs';
import { importWithProgress } from '../import-with-progress.js';
import { parseColumnMapping } from '../column-mapping.option.js';
import { formatImportSummary } from '../output/import-summary.format.js';
import { askText, askYesNo } from './ask.prompts.js';
import type { MenuEntry } from './menu-context.js';

/** `hcdm import PATH [--map ...] [--skip-invalid]` as a form; a rejected import shows its problems and the menu returns. */
export const importFiles: MenuEntry = {
  label: 'Import a folder or a file',
  description: 'CSV, JSON or NDJSON exports; all or nothing unless you skip invalid rows',
  async run(context) {
    const path = await askText('Folder or file to import', (text) =>
      text === '' ? 'type a path' : existsSync(text) ? true : `${text}: no such file or folder`,
    );
    const mapping = await askText('Columns the files name otherwise, as KIND.COLUMN=FIELD,... (empty: none)', (text) => {
      if (text === '') return true;
      try {
        parseColumnMapping(text);
        return true;
      } catch (error) {
        return (error as Error).message;
      }
    });
    const skipInvalid = await askYesNo('Skip invalid rows (and write them to a rejects file)?', false);
    const columns = mapping === '' ? undefined : parseColumnMapping(mapping);
    const summary = await importWithProgress(context.db, { paths: [path], skipInvalid, columns }, context.err);
    context.out.write(formatImportSummary(summary, context.width));
    return 'again';
  },
};
