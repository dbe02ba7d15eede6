import { describe, expect, it } from 'vitest';
import { InvalidConfigError } from '../scoring/config.errors.js';
import { resolveLeadStatusesConfig, type LeadStatusesLayer } from './lead-statuses-config.resolver.js';

function rejection(layers: LeadStatusesLayer[]): unknown {
  try {
    resolveLeadStatusesConfig(layers);
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const file = (leadStatuses: unknown): LeadStatusesLayer => ({ source: '/data/hcdm.config.json', leadStatuses });

describe('resolveLeadStatusesConfig', () => {
  it("answers the sample's statuses when no layer says anything", () => {
    expect(resolveLeadStatusesConfig([file(undefined), { source: 'options', leadStatuses: {} }])).toEqual({
      stages: ['new', 'contacted', 'visit-scheduled', 'negotiating', 'closed-won'],
      won: ['closed-won'],
      lost: ['closed-lost'],
    });
  });

  it('lays later layers over earlier ones list by list, trimming each status', () => {
    const layers = [
      file({ stages: ['Enquiry', 'Site Visit', 'Booked', 'Registered'], won: ['Booked', 'Registered'] }),
      { source: 'options', leadStatuses: { lost: [' Dropped ', 'Junk'] } },
    ];
    expect(resolveLeadStatusesConfig(layers)).toEqual({
      stages: ['Enquiry', 'Site Visit', 'Booked', 'Registered'],
      won: ['Booked', 'Registered'],
      lost: ['Dropped', 'Junk'],
    });
  });

  it('matches won and lost to the stages whatever their case', () => {
    const config = resolveLeadStatusesConfig([file({ stages: ['New', 'Won'], won: ['WON'], lost: [] })]);
    expect(config).toEqual({ stages: ['New', 'Won'], won: ['WON'], lost: [] });
  });

  it.each([
    [5, 'leadStatuses: must be an object (5)'],
    [{ stage: [] }, 'leadStatuses.stage: is not a setting; known: stages, won, lost'],
    [{ stages: 'new,contacted' }, 'leadStatuses.stages: must be a list of one or more statuses, like ["new", "contacted"] (new,contacted)'],
    [{ stages: [] }, 'leadStatuses.stages: must be a list of one or more statuses, like ["new", "contacted"] ([])'],
    [{ won: [] }, 'leadStatuses.won: must be a list of one or more statuses, like ["new", "contacted"] ([])'],
    [{ lost: 'closed-lost' }, 'leadStatuses.lost: must be a list of statuses, like ["closed-lost"] (closed-lost)'],
    [{ stages: ['new', 3] }, 'leadStatuses.stages[1]: must be a status: text of 1 to 200 characters (3)'],
    [{ stages: ['new', '  '] }, 'leadStatuses.stages[1]: must be a status: text of 1 to 200 characters (  )'],
    [{ stages: ['new', 'New', 'closed-won'] }, 'leadStatuses.stages: names a status twice (case does not matter) (New)'],
    [{ won: ['booked'] }, 'leadStatuses.won: must be stages: it is not one of leadStatuses.stages (booked)'],
    [{ won: ['negotiating'] }, 'leadStatuses.won: must be the last stages of leadStatuses.stages (a lead past a won stage would be won too) (negotiating)'],
    [{ lost: ['closed-lost', 'New'] }, "leadStatuses.lost: must not be stages: a lost lead is outside the funnel's order (New)"],
  ])('rejects %j in one line naming the file and the key', (section, reason) => {
    const error = rejection([file(section)]);
    expect(error).toBeInstanceOf(InvalidConfigError);
    expect((error as Error).message).toBe(`/data/hcdm.config.json: ${reason}`);
  });

  it('names the layer that last set a list involved in a whole-config error', () => {
    // The file's stages drop closed-won; the default won list is then no stage: the file is to blame.
    expect(rejection([file({ stages: ['new', 'sold'] }), { source: 'options', leadStatuses: { lost: [] } }])).toMatchObject({
      message: '/data/hcdm.config.json: leadStatuses.won: must be stages: it is not one of leadStatuses.stages (closed-won)',
    });
    expect(rejection([file({ stages: ['new', 'sold'], won: ['sold'] }), { source: 'options', leadStatuses: { won: ['new'] } }])).toMatchObject({
      message: 'options: leadStatuses.won: must be the last stages of leadStatuses.stages (a lead past a won stage would be won too) (new)',
    });
  });
});
