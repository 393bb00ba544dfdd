import { describe, expect, it } from 'vitest';
import { PARTNERSHIP_STATUSES, PILLARS } from '../../../src/domain/vocabulary.js';
import { weightedEffort } from '../../../src/processes/chooseEffort.js';
import { commitmentKept, monitorImplementation } from '../../../src/processes/monitorImplementation.js';
import { signPartnership } from '../../../src/processes/concludePartnership.js';
import type { StateAgent, World } from '../../../src/world/world.js';
import { makeWorld, mean, stateOf, type TestState } from '../../helpers/world.js';

const monitoring = (over: Record<string, number> = {}) => ({
  monitoring: {
    capacityElasticity: 0.5,
    noise: 0.15,
    profileNoiseReduction: 0.7,
    unengagedNoise: 2,
    biasWeight: 1,
    forgetting: 0.03,
    priorMean: 0.3,
    priorPrecision: 4,
    ...over,
  },
});

function setEffort(state: StateAgent, a: number): void {
  for (const p of PILLARS) state.effort[p] = a;
}

function world(states: TestState[], over: Record<string, number> = {}): World {
  return makeWorld({ states, params: monitoring(over) });
}

/** Observations of each state over `n` calls, with effort held fixed. */
function observe(w: World, ids: string[], n: number): Record<string, number[]> {
  const out: Record<string, number[]> = Object.fromEntries(ids.map((id) => [id, []]));
  for (let t = 0; t < n; t++) {
    monitorImplementation(w);
    for (const id of ids) out[id].push(stateOf(w, id).observedPerformance);
  }
  return out;
}

describe('monitorImplementation', () => {
  it('produces true performance y = K^alpha * a', () => {
    const w = world([{ id: 'S', capacity: 0.64, status: 'dialogue' }], { capacityElasticity: 0.5 });
    const s = stateOf(w, 'S');
    setEffort(s, 0.5);
    monitorImplementation(w);
    expect(weightedEffort(w, s)).toBeCloseTo(0.5, 12);
    expect(s.truePerformance).toBeCloseTo(0.8 * 0.5, 12);
  });

  it('moves the belief towards the observation (a precision-weighted average of the two)', () => {
    const w = world([{ id: 'S', capacity: 1, status: 'dialogue' }], { priorMean: 0.3 });
    const s = stateOf(w, 'S');
    setEffort(s, 0.9);
    for (let t = 0; t < 20; t++) {
      const before = s.beliefMean;
      monitorImplementation(w);
      const obs = s.observedPerformance;
      expect(s.beliefMean).toBeGreaterThanOrEqual(Math.min(before, obs) - 1e-12);
      expect(s.beliefMean).toBeLessThanOrEqual(Math.max(before, obs) + 1e-12);
    }
    // after 20 observations of a good performer the belief has left the prior and sits near the truth
    expect(s.beliefMean).toBeGreaterThan(0.75);
    expect(Math.abs(s.beliefMean - s.truePerformance)).toBeLessThan(0.1);
  });

  it('follows the Normal-Normal update with forgetting exactly', () => {
    const w = world([{ id: 'S', capacity: 1, dataQuality: 0, status: 'dialogue' }], {
      noise: 0.2,
      profileNoiseReduction: 0.5,
      forgetting: 0.1,
      priorMean: 0.3,
      priorPrecision: 4,
    });
    const s = stateOf(w, 'S');
    setEffort(s, 0.6);
    monitorImplementation(w);
    const sd = 0.2; // data quality 0, engaged
    const prior = 0.9 * 4;
    const precision = prior + 1 / (sd * sd);
    expect(s.beliefPrecision).toBeCloseTo(precision, 9);
    expect(s.beliefMean).toBeCloseTo((prior * 0.3 + s.observedPerformance / (sd * sd)) / precision, 12);
  });

  it('higher data quality gives observations closer to the truth (over many draws)', () => {
    const w = world(
      [
        { id: 'LOW', capacity: 0.81, dataQuality: 0, status: 'dialogue' },
        { id: 'HIGH', capacity: 0.81, dataQuality: 1, status: 'dialogue' },
      ],
      { noise: 0.15, profileNoiseReduction: 0.7 },
    );
    setEffort(stateOf(w, 'LOW'), 0.5);
    setEffort(stateOf(w, 'HIGH'), 0.5);
    const obs = observe(w, ['LOW', 'HIGH'], 3000);
    const truth = 0.9 * 0.5;
    const rmse = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - truth) ** 2)));
    // expected: 0.15 and 0.15 * (1 - 0.7) = 0.045
    expect(rmse(obs.LOW)).toBeGreaterThan(0.13);
    expect(rmse(obs.LOW)).toBeLessThan(0.17);
    expect(rmse(obs.HIGH)).toBeGreaterThan(0.039);
    expect(rmse(obs.HIGH)).toBeLessThan(0.051);
    // unbiased without political bias
    expect(Math.abs(mean(obs.LOW) - truth)).toBeLessThan(0.01);
  });

  it('sees states outside any dialogue less clearly', () => {
    const w = world(
      [
        { id: 'OUT', capacity: 0.81, dataQuality: 0, status: 'none' },
        { id: 'IN', capacity: 0.81, dataQuality: 0, status: 'partner' },
      ],
      { noise: 0.1, unengagedNoise: 2, profileNoiseReduction: 0.7 },
    );
    setEffort(stateOf(w, 'OUT'), 0.5);
    setEffort(stateOf(w, 'IN'), 0.5);
    const obs = observe(w, ['OUT', 'IN'], 3000);
    const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
    expect(sd(obs.IN)).toBeGreaterThan(0.09);
    expect(sd(obs.IN)).toBeLessThan(0.11);
    expect(sd(obs.OUT)).toBeGreaterThan(0.18);
    expect(sd(obs.OUT)).toBeLessThan(0.22);
  });

  it('counts as monitored (exposure to a technology of performance) only states under a partnership framework', () => {
    const w = world(PARTNERSHIP_STATUSES.map((status) => ({ id: status.toUpperCase(), status })));
    monitorImplementation(w);
    const monitored = w.states.filter((s) => s.monitored).map((s) => s.status).sort();
    expect(monitored).toEqual(['agenda', 'candidate', 'partner']);
  });

  it("shifts observations by the monitor's political bias times biasWeight", () => {
    const shift = (bias: number, biasWeight: number) => {
      const w = world([{ id: 'S', capacity: 0.81, dataQuality: 0.5, politicalBias: bias, status: 'dialogue' }], { noise: 0.1, biasWeight });
      setEffort(stateOf(w, 'S'), 0.5);
      return mean(observe(w, ['S'], 3000).S) - 0.45;
    };
    expect(shift(0.2, 1)).toBeGreaterThan(0.19);
    expect(shift(0.2, 1)).toBeLessThan(0.21);
    expect(shift(-0.2, 1)).toBeGreaterThan(-0.21);
    expect(shift(-0.2, 1)).toBeLessThan(-0.19);
    expect(Math.abs(shift(0.2, 0))).toBeLessThan(0.01);
  });

  it('keeps beliefs in [0, 1] even with a large bias and noise; observations are measurements and may leave it', () => {
    const w = world([{ id: 'S', capacity: 1, dataQuality: 0, politicalBias: 0.5, status: 'none' }], { noise: 2, unengagedNoise: 10 });
    setEffort(stateOf(w, 'S'), 1);
    let outside = 0;
    for (let t = 0; t < 500; t++) {
      monitorImplementation(w);
      const s = stateOf(w, 'S');
      if (s.observedPerformance < 0 || s.observedPerformance > 1) outside++;
      expect(Number.isFinite(s.observedPerformance)).toBe(true);
      expect(s.beliefMean).toBeGreaterThanOrEqual(0);
      expect(s.beliefMean).toBeLessThanOrEqual(1);
    }
    expect(outside).toBeGreaterThan(0);
  });

  it('observes a low performer without upward bias: mean observation of y = 0.05 at sd 0.3 is 0.05, not the 0.15 of a clamped one', () => {
    const w = world([{ id: 'S', capacity: 1, dataQuality: 0, politicalBias: 0, status: 'dialogue' }], { noise: 0.3, biasWeight: 0 });
    setEffort(stateOf(w, 'S'), 0.05);
    let sum = 0;
    const n = 4000;
    for (let t = 0; t < n; t++) {
      monitorImplementation(w);
      sum += stateOf(w, 'S').observedPerformance;
    }
    // standard error 0.3 / sqrt(4000) = 0.0047
    expect(Math.abs(sum / n - 0.05)).toBeLessThan(0.015);
  });

  it('with forgetting, reputation can be lost: the belief follows a collapse in performance faster', () => {
    const beliefAfterCollapse = (forgetting: number) => {
      const w = world([{ id: 'S', capacity: 1, dataQuality: 0.5, status: 'dialogue' }], { noise: 0.15, forgetting });
      const s = stateOf(w, 'S');
      setEffort(s, 0.9);
      for (let t = 0; t < 200; t++) monitorImplementation(w);
      setEffort(s, 0.1);
      for (let t = 0; t < 10; t++) monitorImplementation(w);
      return s.beliefMean;
    };
    const remembers = beliefAfterCollapse(0);
    const forgets = beliefAfterCollapse(0.2);
    // no forgetting: 200 good observations outweigh 10 bad ones
    expect(remembers).toBeGreaterThan(0.7);
    expect(forgets).toBeLessThan(0.3);
  });

  describe('judged against its commitments', () => {
    it('a partner keeping its commitments on every pillar has k = 1; a shortfall counts effort / commitment, pillar-weighted', () => {
      const w = world([{ id: 'P', status: 'candidate', capacity: 1 }], { noise: 0, commitmentWeight: 1 });
      const p = stateOf(w, 'P');
      setEffort(p, 0.4);
      signPartnership(w, p);
      // commitments: 0.4 + margin on every pillar
      const c = w.partnerships[0].commitments;
      for (const pillar of PILLARS) expect(c[pillar]).toBeCloseTo(0.4 + w.params.partnership.commitmentMargin, 12);
      setEffort(p, 0.9);
      expect(commitmentKept(w, p)).toBe(1);
      p.effort = { mobility: 0.25, development: c.development, border: c.border / 2 };
      // pillar weights 0.2 / 0.2 / 0.6
      const expected = (0.2 * (0.25 / c.mobility) + 0.2 * 1 + 0.6 * 0.5) / 1;
      expect(commitmentKept(w, p)).toBeCloseTo(expected, 12);
      monitorImplementation(w);
      // K = 1, no noise, no bias, judged on commitments alone
      expect(p.truePerformance).toBeCloseTo(expected, 12);
      expect(p.observedPerformance).toBeCloseTo(expected, 4);
    });

    it('mixes effort and commitments by commitmentWeight; 0 judges effort alone, and a state without a partnership is judged on effort', () => {
      const judged = (commitmentWeight: number, status: 'partner' | 'candidate') => {
        const w = world([{ id: 'P', status: 'candidate', capacity: 0.64 }], { noise: 0, commitmentWeight });
        const p = stateOf(w, 'P');
        setEffort(p, 0.3);
        if (status === 'partner') signPartnership(w, p);
        setEffort(p, 0.2);
        monitorImplementation(w);
        return { y: p.truePerformance, a: weightedEffort(w, p), k: p.commitmentKept };
      };
      const zero = judged(0, 'partner');
      expect(zero.y).toBeCloseTo(0.8 * zero.a, 12);
      const half = judged(0.5, 'partner');
      expect(half.k).toBeCloseTo(0.2 / (0.3 + 0.1), 12);
      expect(half.y).toBeCloseTo(0.8 * (0.5 * half.a + 0.5 * half.k), 12);
      const candidate = judged(1, 'candidate');
      expect(candidate.k).toBeNaN();
      expect(candidate.y).toBeCloseTo(0.8 * candidate.a, 12);
    });
  });
});
