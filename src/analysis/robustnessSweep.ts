/**
 * robustnessSweep(options): each policy's outcome distribution and regret over the
 * points and replicates of a sweep (robustness.ts), per indicator, written to
 * robustness.csv and robustness.md (and robustness.tex on request) in the sweep folder
 * or `out`, atomically. Which way is better is given per indicator by `minimise`
 * (every other indicator is maximised).
 *
 * A sweep with levers (`sweep --lever`): each policy at each lever setting is an
 * alternative, and the scenarios over which it is judged are the uncertainty points ×
 * replicates (every setting ran on the same seeds there), so the regret of a setting is
 * against the best policy and setting at the same uncertainty point. With a satisficing
 * rule for an indicator (`--satisfice irregular_arrivals<=500`), each row also holds the
 * share of its runs, and of its point means, that meet it.
 *
 * @example
 * await robustnessSweep({ dir: 'results/lhs', indicators: ['mean_responsibilisation', 'irregular_arrivals'], minimise: ['irregular_arrivals'], at: { kind: 'final' }, formats: ['md', 'csv'] });
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { folderWriter } from '../io/atomic.js';
import { InputError } from '../scenario/errors.js';
import { checkAt } from './compareSweep.js';
import type { TableFormat } from './options.js';
import { pairKey } from './pairing.js';
import { pointMeans, robustness } from './robustness.js';
import { satisficingShare, type SatisficeRule } from './satisfice.js';
import { robustnessCsv, robustnessLatex, robustnessMarkdown, type RobustnessRow } from './robustnessTable.js';
import { openSweep, readRunValues, tableRecords, type At, type SweepFolder } from './sweepFolder.js';

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
  /** satisficing thresholds, at most one per indicator */
  satisfice?: SatisficeRule[];
}

export interface RobustnessSweepResult {
  sweep: SweepFolder;
  rows: RobustnessRow[];
  files: string[];
}

/** Each point's lever setting and uncertainty point (design.csv), and each setting's values as `path=value;...`. */
async function leverRoles(sweep: SweepFolder): Promise<{ byPoint: Map<number, { setting: number; uncertainty: number }>; labels: string[] }> {
  const byPoint = new Map<number, { setting: number; uncertainty: number }>();
  const labels: string[] = [];
  let header: string[] | undefined;
  for await (const { cells } of tableRecords(sweep, 'design')) {
    if (!header) {
      header = cells;
      continue;
    }
    const cell = (name: string) => cells[header!.indexOf(name)];
    const setting = Number(cell('lever'));
    byPoint.set(Number(cell('point')), { setting, uncertainty: Number(cell('uncertainty')) });
    if (labels[setting] === undefined) labels[setting] = sweep.levers!.map((p) => `${p}=${cell(p)}`).join(';');
  }
  return { byPoint, labels };
}

export async function robustnessSweep(options: RobustnessOptions): Promise<RobustnessSweepResult> {
  const sweep = openSweep(options.dir);
  checkAt(options.at, sweep);
  for (const p of options.policies ?? []) {
    if (!sweep.policies.includes(p)) throw new InputError(`--policies: policy "${p}" is not in the sweep (it holds ${sweep.policies.join(', ')})`);
  }
  const policies = sweep.policies.filter((p) => !options.policies || options.policies.includes(p));
  const runs = await readRunValues(sweep, options.indicators, options.at);
  // With levers, an alternative is a policy at a lever setting, and a scenario of the uncertainties is an uncertainty point and replicate.
  const settings = sweep.levers ? await leverRoles(sweep) : undefined;
  const alternatives: { key: string; policy: string; setting?: number; levers?: string }[] = settings
    ? policies.flatMap((policy) => settings.labels.map((levers, setting) => ({ key: `${policy}#${setting}`, policy, setting, levers })))
    : policies.map((policy) => ({ key: policy, policy }));
  const rows: RobustnessRow[] = [];
  options.indicators.forEach((indicator, i) => {
    const values = new Map(alternatives.map((a) => [a.key, new Map<string, number>()]));
    for (const run of runs) {
      if (settings) {
        const role = settings.byPoint.get(run.point);
        if (role) values.get(`${run.policy}#${role.setting}`)?.set(pairKey(role.uncertainty, run.replicate), run.values[i]);
      } else values.get(run.policy)?.set(pairKey(run.point, run.replicate), run.values[i]);
    }
    // runs whose indicator is undefined (an empty cell): skipped, and counted
    const undefinedValues = new Map(alternatives.map((a) => [a.key, [...values.get(a.key)!.values()].filter(Number.isNaN).length]));
    const direction = options.minimise.includes(indicator) ? 'minimise' : 'maximise';
    const rule = options.satisfice?.find((r) => r.indicator === indicator);
    const means = rule ? pointMeans(values) : undefined;
    robustness(values, direction).policies.forEach((p, k) => {
      const alt = alternatives[k];
      rows.push({
        indicator,
        direction,
        ...p,
        policy: alt.policy,
        undefinedValues: undefinedValues.get(alt.key) ?? 0,
        ...(alt.setting !== undefined ? { setting: alt.setting, levers: alt.levers } : {}),
        ...(rule ? { satisfice: rule.text, satisficingShare: satisficingShare(values.get(alt.key)!.values(), rule), pointSatisficingShare: satisficingShare(means!.get(alt.key)!.values(), rule) } : {}),
      });
    });
  });
  const out = path.resolve(options.out ?? sweep.dir);
  mkdirSync(out, { recursive: true });
  const context = { scenario: sweep.scenario, points: sweep.points, replicates: sweep.replicates, at: options.at };
  const { write, files } = folderWriter(out);
  if (options.formats.includes('csv')) await write('robustness.csv', robustnessCsv(rows));
  if (options.formats.includes('md')) await write('robustness.md', robustnessMarkdown(rows, context));
  if (options.formats.includes('tex')) await write('robustness.tex', robustnessLatex(rows, context));
  return { sweep, rows, files };
}
