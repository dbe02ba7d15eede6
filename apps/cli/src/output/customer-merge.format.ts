import type { CustomerMerge } from '@hcdm/analytics';

/** `Merged C002 into C001: moved 2 leads, 3 calls, 1 SMS; hcdm unmerge C002 undoes it`: one line, what moved. */
export function formatMerge(merge: CustomerMerge): string {
  return `Merged ${merge.alias} into ${merge.customerId}: moved ${movedRecords(merge)}; hcdm unmerge ${merge.alias} undoes it\n`;
}

/** `Unmerged C002 from C001: moved back 2 leads, 3 calls, 1 SMS`. */
export function formatUnmerge(merge: CustomerMerge): string {
  return `Unmerged ${merge.alias} from ${merge.customerId}: moved back ${movedRecords(merge)}\n`;
}

/** Leads, calls and SMS always (a zero says nothing moved); earlier aliases only when there were some. */
function movedRecords(merge: CustomerMerge): string {
  const parts = [count(merge.leads, 'lead', 'leads'), count(merge.calls, 'call', 'calls'), count(merge.sms, 'SMS', 'SMS')];
  if (merge.aliases > 0) parts.push(count(merge.aliases, 'alias', 'aliases'));
  return parts.join(', ');
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
