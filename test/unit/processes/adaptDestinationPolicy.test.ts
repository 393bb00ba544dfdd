import { describe, expect, it } from 'vitest';
import { adaptDestinationPolicy } from '../../../src/processes/adaptDestinationPolicy.js';
import type { World } from '../../../src/world/world.js';
import { DST, destinationOf, makeWorld, stateOf } from '../../helpers/world.js';

const destinationParams = (over: Record<string, number> = {}) => ({
  window: 4,
  policingStep: 0.1,
  tightening: 0.01,
  maxTightening: 0.2,
  loosening: 0,
  relaxation: 0.2,
  policingBoost: 0,
  credibilityMultiplier: 1,
  ...over,
});

/** 10,000 migrants: a target of 40 per 100,000 is 4 arrivals a step. */
function world(over: Record<string, number> = {}, unconditional = false): World {
  return makeWorld({
    migrants: 10000,
    destination: { policing: 0.4, irregularTarget: 40, entryThreshold: 0.5, exitThreshold: 0.35, agendaThreshold: 0.4 },
    params: { destination: destinationParams(over), eligibility: { unconditional } },
  });
}

/** One step with `arrivals` irregular arrivals at DST. */
function stepWith(w: World, arrivals: number): void {
  w.tallies.irregularArrivalsAt.fill(0);
  w.tallies.irregularArrivalsAt[stateOf(w, DST).index] = arrivals;
  adaptDestinationPolicy(w);
  w.step += 1;
}

describe('adaptDestinationPolicy', () => {
  it('raises policing, with room to grow, when arrivals exceed the target', () => {
    const w = world({ window: 1, policingStep: 0.1 });
    stepWith(w, 10);
    expect(destinationOf(w).policing).toBeCloseTo(0.4 + 0.1 * 0.6, 12);
    const path: number[] = [];
    for (let t = 0; t < 60; t++) {
      stepWith(w, 10);
      path.push(destinationOf(w).policing);
    }
    for (let k = 1; k < path.length; k++) expect(path[k]).toBeGreaterThan(path[k - 1]);
    expect(path[path.length - 1]).toBeLessThanOrEqual(1);
    expect(path[path.length - 1]).toBeGreaterThan(0.99);
  });

  it('leaves policing alone at or below the target and relaxes a raised policing towards its initial level, never below it', () => {
    const w = world({ window: 1, relaxation: 0.2 });
    stepWith(w, 4); // exactly the target: not above it
    expect(destinationOf(w).policing).toBe(0.4);
    destinationOf(w).policing = 0.9;
    stepWith(w, 0);
    expect(destinationOf(w).policing).toBeCloseTo(0.9 - 0.2 * 0.5, 12);
    for (let t = 0; t < 200; t++) stepWith(w, 0);
    expect(destinationOf(w).policing).toBeGreaterThanOrEqual(0.4);
    expect(destinationOf(w).policing).toBeCloseTo(0.4, 9);
  });

  it('averages arrivals over the window: one surge keeps policing rising until it leaves the window', () => {
    const w = world({ window: 4, policingStep: 0.1, relaxation: 0 });
    // 20 then zeros: averages 20, 10, 6.67, 5 (all above 4), then 0
    const rising: boolean[] = [];
    let before = destinationOf(w).policing;
    for (const arrivals of [20, 0, 0, 0, 0, 0]) {
      stepWith(w, arrivals);
      rising.push(destinationOf(w).policing > before);
      before = destinationOf(w).policing;
    }
    expect(rising).toEqual([true, true, true, true, false, false]);
  });

  it('tightens the entry threshold and widens outreach above the target; resets outreach below it', () => {
    const w = world({ window: 1, tightening: 0.01 });
    stepWith(w, 10);
    expect(destinationOf(w).entryThreshold).toBeCloseTo(0.51, 12);
    expect(destinationOf(w).outreachBonus).toBe(1);
    stepWith(w, 0);
    expect(destinationOf(w).entryThreshold).toBeCloseTo(0.51, 12);
    expect(destinationOf(w).outreachBonus).toBe(0);
    for (let t = 0; t < 100; t++) stepWith(w, 10);
    expect(destinationOf(w).entryThreshold).toBeLessThanOrEqual(0.95);
  });

  it('bounds tightening at maxTightening above the initial entry threshold', () => {
    const w = world({ window: 1, tightening: 0.03, maxTightening: 0.1 });
    const path: number[] = [];
    for (let t = 0; t < 10; t++) {
      stepWith(w, 10);
      path.push(destinationOf(w).entryThreshold);
    }
    // 0.53, 0.56, 0.59, then held at 0.5 + 0.1
    expect(path[0]).toBeCloseTo(0.53, 12);
    expect(path[2]).toBeCloseTo(0.59, 12);
    for (const v of path.slice(3)) expect(v).toBeCloseTo(0.6, 12);
  });

  it('loosens a tightened entry threshold back to its initial level, never below it, once arrivals fall below the target', () => {
    const w = world({ window: 1, tightening: 0.02, maxTightening: 0.1, loosening: 0.01 });
    for (let t = 0; t < 5; t++) stepWith(w, 10);
    expect(destinationOf(w).entryThreshold).toBeCloseTo(0.6, 12);
    stepWith(w, 0);
    expect(destinationOf(w).entryThreshold).toBeCloseTo(0.59, 12);
    stepWith(w, 4); // at the target: not above it, so it loosens
    expect(destinationOf(w).entryThreshold).toBeCloseTo(0.58, 12);
    for (let t = 0; t < 100; t++) stepWith(w, 0);
    expect(destinationOf(w).entryThreshold).toBeCloseTo(0.5, 12);
    expect(destinationOf(w).entryThreshold).toBeGreaterThanOrEqual(0.5);
  });

  it('does not tighten eligibility when it is unconditional', () => {
    const w = world({ window: 1, tightening: 0.05 }, true);
    expect(destinationOf(w).entryThreshold).toBe(0);
    stepWith(w, 100);
    expect(destinationOf(w).entryThreshold).toBe(0);
    expect(destinationOf(w).policing).toBeGreaterThan(0.4);
  });

  it('scales the target with the number of migrants in the model (per 100,000)', () => {
    const big = makeWorld({
      migrants: 100000,
      destination: { policing: 0.4, irregularTarget: 40 },
      params: { destination: destinationParams({ window: 1 }), eligibility: { unconditional: false } },
    });
    stepWith(big, 10); // 10 < 40
    expect(destinationOf(big).policing).toBe(0.4);
    const small = world({ window: 1 });
    stepWith(small, 10); // 10 > 4
    expect(destinationOf(small).policing).toBeGreaterThan(0.4);
  });
});
