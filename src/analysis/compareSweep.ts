/**
 * compareSweep(options): every chosen policy of a sweep against the baseline, on every
 * chosen indicator, as paired comparisons on common random numbers (pairedComparison.ts),
 * written to effects.csv, effects.md and, on request, effects.tex in the sweep folder (or
 * `out`), each file atomically.
 *
 * Rows are grouped by indicator (in the order asked), then policy (in the sweep's
 * order); the bootstrap of each row draws from streams named after the row (policy,
 * baseline, indicator, at) and seeded by `seed`, so the same sweep and options give the
 * same files byte for byte.
 *
 * The rows of one call form one family of tests: their p-values are adjusted together
 * (`adjust`, Holm by default; multiplicity.ts), and a row's verdict requires its
 * adjusted p-value to be below α = 1 − level as well as its t interval to lie beyond
 * the band (verdict.ts). Rows with fewer than `minPairs` pairs are `insufficient`, take
 * no part in the family and have no adjusted p-value.
 *
 * The gain of common random numbers is summarised as the median, over the rows of the
 * main indicators (MAIN_INDICATORS, those that were compared; all rows if none was), of
 * the ratio unpaired / paired interval width.
 *
 * @example
 * const result = await compareSweep({ dir: 'results/sweep', baseline: 'partnership', indicators: ['mean_effort'], at: { kind: 'final' }, bands: new Map(), formats: ['md', 'csv'], seed: 1 });
 * result.reduction.median; // e.g. 7.4
 */
import path from 'node:path';
import { median } from 'simple-statistics';
import { MAIN_INDICATORS } from '../indicators/columns.js';
import { folderWriter } from '../io/atomic.js';
import { InputError } from '../scenario/errors.js';
import { effectsCsv, effectsLatex, effectsMarkdown, type EffectRow, type EffectsContext } from './effectsTable.js';
import type { TableFormat } from './options.js';
import { DEFAULT_ADJUSTMENT, type Adjustment } from './multiplicity.js';
import { adjustFamily, checkMinPairs, comparePaired } from './pairedComparison.js';
import { pairKey } from './pairing.js';
import { atLabel, openSweep, readRunValues, type At, type SweepFolder } from './sweepFolder.js';
import { DEFAULT_MIN_PAIRS } from './verdict.js';

/** The indicators whose width ratios make the summary figure of common random numbers. */
export { MAIN_INDICATORS };

export const DEFAULT_RESAMPLES = 2000;
export const DEFAULT_LEVEL = 0.95;

export interface CompareOptions {
  /** the sweep folder */
  dir: string;
  baseline: string;
  /** policies compared with the baseline (default: every other policy of the sweep) */
  policies?: string[];
  indicators: string[];
  at: At;
  /** practical-significance band by indicator (default 0) */
  bands: ReadonlyMap<string, number>;
  formats: TableFormat[];
  /** seed of the bootstrap streams */
  seed: number;
  resamples?: number;
  level?: number;
  /** adjustment of the p-values for multiplicity across the rows (default holm) */
  adjust?: Adjustment;
  /** fewest pairs for a verdict (default DEFAULT_MIN_PAIRS) */
  minPairs?: number;
  /** output folder (default: the sweep folder) */
  out?: string;
}

export interface CompareResult {
  sweep: SweepFolder;
  rows: EffectRow[];
  /** files written, absolute */
  files: string[];
  reduction: {
    median?: number;
    indicators: string[];
    byIndicator: Map<string, number | undefined>;
    /** median width ratio over the summarised indicators, per policy */
    byPolicy: Map<string, number | undefined>;
    /** comparisons of the summarised indicators in which one side does not vary (pairing cannot narrow them) */
    constant: { policy: string; indicator: string }[];
  };
  /** fewest and most pairs over the rows, and the most runs dropped from one comparison */
  pairs: { min: number; max: number; dropped: number };
  /** the adjustment, the minimum number of pairs, and the rows tested (not insufficient) */
  family: { adjust: Adjustment; minPairs: number; tested: number };
  /** rows with pairs skipped because the indicator is undefined in a run (an empty cell) */
  undefinedValues: { policy: string; indicator: string; pairs: number }[];
}

/** Checks a step against the sweep's steps. */
export function checkAt(at: At, sweep: SweepFolder): void {
  if (at.kind === 'step' && !(at.step < sweep.steps)) {
    throw new InputError(`--at: step ${at.step} is past the sweep's last step (${sweep.steps - 1}; steps are 0-based)`);
  }
}

/** Policies to compare: the baseline and the others must be in the sweep, and something must pair. */
export function checkComparison(sweep: SweepFolder, baseline: string, policies: readonly string[] | undefined): string[] {
  const held = sweep.policies;
  if (!held.includes(baseline)) throw new InputError(`--baseline: policy "${baseline}" is not in the sweep (it holds ${held.join(', ')})`);
  for (const p of policies ?? []) {
    if (!held.includes(p)) throw new InputError(`--policies: policy "${p}" is not in the sweep (it holds ${held.join(', ')})`);
  }
  const compared = (policies ?? held).filter((p) => p !== baseline);
  if (compared.length === 0) throw new InputError(`nothing to compare: the sweep holds no policy but the baseline "${baseline}" (run it with --policies ${baseline},<other>)`);
  if (sweep.points * sweep.replicates < 2) {
    throw new InputError(`nothing to pair: the sweep has ${sweep.points} parameter point and ${sweep.replicates} replicate, so n < 2 pairs per comparison (run it with --replicates 2 or more)`);
  }
  return held.filter((p) => compared.includes(p));
}

function designText(sweep: SweepFolder): string {
  const points = `${sweep.points} parameter point${sweep.points === 1 ? '' : 's'}${sweep.design !== 'grid' || sweep.points > 1 ? ` (${sweep.design})` : ''}`;
  return `${points} × ${sweep.replicates} replicate${sweep.replicates === 1 ? '' : 's'}`;
}

export async function compareSweep(options: CompareOptions): Promise<CompareResult> {
  const sweep = openSweep(options.dir);
  checkAt(options.at, sweep);
  const policies = checkComparison(sweep, options.baseline, options.policies);
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const level = options.level ?? DEFAULT_LEVEL;
  const adjust = options.adjust ?? DEFAULT_ADJUSTMENT;
  const minPairs = options.minPairs ?? DEFAULT_MIN_PAIRS;
  checkMinPairs(minPairs);
  const at = atLabel(options.at);
  const runs = await readRunValues(sweep, options.indicators, options.at);

  const rows: EffectRow[] = [];
  options.indicators.forEach((indicator, i) => {
    const byPolicy = new Map<string, Map<string, number>>();
    for (const run of runs) {
      let m = byPolicy.get(run.policy);
      if (!m) byPolicy.set(run.policy, (m = new Map()));
      m.set(pairKey(run.point, run.replicate), run.values[i]);
    }
    const base = byPolicy.get(options.baseline) ?? new Map<string, number>();
    const band = options.bands.get(indicator) ?? 0;
    for (const policy of policies) {
      const comparison = comparePaired(base, byPolicy.get(policy) ?? new Map(), {
        seed: options.seed,
        stream: `compare/${policy}/${options.baseline}/${indicator}/${at}`,
        resamples,
        level,
        band,
        minPairs,
      });
      rows.push({ indicator, policy, baseline: options.baseline, at, band, comparison });
    }
  });

  const tested = adjustFamily(rows, adjust, level);

  const main: string[] = MAIN_INDICATORS.filter((i) => options.indicators.includes(i));
  const summarised = main.length > 0 ? main : options.indicators;
  const finite = (selected: EffectRow[]) => selected.map((r) => r.comparison.widthRatio).filter((x): x is number => x !== undefined && Number.isFinite(x));
  const ratios = (which: readonly string[], policy?: string) => finite(rows.filter((r) => which.includes(r.indicator) && (policy === undefined || r.policy === policy)));
  const medianOf = (xs: number[]) => (xs.length > 0 ? median(xs) : undefined);
  const reduction = {
    median: medianOf(ratios(summarised)),
    indicators: summarised,
    byIndicator: new Map(summarised.map((i) => [i, medianOf(ratios([i]))])),
    byPolicy: new Map(policies.map((p) => [p, medianOf(ratios(summarised, p))])),
    constant: rows.filter((r) => summarised.includes(r.indicator) && r.comparison.constantSide).map((r) => ({ policy: r.policy, indicator: r.indicator })),
  };

  const context: EffectsContext = {
    baseline: options.baseline,
    scenario: sweep.scenario,
    design: designText(sweep),
    at,
    level,
    resamples,
    seed: options.seed,
    adjust,
    minPairs,
    reduction: reduction.median === undefined ? undefined : { median: reduction.median, indicators: summarised, byPolicy: reduction.byPolicy, constant: reduction.constant.length },
  };
  const out = path.resolve(options.out ?? sweep.dir);
  const { write, files } = folderWriter(out);
  if (options.formats.includes('csv')) await write('effects.csv', effectsCsv(rows, adjust));
  if (options.formats.includes('md')) await write('effects.md', effectsMarkdown(rows, context));
  if (options.formats.includes('tex')) await write('effects.tex', effectsLatex(rows, context));
  const ns = rows.map((r) => r.comparison.n);
  const dropped = Math.max(0, ...rows.map((r) => r.comparison.dropped));
  const undefinedValues = rows.filter((r) => r.comparison.undefinedValues > 0).map((r) => ({ policy: r.policy, indicator: r.indicator, pairs: r.comparison.undefinedValues }));
  return { sweep, rows, files, reduction, pairs: { min: Math.min(...ns), max: Math.max(...ns), dropped }, family: { adjust, minPairs, tested }, undefinedValues };
}
