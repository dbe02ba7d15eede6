import { formatInstant } from '@hcdm/core';
import type { EntityManager } from 'typeorm';

export interface TrackingNumberRow {
  readonly trackingNumber: string;
  readonly propertyId: string;
  readonly title: string;
  /** The window's start (included) as an ISO time in the zone; null: since always. */
  readonly validFrom: string | null;
  /** The window's end (excluded); null: still. */
  readonly validTo: string | null;
  /** Calls and SMS the number carried in the window (those it tagged with the listing). */
  readonly calls: number;
  readonly sms: number;
}

/**
 * Every window of every tracking number, by number then start: the listing it served, and the
 * calls and SMS it carried then. A record counts for a window when it kept that number (so the
 * number chose its listing: an explicit property_id wins and drops the number) and its time
 * falls in the window, so a number that moved between listings shows each stretch apart.
 */
export async function trackingNumbers(manager: EntityManager, options: { readonly timeZone?: string } = {}): Promise<TrackingNumberRow[]> {
  // Each table counted once per window and joined to the windows, not a subquery per window: on a
  // database distributed by customer (Citus) a number's records lie on every worker.
  const carried = (table: string) => `
    SELECT w.window_id, COUNT(*) AS n FROM ${table} r INNER JOIN tracking_numbers w ON w.tracking_number = r.tracking_number
        AND (w.valid_from IS NULL OR r.occurred_at >= w.valid_from) AND (w.valid_to IS NULL OR r.occurred_at < w.valid_to)
      GROUP BY w.window_id`;
  const rows = (await manager.query(
    `SELECT t.tracking_number AS "trackingNumber", t.property_id AS "propertyId", l.title AS title,
            t.valid_from AS "validFrom", t.valid_to AS "validTo", COALESCE(c.n, 0) AS calls, COALESCE(s.n, 0) AS sms
       FROM tracking_numbers t JOIN listings l ON l.property_id = t.property_id
         LEFT JOIN (${carried('calls')}) c ON c.window_id = t.window_id
         LEFT JOIN (${carried('sms')}) s ON s.window_id = t.window_id
       ORDER BY t.tracking_number, t.valid_from IS NOT NULL, t.valid_from`,
  )) as { trackingNumber: string; propertyId: string; title: string; validFrom: number | string | null; validTo: number | string | null; calls: number | string; sms: number | string }[];
  const time = (value: number | string | null) => (value === null ? null : formatInstant(Number(value), options.timeZone));
  return rows.map((row) => ({ ...row, validFrom: time(row.validFrom), validTo: time(row.validTo), calls: Number(row.calls), sms: Number(row.sms) }));
}
