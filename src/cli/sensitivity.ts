/**
 * `partnersim sensitivity <sweep-dir>`: Sobol indices (a `sobol` sweep) or Morris
 * elementary effects (a `morris` sweep) per policy and indicator
 * (src/analysis/sensitivitySweep.ts), written to sensitivity.csv and sensitivity.md;
 * prints the ranking of the parameters for the main indicators.
 */
import path from 'node:path';
import type { Argv } from 'yargs';
import { MAIN_INDICATORS } from '../analysis/compareSweep.js';
import { parseAt, parseFormats, parseIndicators } from '../analysis/options.js';
import type { SensitivityOptions, SensitivityResult } from '../analysis/sensitivitySweep.js';
import { distinctFromZero, importance, noiseWarning, ranked } from '../analysis/sensitivityTable.js';
import { significant } from '../analysis/tableText.js';
import { InputError } from '../scenario/errors.js';
import { withFolderLock } from '../io/lock.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { integerOption, textOption } from './shared/options.js';
import { optionalPolicyNames } from './shared/policyNames.js';

export interface SensitivityArguments {
  dir?: unknown;
  indicators?: unknown;
  at?: unknown;
  policies?: unknown;
  format?: unknown;
  seed?: unknown;
  resamples?: unknown;
  out?: unknown;
}

export function toSensitivityOptions(args: SensitivityArguments, io: CliIo): SensitivityOptions {
  const cwd = io.cwd ?? process.cwd();
  const dir = textOption('dir', args.dir);
  if (dir === undefined) throw new InputError('sensitivity: expected a sweep folder');
  const policies = textOption('policies', args.policies);
  const out = textOption('out', args.out);
  return {
    dir: path.resolve(cwd, dir),
    indicators: parseIndicators(textOption('indicators', args.indicators)),
    at: parseAt(textOption('at', args.at), Infinity),
    policies: policies === undefined || policies === 'all' ? undefined : policies.split(',').map((s) => s.trim()).filter(Boolean),
    formats: parseFormats(textOption('format', args.format)),
    seed: integerOption('seed', args.seed ?? 1, 0),
    resamples: integerOption('resamples', args.resamples ?? 2000, 1),
    out: out === undefined ? undefined : path.resolve(cwd, out),
  };
}

/** What sensitivity prints: where the tables went, and the ranking for the main indicators. */
export function sensitivitySummary(result: SensitivityResult, cwd: string): string {
  const indicators = [...new Set(result.rows.map((r) => r.indicator))];
  const policies = [...new Set(result.rows.map((r) => r.policy))];
  const where = path.relative(cwd, path.dirname(result.files[0] ?? result.sweep.dir)) || '.';
  const unit = result.method === 'sobol' ? 'base rows' : 'trajectories';
  const lines = [
    `sensitivity: ${result.method}, ${result.samples} ${unit}, ${result.sweep.parameters.length} parameters x ${indicators.length} indicator${indicators.length === 1 ? '' : 's'} x ${policies.length} polic${policies.length === 1 ? 'y' : 'ies'} -> ${where} (${result.files.map((f) => path.basename(f)).join(', ')})`,
  ];
  const main = indicators.filter((i) => (MAIN_INDICATORS as readonly string[]).includes(i));
  const shown = main.length > 0 ? main : indicators.slice(0, 5);
  const measure = result.method === 'sobol' ? 'ST' : 'mu*';
  for (const indicator of shown) {
    for (const policy of policies) {
      const order = ranked(result.rows, indicator, policy);
      // '=' between equal estimates (in the same tier), so that a tie does not read as a ranking
      const text = order
        .map((r, k) => {
          const same = k > 0 && importance(order[k - 1]) === importance(r) && distinctFromZero(order[k - 1]) === distinctFromZero(r);
          const value = `${r.parameter} ${significant(Number.isFinite(importance(r)) ? importance(r) : undefined, 2) || '-'}${distinctFromZero(r) ? '' : ' (interval holds 0)'}`;
          return k === 0 ? value : `${same ? ' = ' : ' > '}${value}`;
        })
        .join('');
      lines.push(`  ${indicator} (${policy}), by ${measure}: ${text}`);
    }
  }
  const warning = noiseWarning(result.rows, result.sweep.replicates);
  if (warning) lines.push(`warning: ${warning}`);
  return lines.join('\n') + '\n';
}

export function registerSensitivity(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'sensitivity <dir>',
    'global sensitivity of a sobol or morris sweep: Sobol first-order and total indices, or Morris mu*, mu and sigma',
    (y) =>
      y
        .positional('dir', { describe: 'a sweep folder made with --design sobol or --design morris', type: 'string' })
        .option('indicators', { describe: 'indicators, comma-separated (default: all)', type: 'string', requiresArg: true })
        .option('at', { describe: 'final, mean (over each run\'s steps) or a step number (0-based)', type: 'string', default: 'final', requiresArg: true })
        .option('policies', { describe: 'policies to analyse, comma-separated (default: all of the sweep\'s)', type: 'string', requiresArg: true })
        .option('format', { describe: 'tables to write: md, csv, tex (comma-separated)', type: 'string', default: 'md,csv', requiresArg: true })
        .option('seed', { alias: 's', describe: 'seed of the bootstrap', default: 1, requiresArg: true })
        .option('resamples', { describe: 'bootstrap resamples', default: 2000, requiresArg: true })
        .option('out', { alias: 'o', describe: 'output folder (default: the sweep folder)', type: 'string', requiresArg: true })
        .example('$0 sweep stylised --design sobol --samples 256 --param params.benchmarking.pressureGain=0:0.5 --param params.responsibilisation.agencyRate=0:0.02 --out results/sobol', 'first a Saltelli design')
        .example('$0 sensitivity results/sobol --indicators mean_responsibilisation,mean_effort', 'then its Sobol indices'),
    (args) =>
      guard('sensitivity', async () => {
        const options = toSensitivityOptions(args as SensitivityArguments, io);
        const { sensitivitySweep } = await import('../analysis/sensitivitySweep.js');
        const result = await withFolderLock(options.out ?? options.dir, { command: 'sensitivity', create: options.out !== undefined, report: io.stderr }, async () => sensitivitySweep({ ...options, policies: await optionalPolicyNames(options.policies, io.cwd ?? process.cwd()) }));
        io.stdout(sensitivitySummary(result, io.cwd ?? process.cwd()));
      }),
  );
}
