import { describe, expect, it } from 'vitest';
import { PILLARS } from '../../../src/domain/vocabulary.js';
import { chooseEffort, effortDrive, expectedReward } from '../../../src/processes/chooseEffort.js';
import { VARIANT_SPECS } from '../../../src/variants/index.js';
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
  normWeight: 1.5,
  practiceWeight: 1.5,
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
  it('moves effort by `adjustment` of the gap to the logistic target each step (inertia)', () => {
    const w = world({ responsibilisation: 1, willingness: 0.4, adoptionCost: 0.3, status: 'none' }, { destination: { credibility: 0 } }, { adjustment: 0.3, intrinsicNorm: 0.75, normWeight: 1.5 });
    const s = stateOf(w, 'S');
    s.standard = 0.2;
    const start = s.effort.border; // 0.5 * willingness
    expect(start).toBeCloseTo(0.2, 12);
    chooseEffort(w);
    // no reward (credibility 0), no pressure: drive = W_w W + N_w R a_int - C_w cost_p C - offset
    const intrinsic = 0.75 + 0.25 * 0.2;
    const drive = (pillarCost: number) => 0.4 * 0.4 + 1.5 * 1 * intrinsic - 1 * pillarCost * 0.3 - 0.8;
    const target = (pillarCost: number) => 1 / (1 + Math.exp(-5 * drive(pillarCost)));
    expect(s.effort.border).toBeCloseTo(start + 0.3 * (target(1) - start), 12);
    expect(s.effort.mobility).toBeCloseTo(start + 0.3 * (target(0.3) - start), 12);
  });

  it('the internalised norm enters the drive as normWeight x R x (norm + (1 - norm) x standard)', () => {
    for (const [R, standard] of [[0, 0.5], [0.5, 0], [1, 0.5], [0.3, 1]]) {
      const w = world({ responsibilisation: R, adoptionCost: 0.5, willingness: 0.5, status: 'none' }, { destination: { credibility: 0 } }, { intrinsicNorm: 0.6, normWeight: 2 });
      const s = stateOf(w, 'S');
      s.standard = standard;
      expect(effortDrive(w, s, 'border')).toBeCloseTo(0.4 * 0.5 + 2 * R * (0.6 + 0.4 * standard) - 0.5 - 0.8, 12);
    }
  });

  it('a responsibilised state (R = 1) still cuts effort when the adoption cost is high (not forced by R)', () => {
    const final = (adoptionCost: number) => {
      const w = world({ responsibilisation: 1, adoptionCost, willingness: 0.5, status: 'partner' }, { destination: { credibility: 0 } }, { intrinsicNorm: 0.75, normWeight: 1.5 });
      const s = stateOf(w, 'S');
      s.standard = 0.5;
      run(w, 200);
      return s.effort.border;
    };
    // the steady state is the logistic target: l(5 (0.2 + 1.5 x 0.875 - C - 0.8))
    const closed = (C: number) => 1 / (1 + Math.exp(-5 * (0.4 * 0.5 + 1.5 * 0.875 - C - 0.8)));
    expect(final(0.3)).toBeCloseTo(closed(0.3), 6);
    expect(final(0.95)).toBeCloseTo(closed(0.95), 6);
    expect(final(0.3)).toBeGreaterThan(0.8);
    expect(final(0.95)).toBeLessThan(0.35);
  });

  it('the best practice the state has adopted (its standard) raises effort only through the norm', () => {
    const final = (R: number, standard: number) => {
      const w = world({ responsibilisation: R, status: 'none' }, { destination: { credibility: 0 } }, { intrinsicNorm: 0.5, normWeight: 1.5 });
      stateOf(w, 'S').standard = standard;
      run(w, 200);
      return stateOf(w, 'S').effort.border;
    };
    expect(final(1, 1)).toBeGreaterThan(final(1, 0) + 0.1);
    expect(final(0, 1)).toBeCloseTo(final(0, 0), 12);
  });

  it('under the incentives variant R and peer pressure do not enter effort; rewards do', () => {
    const w = world({ responsibilisation: 1, adoptionCost: 0.5, willingness: 0.5, status: 'partner' }, { destination: { credibility: 0.5, mobilityQuota: 100, developmentFunds: 2 } });
    (w as { variant: World['variant'] }).variant = VARIANT_SPECS.incentives;
    const s = stateOf(w, 'S');
    s.pressure = 0.8;
    const reward = 2.5 * 0.6 * expectedReward(w, s);
    expect(expectedReward(w, s)).toBeGreaterThan(0);
    expect(effortDrive(w, s, 'border')).toBeCloseTo(reward + 0.4 * 0.5 - 0.5 - 0.8, 12);
    s.responsibilisation = 0;
    s.pressure = 0;
    expect(effortDrive(w, s, 'border')).toBeCloseTo(reward + 0.4 * 0.5 - 0.5 - 0.8, 12);
  });

  it('under conditionality a threatened sanction adds to the stake of compliance: the reward term is incentiveWeight x (1 + sanctions) x E[r] (verification)', () => {
    const drive = (sanctions: number) => {
      const w = world({ responsibilisation: 0, adoptionCost: 0.5, willingness: 0.5, status: 'partner' }, { destination: { credibility: 0.5, mobilityQuota: 100, developmentFunds: 2 } });
      w.params.partnership.conditional = true;
      w.params.partnership.sanctions = sanctions;
      const s = stateOf(w, 'S');
      return { drive: effortDrive(w, s, 'border'), reward: expectedReward(w, s) };
    };
    const none = drive(0);
    const half = drive(0.5);
    expect(none.reward).toBeGreaterThan(0);
    expect(half.reward).toBe(none.reward);
    // pressure 0, R 0: the drive is the reward term plus the base
    expect(none.drive).toBeCloseTo(2.5 * 1 * none.reward + 0.4 * 0.5 - 0.5 - 0.8, 12);
    expect(half.drive - none.drive).toBeCloseTo(2.5 * 0.5 * none.reward, 12);
  });

  it('under the transfer variant effort follows the learnt practice (standard), with no ladder rewards', () => {
    const w = world({ responsibilisation: 1, adoptionCost: 0.5, willingness: 0.5, status: 'partner' }, { destination: { credibility: 1, mobilityQuota: 100, developmentFunds: 2 } }, { practiceWeight: 1.5 });
    (w as { variant: World['variant'] }).variant = VARIANT_SPECS.transfer;
    const s = stateOf(w, 'S');
    s.standard = 0.7;
    s.pressure = 0.8;
    expect(expectedReward(w, s)).toBe(0);
    expect(effortDrive(w, s, 'border')).toBeCloseTo(1.5 * 0.7 + 0.4 * 0.5 - 0.5 - 0.8, 12);
    expect(effortDrive(w, s, 'mobility')).toBeCloseTo(1.5 * 0.7 + 0.4 * 0.5 - 0.3 * 0.5 - 0.8, 12);
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

  it('with R = 0 effort falls back when incentives stop; with R = 1 and a low cost it persists', () => {
    const afterWithdrawal = (R: number) => {
      const w = world({ responsibilisation: R, adoptionCost: 0.3 }, { destination: { credibility: 1, mobilityQuota: 100, developmentFunds: 2 } }, { intrinsicNorm: 0.75 });
      stateOf(w, 'S').standard = 0.5;
      run(w, 60);
      const before = stateOf(w, 'S').effort.border;
      w.incentivesStopped = true;
      run(w, 100);
      return { before, after: stateOf(w, 'S').effort.border };
    };
    const compliant = afterWithdrawal(0);
    expect(compliant.after).toBeLessThan(compliant.before - 0.2);
    const responsible = afterWithdrawal(1);
    // l(5 (0.4 x 0.4 + 1.5 x 0.875 - 0.3 - 0.8)): what the norm alone sustains
    expect(responsible.after).toBeCloseTo(1 / (1 + Math.exp(-5 * (0.16 + 1.5 * 0.875 - 0.3 - 0.8))), 6);
    expect(responsible.after).toBeGreaterThan(0.75);
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
    // the noisy path still centres on its target (about 0.7 here), up to the clamping at 1
    expect(mean(seen)).toBeGreaterThan(0.55);
    expect(mean(seen)).toBeLessThan(0.85);
  });
});
