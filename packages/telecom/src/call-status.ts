/**
 * How a call ended. Only `answered` is answered: an inbound call with any other status is a
 * missed call (DOMAIN.md "Sources, statuses and agents"), and an outbound one reached nobody.
 */
export type CallStatus = 'answered' | 'missed' | 'voicemail' | 'busy' | 'failed';

/** Every status, answered first, in the order results list them. */
export const CALL_STATUSES: readonly CallStatus[] = ['answered', 'missed', 'voicemail', 'busy', 'failed'];

/** The one status that is answered; "not answered" is `status <> ANSWERED` in SQL. */
export const ANSWERED: CallStatus = 'answered';
