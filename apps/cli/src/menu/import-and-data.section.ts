import { importFiles } from './import-files.menu.js';
import { loadSample } from './load-sample.menu.js';
import { menuSection } from './menu-section.js';

export const importAndDataSection = menuSection('Import & data', 'load exports (CSV, JSON, NDJSON) or sample data', {
  importFiles,
  loadSample,
});
