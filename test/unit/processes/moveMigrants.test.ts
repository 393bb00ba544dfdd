import { describe, expect, it } from 'vitest';
import { MigrantStatusCode as S } from '../../../src/domain/vocabulary.js';
import { createStream } from '../../../src/engine/random.js';
import { moveMigrants } from '../../../src/processes/moveMigrants.js';
import { MigrantFlag } from '../../../src/world/migrants.js';
import type { World } from '../../../src/world/world.js';
import { DST, destinationOf, makeWorld, stateOf, type TestState, type TestWorldSpec } from '../../helpers/world.js';

const migrants = (over: Record<string, number> = {}) => ({
  aspiration: 0.5,
  networkEffect: 0,
  regularUtility: 1.5,
  irregularUtility: 3,
  riskAversion: 2.5,
  transitDetection: 0.6,
  exitDetection: 0.5,
  borderDetection: 0.3,
  apprehension: 0.03,
  avr: 0.006,
  avrSupport: 3,
  remigration: 0.03,
  circularReturn: 0.01,
  diasporaEngagement: 0.05,
  trustedEnrolment: 0.05,
  ...over,
});

function world(spec: TestWorldSpec, over: Record<string, number> = {}, seed = 11): World {
  return makeWorld({ migrants: 10000, ...spec, params: { ...spec.params, migrants: migrants(over) } }, seed);
}

/** An origin with two routes to DST, one through each of two transit states. */
function twoRoutes(over: Record<string, number> = {}, origin: Partial<TestState> = {}): World {
  return world(
    {
      states: [
        { id: 'ORG', roles: ['origin'], ...origin },
        { id: 'T1', roles: ['transit'] },
        { id: 'T2', roles: ['transit'] },
      ],
      routes: [
        { origin: 'ORG', via: ['T1'], destination: DST },
        { origin: 'ORG', via: ['T2'], destination: DST },
      ],
      destination: { policing: 0.4, baseQuota: 0 },
    },
    over,
  );
}

function count(w: World, code: number, origin?: number): number {
  let n = 0;
  for (let m = 0; m < w.migrants.size; m++) if (w.migrants.status[m] === code && (origin === undefined || w.migrants.origin[m] === origin)) n++;
  return n;
}

function setBorder(w: World, id: string, border: number, detention = 0): void {
  const s = stateOf(w, id);
  s.effort.border = border;
  s.detentionCapacity = detention;
}

/** Share of the migrants now in transit who took the route through T1. */
function shareViaT1(w: World): { share: number; departures: number } {
  let via1 = 0;
  let all = 0;
  for (let m = 0; m < w.migrants.size; m++) {
    if (w.migrants.status[m] !== S.in_transit) continue;
    all++;
    if (w.migrants.route[m] === 0) via1++;
  }
  return { share: via1 / all, departures: all };
}

describe('moveMigrants', () => {
  it('conserves migrants: every one is in exactly one valid status, at a place consistent with it, at every step', () => {
    const w = world(
      {
        states: [
          { id: 'O1', roles: ['origin'], status: 'partner', diasporaShare: 0.2, emigrationRestriction: 0.3 },
          { id: 'O2', roles: ['origin', 'transit'], status: 'dialogue' },
          { id: 'T', roles: ['transit'] },
        ],
        routes: [
          { origin: 'O1', via: ['T', 'O2'], destination: DST },
          { origin: 'O1', via: [], destination: DST },
        ],
        destination: { policing: 0.8, baseQuota: 200, trustedTraveller: { fee: 0.1, timeSaved: 0.5, privacyCost: 0.1, riskThreshold: 0.9 } },
      },
      { aspiration: 0.3, apprehension: 0.2, avr: 0.05, remigration: 0.2, circularReturn: 0.1, diasporaEngagement: 0.5, trustedEnrolment: 0.5 },
    );
    for (const s of w.states) s.effort.border = 0.7;
    const dst = stateOf(w, DST).index;
    const size = w.migrants.size;
    const seen = new Set<number>();
    for (let t = 0; t < 40; t++) {
      w.step = t;
      moveMigrants(w);
      const counts = [S.prospective, S.in_transit, S.regular, S.irregular, S.returned].map((c) => count(w, c));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(size);
      const misplaced: string[] = [];
      for (let m = 0; m < size; m++) {
        const status = w.migrants.status[m];
        seen.add(status);
        const at = w.migrants.location[m];
        const home = w.migrants.origin[m];
        const ok =
          status === S.prospective || status === S.returned ? at === home : status === S.regular || status === S.irregular ? at === dst : status === S.in_transit ? at !== home : false;
        if (!ok) misplaced.push(`step ${t}: migrant ${m} of status ${status} at ${at} (origin ${home})`);
      }
      expect(misplaced.slice(0, 5)).toEqual([]);
    }
    // the run did exercise every status
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('draws exactly two uniforms per migrant per step, whatever happens (common random numbers)', () => {
    const w = twoRoutes();
    moveMigrants(w);
    moveMigrants(w);
    const fresh = createStream(11, 'moveMigrants');
    for (let k = 0; k < 2 * 2 * w.migrants.size; k++) fresh.next();
    expect(w.streams.moveMigrants.next()).toBe(fresh.next());
  });

  it('routes are equally used when the transit states are equally tight', () => {
    const w = twoRoutes();
    setBorder(w, 'T1', 0.5);
    setBorder(w, 'T2', 0.5);
    moveMigrants(w);
    const { share, departures } = shareViaT1(w);
    expect(departures).toBeGreaterThan(2000);
    expect(share).toBeGreaterThan(0.46);
    expect(share).toBeLessThan(0.54);
  });

  it('tighter transit detection shifts route choice to the other route', () => {
    const w = twoRoutes({ transitDetection: 0.6, riskAversion: 2.5, borderDetection: 0.3 });
    setBorder(w, 'T1', 0.8);
    setBorder(w, 'T2', 0);
    moveMigrants(w);
    // stop probabilities: 1 - (1 - 0.6 * 0.8 * 0.5)(1 - 0.3 * 0.4) = 0.3312 via T1, 0.12 via T2
    const w1 = Math.exp(-2.5 * 0.3312);
    const w2 = Math.exp(-2.5 * 0.12);
    const { share } = shareViaT1(w);
    expect(share).toBeGreaterThan(w1 / (w1 + w2) - 0.03);
    expect(share).toBeLessThan(w1 / (w1 + w2) + 0.03);
    // detention capacity tightens a transit state further
    const w3 = twoRoutes({ transitDetection: 0.6, riskAversion: 2.5, borderDetection: 0.3 });
    setBorder(w3, 'T1', 0.8, 1);
    setBorder(w3, 'T2', 0);
    moveMigrants(w3);
    expect(shareViaT1(w3).share).toBeLessThan(share - 0.05);
  });

  it('detection compounds along the route: a transit state that detects everyone returns everyone on its route', () => {
    const w = twoRoutes({ transitDetection: 1 });
    setBorder(w, 'T1', 1, 1);
    setBorder(w, 'T2', 0);
    moveMigrants(w);
    const onT1 = [];
    for (let m = 0; m < w.migrants.size; m++) if (w.migrants.status[m] === S.in_transit && w.migrants.route[m] === 0) onT1.push(m);
    expect(onT1.length).toBeGreaterThan(0);
    w.step = 1;
    moveMigrants(w);
    for (const m of onT1) expect(w.migrants.status[m]).toBe(S.returned);
    expect(stateOf(w, 'ORG').readmissions).toBeGreaterThanOrEqual(onT1.length);
    expect(w.tallies.returnsForced).toBeGreaterThanOrEqual(onT1.length);
  });

  it('exit restriction blocks irregular departures at home', () => {
    const blocked = (restriction: number, exitDetection: number) => {
      const w = twoRoutes({ exitDetection }, { emigrationRestriction: restriction });
      moveMigrants(w);
      return { blocked: w.tallies.exitsBlocked, left: count(w, S.in_transit) };
    };
    const open = blocked(0, 1);
    expect(open.blocked).toBe(0);
    expect(open.left).toBeGreaterThan(2000);
    const closed = blocked(1, 1);
    expect(closed.left).toBe(0);
    expect(closed.blocked).toBeGreaterThan(1000);
    const half = blocked(1, 0.5);
    const share = half.blocked / (half.blocked + half.left);
    expect(share).toBeGreaterThan(0.46);
    expect(share).toBeLessThan(0.54);
  });

  it('never lets more migrants through regular channels than the slots open to their state', () => {
    const w = world(
      {
        states: [
          { id: 'O1', roles: ['origin'] },
          { id: 'O2', roles: ['origin'] },
        ],
        // 25 slots per 100,000 per step, 10,000 migrants: 2.5 a step
        destination: { baseQuota: 25 },
      },
      // no circular return, so the growth of the regular count is the arrivals
      { regularUtility: 8, aspiration: 0.5, circularReturn: 0 },
    );
    stateOf(w, 'O2').slotCarry = 40; // plus 40 from a partnership
    let previous = { O1: 0, O2: 0 };
    let total = 0;
    for (let t = 0; t < 20; t++) {
      w.step = t;
      w.tallies.regularArrivals = 0; // as step() does at the start of each step
      moveMigrants(w);
      const now = { O1: count(w, S.regular, stateOf(w, 'O1').index), O2: count(w, S.regular, stateOf(w, 'O2').index) };
      const arrivals = { O1: now.O1 - previous.O1, O2: now.O2 - previous.O2 };
      expect(arrivals.O1).toBeLessThanOrEqual(stateOf(w, 'O1').slots);
      expect(arrivals.O2).toBeLessThanOrEqual(stateOf(w, 'O2').slots);
      expect(w.tallies.regularArrivals).toBe(arrivals.O1 + arrivals.O2);
      total += arrivals.O1;
      previous = now;
    }
    // demand is high, so the slots are used: 2.5 a step over 20 steps
    expect(total).toBe(50);
  });

  it('a migrant with fewer resources than the journey costs never takes an irregular route', () => {
    const w = twoRoutes({ aspiration: 1 });
    for (let t = 0; t < 5; t++) {
      w.step = t;
      moveMigrants(w);
    }
    let departed = 0;
    for (let m = 0; m < w.migrants.size; m++) {
      const st = w.migrants.status[m];
      if (st === S.in_transit || st === S.irregular) {
        departed++;
        expect(w.migrants.resources[m]).toBeGreaterThanOrEqual(w.params.migrants.journeyCost);
      }
    }
    expect(departed).toBeGreaterThan(1000);
  });

  it('apprehends irregular migrants with policing and returns them when their state readmits them', () => {
    const returnsWith = (policing: number) => {
      const w = world({ states: [{ id: 'ORG', status: 'partner' }], destination: { policing } }, { apprehension: 0.5, avr: 0, aspiration: 0 });
      stateOf(w, 'ORG').effort.border = 1; // a partner with full border effort readmits everyone
      for (let m = 0; m < 2000; m++) {
        w.migrants.status[m] = S.irregular;
        w.migrants.location[m] = stateOf(w, DST).index;
      }
      moveMigrants(w);
      return w.tallies.returnsForced;
    };
    expect(returnsWith(0)).toBe(0);
    const full = returnsWith(1);
    expect(full / 2000).toBeGreaterThan(0.46);
    expect(full / 2000).toBeLessThan(0.54);
  });

  it('return support raises assisted voluntary return; withdrawal removes the support', () => {
    const voluntary = (returnSupport: number, stopped = false) => {
      const w = world({ states: [{ id: 'ORG' }], destination: { policing: 0, returnSupport } }, { apprehension: 0, avr: 0.05, avrSupport: 3, aspiration: 0 });
      w.incentivesStopped = stopped;
      for (let m = 0; m < 5000; m++) {
        w.migrants.status[m] = S.irregular;
        w.migrants.location[m] = stateOf(w, DST).index;
      }
      moveMigrants(w);
      return w.tallies.returnsVoluntary / 5000;
    };
    // hazards 0.05 and 0.05 * (1 + 3) = 0.2
    expect(voluntary(0)).toBeGreaterThan(0.04);
    expect(voluntary(0)).toBeLessThan(0.06);
    expect(voluntary(1)).toBeGreaterThan(0.18);
    expect(voluntary(1)).toBeLessThan(0.22);
    expect(voluntary(1, true)).toBeLessThan(0.06);
  });

  it('an engaged diaspora informs new migrants: fewer take irregular routes', () => {
    const departures = (engaged: number) => {
      const w = twoRoutes({ networkEffect: 20, riskAversion: 2.5, irregularUtility: 1 });
      setBorder(w, 'T1', 0.8);
      setBorder(w, 'T2', 0.8);
      stateOf(w, 'ORG').diasporaEngaged = engaged;
      moveMigrants(w);
      return count(w, S.in_transit);
    };
    expect(departures(1000)).toBeLessThan(0.7 * departures(0));
  });

  it('enrols regular migrants as trusted travellers only from a low-risk state of origin', () => {
    const enrolled = (irregularAbroad: number) => {
      const w = world(
        {
          states: [{ id: 'ORG' }],
          destination: { trustedTraveller: { fee: 0.1, timeSaved: 0.5, privacyCost: 0.1, riskThreshold: 0.3 } },
        },
        { trustedEnrolment: 0.2, circularReturn: 0, aspiration: 0, diasporaEngagement: 0 },
      );
      const org = stateOf(w, 'ORG');
      org.regularAbroad = 1000;
      org.irregularAbroad = irregularAbroad;
      for (let m = 0; m < 1000; m++) {
        w.migrants.status[m] = S.regular;
        w.migrants.location[m] = stateOf(w, DST).index;
      }
      moveMigrants(w);
      let n = 0;
      for (let m = 0; m < 1000; m++) if (w.migrants.flags[m] & MigrantFlag.trusted) n++;
      return n / 1000;
    };
    expect(enrolled(100)).toBeGreaterThan(0.16);
    expect(enrolled(100)).toBeLessThan(0.24);
    // risk 1000 / 2000 = 0.5 > 0.3
    expect(enrolled(1000)).toBe(0);
  });

  it('takes a migrant who returns home out of the diaspora and trusted-traveller programmes', () => {
    const w = world({ states: [{ id: 'ORG' }] }, { circularReturn: 1, aspiration: 0, diasporaEngagement: 0, trustedEnrolment: 0, remigration: 0 });
    for (let m = 0; m < 200; m++) {
      w.migrants.status[m] = S.regular;
      w.migrants.location[m] = stateOf(w, DST).index;
      w.migrants.flags[m] = MigrantFlag.diaspora | MigrantFlag.trusted;
    }
    moveMigrants(w);
    for (let m = 0; m < 200; m++) {
      expect(w.migrants.status[m]).toBe(S.returned);
      expect(w.migrants.flags[m] & (MigrantFlag.diaspora | MigrantFlag.trusted)).toBe(0);
    }
  });

  it('keeps its tallies consistent: arrivals at DST are the irregular arrivals of the step', () => {
    const w = twoRoutes({ transitDetection: 0, borderDetection: 0 });
    for (let t = 0; t < 4; t++) {
      w.step = t;
      w.tallies.irregularArrivals = 0;
      w.tallies.irregularArrivalsAt.fill(0);
      moveMigrants(w);
      expect(w.tallies.irregularArrivalsAt[stateOf(w, DST).index]).toBe(w.tallies.irregularArrivals);
    }
    expect(count(w, S.irregular)).toBeGreaterThan(0);
    expect(destinationOf(w).policing).toBe(0.4);
  });
});
