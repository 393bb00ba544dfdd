/**
 * The worker-thread task of the worker-pool evaluator (piscina). The sweep context
 * arrives once through workerData; each task is one experiment. (The tests of failed
 * runs wrap this task in test/helpers/fault-worker.mjs; nothing here injects faults.)
 */
import { workerData } from 'node:worker_threads';
import type { Experiment } from './experiments.js';
import { runExperiment, type RunOutput, type SweepContext } from './runExperiment.js';

const context = workerData as SweepContext;

export default function task(experiment: Experiment): RunOutput {
  return runExperiment(context, experiment);
}
