/**
 * predict(options): the posterior predictive of a calibration. M draws from the
 * posterior population (systematic resampling by weight, from a seeded stream) run the
 * scenario to its own horizon (or --steps), through the sweep's evaluators; for every
 * target, the predicted probability that it is met (score 0) and its mean score; for
 * every event (each event target, and any `STATE:status` named), the probability that
 * the state reaches the status within the run and the distribution of the quarter it
 * first does.
 *
 * Outputs in the calibration folder (or --out): predict.csv (one row per draw),
 * predict.md, predict-states.csv (each state's statuses by step: the share of the
 * draws holding each, what `chart --kind predictive` draws) and predict.json (what was
 * predicted, the calendar and the targets' observed dates). Byte-identical for the same folder, draws and seed, whatever the workers.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createStream } from '../engine/random.js';
import { createInProcessEvaluator, createWorkerPoolEvaluator } from '../experiments/evaluators.js';
import type { Experiment } from '../experiments/experiments.js';
import { formatCsvNumber } from '../io/csv.js';
import { writeFileAtomic } from '../io/atomic.js';
import { InputError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import { scenarioHash } from '../scenario/loader.js';
import { quarterOfStep, type Calendar } from './dates.js';
import { CALIBRATION_POLICY } from './modelEvaluator.js';
import { readCalibrationFolder, readParticles } from './particlesFile.js';
import { observedDates, PREDICT_MANIFEST, PREDICT_MANIFEST_FORMAT, type PredictManifest } from './predictManifest.js';
import { STATUS_BAND_COLUMNS, StatusBands } from './statusBands.js';
import { summariseCompact, summariseRun } from './runSummary.js';
import { resolveTargets, scoreRun } from './score.js';
import { PARTNERSHIP_STATUSES } from '../domain/vocabulary.js';

export interface PredictOptions {
  dir: string;
  draws: number;
  seed: number;
  workers: number;
  /** extra events, `STATE:status` */
  events: string[];
  steps?: number;
  out?: string;
}

export interface EventPrediction {
  state: string;
  status: string;
  probability: number;
  /** quarters at which 10%, 50% and 90% of the draws that reach it first do, or null */
  quantiles: [string, string, string] | null;
  /** first steps of the draws that reach it */
  steps: number[];
}

export interface TargetPrediction {
  id: string;
  probabilityMet: number;
  meanScore: number;
}

export interface Prediction {
  dir: string;
  draws: number;
  steps: number;
  targets: TargetPrediction[];
  events: EventPrediction[];
  files: string[];
}

/** Indices of M draws from weights by systematic resampling (one uniform). */
export function systematicResample(weights: readonly number[], draws: number, u: number): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  const out: number[] = [];
  let cumulative = 0;
  let i = 0;
  for (let m = 0; m < draws; m++) {
    const point = ((m + u) / draws) * total;
    while (i < weights.length - 1 && cumulative + weights[i] < point) cumulative += weights[i++];
    out.push(i);
  }
  return out;
}

function parseEvent(text: string): { state: string; status: string } {
  const m = /^([A-Za-z][A-Za-z0-9_-]*):([a-z]+)$/.exec(text.trim());
  if (!m || !(PARTNERSHIP_STATUSES as readonly string[]).includes(m[2])) throw new InputError(`--event ${text}: expected STATE:status with a status among ${PARTNERSHIP_STATUSES.join(', ')}`);
  return { state: m[1], status: m[2] };
}

function quantileStep(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export async function predict(options: PredictOptions): Promise<Prediction> {
  const folder = readCalibrationFolder(options.dir);
  const { key } = folder.manifest;
  const paths = folder.manifest.parameters.map((p) => p.path);
  const generation = folder.manifest.posteriorGeneration;
  if (generation === null) throw new InputError(`${options.dir}: the calibration accepted no particles`);
  const particles = readParticles(options.dir, generation, paths);
  // the scenario as calibrated (its hash at the calibration's steps), run to its own horizon
  const atCalibration = await loadScenario(folder.manifest.scenario.file, { steps: key.steps, migrants: key.migrants, variant: key.variant });
  if (scenarioHash(atCalibration.base) !== key.scenarioHash) throw new InputError(`${folder.manifest.scenario.file}: the scenario changed since the calibration in ${options.dir}`);
  const loaded = await loadScenario(folder.manifest.scenario.file, { steps: options.steps, migrants: key.migrants, variant: key.variant });
  const base = loaded.base;
  const calendar: Calendar = { start: base.start, stepsPerYear: base.stepsPerYear };
  const origins = base.states.filter((s) => !s.roles.includes('destination') || s.roles.length > 1).map((s) => s.id);
  const resolved = resolveTargets(key.targets, { calendar, steps: base.steps, states: origins, allStates: base.states.map((s) => s.id) }, 'calibration targets');
  const events = [...resolved.flatMap((t) => (t.target.kind === 'event' ? [{ state: t.target.state, status: t.target.status as string }] : [])), ...options.events.map(parseEvent)];
  const unique = events.filter((e, i) => events.findIndex((f) => f.state === e.state && f.status === e.status) === i);
  for (const e of unique) if (!base.states.some((s) => s.id === e.state)) throw new InputError(`--event ${e.state}:${e.status}: no state "${e.state}" in the scenario`);

  const picks = systematicResample(particles.map((p) => p.weight), options.draws, createStream(`predict/${options.seed}`, 'resample').next());
  const experiments: Experiment[] = picks.map((k, d) => {
    const seed = parseInt(createHash('sha256').update(JSON.stringify(['predict', options.seed, d])).digest('hex').slice(0, 8), 16);
    return { id: `draw-${d}`, point: d, policy: CALIBRATION_POLICY, replicate: 1, seed, values: Object.fromEntries(paths.map((p, j) => [p, particles[k].theta[j]])) };
  });
  const indicators = [...new Set(resolved.flatMap((t) => (t.target.kind === 'indicator' ? [t.target.indicator] : [])))].sort();
  const context = { input: base, file: loaded.file, slug: loaded.slug, collectStates: true, compact: { indicators } };
  const evaluator = options.workers === 0 ? createInProcessEvaluator(context) : createWorkerPoolEvaluator(context, { workers: Math.min(options.workers, experiments.length) });
  let outputs;
  try {
    outputs = await Promise.all(experiments.map((e) => evaluator.run(e)));
  } finally {
    await evaluator.close();
  }
  const header = ['draw', 'particle', 'seed', ...paths, ...resolved.map((t) => `score_${t.id}`), ...unique.map((e) => `first_${e.state}_${e.status}`)];
  const rows = [header.join(',')];
  const scores: number[][] = [];
  const firsts: (number | null)[][] = [];
  const bands = new StatusBands(origins, base.steps);
  outputs.forEach((output, d) => {
    const summary = output.compact ? summariseCompact(output.compact) : summariseRun(output.states ?? '', output.timeseries);
    bands.add(summary);
    const s = scoreRun(resolved, summary, calendar);
    const f = unique.map((e) => summary.firstStep(e.state, e.status));
    scores.push(s);
    firsts.push(f);
    rows.push([d, particles[picks[d]].particle, experiments[d].seed, ...paths.map((p) => experiments[d].values[p]), ...s].map(formatCsvNumber).concat(f.map((v) => (v === null ? '' : String(v)))).join(','));
  });
  const targets = resolved.map((t, k) => ({
    id: t.id,
    probabilityMet: scores.filter((s) => s[k] === 0).length / scores.length,
    meanScore: scores.reduce((sum, s) => sum + s[k], 0) / scores.length,
  }));
  const eventPredictions: EventPrediction[] = unique.map((e, k) => {
    const steps = firsts.map((f) => f[k]).filter((v): v is number => v !== null).sort((a, b) => a - b);
    const quantiles = steps.length > 0 ? ([0.1, 0.5, 0.9].map((p) => quarterOfStep(quantileStep(steps, p), calendar)) as [string, string, string]) : null;
    return { state: e.state, status: e.status, probability: steps.length / firsts.length, quantiles, steps };
  });
  const out = path.resolve(options.out ?? options.dir);
  const pct = (v: number) => `${(100 * v).toFixed(0)}%`;
  const md = [
    `# Posterior predictive: ${key.targets.name}`,
    '',
    `${options.draws} draws from generation ${generation} of ${options.dir}, run to ${quarterOfStep(base.steps - 1, calendar)} (${base.steps} steps, ${base.migrants} migrants), seed ${options.seed}.`,
    '',
    '| target | P(met) | mean score |',
    '|---|---|---|',
    ...targets.map((t) => `| ${t.id} | ${pct(t.probabilityMet)} | ${Number(t.meanScore.toPrecision(3))} |`),
    '',
    '| event | P(by the end) | first quarter: 10% | 50% | 90% (of the draws that reach it) |',
    '|---|---|---|---|---|',
    ...eventPredictions.map((e) => `| ${e.state} ${e.status} | ${pct(e.probability)} | ${e.quantiles ? e.quantiles.join(' | ') : '– | – | –'} |`),
    '',
  ].join('\n');
  mkdirSync(out, { recursive: true });
  const files = [path.join(out, 'predict.csv'), path.join(out, 'predict.md'), path.join(out, 'predict-states.csv'), path.join(out, PREDICT_MANIFEST)];
  await writeFileAtomic(files[0], rows.join('\n') + '\n');
  await writeFileAtomic(files[1], md);
  await writeFileAtomic(files[2], bands.csv(calendar));
  const manifest: PredictManifest = {
    format: PREDICT_MANIFEST_FORMAT,
    calibration: path.resolve(options.dir),
    scenario: { name: base.name, slug: loaded.slug, file: folder.manifest.scenario.file },
    calendar,
    draws: options.draws,
    seed: options.seed,
    steps: base.steps,
    generation,
    observed: observedDates(resolved, calendar),
    files: { 'predict.csv': 'one row per draw: its particle, seed, parameters, scores and first steps of the events', 'predict.md': 'each target\'s predicted probability, each event\'s probability and quarters', 'predict-states.csv': STATUS_BAND_COLUMNS },
  };
  await writeFileAtomic(files[3], JSON.stringify(manifest, null, 2) + '\n');
  return { dir: options.dir, draws: options.draws, steps: base.steps, targets, events: eventPredictions, files };
}
