/**
 * runSweep(options): a sweep from design to final tables. Design, evaluation and
 * storage stay apart: the design is plain data (experiments with derived ids and
 * seeds), an evaluator runs them (worker threads or in process), and each finished run
 * is appended to the journal as it arrives; the final tables are built from the journal,
 * sorted by run id, so they do not depend on the number of workers or the order of
 * completion. A killed sweep resumes with `resume: true` and finishes only the missing
 * runs; failed runs are recorded, and the rest of the sweep goes on.
 *
 * Safety: the sweep holds the lock of its folder (src/io/lock.ts) from the first check
 * to the last write, so a second process never writes into it; the key holds the
 * model's fingerprint (src/io/fingerprint.ts), so a resume never mixes runs of two
 * versions of the model; every design point is validated before the first run; and a
 * resume trusts what the journal and the tables hold, never the manifest's status.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Variant } from '../domain/vocabulary.js';
import { InputError } from '../scenario/errors.js';
import { canonicalJson } from '../scenario/loader.js';
import type { Policy } from '../scenario/policies.js';
import { policyContent, policyHash } from '../scenario/policyHash.js';
import type { Precedence } from '../scenario/precedence.js';
import { writeFileAtomic } from '../io/atomic.js';
import { modelDifference, modelFingerprint, type ModelKey } from '../io/fingerprint.js';
import { withFolderLock } from '../io/lock.js';
import { readEnvironment } from '../io/manifest.js';
import type { DesignKind, DesignPoint, ParameterRange } from './designs/index.js';
import { leverSettings } from './crossedDesign.js';
import { createInProcessEvaluator, createWorkerPoolEvaluator, type Evaluator } from './evaluators.js';
import type { Experiment } from './experiments.js';
import { completedIds, finalise, sweepFiles } from './finalise.js';
import { LineAppender } from './journal.js';
import { createProgress } from './progress.js';
import type { RunOutput } from './runExperiment.js';
import { tableRunIds } from './tableMerge.js';
import { designTable } from './tables.js';
import { prepareSweep, type PreparedSweep } from './prepareSweep.js';

export interface Shard {
  index: number;
  count: number;
}

export interface SweepOptions {
  scenario: string;
  /** policies: built-in names, policy files or names the scenario declares, or resolved policies */
  policies: (string | Policy)[];
  /** folder that policy files are read from (default: the working folder) */
  cwd?: string;
  replicates: number;
  design: DesignKind;
  /** swept parameters; when empty, the scenario's `sweep.parameters` */
  ranges: ParameterRange[];
  samples: number;
  levels?: number;
  /** worker threads; 0 runs in process */
  workers: number;
  seed: number;
  out: string;
  resume: boolean;
  shard?: Shard;
  format: 'csv' | 'parquet';
  states: boolean;
  /** which value runs when a policy sets a swept path (default `error`: an input error) */
  precedence?: Precedence;
  /** levers (a decision maker's settings), crossed with the uncertainties of `ranges` (crossedDesign.ts) */
  levers?: ParameterRange[];
  /** components of a factorial design: its cells are the sweep's policies (crossedDesign.ts); `policies` must be empty */
  factorial?: (string | Policy)[];
  /** posterior draws of a calibration as the design's points (src/calibration/posteriorDraws.ts) */
  posterior?: PosteriorPoints;
  steps?: number;
  migrants?: number;
  /** the model variant, overriding the scenario's (the scenario hash and the manifest record it) */
  variant?: Variant;
  quiet: boolean;
  /** heap limit of each worker in MB, and the most each run's world may allocate in typed arrays (runExperiment.ts) */
  maxOldGenerationSizeMb?: number;
  /** where progress and summaries go (default process.stderr) */
  stream?: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
  /** aborts the sweep cleanly, keeping what finished (Ctrl-C) */
  signal?: AbortSignal;
}

export interface SweepSummary {
  dir: string;
  total: number;
  completed: number;
  failed: number;
  /** runs finished by this invocation */
  ran: number;
  interrupted: boolean;
  wallMs: number;
}

/** What identifies a sweep: a folder resumed or merged must have the same. */
export interface SweepKey {
  scenarioHash: string;
  design: DesignKind;
  parameters: ParameterRange[];
  samples: number;
  levels: number | null;
  /** policy names, as in runs.csv */
  policies: string[];
  /** present when a policy is not a built-in: each policy's key in run ids (name@content hash) */
  policyKeys?: string[];
  replicates: number;
  seed: number;
  steps: number;
  migrants: number;
  states: boolean;
  format: 'csv' | 'parquet';
  /** which value runs when a policy sets a swept path */
  precedence: Precedence;
  /** present with levers: the lever ranges (their grid), crossed with `parameters` */
  levers?: ParameterRange[];
  /** present for a factorial design: its components (each policy's key) and the design */
  factorial?: { components: string[]; componentKeys: string[]; kind: 'full' | 'fraction'; generators: string[] };
  /** present when the points are posterior draws: the draws, the generation and the calibrated paths */
  posterior?: { draws: number; generation: number; paths: string[] };
  /** the model that ran: package version and code hash (src/io/fingerprint.ts) */
  model: ModelKey;
}

/** Design points drawn from a calibration's posterior, and where they come from. */
export interface PosteriorPoints {
  /** the calibration folder, as given */
  dir: string;
  generation: number;
  draws: number;
  /** the calibrated parameter paths */
  paths: string[];
  /** one point per draw, role `{ draw, particle }` */
  points: DesignPoint[];
}

export { prepareSweep, type PreparedSweep };

export const SWEEP_MANIFEST_FORMAT = 'partnersim-sweep-manifest/1';

function readManifest(dir: string): Record<string, unknown> | null {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function checkFolder(dir: string, key: SweepKey, shard: Shard | undefined, resume: boolean): void {
  const manifest = readManifest(dir);
  if (!manifest) return;
  if (!resume) throw new InputError(`--out ${dir}: holds a sweep already (add --resume to finish it, or choose another folder)`);
  const found = manifest.key as Partial<SweepKey> | undefined;
  const model = modelDifference(found?.model, key.model, { found: (manifest.model as { tree?: unknown } | undefined)?.tree, current: modelFingerprint().tree });
  if (model) throw new InputError(`--resume: ${dir} holds a sweep of another version of the model (${model}); finish it with that version, or start again in a new folder`);
  const same = canonicalJson(manifest.key) === canonicalJson(key) && canonicalJson(manifest.shard ?? null) === canonicalJson(shard ?? null);
  if (!same) throw new InputError(`--resume: ${dir} holds a different sweep (scenario, design, policies, replicates, seed, shard, format or precedence differ)`);
}

async function writeManifest(dir: string, body: Record<string, unknown>): Promise<void> {
  await writeFileAtomic(path.join(dir, 'manifest.json'), JSON.stringify(body, null, 2) + '\n');
}

export async function runSweep(options: SweepOptions): Promise<SweepSummary> {
  const t0 = Date.now();
  const prepared = await prepareSweep(options);
  const dir = path.resolve(options.out);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new InputError(`--out ${dir}: exists and is not a folder`);
  if (options.resume && !existsSync(dir)) throw new InputError(`--resume: ${dir} holds no sweep to resume`);
  const stream = options.stream ?? process.stderr;
  return withFolderLock(dir, { command: 'sweep', label: `--out ${dir}`, report: (line) => void stream.write(line) }, () => runLocked(options, prepared, dir, t0));
}

async function runLocked(options: SweepOptions, prepared: PreparedSweep, dir: string, t0: number): Promise<SweepSummary> {
  const startedAt = new Date().toISOString();
  const { key, context, points, shardExperiments, paths } = prepared;
  checkFolder(dir, key, options.shard, options.resume);
  const stream = options.stream ?? process.stderr;

  // What is done is what the journal and the tables hold, whatever the manifest says.
  const files = sweepFiles(dir);
  mkdirSync(path.dirname(files.journal), { recursive: true });
  const wanted = new Set(shardExperiments.map((e) => e.id));
  const inTables = options.resume ? new Set([...(await tableRunIds(dir, key.format))].filter((id) => wanted.has(id))) : new Set<string>();
  const previous = readManifest(dir);
  if (options.resume && previous?.status === 'complete' && inTables.size === wanted.size) {
    return { dir, total: wanted.size, completed: inTables.size, failed: 0, ran: 0, interrupted: false, wallMs: Date.now() - t0 };
  }
  const done = completedIds(files);
  for (const id of inTables) done.add(id);
  const todo = shardExperiments.filter((e) => !done.has(e.id));
  const alreadyDone = shardExperiments.length - todo.length;
  // Earlier failures are tried again: forget them.
  rmSync(files.failures, { force: true });

  const environment = readEnvironment();
  const baseManifest = {
    format: SWEEP_MANIFEST_FORMAT,
    key,
    shard: options.shard ?? null,
    model: environment.model,
    scenario: { name: prepared.slug, file: prepared.scenarioPath, hash: key.scenarioHash, variant: context.input.variant, start: prepared.calendar.start, stepsPerYear: prepared.calendar.stepsPerYear },
    design: { kind: key.design, parameters: key.parameters, samples: key.samples, levels: key.levels, points: points.length, runs: prepared.experiments.length },
    policies: key.policies,
    policyContent: prepared.policies.map((p) => ({ name: p.name, origin: p.origin ?? { kind: 'built-in' }, hash: policyHash(p), content: policyContent(p) })),
    precedence: key.precedence,
    ...(key.levers ? { levers: { ranges: key.levers, settings: leverSettings(key.levers).map((p) => ({ setting: p.index, values: p.values })), uncertainties: key.parameters.map((r) => r.path) } } : {}),
    ...(prepared.factorial
      ? {
          factorial: {
            components: prepared.factorial.components,
            kind: prepared.factorial.design.kind,
            base: prepared.factorial.design.base,
            generators: prepared.factorial.design.generators,
            resolution: prepared.factorial.design.resolution,
            cells: prepared.factorial.cells.map((c, i) => ({ policy: c.name, levels: prepared.factorial!.design.cells[i] })),
          },
        }
      : {}),
    ...(options.posterior ? { posterior: { calibration: options.posterior.dir, generation: options.posterior.generation, draws: options.posterior.draws, paths: options.posterior.paths } } : {}),
    replicates: key.replicates,
    seeds: { base: key.seed, derivation: key.levers ? "sha256 of (base seed, 'uncertainty', uncertainty point, replicate): shared by every lever setting and every policy at that uncertainty point" : key.design === 'sobol' || key.design === 'morris' ? `sha256 of (base seed, ${key.design === 'sobol' ? 'Saltelli base row' : 'Morris trajectory'}, replicate): shared by the points of a ${key.design === 'sobol' ? 'base row' : 'trajectory'}; the same for every policy` : 'sha256 of (base seed, point index, point values, replicate); the same for every policy' },
    environment,
    files: {
      'runs.csv': `one row per run: run_id, policy, replicate, seed, swept parameters (the values that ran${key.precedence === 'policy' ? ": under a policy that sets a swept field, the policy's value" : ''}), final value of every indicator, point`,
      'timeseries.csv': 'the timeseries.csv columns of `partnersim run`, one row per run and step, sorted by run_id then step',
      ...(key.states ? { 'states.csv': 'the states.csv columns of `partnersim run`, one row per run, step and state' } : {}),
      'design.csv': "one row per parameter point: point, its role in the design, the parameter values (the design's, whatever a policy set)",
      'failures.csv': 'present only when runs failed: run_id, policy, replicate, seed, point, error',
    },
  };
  await writeManifest(dir, { ...baseManifest, status: 'running', startedAt, counts: { runs: shardExperiments.length, completed: alreadyDone, failed: 0 } });
  await writeFileAtomic(path.join(dir, 'design.csv'), designTable(points, paths));

  const evaluator: Evaluator =
    options.workers === 0 || todo.length === 0
      ? createInProcessEvaluator(context)
      : createWorkerPoolEvaluator(context, { workers: Math.min(options.workers, todo.length), maxOldGenerationSizeMb: options.maxOldGenerationSizeMb });
  const journal = new LineAppender(files.journal);
  const failures = new LineAppender(files.failures);
  const progress = createProgress({ total: shardExperiments.length, done: alreadyDone, quiet: options.quiet, stream });
  const abort = new AbortController();
  const onAbort = () => abort.abort();
  options.signal?.addEventListener('abort', onAbort);
  let ran = 0;
  let next = 0;
  const inFlight = new Set<Promise<void>>();
  const launch = (experiment: Experiment) => {
    const task = evaluator
      .run(experiment, abort.signal)
      .then((output: RunOutput) => {
        if (abort.signal.aborted && options.signal?.aborted) return;
        journal.append({ experiment, output });
        ran++;
        progress.tick(false);
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        failures.append({ experiment, error: message || 'worker ended without a message' });
        progress.tick(true);
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };
  try {
    const window = Math.max(2, evaluator.concurrency * 2);
    while (next < todo.length && !abort.signal.aborted) {
      while (inFlight.size < window && next < todo.length && !abort.signal.aborted) launch(todo[next++]);
      if (inFlight.size > 0) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    progress.stop();
    journal.close();
    failures.close();
    await evaluator.close();
  }
  const interrupted = abort.signal.aborted;
  if (interrupted) {
    await writeManifest(dir, { ...baseManifest, status: 'interrupted', startedAt, interruptedAt: new Date().toISOString(), counts: { runs: shardExperiments.length, completed: alreadyDone + ran } });
    return { dir, total: shardExperiments.length, completed: alreadyDone + ran, failed: 0, ran, interrupted, wallMs: Date.now() - t0 };
  }
  const result = await finalise({ files, wanted, paths, states: key.states, format: key.format, inTables });
  const wallMs = Date.now() - t0;
  await writeManifest(dir, {
    ...baseManifest,
    status: result.failed > 0 ? 'failures' : 'complete',
    startedAt,
    finishedAt: new Date().toISOString(),
    timings: { wallMs, runsThisInvocation: ran, runsPerSecond: ran / Math.max(1e-3, wallMs / 1000) },
    counts: { runs: shardExperiments.length, completed: result.completed, failed: result.failed },
  });
  if (result.failed === 0) rmSync(path.dirname(files.journal), { recursive: true, force: true });
  return { dir, total: shardExperiments.length, completed: result.completed, failed: result.failed, ran, interrupted: false, wallMs };
}
