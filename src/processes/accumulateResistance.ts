/**
 * Submodel 7.8 of the ODD (docs/ODD.md), institutions, emigration restriction and resistance.
 * Responsibilisation times capacity drives new migration institutions and laws (a
 * hazard), detention capacity and exit controls on citizens (each adjusting towards
 * R * K * a_border); under the incentives variant the driver is the state's
 * pillar-weighted effort instead of R (institutions are built as rewarded conduct),
 * under transfer its adopted standard (institutions are learnt practice). Resistance is a stock fed by exit restrictions, forced returns
 * of nationals, public shaming, sanctions borne (times sovereignty sensitivity), unkept
 * promises and the cost of border effort; it
 * decays, erodes willingness and, above a threshold, suspends a partnership, which
 * resumes when resistance has fallen below a lower threshold.
 */
import { MAX_INSTITUTIONS, clamp01, courtingDestination, type StateAgent, type World } from '../world/world.js';
import { weightedEffort } from './chooseEffort.js';

/** What drives institutions, detention and exit restriction besides capacity, by variant. */
export function institutionDriver(world: World, state: StateAgent): number {
  switch (world.variant.institutionDriver) {
    case 'effort':
      return weightedEffort(world, state);
    case 'standard':
      return state.standard;
    default:
      return state.responsibilisation;
  }
}

/**
 * The sanction a state bears this step, as a share of its destination's full-partner
 * value: −incentives when its rewards were withdrawn as a sanction (§7.10), else 0.
 */
export function sanctionFelt(world: World, state: StateAgent): number {
  if (state.incentives >= 0 || state.courtedBy < 0) return 0;
  const full = courtingDestination(world, state).fullValue;
  return full > 0 ? clamp01(-state.incentives / full) : 0;
}

export function accumulateResistance(world: World): void {
  const inst = world.params.institutions;
  const p = world.params.resistance;
  const shaming = world.params.benchmarking.shaming;
  const rng = world.streams.accumulateResistance;
  for (const i of world.partners) {
    const state = world.states[i];
    const D = institutionDriver(world, state);
    const drive = D * state.capacity * state.effort.border;
    if (rng.next() < inst.institutionHazard * D * state.capacity && state.institutions < MAX_INSTITUTIONS) state.institutions += 1;
    state.emigrationRestriction += inst.restrictionAdjustment * (drive - state.emigrationRestriction);
    state.detentionCapacity += inst.detentionAdjustment * (drive - state.detentionCapacity);

    const readmissionShare = state.migrantsOf > 0 ? state.readmissions / state.migrantsOf : 0;
    const inflow =
      p.exitWeight * state.emigrationRestriction +
      p.readmissionWeight * readmissionShare +
      (state.shamed ? shaming * state.sovereigntySensitivity : 0) +
      p.unkeptWeight * state.unkept +
      p.sanctionWeight * state.sovereigntySensitivity * sanctionFelt(world, state) +
      p.costWeight * state.adoptionCost * state.effort.border;
    state.resistance = clamp01(state.resistance * (1 - p.decay) + inflow);
    state.willingness = clamp01(state.willingness - p.willingnessErosion * state.resistance * state.willingness);

    if (state.status === 'partner' && state.resistance > p.suspendThreshold) {
      state.status = 'suspended';
      state.statusSince = world.step;
    } else if (state.status === 'suspended' && state.resistance < p.resumeThreshold) {
      state.status = 'partner';
      state.statusSince = world.step;
    }
  }
}
