import { describe, expect, it } from 'vitest';
import { PILLARS } from '../../../src/domain/vocabulary.js';
import { accumulateResistance } from '../../../src/processes/accumulateResistance.js';
import { MAX_INSTITUTIONS, type StateAgent, type World } from '../../../src/world/world.js';
import { destinationOf, makeWorld, stateOf, type TestState } from '../../helpers/world.js';

const params = (
  resistance: Partial<Record<string, number>> = {},
  institutions: Partial<Record<string, number>> = {},
  shaming = 0.04,
) => ({
  resistance: {
    decay: 0.1,
    exitWeight: 0.04,
    readmissionWeight: 10,
    unkeptWeight: 0.08,
    costWeight: 0.03,
    willingnessErosion: 0.02,
    suspendThreshold: 0.6,
    resumeThreshold: 0.3,
    ...resistance,
  },
  institutions: { institutionHazard: 0.08, restrictionAdjustment: 0.05, detentionAdjustment: 0.05, ...institutions },
  benchmarking: { shaming },
});

/** No inflow at all: only decay acts on resistance. */
const quiet = { exitWeight: 0, readmissionWeight: 0, unkeptWeight: 0, costWeight: 0 };

function world(states: TestState[], p: ReturnType<typeof params> = params()): World {
  return makeWorld({ states, params: p });
}

function setBorder(s: StateAgent, a: number): void {
  for (const p of PILLARS) s.effort[p] = a;
}

describe('accumulateResistance', () => {
  it('suspends a partnership when resistance passes the threshold and resumes it below the lower one (hysteresis)', () => {
    const w = world([{ id: 'S', status: 'partner', adoptionCost: 0 }], params({ ...quiet, decay: 0.1, suspendThreshold: 0.6, resumeThreshold: 0.3 }));
    const s = stateOf(w, 'S');
    s.resistance = 0.65; // decays to 0.585: not above 0.6
    w.step = 1;
    accumulateResistance(w);
    expect(s.status).toBe('partner');

    s.resistance = 0.7; // decays to 0.63 > 0.6
    w.step = 2;
    accumulateResistance(w);
    expect(s.status).toBe('suspended');
    expect(s.statusSince).toBe(2);

    // between the thresholds it stays suspended while resistance decays ...
    const path: string[] = [];
    for (let t = 3; t < 40; t++) {
      w.step = t;
      accumulateResistance(w);
      path.push(`${s.status}:${s.resistance < 0.3 ? 'low' : 'high'}`);
    }
    // ... and resumes at the first step on which resistance is below 0.3
    const resumed = path.indexOf('partner:low');
    expect(resumed).toBeGreaterThan(0);
    expect(path.slice(0, resumed).every((x) => x === 'suspended:high')).toBe(true);
    expect(s.status).toBe('partner');
  });

  it('only partners are suspended', () => {
    const w = world(
      [
        { id: 'C', status: 'candidate', resistance: 1 },
        { id: 'D', status: 'dialogue', resistance: 1 },
      ],
      params({ ...quiet, decay: 0, suspendThreshold: 0.6 }),
    );
    accumulateResistance(w);
    expect(stateOf(w, 'C').status).toBe('candidate');
    expect(stateOf(w, 'D').status).toBe('dialogue');
  });

  it('decays without inflow: Z(t+1) = (1 - decay) Z(t)', () => {
    const w = world([{ id: 'S', resistance: 0.5, adoptionCost: 0 }], params({ ...quiet, decay: 0.1 }));
    accumulateResistance(w);
    expect(stateOf(w, 'S').resistance).toBeCloseTo(0.45, 12);
  });

  it('exit restriction rises with R * K * border effort, towards that product', () => {
    const w = world(
      [
        { id: 'RESP', responsibilisation: 1, capacity: 0.8, emigrationRestriction: 0, detentionCapacity: 0 },
        { id: 'LAX', responsibilisation: 0, capacity: 0.8, emigrationRestriction: 0, detentionCapacity: 0 },
        { id: 'WEAK', responsibilisation: 1, capacity: 0.2, emigrationRestriction: 0, detentionCapacity: 0 },
      ],
      params({}, { restrictionAdjustment: 0.05, detentionAdjustment: 0.1, institutionHazard: 0 }),
    );
    for (const id of ['RESP', 'LAX', 'WEAK']) setBorder(stateOf(w, id), 0.9);
    accumulateResistance(w);
    expect(stateOf(w, 'RESP').emigrationRestriction).toBeCloseTo(0.05 * 1 * 0.8 * 0.9, 12);
    expect(stateOf(w, 'RESP').detentionCapacity).toBeCloseTo(0.1 * 1 * 0.8 * 0.9, 12);
    for (let t = 0; t < 300; t++) {
      for (const id of ['RESP', 'LAX', 'WEAK']) setBorder(stateOf(w, id), 0.9);
      accumulateResistance(w);
    }
    expect(stateOf(w, 'RESP').emigrationRestriction).toBeCloseTo(0.72, 4);
    expect(stateOf(w, 'RESP').detentionCapacity).toBeCloseTo(0.72, 4);
    expect(stateOf(w, 'WEAK').emigrationRestriction).toBeCloseTo(0.18, 4);
    expect(stateOf(w, 'LAX').emigrationRestriction).toBe(0);
  });

  it('exit restriction relaxes when border effort falls', () => {
    const w = world([{ id: 'S', responsibilisation: 1, capacity: 1, emigrationRestriction: 0.8 }], params({}, { restrictionAdjustment: 0.1, institutionHazard: 0 }));
    setBorder(stateOf(w, 'S'), 0.2);
    accumulateResistance(w);
    expect(stateOf(w, 'S').emigrationRestriction).toBeCloseTo(0.8 + 0.1 * (0.2 - 0.8), 12);
  });

  it('adds institutions with hazard institutionHazard * R * K, never beyond the maximum (over many draws)', () => {
    const w = world(
      [
        { id: 'HI', responsibilisation: 1, capacity: 1 },
        { id: 'MID', responsibilisation: 0.5, capacity: 0.8 },
        { id: 'ZERO', responsibilisation: 0, capacity: 1 },
      ],
      params({}, { institutionHazard: 0.5 }),
    );
    let hi = 0;
    let mid = 0;
    const n = 4000;
    for (let t = 0; t < n; t++) {
      stateOf(w, 'HI').institutions = 0;
      stateOf(w, 'MID').institutions = 0;
      accumulateResistance(w);
      hi += stateOf(w, 'HI').institutions;
      mid += stateOf(w, 'MID').institutions;
    }
    expect(hi / n).toBeGreaterThan(0.47);
    expect(hi / n).toBeLessThan(0.53);
    expect(mid / n).toBeGreaterThan(0.17);
    expect(mid / n).toBeLessThan(0.23);
    const zero = stateOf(w, 'ZERO');
    expect(zero.institutions).toBe(Math.floor(1 * 0.4 * MAX_INSTITUTIONS));
    for (let t = 0; t < 100; t++) accumulateResistance(w);
    expect(stateOf(w, 'HI').institutions).toBe(MAX_INSTITUTIONS);
  });

  it('is fed by exit restriction, forced returns, shaming, unkept promises and the cost of border effort', () => {
    const base = params({ decay: 0, exitWeight: 0.04, readmissionWeight: 10, unkeptWeight: 0.08, costWeight: 0.03, willingnessErosion: 0 }, { restrictionAdjustment: 0, detentionAdjustment: 0, institutionHazard: 0 }, 0.05);
    const w = world(
      [
        { id: 'NONE', adoptionCost: 0.5, sovereigntySensitivity: 0.5 },
        { id: 'EXIT', adoptionCost: 0.5, sovereigntySensitivity: 0.5, emigrationRestriction: 0.5 },
        { id: 'READ', adoptionCost: 0.5, sovereigntySensitivity: 0.5 },
        { id: 'SHAM', adoptionCost: 0.5, sovereigntySensitivity: 0.5 },
        { id: 'UNKE', adoptionCost: 0.5, sovereigntySensitivity: 0.5 },
        { id: 'COST', adoptionCost: 0.5, sovereigntySensitivity: 0.5 },
      ],
      base,
    );
    for (const s of w.states) setBorder(s, 0);
    setBorder(stateOf(w, 'COST'), 1);
    stateOf(w, 'READ').readmissions = 10;
    stateOf(w, 'READ').migrantsOf = 1000;
    stateOf(w, 'SHAM').shamed = true;
    stateOf(w, 'UNKE').unkept = 0.5;
    accumulateResistance(w);
    const Z = (id: string) => stateOf(w, id).resistance;
    expect(Z('NONE')).toBe(0);
    expect(Z('EXIT')).toBeCloseTo(0.04 * 0.5, 12);
    expect(Z('READ')).toBeCloseTo(10 * 0.01, 12);
    expect(Z('SHAM')).toBeCloseTo(0.05 * 0.5, 12);
    expect(Z('UNKE')).toBeCloseTo(0.08 * 0.5, 12);
    expect(Z('COST')).toBeCloseTo(0.03 * 0.5 * 1, 12);
  });

  it('is fed by a sanction borne: sanctionWeight x sovereignty sensitivity x the share of the full-partner value withdrawn (verification)', () => {
    const base = params({ ...quiet, decay: 0, willingnessErosion: 0, sanctionWeight: 0.2 }, { restrictionAdjustment: 0, detentionAdjustment: 0, institutionHazard: 0 }, 0);
    const w = world(
      [
        { id: 'PAID', adoptionCost: 0, sovereigntySensitivity: 0.8 },
        { id: 'SANC', adoptionCost: 0, sovereigntySensitivity: 0.8 },
        { id: 'SOFT', adoptionCost: 0, sovereigntySensitivity: 0.25 },
      ],
      base,
    );
    for (const s of w.states) setBorder(s, 0);
    const full = destinationOf(w).fullValue;
    expect(full).toBeGreaterThan(0);
    stateOf(w, 'PAID').incentives = 0.5 * full; // rewards delivered: no sanction
    stateOf(w, 'SANC').incentives = -0.25 * full; // a quarter of the full value withdrawn
    stateOf(w, 'SOFT').incentives = -0.25 * full;
    accumulateResistance(w);
    expect(stateOf(w, 'PAID').resistance).toBe(0);
    expect(stateOf(w, 'SANC').resistance).toBeCloseTo(0.2 * 0.8 * 0.25, 12);
    expect(stateOf(w, 'SOFT').resistance).toBeCloseTo(0.2 * 0.25 * 0.25, 12);
  });

  it('erodes willingness in proportion to resistance', () => {
    const w = world([{ id: 'S', willingness: 0.6, resistance: 0.5, adoptionCost: 0 }], params({ ...quiet, decay: 0, willingnessErosion: 0.1 }));
    accumulateResistance(w);
    expect(stateOf(w, 'S').willingness).toBeCloseTo(0.6 - 0.1 * 0.5 * 0.6, 12);
  });

  it('keeps resistance in [0, 1] under the largest inflows', () => {
    const w = world(
      [{ id: 'S', adoptionCost: 1, sovereigntySensitivity: 1, emigrationRestriction: 1 }],
      params({ decay: 0, exitWeight: 1, readmissionWeight: 1000, unkeptWeight: 1, costWeight: 1, willingnessErosion: 1 }, {}, 1),
    );
    const s = stateOf(w, 'S');
    setBorder(s, 1);
    s.readmissions = 500;
    s.migrantsOf = 1000;
    s.shamed = true;
    s.unkept = 10;
    accumulateResistance(w);
    expect(s.resistance).toBe(1);
    expect(s.willingness).toBeGreaterThanOrEqual(0);
  });
});
