/**
 * Morris measures against values computed independently.
 *
 * The Ishigami function on the default 4-level grid (levels −π, −π/3, π/3, π; Δ = 2/3 of
 * the range, i.e. two grid intervals) has elementary effects that can be worked out
 * exactly: every step of x2 moves sin² x2 between 0 and 3/4, so |EE2| = 7·(3/4)/(2/3) =
 * 7.875 always; every step of x1 moves sin x1 by +√3/2 in the direction of the step, so
 * EE1 = (√3/2)(1 + 0.1·x3⁴)/(2/3) > 0 with x3⁴ equally often π⁴ or (π/3)⁴; every step of
 * x3 moves x3⁴ by π⁴ − (π/3)⁴ and |sin x1| is √3/2 or 0 equally often. Hence
 *
 *   mu*_1 = mu_1 = (3√3/4)(1 + 0.05(π⁴ + (π/3)⁴)) ≈ 7.70,
 *   mu*_2 = 7.875,  mu_2 → 0,
 *   mu*_3 = 0.1 (π⁴ − (π/3)⁴)(3/2)(√3/4) ≈ 6.25,
 *
 * so mu* ranks x2 > x1 > x3 on this grid (SALib's Ishigami example reports mu*_2 = 7.875
 * too), while the Sobol total indices rank x1 > x2 > x3: the two measures answer
 * different questions, and x1 and x2 are close in mu*.
 */
import { describe, expect, it } from 'vitest';
import { elementaryEffects, morrisIndices, type MorrisStep } from '../../../src/analysis/morrisEffects.js';
import { designPoints } from '../../../src/experiments/designs/index.js';
import { createStream } from '../../../src/engine/random.js';
import { ishigami, ISHIGAMI_RANGES } from './ishigami.js';

const boot = (name: string) => ({ resamples: 2000, level: 0.95, random: createStream(3, name).next });

const PI4 = Math.PI ** 4;
const PI4_9 = (Math.PI / 3) ** 4;
const MU_STAR = [((3 * Math.sqrt(3)) / 4) * (1 + 0.05 * (PI4 + PI4_9)), 7.875, 0.1 * (PI4 - PI4_9) * 1.5 * (Math.sqrt(3) / 4)];

function trajectories(samples: number, seed: number): MorrisStep[][] {
  const points = designPoints('morris', ISHIGAMI_RANGES, { samples, seed });
  const out: MorrisStep[][] = [];
  for (const p of points) {
    const step: MorrisStep = { changed: String(p.role.changed), delta: Number(p.role.delta), output: ishigami(p.values.x1, p.values.x2, p.values.x3) };
    if (p.role.step === 0) out.push([step]);
    else out[out.length - 1].push(step);
  }
  return out;
}

describe('morrisIndices', () => {
  it('the closed-form reference values', () => {
    expect(MU_STAR.map((x) => Number(x.toFixed(3)))).toEqual([7.704, 7.875, 6.249]);
  });

  it('reproduces the Ishigami mu* within their bootstrap intervals (2000 trajectories)', () => {
    const result = morrisIndices(trajectories(2000, 11), ['x1', 'x2', 'x3'], boot('ishigami'));
    expect(result.map((r) => r.r)).toEqual([2000, 2000, 2000]);
    for (const i of [0, 2]) {
      expect(result[i].muStarInterval!.low).toBeLessThanOrEqual(MU_STAR[i]);
      expect(result[i].muStarInterval!.high).toBeGreaterThanOrEqual(MU_STAR[i]);
    }
    // x2's effects all have the same size: mu* is exact, its interval a point
    expect(result[1].muStar).toBeCloseTo(7.875, 8);
    expect(result[1].sigma).toBeCloseTo(7.875, 0);
    // x1's effects are all positive: mu = mu*
    expect(result[0].mu).toBeCloseTo(result[0].muStar!, 10);
    expect(Math.abs(result[1].mu!)).toBeLessThan(1);
  });

  it('ranks x2 > x1 > x3 by mu*, as the reference values do, once r resolves x1 from x2 (20000 trajectories)', () => {
    // mu*_2 − mu*_1 ≈ 0.17 while the sd of |EE1| is ≈ 6.25: with r = 1000 the standard error
    // of mu*_1 is ≈ 0.2 and the order of x1 and x2 depends on the seed; with r = 20000 it is ≈ 0.044.
    const result = morrisIndices(trajectories(20000, 5), ['x1', 'x2', 'x3'], { ...boot('ranking'), resamples: 50 });
    const muStar = result.map((r) => r.muStar!);
    expect(muStar[1]).toBeGreaterThan(muStar[0]);
    expect(muStar[0]).toBeGreaterThan(muStar[2]);
    muStar.forEach((m, i) => expect(Math.abs(m - MU_STAR[i])).toBeLessThan(0.15));
  });

  it('computes effects, mu, mu* and sigma on a hand-computed case', () => {
    // trajectory 1: f = 1 → 2 (x by +0.5) → 0 (y by −0.5): EE_x = 2, EE_y = 4
    // trajectory 2: f = 3 → 2 (y by +0.5) → 4 (x by −0.5): EE_y = −2, EE_x = −4
    const t1: MorrisStep[] = [{ changed: '', delta: 0, output: 1 }, { changed: 'x', delta: 0.5, output: 2 }, { changed: 'y', delta: -0.5, output: 0 }];
    const t2: MorrisStep[] = [{ changed: '', delta: 0, output: 3 }, { changed: 'y', delta: 0.5, output: 2 }, { changed: 'x', delta: -0.5, output: 4 }];
    expect(elementaryEffects(t1)).toEqual([{ parameter: 'x', effect: 2 }, { parameter: 'y', effect: 4 }]);
    const [x, y] = morrisIndices([t1, t2], ['x', 'y'], boot('hand'));
    expect(x).toMatchObject({ parameter: 'x', r: 2, mu: -1, muStar: 3 });
    expect(x.sigma).toBeCloseTo(Math.sqrt(18), 12); // sample sd of (2, −4)
    expect(y).toMatchObject({ parameter: 'y', r: 2, mu: 1, muStar: 3 });
    expect(y.sigma).toBeCloseTo(Math.sqrt(18), 12);
  });

  it('skips the effects of a missing output and leaves sigma undefined with r < 2', () => {
    const t: MorrisStep[] = [{ changed: '', delta: 0, output: 1 }, { changed: 'x', delta: 0.5, output: NaN }, { changed: 'y', delta: 0.5, output: 2 }];
    const [x, y] = morrisIndices([t], ['x', 'y'], boot('missing'));
    expect(x).toEqual({ parameter: 'x', r: 0 });
    expect(y.r).toBe(0);
    const one = morrisIndices([[{ changed: '', delta: 0, output: 1 }, { changed: 'x', delta: 0.5, output: 2 }]], ['x'], boot('one'));
    expect(one[0]).toMatchObject({ r: 1, mu: 2, muStar: 2, sigma: undefined, muStarInterval: undefined });
  });
});
