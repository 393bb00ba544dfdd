/**
 * `partnersim compare <sweep-dir | scenario>`: every policy of a sweep against a baseline,
 * paired on common random numbers (src/analysis/compareSweep.ts). Given a scenario
 * instead of a sweep folder, it first runs the sweep it needs (all policies by default,
 * 30 replicates) into --out, then compares. Writes effects.csv, effects.md and, with
 * --format tex, effects.tex; prints where, and how much narrower pairing made the
 * intervals.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Argv } from 'yargs';
import { MAIN_INDICATORS, type CompareOptions, type CompareResult } from '../analysis/compareSweep.js';
import { ADJUSTMENTS, DEFAULT_ADJUSTMENT, isAdjustment } from '../analysis/multiplicity.js';
import { parseAt, parseBands, parseFormats, parseIndicators } from '../analysis/options.js';
import { DEFAULT_MIN_PAIRS } from '../analysis/verdict.js';
import { significant } from '../analysis/tableText.js';
import type { SweepOptions } from '../experiments/sweep.js';
import { withFolderLock } from '../io/lock.js';
import { InputError } from '../scenario/errors.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { integerOption, textOption, VARIANT_OPTION } from './shared/options.js';
import { runSweepCommand } from './shared/runSweep.js';
import { factorialOption, toSweepOptions } from './shared/sweepOptions.js';
import { optionalPolicyNames, policyNames } from './shared/policyNames.js';

/** Options that only make sense when compare runs the sweep itself. */
const SWEEP_ONLY = ['replicates', 'design', 'param', 'samples', 'levels', 'workers', 'steps', 'migrants', 'variant', 'resume', 'memory', 'precedence', 'posterior', 'draws'] as const;

/** Posterior draws run by `compare --posterior` unless --draws says otherwise. */
export const DEFAULT_POSTERIOR_DRAWS = 20;

export const DEFAULT_COMPARE_REPLICATES = 30;

export interface CompareArguments {
  target?: unknown;
  baseline?: unknown;
  policies?: unknown;
  indicators?: unknown;
  at?: unknown;
  band?: unknown;
  format?: unknown;
  seed?: unknown;
  resamples?: unknown;
  adjust?: unknown;
  minPairs?: unknown;
  out?: unknown;
  quiet?: unknown;
  replicates?: unknown;
  design?: unknown;
  param?: unknown;
  samples?: unknown;
  levels?: unknown;
  workers?: unknown;
  steps?: unknown;
  migrants?: unknown;
  variant?: unknown;
  resume?: unknown;
  memory?: unknown;
  precedence?: unknown;
  factorial?: unknown;
  posterior?: unknown;
  draws?: unknown;
}

export interface ComparePlan {
  compare: CompareOptions;
  /** the sweep to run first, when the target is a scenario */
  sweep?: SweepOptions;
  /** main effects and interactions of a factorial sweep instead of effects against a baseline; with a folder, the components it must hold (empty: any) */
  factorial?: string[];
  /** the posterior draws to run the sweep at (a scenario only) */
  posterior?: { dir: string; draws: number; label: string };
}

function listOption(name: string, raw: unknown): string[] {
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw]).map((r) => {
    const text = textOption(name, r);
    if (text === undefined) throw new InputError(`--${name}: expected a value`);
    return text;
  });
}

/** Maps compare's arguments to the options of compareSweep (and of runSweep for a scenario). */
export function toComparePlan(args: CompareArguments, io: CliIo): ComparePlan {
  const cwd = io.cwd ?? process.cwd();
  const target = textOption('target', args.target);
  if (target === undefined) throw new InputError('compare: expected a sweep folder or a scenario');
  const baseline = textOption('baseline', args.baseline) ?? 'partnership';
  const indicators = parseIndicators(textOption('indicators', args.indicators));
  const at = parseAt(textOption('at', args.at), Infinity);
  const bands = parseBands(listOption('band', args.band), indicators);
  const formats = parseFormats(textOption('format', args.format));
  const seed = integerOption('seed', args.seed ?? 1, 0);
  const resamples = integerOption('resamples', args.resamples ?? 2000, 0);
  const adjust = textOption('adjust', args.adjust) ?? DEFAULT_ADJUSTMENT;
  if (!isAdjustment(adjust)) throw new InputError(`--adjust: expected ${ADJUSTMENTS.join(', ')}, got "${adjust}"`);
  const minPairs = integerOption('min-pairs', args.minPairs ?? DEFAULT_MIN_PAIRS, 1);
  if (minPairs < 2) throw new InputError(`--min-pairs: expected an integer >= 2 (a t interval needs two pairs), got ${minPairs}`);
  const policiesText = textOption('policies', args.policies);
  const out = textOption('out', args.out);
  const folder = path.resolve(cwd, target);
  const compare: CompareOptions = {
    dir: folder,
    baseline,
    policies: policiesText === undefined || policiesText === 'all' ? undefined : policiesText.split(',').map((s) => s.trim()).filter(Boolean),
    indicators,
    at,
    bands,
    formats,
    seed,
    resamples,
    adjust,
    minPairs,
    out: out === undefined ? undefined : path.resolve(cwd, out),
  };
  const factorialText = args.factorial === undefined ? undefined : String(args.factorial).trim();
  if (args.draws !== undefined && args.posterior === undefined) throw new InputError('--draws: only with --posterior');
  if (factorialText !== undefined && args.posterior !== undefined) throw new InputError('--factorial: not with --posterior (compare the cells of a factorial sweep, or policies under a posterior)');
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    const given = SWEEP_ONLY.filter((name) => args[name] !== undefined);
    if (given.length > 0) throw new InputError(`--${given[0]}: only when compare runs the sweep from a scenario (${target} is a folder)`);
    return { compare, ...(factorialText !== undefined ? { factorial: factorialText === '' ? [] : (factorialOption(factorialText) ?? []) } : {}) };
  }
  if (factorialText === '') throw new InputError('--factorial: with a scenario, name the components, comma-separated (e.g. --factorial conditional-pay,sanctions)');
  const factorial = factorialOption(factorialText);
  if (factorial && policiesText !== undefined) throw new InputError('--factorial: the cells of the design are the policies compared; leave out --policies');
  const posteriorText = textOption('posterior', args.posterior);
  const posterior = posteriorText === undefined ? undefined : { dir: path.resolve(cwd, posteriorText), label: posteriorText, draws: integerOption('draws', args.draws ?? DEFAULT_POSTERIOR_DRAWS, 1) };
  if (posterior && posterior.draws < 2) throw new InputError(`--draws: expected 2 or more (the parameter part of the variance needs two draws), got ${posterior.draws}`);
  // A scenario: run the sweep first, with the baseline among its policies.
  const slug = path.basename(target).replace(/\.\w+$/, '');
  const sweepOut = out ?? path.join('results', `compare-${slug}-${seed}`);
  const policies = factorial ? undefined : policiesText === undefined || policiesText === 'all' ? 'all' : [...new Set([baseline, ...compare.policies!])].join(',');
  const sweep = toSweepOptions(
    {
      scenario: target,
      policies,
      factorial: factorialText,
      replicates: args.replicates ?? DEFAULT_COMPARE_REPLICATES,
      design: args.design,
      param: args.param,
      samples: args.samples,
      levels: args.levels,
      workers: args.workers,
      seed,
      out: sweepOut,
      resume: args.resume,
      format: 'csv',
      quiet: args.quiet,
      steps: args.steps,
      migrants: args.migrants,
      variant: args.variant,
      memory: args.memory,
      precedence: args.precedence,
    },
    io,
  );
  return { compare: { ...compare, dir: sweep.out, out: undefined }, sweep, ...(factorial ? { factorial } : {}), ...(posterior ? { posterior } : {}) };
}

/** Up to four names, then how many more. */
function someOf(named: readonly string[]): string {
  return (named.length > 4 ? [...named.slice(0, 4), `${named.length - 4} more`] : named).join(', ');
}

/**
 * The lines compare prints: what was written, the verdicts (with the adjustment, and the
 * rows with too few pairs), the pairs skipped for undefined values, and the gain of
 * common random numbers.
 */
export function compareSummary(result: CompareResult, cwd: string): string {
  const { rows, reduction, pairs, family } = result;
  const policies = new Set(rows.map((r) => r.policy)).size;
  const indicators = new Set(rows.map((r) => r.indicator)).size;
  const where = path.relative(cwd, path.dirname(result.files[0] ?? result.sweep.dir)) || '.';
  const names = result.files.map((f) => path.basename(f)).join(', ');
  const n = pairs.min === pairs.max ? `${pairs.min} pairs each` : `${pairs.min} to ${pairs.max} pairs`;
  const counts = { higher: 0, lower: 0, 'within-band': 0, insufficient: 0 };
  for (const r of rows) counts[r.comparison.verdict]++;
  const adjusted = family.adjust === 'none' ? 'p not adjusted' : `p adjusted by ${family.adjust} over ${family.tested} comparison${family.tested === 1 ? '' : 's'}`;
  const lines = [
    `compare: ${policies} polic${policies === 1 ? 'y' : 'ies'} x ${indicators} indicator${indicators === 1 ? '' : 's'} against ${rows[0]?.baseline ?? ''} at ${rows[0]?.at ?? ''}, ${n}${pairs.dropped > 0 ? ` (up to ${pairs.dropped} run${pairs.dropped === 1 ? '' : 's'} dropped)` : ''} -> ${where} (${names})`,
    `verdicts: ${counts.higher} higher, ${counts.lower} lower, ${counts['within-band']} within the band${counts.insufficient > 0 ? `, ${counts.insufficient} insufficient` : ''} (${adjusted})`,
  ];
  if (counts.insufficient > 0) {
    const few = rows.filter((r) => r.comparison.verdict === 'insufficient').map((r) => `${r.indicator} under ${r.policy} (${r.comparison.n})`);
    lines.push(`  insufficient: fewer than ${family.minPairs} pairs in ${someOf(few)}: no verdict (run more replicates, or set --min-pairs)`);
  }
  if (result.undefinedValues.length > 0) {
    const total = result.undefinedValues.reduce((s, u) => s + u.pairs, 0);
    lines.push(`  skipped ${total} pair${total === 1 ? '' : 's'} whose indicator is undefined in a run (an empty cell, e.g. a Gini of fewer than two partners): ${someOf(result.undefinedValues.map((u) => `${u.indicator} under ${u.policy} ${u.pairs}`))}`);
  }
  if (reduction.median !== undefined) {
    const by = [...reduction.byIndicator].map(([k, v]) => `${k} ${significant(v, 2) || '-'}`).join(', ');
    const main = reduction.indicators.every((i) => (MAIN_INDICATORS as readonly string[]).includes(i)) ? 'the main indicators' : 'the indicators compared';
    lines.push(`common random numbers: paired intervals are a median ${significant(reduction.median, 2)} times narrower than unpaired ones on ${main} (${by})`);
    if (reduction.byPolicy.size > 1) {
      const ordered = [...reduction.byPolicy].sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0) || a[0].localeCompare(b[0]));
      lines.push(`  by policy: ${ordered.map(([k, v]) => `${k} ${v === undefined ? '-' : significant(v, 2)}`).join(', ')}`);
    }
    if (reduction.constant.length > 0) {
      const named = reduction.constant.map((c) => `${c.indicator} under ${c.policy}`);
      lines.push(`  one side does not vary in ${reduction.constant.length} of these comparisons (${someOf(named)}): pairing cannot narrow them`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The factorial effects of a plan's sweep folder, and the lines to print. */
async function runFactorial(plan: ComparePlan, cwd: string): Promise<string> {
  const { factorialSweep } = await import('../analysis/factorialSweep.js');
  const { openSweep } = await import('../analysis/sweepFolder.js');
  const held = openSweep(plan.compare.dir).factorial;
  if (!held) throw new InputError(`--factorial: ${plan.compare.dir} is not a factorial sweep (run partnersim sweep --factorial a,b,... first)`);
  const asked = plan.factorial ?? [];
  if (asked.length > 0 && asked.join(',') !== held.components.join(',')) throw new InputError(`--factorial: the sweep's components are ${held.components.join(',')}, not ${asked.join(',')}`);
  const result = await factorialSweep({ dir: plan.compare.dir, indicators: plan.compare.indicators, at: plan.compare.at, formats: plan.compare.formats.filter((f) => f !== 'tex'), adjust: plan.compare.adjust, out: plan.compare.out });
  const where = path.relative(cwd, path.dirname(result.files[0] ?? result.sweep.dir)) || '.';
  const clear = result.rows.filter((r) => r.pAdjusted !== undefined && r.pAdjusted < 0.05);
  const lines = [
    `compare --factorial: ${held.components.length} components, ${held.cells.length} cells (${held.kind}) x ${new Set(result.rows.map((r) => r.indicator)).size} indicators -> ${where} (${result.files.map((f) => path.basename(f)).join(', ')})`,
    `  ${clear.length} of ${result.tested} effects with p adjusted < 0.05 (${clear.filter((r) => r.kind === 'main').length} main effects, ${clear.filter((r) => r.kind === 'interaction').length} interactions)`,
  ];
  return lines.join('\n') + '\n';
}

/** The lines compare prints for a sweep over posterior draws. */
function posteriorSummary(result: import('../analysis/posteriorSweep.js').PosteriorResult, cwd: string): string {
  const where = path.relative(cwd, path.dirname(result.files[0] ?? result.sweep.dir)) || '.';
  const lines = [`posterior: ${result.sweep.posterior!.draws} draws x ${result.sweep.replicates} replicates -> ${where} (${result.files.map((f) => path.basename(f)).join(', ')})`];
  for (const r of result.rows.filter((row) => (MAIN_INDICATORS as readonly string[]).includes(row.indicator)).slice(0, 6)) {
    const share = r.totalVariance ? r.parameterVariance! / r.totalVariance : undefined;
    lines.push(`  ${r.indicator} under ${r.policy}: ${significant(r.mean)}${r.effectInterval ? ` [${significant(r.effectInterval.low)}, ${significant(r.effectInterval.high)}]` : ''}; variance ${significant(r.mcVariance)} Monte Carlo + ${significant(r.parameterVariance)} parameters${share === undefined ? '' : ` (parameter share ${significant(share, 2)})`}`);
  }
  return lines.join('\n') + '\n';
}

async function runSweepFirst(options: SweepOptions, io: CliIo): Promise<void> {
  const { summary, line, where } = await runSweepCommand(options, io);
  io.stdout(`${line}\n`);
  if (summary.failed > 0) io.stderr(`partnersim: ${summary.failed} runs failed (see ${path.join(where, 'failures.csv')}); comparing the runs that finished\n`);
}

export function registerCompare(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'compare <target>',
    'compare policies with a baseline, paired on common random numbers: differences, intervals, p-values, effect sizes, verdicts',
    (y) =>
      y
        .positional('target', { describe: 'a sweep folder, or a scenario (file or bundled name) to sweep first', type: 'string' })
        .option('baseline', { alias: 'b', describe: 'the policy the others are compared with', type: 'string', default: 'partnership', requiresArg: true })
        .option('policies', { describe: 'policies to compare, comma-separated, or all (with a scenario: the policies to sweep)', type: 'string', requiresArg: true })
        .option('indicators', { describe: 'indicators, comma-separated (default: all)', type: 'string', requiresArg: true })
        .option('at', { describe: 'final, mean (over each run\'s steps) or a step number (0-based)', type: 'string', default: 'final', requiresArg: true })
        .option('band', { describe: 'practical-significance band, indicator=width (repeatable): differences not shown to exceed ±width are "within-band"', type: 'string', requiresArg: true })
        .option('format', { describe: 'tables to write: md, csv, tex (comma-separated)', type: 'string', default: 'md,csv', requiresArg: true })
        .option('seed', { alias: 's', describe: 'seed of the descriptive bootstrap (and, with a scenario, the sweep\'s base seed)', default: 1, requiresArg: true })
        .option('resamples', { describe: 'resamples of the descriptive bootstrap intervals and width ratio (0: none)', default: 2000, requiresArg: true })
        .option('adjust', { describe: 'adjustment of the p-values across the policies x indicators compared: holm (family-wise error), bh (false discovery rate) or none', type: 'string', default: DEFAULT_ADJUSTMENT, requiresArg: true })
        .option('min-pairs', { describe: `fewest pairs for a verdict; fewer give "insufficient" (default ${DEFAULT_MIN_PAIRS})`, requiresArg: true })
        .option('out', { alias: 'o', describe: 'output folder (default: the sweep folder; with a scenario, results/compare-<scenario>-<seed>)', type: 'string', requiresArg: true })
        .option('replicates', { alias: 'r', describe: 'with a scenario: replicates per policy and point (default 30)', requiresArg: true })
        .option('design', { describe: 'with a scenario: the sweep\'s design (grid, lhs, sobol, morris)', type: 'string', requiresArg: true })
        .option('param', { describe: 'with a scenario: a swept parameter, path=min:max[:levels] (repeatable)', type: 'string', requiresArg: true })
        .option('samples', { describe: 'with a scenario: LHS points, Saltelli base rows or Morris trajectories', requiresArg: true })
        .option('levels', { describe: 'with a scenario: grid or Morris levels', requiresArg: true })
        .option('workers', { alias: 'w', describe: 'with a scenario: worker threads (0 runs in process)', requiresArg: true })
        .option('steps', { describe: 'with a scenario: number of steps', requiresArg: true })
        .option('migrants', { describe: 'with a scenario: number of migrant agents', requiresArg: true })
        .option('variant', { ...VARIANT_OPTION, describe: `with a scenario: ${VARIANT_OPTION.describe}` })
        .option('memory', { describe: 'with a scenario: heap limit of each worker in MB', requiresArg: true })
        .option('precedence', { describe: 'with a scenario: when a policy sets a swept parameter, error, policy or sweep (see sweep --help)', type: 'string', requiresArg: true })
        .option('resume', { describe: 'with a scenario: finish (or reuse) the sweep in --out', type: 'boolean' })
        .option('factorial', { describe: 'main effects and two-way interactions of the components of a factorial sweep (with a scenario: the components, comma-separated, to sweep first)', type: 'string' })
        .option('posterior', { describe: 'with a scenario: run each policy at posterior draws of this calibration folder; writes posterior.csv with the Monte Carlo and parameter parts of the variance', type: 'string', requiresArg: true })
        .option('draws', { describe: `with --posterior: posterior draws (default ${DEFAULT_POSTERIOR_DRAWS})`, requiresArg: true })
        .option('quiet', { alias: 'q', describe: 'no progress output while the sweep runs', type: 'boolean' })
        .example('$0 compare results/sweep --baseline partnership', 'every other policy of the sweep against partnership, all indicators')
        .example('$0 compare results/sweep --indicators mean_responsibilisation,mean_effort --at 39 --band mean_responsibilisation=0.02', 'after ten years (step 39), with a band of ±0.02')
        .example('$0 compare eu-mobility-partnerships --baseline partnership --policies all --replicates 30', 'run the sweep first, then compare')
        .example('$0 compare results/sweep --format md,csv,tex', 'also a LaTeX (booktabs) table')
        .example('$0 compare stylised --factorial conditional-pay,sanctions,no-ranking -r 10', 'main effects and interactions of three components')
        .example('$0 compare stylised --posterior results/calibrate-stylised-1 --draws 20 -r 5 --policies conditionality', 'effects under the calibrated posterior'),
    (args) =>
      guard('compare', async () => {
        const plan = toComparePlan(args as CompareArguments, io);
        await withFolderLock(plan.compare.out ?? plan.compare.dir, { command: 'compare', create: plan.compare.out !== undefined || plan.sweep !== undefined, report: io.stderr }, async () => {
          const cwd = io.cwd ?? process.cwd();
          if (plan.sweep && plan.posterior) {
            const { posteriorPoints } = await import('../calibration/posteriorDraws.js');
            plan.sweep.posterior = await posteriorPoints({ dir: plan.posterior.dir, label: plan.posterior.label, draws: plan.posterior.draws, seed: plan.compare.seed, scenario: plan.sweep.scenario });
          }
          if (plan.sweep) await runSweepFirst(plan.sweep, io);
          if (plan.factorial) {
            io.stdout(await runFactorial(plan, cwd));
            return;
          }
          const { compareSweep } = await import('../analysis/compareSweep.js');
          const [baseline] = await policyNames([plan.compare.baseline], cwd);
          const policies = await optionalPolicyNames(plan.compare.policies, cwd);
          const result = await compareSweep({ ...plan.compare, baseline, policies });
          io.stdout(compareSummary(result, cwd));
          if (result.sweep.posterior) {
            const { posteriorSweep } = await import('../analysis/posteriorSweep.js');
            const posterior = await posteriorSweep({ ...plan.compare, baseline, policies, formats: plan.compare.formats.filter((f) => f !== 'tex') });
            io.stdout(posteriorSummary(posterior, cwd));
          }
        });
      }),
  );
}
