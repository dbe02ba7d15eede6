import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CallStatus } from './call-status.js';
import { TelecomRecordColumns } from './telecom-record.columns.js';

@Entity({ name: 'calls' })
@Index('idx_calls_customer_time', ['customerId', 'occurredAt'])
@Index('idx_calls_lead', ['attributedLeadId', 'occurredAt', 'durationSeconds'])
@Index('idx_calls_listing', ['attributedPropertyId', 'occurredAt', 'customerId'])
@Index('idx_calls_time', ['occurredAt'])
// Covering: an agent's figures add up direction, status and seconds off the index alone (migration 41).
@Index('idx_calls_agent', ['agent', 'occurredAt', 'direction', 'status', 'durationSeconds'])
@Index('idx_calls_outbound', ['customerId', 'occurredAt'], { where: "direction = 'outbound'" })
export class CallRecord extends TelecomRecordColumns {
  @PrimaryColumn('varchar', { name: 'call_id' })
  callId: string;

  /** Whole seconds, >= 0. */
  @Column('integer', { name: 'duration_seconds' })
  durationSeconds: number;

  @Column('varchar', { name: 'status', default: 'answered' })
  status: CallStatus;
}
