/**
 * Construction (Kunz, seed text l. 857–862: selection is "more a matter of constructing
 * specific types of partners"; l. 526–533: shared interests "are constructed", against
 * studies that present them as pre-existing). Judged in a world of initially identical
 * states (src/validation/homogeneous.ts), where no input can make a state a good student:
 * - path dependence: which states become the first partners changes from seed to seed;
 * - early exposure: the first partner stood out in internalised exposure when it
 *   signed (the eligibility rule reads beliefs, capacity and willingness, not
 *   responsibilisation, so this is not read off one equation);
 * - resemblance: later partners, when they sign, conduct themselves as the first did,
 *   more than the states that are not partners at that step do.
 */
import type { EmergentPattern, PointRuns, SeedVerdict } from './types.js';
import { runOf } from './types.js';
import { partnerOrder, percentileRank, rowAt } from './measures.js';

const BOTH = ['eu-mobility-partnerships', 'north-america-rcm'] as const;

export const pathDependence: EmergentPattern = {
  id: 'path-dependence',
  title: 'Who become the first partners is path dependent',
  kind: 'validation',
  claim: 'partners are constructed, not found: in a world of identical states the first partners are not fixed in advance',
  statistic: "share of the point's other seeds whose first three partners (as a set; all partners when fewer) differ from this seed's",
  tolerance: '> 0 (at least one other seed of the point has other first partners); a seed without a partner fails',
  reason:
    'Kunz l. 857–862 ("more a matter of constructing specific types of partners"): with identical states and the same parameters, only the history of each run can decide who is first; in the bundled worlds (given attributes) the first three partners are the same set in most seeds (the validity review: MDA, CPV, GEO in the EU; Mexico a partner from the start in North America), which is the null this pattern must beat. The set, not the first alone: given attributes can leave the order inside a small set of favoured states to chance',
  scenarios: BOTH,
  needs: ['homogeneous'],
  evaluate(point: PointRuns): SeedVerdict[] {
    const firsts = point.seeds.map((s) => {
      const first = partnerOrder(runOf(s, 'homogeneous')).slice(0, 3).map((p) => p.state).sort();
      return first.length === 0 ? null : first.join(',');
    });
    return firsts.map((first, k) => {
      if (first === null || firsts.length < 2) return { pass: false, value: NaN };
      const others = firsts.filter((_, j) => j !== k);
      const value = others.filter((o) => o !== first).length / others.length;
      return { pass: value > 0, value };
    });
  },
};

export const earlyExposure: EmergentPattern = {
  id: 'early-exposure',
  title: 'The first partner stood out in exposure before it was chosen',
  kind: 'validation',
  claim: 'who becomes a good student depends on early exposure and recognition, not on given attributes',
  statistic: "percentile rank of the first partner's responsibilisation at the step before its signature, among the origin and transit states",
  tolerance: '> 0.5 (above the middle; a rank tied with every state is 0.5 and fails); a seed without a partner, or whose first partner signs at step 0, fails',
  reason:
    'Kunz l. 566–576 and 606–613 (technologies of involvement and of performance make states responsible before they are partners); responsibilisation is where exposure and recognition accumulate, and the eligibility rule does not read it, so a first partner that stands out in it was made, not chosen on it',
  scenarios: BOTH,
  needs: ['homogeneous'],
  evaluate(point: PointRuns): SeedVerdict[] {
    return point.seeds.map((s) => {
      const run = runOf(s, 'homogeneous');
      const first = partnerOrder(run)[0];
      if (!first) return { pass: false, value: NaN };
      const at = first.step - 1;
      if (at < 0) return { pass: false, value: NaN };
      const all = [...run.states.values()].map((rows) => rowAt(rows, at).responsibilisation);
      const value = percentileRank(rowAt(run.states.get(first.state)!, at).responsibilisation, all);
      return { pass: value > 0.5, value };
    });
  },
};

export const resemblance: EmergentPattern = {
  id: 'resemblance',
  title: 'Later partners resemble the first in conduct',
  kind: 'validation',
  claim: 'later partners are made in the image of earlier ones (a type of partner is constructed)',
  statistic: "at each later partner's signature, the mean distance of the effort of the states that are not partners then from the first partner's effort at its own signature, minus the later partner's distance; averaged over the later partners",
  tolerance: '> 0 (later partners are nearer the first partner than the non-partners of the same step); a seed with fewer than two partners fails',
  reason:
    'Kunz l. 617–628 and 857–862 (the "good student" becomes a model that others are measured against and imitate). Part of it is selection: readiness reads the destination\'s belief about reliability, which observed effort feeds, so the pattern fails where readiness is carried by capacity and willingness rather than by conduct, or where conduct converges for every state alike',
  scenarios: BOTH,
  needs: ['homogeneous'],
  evaluate(point: PointRuns): SeedVerdict[] {
    return point.seeds.map((s) => {
      const run = runOf(s, 'homogeneous');
      const order = partnerOrder(run);
      if (order.length < 2) return { pass: false, value: NaN };
      const template = rowAt(run.states.get(order[0].state)!, order[0].step).effort;
      const margins: number[] = [];
      for (const p of order.slice(1)) {
        const others = [...run.states.entries()].filter(([, rows]) => rowAt(rows, p.step).status !== 'partner');
        if (others.length === 0) continue;
        const far = others.reduce((sum, [, rows]) => sum + Math.abs(rowAt(rows, p.step).effort - template), 0) / others.length;
        margins.push(far - Math.abs(rowAt(run.states.get(p.state)!, p.step).effort - template));
      }
      if (margins.length === 0) return { pass: false, value: NaN };
      const value = margins.reduce((a, b) => a + b, 0) / margins.length;
      return { pass: value > 0, value };
    });
  },
};
