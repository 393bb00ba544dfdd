/**
 * Decoupling: commitment without conduct. Some states sign and talk the talk while their
 * effort stays low for years ("organised hypocrisy", Brunsson 1989; on decoupling of
 * formal commitments from practice, Meyer and Rowan 1977). The article's own point that
 * responsibilisation is not compliance (Kunz l. 108–117) needs states in which the two
 * part; the validity review found none over 10 EU seeds.
 */
import type { EmergentPattern, PointRuns, SeedVerdict } from './types.js';
import { runOf } from './types.js';

/** effort below this counts as low (the validity review's threshold) */
export const LOW_EFFORT = 0.3;
/** two years of quarterly steps */
export const YEARS_STEPS = 8;

/** The longest run of consecutive steps in which a partner state's effort is below LOW_EFFORT. */
export function longestLowSpell(rows: readonly { status: string; effort: number }[]): number {
  let best = 0;
  let current = 0;
  for (const r of rows) {
    current = r.status === 'partner' && r.effort < LOW_EFFORT ? current + 1 : 0;
    best = Math.max(best, current);
  }
  return best;
}

export const decoupling: EmergentPattern = {
  id: 'decoupling',
  title: 'Some partners keep low effort for years',
  kind: 'validation',
  claim: 'a state can sign and keep its effort low (responsibilisation is not compliance)',
  statistic: 'longest spell, in steps, of a partner state with effort below 0.3',
  tolerance: '>= 8 steps (two years)',
  reason:
    'Kunz l. 108–117 (the partner is "responsible – albeit not necessarily equal"; partnership co-exists with other forms of governing) and the decoupling literature (Brunsson 1989; Meyer and Rowan 1977); two years below 0.3 is the bar the validity review set',
  scenarios: ['eu-mobility-partnerships', 'north-america-rcm'],
  needs: ['partnership'],
  evaluate(point: PointRuns): SeedVerdict[] {
    return point.seeds.map((s) => {
      const run = runOf(s, 'partnership');
      const value = Math.max(0, ...[...run.states.values()].map(longestLowSpell));
      return { pass: value >= YEARS_STEPS, value };
    });
  },
};
