import { CoreSchema1764000000001, Customer, DataGeneration1764000000033, DistributedTables1764000000040 } from '@hcdm/core';
import { CustomerAlias, CustomerAliasMove, IdentitySchema1764000000010 } from '@hcdm/identity';
import { Lead, LeadAgent1764000000030, Listing, PropertySchema1764000000002, TrackingNumber, TrackingNumbers1764000000020 } from '@hcdm/property';
import {
  CallOutcomes1764000000032,
  CallRecord,
  CoveringAgentIndex1764000000041,
  CoveringAttributionIndexes1764000000004,
  OutboundIndexes1764000000034,
  RecordAgent1764000000031,
  RecordTrackingNumber1764000000021,
  SmsRecord,
  TelecomSchema1764000000003,
} from '@hcdm/telecom';

/** Every entity of hcdm, for a caller who builds its own DataSource. */
export const hcdmEntities = [Customer, Listing, Lead, TrackingNumber, CallRecord, SmsRecord, CustomerAlias, CustomerAliasMove];

/** Every migration of hcdm, in the order they must run (core, property, telecom, identity, tracking numbers, agents, call outcomes, then the data's generation, the outbound indexes, the tables' layout over a cluster's nodes, and the covering agent index). */
export const hcdmMigrations = [
  CoreSchema1764000000001,
  PropertySchema1764000000002,
  TelecomSchema1764000000003,
  CoveringAttributionIndexes1764000000004,
  IdentitySchema1764000000010,
  TrackingNumbers1764000000020,
  RecordTrackingNumber1764000000021,
  LeadAgent1764000000030,
  RecordAgent1764000000031,
  CallOutcomes1764000000032,
  DataGeneration1764000000033,
  OutboundIndexes1764000000034,
  DistributedTables1764000000040,
  CoveringAgentIndex1764000000041,
];
