import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTNERSHIP_STATUSES } from '../../../src/domain/vocabulary.js';
import { weightedEffort } from '../../../src/processes/chooseEffort.js';
import { exposed, internaliseNorms, practice, recognition } from '../../../src/processes/internaliseNorms.js';
import { VARIANT_SPECS } from '../../../src/variants/index.js';
import type { StateAgent, World } from '../../../src/world/world.js';
import { destinationOf, makeWorld, stateOf, type TestState } from '../../helpers/world.js';

type Rates = {
  agencyRate: number;
  performanceRate: number;
  pressureRate: number;
  sovereigntyDamping: number;
  resistanceErosion: number;
  costErosion: number;
  crowdingOut: number;
  practiceRate: number;
  recognitionRate: number;
  forgetting: number;
};

const rates = (over: Partial<Rates> = {}): Rates => ({
  agencyRate: 0.02,
  performanceRate: 0.01,
  pressureRate: 0.02,
  sovereigntyDamping: 0.6,
  resistanceErosion: 0.05,
  costErosion: 0.02,
  crowdingOut: 0,
  practiceRate: 0,
  recognitionRate: 0,
  forgetting: 0,
  ...over,
});

function world(states: TestState[], over: Partial<Rates> = {}): World {
  return makeWorld({ states, params: { responsibilisation: rates(over) } });
}

function expose(s: StateAgent, on: boolean): void {
  s.attended = s.profiled = s.monitored = s.ranked = s.trained = on;
}

describe('internaliseNorms', () => {
  it('raises R with exposure to the technologies of agency and performance, by the stated equation', () => {
    const w = world(
      [
        { id: 'EXP', status: 'dialogue', responsibilisation: 0.2, sovereigntySensitivity: 0, adoptionCost: 0 },
        { id: 'NOT', status: 'dialogue', responsibilisation: 0.2, sovereigntySensitivity: 0, adoptionCost: 0 },
      ],
      { agencyRate: 0.02, performanceRate: 0.01, pressureRate: 0.02 },
    );
    const exposed = stateOf(w, 'EXP');
    exposed.attended = true; // agency 1
    exposed.monitored = exposed.ranked = true; // performance 1
    exposed.pressure = 0.5;
    internaliseNorms(w);
    expect(exposed.responsibilisation).toBeCloseTo(0.2 + 0.8 * (0.02 * 1 + 0.01 * 1 + 0.02 * 0.5), 12);
    expect(stateOf(w, 'NOT').responsibilisation).toBe(0.2);
  });

  it('rises more with more exposure, and a partner’s signed declaration counts as exposure', () => {
    const w = world(
      [
        { id: 'NONE', status: 'dialogue', sovereigntySensitivity: 0, adoptionCost: 0 },
        { id: 'ONE', status: 'dialogue', sovereigntySensitivity: 0, adoptionCost: 0 },
        { id: 'ALL', status: 'dialogue', sovereigntySensitivity: 0, adoptionCost: 0 },
        { id: 'PARTNER', status: 'partner', sovereigntySensitivity: 0, adoptionCost: 0 },
      ],
    );
    stateOf(w, 'ONE').attended = true;
    expose(stateOf(w, 'ALL'), true);
    for (let t = 0; t < 10; t++) internaliseNorms(w);
    const R = (id: string) => stateOf(w, id).responsibilisation;
    expect(R('NONE')).toBe(0);
    expect(R('ONE')).toBeGreaterThan(0);
    expect(R('ALL')).toBeGreaterThan(R('ONE'));
    expect(R('PARTNER')).toBeGreaterThan(0);
  });

  it('is slow: it approaches 1 only with room to grow (1 - R)', () => {
    const w = world([{ id: 'S', status: 'partner', sovereigntySensitivity: 0, adoptionCost: 0, responsibilisation: 0.9 }]);
    const s = stateOf(w, 'S');
    expose(s, true);
    internaliseNorms(w);
    const first = s.responsibilisation - 0.9;
    s.responsibilisation = 0.1;
    internaliseNorms(w);
    const early = s.responsibilisation - 0.1;
    expect(early).toBeCloseTo(9 * first, 12);
  });

  it('sovereignty-sensitive states internalise less', () => {
    const w = world(
      [
        { id: 'OPEN', status: 'dialogue', sovereigntySensitivity: 0, adoptionCost: 0 },
        { id: 'SOV', status: 'dialogue', sovereigntySensitivity: 1, adoptionCost: 0 },
      ],
      { sovereigntyDamping: 0.6 },
    );
    expose(stateOf(w, 'OPEN'), true);
    expose(stateOf(w, 'SOV'), true);
    internaliseNorms(w);
    expect(stateOf(w, 'SOV').responsibilisation).toBeCloseTo(0.4 * stateOf(w, 'OPEN').responsibilisation, 12);
  });

  it('erodes with resistance', () => {
    const w = world([{ id: 'S', status: 'none', responsibilisation: 0.6, resistance: 0.8, adoptionCost: 0 }], { resistanceErosion: 0.05 });
    internaliseNorms(w);
    expect(stateOf(w, 'S').responsibilisation).toBeCloseTo(0.6 - 0.6 * 0.05 * 0.8, 12);
  });

  it('erodes with adoption cost only while engaged', () => {
    const w = world(
      [
        { id: 'ENG', status: 'dialogue', responsibilisation: 0.5, adoptionCost: 1, resistance: 0 },
        { id: 'OUT', status: 'none', responsibilisation: 0.5, adoptionCost: 1, resistance: 0 },
      ],
      { costErosion: 0.02 },
    );
    internaliseNorms(w);
    expect(stateOf(w, 'ENG').responsibilisation).toBeCloseTo(0.5 - 0.5 * 0.02, 12);
    expect(stateOf(w, 'OUT').responsibilisation).toBe(0.5);
  });

  it('crowding-out lowers R when explicit rewards are high, and only when it is on', () => {
    const final = (crowdingOut: number, rewardShare: number) => {
      const w = world([{ id: 'S', status: 'partner', responsibilisation: 0.5, adoptionCost: 0, sovereigntySensitivity: 0 }], { crowdingOut });
      const s = stateOf(w, 'S');
      for (let t = 0; t < 20; t++) {
        expose(s, true);
        s.incentives = rewardShare * destinationOf(w).fullValue;
        internaliseNorms(w);
      }
      return s.responsibilisation;
    };
    expect(final(0.05, 1)).toBeLessThan(final(0.05, 0) - 0.05);
    expect(final(0, 1)).toBe(final(0, 0));
    // sanctions (negative incentives) are not rewards: no crowding-out
    expect(final(0.05, -0.5)).toBe(final(0.05, 0));
  });

  it('grows with practice: an engaged state gains r_d x its pillar-weighted effort (doing feeds believing)', () => {
    const w = world(
      [
        { id: 'DOER', status: 'partner', responsibilisation: 0.2, sovereigntySensitivity: 0.5, adoptionCost: 0 },
        { id: 'OUT', status: 'none', responsibilisation: 0.2, sovereigntySensitivity: 0.5, adoptionCost: 0 },
      ],
      { practiceRate: 0.05, agencyRate: 0, sovereigntyDamping: 0.6 },
    );
    const doer = stateOf(w, 'DOER');
    doer.effort = { mobility: 0.2, development: 0.4, border: 0.9 };
    const a = weightedEffort(w, doer);
    // pillar weights 0.2, 0.2, 0.6 of the test destination
    expect(a).toBeCloseTo((0.2 * 0.2 + 0.2 * 0.4 + 0.6 * 0.9) / 1, 12);
    expect(practice(w, doer)).toBeCloseTo(a, 12);
    stateOf(w, 'OUT').effort = { mobility: 1, development: 1, border: 1 };
    expect(practice(w, stateOf(w, 'OUT'))).toBe(0);
    internaliseNorms(w);
    expect(doer.responsibilisation).toBeCloseTo(0.2 + 0.8 * (1 - 0.6 * 0.5) * 0.05 * a, 12);
    expect(stateOf(w, 'OUT').responsibilisation).toBe(0.2);
  });

  it('grows with peer recognition: 1 at the top grade of a table, 0.5 at the second, nothing below or unranked', () => {
    const grades = [1, 2, 3, 4];
    const w = world(
      [...grades.map((g) => ({ id: `G${g}`, status: 'dialogue' as const, responsibilisation: 0.4, sovereigntySensitivity: 0, adoptionCost: 0 })), { id: 'UNRANKED', status: 'dialogue', responsibilisation: 0.4, sovereigntySensitivity: 0, adoptionCost: 0 }],
      { recognitionRate: 0.1, performanceRate: 0, practiceRate: 0 },
    );
    for (const g of grades) {
      const s = stateOf(w, `G${g}`);
      s.grade = g;
      s.ranked = true;
    }
    stateOf(w, 'UNRANKED').grade = 1; // a lapsed grade, not ranked this step
    expect(grades.map((g) => recognition(stateOf(w, `G${g}`)))).toEqual([1, 0.5, 0, 0]);
    expect(recognition(stateOf(w, 'UNRANKED'))).toBe(0);
    internaliseNorms(w);
    expect(stateOf(w, 'G1').responsibilisation).toBeCloseTo(0.4 + 0.6 * 0.1, 12);
    expect(stateOf(w, 'G2').responsibilisation).toBeCloseTo(0.4 + 0.6 * 0.05, 12);
    expect(stateOf(w, 'G3').responsibilisation).toBe(0.4);
  });

  it('forgets slowly, R <- R(1 - f), in a step in which no technology reaches the state, and only then', () => {
    const w = world(
      [
        { id: 'ALONE', status: 'partner', responsibilisation: 0.6, sovereigntySensitivity: 0, adoptionCost: 0 },
        { id: 'SEEN', status: 'partner', responsibilisation: 0.6, sovereigntySensitivity: 0, adoptionCost: 0 },
      ],
      { forgetting: 0.01, agencyRate: 0, performanceRate: 0 },
    );
    stateOf(w, 'SEEN').monitored = true;
    expect(exposed(stateOf(w, 'ALONE'))).toBe(false);
    expect(exposed(stateOf(w, 'SEEN'))).toBe(true);
    for (let t = 0; t < 10; t++) internaliseNorms(w);
    expect(stateOf(w, 'ALONE').responsibilisation).toBeCloseTo(0.6 * Math.pow(0.99, 10), 12);
    expect(stateOf(w, 'SEEN').responsibilisation).toBe(0.6);
  });

  it('does nothing under the incentives and transfer variants (R keeps its value)', () => {
    for (const name of ['incentives', 'transfer'] as const) {
      const w = world([{ id: 'S', status: 'partner', responsibilisation: 0.3, sovereigntySensitivity: 0, adoptionCost: 0.5, resistance: 0.5 }], { forgetting: 0.05, practiceRate: 0.05 });
      (w as { variant: World['variant'] }).variant = VARIANT_SPECS[name];
      const s = stateOf(w, 'S');
      s.pressure = 1;
      expose(s, true);
      internaliseNorms(w);
      expect(s.responsibilisation).toBe(0.3);
    }
  });

  it('stays in [0, 1]; rises without erosion and falls without growth (property)', () => {
    const w = world([{ id: 'S' }]);
    const s = stateOf(w, 'S');
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({
          R: unit,
          status: fc.constantFrom(...PARTNERSHIP_STATUSES),
          exposures: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
          pressure: unit,
          resistance: unit,
          incentives: fc.double({ min: -5, max: 5, noNaN: true }),
          rates: fc.record({
            agencyRate: unit,
            performanceRate: unit,
            pressureRate: unit,
            sovereigntyDamping: unit,
            resistanceErosion: unit,
            costErosion: unit,
            crowdingOut: unit,
            practiceRate: unit,
            recognitionRate: unit,
            forgetting: unit,
          }),
          erosion: fc.boolean(),
        }),
        (c) => {
          Object.assign(w.params.responsibilisation, c.rates);
          if (c.erosion) {
            const r = w.params.responsibilisation;
            r.agencyRate = r.performanceRate = r.pressureRate = r.practiceRate = r.recognitionRate = 0;
          } else {
            const r = w.params.responsibilisation;
            r.resistanceErosion = r.costErosion = r.crowdingOut = r.forgetting = 0;
          }
          s.responsibilisation = c.R;
          s.status = c.status;
          [s.attended, s.profiled, s.monitored, s.ranked, s.trained] = c.exposures;
          s.pressure = c.pressure;
          s.resistance = c.resistance;
          s.incentives = c.incentives;
          internaliseNorms(w);
          const R = s.responsibilisation;
          expect(Number.isFinite(R)).toBe(true);
          expect(R).toBeGreaterThanOrEqual(0);
          expect(R).toBeLessThanOrEqual(1);
          if (c.erosion) expect(R).toBeLessThanOrEqual(c.R);
          else expect(R).toBeGreaterThanOrEqual(c.R);
        },
      ),
      { numRuns: 500, seed: 20240611 },
    );
  });
  it('never lowers R for more exposure, more pressure, less resistance or less sovereignty sensitivity, and raises it strictly when growth has room (property)', () => {
    // The direction of 7.7's equation, which the clamp to [0, 1] cannot provide: dR/d(agency),
    // dR/d(performance), dR/dP >= 0; dR/dZ <= 0; dR/dS <= 0.
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    const exposures = fc.array(fc.boolean(), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.record({
          R: fc.double({ min: 0, max: 0.99, noNaN: true }),
          status: fc.constantFrom(...PARTNERSHIP_STATUSES),
          low: exposures,
          extra: exposures,
          pressure: unit,
          morePressure: unit,
          resistance: unit,
          lessResistance: unit,
          sovereignty: unit,
          lessSovereignty: unit,
          adoptionCost: unit,
          rates: fc.record({
            agencyRate: fc.double({ min: 0.001, max: 1, noNaN: true }),
            performanceRate: unit,
            pressureRate: unit,
            sovereigntyDamping: fc.double({ min: 0, max: 0.99, noNaN: true }),
            resistanceErosion: unit,
            costErosion: unit,
            crowdingOut: unit,
          }),
        }),
        (c) => {
          const w = world(
            [
              { id: 'LESS', adoptionCost: c.adoptionCost, sovereigntySensitivity: c.sovereignty },
              { id: 'MORE', adoptionCost: c.adoptionCost, sovereigntySensitivity: c.sovereignty * c.lessSovereignty },
            ],
            c.rates,
          );
          const less = stateOf(w, 'LESS');
          const more = stateOf(w, 'MORE');
          for (const s of [less, more]) {
            s.responsibilisation = c.R;
            s.status = c.status;
            s.incentives = 0;
          }
          [less.attended, less.profiled, less.monitored, less.ranked, less.trained] = c.low;
          // MORE has every exposure LESS has, and perhaps some more; MORE also gets at least attendance
          [more.attended, more.profiled, more.monitored, more.ranked, more.trained] = c.low.map((on, k) => on || c.extra[k]);
          more.attended = true;
          less.pressure = c.pressure;
          more.pressure = c.pressure + (1 - c.pressure) * c.morePressure;
          less.resistance = c.resistance;
          more.resistance = c.resistance * c.lessResistance;
          const strictlyMoreAgency = !less.attended;
          internaliseNorms(w);
          expect(more.responsibilisation).toBeGreaterThanOrEqual(less.responsibilisation);
          // with attendance added, agency grows by 1 and growth by at least r_a(1 - k_S) > 0
          if (strictlyMoreAgency && less.responsibilisation > 0 && less.responsibilisation < 1) expect(more.responsibilisation).toBeGreaterThan(less.responsibilisation);
        },
      ),
      { numRuns: 500, seed: 20240612 },
    );
  });
});
