/** The period the "with a period" process rows end with: relative, as analysts mostly ask. */
export const PROCESS_PERIOD = 'in last 30 days';

/**
 * What the benchmark runs for one form `help` lists (its `usage`, exactly as help writes it):
 * concrete commands, whose `{lead}`, `{listing}`, `{customer}`, `{phone}`, `{source}`, `{location}` and
 * `{agent}` are the benched database's own (dataset-values.ts), and whether
 * each also runs with {@link PROCESS_PERIOD}. new vs repeat callers needs a period, so its
 * command carries one.
 */
export interface BenchedForm {
  readonly usage: string;
  readonly commands: readonly string[];
  readonly withPeriod: boolean;
}

export const BENCHED_FORMS: readonly BenchedForm[] = [
  {
    usage: 'show top N leads by call volume|sms volume|call duration|engagement',
    commands: ['call volume', 'sms volume', 'call duration', 'engagement'].map((metric) => `show top 5 leads by ${metric}`),
    withPeriod: true,
  },
  { usage: 'show top N leads by score', commands: ['show top 5 leads by score'], withPeriod: true },
  { usage: 'show hot|warm|cold leads', commands: ['show hot leads', 'show warm leads', 'show cold leads'], withPeriod: true },
  { usage: 'explain lead <lead id>', commands: ['explain lead {lead}'], withPeriod: true },
  {
    usage: 'show top N listings by sms inquiries|call inquiries|leads|engagement',
    commands: ['sms inquiries', 'call inquiries', 'leads', 'engagement'].map((metric) => `show top 5 listings by ${metric}`),
    withPeriod: true,
  },
  { usage: 'show listings with most sms inquiries|call inquiries|leads|engagement', commands: ['show listings with most sms inquiries'], withPeriod: true },
  { usage: 'show customer activity summary for <phone or customer id>', commands: ['show customer activity summary for {phone}'], withPeriod: true },
  { usage: 'show customer profile for <phone or customer id> [with timeline N]', commands: ['show customer profile for {customer}'], withPeriod: true },
  { usage: 'show duplicate customers', commands: ['show duplicate customers'], withPeriod: false },
  { usage: 'show listing summary for <property id>', commands: ['show listing summary for {listing}'], withPeriod: true },
  {
    usage: 'show locations by leads|call inquiries|sms inquiries|engagement',
    commands: ['leads', 'call inquiries', 'sms inquiries', 'engagement'].map((metric) => `show locations by ${metric}`),
    withPeriod: true,
  },
  {
    usage: 'show price bands by leads|call inquiries|sms inquiries|engagement [with bands P1,P2,...]',
    commands: [
      ...['leads', 'call inquiries', 'sms inquiries', 'engagement'].map((metric) => `show price bands by ${metric}`),
      'show price bands by leads with bands 5000000,10000000,20000000',
    ],
    withPeriod: true,
  },
  { usage: 'show tracking numbers', commands: ['show tracking numbers'], withPeriod: false },
  { usage: 'show missed calls [within N hours]', commands: ['show missed calls'], withPeriod: true },
  { usage: 'show unreturned missed calls [within N hours]', commands: ['show unreturned missed calls', 'show unreturned missed calls within 48 hours'], withPeriod: true },
  { usage: 'show new vs repeat callers <period>', commands: ['show new vs repeat callers in last 30 days', 'show new vs repeat callers from 2026-03-01 to 2026-03-31'], withPeriod: false },
  { usage: 'show speed to lead', commands: ['show speed to lead'], withPeriod: true },
  { usage: 'show unreached leads', commands: ['show unreached leads'], withPeriod: true },
  { usage: 'show call|sms heatmap [in ZONE]', commands: ['show call heatmap', 'show sms heatmap in Asia/Kolkata'], withPeriod: true },
  {
    usage: 'show calls|sms|leads|engagement by day|week|month',
    commands: ['show calls by week', 'show sms by day', 'show leads by month', 'show engagement by week'],
    withPeriod: true,
  },
  {
    usage: 'show [top N] sources by leads|engagement|speed to lead|conversion',
    commands: [...['leads', 'engagement', 'speed to lead'].map((metric) => `show sources by ${metric}`), 'show top 3 sources by conversion'],
    withPeriod: true,
  },
  { usage: 'show lead funnel', commands: ['show lead funnel', 'show lead funnel for source {source}'], withPeriod: true },
  { usage: 'show call outcomes', commands: ['show call outcomes'], withPeriod: true },
  {
    usage: 'show [top N] agents by calls|talk time|missed|unreturned|speed to lead|leads',
    commands: [...['calls', 'talk time', 'missed', 'unreturned', 'speed to lead'].map((metric) => `show agents by ${metric}`), 'show top 3 agents by leads'],
    withPeriod: true,
  },
  { usage: 'show agent summary for <agent>', commands: ['show agent summary for {agent}'], withPeriod: true },
  // The filters and the comparison end a ranking: a ranking of each kind, filtered, and a compared one.
  { usage: '<ranking> for source X', commands: ['show top 5 leads by engagement for source {source}', 'show hot leads for source {source}', 'show agents by calls for source {source}'], withPeriod: true },
  { usage: '<ranking> for location L', commands: ['show top 5 listings by leads for location {location}', 'show unreached leads for location {location}', 'show sources by conversion for location {location}'], withPeriod: true },
  { usage: '<ranking> for agent A', commands: ['show missed calls for agent {agent}', 'show top 5 leads by score for agent {agent}', 'show lead funnel for agent {agent}'], withPeriod: true },
  { usage: '<ranking> for source X and location L', commands: ['show top 5 leads by call volume for source {source} and location {location}'], withPeriod: true },
  {
    usage: '<ranking or summary> <period> compared with previous period',
    commands: ['show top 5 leads by engagement in last 30 days compared with previous period', 'show customer activity summary for {customer} in last 30 days compared with previous period'],
    withPeriod: false,
  },
  { usage: 'help', commands: ['help'], withPeriod: false },
];

/** The forms help lists that end any command (`<command> in last N days`): not commands of their own. */
const PERIOD_USAGE = /^<command> /;

/**
 * Every command to run as a process, period variants after each plain one; throws naming each
 * form `help` lists that the benchmark has no commands for, so a new command gets its row.
 */
export function benchedCommands(helpUsages: readonly string[], forms: readonly BenchedForm[] = BENCHED_FORMS): string[] {
  const missing = helpUsages.filter((usage) => !PERIOD_USAGE.test(usage) && !forms.some((form) => form.usage === usage));
  if (missing.length > 0) throw new Error(`bench/src/analysis-commands.ts has no commands for: ${missing.join('; ')}`);
  const listed = forms.filter((form) => helpUsages.includes(form.usage));
  return listed.flatMap((form) => form.commands.flatMap((command) => (form.withPeriod ? [command, `${command} ${PROCESS_PERIOD}`] : [command])));
}
