import { describe, expect, it } from 'vitest';
import { codifyStandards } from '../../../src/processes/codifyStandards.js';
import type { World } from '../../../src/world/world.js';
import { forumOf, frequency, makeWorld, stateOf, type TestState } from '../../helpers/world.js';

const standards = (over: Partial<{ imitationRate: number; absorption: number; imitationTrust: number; codifyRate: number; expertCodification: boolean }> = {}) => ({
  imitationRate: 1.5,
  absorption: 0.3,
  imitationTrust: 0,
  codifyRate: 0.1,
  expertCodification: true,
  ...over,
});

interface Setup {
  states?: TestState[];
  standards?: ReturnType<typeof standards>;
  benchmarking?: 'public' | 'private' | 'none';
  scoreboard?: 'public' | 'private';
  secretariat?: boolean;
}

/** A forum that meets this step, with a leader L and followers, all attending. */
function forumWorld(setup: Setup = {}): World {
  const states = setup.states ?? [
    { id: 'L', capacity: 0.8 },
    { id: 'F', capacity: 0.8 },
  ];
  const w = makeWorld({
    states,
    forums: [
      {
        id: 'FOR',
        members: states.map((s) => s.id),
        benchmarking: setup.benchmarking ?? 'public',
        experts: setup.secretariat ? ['SEC'] : [],
      },
    ],
    experts: setup.secretariat ? [{ id: 'SEC', services: ['standards'] }] : [],
    params: { standards: setup.standards ?? standards(), monitoring: { scoreboard: setup.scoreboard ?? 'public' } },
  });
  meet(w);
  return w;
}

/** The forum meets and every member attends (what holdDialogue does at attendance 1). */
function meet(w: World): void {
  for (const f of w.forums) {
    f.metThisStep = true;
    for (const m of f.members) w.states[m].attended = true;
  }
}

function set(w: World, id: string, observed: number, standard: number): void {
  stateOf(w, id).observedPerformance = observed;
  stateOf(w, id).standard = standard;
}

describe('codifyStandards', () => {
  it("imitation closes `absorption` of the gap to the best peer's practice", () => {
    const w = forumWorld({ standards: standards({ imitationRate: 20, absorption: 0.3 }) });
    set(w, 'L', 0.9, 0.8);
    set(w, 'F', 0.2, 0.2);
    codifyStandards(w);
    expect(stateOf(w, 'F').standard).toBeCloseTo(0.2 + 0.3 * 0.6, 12);
    // the leader has nobody better to imitate
    expect(stateOf(w, 'L').standard).toBe(0.8);
  });

  it('repeated imitation converges to the best practice, never beyond it', () => {
    const w = forumWorld({ standards: standards({ imitationRate: 20, absorption: 0.5 }) });
    set(w, 'L', 0.9, 0.7);
    set(w, 'F', 0.2, 0.1);
    for (let t = 0; t < 40; t++) {
      codifyStandards(w);
      meet(w);
      expect(stateOf(w, 'F').standard).toBeLessThanOrEqual(0.7 + 1e-12);
    }
    expect(stateOf(w, 'F').standard).toBeCloseTo(0.7, 6);
  });

  it('imitates more often at high capacity (proportional imitation, over many draws)', () => {
    const w = forumWorld({
      states: [
        { id: 'L', capacity: 0.9 },
        { id: 'HI', capacity: 0.9 },
        { id: 'LO', capacity: 0.2 },
      ],
      standards: standards({ imitationRate: 1, absorption: 0.3 }),
    });
    const hits: Record<string, boolean[]> = { HI: [], LO: [] };
    for (let t = 0; t < 3000; t++) {
      set(w, 'L', 0.8, 0.8);
      set(w, 'HI', 0.4, 0.4);
      set(w, 'LO', 0.4, 0.4);
      codifyStandards(w);
      for (const id of ['HI', 'LO']) hits[id].push(stateOf(w, id).standard > 0.4);
    }
    // probability = rate * (0.4 + 0.25 * 0.4) * capacity: 0.45 and 0.10
    expect(frequency(hits.HI)).toBeGreaterThan(0.41);
    expect(frequency(hits.HI)).toBeLessThan(0.49);
    expect(frequency(hits.LO)).toBeGreaterThan(0.08);
    expect(frequency(hits.LO)).toBeLessThan(0.12);
  });

  it("scales imitation by trust in the forum's peers: (1 − b + b·T)", () => {
    const w = forumWorld({
      states: [
        { id: 'L', capacity: 0.9, trust: 0.5 },
        { id: 'HI', capacity: 0.8, trust: 0.9 },
        { id: 'LO', capacity: 0.8, trust: 0.1 },
      ],
      standards: standards({ imitationRate: 1, imitationTrust: 0.5 }),
    });
    const hits: Record<string, boolean[]> = { HI: [], LO: [] };
    for (let t = 0; t < 3000; t++) {
      set(w, 'L', 0.8, 0.8);
      set(w, 'HI', 0.4, 0.4);
      set(w, 'LO', 0.4, 0.4);
      codifyStandards(w);
      for (const id of ['HI', 'LO']) hits[id].push(stateOf(w, id).standard > 0.4);
    }
    // probability = 1 * (0.4 + 0.25 * 0.4) * 0.8 * (0.5 + 0.5 T): 0.38 at T = 0.9, 0.22 at T = 0.1 (SE about 0.009)
    expect(frequency(hits.HI)).toBeGreaterThan(0.35);
    expect(frequency(hits.HI)).toBeLessThan(0.41);
    expect(frequency(hits.LO)).toBeGreaterThan(0.19);
    expect(frequency(hits.LO)).toBeLessThan(0.25);
  });

  it('imitates more often the larger the performance gap', () => {
    const w = forumWorld({
      states: [
        { id: 'L', capacity: 0.5 },
        { id: 'NEAR', capacity: 0.5 },
        { id: 'FAR', capacity: 0.5 },
      ],
      standards: standards({ imitationRate: 1 }),
    });
    const hits: Record<string, boolean[]> = { NEAR: [], FAR: [] };
    for (let t = 0; t < 3000; t++) {
      set(w, 'L', 0.9, 0.8);
      set(w, 'NEAR', 0.8, 0.4);
      set(w, 'FAR', 0.2, 0.4);
      codifyStandards(w);
      for (const id of ['NEAR', 'FAR']) hits[id].push(stateOf(w, id).standard > 0.4);
    }
    expect(frequency(hits.FAR)).toBeGreaterThan(frequency(hits.NEAR) + 0.2);
  });

  it('halves imitation without a public table', () => {
    const rate = (setup: Setup) => {
      const w = forumWorld({ ...setup, standards: standards({ imitationRate: 1 }) });
      const hits: boolean[] = [];
      for (let t = 0; t < 3000; t++) {
        set(w, 'L', 0.8, 0.8);
        set(w, 'F', 0.4, 0.4);
        codifyStandards(w);
        hits.push(stateOf(w, 'F').standard > 0.4);
      }
      return frequency(hits);
    };
    // 1 * (0.4 + 0.1) * 0.8 = 0.4 in public, 0.2 otherwise
    const open = rate({ benchmarking: 'public', scoreboard: 'public' });
    expect(open).toBeGreaterThan(0.36);
    expect(open).toBeLessThan(0.44);
    for (const hidden of [rate({ benchmarking: 'private' }), rate({ scoreboard: 'private' })]) {
      expect(hidden).toBeGreaterThan(0.17);
      expect(hidden).toBeLessThan(0.23);
    }
  });

  it('only members who attend a meeting imitate, and nothing happens when the forum does not meet', () => {
    const w = forumWorld({ standards: standards({ imitationRate: 20 }) });
    set(w, 'L', 0.9, 0.8);
    set(w, 'F', 0.2, 0.2);
    stateOf(w, 'F').attended = false;
    codifyStandards(w);
    expect(stateOf(w, 'F').standard).toBe(0.2);
    meet(w);
    forumOf(w, 'FOR').metThisStep = false;
    codifyStandards(w);
    expect(stateOf(w, 'F').standard).toBe(0.2);
  });

  it('an expert secretariat codifies a package at each meeting: codified += codifyRate * (1 - codified)', () => {
    const w = forumWorld({ secretariat: true, standards: standards({ codifyRate: 0.1, imitationRate: 0 }) });
    codifyStandards(w);
    expect(forumOf(w, 'FOR').codified).toBeCloseTo(0.1, 12);
    meet(w);
    codifyStandards(w);
    expect(forumOf(w, 'FOR').codified).toBeCloseTo(0.19, 12);

    const none = forumWorld({ secretariat: false, standards: standards({ codifyRate: 0.1 }) });
    codifyStandards(none);
    expect(forumOf(none, 'FOR').codified).toBe(0);
  });

  it('codified packages raise the target beyond the best peer only with expertCodification', () => {
    const finalStandards = (expertCodification: boolean) => {
      const w = forumWorld({ secretariat: true, standards: standards({ expertCodification, imitationRate: 20, absorption: 0.5, codifyRate: 0.2 }) });
      set(w, 'L', 0.9, 0.3);
      set(w, 'F', 0.2, 0.1);
      for (let t = 0; t < 60; t++) {
        codifyStandards(w);
        meet(w);
      }
      return { leader: stateOf(w, 'L').standard, follower: stateOf(w, 'F').standard, codified: forumOf(w, 'FOR').codified };
    };
    const off = finalStandards(false);
    expect(off.codified).toBe(0);
    expect(off.follower).toBeLessThanOrEqual(0.3 + 1e-12);
    expect(off.leader).toBe(0.3);
    const on = finalStandards(true);
    expect(on.codified).toBeGreaterThan(0.9);
    // even the leader adopts the codified package
    expect(on.leader).toBeGreaterThan(0.6);
    expect(on.follower).toBeGreaterThan(0.6);
  });

  it('keeps standards in [0, 1]', () => {
    const w = forumWorld({ secretariat: true, standards: standards({ imitationRate: 20, absorption: 1, codifyRate: 1 }) });
    set(w, 'L', 1, 1);
    set(w, 'F', 0, 0);
    for (let t = 0; t < 10; t++) {
      codifyStandards(w);
      meet(w);
      for (const id of ['L', 'F']) {
        expect(stateOf(w, id).standard).toBeGreaterThanOrEqual(0);
        expect(stateOf(w, id).standard).toBeLessThanOrEqual(1);
      }
    }
  });
});
