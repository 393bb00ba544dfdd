/**
 * Submodel 7.8 of the ODD (docs/ODD.md), institutions, emigration restriction and resistance.
 * Responsibilisation times capacity drives new migration institutions and laws (a
 * hazard), detention capacity and exit controls on citizens (each adjusting towards
 * R * K * a_border). Resistance is a stock fed by exit restrictions, forced returns
 * of nationals, public shaming, unkept promises and the cost of border effort; it
 * decays, erodes willingness and, above a threshold, suspends a partnership, which
 * resumes when resistance has fallen below a lower threshold.
 */
import { MAX_INSTITUTIONS, clamp01, type World } from '../world/world.js';

export function accumulateResistance(world: World): void {
  const inst = world.params.institutions;
  const p = world.params.resistance;
  const shaming = world.params.benchmarking.shaming;
  const rng = world.streams.accumulateResistance;
  for (const i of world.partners) {
    const state = world.states[i];
    const R = state.responsibilisation;
    const drive = R * state.capacity * state.effort.border;
    if (rng.next() < inst.institutionHazard * R * state.capacity && state.institutions < MAX_INSTITUTIONS) state.institutions += 1;
    state.emigrationRestriction += inst.restrictionAdjustment * (drive - state.emigrationRestriction);
    state.detentionCapacity += inst.detentionAdjustment * (drive - state.detentionCapacity);

    const readmissionShare = state.migrantsOf > 0 ? state.readmissions / state.migrantsOf : 0;
    const inflow =
      p.exitWeight * state.emigrationRestriction +
      p.readmissionWeight * readmissionShare +
      (state.shamed ? shaming * state.sovereigntySensitivity : 0) +
      p.unkeptWeight * state.unkept +
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
