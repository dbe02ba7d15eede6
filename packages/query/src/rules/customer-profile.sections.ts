import type { CustomerProfile } from '@hcdm/analyses';
import type { QuerySection } from '../query-result.types.js';
import { CUSTOMER_SUMMARY_COLUMNS } from './customer-summary.rule.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

// Name and phone are the customer's, in the summary; lead rows still carry customerId.
const LEAD_COLUMNS = [
  textColumn('leadId', 'Lead ID'),
  textColumn('propertyId', 'Listing'),
  numberColumn('callCount', 'Calls'),
  numberColumn('smsCount', 'SMS'),
  numberColumn('callSeconds', 'Call Seconds'),
  numberColumn('score', 'Score'),
  textColumn('tier', 'Tier'),
];
const LEAD_KEYS = ['leadId', 'customerId', 'propertyId', 'callCount', 'smsCount', 'callSeconds', 'score', 'tier'];

// The ISO time takes 29 of 80 columns, so the table leaves the listing and lead out (a lead's
// listing is in its detail); the rows carry both, and the agent.
const TIMELINE_COLUMNS = [
  textColumn('timestamp', 'Time'),
  textColumn('type', 'Type'),
  textColumn('id', 'ID'),
  textColumn('direction', 'Direction'),
  textColumn('detail', 'Detail'),
];
const TIMELINE_KEYS = ['timestamp', 'type', 'id', 'direction', 'detail', 'propertyId', 'leadId', 'agent'];

/** The profile as three sections, `summary`, `leads` and `timeline`, each run under `command`. */
export function customerProfileSections(profile: CustomerProfile, command: string, timelineLimit: number): QuerySection[] {
  const keys = (columns: readonly { key: string }[]) => columns.map((column) => column.key);
  return [
    {
      name: 'summary',
      result: { command, title: 'Activity summary', shape: 'summary', columns: CUSTOMER_SUMMARY_COLUMNS, rows: pickRows([profile.summary], keys(CUSTOMER_SUMMARY_COLUMNS)) },
    },
    {
      name: 'leads',
      result: { command, title: 'Leads by score', shape: 'list', columns: LEAD_COLUMNS, rows: pickRows(profile.leads, LEAD_KEYS) },
    },
    {
      name: 'timeline',
      result: {
        command,
        title: `Latest ${timelineLimit} calls, SMS and leads, newest first`,
        shape: 'list',
        columns: TIMELINE_COLUMNS,
        rows: pickRows(profile.timeline, TIMELINE_KEYS),
      },
    },
  ];
}
