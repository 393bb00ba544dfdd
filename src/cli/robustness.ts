/**
 * `partnersim robustness <sweep-dir>`: each policy's outcome distribution (mean, 10/50/90%
 * quantiles) and regret against the best policy at each point (on the means over replicates), per
 * indicator (src/analysis/robustnessSweep.ts), written to robustness.csv and
 * robustness.md; prints the policy of least maximum regret for the main indicators.
 */
import path from 'node:path';
import type { Argv } from 'yargs';
import { MAIN_INDICATORS } from '../analysis/compareSweep.js';
import { parseAt, parseFormats, parseIndicators } from '../analysis/options.js';
import type { RobustnessOptions, RobustnessSweepResult } from '../analysis/robustnessSweep.js';
import { rankedByRegret } from '../analysis/robustnessTable.js';
import { significant } from '../analysis/tableText.js';
import { InputError } from '../scenario/errors.js';
import { withFolderLock } from '../io/lock.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { textOption } from './shared/options.js';
import { parseSatisfice } from '../analysis/satisfice.js';
import { optionalPolicyNames } from './shared/policyNames.js';

export interface RobustnessArguments {
  dir?: unknown;
  indicators?: unknown;
  maximise?: unknown;
  minimise?: unknown;
  at?: unknown;
  policies?: unknown;
  format?: unknown;
  out?: unknown;
  satisfice?: unknown;
}

export function toRobustnessOptions(args: RobustnessArguments, io: CliIo): RobustnessOptions {
  const cwd = io.cwd ?? process.cwd();
  const dir = textOption('dir', args.dir);
  if (dir === undefined) throw new InputError('robustness: expected a sweep folder');
  const indicators = parseIndicators(textOption('indicators', args.indicators));
  const maximise = args.maximise === undefined ? [] : parseIndicators(textOption('maximise', args.maximise), '--maximise');
  const minimise = args.minimise === undefined ? [] : parseIndicators(textOption('minimise', args.minimise), '--minimise');
  const both = maximise.find((m) => minimise.includes(m));
  if (both) throw new InputError(`--maximise and --minimise both name ${both}`);
  for (const [option, names] of [['--maximise', maximise], ['--minimise', minimise]] as const) {
    const missing = names.find((n) => !indicators.includes(n));
    if (missing) throw new InputError(`${option}: ${missing} is not among the indicators (--indicators)`);
  }
  const policies = textOption('policies', args.policies);
  const out = textOption('out', args.out);
  const satisfice = (args.satisfice === undefined ? [] : Array.isArray(args.satisfice) ? args.satisfice : [args.satisfice]).map((t) => parseSatisfice(String(t), indicators));
  const twice = satisfice.find((r, i) => satisfice.findIndex((q) => q.indicator === r.indicator) !== i);
  if (twice) throw new InputError(`--satisfice: ${twice.indicator} has two rules; give one per indicator`);
  return {
    ...(satisfice.length > 0 ? { satisfice } : {}),
    dir: path.resolve(cwd, dir),
    indicators,
    minimise,
    at: parseAt(textOption('at', args.at), Infinity),
    policies: policies === undefined || policies === 'all' ? undefined : policies.split(',').map((s) => s.trim()).filter(Boolean),
    formats: parseFormats(textOption('format', args.format)),
    out: out === undefined ? undefined : path.resolve(cwd, out),
  };
}

export function robustnessSummary(result: RobustnessSweepResult, cwd: string): string {
  const where = path.relative(cwd, path.dirname(result.files[0] ?? result.sweep.dir)) || '.';
  const indicators = [...new Set(result.rows.map((r) => r.indicator))];
  const policies = new Set(result.rows.map((r) => r.policy)).size;
  const lines = [`robustness: ${policies} polic${policies === 1 ? 'y' : 'ies'} x ${indicators.length} indicator${indicators.length === 1 ? '' : 's'} over ${result.sweep.points} points x ${result.sweep.replicates} replicates -> ${where} (${result.files.map((f) => path.basename(f)).join(', ')})`];
  const main = indicators.filter((i) => (MAIN_INDICATORS as readonly string[]).includes(i));
  const ordered = rankedByRegret(result.rows);
  for (const indicator of main.length > 0 ? main : indicators.slice(0, 5)) {
    const best = ordered.find((r) => r.indicator === indicator);
    if (best) lines.push(`  ${indicator} (${best.direction}): least maximum regret ${best.policy}${best.levers === undefined ? '' : ` at ${best.levers}`} (max ${significant(best.pointMaxRegret)}, mean ${significant(best.pointMeanRegret)}, on point means)`);
  }
  for (const indicator of indicators) {
    const rated = result.rows.filter((r) => r.indicator === indicator && r.satisficingShare !== undefined);
    if (rated.length === 0) continue;
    const top = [...rated].sort((a, b) => b.satisficingShare! - a.satisficingShare! || (a.pointMaxRegret ?? Infinity) - (b.pointMaxRegret ?? Infinity))[0];
    lines.push(`  ${top.satisfice}: met most often by ${top.policy}${top.levers === undefined ? '' : ` at ${top.levers}`} (${significant(100 * top.satisficingShare!, 3)}% of runs)`);
  }
  const skipped = result.rows.filter((r) => (r.undefinedValues ?? 0) > 0);
  if (skipped.length > 0) {
    const total = skipped.reduce((s, r) => s + r.undefinedValues!, 0);
    const named = skipped.map((r) => `${r.indicator} under ${r.policy} ${r.undefinedValues}`);
    lines.push(`  skipped ${total} run${total === 1 ? '' : 's'} whose indicator is undefined (an empty cell, e.g. a Gini of fewer than two partners): ${(named.length > 4 ? [...named.slice(0, 4), `${named.length - 4} more`] : named).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

export function registerRobustness(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'robustness <dir>',
    'robustness of each policy across a sweep: mean, quantiles and regret against the best policy at each point',
    (y) =>
      y
        .positional('dir', { describe: 'a sweep folder (over uncertain parameters, with several policies)', type: 'string' })
        .option('indicators', { describe: 'indicators, comma-separated (default: all)', type: 'string', requiresArg: true })
        .option('maximise', { describe: 'indicators where more is better (the default for every indicator)', type: 'string', requiresArg: true })
        .option('minimise', { describe: 'indicators where less is better', type: 'string', requiresArg: true })
        .option('at', { describe: 'final, mean (over each run\'s steps) or a step number (0-based)', type: 'string', default: 'final', requiresArg: true })
        .option('policies', { describe: 'policies to include, comma-separated (default: all of the sweep\'s)', type: 'string', requiresArg: true })
        .option('format', { describe: 'tables to write: md, csv, tex (comma-separated)', type: 'string', default: 'md,csv', requiresArg: true })
        .option('out', { alias: 'o', describe: 'output folder (default: the sweep folder)', type: 'string', requiresArg: true })
        .option('satisfice', { describe: 'a satisficing threshold, indicator<=value (or <, >=, >), repeatable: the share of runs (and of point means) that meet it', type: 'string', requiresArg: true })
        .example('$0 robustness results/lhs --indicators mean_responsibilisation,irregular_arrivals --minimise irregular_arrivals', 'which policy holds up across the uncertain parameters')
        .example('$0 robustness results/levers --indicators irregular_arrivals --minimise irregular_arrivals --satisfice irregular_arrivals<=500', 'each lever setting over the uncertainties, with a satisficing threshold'),
    (args) =>
      guard('robustness', async () => {
        const options = toRobustnessOptions(args as RobustnessArguments, io);
        const { robustnessSweep } = await import('../analysis/robustnessSweep.js');
        const result = await withFolderLock(options.out ?? options.dir, { command: 'robustness', create: options.out !== undefined, report: io.stderr }, async () => robustnessSweep({ ...options, policies: await optionalPolicyNames(options.policies, io.cwd ?? process.cwd()) }));
        io.stdout(robustnessSummary(result, io.cwd ?? process.cwd()));
      }),
  );
}
