import type { SampleManifest } from '@hcdm/sample';
import { drawTable } from './table.format.js';

/** The files `hcdm sample` wrote: kind, rows, path. */
export function formatSampleFiles(manifest: SampleManifest, width: number): string {
  return drawTable(
    [
      { key: 'kind', header: 'Kind', align: 'left' },
      { key: 'rows', header: 'Rows', align: 'right' },
      { key: 'path', header: 'File', align: 'left' },
    ],
    manifest.files.map((file) => ({ kind: file.kind, rows: file.rows, path: file.path })),
    width,
  );
}
