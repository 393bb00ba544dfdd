/**
 * ABC-SMC's rules: stopping (budget never exceeded, partial generations flagged, stop
 * requests between batches), determinism (the same seed gives the same particles
 * whatever the batch evaluator's timing), the threshold schedule, and its linear
 * algebra against hand-computed values.
 */
import { describe, expect, it } from 'vitest';
import { abcSmc, nextEpsilon, type BatchEvaluator, type Generation } from '../../../src/calibration/abcSmc.js';
import { cholesky, mahalanobis2, weightedCovariance } from '../../../src/calibration/linalg.js';
import { effectiveSampleSize, madScale, weightedQuantile } from '../../../src/calibration/weighted.js';
import { createStream } from '../../../src/engine/random.js';

const problem = { priors: [{ kind: 'uniform' as const, min: -5, max: 5 }], weights: [1], scales: [1] };
/** y ~ N(theta, 1), observed 1: the score is |y − 1|. */
const simulate = (theta: number[], seed: number) => [Math.abs(theta[0] + createStream(seed, 'toy').normal() - 1)];
const evaluator: BatchEvaluator = async (proposals) => proposals.map((p) => p.seeds.map((s) => simulate(p.theta, s)));

describe('abcSmc', () => {
  it('never runs more simulations than the budget, and flags the generation it stopped in', async () => {
    let counted = 0;
    const counting: BatchEvaluator = async (proposals) => {
      counted += proposals.length * 2;
      return evaluator(proposals);
    };
    const result = await abcSmc({ particles: 100, seed: 3, maxSimulations: 523, replicates: 2, maxGenerations: 10 }, problem, counting);
    expect(result.stopReason).toBe('max-simulations');
    expect(counted).toBe(result.simulations);
    expect(result.simulations).toBeLessThanOrEqual(523);
    expect(result.simulations).toBeGreaterThan(523 - 2 * 16);
    const last = result.generations[result.generations.length - 1];
    expect(last.partial).toBe(true);
    expect(last.particles.length).toBeLessThan(100);
    expect(result.generations.slice(0, -1).every((g) => !g.partial && g.particles.length === 100)).toBe(true);
  });

  it('stops between batches when asked, keeping the partial generation', async () => {
    let batches = 0;
    const result = await abcSmc({ particles: 50, seed: 1, maxGenerations: 6 }, problem, async (p) => (batches++, evaluator(p)), { stopRequested: () => batches >= 3 });
    expect(result.stopReason).toBe('stop-requested');
    expect(batches).toBe(3);
    expect(result.generations[result.generations.length - 1].partial).toBe(true);
  });

  it('gives the same particles whatever the order in which runs finish', async () => {
    const shuffled: BatchEvaluator = async (proposals) => {
      // each proposal resolves after a pseudo-random delay: arrival order differs from index order
      const runs = proposals.map((p, k) => new Promise<number[][]>((resolve) => setTimeout(() => resolve(p.seeds.map((s) => simulate(p.theta, s))), (k * 7919) % 5)));
      return Promise.all(runs);
    };
    const a = await abcSmc({ particles: 60, seed: 9, maxGenerations: 3 }, problem, evaluator);
    const b = await abcSmc({ particles: 60, seed: 9, maxGenerations: 3, maxBatch: 7, minBatch: 7 }, problem, shuffled);
    const c = await abcSmc({ particles: 60, seed: 10, maxGenerations: 3 }, problem, evaluator);
    // the generation-0 population is the same whatever the batch size; with the same batch sizes, every generation
    expect(b.generations[0].particles).toEqual(a.generations[0].particles);
    const d = await abcSmc({ particles: 60, seed: 9, maxGenerations: 3 }, problem, shuffled);
    expect(d).toEqual(a);
    expect(c.generations[0].particles).not.toEqual(a.generations[0].particles);
  });

  it('weights sum to 1, the threshold falls, and accepted particles are within it', async () => {
    const result = await abcSmc({ particles: 200, seed: 2, maxGenerations: 5 }, problem, evaluator);
    for (const g of result.generations) {
      expect(g.particles.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
      expect(g.particles.every((p) => p.distance <= g.epsilon)).toBe(true);
    }
    const eps = result.generations.map((g) => g.epsilon);
    for (let k = 2; k < eps.length; k++) expect(eps[k]).toBeLessThan(eps[k - 1]);
  });

  it('the next threshold is the weighted median, or the next distance below a stalled one', () => {
    const gen = (distances: number[], epsilon: number) => ({ epsilon, particles: distances.map((d) => ({ distance: d, weight: 1 / distances.length })) }) as unknown as Generation;
    expect(nextEpsilon(gen([4, 1, 3, 2], 10), { quantile: 0.5, minEpsilon: 0 })).toBe(2);
    expect(nextEpsilon(gen([1, 1, 1, 0], 1), { quantile: 0.5, minEpsilon: 0 })).toBe(0);
    expect(nextEpsilon(gen([4, 1, 3, 2], 10), { quantile: 0.5, minEpsilon: 2.5 })).toBe(2.5);
  });
});

describe('weighted statistics and linear algebra', () => {
  it('quantiles, MAD and ESS', () => {
    expect(weightedQuantile([3, 1, 2], [1, 1, 1], 0.5)).toBe(2);
    expect(weightedQuantile([3, 1, 2], [0, 0, 1], 0.5)).toBe(2);
    expect(madScale([1, 2, 3, 4, 100])).toBe(1);
    expect(madScale([0, 0, 0, 4])).toBe(1); // MAD 0: mean absolute deviation from the median, 4/4
    expect(madScale([2, 2, 2])).toBe(1);
    expect(effectiveSampleSize([1, 1, 2])).toBeCloseTo(16 / 6, 12);
  });

  it('Cholesky factor, covariance and Mahalanobis distance', () => {
    const l = cholesky([[4, 2], [2, 3]]);
    expect(l[0]).toEqual([2, 0]);
    expect(l[1][0]).toBe(1);
    expect(l[1][1]).toBeCloseTo(Math.SQRT2, 14);
    // Σ⁻¹ of [[4,2],[2,3]] is [[3,-2],[-2,4]]/8: for x = (1, 1), xᵀΣ⁻¹x = (3 - 4 + 4)/8
    expect(mahalanobis2([1, 1], [0, 0], l)).toBeCloseTo(3 / 8, 14);
    expect(weightedCovariance([[0, 0], [2, 2], [0, 2], [2, 0]], [1, 1, 1, 1])).toEqual([[1, 0], [0, 1]]);
    // a parameter that does not vary still factors (a small ridge)
    expect(() => cholesky([[1, 0], [0, 0]])).not.toThrow();
  });
});
