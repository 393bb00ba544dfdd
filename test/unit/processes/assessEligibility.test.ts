import { describe, expect, it } from 'vitest';
import type { PartnershipStatus } from '../../../src/domain/vocabulary.js';
import { acceptanceValue, assessEligibility, readiness } from '../../../src/processes/assessEligibility.js';
import { holdDialogue } from '../../../src/processes/holdDialogue.js';
import { logistic, type World } from '../../../src/world/world.js';
import { destinationOf, frequency, makeWorld, stateOf, type TestState, type TestWorldSpec } from '../../helpers/world.js';

/** Readiness equals capacity (belief and willingness weigh nothing). */
const readinessIsCapacity = { beliefWeight: 0, capacityWeight: 1, willingnessWeight: 0 };

const eligibility = (over: Record<string, number | boolean> = {}) => ({
  ...readinessIsCapacity,
  acceptanceSlope: 100,
  statusGain: 0.15,
  oppositionWeight: 0.5,
  refusalCooloff: 8,
  unconditional: false,
  ...over,
});

/** Thresholds: entry 0.5, agenda 0.4, exit 0.3. */
const thresholds = { entryThreshold: 0.5, agendaThreshold: 0.4, exitThreshold: 0.3, outreach: 0, credibility: 0.7, mobilityQuota: 100, developmentFunds: 0 };

/** A state that accepts any offer (very positive acceptance value). */
const keen: Partial<TestState> = { noAgreementCost: 1, adoptionCost: 0, sovereigntySensitivity: 0, resistance: 0, willingness: 1, trust: 1 };
/** A state that refuses any offer (very negative acceptance value, e.g. Egypt). */
const reluctant: Partial<TestState> = { noAgreementCost: 0, adoptionCost: 1, sovereigntySensitivity: 1, resistance: 0, willingness: 0, trust: 0 };

function world(states: TestState[], spec: Omit<TestWorldSpec, 'states'> = {}, elig = eligibility()): World {
  return makeWorld({
    ...spec,
    states,
    destination: { ...thresholds, ...spec.destination },
    params: { ...spec.params, eligibility: elig, partnership: { conditional: false } },
  });
}

/** Status after one call, for a state of the given status and readiness (capacity). */
function after(status: PartnershipStatus, rho: number, attitude: Partial<TestState> = keen): { status: PartnershipStatus; eligibleSteps: number } {
  const w = world([{ id: 'S', status, capacity: rho, ...attitude }]);
  const s = stateOf(w, 'S');
  if (status === 'candidate') s.eligibleSteps = 2;
  w.step = 5;
  assessEligibility(w);
  return { status: s.status, eligibleSteps: s.eligibleSteps };
}

describe('assessEligibility', () => {
  it('computes readiness as w_b * belief + w_K * K + w_W * W', () => {
    const w = makeWorld({
      states: [{ id: 'S', capacity: 0.6, willingness: 0.2 }],
      params: { eligibility: { beliefWeight: 0.5, capacityWeight: 0.3, willingnessWeight: 0.2 } },
    });
    const s = stateOf(w, 'S');
    s.beliefMean = 0.8;
    expect(readiness(w, s)).toBeCloseTo(0.5 * 0.8 + 0.3 * 0.6 + 0.2 * 0.2, 12);
  });

  describe('hysteresis (entry 0.5, agenda 0.4, exit 0.3)', () => {
    it('offers candidacy to a state in dialogue at or above the entry threshold', () => {
      expect(after('dialogue', 0.55).status).toBe('candidate');
      expect(after('dialogue', 0.5).status).toBe('candidate');
    });

    it('offers the lighter agenda in the middle band, and nothing below it', () => {
      expect(after('dialogue', 0.45).status).toBe('agenda');
      expect(after('dialogue', 0.35).status).toBe('dialogue');
    });

    it('keeps a candidate between the exit and entry thresholds, and sends it back to dialogue below the exit threshold', () => {
      expect(after('candidate', 0.35).status).toBe('candidate');
      expect(after('candidate', 0.45).status).toBe('candidate');
      const fallen = after('candidate', 0.25);
      expect(fallen.status).toBe('dialogue');
      expect(fallen.eligibleSteps).toBe(0);
    });

    it('counts the steps a candidate stays at or above the entry threshold', () => {
      expect(after('candidate', 0.6).eligibleSteps).toBe(3);
    });

    it('promotes an agenda state that becomes ready to candidacy, keeps its agenda in the band, and sends it back to dialogue below the exit threshold', () => {
      expect(after('agenda', 0.55).status).toBe('candidate');
      expect(after('agenda', 0.45).status).toBe('agenda');
      expect(after('agenda', 0.2).status).toBe('dialogue');
    });

    it('counts consecutive steps: a dip below the entry threshold restarts the count', () => {
      const w = world([{ id: 'S', status: 'candidate', capacity: 0.6, ...keen }]);
      const s = stateOf(w, 'S');
      for (let t = 0; t < 3; t++) {
        w.step = t;
        assessEligibility(w);
      }
      expect(s.eligibleSteps).toBe(3);
      s.capacity = 0.45; // in the band: stays candidate
      w.step = 3;
      assessEligibility(w);
      expect(s.status).toBe('candidate');
      s.capacity = 0.6;
      w.step = 4;
      assessEligibility(w);
      expect(s.eligibleSteps).toBe(1);
    });
  });

  describe('the state’s side (External Incentives Model)', () => {
    it('refuses when the acceptance value is very negative (high adoption cost, sovereignty, no cost of no agreement)', () => {
      expect(after('dialogue', 0.55, reluctant).status).toBe('refused');
      expect(after('dialogue', 0.45, reluctant).status).toBe('refused');
      // an agenda state that declines candidacy keeps its agenda
      expect(after('agenda', 0.55, reluctant).status).toBe('agenda');
    });

    it('computes V = credibility x value x share + statusGain + noAgreementCost - C - o(Z + S)', () => {
      const w = world([{ id: 'S', noAgreementCost: 0.2, adoptionCost: 0.3, resistance: 0.1, sovereigntySensitivity: 0.4 }]);
      const s = stateOf(w, 'S');
      const rewardsOf = (offer: 'candidate' | 'agenda') => acceptanceValue(w, s, offer) - (0.15 + 0.2 - 0.3 - 0.5 * (0.1 + 0.4));
      // the candidacy is worth more than the agenda, both proportional to credibility
      expect(rewardsOf('candidate')).toBeGreaterThan(rewardsOf('agenda'));
      expect(rewardsOf('agenda')).toBeGreaterThan(0);
      const before = rewardsOf('candidate');
      // the credibility that counts is the one the state has learnt (it starts at the destination's 0.7)
      expect(s.credibilitySeen).toBe(0.7);
      destinationOf(w).credibility = 0.1;
      expect(rewardsOf('candidate')).toBeCloseTo(before, 12);
      s.credibilitySeen = 0.35;
      expect(rewardsOf('candidate')).toBeCloseTo(before / 2, 12);
      s.credibilitySeen = 0;
      expect(acceptanceValue(w, s, 'candidate')).toBeCloseTo(0.15 + 0.2 - 0.3 - 0.5 * 0.5, 12);
      w.incentivesStopped = true;
      s.credibilitySeen = 1;
      expect(acceptanceValue(w, s, 'candidate')).toBeCloseTo(0.15 + 0.2 - 0.3 - 0.5 * 0.5, 12);
    });

    it('discounts promised rewards by trust: (1 − k + k·T) of their expected worth', () => {
      const w = world([{ id: 'S', noAgreementCost: 0.2, adoptionCost: 0.3, resistance: 0.1, sovereigntySensitivity: 0.4, trust: 1 }], {}, eligibility({ trustDiscount: 0.5 }));
      const s = stateOf(w, 'S');
      const fixed = 0.15 + 0.2 - 0.3 - 0.5 * (0.1 + 0.4);
      const full = acceptanceValue(w, s, 'candidate') - fixed;
      expect(full).toBeGreaterThan(0);
      s.trust = 0.2;
      expect(acceptanceValue(w, s, 'candidate') - fixed).toBeCloseTo(full * (0.5 + 0.5 * 0.2), 12);
      s.trust = 0;
      expect(acceptanceValue(w, s, 'candidate') - fixed).toBeCloseTo(full * 0.5, 12);
    });

    it('accepts with probability logistic(s * V): credibility is the decisive condition (over many draws)', () => {
      const acceptance = (credibility: number) => {
        const w = world(
          [{ id: 'S', status: 'dialogue', capacity: 0.6, noAgreementCost: 0, adoptionCost: 0.3, sovereigntySensitivity: 0, resistance: 0 }],
          { destination: { credibility, mobilityQuota: 100, developmentFunds: 0 } },
          eligibility({ acceptanceSlope: 8, statusGain: 0, oppositionWeight: 0.5 }),
        );
        const s = stateOf(w, 'S');
        const expected = logistic(8 * acceptanceValue(w, s, 'candidate'));
        const hits: boolean[] = [];
        for (let t = 0; t < 3000; t++) {
          s.status = 'dialogue';
          assessEligibility(w);
          hits.push(stateOf(w, 'S').status === 'candidate');
        }
        return { observed: frequency(hits), expected };
      };
      const credible = acceptance(1);
      const incredible = acceptance(0);
      expect(Math.abs(credible.observed - credible.expected)).toBeLessThan(0.03);
      expect(Math.abs(incredible.observed - incredible.expected)).toBeLessThan(0.03);
      expect(credible.observed).toBeGreaterThan(incredible.observed + 0.5);
    });
  });

  describe('refusal and cool-off', () => {
    it("a refusal lasts `refusalCooloff` steps, then the state has no status again", () => {
      const w = world([{ id: 'S', status: 'dialogue', capacity: 0.6, ...reluctant }], {}, eligibility({ refusalCooloff: 8 }));
      const s = stateOf(w, 'S');
      w.step = 3;
      assessEligibility(w);
      expect(s.status).toBe('refused');
      expect(s.statusSince).toBe(3);
      for (let t = 4; t < 11; t++) {
        w.step = t;
        assessEligibility(w);
        expect(s.status).toBe('refused');
      }
      w.step = 11;
      assessEligibility(w);
      expect(s.status).toBe('none');
    });

    it('after the cool-off a forum member re-enters dialogue at its next meeting', () => {
      const w = makeWorld({
        states: [{ id: 'S', status: 'refused', capacity: 0.2, ...keen }],
        forums: [{ id: 'F', members: ['S'], meetEvery: 1 }],
        destination: thresholds,
        params: { eligibility: eligibility({ refusalCooloff: 2 }), dialogue: { attendance: 1, trustGain: 0, framingGain: 0, trustDecay: 0 } },
      });
      const s = stateOf(w, 'S');
      for (let t = 0; t < 4 && s.status !== 'dialogue'; t++) {
        w.step = t;
        holdDialogue(w);
        assessEligibility(w);
      }
      expect(s.status).toBe('dialogue');
    });
  });

  describe('outreach', () => {
    const three: TestState[] = [
      { id: 'LOW', status: 'none', capacity: 0.1, ...keen },
      { id: 'HIGH', status: 'none', capacity: 0.3, ...keen },
      { id: 'MID', status: 'none', capacity: 0.2, ...keen },
    ];

    it('invites `outreach` states with no status to dialogue, the most ready first', () => {
      const one = world(three, { destination: { outreach: 1 } });
      assessEligibility(one);
      expect(['LOW', 'MID', 'HIGH'].map((id) => stateOf(one, id).status)).toEqual(['none', 'none', 'dialogue']);
      const two = world(three, { destination: { outreach: 2 } });
      assessEligibility(two);
      expect(['LOW', 'MID', 'HIGH'].map((id) => stateOf(two, id).status)).toEqual(['none', 'dialogue', 'dialogue']);
      const none = world(three, { destination: { outreach: 0 } });
      assessEligibility(none);
      expect(['LOW', 'MID', 'HIGH'].map((id) => stateOf(none, id).status)).toEqual(['none', 'none', 'none']);
    });

    it('widened outreach (after excess arrivals) invites one more state from the second step on', () => {
      const w = world(three, { destination: { outreach: 1 } });
      destinationOf(w).outreachBonus = 1;
      w.step = 0;
      assessEligibility(w);
      expect(three.filter((s) => stateOf(w, s.id).status === 'dialogue')).toHaveLength(1);
      w.step = 1;
      assessEligibility(w);
      expect(three.filter((s) => stateOf(w, s.id).status === 'dialogue')).toHaveLength(3);
    });

    it('an invited state that rejects talks refuses (Egypt)', () => {
      const w = world([{ id: 'S', status: 'none', capacity: 0.3, ...reluctant }], { destination: { outreach: 1 } });
      assessEligibility(w);
      expect(stateOf(w, 'S').status).toBe('refused');
    });
  });

  it('unconditional eligibility offers candidacy to every state in dialogue, however unready', () => {
    const w = makeWorld({
      states: [{ id: 'S', status: 'dialogue', capacity: 0, willingness: 0, ...keen }],
      destination: thresholds,
      params: { eligibility: eligibility({ unconditional: true, beliefWeight: 0.5, capacityWeight: 0.25, willingnessWeight: 0.25 }), monitoring: { priorMean: 0 }, partnership: { conditional: false } },
    });
    assessEligibility(w);
    expect(stateOf(w, 'S').status).toBe('candidate');
  });
});
