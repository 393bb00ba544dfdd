/**
 * calibrate(options): ABC-SMC of a scenario's parameters against a targets file, from
 * loading to the calibration folder. The model's runs go through the sweep's evaluators
 * (worker pool or in process); every batch of results is appended to a journal as soon
 * as it is back, so a killed calibration resumes with `resume: true` by replaying the
 * journal (the algorithm is a function of its settings, its seed and those results) and
 * finishes with the same bytes as an uninterrupted one.
 *
 * Folder: manifest.json, particles.csv, generations.csv, posterior.md,
 * calibrated-scenario.json (the scenario at the posterior median) and .journal/ (the
 * scores of every batch: small, kept so that a finished calibration resumes at once).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInProcessEvaluator, createWorkerPoolEvaluator, type Evaluator } from '../experiments/evaluators.js';
import { LineAppender, scanLines } from '../experiments/journal.js';
import { applyPoint, normalisePath, numericField } from '../experiments/parameters.js';
import { formatDuration } from '../experiments/progress.js';
import type { SweepContext } from '../experiments/runExperiment.js';
import { writeFileAtomic } from '../io/atomic.js';
import { readEnvironment } from '../io/manifest.js';
import { modelKey, type ModelKey } from '../io/fingerprint.js';
import type { Variant } from '../domain/vocabulary.js';
import { InputError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import { canonicalJson, scenarioHash } from '../scenario/loader.js';
import type { Scenario } from '../scenario/schema.js';
import { parseScenario } from '../scenario/validate.js';
import { abcSmc, DEFAULT_SETTINGS, type AbcResult, type AbcSettings, type BatchEvaluator } from './abcSmc.js';
import { loadTargets } from './loadTargets.js';
import { CALIBRATION_POLICY, modelBatchEvaluator } from './modelEvaluator.js';
import { generationsCsv, GENERATION_COLUMNS, PARTICLE_COLUMNS, particlesCsv, posteriorGeneration, posteriorMarkdown } from './outputs.js';
import { summarisePosterior } from './posterior.js';
import { targetsHorizon } from './horizon.js';
import { resolveTargets, type ResolvedTarget } from './score.js';
import type { Targets } from './targets.js';

export const CALIBRATION_MANIFEST_FORMAT = 'partnersim-calibration-manifest/1';

export interface CalibrateOptions {
  scenario: string;
  targets: string;
  out: string;
  particles: number;
  generations: number;
  seed: number;
  /** worker threads; 0 runs in process */
  workers: number;
  replicates?: number;
  quantile?: number;
  minEpsilon?: number;
  minAcceptanceRate?: number;
  maxSimulations?: number;
  /** seconds; stops between batches and keeps the partial generation (resume continues) */
  maxWallTime?: number;
  steps?: number;
  migrants?: number;
  /**
   * steps each run takes before it is scored (default: the fewest that decide every
   * target, src/calibration/horizon.ts); the runs are the first steps of the scenario's
   * full horizon, so shocks timed as a share of the horizon stay where they are
   */
  runSteps?: number;
  /** the model variant, overriding the scenario's (recorded in the key) */
  variant?: Variant;
  resume: boolean;
  quiet: boolean;
  stream?: { write(text: string): unknown };
  /** stops after the batch in progress, keeping every finished batch (Ctrl-C) */
  signal?: AbortSignal;
}

export interface CalibrationSummary {
  dir: string;
  result: AbcResult;
  status: 'complete' | 'stopped';
  wallMs: number;
  /** simulations this invocation ran (the rest came from the journal) */
  ran: number;
}

/** What identifies a calibration: a folder resumed must have the same. */
export interface CalibrationKey {
  scenarioHash: string;
  targets: Targets;
  settings: Omit<AbcSettings, 'maxBatch'> & { maxBatch: number };
  steps: number;
  migrants: number;
  /** steps each run takes before it is scored: the first steps of the horizon (`steps`) */
  runSteps: number;
  /** the model variant calibrated: predict runs the posterior under the same */
  variant: Variant;
  policy: string;
  /** the model's fingerprint: a resume never mixes model versions */
  model: ModelKey;
}

export interface PreparedCalibration {
  key: CalibrationKey;
  /** the scenario as calibrated (--steps and --migrants applied) */
  base: Scenario;
  /** the scenario as its file has it: the calibrated scenario file starts from this */
  original: Scenario;
  scenarioFile: string;
  scenarioPath: string;
  slug: string;
  targetsFile: string;
  targetsPath: string;
  paths: string[];
  resolved: ResolvedTarget[];
  context: SweepContext;
}

/** Loads and checks everything, with no side effect; throws InputError on bad input. */
export async function prepareCalibration(options: CalibrateOptions): Promise<PreparedCalibration> {
  const loaded = await loadScenario(options.scenario, { steps: options.steps, migrants: options.migrants, variant: options.variant });
  const { targets, file: targetsFile, path: targetsPath } = await loadTargets(options.targets);
  const base = loaded.base;
  const paths = targets.parameters.map((p, i) => {
    const label = `${targetsFile}: parameters[${i}].path`;
    const dotted = normalisePath(p.path, label);
    const field = numericField(dotted, label);
    if (field.integer) throw new InputError(`${label}: "${p.path}" is an integer field; only real-valued fields can be calibrated`);
    if (p.prior.min < field.minimum || p.prior.max > field.maximum) {
      const hi = Number.isFinite(field.maximum) ? String(field.maximum) : '∞';
      throw new InputError(`${targetsFile}: parameters[${i}].prior: [${p.prior.min}, ${p.prior.max}] leaves the field's range [${field.minimum}, ${hi}]`);
    }
    return dotted;
  });
  // the corners of the prior box must make valid scenarios (and every element must exist)
  for (const corner of ['min', 'max'] as const) {
    const values = Object.fromEntries(paths.map((p, k) => [p, targets.parameters[k].prior[corner]]));
    parseScenario(applyPoint(base, values), { file: `${loaded.file} (prior ${corner === 'min' ? 'lower' : 'upper'} bounds of ${targetsFile})` });
  }
  const calendar = { start: base.start, stepsPerYear: base.stepsPerYear };
  const origins = base.states.filter((s) => !s.roles.includes('destination') || s.roles.length > 1).map((s) => s.id);
  const facts = (steps: number) => ({ calendar, steps, states: origins, allStates: base.states.map((s) => s.id) });
  const resolvedAtHorizon = resolveTargets(targets, facts(base.steps), targetsFile);
  if (options.runSteps !== undefined && options.runSteps > base.steps) throw new InputError(`--run-steps ${options.runSteps}: more than the scenario's ${base.steps} steps (raise --steps)`);
  const runSteps = options.runSteps ?? targetsHorizon(resolvedAtHorizon, calendar, base.steps);
  // the targets' dates must fall inside the runs as scored
  const resolved = runSteps === base.steps ? resolvedAtHorizon : resolveTargets(targets, facts(runSteps), targetsFile);
  const settings = {
    ...DEFAULT_SETTINGS,
    particles: options.particles,
    maxGenerations: options.generations,
    seed: options.seed,
    maxBatch: options.particles,
    ...(options.replicates !== undefined ? { replicates: options.replicates } : {}),
    ...(options.quantile !== undefined ? { quantile: options.quantile } : {}),
    ...(options.minEpsilon !== undefined ? { minEpsilon: options.minEpsilon } : {}),
    ...(options.minAcceptanceRate !== undefined ? { minAcceptanceRate: options.minAcceptanceRate } : {}),
    ...(options.maxSimulations !== undefined ? { maxSimulations: options.maxSimulations } : {}),
  };
  const key: CalibrationKey = { scenarioHash: scenarioHash(base), targets, settings, steps: base.steps, migrants: base.migrants, runSteps, variant: base.variant, policy: CALIBRATION_POLICY, model: modelKey() };
  const indicators = [...new Set(resolved.flatMap((t) => (t.target.kind === 'indicator' ? [t.target.indicator] : [])))].sort();
  const context: SweepContext = { input: base, file: loaded.file, slug: loaded.slug, collectStates: true, stopAfter: runSteps, compact: { indicators } };
  const original = (await loadScenario(options.scenario)).base;
  return { key, base, original, scenarioFile: loaded.file, scenarioPath: loaded.path, slug: loaded.slug, targetsFile, targetsPath, paths, resolved, context };
}

function readManifest(dir: string): Record<string, unknown> | null {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    throw new InputError(`${file}: not valid JSON`);
  }
}

function checkFolder(dir: string, key: CalibrationKey, resume: boolean): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new InputError(`--out ${dir}: exists and is not a folder`);
  const manifest = readManifest(dir);
  if (!manifest) {
    if (resume && !existsSync(dir)) throw new InputError(`--resume: ${dir} holds no calibration to resume`);
    if (!resume && existsSync(dir) && !isEmptyFolder(dir)) throw new InputError(`--out ${dir}: exists and holds other files (choose another folder)`);
    return;
  }
  if (manifest.format !== CALIBRATION_MANIFEST_FORMAT) throw new InputError(`--out ${dir}: holds something other than a calibration`);
  if (!resume) throw new InputError(`--out ${dir}: holds a calibration already (add --resume to finish it, or choose another folder)`);
  const found = manifest.key as Partial<CalibrationKey> | undefined;
  if (found && canonicalJson(found.model ?? null) !== canonicalJson(key.model)) {
    throw new InputError(`--resume: ${dir} was calibrated with another model (${found.model ? `${found.model.package}, ${found.model.code.slice(0, 19)}` : 'no fingerprint'}; now ${key.model.package}, ${key.model.code.slice(0, 19)}): start a new calibration`);
  }
  if (canonicalJson(manifest.key) !== canonicalJson(JSON.parse(JSON.stringify(key)))) {
    throw new InputError(`--resume: ${dir} holds a different calibration (scenario, targets, priors, settings or seed differ)`);
  }
}

function isEmptyFolder(dir: string): boolean {
  return readdirSync(dir).every((f) => f === '.journal' || f === '.partnersim.lock');
}

const batchKey = (generation: number, first: number, size: number) => `${generation}:${first}:${size}`;

/** Wraps an evaluator with the journal: batches already run are read back, new ones appended. */
function journaled(evaluate: BatchEvaluator, file: string, onRan: (n: number) => void): { evaluate: BatchEvaluator; close: () => void } {
  const stored = new Map<string, number[][][]>();
  scanLines(
    file,
    (line) => {
      const entry = JSON.parse(line) as { key: string; results: number[][][] };
      stored.set(entry.key, entry.results);
    },
    { repair: true },
  );
  const appender = new LineAppender(file);
  return {
    async evaluate(proposals) {
      const key = batchKey(proposals[0].generation, proposals[0].index, proposals.length);
      const known = stored.get(key);
      if (known) return known;
      const results = await evaluate(proposals);
      appender.append({ key, results });
      onRan(proposals.reduce((s, p) => s + p.seeds.length, 0));
      return results;
    },
    close: () => appender.close(),
  };
}

export async function calibrate(options: CalibrateOptions): Promise<CalibrationSummary> {
  const t0 = Date.now();
  const startedAt = new Date().toISOString();
  const prepared = await prepareCalibration(options);
  const { key, paths, resolved, base } = prepared;
  const dir = path.resolve(options.out);
  checkFolder(dir, key, options.resume);
  const stream = options.stream ?? process.stderr;
  const say = (text: string) => {
    if (!options.quiet) stream.write(text + '\n');
  };
  const journalDir = path.join(dir, '.journal');
  mkdirSync(journalDir, { recursive: true });
  const environment = readEnvironment();
  const baseManifest = {
    format: CALIBRATION_MANIFEST_FORMAT,
    key,
    scenario: { name: base.name, slug: prepared.slug, file: prepared.scenarioPath, hash: key.scenarioHash, steps: key.steps, runSteps: key.runSteps, migrants: key.migrants, variant: key.variant, policy: key.policy, start: base.start, stepsPerYear: base.stepsPerYear },
    targetsFile: prepared.targetsPath,
    parameters: paths.map((p, k) => ({ path: p, prior: key.targets.parameters[k].prior })),
    targets: resolved.map((t) => ({ id: t.id, kind: t.target.kind, weight: t.weight, scale: t.scale, step: t.step, until: t.until })),
    seeds: {
      calibration: key.settings.seed,
      derivation: 'proposal j of generation g draws its ancestor and perturbation from a stream seeded by sha256(seed, g, j); its replicate r runs with seed sha256(seed, g, j, r)',
    },
    // The model is identified by the scenario hash, the package version and the git commit.
    model: { scenarioHash: key.scenarioHash, package: environment.package.name, version: environment.package.version, commit: environment.git.commit, dirty: environment.git.dirty },
    environment,
    files: {
      'particles.csv': { description: 'every generation\'s particles, with parameter values and each target\'s score', columns: { ...PARTICLE_COLUMNS, '<parameter path>': 'the parameter\'s value', 'score_<target>': 'the target\'s score (0: met), averaged over replicates' } },
      'generations.csv': { description: 'one row per generation', columns: GENERATION_COLUMNS },
      'posterior.md': { description: 'posterior mean, sd, quantiles and correlations; targets met' },
      'calibrated-scenario.json': { description: 'the scenario as its file has it (its own steps and migrants), at the posterior median of every parameter, for run, sweep and compare' },
    },
  };
  await writeFileAtomic(path.join(dir, 'manifest.json'), JSON.stringify({ ...baseManifest, status: 'running', startedAt }, null, 2) + '\n');

  const evaluator: Evaluator = options.workers === 0 ? createInProcessEvaluator(prepared.context) : createWorkerPoolEvaluator(prepared.context, { workers: options.workers });
  const abort = new AbortController();
  const onAbort = () => abort.abort();
  options.signal?.addEventListener('abort', onAbort);
  let ran = 0;
  const journal = journaled(modelBatchEvaluator(evaluator, paths, resolved, { start: base.start, stepsPerYear: base.stepsPerYear }), path.join(journalDir, 'batches.jsonl'), (n) => (ran += n));
  const timings: { generation: number; seconds: number }[] = [];
  let generationStart = Date.now();
  let lastLine = 0;
  let result: AbcResult;
  let stoppedByClock = false;
  try {
    result = await abcSmc(key.settings, { priors: key.targets.parameters.map((p) => p.prior), weights: resolved.map((t) => t.weight), scales: resolved.map((t) => t.scale) }, journal.evaluate, {
      stopRequested: () => {
        if (abort.signal.aborted) return true;
        if (options.maxWallTime !== undefined && (Date.now() - t0) / 1000 >= options.maxWallTime) return (stoppedByClock = true);
        return false;
      },
      onBatch: (b) => {
        const now = Date.now();
        if (now - lastLine < 5000 || b.accepted >= key.settings.particles) return;
        lastLine = now;
        const elapsed = (now - generationStart) / 1000;
        const eta = b.accepted > 0 ? (elapsed * (key.settings.particles - b.accepted)) / b.accepted : Infinity;
        say(`calibrate: generation ${b.generation}: ${b.accepted}/${key.settings.particles} particles, ${b.proposals} proposals, ε ${b.epsilon.toPrecision(3)}, ETA of the generation ${formatDuration(eta)}`);
      },
      onGeneration: (g) => {
        const seconds = (Date.now() - generationStart) / 1000;
        timings.push({ generation: g.generation, seconds });
        generationStart = Date.now();
        say(`calibrate: generation ${g.generation} ${g.partial ? 'stopped' : 'done'}: ${g.particles.length} particles, ε ${g.epsilon.toPrecision(3)}, acceptance ${(g.acceptanceRate * 100).toFixed(1)}%, ESS ${g.ess.toFixed(0)}, ${g.simulations} simulations in ${formatDuration(seconds)}`);
      },
    });
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    journal.close();
    await evaluator.close();
  }
  const interrupted = result.stopReason === 'stop-requested';
  const last = posteriorGeneration(result);
  const targetIds = resolved.map((t) => t.id);
  await writeFileAtomic(path.join(dir, 'particles.csv'), particlesCsv(result, paths, targetIds));
  await writeFileAtomic(path.join(dir, 'generations.csv'), generationsCsv(result));
  await writeFileAtomic(path.join(dir, 'posterior.md'), posteriorMarkdown(result, paths, targetIds, `${key.targets.name} on ${base.name}`));
  const summary = last ? summarisePosterior(last.particles, paths) : null;
  if (summary) {
    const medians = Object.fromEntries(summary.parameters.map((p) => [p.path, p.median]));
    const calibrated = parseScenario(applyPoint(prepared.original, medians), { file: 'calibrated scenario' });
    const text = JSON.stringify({ ...calibrated, description: `${calibrated.description} Calibrated to ${key.targets.name}: posterior median of ${paths.join(', ')}.`.trim() }, null, 2) + '\n';
    await writeFileAtomic(path.join(dir, 'calibrated-scenario.json'), text);
  }
  const wallMs = Date.now() - t0;
  const status = interrupted ? 'stopped' : 'complete';
  await writeFileAtomic(
    path.join(dir, 'manifest.json'),
    JSON.stringify(
      {
        ...baseManifest,
        status,
        stopReason: interrupted ? (stoppedByClock ? 'max-wall-time' : 'interrupted') : result.stopReason,
        startedAt,
        finishedAt: new Date().toISOString(),
        posteriorGeneration: last?.generation ?? null,
        counts: { generations: result.generations.length, simulations: result.simulations, simulationsThisInvocation: ran },
        timings: { wallMs, generations: timings, simulationsPerSecond: ran / Math.max(1e-3, wallMs / 1000) },
      },
      null,
      2,
    ) + '\n',
  );
  return { dir, result, status, wallMs, ran };
}
