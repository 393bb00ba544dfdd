/** The options of a sweep, shared by `sweep`, `slurm` and `compare`: their yargs definitions and their validation. */
import { isPrecedence, PRECEDENCES, type Precedence } from '../../scenario/precedence.js';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Argv } from 'yargs';
import { DESIGN_KINDS, type DesignKind } from '../../experiments/designs/index.js';
import { parseParamOption } from '../../experiments/parameters.js';
import type { Shard, SweepOptions } from '../../experiments/sweep.js';
import { InputError } from '../../scenario/errors.js';
import { DEFAULT_SCENARIO } from '../../scenario/loader.js';
import { POLICY_NAMES } from '../../scenario/policies.js';
import type { CliIo } from './io.js';
import { integerOption, textOption, VARIANT_OPTION, variantOption } from './options.js';

/** Default number of samples per design (LHS points, Saltelli base rows, Morris trajectories). */
export const DEFAULT_SAMPLES: Record<DesignKind, number> = { grid: 1, lhs: 50, sobol: 64, morris: 10 };

/**
 * The `--policies` list: built-in names, policy files and names the scenario declares
 * (resolved with the scenario, by resolvePolicy), or `all` for the built-ins. A bare name
 * that is neither a built-in nor a file is checked once the scenario is loaded.
 */
export function policiesOption(raw: unknown): string[] {
  const text = textOption('policies', raw) ?? 'partnership';
  if (text === 'all') return [...POLICY_NAMES];
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new InputError('--policies: expected policy names or files, got nothing');
  if (new Set(names).size !== names.length) throw new InputError('--policies: a policy is named twice');
  return names;
}

/**
 * `i/N` (0-based), or `auto`: the index from SLURM_ARRAY_TASK_ID (a 0-based array,
 * `--array=0-(N-1)`) or Kubernetes' JOB_COMPLETION_INDEX, and N from
 * PARTNERSIM_SHARD_COUNT, else SLURM_ARRAY_TASK_COUNT. Setting PARTNERSIM_SHARD_COUNT
 * keeps N right when one task of the array is resubmitted alone.
 */
export function shardOption(raw: unknown, env: Readonly<Record<string, string | undefined>>): Shard | undefined {
  const text = textOption('shard', raw);
  if (text === undefined) return undefined;
  let index: number;
  let count: number;
  if (text === 'auto') {
    const id = env.SLURM_ARRAY_TASK_ID ?? env.JOB_COMPLETION_INDEX;
    const n = env.PARTNERSIM_SHARD_COUNT ?? env.SLURM_ARRAY_TASK_COUNT;
    if (id === undefined || n === undefined) {
      throw new InputError('--shard auto: expected SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX, and PARTNERSIM_SHARD_COUNT or SLURM_ARRAY_TASK_COUNT');
    }
    index = /^\d+$/.test(id) ? Number(id) : NaN;
    count = /^\d+$/.test(n) ? Number(n) : NaN;
  } else {
    const m = /^(\d+)\/(\d+)$/.exec(text);
    if (!m) throw new InputError(`--shard: expected i/N (0-based) or auto, got "${text}"`);
    index = Number(m[1]);
    count = Number(m[2]);
  }
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 0 || index >= count) {
    throw new InputError(`--shard: expected 0 <= i < N, got ${index}/${count}`);
  }
  return { index, count };
}

export interface SweepArguments {
  scenario?: unknown;
  policies?: unknown;
  replicates?: unknown;
  design?: unknown;
  param?: unknown;
  samples?: unknown;
  levels?: unknown;
  workers?: unknown;
  seed?: unknown;
  out?: unknown;
  resume?: unknown;
  shard?: unknown;
  format?: unknown;
  quiet?: unknown;
  states?: unknown;
  steps?: unknown;
  migrants?: unknown;
  variant?: unknown;
  memory?: unknown;
  precedence?: unknown;
  lever?: unknown;
  factorial?: unknown;
}

/** `--factorial a,b,c`: the components of a factorial design (names or files), at least two. */
export function factorialOption(raw: unknown): string[] | undefined {
  if (raw === undefined) return undefined;
  const text = typeof raw === 'string' ? raw : String(raw);
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length < 2) throw new InputError(`--factorial: expected two or more components, comma-separated, got "${text}"`);
  if (new Set(names).size !== names.length) throw new InputError('--factorial: a component is named twice');
  return names;
}

/** `--precedence error|policy|sweep`: which value runs when a policy sets a swept parameter. */
export function precedenceOption(raw: unknown): Precedence {
  const text = textOption('precedence', raw) ?? 'error';
  if (!isPrecedence(text)) throw new InputError(`--precedence: expected one of ${PRECEDENCES.join(', ')}, got "${text}"`);
  return text;
}

/** Validates the arguments of `sweep`; throws InputError naming the option. */
export function toSweepOptions(args: SweepArguments, io: CliIo): SweepOptions {
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const design = (textOption('design', args.design) ?? 'grid') as DesignKind;
  if (!DESIGN_KINDS.includes(design)) throw new InputError(`--design: expected one of ${DESIGN_KINDS.join(', ')}, got "${design}"`);
  const params = args.param === undefined ? [] : Array.isArray(args.param) ? args.param : [args.param];
  const format = textOption('format', args.format) ?? 'csv';
  if (format !== 'csv' && format !== 'parquet') throw new InputError(`--format: expected csv or parquet, got "${format}"`);
  const scenario = textOption('scenario', args.scenario) ?? DEFAULT_SCENARIO;
  const factorial = factorialOption(args.factorial);
  if (factorial && args.policies !== undefined && args.policies !== 'partnership') throw new InputError('--factorial: the cells of the design are the sweep\'s policies; leave out --policies');
  const policies = factorial ? [] : policiesOption(args.policies);
  const levers = args.lever === undefined ? [] : (Array.isArray(args.lever) ? args.lever : [args.lever]).map((l) => parseParamOption(String(l), '--lever'));
  const variant = variantOption(args.variant);
  const replicates = integerOption('replicates', args.replicates ?? 1, 1);
  const seed = integerOption('seed', args.seed ?? 1, 0);
  const out = textOption('out', args.out) ?? path.join('results', `sweep-${path.basename(scenario).replace(/\.\w+$/, '')}-${seed}`);
  return {
    scenario,
    policies,
    cwd,
    replicates,
    design,
    ranges: params.map((p) => parseParamOption(String(p))),
    ...(levers.length > 0 ? { levers } : {}),
    ...(factorial ? { factorial } : {}),
    samples: args.samples === undefined ? DEFAULT_SAMPLES[design] : integerOption('samples', args.samples, 1),
    levels: args.levels === undefined ? undefined : integerOption('levels', args.levels, 1),
    workers: args.workers === undefined ? availableParallelism() : integerOption('workers', args.workers, 0),
    seed,
    out: path.resolve(cwd, out),
    resume: args.resume === true,
    shard: shardOption(args.shard, env),
    format,
    states: args.states === true,
    steps: args.steps === undefined ? undefined : integerOption('steps', args.steps, 1),
    migrants: args.migrants === undefined ? undefined : integerOption('migrants', args.migrants, 0),
    ...(variant ? { variant } : {}),
    quiet: args.quiet === true,
    precedence: precedenceOption(args.precedence),
    maxOldGenerationSizeMb: args.memory === undefined ? undefined : integerOption('memory', args.memory, 1),
  };
}

/** The options a sweep takes; shared by `sweep`, `slurm` and `compare`. */
export function sweepOptionsBuilder<T>(y: Argv<T>) {
  return y
    .option('policies', { describe: 'comma-separated policies (built-in names, policy files, names the scenario declares), or all (the built-ins)', type: 'string', default: 'partnership', requiresArg: true })
    .option('replicates', { alias: 'r', describe: 'replicates per policy and parameter point', default: 1, requiresArg: true })
    .option('design', { describe: `experimental design: ${DESIGN_KINDS.join(', ')}`, type: 'string', default: 'grid', requiresArg: true })
    .option('param', { describe: 'a swept parameter, path=min:max[:levels] (repeatable); default: the scenario\'s sweep section', type: 'string', requiresArg: true })
    .option('lever', { describe: 'a lever (a setting a decision maker chooses), path=min:max[:levels] (repeatable; 3 levels by default): every setting runs over the same uncertainties (--param) on common random numbers', type: 'string', requiresArg: true })
    .option('factorial', { describe: 'components of a factorial design, comma-separated (policy names or files): runs their 2^k combinations (a resolution-V fraction above 6) as the policies', type: 'string', requiresArg: true })
    .option('samples', { describe: 'LHS points, Saltelli base rows (sobol) or Morris trajectories (defaults 50, 64, 10)', requiresArg: true })
    .option('levels', { describe: 'grid levels per parameter (default 3) or Morris grid levels (default 4)', requiresArg: true })
    .option('workers', { alias: 'w', describe: 'worker threads (default: the number of cores; 0 runs in process)', requiresArg: true })
    .option('seed', { alias: 's', describe: 'base seed; each run\'s seed is derived from it, the point and the replicate', default: 1, requiresArg: true })
    .option('out', { alias: 'o', describe: 'output folder', type: 'string', defaultDescription: 'results/sweep-<scenario>-<seed>', requiresArg: true })
    .option('resume', { describe: 'finish an interrupted sweep in --out: only the missing and failed runs', type: 'boolean' })
    .option('shard', { describe: 'run the slice i/N of the design (0-based), or auto (SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX; N from PARTNERSIM_SHARD_COUNT or SLURM_ARRAY_TASK_COUNT)', type: 'string', requiresArg: true })
    .option('format', { describe: 'csv or parquet', type: 'string', default: 'csv', requiresArg: true })
    .option('states', { describe: 'also write states.csv (one row per run, step and state)', type: 'boolean' })
    .option('steps', { describe: 'number of steps (overrides the scenario\'s)', requiresArg: true })
    .option('migrants', { describe: 'number of migrant agents (overrides the scenario\'s)', requiresArg: true })
    .option('variant', VARIANT_OPTION)
    .option('memory', { describe: 'memory limit in MB: each worker\'s heap, and each run\'s typed arrays (a run that exceeds either fails alone)', requiresArg: true })
    .option('precedence', { describe: 'when a policy sets a swept parameter: error (refuse the sweep), policy (its value runs and is recorded) or sweep (the swept value runs)', type: 'string', default: 'error', requiresArg: true })
    .option('quiet', { alias: 'q', describe: 'no progress output', type: 'boolean' });
}
