import { describe, expect, it } from 'vitest';
import { PILLARS } from '../../../src/domain/vocabulary.js';
import { chooseEffort, expectedReward } from '../../../src/processes/chooseEffort.js';
import type { World } from '../../../src/world/world.js';
import { destinationOf, makeWorld, mean, stateOf, type TestState, type TestWorldSpec } from '../../helpers/world.js';

const effort = (over: Record<string, number> = {}) => ({
  adjustment: 0.3,
  noise: 0,
  incentiveSlope: 5,
  incentiveWeight: 2.5,
  pressureWeight: 1.5,
  willingnessWeight: 0.4,
  costWeight: 1,
  offset: 0.8,
  intrinsicNorm: 0.75,
  ...over,
});

function world(state: Partial<TestState>, spec: Omit<TestWorldSpec, 'states'> = {}, effortOver: Record<string, number> = {}): World {
  return makeWorld({
    ...spec,
    states: [{ id: 'S', willingness: 0.4, adoptionCost: 0.3, resistance: 0, status: 'partner', ...state }],
    params: { ...spec.params, effort: effort(effortOver), partnership: { softContingency: 0.6, conditional: false } },
  });
}

function run(w: World, steps: number): void {
  for (let t = 0; t < steps; t++) {
    w.step = t;
    chooseEffort(w);
  }
}

describe('chooseEffort', () => {
  it('moves effort by `adjustment` of the gap to the target each step (inertia)', () => {
    const w = world({ responsibilisation: 1, willingness: 0.4 }, {}, { adjustment: 0.3, intrinsicNorm: 0.75 });
    const s = stateOf(w, 'S');
    s.standard = 0.2;
    const start = s.effort.border; // 0.5 * willingness
    expect(start).toBeCloseTo(0.2, 12);
    chooseEffort(w);
    const intrinsic = 0.75 + 0.25 * 0.2;
    for (const p of PILLARS) expect(s.effort[p]).toBeCloseTo(start + 0.3 * (intrinsic - start), 12);
  });

  it('with R = 1 effort converges to the intrinsic target whatever the incentives', () => {
    const finals = [0, 1].map((credibility) =>
      [0, 1].map((pressure) => {
        const w = world(
          { responsibilisation: 1, adoptionCost: 0.9, resistance: 0.5 },
          { destination: { credibility, mobilityQuota: 200, developmentFunds: 2 } },
          { intrinsicNorm: 0.6 },
        );
        const s = stateOf(w, 'S');
        s.standard = 0.5;
        s.pressure = pressure;
        run(w, 80);
        return s.effort;
      }),
    );
    for (const e of finals.flat()) {
      for (const p of PILLARS) expect(e[p]).toBeCloseTo(0.6 + 0.4 * 0.5, 6);
    }
  });

  it('the intrinsic target rises with the best practice the state has adopted (its standard)', () => {
    const final = (standard: number) => {
      const w = world({ responsibilisation: 1 }, {}, { intrinsicNorm: 0.5 });
      stateOf(w, 'S').standard = standard;
      run(w, 80);
      return stateOf(w, 'S').effort.border;
    };
    expect(final(0)).toBeCloseTo(0.5, 6);
    expect(final(1)).toBeCloseTo(1, 6);
  });

  it('with R = 0 more expected reward gives more effort', () => {
    const final = (credibility: number) => {
      const w = world({ responsibilisation: 0 }, { destination: { credibility, mobilityQuota: 50, developmentFunds: 1 } });
      run(w, 60);
      return stateOf(w, 'S').effort;
    };
    const low = final(0.1);
    const high = final(0.9);
    for (const p of PILLARS) expect(high[p]).toBeGreaterThan(low[p] + 0.05);
  });

  it('expected reward is credibility x full value x what the status promises, and nothing after withdrawal', () => {
    const w = world({ status: 'partner' }, { destination: { credibility: 0.5, mobilityQuota: 100, developmentFunds: 2 } });
    const s = stateOf(w, 'S');
    const full = destinationOf(w).fullValue;
    expect(expectedReward(w, s)).toBeCloseTo(0.5 * full, 12);
    s.status = 'candidate';
    const candidate = expectedReward(w, s);
    expect(candidate).toBeGreaterThan(0);
    expect(candidate).toBeLessThan(0.5 * full);
    s.status = 'refused';
    expect(expectedReward(w, s)).toBe(0);
    s.status = 'partner';
    w.incentivesStopped = true;
    expect(expectedReward(w, s)).toBe(0);
  });

  it('with R = 0 effort falls back when incentives stop; with R = 1 it persists', () => {
    const afterWithdrawal = (R: number) => {
      const w = world({ responsibilisation: R }, { destination: { credibility: 1, mobilityQuota: 100, developmentFunds: 2 } }, { intrinsicNorm: 0.75 });
      run(w, 60);
      const before = stateOf(w, 'S').effort.border;
      w.incentivesStopped = true;
      run(w, 60);
      return { before, after: stateOf(w, 'S').effort.border };
    };
    const compliant = afterWithdrawal(0);
    expect(compliant.after).toBeLessThan(compliant.before - 0.2);
    const responsible = afterWithdrawal(1);
    expect(responsible.after).toBeCloseTo(responsible.before, 6);
  });

  it('peer pressure raises effort, and adoption cost and resistance lower it (R = 0)', () => {
    const final = (state: Partial<TestState>, pressure = 0) => {
      const w = world({ responsibilisation: 0, ...state }, { destination: { credibility: 0.5 } });
      stateOf(w, 'S').pressure = pressure;
      run(w, 60);
      return stateOf(w, 'S').effort.border;
    };
    const base = final({ adoptionCost: 0.3, resistance: 0 });
    expect(final({ adoptionCost: 0.3, resistance: 0 }, 0.8)).toBeGreaterThan(base + 0.05);
    expect(final({ adoptionCost: 0.9, resistance: 0 })).toBeLessThan(base - 0.05);
    expect(final({ adoptionCost: 0.3, resistance: 0.6 })).toBeLessThan(base - 0.05);
  });

  it('the border pillar gets more effort than mobility when the destination weights border more', () => {
    const w = world(
      { responsibilisation: 0, adoptionCost: 0 },
      { destination: { credibility: 0.8, pillarWeights: { mobility: 0.2, development: 0.2, border: 0.6 } } },
    );
    run(w, 60);
    const e = stateOf(w, 'S').effort;
    expect(e.border).toBeGreaterThan(e.mobility + 0.05);
  });

  it('with equal pillar weights, adoption cost falls on the border pillar (less border effort than mobility)', () => {
    const w = world(
      { responsibilisation: 0, adoptionCost: 0.8 },
      { destination: { credibility: 0.8, pillarWeights: { mobility: 1, development: 1, border: 1 } } },
    );
    run(w, 60);
    const e = stateOf(w, 'S').effort;
    expect(e.border).toBeLessThan(e.mobility - 0.05);
    expect(e.mobility).toBeCloseTo(e.development, 6);
  });

  it('noise makes effort vary around its target but keeps it in [0, 1]', () => {
    const w = world({ responsibilisation: 1 }, {}, { noise: 0.5, intrinsicNorm: 0.75, adjustment: 0.3 });
    const s = stateOf(w, 'S');
    s.standard = 0;
    const seen: number[] = [];
    for (let t = 0; t < 2000; t++) {
      chooseEffort(w);
      for (const p of PILLARS) {
        expect(s.effort[p]).toBeGreaterThanOrEqual(0);
        expect(s.effort[p]).toBeLessThanOrEqual(1);
      }
      seen.push(s.effort.mobility);
    }
    expect(new Set(seen).size).toBeGreaterThan(100);
    // the noisy path still centres on the target (0.75), up to the clamping at 1
    expect(mean(seen)).toBeGreaterThan(0.55);
    expect(mean(seen)).toBeLessThan(0.85);
  });
});
