/**
 * The law-of-total-variance split of a paired difference over posterior draws, against a
 * planted two-level model D_dr = μ + b_d + e_dr, b_d ~ N(0, τ²), e_dr ~ N(0, σ²), whose
 * parameter part (τ²) and Monte Carlo part (σ²) are known; and against a hand-computed case.
 */
import { describe, expect, it } from 'vitest';
import { createStream } from '../../../src/engine/random.js';
import { posteriorVariance } from '../../../src/analysis/posteriorVariance.js';

describe('posteriorVariance', () => {
  it('matches a hand computation', () => {
    const v = posteriorVariance([[1, 3], [5, 7]]);
    expect(v.mean).toBe(4);
    expect(v.mcVariance).toBe(2); // (1 + 1 + 1 + 1) / (1 + 1)
    expect(v.parameterVariance).toBe(7); // s² of (2, 6) = 8, less 2 / 2
    expect(v.totalVariance).toBe(9);
    // t(0.975, 1) = 12.7062; s_m/√M = 2
    expect(v.meanInterval!.high - 4).toBeCloseTo(12.7062047 * 2, 5);
    expect(v.effectInterval!.high - 4).toBeCloseTo(12.7062047 * Math.sqrt(7 + 4), 5);
  });

  it('recovers the two parts of a planted two-level model, on average over 400 data sets', () => {
    const rng = createStream(3, 'two-level');
    const tau2 = 0.04;
    const sigma2 = 0.09;
    const M = 20;
    const R = 6;
    let mc = 0;
    let param = 0;
    let covered = 0;
    const sets = 400;
    for (let s = 0; s < sets; s++) {
      const byDraw = Array.from({ length: M }, () => {
        const b = Math.sqrt(tau2) * rng.normal();
        return Array.from({ length: R }, () => 0.5 + b + Math.sqrt(sigma2) * rng.normal());
      });
      const v = posteriorVariance(byDraw);
      mc += v.mcVariance! / sets;
      param += v.parameterVariance! / sets;
      if (v.meanInterval!.low <= 0.5 && 0.5 <= v.meanInterval!.high) covered++;
    }
    // σ²_mc is unbiased: sd of its mean over the sets ≈ σ² √(2/(M(R−1))) / √sets ≈ 0.0006
    expect(Math.abs(mc - sigma2)).toBeLessThan(0.003);
    // σ²_θ is unbiased but for the truncation at 0 (rare here: E s²_m = τ² + σ²/R = 0.055)
    expect(Math.abs(param - tau2)).toBeLessThan(0.004);
    // the mean's interval covers μ about 95% of the time
    expect(covered / sets).toBeGreaterThan(0.92);
    expect(covered / sets).toBeLessThan(0.98);
  });

  it('gives no parameter part without two draws, and no Monte Carlo part without two replicates', () => {
    expect(posteriorVariance([[1, 2, 3]]).parameterVariance).toBeUndefined();
    expect(posteriorVariance([[1, 2, 3]]).mcVariance).toBe(1);
    const single = posteriorVariance([[1], [2], [4]]);
    expect(single.mcVariance).toBeUndefined();
    expect(single.meanInterval).toBeDefined();
    expect(posteriorVariance([[NaN], []]).draws).toBe(0);
  });
});
