import type { ImportSummary } from '@hcdm/analytics';
import { RECORD_KINDS } from '@hcdm/analytics';
import { drawTable } from './table.format.js';

const COUNT = (key: string, header: string) => ({ key, header, align: 'right' as const });

/** The summary of an import: one row per kind it read files of, in load order, then where the rejects went. */
export function formatImportSummary(summary: ImportSummary, width: number): string {
  const kinds = RECORD_KINDS.filter((kind) => summary.files.some((file) => file.kind === kind));
  const rows = kinds.map((kind) => ({ kind, ...summary.kinds[kind] }));
  const table = drawTable(
    [{ key: 'kind', header: 'Kind', align: 'left' }, COUNT('inserted', 'Inserted'), COUNT('updated', 'Updated'), COUNT('unchanged', 'Unchanged'), COUNT('rejected', 'Rejected')],
    rows,
    width,
  );
  const rejects = summary.rejectsFiles.length > 0 ? `Rejected rows and their reasons: ${summary.rejectsFiles.join(', ')}\n` : '';
  const made = summary.newCustomers > 0 ? `New customers from unknown numbers: ${summary.newCustomers}\n` : '';
  const replaced = summary.replacedCustomers > 0 ? `Customers from unknown numbers now known by the customers file: ${summary.replacedCustomers}\n` : '';
  const untagged = summary.untaggedByTrackingNumber > 0 ? `Calls and SMS whose tracking number no window held (no listing): ${summary.untaggedByTrackingNumber}\n` : '';
  return table + made + replaced + untagged + rejects;
}
