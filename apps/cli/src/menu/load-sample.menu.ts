import { formatImportSummary } from '../output/import-summary.format.js';
import { loadSampleData, sampleFolder } from '../sample-load.js';
import { askYesNo } from './ask.prompts.js';
import type { MenuEntry } from './menu-context.js';

/** Writes the default sample beside the database and imports it (importing twice changes nothing). */
export const loadSample: MenuEntry = {
  label: 'Load sample data',
  description: 'write realistic sample exports beside the database and import them',
  async run(context) {
    const go = await askYesNo(`Write sample files to ${sampleFolder(context.databasePath)} and import them?`, true);
    if (!go) return 'again';
    const summary = await loadSampleData(context.db, context.databasePath, context.err);
    context.out.write(formatImportSummary(summary, context.width));
    return 'again';
  },
};
