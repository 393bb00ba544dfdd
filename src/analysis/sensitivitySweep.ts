/**
 * sensitivitySweep(options): global sensitivity indices of a `sobol` or `morris` sweep,
 * per policy and indicator: Sobol first-order and total indices with bootstrap intervals
 * (sobolIndices.ts) or Morris mu, mu* and sigma (morrisEffects.ts), written to
 * sensitivity.csv and sensitivity.md (and sensitivity.tex on request) in the sweep
 * folder or `out`, atomically.
 *
 * Replicates: a point's output is the mean of its replicates' finite values (the indices
 * then describe the expected outcome at each parameter point). The points of one
 * Saltelli base row, or of one Morris trajectory, ran on the same seed at each replicate
 * (src/experiments/experiments.ts), so the differences the estimators take cancel the
 * noise that two parameter points share, and a parameter no process reads gets exactly
 * 0; what noise is left in the point means is reported as each (policy, indicator)'s
 * noise share (noiseShare.ts), undefined with one replicate. A point with no finite value
 * makes its Saltelli base row unusable (the row is dropped, and counted) or removes the
 * one or two Morris effects that need it.
 *
 * Randomness: each (policy, indicator)'s bootstrap draws from
 * `createStream(seed, 'sensitivity/<method>/<policy>/<indicator>')`.
 *
 * @example
 * const result = await sensitivitySweep({ dir: 'results/sobol', indicators: ['mean_responsibilisation'], at: { kind: 'final' }, formats: ['md', 'csv'], seed: 1 });
 * result.rows[0]; // { method: 'sobol', policy: 'partnership', indicator: 'mean_responsibilisation', parameter: 'params...', first: 0.4, ... }
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { mean, variance } from 'simple-statistics';
import { createStream } from '../engine/random.js';
import { regroupSaltelliOutputs } from '../experiments/designs/saltelli.js';
import { folderWriter } from '../io/atomic.js';
import { InputError } from '../scenario/errors.js';
import { checkAt, DEFAULT_LEVEL, DEFAULT_RESAMPLES } from './compareSweep.js';
import { morrisIndices, type MorrisStep } from './morrisEffects.js';
import { noiseShare } from './noiseShare.js';
import type { TableFormat } from './options.js';
import { noiseWarning, sensitivityCsv, sensitivityLatex, sensitivityMarkdown, type SensitivityRow } from './sensitivityTable.js';
import { sobolIndices } from './sobolIndices.js';
import { openSweep, readDesign, readRunValues, type At, type DesignRow, type SweepFolder } from './sweepFolder.js';

export interface SensitivityOptions {
  dir: string;
  indicators: string[];
  at: At;
  /** policies to analyse (default: all of the sweep's) */
  policies?: string[];
  formats: TableFormat[];
  seed: number;
  resamples?: number;
  level?: number;
  out?: string;
}

export interface SensitivityResult {
  sweep: SweepFolder;
  method: 'sobol' | 'morris';
  rows: SensitivityRow[];
  /** Saltelli base rows (or Morris trajectories) in the design, and base rows dropped for missing values (largest over policies and indicators) */
  samples: number;
  dropped: number;
  files: string[];
}

/** Each point's finite replicate values and their mean (NaN when none), by policy. */
function pointMeans(runs: { policy: string; point: number; values: number[] }[], indicator: number, policy: string): { means: Map<number, number>; replicates: number[][] } {
  const byPoint = new Map<number, number[]>();
  for (const run of runs) {
    if (run.policy !== policy) continue;
    const v = run.values[indicator];
    let list = byPoint.get(run.point);
    if (!list) byPoint.set(run.point, (list = []));
    if (Number.isFinite(v)) list.push(v);
  }
  const points = [...byPoint.keys()].sort((a, b) => a - b);
  return {
    means: new Map(points.map((p) => [p, byPoint.get(p)!.length > 0 ? mean(byPoint.get(p)!) : NaN])),
    replicates: points.map((p) => byPoint.get(p)!),
  };
}

function sobolRows(design: DesignRow[], parameters: string[], values: Map<number, number>): { flat: number[]; bases: number; dropped: number } {
  const k = parameters.length;
  const bases = new Map<number, (number | undefined)[]>();
  for (const row of design) {
    const base = Number(row.role.base);
    let slots = bases.get(base);
    if (!slots) bases.set(base, (slots = new Array<number | undefined>(k + 2).fill(undefined)));
    const slot = row.role.matrix === 'A' ? 0 : row.role.matrix === 'B' ? 1 : 2 + Number(row.role.column);
    slots[slot] = values.get(row.point);
  }
  const flat: number[] = [];
  let dropped = 0;
  for (const base of [...bases.keys()].sort((a, b) => a - b)) {
    const slots = bases.get(base)!;
    if (slots.every((v) => v !== undefined && Number.isFinite(v))) flat.push(...(slots as number[]));
    else dropped++;
  }
  return { flat, bases: bases.size, dropped };
}

function morrisTrajectories(design: DesignRow[], values: Map<number, number>): MorrisStep[][] {
  const byTrajectory = new Map<number, { step: number; s: MorrisStep }[]>();
  for (const row of design) {
    const t = Number(row.role.trajectory);
    let list = byTrajectory.get(t);
    if (!list) byTrajectory.set(t, (list = []));
    list.push({ step: Number(row.role.step), s: { changed: row.role.changed ?? '', delta: Number(row.role.delta), output: values.get(row.point) ?? NaN } });
  }
  return [...byTrajectory.keys()].sort((a, b) => a - b).map((t) => byTrajectory.get(t)!.sort((a, b) => a.step - b.step).map((x) => x.s));
}

export async function sensitivitySweep(options: SensitivityOptions): Promise<SensitivityResult> {
  const sweep = openSweep(options.dir);
  if (sweep.design !== 'sobol' && sweep.design !== 'morris') {
    throw new InputError(`sensitivity needs a sobol or morris sweep; ${path.basename(sweep.dir)} holds a ${sweep.design} sweep (run partnersim sweep --design sobol or --design morris)`);
  }
  checkAt(options.at, sweep);
  for (const p of options.policies ?? []) {
    if (!sweep.policies.includes(p)) throw new InputError(`--policies: policy "${p}" is not in the sweep (it holds ${sweep.policies.join(', ')})`);
  }
  const policies = sweep.policies.filter((p) => !options.policies || options.policies.includes(p));
  const method = sweep.design;
  const boot = { resamples: options.resamples ?? DEFAULT_RESAMPLES, level: options.level ?? DEFAULT_LEVEL };
  const design = await readDesign(sweep);
  const runs = await readRunValues(sweep, options.indicators, options.at);
  const k = sweep.parameters.length;
  const rows: SensitivityRow[] = [];
  let samples = 0;
  let dropped = 0;
  for (const [i, indicator] of options.indicators.entries()) {
    for (const policy of policies) {
      const { means: values, replicates } = pointMeans(runs, i, policy);
      const random = createStream(options.seed, `sensitivity/${method}/${policy}/${indicator}`).next;
      if (method === 'sobol') {
        const { flat, bases, dropped: lost } = sobolRows(design, sweep.parameters, values);
        samples = bases;
        dropped = Math.max(dropped, lost);
        if (flat.length === 0) {
          for (const parameter of sweep.parameters) rows.push({ method, policy, indicator, parameter, n: 0 });
          continue;
        }
        const s = sobolIndices(regroupSaltelliOutputs(flat, k), { ...boot, random });
        const noise = noiseShare(replicates, s.variance);
        sweep.parameters.forEach((parameter, j) =>
          rows.push({ method, policy, indicator, parameter, n: s.n, first: s.first[j], firstInterval: s.firstInterval[j], total: s.total[j], totalInterval: s.totalInterval[j], noiseShare: noise }),
        );
      } else {
        const trajectories = morrisTrajectories(design, values);
        samples = trajectories.length;
        const finite = [...values.values()].filter(Number.isFinite);
        const noise = finite.length >= 2 ? noiseShare(replicates, variance(finite)) : undefined;
        for (const m of morrisIndices(trajectories, sweep.parameters, { ...boot, random })) {
          rows.push({ method, policy, indicator, parameter: m.parameter, n: m.r, mu: m.mu, muStar: m.muStar, muStarInterval: m.muStarInterval, sigma: m.sigma, noiseShare: noise });
        }
      }
    }
  }
  const out = path.resolve(options.out ?? sweep.dir);
  mkdirSync(out, { recursive: true });
  const context = { method, scenario: sweep.scenario, samples, replicates: sweep.replicates, level: boot.level, resamples: boot.resamples, seed: options.seed, at: options.at, dropped, warning: noiseWarning(rows, sweep.replicates) };
  const { write, files } = folderWriter(out);
  if (options.formats.includes('csv')) await write('sensitivity.csv', sensitivityCsv(rows, method));
  if (options.formats.includes('md')) await write('sensitivity.md', sensitivityMarkdown(rows, context));
  if (options.formats.includes('tex')) await write('sensitivity.tex', sensitivityLatex(rows, context));
  return { sweep, method, rows, samples, dropped, files };
}
