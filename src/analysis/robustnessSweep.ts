/**
 * robustnessSweep(options): each policy's outcome distribution and regret over the
 * points and replicates of a sweep (robustness.ts), per indicator, written to
 * robustness.csv and robustness.md (and robustness.tex on request) in the sweep folder
 * or `out`, atomically. Which way is better is given per indicator by `minimise`
 * (every other indicator is maximised).
 *
 * @example
 * await robustnessSweep({ dir: 'results/lhs', indicators: ['mean_responsibilisation', 'irregular_arrivals'], minimise: ['irregular_arrivals'], at: { kind: 'final' }, formats: ['md', 'csv'] });
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { InputError } from '../scenario/errors.js';
import { checkAt } from './compareSweep.js';
import type { TableFormat } from './options.js';
import { pairKey } from './pairing.js';
import { robustness } from './robustness.js';
import { robustnessCsv, robustnessLatex, robustnessMarkdown, type RobustnessRow } from './robustnessTable.js';
import { openSweep, readRunValues, type At, type SweepFolder } from './sweepFolder.js';

export interface RobustnessOptions {
  dir: string;
  indicators: string[];
  /** indicators where less is better (the others are maximised) */
  minimise: string[];
  at: At;
  /** policies to include (default: all of the sweep's); regret is against the best of these */
  policies?: string[];
  formats: TableFormat[];
  out?: string;
}

export interface RobustnessSweepResult {
  sweep: SweepFolder;
  rows: RobustnessRow[];
  files: string[];
}

export async function robustnessSweep(options: RobustnessOptions): Promise<RobustnessSweepResult> {
  const sweep = openSweep(options.dir);
  checkAt(options.at, sweep);
  for (const p of options.policies ?? []) {
    if (!sweep.policies.includes(p)) throw new InputError(`--policies: policy "${p}" is not in the sweep (it holds ${sweep.policies.join(', ')})`);
  }
  const policies = sweep.policies.filter((p) => !options.policies || options.policies.includes(p));
  const runs = await readRunValues(sweep, options.indicators, options.at);
  const rows: RobustnessRow[] = [];
  options.indicators.forEach((indicator, i) => {
    const values = new Map(policies.map((p) => [p, new Map<string, number>()]));
    for (const run of runs) values.get(run.policy)?.set(pairKey(run.point, run.replicate), run.values[i]);
    // runs whose indicator is undefined (an empty cell): skipped, and counted
    const undefinedValues = new Map(policies.map((p) => [p, [...values.get(p)!.values()].filter(Number.isNaN).length]));
    const direction = options.minimise.includes(indicator) ? 'minimise' : 'maximise';
    for (const p of robustness(values, direction).policies) rows.push({ indicator, direction, ...p, undefinedValues: undefinedValues.get(p.policy) ?? 0 });
  });
  const out = path.resolve(options.out ?? sweep.dir);
  mkdirSync(out, { recursive: true });
  const context = { scenario: sweep.scenario, points: sweep.points, replicates: sweep.replicates, at: options.at };
  const files: string[] = [];
  const write = async (name: string, text: string) => {
    const file = path.join(out, name);
    await writeFileAtomic(file, text);
    files.push(file);
  };
  if (options.formats.includes('csv')) await write('robustness.csv', robustnessCsv(rows));
  if (options.formats.includes('md')) await write('robustness.md', robustnessMarkdown(rows, context));
  if (options.formats.includes('tex')) await write('robustness.tex', robustnessLatex(rows, context));
  return { sweep, rows, files };
}
