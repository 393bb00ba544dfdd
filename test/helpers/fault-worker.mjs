// Worker entry for the tests of failed runs (test/integration/sweep-faults.test.ts),
// chosen with PARTNERSIM_TEST_WORKER: partnersim's worker task behind the fault
// injection of faults.ts (PARTNERSIM_FAULTS). Like src/experiments/worker-entry.mjs, it
// registers tsx itself, which does not reach worker threads on Node 20.
import { register } from 'tsx/esm/api';

register();
const { injectFault } = await import('./faults.ts');
const { default: task } = await import('../../src/experiments/worker.ts');

export default function faultyTask(experiment) {
  injectFault(experiment.id);
  return task(experiment);
}
