/** The filter and comparison clauses, for `help`, after the period forms (which rules take them is each rule's). */
export const SUFFIX_FORMS = [
  {
    usage: '<ranking> for source X',
    example: 'show top 5 leads by call volume for source website',
    description:
      'only leads of that source and the calls and SMS attributed to them (lead, listing, location, price band, source and agent rankings, scores and tiers, missed calls, speed to lead, unreached leads, the lead funnel)',
  },
  {
    usage: '<ranking> for location L',
    example: 'show top 3 listings by leads for location "Navi Mumbai" in last 30 days',
    description: 'only listings in that location, the leads on them and the calls and SMS attributed to them (the same rankings)',
  },
  {
    usage: '<ranking> for agent A',
    example: 'show top 5 leads by call volume for agent Anita Desai in last 30 days',
    description: 'only the leads the agent owns and the calls and SMS the agent handled (the same rankings)',
  },
  {
    usage: '<ranking> for source X and location L',
    example: 'show hot leads for source website and location Mumbai',
    description: 'both at once; filters and the period in any order; values match ignoring case; quote a value as "..." when it holds command words',
  },
  {
    usage: '<ranking or summary> <period> compared with previous period',
    example: 'show top 5 leads by call volume in last 30 days compared with previous period',
    description:
      "each figure beside the previous equal-length period's (in last N days: the N days before) and the change; rankings, speed to lead, new vs repeat callers, summaries",
  },
] as const;
