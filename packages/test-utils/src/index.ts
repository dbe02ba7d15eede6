export { makeTempDir, writeFiles } from './temp-dir.js';
