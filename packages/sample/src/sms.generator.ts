import type { ActivityInput } from './activity.input.js';
import { dailyRows, placeByDay } from './daily-rows.js';
import { formatId, idWidth } from './ids.js';
import type { FollowUp } from './lead-follow-ups.js';
import { NO_OFFSET_SHARE } from './leads.generator.js';
import { mulberry32, streamSeed, truncatedExponential, type Random } from './random.js';
import { formatTimestamp, randomInstantOnDay } from './time-window.js';
import { apportion } from './weighted.js';

interface SmsDraft {
  at: number;
  customer: number;
  property: number;
  inbound: boolean;
  length: number;
  withOffset: boolean;
}

export const SMS_HEADER = ['sms_id', 'customer_id', 'timestamp', 'message_length', 'direction', 'property_id', 'agent'] as const;

const ORGANIC_INBOUND = 0.55;

/** Customers write short texts (10..300, most under a line); the business sends longer templates. */
function messageLength(random: Random, inbound: boolean): number {
  return inbound
    ? 10 + Math.round(truncatedExponential(random, 45, 290))
    : 60 + Math.round(truncatedExponential(random, 80, 240));
}

function outboundSms(random: Random, plan: FollowUp): SmsDraft {
  const { at, customer, property } = plan;
  return { at, customer, property, inbound: false, length: messageLength(random, false), withOffset: random() >= NO_OFFSET_SHARE };
}

/** sms.csv lines in time order: SMS000001.., skewed by customer, with texts sent after new leads. */
export function* smsLines(input: ActivityInput): Generator<string> {
  const random = mulberry32(streamSeed(input.seed, 'sms'));
  const { window, model } = input;
  const quotas = apportion(input.count, model.dayWeights(window));
  const organic = (day: number): SmsDraft => {
    const at = randomInstantOnDay(random, window, day);
    const customer = model.pickCustomer(random, at);
    const property = model.pickProperty(random, customer);
    const inbound = random() < ORGANIC_INBOUND;
    return { at, customer, property, inbound, length: messageLength(random, inbound), withOffset: random() >= NO_OFFSET_SHARE };
  };
  const planned = placeByDay(input.followUps.map((plan) => outboundSms(random, plan)), window, quotas);
  const width = idWidth(6, input.count);
  // A stream of its own, so giving SMS agents changed nothing else in the file.
  const agents = mulberry32(streamSeed(input.seed, 'sms.agents'));
  let number = 0;
  for (const sms of dailyRows({ window, quotas, planned, organic })) {
    yield [
      formatId('SMS', ++number, width),
      input.customerIds[sms.customer],
      formatTimestamp(sms.at, sms.withOffset),
      sms.length,
      sms.inbound ? 'inbound' : 'outbound',
      sms.property >= 0 ? input.listingIds[sms.property] : '',
      input.agents.pick(agents, sms.customer, sms.at),
    ].join(',');
  }
}
