/**
 * runPatterns(options): pattern-oriented modelling over the parameter space (Grimm et al.
 * 2005; Grimm and Railsback 2012). For each model variant, a Latin hypercube over the
 * uncertain parameters (src/validation/uncertainParameters.ts) is run as ordinary sweeps
 * (src/experiments/sweep.ts: derived ids and seeds, the worker pool, a journal, resumable,
 * byte-identical over workers), one per world the patterns need: the scenario under
 * partnership and under full withdrawal, and its homogeneous world
 * (src/validation/homogeneous.ts) under partnership. Every sweep of a variant has the
 * same points and seeds (same ranges, same base seed), so the worlds and the variants are
 * compared on common random numbers. Each pattern (src/validation/emergent) then gives a
 * verdict per seed at each point; a point passes by a strict majority of its seeds, and
 * the pass rates carry Wilson intervals (src/validation/passRates.ts).
 *
 * Folder: `pass-rates.csv`, `points.csv`, `manifest.json` (written last), `scenarios/`
 * (the scenario files the sweeps ran, one per variant and world) and `sweeps/` (the
 * sweeps themselves; a second call with the same settings resumes them and runs nothing
 * that is done). The folder is locked while it is written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { withFolderLock } from '../io/lock.js';
import { PATTERNS_MANIFEST_FORMAT, readEnvironment } from '../io/manifest.js';
import { runSweep, type SweepSummary } from '../experiments/sweep.js';
import type { ParameterRange } from '../experiments/designs/types.js';
import { InputError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import { getPolicy, isPolicyName } from '../scenario/policies.js';
import { shockStep, type Scenario } from '../scenario/schema.js';
import { parseScenario } from '../scenario/validate.js';
import { kindsNeeded, patternsFor } from './emergent/index.js';
import type { EmergentPattern, PointRuns, RunKind, SeedRuns } from './emergent/types.js';
import { homogeneousWorld } from './homogeneous.js';
import { passRates, passRatesCsv, pointRow, pointsCsv, type PassRateRow, type PointRow } from './passRates.js';
import { readSweepRuns } from './sweepRuns.js';
import { uncertainParameters } from './uncertainParameters.js';
import type { Variant } from '../domain/vocabulary.js';
import { variantNames } from './variants.js';

export { PATTERNS_MANIFEST_FORMAT };
export const FULL_WITHDRAWAL = 'full-withdrawal';

export interface PatternsOptions {
  scenario: string;
  variants: string[];
  samples: number;
  /** seeds (replicates) per point */
  seeds: number;
  workers: number;
  /** base seed of the design and of every run's seed */
  seed: number;
  out: string;
  steps?: number;
  migrants?: number;
  quiet: boolean;
  stream?: { write(text: string): unknown; isTTY?: boolean };
  signal?: AbortSignal;
}

export interface PatternsResult {
  dir: string;
  rates: PassRateRow[];
  points: PointRow[];
  /** patterns that could not be evaluated, with the reason */
  skipped: { pattern: string; reason: string }[];
  runs: number;
  wallMs: number;
  interrupted: boolean;
}

/** Checks the variant names against the model's; throws an InputError naming the unknown one. */
export function resolveVariants(asked: readonly string[]): Variant[] {
  const known = variantNames();
  if (asked.length === 1 && asked[0] === 'all') return known;
  const unknown = asked.find((v) => !(known as string[]).includes(v));
  if (unknown !== undefined) throw new InputError(`--variant: expected one of ${known.join(', ')} or all, got "${unknown}"`);
  return [...new Set(asked as Variant[])];
}

/** What one kind of run is: which world (scenario file) and which policy. */
const KIND_SPEC: Record<RunKind, { world: 'scenario' | 'homogeneous'; policy: string }> = {
  partnership: { world: 'scenario', policy: 'partnership' },
  'full-withdrawal': { world: 'scenario', policy: FULL_WITHDRAWAL },
  homogeneous: { world: 'homogeneous', policy: 'partnership' },
};

interface Prepared {
  slug: string;
  base: Scenario;
  patterns: EmergentPattern[];
  skipped: { pattern: string; reason: string }[];
  kinds: RunKind[];
  ranges: ParameterRange[];
  variants: Variant[];
  withdrawalStep: number;
}

async function prepare(options: PatternsOptions): Promise<Prepared> {
  if (!(options.samples >= 2)) throw new InputError(`--samples: expected at least 2 points, got ${options.samples}`);
  if (!(options.seeds >= 1)) throw new InputError(`--seeds: expected at least 1 seed per point, got ${options.seeds}`);
  const variants = resolveVariants(options.variants);
  const loaded = await loadScenario(options.scenario, { steps: options.steps, migrants: options.migrants });
  const all = patternsFor(loaded.slug);
  if (all.length === 0) {
    throw new InputError(`${loaded.file}: no patterns are defined for this scenario (they are for eu-mobility-partnerships, north-america-rcm and tip-scorecard)`);
  }
  const skipped: { pattern: string; reason: string }[] = [];
  const patterns = all.filter((p) => {
    if (p.needs.includes('full-withdrawal') && !isPolicyName(FULL_WITHDRAWAL)) {
      skipped.push({ pattern: p.id, reason: `needs the built-in policy ${FULL_WITHDRAWAL}, which this model lacks` });
      return false;
    }
    if (p.needs.includes('homogeneous') && loaded.base.generate) {
      skipped.push({ pattern: p.id, reason: 'needs the homogeneous world of a scenario that lists its states (this one generates them)' });
      return false;
    }
    return true;
  });
  const withdrawal = isPolicyName(FULL_WITHDRAWAL) ? parseScenario(loaded.base, { file: loaded.file, policy: getPolicy(FULL_WITHDRAWAL) }).shocks.withdrawal : undefined;
  return {
    slug: loaded.slug,
    base: loaded.base,
    patterns,
    skipped,
    kinds: kindsNeeded(patterns),
    ranges: uncertainParameters(loaded.base, loaded.file),
    variants,
    withdrawalStep: withdrawal ? shockStep(withdrawal, loaded.base.steps) : Math.floor(loaded.base.steps / 2),
  };
}

function worldScenario(prepared: Prepared, variant: Variant, world: 'scenario' | 'homogeneous'): Scenario {
  const scenario = world === 'homogeneous' ? homogeneousWorld(prepared.base) : structuredClone(prepared.base);
  scenario.variant = variant;
  return scenario;
}

export async function runPatterns(options: PatternsOptions): Promise<PatternsResult> {
  const t0 = Date.now();
  const prepared = await prepare(options);
  const dir = path.resolve(options.out);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new InputError(`--out ${dir}: exists and is not a folder`);
  const stream = options.stream ?? process.stderr;
  return withFolderLock(dir, { command: 'patterns', label: `--out ${dir}`, report: (line) => void stream.write(line) }, () => runLocked(options, prepared, dir, t0));
}

/** What a patterns folder may hold: its own files (an earlier call resumes), charts, the lock. */
const OWN_FILES = new Set(['manifest.json', 'pass-rates.csv', 'points.csv', 'scenarios', 'sweeps', 'charts', '.partnersim.lock']);

/** Throws unless `dir` is new, empty or an earlier patterns folder; never touches it. */
export function checkPatternsFolder(dir: string): void {
  if (!existsSync(dir)) return;
  const manifest = path.join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    let format: unknown;
    try {
      format = (JSON.parse(readFileSync(manifest, 'utf8')) as { format?: unknown }).format;
    } catch {
      format = undefined;
    }
    if (format !== PATTERNS_MANIFEST_FORMAT) throw new InputError(`--out ${dir}: holds another command's output (manifest format ${JSON.stringify(format ?? null)}); choose a new folder`);
  }
  const foreign = readdirSync(dir).filter((name) => !OWN_FILES.has(name)).sort();
  if (foreign.length > 0) throw new InputError(`--out ${dir}: holds files that are not a patterns folder's (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); choose a new or empty folder`);
}

async function runLocked(options: PatternsOptions, prepared: Prepared, dir: string, t0: number): Promise<PatternsResult> {
  checkPatternsFolder(dir);
  const startedAt = new Date().toISOString();
  const stream = options.stream ?? process.stderr;
  mkdirSync(path.join(dir, 'scenarios'), { recursive: true });
  const points: PointRow[] = [];
  const sweeps: { variant: string; world: string; policies: string[]; folder: string; scenario: string }[] = [];
  let runs = 0;
  for (const variant of prepared.variants) {
    const byKind = new Map<RunKind, Map<number, Map<number, SeedRuns['runs'][RunKind]>>>();
    for (const world of ['scenario', 'homogeneous'] as const) {
      const kinds = prepared.kinds.filter((k) => KIND_SPEC[k].world === world);
      if (kinds.length === 0) continue;
      const name = `${prepared.slug}-${variant}${world === 'homogeneous' ? '-homogeneous' : ''}`;
      const file = path.join(dir, 'scenarios', `${name}.json`);
      await writeFileAtomic(file, JSON.stringify(worldScenario(prepared, variant, world), null, 2) + '\n');
      const folder = path.join(dir, 'sweeps', name);
      const policies = kinds.map((k) => KIND_SPEC[k].policy);
      if (!options.quiet) stream.write(`patterns: ${variant}, ${world === 'homogeneous' ? 'homogeneous world' : 'scenario'} (${policies.join(', ')}): ${options.samples} points x ${options.seeds} seeds\n`);
      const summary: SweepSummary = await runSweep({
        scenario: file,
        policies,
        replicates: options.seeds,
        design: 'lhs',
        variant,
        ranges: prepared.ranges,
        samples: options.samples,
        workers: options.workers,
        seed: options.seed,
        out: folder,
        resume: existsSync(path.join(folder, 'manifest.json')),
        format: 'csv',
        states: true,
        quiet: options.quiet,
        stream,
        signal: options.signal,
      });
      sweeps.push({ variant, world, policies, folder: path.relative(dir, folder), scenario: path.relative(dir, file) });
      if (summary.interrupted) return { dir, rates: [], points: [], skipped: prepared.skipped, runs, wallMs: Date.now() - t0, interrupted: true };
      if (summary.failed > 0) throw new InputError(`patterns: ${summary.failed} runs of ${path.relative(process.cwd(), folder) || folder} failed (see its failures.csv); rerun the same command to retry them`);
      runs += summary.total;
      for (const r of await readSweepRuns(folder)) {
        const kind = kinds.find((k) => KIND_SPEC[k].policy === r.policy)!;
        let perPoint = byKind.get(kind);
        if (!perPoint) byKind.set(kind, (perPoint = new Map()));
        let perReplicate = perPoint.get(r.point);
        if (!perReplicate) perPoint.set(r.point, (perReplicate = new Map()));
        perReplicate.set(r.replicate, r.run);
      }
    }
    for (let point = 0; point < options.samples; point++) {
      const seeds: SeedRuns[] = [];
      for (let replicate = 1; replicate <= options.seeds; replicate++) {
        const runsAt: SeedRuns['runs'] = {};
        let seed = NaN;
        for (const kind of prepared.kinds) {
          const run = byKind.get(kind)?.get(point)?.get(replicate);
          if (!run) throw new Error(`patterns: no ${kind} run at point ${point}, replicate ${replicate}`);
          runsAt[kind] = run;
          seed = run.seed;
        }
        seeds.push({ replicate, seed, runs: runsAt });
      }
      const at: PointRuns = { context: { scenario: prepared.slug, steps: prepared.base.steps, withdrawalStep: prepared.withdrawalStep }, seeds };
      for (const pattern of prepared.patterns) {
        points.push(pointRow({ scenario: prepared.slug, variant, pattern: pattern.id, kind: pattern.kind, point }, pattern.evaluate(at)));
      }
    }
  }
  const rates = passRates(points);
  await writeFileAtomic(path.join(dir, 'points.csv'), pointsCsv(points));
  await writeFileAtomic(path.join(dir, 'pass-rates.csv'), passRatesCsv(rates));
  const wallMs = Date.now() - t0;
  const environment = readEnvironment();
  await writeFileAtomic(
    path.join(dir, 'manifest.json'),
    JSON.stringify(
      {
        format: PATTERNS_MANIFEST_FORMAT,
        model: environment.model,
        scenario: { name: prepared.slug, file: options.scenario },
        variants: prepared.variants,
        design: { kind: 'lhs', samples: options.samples, seeds: options.seeds, seed: options.seed, parameters: prepared.ranges },
        steps: prepared.base.steps,
        migrants: prepared.base.migrants,
        rule: 'a point reproduces a pattern when a strict majority of its seeds do; share = passed / points with a 95% Wilson interval; seed_share = passing seeds / all seeds',
        patterns: prepared.patterns.map((p) => ({ id: p.id, kind: p.kind, title: p.title, claim: p.claim, statistic: p.statistic, tolerance: p.tolerance, reason: p.reason, runs: p.needs })),
        skipped: prepared.skipped,
        sweeps,
        files: {
          'pass-rates.csv': 'one row per scenario, variant and pattern: points, passed, share, 95% Wilson interval, seed share, note',
          'points.csv': 'one row per scenario, variant, pattern and point: seeds, seeds passed, pass, mean statistic',
          'scenarios/': 'the scenario file each sweep ran (a variant and a world)',
          'sweeps/': 'the sweeps (design.csv holds each point’s parameter values)',
        },
        environment,
        startedAt,
        finishedAt: new Date().toISOString(),
        timings: { wallMs, runs, runsPerSecond: runs / Math.max(1e-3, wallMs / 1000), pointsPerSecond: (options.samples * prepared.variants.length) / Math.max(1e-3, wallMs / 1000) },
      },
      null,
      2,
    ) + '\n',
  );
  return { dir, rates, points, skipped: prepared.skipped, runs, wallMs, interrupted: false };
}
