/**
 * Robustness of policies across the points of a sweep over uncertain parameters, in the
 * manner of EMA Workbench's robustness metrics (Kwakkel, Eker and Pruyt 2016, "How
 * robust is a robust policy?", in Robustness Analysis in Decision Aiding, Optimization,
 * and Analytics, pp. 221–237; McPhail et al. 2018, Earth's Future 6: 169–191).
 *
 * For one indicator, each policy's outcomes over all points and replicates are
 * summarised by their mean, standard deviation and their 10%, 50% and 90% quantiles (simple-statistics'
 * linear interpolation, R's type 7), and by its regret: at each (point, replicate), a
 * scenario of the uncertain parameters on common random numbers, the best policy's value
 * minus this policy's value when the indicator is to be maximised (this policy's value
 * minus the best when it is to be minimised), so regret is ≥ 0 and 0 for the best
 * policy. Regret is computed only where every policy has a finite value; the other keys
 * are counted in `incomplete`. Mean and maximum regret over those keys (`meanRegret`,
 * `maxRegret`: over single runs, so they carry the runs' noise, and the maximum grows
 * with the number of replicates even when the policies do not differ).
 *
 * Regret on point means (`pointMeanRegret`, `pointMaxRegret`, over `pointRegretN`
 * points): keys are `point/replicate`; at each point, each policy's value is its mean
 * over the replicates where every policy has a finite value (so the means stay on common
 * random numbers), and regret is taken between those means. A point with no such
 * replicate is left out. This is the regret of the expected outcome at each scenario of
 * the uncertain parameters: more replicates make it more precise, not larger. Savage's
 * minimax-regret criterion takes the policy with the smallest maximum regret.
 *
 * @example
 * robustness(new Map([['a', new Map([['0/1', 1], ['1/1', 3]])], ['b', new Map([['0/1', 2], ['1/1', 2]])]]), 'maximise');
 * // a: mean 2, max regret 1 (at 0/1); b: mean 2, max regret 1 (at 1/1); points 0 and 1 have one replicate each, so the same on point means
 */
import { max, mean, quantile, sampleStandardDeviation } from 'simple-statistics';
import { compareKeys } from './pairing.js';

export const DIRECTIONS = ['maximise', 'minimise'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface PolicyRobustness {
  policy: string;
  /** outcomes with a finite value */
  n: number;
  mean?: number;
  /** sample standard deviation of the outcomes */
  sd?: number;
  q10?: number;
  q50?: number;
  q90?: number;
  /** keys where every policy has a finite value (regret is computed over these) */
  regretN: number;
  meanRegret?: number;
  maxRegret?: number;
  /** points with at least one replicate where every policy has a finite value */
  pointRegretN: number;
  /** mean and maximum regret over the points, on each point's mean over those replicates */
  pointMeanRegret?: number;
  pointMaxRegret?: number;
}

export interface RobustnessResult {
  policies: PolicyRobustness[];
  /** keys where some policy lacks a finite value */
  incomplete: number;
}

/** Keys in order: `point/replicate` keys by point then replicate, point keys by number. */
function orderKeys(a: string, b: string): number {
  if (a.includes('/') && b.includes('/')) return compareKeys(a, b);
  return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Regret of each policy at each key where all have a finite value, keys in order. */
export function regrets(values: ReadonlyMap<string, ReadonlyMap<string, number>>, direction: Direction): { keys: string[]; regret: Map<string, number[]>; incomplete: number } {
  const policies = [...values.keys()];
  const allKeys = new Set<string>();
  for (const byKey of values.values()) for (const key of byKey.keys()) allKeys.add(key);
  const keys: string[] = [];
  let incomplete = 0;
  for (const key of [...allKeys].sort(orderKeys)) {
    if (policies.every((p) => Number.isFinite(values.get(p)!.get(key)))) keys.push(key);
    else incomplete++;
  }
  const regret = new Map<string, number[]>(policies.map((p) => [p, []]));
  for (const key of keys) {
    const row = policies.map((p) => values.get(p)!.get(key)!);
    const best = direction === 'maximise' ? Math.max(...row) : Math.min(...row);
    policies.forEach((p, i) => regret.get(p)!.push(direction === 'maximise' ? best - row[i] : row[i] - best));
  }
  return { keys, regret, incomplete };
}

/** The point of a `point/replicate` key (the whole key when it has no slash). */
function pointOf(key: string): string {
  const slash = key.indexOf('/');
  return slash < 0 ? key : key.slice(0, slash);
}

/**
 * Each policy's mean at each point over the replicates where every policy has a finite
 * value (points in key order), as a table of the same shape with one key per point.
 */
export function pointMeans(values: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, Map<string, number>> {
  const policies = [...values.keys()];
  const allKeys = new Set<string>();
  for (const byKey of values.values()) for (const key of byKey.keys()) allKeys.add(key);
  const byPoint = new Map<string, string[]>();
  for (const key of [...allKeys].sort(orderKeys)) {
    if (!policies.every((p) => Number.isFinite(values.get(p)!.get(key)))) continue;
    const point = pointOf(key);
    if (!byPoint.has(point)) byPoint.set(point, []);
    byPoint.get(point)!.push(key);
  }
  return new Map(policies.map((p) => [p, new Map([...byPoint].map(([point, keys]) => [point, mean(keys.map((k) => values.get(p)!.get(k)!))]))]));
}

/** Each policy's distribution and regret for one indicator (see the module's description). */
export function robustness(values: ReadonlyMap<string, ReadonlyMap<string, number>>, direction: Direction): RobustnessResult {
  const { regret, incomplete, keys } = regrets(values, direction);
  const onMeans = regrets(pointMeans(values), direction);
  const policies = [...values.keys()].map((policy): PolicyRobustness => {
    const finite = [...values.get(policy)!.values()].filter(Number.isFinite);
    const r = regret.get(policy)!;
    const pr = onMeans.regret.get(policy)!;
    const out: PolicyRobustness = { policy, n: finite.length, regretN: keys.length, pointRegretN: onMeans.keys.length };
    if (finite.length > 0) {
      const [q10, q50, q90] = quantile(finite, [0.1, 0.5, 0.9]);
      Object.assign(out, { mean: mean(finite), q10, q50, q90 });
      if (finite.length > 1) out.sd = sampleStandardDeviation(finite);
    }
    if (r.length > 0) Object.assign(out, { meanRegret: mean(r), maxRegret: max(r) });
    if (pr.length > 0) Object.assign(out, { pointMeanRegret: mean(pr), pointMaxRegret: max(pr) });
    return out;
  });
  return { policies, incomplete };
}
