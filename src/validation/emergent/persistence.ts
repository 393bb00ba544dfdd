/**
 * Persistence under full withdrawal (Kunz l. 108–112: "responsible, self-disciplined
 * partner states … that can be trusted to govern themselves"). Judged on full withdrawal,
 * in which rewards, ranking, monitoring, forum meetings and expert services all stop, so
 * nothing outside the state keeps its effort up. Expected to pass under the
 * governmentality variant and to fail under the incentives variant, in which nothing is
 * internalised: that difference is what the pattern is for.
 */
import { mean } from '../runs.js';
import type { EmergentPattern, PointRuns, SeedVerdict } from './types.js';
import { runOf } from './types.js';

/** responsibilisation that counts as high (the threshold for decoupling, l. "R ≥ 0.5") */
export const HIGH_R = 0.5;
/** share of effort kept that counts as self-government */
export const KEPT = 0.75;

export const persistence: EmergentPattern = {
  id: 'persistence',
  title: 'Highly responsibilised states keep their effort after full withdrawal',
  kind: 'validation',
  claim: 'responsibilised partners keep governing themselves after the technologies and incentives stop',
  statistic: 'mean share of effort kept (mean effort of the last 8 steps over the mean of the 4 steps before withdrawal) by states with responsibilisation >= 0.5 and effort > 0.3 before withdrawal',
  tolerance: '>= 0.75, over at least one such state (a seed without one fails: there is no self-government to show)',
  reason:
    'Kunz l. 108–112 (self-government is the point of responsibilisation); 0.75 is the share the validation suite has used since its first version, and the validity review found 0.66 once every technology stopped (the old suite judged persistence on incentives-only withdrawal, which leaves ranking, monitoring and forums on)',
  scenarios: ['eu-mobility-partnerships', 'north-america-rcm'],
  needs: ['full-withdrawal'],
  evaluate(point: PointRuns): SeedVerdict[] {
    const at = point.context.withdrawalStep;
    return point.seeds.map((s) => {
      const run = runOf(s, 'full-withdrawal');
      if (at < 4 || at + 8 > point.context.steps) return { pass: false, value: NaN };
      const kept: number[] = [];
      for (const rows of run.states.values()) {
        const before = mean(rows.slice(at - 4, at).map((r) => r.effort));
        if (rows[at - 1].responsibilisation < HIGH_R || !(before > 0.3)) continue;
        kept.push(mean(rows.slice(-8).map((r) => r.effort)) / before);
      }
      const value = mean(kept);
      return { pass: kept.length > 0 && value >= KEPT, value };
    });
  },
};
