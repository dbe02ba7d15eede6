import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TelecomRecordColumns } from './telecom-record.columns.js';

@Entity({ name: 'sms' })
@Index('idx_sms_customer_time', ['customerId', 'occurredAt'])
@Index('idx_sms_lead', ['attributedLeadId', 'occurredAt'])
@Index('idx_sms_listing', ['attributedPropertyId', 'occurredAt', 'customerId'])
@Index('idx_sms_time', ['occurredAt'])
@Index('idx_sms_agent', ['agent', 'occurredAt'])
export class SmsRecord extends TelecomRecordColumns {
  @PrimaryColumn('varchar', { name: 'sms_id' })
  smsId: string;

  /** Characters, >= 0. */
  @Column('integer', { name: 'message_length' })
  messageLength: number;
}
