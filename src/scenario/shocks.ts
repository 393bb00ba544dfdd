/**
 * The scenario's shocks: a fall of the destinations' credibility and the withdrawal of
 * every incentive (or, with scope `all`, of every technology of the partnership as
 * well), each at a step or at a share of the horizon.
 */
import { z } from 'zod';
import { num, optionalNumber } from './fields.js';

const shockTiming = {
  step: optionalNumber(0, 100000, { integer: true, description: 'step at which the shock happens', unit: 'step' }),
  atShare: optionalNumber(0, 1, { description: 'when the shock happens, as a share of the horizon: step floor(atShare * steps)' }),
};

export const shocksSchema = z
  .strictObject({
    credibility: z
      .strictObject({
        ...shockTiming,
        factor: num(0.3, 0, 1, { description: 'multiplier applied to every destination’s credibility' }),
      })
      .optional(),
    withdrawal: z
      .strictObject({
        ...shockTiming,
        scope: z
          .enum(['incentives', 'all'])
          .default('incentives')
          .meta({
            description:
              'what stops: incentives (rewards, anticipated and paid, return support, diaspora programmes), or all (also forum meetings, expert services, monitoring and ranking: full withdrawal)',
          }),
      })
      .optional(),
  })
  .prefault({});

/** The step at which a shock happens: its `step`, or `atShare` of the horizon. */
export function shockStep(shock: { step?: number; atShare?: number }, steps: number): number {
  return shock.step ?? Math.floor((shock.atShare ?? 0) * steps);
}

