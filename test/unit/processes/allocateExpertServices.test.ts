import { describe, expect, it } from 'vitest';
import { allocateExpertServices } from '../../../src/processes/allocateExpertServices.js';
import { signPartnership } from '../../../src/processes/concludePartnership.js';
import { expertOf, makeWorld, stateOf, type TestExpert, type TestWorldSpec } from '../../helpers/world.js';

const experts = (over: Record<string, number> = {}) => ({
  experts: {
    serviceCost: 1,
    profileGain: 0.2,
    trainingGain: 0.1,
    wishlistGain: 0.05,
    capacityDecay: 0,
    dataDecay: 0,
    authorityGain: 0.2,
    authorityDecay: 0.01,
    ...over,
  },
});

/** A partner, a candidate and a state in dialogue, all with the same attributes. */
function queueWorld(expert: Partial<TestExpert> = {}, params = experts()): TestWorldSpec {
  const same = { capacity: 0.6, dataQuality: 0.7, willingness: 0.5 };
  return {
    states: [
      { id: 'DIA', status: 'dialogue', ...same },
      { id: 'CAN', status: 'candidate', ...same },
      { id: 'PAR', status: 'partner', ...same },
      { id: 'NON', status: 'none', ...same },
      { id: 'REF', status: 'refused', ...same },
    ],
    experts: [{ id: 'X', services: ['training'], budget: 1, ...expert }],
    params,
  };
}

describe('allocateExpertServices', () => {
  it('serves partners before candidates before states in dialogue when the budget is short', () => {
    const served = (budget: number) => {
      const world = makeWorld(queueWorld({ budget }));
      allocateExpertServices(world);
      return ['PAR', 'CAN', 'DIA'].filter((id) => stateOf(world, id).capacity > 0.6);
    };
    expect(served(1)).toEqual(['PAR']);
    expect(served(2)).toEqual(['PAR', 'CAN']);
    expect(served(3)).toEqual(['PAR', 'CAN', 'DIA']);
  });

  it("never serves states with no status or that refused, however large the budget", () => {
    const world = makeWorld(queueWorld({ budget: 100 }));
    allocateExpertServices(world);
    expect(stateOf(world, 'NON').capacity).toBe(0.6);
    expect(stateOf(world, 'REF').capacity).toBe(0.6);
    expect(expertOf(world, 'X').delivered).toBe(3);
    expect(world.tallies.expertServices).toBe(3);
  });

  it('breaks ties at random: two partners competing for one service each get it about half the time', () => {
    const world = makeWorld({
      states: [
        { id: 'P1', status: 'partner' },
        { id: 'P2', status: 'partner' },
      ],
      experts: [{ id: 'X', services: ['training'], budget: 1 }],
      params: experts(),
    });
    const p1 = stateOf(world, 'P1');
    const p2 = stateOf(world, 'P2');
    let first = 0;
    const n = 2000;
    for (let t = 0; t < n; t++) {
      p1.capacity = p2.capacity = 0.5;
      allocateExpertServices(world);
      expect((p1.capacity > 0.5 ? 1 : 0) + (p2.capacity > 0.5 ? 1 : 0)).toBe(1);
      if (p1.capacity > 0.5) first++;
    }
    expect(first / n).toBeGreaterThan(0.45);
    expect(first / n).toBeLessThan(0.55);
  });

  it('migration profiles raise data quality by profileGain times the gap', () => {
    const world = makeWorld({
      states: [{ id: 'P', status: 'partner', dataQuality: 0.2 }],
      experts: [{ id: 'X', services: ['profile'], budget: 1 }],
      params: experts(),
    });
    allocateExpertServices(world);
    const p = stateOf(world, 'P');
    expect(p.dataQuality).toBeCloseTo(0.2 + 0.2 * 0.8, 12);
    expect(p.profiled).toBe(true);
  });

  it('training raises capacity by trainingGain times the room to grow; capacity-building by 1.5 times that', () => {
    const training = makeWorld({
      states: [{ id: 'P', status: 'partner', capacity: 0.4, dataQuality: 0.9 }],
      experts: [{ id: 'X', services: ['training'], budget: 1 }],
      params: experts(),
    });
    allocateExpertServices(training);
    expect(stateOf(training, 'P').capacity).toBeCloseTo(0.4 + 0.1 * 0.6, 12);
    expect(stateOf(training, 'P').trained).toBe(true);

    const building = makeWorld({
      states: [{ id: 'P', status: 'partner', capacity: 0.4, dataQuality: 0.9 }],
      experts: [{ id: 'X', services: ['capacity'], budget: 1 }],
      params: experts(),
    });
    allocateExpertServices(building);
    expect(stateOf(building, 'P').capacity).toBeCloseTo(0.4 + 1.5 * 0.1 * 0.6, 12);
  });

  const sustainedCapacityBuilding = (trainingGain: number) => {
    const world = makeWorld({
      states: [{ id: 'P', status: 'partner', capacity: 0.3 }],
      experts: [{ id: 'X', services: ['capacity'], budget: 1 }],
      params: experts({ trainingGain }),
    });
    const p = stateOf(world, 'P');
    let previous = p.capacity;
    for (let t = 0; t < 50; t++) {
      allocateExpertServices(world);
      expect(p.capacity).toBeGreaterThanOrEqual(previous);
      expect(p.capacity).toBeLessThanOrEqual(1);
      previous = p.capacity;
    }
    expect(p.capacity).toBeGreaterThan(0.99);
  };

  it('capacity grows logistically: it approaches but never exceeds 1 under sustained capacity-building', () => {
    sustainedCapacityBuilding(0.5);
  });

  it('capacity-building keeps capacity in [0, 1] for every trainingGain the schema accepts', () => {
    sustainedCapacityBuilding(1);
  });

  it('wish-list help raises a candidate’s capacity and willingness, bringing it towards eligibility', () => {
    const world = makeWorld({
      states: [{ id: 'C', status: 'candidate', capacity: 0.4, willingness: 0.4 }],
      experts: [{ id: 'X', services: ['wishlist', 'training'], budget: 1 }],
      params: experts(),
    });
    allocateExpertServices(world);
    const c = stateOf(world, 'C');
    expect(c.capacity).toBeCloseTo(0.4 + 0.05 * 0.6, 12);
    expect(c.willingness).toBeCloseTo(0.4 + 0.05 * 0.6, 12);
  });

  it('gains above the initial levels decay when services stop', () => {
    const world = makeWorld({
      states: [{ id: 'P', status: 'partner', capacity: 0.4, dataQuality: 0.3 }],
      experts: [{ id: 'X', services: ['training'], budget: 0 }],
      params: experts({ capacityDecay: 0.1, dataDecay: 0.2 }),
    });
    const p = stateOf(world, 'P');
    p.capacity = 0.6;
    p.dataQuality = 0.5;
    allocateExpertServices(world);
    expect(p.capacity).toBeCloseTo(0.6 - 0.1 * 0.2, 12);
    expect(p.dataQuality).toBeCloseTo(0.5 - 0.2 * 0.2, 12);
    for (let t = 0; t < 500; t++) allocateExpertServices(world);
    // never below the initial levels
    expect(p.capacity).toBeGreaterThanOrEqual(0.4);
    expect(p.capacity).toBeCloseTo(0.4, 6);
    expect(p.dataQuality).toBeCloseTo(0.3, 6);
  });

  it("counts services to a partner as projects of its partnership", () => {
    const world = makeWorld({
      states: [{ id: 'P', status: 'candidate' }],
      experts: [{ id: 'X', services: ['training'], budget: 1 }],
      params: experts(),
    });
    signPartnership(world, stateOf(world, 'P'));
    allocateExpertServices(world);
    allocateExpertServices(world);
    expect(world.partnerships[0].projects).toBe(2);
  });

  it('raises authority with use: a fully used budget raises it, an idle one lets it decay', () => {
    const busy = makeWorld(queueWorld({ budget: 3, authority: 0.2 }));
    allocateExpertServices(busy);
    // use = 3/3 and demand = min(1, 3 requests / 3) = 1
    expect(expertOf(busy, 'X').authority).toBeCloseTo(0.2 + 0.2 * 0.8 - 0.01 * 0.2, 12);

    const idle = makeWorld({
      states: [{ id: 'N', status: 'none' }],
      experts: [{ id: 'X', services: ['training'], budget: 3, authority: 0.2 }],
      params: experts(),
    });
    allocateExpertServices(idle);
    expect(expertOf(idle, 'X').authority).toBeCloseTo(0.2 * 0.99, 12);
  });

  it('authority grows faster the more of its budget is used, and stays in [0, 1]', () => {
    const authorityAfter = (budget: number) => {
      // three requesters; a larger budget than demand leaves part of it unused
      const world = makeWorld(queueWorld({ budget, authority: 0.2 }, experts({ authorityGain: 1, authorityDecay: 0 })));
      const x = expertOf(world, 'X');
      const path: number[] = [];
      for (let t = 0; t < 30; t++) {
        allocateExpertServices(world);
        path.push(x.authority);
      }
      return path;
    };
    const full = authorityAfter(3);
    const partial = authorityAfter(12);
    expect(full[0]).toBeGreaterThan(partial[0]);
    for (const a of [...full, ...partial]) {
      expect(a).toBeGreaterThanOrEqual(0);
      expect(a).toBeLessThanOrEqual(1);
    }
  });

  describe('the formal mandate', () => {
    /** A partner with low data quality and capacity, served by an expert whose mandate covers training and capacity. */
    const mandated = (authority: number, beyondMandateAuthority: number) =>
      makeWorld({
        states: [{ id: 'P', status: 'partner', dataQuality: 0.1, capacity: 0.6 }],
        experts: [{ id: 'X', services: ['profile', 'training'], mandateServices: ['training'], budget: 1, authority }],
        params: experts({ profileThreshold: 0.6, beyondMandateAuthority, authorityGain: 0, authorityDecay: 0 }),
      });

    it('counts the services delivered outside the mandate: a planted share of 1 in 2', () => {
      // a profile (outside the mandate) while data quality is low, training (inside) once it is high
      const world = mandated(0.5, 0);
      const x = expertOf(world, 'X');
      allocateExpertServices(world);
      expect(x.deliveredTotal).toBe(1);
      expect(x.beyondMandateTotal).toBe(1);
      stateOf(world, 'P').dataQuality = 0.9;
      allocateExpertServices(world);
      expect(x.deliveredTotal).toBe(2);
      expect(x.beyondMandateTotal).toBe(1);
    });

    it('an expert below the authority it needs keeps to its mandate, and goes beyond it once its authority reaches it', () => {
      const low = mandated(0.2, 0.3);
      allocateExpertServices(low);
      expect(stateOf(low, 'P').dataQuality).toBe(0.1);
      expect(stateOf(low, 'P').trained).toBe(true);
      expect(expertOf(low, 'X').beyondMandateTotal).toBe(0);
      const high = mandated(0.3, 0.3);
      allocateExpertServices(high);
      expect(stateOf(high, 'P').dataQuality).toBeGreaterThan(0.1);
      expect(expertOf(high, 'X').beyondMandateTotal).toBe(1);
    });

    it('without a list, the whole menu is the mandate: nothing counts as beyond it', () => {
      const world = makeWorld({
        states: [{ id: 'P', status: 'partner', dataQuality: 0.1 }],
        experts: [{ id: 'X', services: ['profile', 'training'], budget: 3 }],
        params: experts(),
      });
      for (let t = 0; t < 5; t++) allocateExpertServices(world);
      expect(expertOf(world, 'X').deliveredTotal).toBe(5);
      expect(expertOf(world, 'X').beyondMandateTotal).toBe(0);
    });
  });
});
