/**
 * Evaluators: one interface, two implementations. The in-process evaluator runs
 * experiments one at a time on the calling thread; the worker-pool evaluator runs them
 * on piscina worker threads. Both run the same function (runExperiment), so they give
 * the same bytes.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Experiment } from './experiments.js';
import { runExperiment, type RunOutput, type SweepContext } from './runExperiment.js';

export interface Evaluator {
  /** how many experiments it runs at once */
  readonly concurrency: number;
  run(experiment: Experiment, signal?: AbortSignal): Promise<RunOutput>;
  close(): Promise<void>;
}

export function createInProcessEvaluator(context: SweepContext): Evaluator {
  return {
    concurrency: 1,
    async run(experiment, signal) {
      signal?.throwIfAborted();
      // Yield to the event loop so that Ctrl-C and progress are handled between runs.
      await new Promise((resolve) => setImmediate(resolve));
      return runExperiment(context, experiment);
    },
    async close() {},
  };
}

/**
 * The worker's entry file: the compiled worker.js next to this module, or, when running
 * from TypeScript sources, a small .mjs entry that registers tsx in the worker first
 * (or the test entry named by PARTNERSIM_TEST_WORKER).
 */
export function workerEntry(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return here.replace(/evaluators\.js$/, 'worker.js');
  // From TypeScript sources only (the compiled package never reads it): a test may run
  // its own entry that wraps the worker, e.g. test/helpers/fault-worker.mjs.
  if (env.PARTNERSIM_TEST_WORKER) return env.PARTNERSIM_TEST_WORKER;
  const entry = here.replace(/evaluators\.ts$/, 'worker-entry.mjs');
  if (!existsSync(entry)) throw new Error(`worker entry not found: ${entry}`);
  return entry;
}

export interface WorkerPoolOptions {
  workers?: number;
  /** heap limit of each worker in MB: a run that exceeds it fails alone */
  maxOldGenerationSizeMb?: number;
}

export function createWorkerPoolEvaluator(context: SweepContext, options: WorkerPoolOptions = {}): Evaluator {
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const filename = workerEntry();
  const pool = new Piscina({
    filename,
    // A worker inherits the parent's Node options by default, so a sweep started from a
    // tsx script or notebook would load tsx in every worker, and its hooks halve the speed
    // of the runs there (7.7 against 15 runs/s of 64 steps and 20,000 migrants). Compiled
    // workers load plain JavaScript and start with no options; V8's flags are process-wide
    // and still apply, and heap limits come from resourceLimits. From TypeScript sources
    // the entry registers tsx itself.
    execArgv: filename.endsWith('.js') ? [] : undefined,
    workerData: context,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    resourceLimits: options.maxOldGenerationSizeMb ? { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb } : undefined,
  });
  return {
    concurrency: workers,
    run(experiment, signal) {
      return pool.run(experiment, { signal }) as Promise<RunOutput>;
    },
    async close() {
      await pool.destroy();
    },
  };
}
