/**
 * The explorer's Web Worker: runs one side's model with the engine the command line
 * runs (src/engine/runner.ts), so the page stays responsive and needs no server.
 */
import { createRunner, type Runner } from '../../engine/runner.js';
import { stateRows } from '../../indicators/collect.js';
import type { StateRow, TimeseriesRow } from '../../indicators/columns.js';
import { migrantsByRoute } from '../../indicators/routeCounts.js';
import { scenarioHash } from '../../scenario/canonical.js';
import type { World } from '../../world/world.js';
import type { DestinationRow, FromWorker, ToWorker } from '../protocol.js';
import { effectiveScenario, runIdOf } from '../settings.js';

let runner: Runner | undefined;

function post(message: FromWorker): void {
  (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);
}

function destinationRows(world: World): DestinationRow[] {
  return world.destinations.map((d) => {
    const state = world.states[d];
    const dest = state.destination!;
    return { step: world.step, state: state.id, policing: dest.policing, entry_threshold: dest.entryThreshold, exit_threshold: dest.exitThreshold, credibility: dest.credibility };
  });
}

function handle(message: ToWorker): void {
  if (message.kind === 'setup') {
    const scenario = effectiveScenario(message.scenario, message.policy, { steps: message.steps, migrants: message.migrants });
    const runId = runIdOf(message.slug, message.policy.name, message.seed);
    runner = createRunner(scenario, { seed: message.seed, runId, scenarioName: message.slug, policy: message.policy.name });
    post({ kind: 'ready', scenarioHash: scenarioHash(scenario), runId, steps: scenario.steps, migrants: scenario.migrants });
    return;
  }
  if (!runner) throw new Error('no run set up');
  const t0 = performance.now();
  const rows: TimeseriesRow[] = [];
  const states: StateRow[] = [];
  const destinations: DestinationRow[] = [];
  for (let k = 0; k < message.count && !runner.done; k++) {
    rows.push(runner.next());
    if (message.states) {
      states.push(...stateRows(runner.world, runner.labels.runId));
      destinations.push(...destinationRows(runner.world));
    }
  }
  // migrants by route at the last step only: the page shows the current step's counts
  const routes = rows.length > 0 ? migrantsByRoute(runner.world) : [];
  post({ kind: 'rows', rows, states, destinations, routes, taken: runner.taken, done: runner.done, ms: performance.now() - t0 });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  try {
    handle(event.data);
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
