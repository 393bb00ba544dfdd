import { describe, expect, it } from 'vitest';
import { conditionalReaction, criterionGrade, gradeOf, peerGroups, rankPeers } from '../../../src/processes/rankPeers.js';
import type { PartnershipStatus } from '../../../src/domain/vocabulary.js';
import type { StateAgent, World } from '../../../src/world/world.js';
import { frequency, makeWorld, stateOf, type TestWorldSpec } from '../../helpers/world.js';

/** Kelley and Simmons' reaction rates, set explicitly. */
const benchmarking = (over: Record<string, number> = {}) => ({
  reactionTop: 0.13,
  reactionSecond: 0.17,
  reactionWatch: 0.37,
  reactionBottom: 0.51,
  downgradeRatio: 0.36 / 0.21,
  reactionLegislation: 0,
  pressureGain: 0.2,
  // full decay: pressure is positive after a call exactly when the state reacted
  pressureDecay: 1,
  aspiredRank: 0.25,
  gapWeight: 1,
  aidSensitivity: 0.5,
  shaming: 0.04,
  goodPracticeBonus: 0.02,
  ...over,
});

const IDS = ['A', 'B', 'C', 'D'];

/** A public forum of four members in dialogue, A best observed to D worst. */
function league(
  over: Record<string, number> = {},
  spec: { scoreboard?: 'public' | 'private'; forumMode?: 'public' | 'private' | 'none'; status?: PartnershipStatus; aid?: number } = {},
): World {
  const input: TestWorldSpec = {
    states: IDS.map((id) => ({ id, status: spec.status ?? 'dialogue', aidDependence: spec.aid ?? 0.5, sovereigntySensitivity: 0.5 })),
    forums: [{ id: 'F', members: IDS, benchmarking: spec.forumMode ?? 'public' }],
    params: { benchmarking: benchmarking(over), monitoring: { scoreboard: spec.scoreboard ?? 'public' } },
  };
  const w = makeWorld(input);
  IDS.forEach((id, k) => (stateOf(w, id).observedPerformance = 0.9 - 0.2 * k));
  // the forum meets this step (holdDialogue sets this): it publishes its table
  w.forums[0].metThisStep = true;
  return w;
}

/** Share of `n` calls in which each state reacted, with grades reset before each call. */
function reactionRates(w: World, n: number, before: (s: StateAgent) => void = () => {}): Record<string, number> {
  const hits: Record<string, boolean[]> = Object.fromEntries(IDS.map((id) => [id, []]));
  for (let t = 0; t < n; t++) {
    for (const id of IDS) before(stateOf(w, id));
    rankPeers(w);
    for (const id of IDS) hits[id].push(stateOf(w, id).pressure > 0);
  }
  return Object.fromEntries(IDS.map((id) => [id, frequency(hits[id])]));
}

describe('gradeOf', () => {
  it('cuts ranks into quarters: good practice, second tier, watch list, bottom tier', () => {
    expect([1, 2, 3, 4].map((r) => gradeOf(r, 4))).toEqual([1, 2, 3, 4]);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((r) => gradeOf(r, 8))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    const hundred = Array.from({ length: 100 }, (_, k) => gradeOf(k + 1, 100));
    expect(hundred.filter((g) => g === 1)).toHaveLength(25);
    expect(hundred.filter((g) => g === 2)).toHaveLength(25);
    expect(hundred.filter((g) => g === 3)).toHaveLength(25);
    expect(hundred.filter((g) => g === 4)).toHaveLength(25);
    expect(hundred[24]).toBe(1);
    expect(hundred[25]).toBe(2);
  });

  it('gives the best-ranked state grade 1 and never a grade above 4, and is monotone in rank', () => {
    for (let n = 1; n <= 40; n++) {
      expect(gradeOf(1, n)).toBe(1);
      for (let r = 1; r <= n; r++) {
        const g = gradeOf(r, n);
        expect(g).toBeGreaterThanOrEqual(1);
        expect(g).toBeLessThanOrEqual(4);
        if (r > 1) expect(g).toBeGreaterThanOrEqual(gradeOf(r - 1, n));
      }
    }
  });
});

describe('criterionGrade', () => {
  it('grades on absolute cut-points, whatever the other states do', () => {
    const cuts = [0.6, 0.35, 0.25];
    expect([0.95, 0.6, 0.59, 0.35, 0.3, 0.25, 0.1, 0].map((y) => criterionGrade(y, cuts))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('conditionalReaction', () => {
  it("keeps each grade's mean reaction rate at its marginal rate, for any share downgraded", () => {
    for (const p of [0.13, 0.17, 0.37, 0.51]) {
      for (const delta of [0, 0.1, 0.25, 0.5, 0.9]) {
        const r = conditionalReaction(p, delta, 0.36 / 0.21);
        expect(delta * r.downgraded + (1 - delta) * r.unchanged).toBeCloseTo(p, 12);
        expect(r.downgraded / r.unchanged).toBeCloseTo(0.36 / 0.21, 12);
      }
    }
    // nobody downgraded: the others react at the marginal rate
    expect(conditionalReaction(0.37, 0, 2).unchanged).toBe(0.37);
  });
});

describe('rankPeers', () => {
  it('ranks a public forum on observed performance and grades it', () => {
    const w = league();
    rankPeers(w);
    expect(IDS.map((id) => stateOf(w, id).rank)).toEqual([1, 2, 3, 4]);
    expect(IDS.map((id) => stateOf(w, id).grade)).toEqual([1, 2, 3, 4]);
    expect(IDS.every((id) => stateOf(w, id).ranked)).toBe(true);
  });

  it('reacts with the Kelley-Simmons gradient: lower grades react more often (over many draws)', () => {
    const rates = reactionRates(league(), 4000, (s) => (s.grade = 0));
    // with aid dependence 0.5 the rates are the calibrated ones: 13%, 17%, 37%, 51%
    expect(rates.A).toBeGreaterThan(0.1);
    expect(rates.A).toBeLessThan(0.16);
    expect(rates.B).toBeGreaterThan(0.14);
    expect(rates.B).toBeLessThan(0.2);
    expect(rates.C).toBeGreaterThan(0.34);
    expect(rates.C).toBeLessThan(0.4);
    expect(rates.D).toBeGreaterThan(0.48);
    expect(rates.D).toBeLessThan(0.54);
    expect(rates.A).toBeLessThan(rates.B);
    expect(rates.B).toBeLessThan(rates.C);
    expect(rates.C).toBeLessThan(rates.D);
  });

  it('a downgrade raises the reaction probability by downgradeRatio within a grade whose mean stays the marginal rate (over many draws)', () => {
    // Eight members, two per grade: E and F share the watch list (grade 3); E was second
    // tier before each call (downgraded), F was already on the watch list.
    const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const w = makeWorld({
      states: ids.map((id) => ({ id, status: 'dialogue' as const, aidDependence: 0.5 })),
      forums: [{ id: 'F8', members: ids, benchmarking: 'public' }],
      params: { benchmarking: benchmarking(), monitoring: { scoreboard: 'public' } },
    });
    ids.forEach((id, k) => (stateOf(w, id).observedPerformance = 0.9 - 0.1 * k));
    w.forums[0].metThisStep = true;
    const hits = { E: [] as boolean[], F: [] as boolean[] };
    for (let t = 0; t < 6000; t++) {
      for (const id of ids) stateOf(w, id).grade = 0;
      stateOf(w, 'E').grade = 2;
      stateOf(w, 'F').grade = 3;
      rankPeers(w);
      hits.E.push(stateOf(w, 'E').pressure > 0);
      hits.F.push(stateOf(w, 'F').pressure > 0);
    }
    // closed form: unchanged 0.37 / (1 + 0.5 (36/21 − 1)) = 0.2726, downgraded 36/21 times that = 0.4674
    const unchanged = 0.37 / (1 + 0.5 * (0.36 / 0.21 - 1));
    expect(frequency(hits.F)).toBeGreaterThan(unchanged - 0.025);
    expect(frequency(hits.F)).toBeLessThan(unchanged + 0.025);
    expect(frequency(hits.E)).toBeGreaterThan((unchanged * 0.36) / 0.21 - 0.025);
    expect(frequency(hits.E)).toBeLessThan((unchanged * 0.36) / 0.21 + 0.025);
    // the grade's mean reaction rate is the marginal one (Kelley and Simmons: 37%)
    expect((frequency(hits.E) + frequency(hits.F)) / 2).toBeCloseTo(0.37, 1);
  });

  it('aid-dependent states react more often', () => {
    const dependent = reactionRates(league({}, { aid: 1 }), 4000).C;
    const independent = reactionRates(league({}, { aid: 0 }), 4000).C;
    // 0.37 * 1.25 and 0.37 * 0.75
    expect(dependent).toBeGreaterThan(0.43);
    expect(independent).toBeLessThan(0.31);
  });

  it('a reaction adds more pressure the further the state is below its aspired rank', () => {
    const w = league({ reactionTop: 1, reactionSecond: 1, reactionWatch: 1, reactionBottom: 1, pressureGain: 0.2, gapWeight: 1 });
    rankPeers(w);
    // aspired rank ceil(0.25 * 4) = 1: gaps 0, 1/4, 2/4, 3/4
    expect(IDS.map((id) => stateOf(w, id).pressure)).toEqual([0.2, 0.25, 0.3, 0.35].map((x) => expect.closeTo(x, 12)));
  });

  it('pressure decays between reactions', () => {
    const w = league({ reactionTop: 0, reactionSecond: 0, reactionWatch: 0, reactionBottom: 0, pressureDecay: 0.15 });
    stateOf(w, 'A').pressure = 0.5;
    rankPeers(w);
    expect(stateOf(w, 'A').pressure).toBeCloseTo(0.5 * 0.85, 12);
  });

  it('shames the two lowest grades and raises the reputation of good practice', () => {
    const w = league({ goodPracticeBonus: 0.05 });
    const before = IDS.map((id) => stateOf(w, id).beliefMean);
    rankPeers(w);
    expect(IDS.map((id) => stateOf(w, id).shamed)).toEqual([false, false, true, true]);
    expect(stateOf(w, 'A').beliefMean).toBeCloseTo(before[0] + 0.05, 12);
    expect(stateOf(w, 'B').beliefMean).toBe(before[1]);
  });

  it('ranks nobody without a public table: private scoreboard, or forums that do not benchmark in public', () => {
    for (const spec of [{ scoreboard: 'private' as const }, { forumMode: 'private' as const }, { forumMode: 'none' as const }]) {
      const w = league({ reactionTop: 1, reactionSecond: 1, reactionWatch: 1, reactionBottom: 1, pressureDecay: 0.5 }, spec);
      stateOf(w, 'D').pressure = 0.4;
      rankPeers(w);
      expect(peerGroups(w)).toEqual([]);
      for (const id of IDS) {
        const s = stateOf(w, id);
        expect(s.rank).toBe(0);
        expect(s.grade).toBe(0);
        expect(s.ranked).toBe(false);
        expect(s.shamed).toBe(false);
      }
      // no new pressure, only decay
      expect(stateOf(w, 'D').pressure).toBeCloseTo(0.2, 12);
    }
  });

  it('publishes a forum table only at its meetings, and a scoreboard every `every` steps; grades hold between reports', () => {
    const w = league();
    w.forums[0].metThisStep = false;
    rankPeers(w);
    expect(IDS.map((id) => stateOf(w, id).grade)).toEqual([0, 0, 0, 0]);
    w.forums[0].metThisStep = true;
    rankPeers(w);
    expect(IDS.map((id) => stateOf(w, id).grade)).toEqual([1, 2, 3, 4]);
    expect(stateOf(w, 'A').reported).toBe(true);
    // between meetings: same grades, still ranked and shamed, no report, no reaction
    for (const id of IDS) Object.assign(stateOf(w, id), { reported: false, ranked: false, shamed: false });
    w.forums[0].metThisStep = false;
    IDS.forEach((id, k) => (stateOf(w, id).observedPerformance = 0.1 + 0.2 * k));
    rankPeers(w);
    expect(IDS.map((id) => stateOf(w, id).grade)).toEqual([1, 2, 3, 4]);
    expect(stateOf(w, 'D').shamed).toBe(true);
    expect(IDS.some((id) => stateOf(w, id).reported)).toBe(false);

    const board = (every: number) =>
      makeWorld({
        states: [
          { id: 'P', status: 'partner' },
          { id: 'C', status: 'candidate' },
        ],
        destination: { scoreboard: { grading: 'relative', scope: 'engaged', every } },
        params: { benchmarking: benchmarking(), monitoring: { scoreboard: 'public' } },
      });
    const b = board(4);
    const reports: number[] = [];
    for (let t = 0; t < 12; t++) {
      b.step = t;
      stateOf(b, 'P').reported = false;
      rankPeers(b);
      if (stateOf(b, 'P').reported) reports.push(t);
    }
    expect(reports).toEqual([0, 4, 8]);
  });

  it('grades on criteria, rates every courted state with scope "courted", and grades nobody with grading "none"', () => {
    const spec = (grading: 'relative' | 'criterion' | 'none', scope: 'engaged' | 'courted') =>
      makeWorld({
        states: [
          { id: 'P', status: 'partner' },
          { id: 'N', status: 'none' },
          { id: 'R', status: 'refused' },
        ],
        destination: { scoreboard: { grading, scope, every: 1, cutPoints: [0.6, 0.35, 0.25] } },
        params: { benchmarking: benchmarking(), monitoring: { scoreboard: 'public' } },
      });
    const set = (w: World) => {
      stateOf(w, 'P').observedPerformance = 0.3;
      stateOf(w, 'N').observedPerformance = 0.7;
      stateOf(w, 'R').observedPerformance = 0.1;
    };
    const criterion = spec('criterion', 'courted');
    set(criterion);
    rankPeers(criterion);
    expect(['P', 'N', 'R'].map((id) => stateOf(criterion, id).grade)).toEqual([3, 1, 4]);
    // a single engaged state can be graded on criteria (a league needs two)
    const single = spec('criterion', 'engaged');
    set(single);
    rankPeers(single);
    expect(['P', 'N', 'R'].map((id) => stateOf(single, id).grade)).toEqual([3, 0, 0]);
    const none = spec('none', 'courted');
    set(none);
    rankPeers(none);
    expect(['P', 'N', 'R'].map((id) => stateOf(none, id).grade)).toEqual([0, 0, 0]);
    expect(peerGroups(none)).toEqual([]);
  });

  it('makes a reaction a law with probability reactionLegislation: one level of institutions', () => {
    const laws = (share: number) => {
      const w = league({ reactionTop: 1, reactionSecond: 1, reactionWatch: 1, reactionBottom: 1, reactionLegislation: share });
      let adopted = 0;
      for (let t = 0; t < 2000; t++) {
        stateOf(w, 'D').institutions = 2;
        rankPeers(w);
        adopted += stateOf(w, 'D').institutions - 2;
      }
      return adopted / 2000;
    };
    expect(laws(0)).toBe(0);
    expect(laws(1)).toBe(1);
    expect(laws(0.3)).toBeGreaterThan(0.26);
    expect(laws(0.3)).toBeLessThan(0.34);
  });

  it("ranks a destination's partners and candidates on its public scoreboard, without any forum", () => {
    const w = makeWorld({
      states: [
        { id: 'P', status: 'partner' },
        { id: 'C', status: 'candidate' },
        { id: 'G', status: 'agenda' },
        { id: 'D', status: 'dialogue' },
      ],
      params: { benchmarking: benchmarking(), monitoring: { scoreboard: 'public' } },
    });
    stateOf(w, 'P').observedPerformance = 0.2;
    stateOf(w, 'C').observedPerformance = 0.8;
    stateOf(w, 'G').observedPerformance = 0.5;
    rankPeers(w);
    expect(['C', 'G', 'P'].map((id) => stateOf(w, id).rank)).toEqual([1, 2, 3]);
    expect(stateOf(w, 'D').ranked).toBe(false);
  });

  it('a state in several peer groups keeps its best relative placement', () => {
    const others = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'];
    const w = makeWorld({
      states: [
        { id: 'X', status: 'partner' },
        { id: 'F1', status: 'dialogue' },
        { id: 'F2', status: 'dialogue' },
        { id: 'F3', status: 'dialogue' },
        ...others.map((id) => ({ id, status: 'partner' as const })),
      ],
      forums: [{ id: 'F', members: ['X', 'F1', 'F2', 'F3'], benchmarking: 'public' }],
      params: { benchmarking: benchmarking(), monitoring: { scoreboard: 'public' } },
    });
    stateOf(w, 'X').observedPerformance = 0.5;
    for (const id of ['F1', 'F2', 'F3']) stateOf(w, id).observedPerformance = 0.9;
    others.forEach((id, k) => (stateOf(w, id).observedPerformance = k < 4 ? 0.8 : 0.2));
    rankPeers(w);
    // forum: 4th of 4 (grade 4); scoreboard: 5th of 8 (grade 3)
    expect(stateOf(w, 'X').grade).toBe(3);
  });
});
