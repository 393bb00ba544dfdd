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
