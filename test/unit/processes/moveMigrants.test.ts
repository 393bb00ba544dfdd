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
  avrConsider: 0.01,
  avrIntercept: 0,
  avrSupportWeight: 0,
  avrInformationWeight: 0,
  avrProspectsWeight: 0,
  borderCrossing: 0,
  borderCheck: 0.2,
  refusalOnCheck: 0.05,
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
        destination: { policing: 0.8, baseQuota: 200, trustedTraveller: { fee: 0.1, timeSaved: 0.5, privacyCost: 0.1, clearance: 0.8 }, temporaryWork: { quota: 50, duration: 4 } },
      },
      { aspiration: 0.3, apprehension: 0.2, avrConsider: 0.05, remigration: 0.2, circularReturn: 0.1, diasporaEngagement: 0.5, trustedEnrolment: 0.5, borderCrossing: 0.5, borderCheck: 0.5, refusalOnCheck: 0.5 },
    );
    for (const s of w.states) s.effort.border = 0.7;
    const dst = stateOf(w, DST).index;
    const size = w.migrants.size;
    const seen = new Set<number>();
    for (let t = 0; t < 40; t++) {
      w.step = t;
      stateOf(w, 'O1').temporaryCarry += 5;
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
      const w = world({ states: [{ id: 'ORG', status: 'partner' }], destination: { policing } }, { apprehension: 0.5, avrConsider: 0, aspiration: 0 });
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

  it('assisted voluntary return is a logit choice on return support, the diaspora\'s information and the prospects at home', () => {
    const avr = { avrConsider: 0.2, avrIntercept: -2, avrSupportWeight: 3, avrInformationWeight: 4, avrProspectsWeight: 1.5 };
    const voluntary = (returnSupport: number, informed: number, development: number, stopped = false) => {
      const w = world({ states: [{ id: 'ORG' }], destination: { policing: 0, returnSupport } }, { apprehension: 0, aspiration: 0, ...avr });
      w.incentivesStopped = stopped;
      const org = stateOf(w, 'ORG');
      org.diasporaEngaged = informed * org.migrantsOf;
      org.effort.development = development;
      for (let m = 0; m < 10000; m++) {
        w.migrants.status[m] = S.irregular;
        w.migrants.location[m] = stateOf(w, DST).index;
      }
      moveMigrants(w);
      return w.tallies.returnsVoluntary / 10000;
    };
    // closed form: avrConsider * logistic(b0 + bs * support + bi * informed + bh * development)
    const expected = (support: number, informed: number, development: number) =>
      avr.avrConsider / (1 + Math.exp(-(avr.avrIntercept + avr.avrSupportWeight * support + avr.avrInformationWeight * informed + avr.avrProspectsWeight * development)));
    const cases: [number, number, number][] = [
      [0, 0, 0],
      [1, 0, 0],
      [0, 0.5, 0],
      [0, 0, 1],
      [0.5, 0.25, 0.5],
    ];
    for (const [support, informed, development] of cases) {
      const p = expected(support, informed, development);
      const sd = Math.sqrt((p * (1 - p)) / 10000);
      expect(Math.abs(voluntary(support, informed, development) - p)).toBeLessThan(4 * sd);
    }
    // withdrawal removes the support, not the choice
    const p = expected(0, 0, 0);
    expect(Math.abs(voluntary(1, 0, 0, true) - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 10000));
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

  it('enrols a regular migrant as a trusted traveller by its own record, whatever its state of origin', () => {
    const w = world(
      {
        states: [{ id: 'ORG' }],
        destination: { trustedTraveller: { fee: 0.1, timeSaved: 0.5, privacyCost: 0.1, clearance: 0.8 } },
      },
      { trustedEnrolment: 0.2, circularReturn: 0, aspiration: 0, diasporaEngagement: 0 },
    );
    const org = stateOf(w, 'ORG');
    // an origin whose nationals abroad are mostly irregular: no bar to a clean individual
    org.regularAbroad = 1000;
    org.irregularAbroad = 9000;
    for (let m = 0; m < 4000; m++) {
      w.migrants.status[m] = S.regular;
      w.migrants.location[m] = stateOf(w, DST).index;
      if (m >= 2000) w.migrants.flags[m] = MigrantFlag.record;
    }
    moveMigrants(w);
    let clean = 0;
    let recorded = 0;
    for (let m = 0; m < 4000; m++) if (w.migrants.flags[m] & MigrantFlag.trusted) m < 2000 ? clean++ : recorded++;
    expect(clean / 2000).toBeGreaterThan(0.2 - 4 * Math.sqrt((0.2 * 0.8) / 2000));
    expect(clean / 2000).toBeLessThan(0.2 + 4 * Math.sqrt((0.2 * 0.8) / 2000));
    expect(recorded).toBe(0);
  });

  it('enrols no one where the programme costs more than the time it saves', () => {
    const w = world(
      { states: [{ id: 'ORG' }], destination: { trustedTraveller: { fee: 0.3, timeSaved: 0.4, privacyCost: 0.1, clearance: 0.8 } } },
      { trustedEnrolment: 1, circularReturn: 0, aspiration: 0, diasporaEngagement: 0 },
    );
    for (let m = 0; m < 500; m++) {
      w.migrants.status[m] = S.regular;
      w.migrants.location[m] = stateOf(w, DST).index;
    }
    moveMigrants(w);
    expect(w.tallies.migrantCounts?.trusted).toBe(0);
  });

  it('puts an irregular stay, a detection and an apprehension on the record, which outlasts return and a new departure', () => {
    const w = world(
      { states: [{ id: 'ORG' }], destination: { policing: 1 } },
      { apprehension: 1, avrConsider: 0, aspiration: 0, remigration: 1, readmissionBase: 1, transitDetection: 0, borderDetection: 0 },
    );
    const dst = stateOf(w, DST).index;
    for (let m = 0; m < 100; m++) {
      w.migrants.status[m] = S.in_transit;
      w.migrants.location[m] = dst;
      w.migrants.leg[m] = 0;
    }
    moveMigrants(w); // arrive: an irregular stay
    for (let m = 0; m < 100; m++) expect(w.migrants.status[m]).toBe(S.irregular);
    moveMigrants(w); // apprehended and readmitted
    moveMigrants(w); // prospective again
    for (let m = 0; m < 100; m++) {
      expect(w.migrants.status[m]).toBe(S.prospective);
      expect(w.migrants.flags[m] & MigrantFlag.record).toBe(MigrantFlag.record);
    }
  });

  it('inspects trusted travellers less at the border: checks at crossing x check x policing x (1 - clearance); a refusal sends the migrant home with a record', () => {
    const crossing = 0.5;
    const checkAt = 0.4;
    const policing = 0.5;
    const clearance = 0.75;
    const w = world(
      { states: [{ id: 'ORG' }], destination: { policing, trustedTraveller: { fee: 0.1, timeSaved: 0.5, privacyCost: 0.1, clearance } } },
      { borderCrossing: crossing, borderCheck: checkAt, refusalOnCheck: 1, trustedEnrolment: 0, circularReturn: 0, aspiration: 0, diasporaEngagement: 0 },
    );
    const n = w.migrants.size / 2;
    for (let m = 0; m < 2 * n; m++) {
      w.migrants.status[m] = S.regular;
      w.migrants.location[m] = stateOf(w, DST).index;
      if (m < n) w.migrants.flags[m] = MigrantFlag.trusted;
    }
    moveMigrants(w);
    let trustedRefused = 0;
    let ordinaryRefused = 0;
    for (let m = 0; m < 2 * n; m++) {
      if (w.migrants.status[m] !== S.returned) continue;
      expect(w.migrants.flags[m] & MigrantFlag.record).toBe(MigrantFlag.record);
      expect(w.migrants.flags[m] & MigrantFlag.trusted).toBe(0);
      m < n ? trustedRefused++ : ordinaryRefused++;
    }
    const ordinary = crossing * checkAt * policing;
    const trusted = ordinary * (1 - clearance);
    const sd = (p: number) => Math.sqrt((p * (1 - p)) / n);
    expect(Math.abs(ordinaryRefused / n - ordinary)).toBeLessThan(4 * sd(ordinary));
    expect(Math.abs(trustedRefused / n - trusted)).toBeLessThan(4 * sd(trusted));
    expect(w.tallies.refusedEntry).toBe(trustedRefused + ordinaryRefused);
    expect(w.tallies.borderChecks).toBe(trustedRefused + ordinaryRefused);
  });

  it('a temporary work scheme is a regular channel with return built in: it fills its slots and its workers return at 1/duration a step', () => {
    const duration = 5;
    const w = world(
      { states: [{ id: 'ORG' }], destination: { baseQuota: 0, temporaryWork: { quota: 100, duration } } },
      { aspiration: 1, attemptBase: 1, regularUtility: 10, irregularUtility: -10, circularReturn: 0, remigration: 0 },
    );
    const org = stateOf(w, 'ORG');
    org.temporaryCarry = 300;
    moveMigrants(w);
    expect(w.tallies.regularArrivals).toBe(300);
    expect(w.tallies.migrantCounts?.temporary).toBe(300);
    expect(org.slotCarry).toBe(0);
    // no new slots: the stock shrinks by 1/duration a step
    let before = 300;
    let left = 0;
    let returned = 0;
    for (let t = 1; t <= 6; t++) {
      w.step = t;
      moveMigrants(w);
      left = w.tallies.migrantCounts?.temporary ?? 0;
      returned += before - left;
      before = left;
    }
    const expected = 300 * (1 - 1 / duration) ** 6;
    expect(Math.abs(left - expected)).toBeLessThan(4 * Math.sqrt(300 * (1 - 1 / duration) ** 6));
    expect(returned).toBe(300 - left);
    for (let m = 0; m < w.migrants.size; m++) if (w.migrants.status[m] === S.returned) expect(w.migrants.flags[m] & MigrantFlag.temporary).toBe(0);
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
