/**
 * Experiments as plain data. An experiment is one run: a parameter point, a policy and
 * a replicate. Its id is derived from (scenario hash, point, policy, replicate) by
 * hashing, never from run order; a point is its index in the design and its values
 * (designs can repeat values: Saltelli's first base row, Morris trajectories, rounded
 * integers).
 *
 * Seeds, by hashing too:
 * - grid and LHS points: from (base seed, point, point values, replicate), so every
 *   point has its own random numbers;
 * - the points of one Saltelli base row (A_j, B_j and every AB_j^i, role `base` j) and
 *   of one Morris trajectory (role `trajectory` t): from (base seed, 'base' j or
 *   'trajectory' t, replicate), so at each replicate they share their random numbers.
 *   The differences the estimators take inside a base row or along a trajectory
 *   (f(A) − f(AB_i), f(x_s) − f(x_{s−1})) then hold the parameters' effect and not the
 *   noise between two independent runs: a parameter that no process reads gets an
 *   effect of exactly 0.
 *
 * - the points of a design that crosses levers with uncertainties (crossedDesign.ts, role
 *   `uncertainty` u): from (base seed, 'uncertainty' u, replicate), so every lever setting
 *   at the same uncertainty point and replicate shares its random numbers.
 *
 * Adding a policy or a replicate changes no other run's id or seed, and every policy at
 * the same point and replicate gets the same seed (common random numbers).
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../scenario/loader.js';
import type { DesignPoint } from './designs/types.js';

export interface Experiment {
  /** derived id, 16 hex digits */
  id: string;
  /** index of the parameter point in the design */
  point: number;
  /** the policy's name */
  policy: string;
  /** replicate number, from 1 */
  replicate: number;
  /** derived seed, an integer in [0, 2^32) */
  seed: number;
  /** parameter path -> value */
  values: Readonly<Record<string, number>>;
}

function digest(parts: unknown[]): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('hex');
}

export function experimentId(scenarioHash: string, point: number, values: Readonly<Record<string, number>>, policy: string, replicate: number): string {
  return digest(['run', scenarioHash, point, values, policy, replicate]).slice(0, 16);
}

export function experimentSeed(baseSeed: number, point: number, values: Readonly<Record<string, number>>, replicate: number): number {
  return parseInt(digest(['seed', baseSeed, point, values, replicate]).slice(0, 8), 16);
}

/**
 * The group of design points that share their random numbers at each replicate: a
 * Saltelli base row (`['base', j]`) or a Morris trajectory (`['trajectory', t]`); null for
 * a point of a grid or LHS design (its seed is its own). A point of a crossed design
 * (`uncertainty` in its role) is grouped by its uncertainty point: `['uncertainty', u]`.
 */
export function seedGroup(role: Readonly<Record<string, string | number>>): ['base' | 'trajectory' | 'uncertainty', number] | null {
  if (role.uncertainty !== undefined) return ['uncertainty', Number(role.uncertainty)];
  if (role.matrix !== undefined && role.base !== undefined) return ['base', Number(role.base)];
  if (role.trajectory !== undefined) return ['trajectory', Number(role.trajectory)];
  return null;
}

/** The seed of a design point at a replicate (see the module's description). */
export function pointSeed(baseSeed: number, point: Pick<DesignPoint, 'index' | 'values' | 'role'>, replicate: number): number {
  const group = seedGroup(point.role);
  if (group === null) return experimentSeed(baseSeed, point.index, point.values, replicate);
  return parseInt(digest(['seed', baseSeed, ...group, replicate]).slice(0, 8), 16);
}

export interface DesignSpec {
  scenarioHash: string;
  points: readonly DesignPoint[];
  /** each policy's name and its key in run ids (the name for a built-in; name@content hash otherwise) */
  policies: readonly (string | { name: string; key: string })[];
  replicates: number;
  baseSeed: number;
}

/** Every experiment of a sweep, in design order: point, then replicate, then policy. */
export function designExperiments(spec: DesignSpec): Experiment[] {
  const out: Experiment[] = [];
  for (const point of spec.points) {
    for (let replicate = 1; replicate <= spec.replicates; replicate++) {
      const seed = pointSeed(spec.baseSeed, point, replicate);
      for (const entry of spec.policies) {
        const { name, key } = typeof entry === 'string' ? { name: entry, key: entry } : entry;
        out.push({ id: experimentId(spec.scenarioHash, point.index, point.values, key, replicate), point: point.index, policy: name, replicate, seed, values: point.values });
      }
    }
  }
  return out;
}

/** The deterministic slice i of n (0-based) of a design: every n-th experiment from the i-th. */
export function shardOf<T>(experiments: readonly T[], shard: { index: number; count: number }): T[] {
  return experiments.filter((_, k) => k % shard.count === shard.index);
}
