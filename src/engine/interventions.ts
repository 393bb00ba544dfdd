/**
 * Applies the interventions planned for the world's step (src/world/interventionPlan.ts),
 * at the start of the step, after the shocks and before any process: the params object
 * in force is swapped, named states' attributes are set, incentives stop or resume. No
 * random number is drawn, so every draw before the first intervention is the baseline's.
 */
import { STATE_ATTRIBUTES, DESTINATION_ATTRIBUTES } from '../scenario/interventions.js';
import { shockStep } from '../scenario/shocks.js';
import { fullRewardValue } from '../world/createWorld.js';
import { changedValue } from '../world/interventionPlan.js';
import type { World } from '../world/world.js';
import type { PlannedChange } from '../world/interventionPlan.js';
import { TIERS } from '../scenario/calendar.js';
import { PROCESS_NAMES } from '../domain/vocabulary.js';

/** A calendar event: tiers, processes, forums. */
function applyCalendarChange(world: World, change: Extract<PlannedChange, { kind: 'tiers' | 'processes' | 'forum' }>): void {
  if (change.kind === 'tiers') {
    for (const tier of TIERS) {
      const value = change.tiers[tier];
      if (value === undefined) continue;
      for (const i of change.targets) {
        if (value === 'closed') world.closedTiers[tier].add(i);
        else world.closedTiers[tier].delete(i);
      }
    }
  } else if (change.kind === 'processes') {
    for (const name of PROCESS_NAMES) {
      const value = change.processes[name];
      if (value === true) world.unavailable.delete(name);
      else if (value === false) world.unavailable.add(name);
    }
  } else {
    const forum = world.forums[change.forum];
    if (change.meets !== undefined) forum.convened = change.meets;
    if (change.benchmarking !== undefined) forum.benchmarking = change.benchmarking;
    for (const i of change.add) {
      if (!forum.members.includes(i)) {
        forum.members.push(i);
        const k = forum.applicants.indexOf(i);
        if (k >= 0) forum.applicants.splice(k, 1);
      }
    }
  }
}

export function applyInterventions(world: World): void {
  const changes = world.plan.get(world.step);
  if (!changes) return;
  for (const change of changes) {
    if (change.kind === 'params') {
      world.params = change.params;
      for (const d of world.destinations) {
        const dest = world.states[d].destination;
        if (dest) dest.fullValue = fullRewardValue(dest.spec, change.params);
      }
    } else if (change.kind === 'tiers' || change.kind === 'processes' || change.kind === 'forum') {
      applyCalendarChange(world, change);
    } else if (change.kind === 'incentives') {
      const withdrawal = world.scenario.shocks.withdrawal;
      world.incentivesStopped = change.stopped || (withdrawal !== undefined && world.step >= shockStep(withdrawal, world.scenario.steps));
    } else {
      for (const i of change.targets) {
        const state = world.states[i];
        if (change.state) {
          for (const key of STATE_ATTRIBUTES) {
            const value = change.state[key];
            if (value !== undefined) state[key] = changedValue(state[key], value);
          }
          if (change.state.visaFacilitated !== undefined) state.visaFacilitated = change.state.visaFacilitated;
        }
        const dest = state.destination;
        if (change.destination && dest) {
          for (const key of DESTINATION_ATTRIBUTES) {
            const value = change.destination[key];
            if (value !== undefined) dest[key] = changedValue(dest[key], value);
          }
        }
      }
    }
  }
}
