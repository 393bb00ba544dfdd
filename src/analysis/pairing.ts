/**
 * Pairs of runs on common random numbers. In a sweep every policy at the same parameter
 * point and replicate runs on the same seed, so a run of the policy and a run of the
 * baseline pair up by (point, replicate); their difference keeps the policy's effect and
 * cancels most of the shared noise.
 *
 * A key present on one side only, or whose value is missing or not finite on either
 * side (a failed run, an undefined indicator), gives no pair: it is counted in `dropped`,
 * and, when both runs exist but a value is NaN (an indicator undefined in that run, such
 * as the Gini of fewer than two partners), in `undefinedValues` too.
 * Pairs come sorted by point, then replicate, so that what is computed from them (a
 * bootstrap from a seeded stream) does not depend on the order the runs were read in.
 *
 * @example
 * const base = new Map([[pairKey(0, 1), 1.0], [pairKey(0, 2), 2.0]]);
 * const pol = new Map([[pairKey(0, 1), 1.5], [pairKey(0, 3), 9.0]]);
 * pairRuns(base, pol); // { baseline: [1], policy: [1.5], differences: [0.5], dropped: 2, undefinedValues: 0, ... }
 */

/** The pairing key of a run: `point/replicate`. */
export function pairKey(point: number, replicate: number): string {
  return `${point}/${replicate}`;
}

function parseKey(key: string): [number, number] {
  const slash = key.indexOf('/');
  return [Number(key.slice(0, slash)), Number(key.slice(slash + 1))];
}

/** Orders pair keys by point, then replicate (numerically). */
export function compareKeys(a: string, b: string): number {
  const [pa, ra] = parseKey(a);
  const [pb, rb] = parseKey(b);
  return pa - pb || ra - rb;
}

export interface Pairs {
  /** the keys of the pairs, by point then replicate */
  keys: string[];
  baseline: number[];
  policy: number[];
  /** policy − baseline, pair by pair */
  differences: number[];
  /** keys on one side only, or with a value that is not a finite number on either side */
  dropped: number;
  /** keys present on both sides where a value is NaN (undefined); counted in `dropped` too */
  undefinedValues: number;
}

/** Pairs two sides' values by key (see the module's description). */
export function pairRuns(baseline: ReadonlyMap<string, number>, policy: ReadonlyMap<string, number>): Pairs {
  const all = new Set([...baseline.keys(), ...policy.keys()]);
  const keys: string[] = [];
  let dropped = 0;
  let undefinedValues = 0;
  for (const key of all) {
    const b = baseline.get(key);
    const p = policy.get(key);
    if (b === undefined || p === undefined || !Number.isFinite(b) || !Number.isFinite(p)) {
      dropped++;
      if (b !== undefined && p !== undefined && (Number.isNaN(b) || Number.isNaN(p))) undefinedValues++;
    } else keys.push(key);
  }
  keys.sort(compareKeys);
  const b = keys.map((k) => baseline.get(k)!);
  const p = keys.map((k) => policy.get(k)!);
  return { keys, baseline: b, policy: p, differences: p.map((x, i) => x - b[i]), dropped, undefinedValues };
}
