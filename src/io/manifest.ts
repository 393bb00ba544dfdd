/**
 * The run manifest (`manifest.json`): everything needed to know what produced a run's
 * outputs and to reproduce them: the scenario and its content hashes, the policy and
 * its override, the seed, the code version and the environment, and a description of
 * every output file's columns.
 *
 * `timeseries.csv` and `states.csv` are byte-identical for the same inputs and seed;
 * `manifest.json` is the one file that differs between such runs (its times and
 * duration, and the environment when it changes).
 *
 * @example
 * const manifest = buildManifest({ runId, scenario, base, effective, policy, seed,
 *   startedAt, finishedAt, durationMs, files: [{ name: 'timeseries.csv', rows: 64 }] });
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { STATE_COLUMNS, TIMESERIES_COLUMNS } from '../indicators/columns.js';
import { PACKAGE_ROOT, scenarioHash } from '../scenario/loader.js';
import { scheduleOf, type ScheduledIntervention } from '../scenario/interventions.js';
import type { Policy, PolicyOrigin, ScenarioOverride } from '../scenario/policies.js';
import { policyHash } from '../scenario/policyHash.js';
import { modelFingerprint, type ModelFingerprint } from './fingerprint.js';
import type { Scenario } from '../scenario/schema.js';

/** Identifies the manifest's layout; changes only when a field changes meaning. */
export const MANIFEST_FORMAT = 'partnersim-run-manifest/1';
/** The manifest format of a `partnersim patterns` folder. */
export const PATTERNS_MANIFEST_FORMAT = 'partnersim-patterns-manifest/1';

/** The files a run writes, with what they hold. */
export const OUTPUT_FILES = {
  'timeseries.csv': { description: 'one row per step: counts and means over the world', columns: TIMESERIES_COLUMNS },
  'states.csv': { description: 'one row per state and step', columns: STATE_COLUMNS },
} as const;
export type OutputFileName = keyof typeof OUTPUT_FILES;

export interface PackageInfo {
  name: string;
  version: string;
  /** Installed versions of the runtime dependencies (the declared range when not found). */
  dependencies: Record<string, string>;
}

export interface GitInfo {
  /** `git rev-parse HEAD` of the package's checkout; null when it is not a git checkout. */
  commit: string | null;
  /** Whether the checkout has uncommitted changes (untracked files count); null when unknown. */
  dirty: boolean | null;
}

/** The model's fingerprint (src/io/fingerprint.ts) with the git commit it was built from. */
export interface ModelRecord extends ModelFingerprint {
  /** recorded, not compared: the code hash decides whether runs can be mixed */
  git: GitInfo;
}

export interface Environment {
  model: ModelRecord;
  package: PackageInfo;
  git: GitInfo;
  node: string;
  platform: string;
}

export interface ManifestFile {
  name: OutputFileName;
  rows: number;
  description: string;
  columns: Readonly<Record<string, string>>;
}

export interface RunManifest {
  format: typeof MANIFEST_FORMAT;
  runId: string;
  scenario: {
    name: string;
    /** Short name (the file name without extension), used in the run id. */
    slug: string;
    /** The scenario as given on the command line. */
    ref: string;
    /** The file it was loaded from. */
    file: string;
    /** Content hash of the validated scenario before the policy (with --steps/--migrants applied). */
    hash: string;
    /** Content hash of the scenario the engine ran: policy and overrides applied. */
    effectiveHash: string;
    /** The calendar date of step 0. */
    start: { year: number; quarter: number };
    /** Steps per calendar year (4: quarterly); with start, the date of every step. */
    stepsPerYear: number;
  };
  policy: {
    name: string;
    override: ScenarioOverride;
    description: string;
    contrast: string;
    /** where it was defined: built-in, a file, the scenario's policies section */
    origin: PolicyOrigin;
    /** SHA-256 of the canonical JSON of its content (name, description, contrast, override) */
    hash: string;
  };
  /** the interventions the engine applied (the scenario's, then the policy's), their steps resolved */
  interventions: ScheduledIntervention[];
  seed: number;
  steps: number;
  migrants: number;
  /** the model variant that ran (the scenario's `variant`, or --variant) */
  variant: string;
  /** which code produced the outputs (package, code hash, git commit) */
  model: ModelRecord;
  package: PackageInfo;
  git: GitInfo;
  node: string;
  platform: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  files: ManifestFile[];
  note: string;
}

let packageCache: PackageInfo | undefined;

function installedVersion(name: string, declared: string): string {
  const file = path.join(PACKAGE_ROOT, 'node_modules', name, 'package.json');
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? declared;
  } catch {
    return declared;
  }
}

/** Name, version and dependency versions of the partnersim package (read once). */
export function readPackageInfo(): PackageInfo {
  if (!packageCache) {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      dependencies?: Record<string, string>;
    };
    const dependencies = Object.fromEntries(
      Object.entries(pkg.dependencies ?? {}).map(([name, declared]) => [name, installedVersion(name, declared)]),
    );
    packageCache = { name: pkg.name, version: pkg.version, dependencies };
  }
  return packageCache;
}

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return null;
  }
}

const gitCache = new Map<string, GitInfo>();

/**
 * The git commit of `root` when `root` is itself the top of a git checkout (not a
 * package installed inside some other repository), and whether it is dirty.
 */
export function readGitInfo(root: string = PACKAGE_ROOT): GitInfo {
  const cached = gitCache.get(root);
  if (cached) return cached;
  let info: GitInfo = { commit: null, dirty: null };
  if (existsSync(path.join(root, '.git'))) {
    const top = git(['rev-parse', '--show-toplevel'], root);
    if (top !== null && realpathSync(top) === realpathSync(root)) {
      const commit = git(['rev-parse', 'HEAD'], root);
      const status = git(['status', '--porcelain'], root);
      info = { commit, dirty: status === null ? null : status.length > 0 };
    }
  }
  gitCache.set(root, info);
  return info;
}

/** The model's fingerprint and the git commit of this checkout (for every manifest). */
export function readModelRecord(): ModelRecord {
  return { ...modelFingerprint(), git: readGitInfo() };
}

/** The environment of this process: model fingerprint, package, git, Node version, platform. */
export function readEnvironment(): Environment {
  return {
    model: readModelRecord(),
    package: readPackageInfo(),
    git: readGitInfo(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

export interface ManifestOptions {
  runId: string;
  scenario: { slug: string; ref: string; file: string };
  /** The validated scenario without the policy. */
  base: Scenario;
  /** The validated scenario the engine ran (policy applied). */
  effective: Scenario;
  policy: Policy;
  seed: number;
  startedAt: Date;
  finishedAt: Date;
  durationMs: number;
  /** The data files written, with their row counts (the manifest itself is not listed). */
  files: readonly { name: OutputFileName; rows: number }[];
  /** Defaults to `readEnvironment()`; injected in tests. */
  environment?: Environment;
}

/** Builds the manifest object of one run. */
export function buildManifest(options: ManifestOptions): RunManifest {
  const environment = options.environment ?? readEnvironment();
  return {
    format: MANIFEST_FORMAT,
    runId: options.runId,
    scenario: {
      name: options.effective.name,
      slug: options.scenario.slug,
      ref: options.scenario.ref,
      file: options.scenario.file,
      hash: scenarioHash(options.base),
      effectiveHash: scenarioHash(options.effective),
      start: { year: options.effective.start.year, quarter: options.effective.start.quarter },
      stepsPerYear: options.effective.stepsPerYear,
    },
    policy: {
      name: options.policy.name,
      override: options.policy.override,
      description: options.policy.description,
      contrast: options.policy.contrast,
      origin: options.policy.origin ?? { kind: 'built-in' },
      hash: policyHash(options.policy),
    },
    interventions: scheduleOf(options.effective.interventions, options.effective),
    seed: options.seed,
    steps: options.effective.steps,
    migrants: options.effective.migrants,
    variant: options.effective.variant,
    model: environment.model ?? readModelRecord(),
    package: environment.package,
    git: environment.git,
    node: environment.node,
    platform: environment.platform,
    startedAt: options.startedAt.toISOString(),
    finishedAt: options.finishedAt.toISOString(),
    durationMs: Math.round(options.durationMs),
    files: options.files.map(({ name, rows }) => ({ name, rows, ...OUTPUT_FILES[name] })),
    note: 'timeseries.csv and states.csv are byte-identical for the same scenario, policy and seed; manifest.json is the one file that differs between such runs (times, duration, environment). It is written last: a folder without it holds no complete run.',
  };
}

/** The manifest as the text of `manifest.json` (2-space indent, final newline). */
export function formatManifest(manifest: RunManifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}
