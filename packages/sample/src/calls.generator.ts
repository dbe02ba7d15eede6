import type { ActivityInput } from './activity.input.js';
import { dailyRows, placeByDay } from './daily-rows.js';
import { formatId, idWidth } from './ids.js';
import { followUpDelay, type FollowUp } from './lead-follow-ups.js';
import { NO_OFFSET_SHARE } from './leads.generator.js';
import { mulberry32, streamSeed, truncatedExponential, type Random } from './random.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, formatTimestamp, randomInstantOnDay } from './time-window.js';
import { apportion, weightedChoice } from './weighted.js';

interface CallDraft {
  at: number;
  customer: number;
  property: number;
  inbound: boolean;
  /** Nobody answered: how it ended (missed, voicemail, busy, failed) is drawn as the row is written. */
  unanswered: boolean;
  duration: number;
  withOffset: boolean;
}

export const CALL_HEADER = ['call_id', 'customer_id', 'timestamp', 'duration', 'direction', 'status', 'property_id', 'agent'] as const;

/** Spontaneous calls are mostly inbound; with the outbound follow-ups about 70% of all calls are. */
const ORGANIC_INBOUND = 0.8;
/** Inbound calls nobody answered: all of them count as missed calls. */
const INBOUND_UNANSWERED = 0.15;
/** Outbound calls the customer did not pick up. */
const OUTBOUND_UNANSWERED = 0.1;
/** How a call nobody answered ended: an inbound one mostly rang out or went to voicemail. */
const pickInboundOutcome = weightedChoice<string>([['missed', 55], ['voicemail', 25], ['busy', 12], ['failed', 8]]);
const pickOutboundOutcome = weightedChoice<string>([['missed', 45], ['voicemail', 30], ['busy', 15], ['failed', 10]]);
/** Unanswered inbound calls that get a call back at all; the rest stay unreturned. */
const CALL_BACK_SHARE = 0.65;
const pickCallBackDelay = weightedChoice<readonly [number, number]>([
  [[MINUTE_MS, HOUR_MS], 45],
  [[HOUR_MS, DAY_MS], 35],
  [[DAY_MS, 3 * DAY_MS], 20],
]);

/** Whole seconds 10..900, most calls a minute or two. */
function talkTime(random: Random): number {
  return 10 + Math.round(truncatedExponential(random, 110, 890));
}

function outboundCall(random: Random, plan: FollowUp): CallDraft {
  const unanswered = random() < OUTBOUND_UNANSWERED;
  const duration = unanswered ? 0 : talkTime(random);
  const { at, customer, property } = plan;
  return { at, customer, property, inbound: false, unanswered, duration, withOffset: random() >= NO_OFFSET_SHARE };
}

/** calls.csv lines in time order: CALL000001.., skewed by customer, with call backs and lead follow-ups. */
export function* callLines(input: ActivityInput): Generator<string> {
  const random = mulberry32(streamSeed(input.seed, 'calls'));
  const { window, model } = input;
  const quotas = apportion(input.count, model.dayWeights(window));
  const organic = (day: number): CallDraft => {
    const at = randomInstantOnDay(random, window, day);
    const customer = model.pickCustomer(random, at);
    const property = model.pickProperty(random, customer);
    const inbound = random() < ORGANIC_INBOUND;
    const unanswered = random() < (inbound ? INBOUND_UNANSWERED : OUTBOUND_UNANSWERED);
    const duration = unanswered ? 0 : talkTime(random);
    return { at, customer, property, inbound, unanswered, duration, withOffset: random() >= NO_OFFSET_SHARE };
  };
  const followUp = (call: CallDraft): CallDraft | null => {
    if (!call.inbound || !call.unanswered || random() >= CALL_BACK_SHARE) return null;
    const at = call.at + followUpDelay(random, pickCallBackDelay(random));
    return outboundCall(random, { at, customer: call.customer, property: call.property });
  };
  const planned = placeByDay(input.followUps.map((plan) => outboundCall(random, plan)), window, quotas);
  const width = idWidth(6, input.count);
  // Streams of their own, so outcomes and agents changed nothing else in the file.
  const outcomes = mulberry32(streamSeed(input.seed, 'calls.outcomes'));
  const agents = mulberry32(streamSeed(input.seed, 'calls.agents'));
  let number = 0;
  for (const call of dailyRows({ window, quotas, planned, organic, followUp })) {
    yield [
      formatId('CALL', ++number, width),
      input.customerIds[call.customer],
      formatTimestamp(call.at, call.withOffset),
      call.duration,
      call.inbound ? 'inbound' : 'outbound',
      call.unanswered ? (call.inbound ? pickInboundOutcome : pickOutboundOutcome)(outcomes) : 'answered',
      call.property >= 0 ? input.listingIds[call.property] : '',
      input.agents.pick(agents, call.customer, call.at),
    ].join(',');
  }
}
