import { describe, expect, it } from 'vitest';
import type { PartnershipStatus } from '../../../src/domain/vocabulary.js';
import { assessEligibility } from '../../../src/processes/assessEligibility.js';
import { concludePartnership } from '../../../src/processes/concludePartnership.js';
import type { World } from '../../../src/world/world.js';
import { DST, destinationOf, frequency, makeWorld, mean, stateOf, type TestState, type TestWorldSpec } from '../../helpers/world.js';

const partnership = (over: Record<string, number | boolean> = {}) => ({
  mobilityMultiplier: 1,
  aidMultiplier: 1,
  visaAfter: 8,
  visaBelief: 0.55,
  conditional: false,
  complianceThreshold: 0.35,
  sanctions: 0,
  agendaShare: 0.35,
  softContingency: 0.6,
  candidateShare: 0.2,
  ...over,
});

/** Full value 1: 50 slots / 100 + 1 aid unit * 0.5. */
const destination = { mobilityQuota: 50, developmentFunds: 1, credibility: 1, preparatoryPeriod: 4, visaFacilitation: 0.3 };

function world(states: TestState[], spec: Omit<TestWorldSpec, 'states'> = {}, over: Record<string, number | boolean> = {}): World {
  return makeWorld({
    migrants: 1000,
    ...spec,
    states,
    destination: { ...destination, ...spec.destination },
    params: { ...spec.params, partnership: partnership(over) },
  });
}

function run(w: World, from: number, to: number): void {
  for (let t = from; t < to; t++) {
    w.step = t;
    concludePartnership(w);
  }
}

describe('concludePartnership', () => {
  it('signs a partnership once a candidate has been ready for the preparatory period, not before', () => {
    const w = world([{ id: 'S', status: 'candidate' }], { destination: { preparatoryPeriod: 4 } });
    const s = stateOf(w, 'S');
    s.effort = { mobility: 0.2, development: 0.5, border: 0.95 };
    s.eligibleSteps = 3;
    w.step = 7;
    concludePartnership(w);
    expect(s.status).toBe('candidate');
    expect(w.partnerships).toHaveLength(0);

    s.eligibleSteps = 4;
    w.step = 8;
    concludePartnership(w);
    expect(s.status).toBe('partner');
    expect(s.statusSince).toBe(8);
    expect(w.partnerships).toHaveLength(1);
    const deal = w.partnerships[0];
    expect(s.partnership).toBe(deal.index);
    expect(deal.state).toBe(s.index);
    expect(deal.destination).toBe(stateOf(w, DST).index);
    expect(deal.start).toBe(8);
    expect(deal.projects).toBe(0);
    // commitments: current effort plus a margin, within [0, 1]
    expect(deal.commitments.mobility).toBeCloseTo(0.3, 12);
    expect(deal.commitments.development).toBeCloseTo(0.6, 12);
    expect(deal.commitments.border).toBe(1);
  });

  it('with assessEligibility: a candidate that stays ready signs on the P-th step of readiness', () => {
    const w = makeWorld({
      states: [{ id: 'S', status: 'candidate', capacity: 0.9, noAgreementCost: 1, adoptionCost: 0, sovereigntySensitivity: 0 }],
      destination: { ...destination, preparatoryPeriod: 5, entryThreshold: 0.5, exitThreshold: 0.3, agendaThreshold: 0.4, outreach: 0 },
      params: {
        eligibility: { beliefWeight: 0, capacityWeight: 1, willingnessWeight: 0, unconditional: false },
        partnership: partnership(),
      },
    });
    const s = stateOf(w, 'S');
    const statuses: string[] = [];
    for (let t = 0; t < 8; t++) {
      w.step = t;
      assessEligibility(w);
      concludePartnership(w);
      statuses.push(s.status);
    }
    expect(statuses).toEqual(['candidate', 'candidate', 'candidate', 'candidate', 'partner', 'partner', 'partner', 'partner']);
    expect(w.partnerships).toHaveLength(1);
  });

  it('promises each status its share of the full rewards, and a credible destination (credibility 1) delivers all of it', () => {
    const statuses: PartnershipStatus[] = ['partner', 'agenda', 'candidate', 'dialogue', 'none', 'refused', 'suspended'];
    const w = world(statuses.map((status) => ({ id: status.toUpperCase(), status })), { destination: { credibility: 1 } });
    const full = destinationOf(w).fullValue;
    expect(full).toBeCloseTo(1, 12);
    stateOf(w, 'CANDIDATE').eligibleSteps = 0; // not ready to sign (preparatory period 4)
    run(w, 0, 1);
    const got = Object.fromEntries(statuses.map((st) => [st, [stateOf(w, st.toUpperCase()).promised, stateOf(w, st.toUpperCase()).incentives]]));
    expect(got.partner).toEqual([1, 1].map((x) => expect.closeTo(x, 12)));
    expect(got.agenda).toEqual([0.35, 0.35].map((x) => expect.closeTo(x, 12)));
    expect(got.candidate).toEqual([0.2, 0.2].map((x) => expect.closeTo(x, 12)));
    expect(got.dialogue).toEqual([0, 0]);
    expect(got.none).toEqual([0, 0]);
    expect(got.refused).toEqual([0, 0]);
    expect(got.suspended).toEqual([0, 0]);
  });

  it('keeps a promise with probability equal to its credibility (over many draws)', () => {
    const w = world([{ id: 'S', status: 'partner' }], { destination: { credibility: 0.6 } });
    const s = stateOf(w, 'S');
    const kept: boolean[] = [];
    for (let t = 0; t < 4000; t++) {
      w.step = t;
      concludePartnership(w);
      kept.push(s.incentives > 0);
    }
    expect(frequency(kept)).toBeGreaterThan(0.57);
    expect(frequency(kept)).toBeLessThan(0.63);
  });

  it('with credibility 0, promises are made but nothing is delivered, and no mobility slots open', () => {
    const w = world([{ id: 'S', status: 'partner' }], { destination: { credibility: 0 } });
    const s = stateOf(w, 'S');
    const carry = s.slotCarry;
    run(w, 0, 50);
    expect(s.promised).toBeGreaterThan(0);
    expect(s.incentives).toBe(0);
    expect(s.incentivesTotal).toBe(0);
    expect(s.slotCarry).toBe(carry);
  });

  it('creates unkept promises when a credible destination stops delivering; they fade as expectations adapt', () => {
    const w = world([{ id: 'S', status: 'partner' }], { destination: { credibility: 1 } });
    const s = stateOf(w, 'S');
    run(w, 0, 40);
    expect(s.unkept).toBe(0);
    expect(s.expectedRewards).toBeCloseTo(1, 3);
    destinationOf(w).credibility = 0;
    run(w, 40, 41);
    expect(s.incentives).toBe(0);
    expect(s.unkept).toBeCloseTo(1, 3);
    const path: number[] = [];
    for (let t = 41; t < 120; t++) {
      run(w, t, t + 1);
      path.push(s.unkept);
    }
    // expectations follow the credibility the state learns, which falls by a share 0.1 a step
    for (let k = 1; k < path.length; k++) expect(path[k]).toBeLessThan(path[k - 1]);
    expect(path[path.length - 1]).toBeLessThan(0.01);
  });

  it('a half-credible destination leaves unkept promises on the steps it does not deliver', () => {
    const w = world([{ id: 'S', status: 'partner' }], { destination: { credibility: 0.5 } });
    const s = stateOf(w, 'S');
    const unkept: number[] = [];
    for (let t = 0; t < 2000; t++) {
      run(w, t, t + 1);
      if (t > 50 && s.incentives === 0) unkept.push(s.unkept);
    }
    // the expectation settles near credibility x promise = 0.5
    expect(mean(unkept)).toBeGreaterThan(0.35);
    expect(mean(unkept)).toBeLessThan(0.65);
  });

  it('withdrawal stops promises and payments, and expectations fade', () => {
    const w = world([{ id: 'S', status: 'partner' }], { destination: { credibility: 1 } });
    const s = stateOf(w, 'S');
    run(w, 0, 30);
    const carry = s.slotCarry;
    w.incentivesStopped = true;
    run(w, 30, 31);
    expect(s.promised).toBe(0);
    expect(s.incentives).toBe(0);
    expect(s.unkept).toBeGreaterThan(0.9);
    run(w, 31, 80);
    expect(s.promised).toBe(0);
    expect(s.expectedRewards).toBeLessThan(0.01);
    expect(s.slotCarry).toBe(carry);
  });

  describe('conditionality', () => {
    const conditional = { conditional: true, sanctions: 0.5, complianceThreshold: 0.35 };

    it('sanctions non-compliance: a share of the promised rewards is withheld', () => {
      const w = world([{ id: 'S', status: 'partner' }], { destination: { credibility: 1 } }, conditional);
      const s = stateOf(w, 'S');
      s.observedPerformance = 0.2;
      run(w, 0, 1);
      expect(s.promised).toBeCloseTo(1, 12);
      expect(s.incentives).toBeCloseTo(-0.5, 12);
      expect(s.incentivesTotal).toBeCloseTo(-0.5, 12);
    });

    it('pays compliance in full (with credibility 1)', () => {
      const w = world([{ id: 'S', status: 'partner' }], { destination: { credibility: 1 } }, conditional);
      const s = stateOf(w, 'S');
      s.observedPerformance = 0.5;
      run(w, 0, 1);
      expect(s.incentives).toBeCloseTo(1, 12);
    });

    it('offers every engaged state full rewards for compliance', () => {
      const w = world(
        [
          { id: 'DIA', status: 'dialogue' },
          { id: 'NON', status: 'none' },
        ],
        { destination: { credibility: 1 } },
        conditional,
      );
      for (const s of w.states) s.observedPerformance = 0.9;
      run(w, 0, 1);
      expect(stateOf(w, 'DIA').incentives).toBeCloseTo(1, 12);
      expect(stateOf(w, 'NON').promised).toBe(0);
    });

    it('without conditionality, observed performance does not matter', () => {
      const w = world([{ id: 'S', status: 'partner' }], { destination: { credibility: 1 } }, { ...conditional, conditional: false });
      const s = stateOf(w, 'S');
      s.observedPerformance = 0;
      run(w, 0, 1);
      expect(s.incentives).toBeCloseTo(1, 12);
    });
  });

  it('grants visa facilitation to a partner reliable enough for long enough, adding its value to the promise', () => {
    const w = world(
      [
        { id: 'GOOD', status: 'partner' },
        { id: 'POOR', status: 'partner' },
      ],
      { destination: { credibility: 1, visaFacilitation: 0.3 } },
      { visaAfter: 8, visaBelief: 0.55 },
    );
    stateOf(w, 'GOOD').beliefMean = 0.7;
    stateOf(w, 'POOR').beliefMean = 0.4;
    run(w, 0, 8);
    expect(stateOf(w, 'GOOD').visaFacilitated).toBe(false);
    run(w, 8, 9);
    expect(stateOf(w, 'GOOD').visaFacilitated).toBe(true);
    expect(stateOf(w, 'GOOD').promised).toBeCloseTo(1.3, 12);
    expect(stateOf(w, 'POOR').visaFacilitated).toBe(false);
    expect(stateOf(w, 'POOR').promised).toBeCloseTo(1, 12);
  });

  it("opens legal-mobility slots in proportion to the quota kept: quota x multiplier x scale x status share", () => {
    const w = world(
      [
        { id: 'P', status: 'partner' },
        { id: 'A', status: 'agenda' },
      ],
      { migrants: 20000, destination: { credibility: 1, mobilityQuota: 50 } },
      { mobilityMultiplier: 2, agendaShare: 0.35 },
    );
    run(w, 0, 1);
    // 50 per 100,000 migrants, 20,000 migrants: scale 0.2
    expect(stateOf(w, 'P').slotCarry).toBeCloseTo(50 * 2 * 0.2, 9);
    expect(stateOf(w, 'A').slotCarry).toBeCloseTo(50 * 2 * 0.2 * 0.35, 9);
  });

  describe("the destination's commitments and the credibility a partner sees", () => {
    it('records what the destination commits to at signature: quota x multiplier, funds x multiplier, visa after visaAfter, projects', () => {
      const w = world([{ id: 'S', status: 'candidate' }], { destination: { mobilityQuota: 40, developmentFunds: 2, projects: 3 } }, { mobilityMultiplier: 1.5, aidMultiplier: 2, visaAfter: 12 });
      const s = stateOf(w, 'S');
      s.eligibleSteps = 10;
      run(w, 0, 1);
      expect(w.partnerships[0].offer).toEqual({ quota: 60, funds: 4, visaAfter: 12, projects: 3 });
    });

    it('learns credibility from delivery: kappa moves by lambda x (kept / owed - kappa), a closed form when nothing is delivered', () => {
      const w = world([{ id: 'S', status: 'partner' }], { destination: { credibility: 0 } }, { credibilityLearning: 0.1, projectValue: 0 });
      const s = stateOf(w, 'S');
      expect(s.credibilitySeen).toBe(0);
      s.credibilitySeen = 0.8;
      run(w, 0, 10);
      expect(s.credibilitySeen).toBeCloseTo(0.8 * 0.9 ** 10, 12);
      expect(s.owedTotal).toBeCloseTo(10, 12);
      expect(s.keptTotal).toBe(0);
    });

    it('converges to the share of promises kept: a destination of credibility 0.6 is seen at about 0.6', () => {
      const w = world([{ id: 'S', status: 'partner' }], { destination: { credibility: 0.6 } }, { credibilityLearning: 0.05, projectValue: 0 });
      const s = stateOf(w, 'S');
      s.credibilitySeen = 1;
      const seen: number[] = [];
      for (let t = 0; t < 3000; t++) {
        run(w, t, t + 1);
        if (t >= 200) seen.push(s.credibilitySeen);
      }
      expect(mean(seen)).toBeGreaterThan(0.57);
      expect(mean(seen)).toBeLessThan(0.63);
      expect(s.keptTotal / s.owedTotal).toBeGreaterThan(0.57);
      expect(s.keptTotal / s.owedTotal).toBeLessThan(0.63);
    });

    it('committed projects not delivered are unkept promises of projectValue each and lower the credibility seen, even when every reward is paid', () => {
      const w = world([{ id: 'S', status: 'candidate' }], { destination: { credibility: 1, projects: 2 } }, { credibilityLearning: 0.1, projectValue: 0.25 });
      const s = stateOf(w, 'S');
      s.eligibleSteps = 10;
      s.credibilitySeen = 1;
      s.expectedRewards = 1;
      run(w, 0, 1);
      // owed 1 (rewards) + 2 x 0.25 (projects), kept 1: kappa = 1 + 0.1 (1 / 1.5 - 1)
      expect(s.credibilitySeen).toBeCloseTo(1 + 0.1 * (1 / 1.5 - 1), 12);
      expect(s.unkept).toBeCloseTo(0.5, 12);
      // one of the two projects delivered since: half the shortfall
      w.partnerships[0].projects += 1;
      run(w, 1, 2);
      expect(s.unkept).toBeCloseTo(0.25, 12);
      expect(w.partnerships[0].projectsDue).toBe(4);
    });

    it('under conditionality a sanctioned state was owed nothing: its credibility seen does not fall', () => {
      const w = world([{ id: 'S', status: 'partner' }], { destination: { credibility: 1 } }, { conditional: true, sanctions: 0.5, complianceThreshold: 0.5, credibilityLearning: 0.1 });
      const s = stateOf(w, 'S');
      s.credibilitySeen = 0.9;
      s.observedPerformance = 0.1;
      run(w, 0, 5);
      expect(s.incentives).toBeLessThan(0);
      expect(s.credibilitySeen).toBe(0.9);
    });

    it('the mobility pillar opens a temporary work scheme: quota x multiplier x scale x mobility effort for a partner, nothing for others or after withdrawal', () => {
      const w = world(
        [
          { id: 'P', status: 'partner' },
          { id: 'A', status: 'agenda' },
        ],
        { migrants: 20000, destination: { temporaryWork: { quota: 30, duration: 8 } } },
        { mobilityMultiplier: 2 },
      );
      stateOf(w, 'P').effort.mobility = 0.4;
      run(w, 0, 1);
      expect(stateOf(w, 'P').temporaryCarry).toBeCloseTo(30 * 2 * 0.2 * 0.4, 12);
      expect(stateOf(w, 'A').temporaryCarry).toBe(0);
      w.incentivesStopped = true;
      run(w, 1, 2);
      expect(stateOf(w, 'P').temporaryCarry).toBeCloseTo(30 * 2 * 0.2 * 0.4, 12);
    });
  });
});
