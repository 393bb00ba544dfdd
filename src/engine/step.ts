/**
 * One step of the model: apply the scenario's shocks and the interventions planned for
 * the step (the calendar's events among them), reset the step's exposures and tallies,
 * run every process that is switched on and available in schedule order, check the
 * invariants.
 */
import { SCHEDULE } from '../processes/schedule.js';
import { shockStep } from '../scenario/schema.js';
import type { World } from '../world/world.js';
import { applyInterventions } from './interventions.js';
import { checkInvariants } from './invariants.js';

function applyShocks(world: World): void {
  const { credibility, withdrawal } = world.scenario.shocks;
  const steps = world.scenario.steps;
  if (credibility && world.step === shockStep(credibility, steps)) {
    for (const d of world.destinations) {
      const dest = world.states[d].destination;
      if (dest) dest.credibility *= credibility.factor;
    }
  }
  if (withdrawal && world.step >= shockStep(withdrawal, steps)) {
    world.incentivesStopped = true;
    if (withdrawal.scope === 'all') world.technologiesStopped = true;
  }
}

function resetStep(world: World): void {
  for (const state of world.states) {
    state.attended = false;
    state.monitored = false;
    state.ranked = false;
    state.profiled = false;
    state.trained = false;
    state.shamed = false;
    state.reported = false;
    state.reacted = false;
    state.commitmentKept = NaN;
  }
  const t = world.tallies;
  t.irregularArrivals = 0;
  t.regularArrivals = 0;
  t.returnsForced = 0;
  t.returnsVoluntary = 0;
  t.exitsBlocked = 0;
  t.expertServices = 0;
  t.borderChecks = 0;
  t.refusedEntry = 0;
  t.irregularArrivalsAt.fill(0);
  for (const d of world.destinations) {
    const dest = world.states[d].destination;
    if (dest) dest.fundsPaid = 0;
  }
}

export function step(world: World): void {
  applyShocks(world);
  applyInterventions(world);
  resetStep(world);
  for (const process of SCHEDULE) {
    if (world.processes[process.name] && !world.unavailable.has(process.name)) process.run(world);
  }
  checkInvariants(world);
}
