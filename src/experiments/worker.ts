/**
 * The worker-thread task of the worker-pool evaluator (piscina). The sweep context
 * arrives once through workerData; each task is one experiment.
 *
 * Testing hook: PARTNERSIM_FAULTS (JSON `{"throw": [ids], "exit": [ids], "oom": [ids]}`)
 * makes the named runs throw, end their worker, or exhaust its heap, so the tests can
 * show that such failures are recorded while the rest of the sweep goes on.
 */
import { workerData } from 'node:worker_threads';
import type { Experiment } from './experiments.js';
import { runExperiment, type RunOutput, type SweepContext } from './runExperiment.js';
import { injectFault } from './faults.js';

const context = workerData as SweepContext;

export default function task(experiment: Experiment): RunOutput {
  injectFault(experiment.id);
  return runExperiment(context, experiment);
}
