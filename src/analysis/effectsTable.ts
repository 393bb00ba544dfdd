/**
 * The tables of `partnersim compare`: effects.csv (every number at the precision of
 * src/io/csv.ts), effects.md (a GitHub-flavoured Markdown table grouped by indicator,
 * numbers to 3 significant digits, with the bands, a legend and the gain of common
 * random numbers under it) and effects.tex (booktabs).
 *
 * effects.csv's columns are a contract: `indicator, policy, baseline, at, n,
 * mean_baseline, mean_policy, mean_diff, ci_low, ci_high, p_value, effect_size,
 * verdict`, then (added after the contract's columns) `ci_width_unpaired,
 * variance_reduction, band, dropped, pair_correlation, p_adjusted, adjust,
 * width_ratio_unpaired_paired, boot_ci_low, boot_ci_high, undefined_pairs`.
 * `variance_reduction` is deprecated (it holds a ratio of interval widths, now in
 * `width_ratio_unpaired_paired`, and goes in the next release). An undefined statistic
 * is an empty cell, never NaN.
 *
 * @example
 * const csv = effectsCsv(rows);
 * const md = effectsMarkdown(rows, context);
 */
import { formatCsv } from '../io/csv.js';
import { width, type Comparison } from './pairedComparison.js';
import { formatP, latexTable, markdownTable, significant, type Align } from './tableText.js';

/** Columns of effects.csv, with their meaning. */
export const EFFECT_COLUMNS = {
  indicator: 'indicator compared',
  policy: 'policy compared with the baseline',
  baseline: 'the baseline policy',
  at: 'when the indicator is read: final, mean (over steps) or a step (0-based)',
  n: 'number of pairs of runs (same parameter point and replicate, same seed)',
  mean_baseline: "mean of the baseline's runs in the pairs",
  mean_policy: "mean of the policy's runs in the pairs",
  mean_diff: 'mean of the paired differences, policy - baseline',
  ci_low: 'lower end of the paired t interval of mean_diff at the chosen level (the verdict\'s interval)',
  ci_high: 'upper end of that interval',
  p_value: 'two-sided paired t-test p-value (unadjusted)',
  effect_size: "Cohen's d_z: mean_diff / standard deviation of the differences",
  verdict: 'higher (p_adjusted < 1 - level and ci_low > band), lower (p_adjusted < 1 - level and ci_high < -band), within-band, or insufficient (fewer pairs than the minimum: not tested)',
  ci_width_unpaired: 'width of the percentile-bootstrap interval when the two sides are resampled independently (unpaired)',
  variance_reduction: 'deprecated, goes in the next release: the same number as width_ratio_unpaired_paired',
  band: 'practical-significance band of the indicator (its units)',
  dropped: 'runs without a partner run, or with a value that is not a finite number (undefined_pairs of them undefined)',
  pair_correlation: 'Pearson correlation of the paired baseline and policy values (empty when a side does not vary): the width ratio is about 1 / sqrt(1 - r)',
  p_adjusted: 'p_value adjusted across the rows of this table (adjust); empty when the row is insufficient',
  adjust: 'adjustment for multiplicity: holm (family-wise error), bh (false discovery rate) or none',
  width_ratio_unpaired_paired: 'ci_width_unpaired / (boot_ci_high - boot_ci_low): how much narrower pairing makes the interval',
  boot_ci_low: 'lower end of the paired percentile-bootstrap interval of mean_diff (descriptive; too narrow at small n, never the verdict)',
  boot_ci_high: 'upper end of that interval',
  undefined_pairs: 'pairs skipped because the indicator is undefined (an empty cell) in either run, e.g. a Gini of fewer than two partners',
} as const;

/** One row of the effects table. */
export interface EffectRow {
  indicator: string;
  policy: string;
  baseline: string;
  at: string;
  band: number;
  comparison: Comparison;
}

/** What the Markdown and LaTeX tables say about where the numbers come from. */
export interface EffectsContext {
  baseline: string;
  scenario: string;
  /** e.g. '1 point x 30 replicates' */
  design: string;
  at: string;
  level: number;
  resamples: number;
  seed: number;
  /** adjustment for multiplicity (default holm) and fewest pairs for a verdict (default 10) */
  adjust?: string;
  minPairs?: number;
  /** median width ratio over the main indicators, and those indicators */
  reduction?: { median: number; indicators: string[]; byPolicy?: ReadonlyMap<string, number | undefined>; constant?: number };
}

export function effectsCsv(rows: readonly EffectRow[], adjust = 'holm'): string {
  return formatCsv(
    EFFECT_COLUMNS,
    rows.map(({ indicator, policy, baseline, at, band, comparison: c }) => ({
      indicator,
      policy,
      baseline,
      at,
      n: c.n,
      mean_baseline: c.meanBaseline,
      mean_policy: c.meanPolicy,
      mean_diff: c.meanDiff,
      ci_low: c.interval?.low,
      ci_high: c.interval?.high,
      p_value: c.pValue,
      effect_size: c.effectSize,
      verdict: c.verdict,
      ci_width_unpaired: width(c.unpairedInterval),
      variance_reduction: c.widthRatio,
      band,
      dropped: c.dropped,
      pair_correlation: c.correlation,
      p_adjusted: c.pAdjusted,
      adjust,
      width_ratio_unpaired_paired: c.widthRatio,
      boot_ci_low: c.bootstrapInterval?.low,
      boot_ci_high: c.bootstrapInterval?.high,
      undefined_pairs: c.undefinedValues,
    })),
  );
}

function atText(at: string): string {
  return at === 'final' ? 'at the final step' : at === 'mean' ? 'averaged over the steps of each run' : `at step ${at} (0-based)`;
}

const HEADER = ['indicator', 'policy', 'n', 'baseline mean', 'policy mean', 'difference', 'interval', 'p', 'p adj.', 'd_z', 'width ratio', 'verdict'];
const ALIGN: Align[] = ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'];

function cells(rows: readonly EffectRow[]): { body: string[][]; groupStarts: number[] } {
  const body: string[][] = [];
  const groupStarts: number[] = [];
  rows.forEach((row, i) => {
    const first = i === 0 || rows[i - 1].indicator !== row.indicator;
    if (first) groupStarts.push(i);
    const c = row.comparison;
    body.push([
      first ? row.indicator : '',
      row.policy,
      String(c.n),
      significant(c.meanBaseline),
      significant(c.meanPolicy),
      significant(c.meanDiff),
      c.interval ? `[${significant(c.interval.low)}, ${significant(c.interval.high)}]` : '',
      formatP(c.pValue),
      formatP(c.pAdjusted),
      significant(c.effectSize),
      significant(c.widthRatio, 2),
      row.comparison.verdict,
    ]);
  });
  return { body, groupStarts };
}

function bandsText(rows: readonly EffectRow[]): string {
  const bands = new Map<string, number>();
  for (const r of rows) if (r.band > 0) bands.set(r.indicator, r.band);
  if (bands.size === 0) return 'Band: 0 for every indicator (a difference counts when the adjusted test rejects and its interval excludes 0).';
  return `Band: ${[...bands].map(([k, v]) => `${k} ±${significant(v)}`).join(', ')}; 0 for the other indicators.`;
}

const ADJUST_TEXT: Record<string, string> = {
  holm: "Holm's step-down adjustment across the rows of this table (it bounds the chance of any false higher or lower at α)",
  bh: 'the Benjamini–Hochberg adjustment across the rows of this table (it bounds the expected share of false verdicts among the higher and lower ones at α)',
  none: 'no adjustment for the number of rows',
};

function legend(context: EffectsContext): string[] {
  const pct = `${significant(context.level * 100)}%`;
  const alpha = significant(1 - context.level);
  const adjust = context.adjust ?? 'holm';
  return [
    `Verdict: **higher** when the adjusted p is below α = ${alpha} and the whole ${pct} interval of the difference lies above +band, **lower** when the adjusted p is below α and the interval lies below −band, **within-band** otherwise: the difference is not shown to exceed the band (it may lie inside it, or the data cannot tell). **insufficient**: fewer than ${context.minPairs ?? 10} pairs, not tested.`,
    `Difference: policy − baseline, averaged over pairs of runs at the same parameter point and replicate (the same seed: common random numbers). Interval: paired t interval of the mean difference. p: two-sided paired t-test; p adj.: ${ADJUST_TEXT[adjust] ?? adjust}. d_z: Cohen's d_z, the mean difference over the standard deviation of the differences.`,
    context.resamples > 0
      ? `Width ratio: the width of an unpaired percentile-bootstrap interval on the same runs (the two sides resampled independently) over the paired bootstrap interval's width (${context.resamples} resamples, seed ${context.seed}): how much narrower pairing makes the interval.`
      : 'Width ratio: not computed (no bootstrap resamples).',
  ];
}

function reductionText(rows: readonly EffectRow[], context: EffectsContext): string[] {
  const dropped = rows.reduce((s, r) => s + r.comparison.dropped, 0);
  const undefinedPairs = rows.reduce((s, r) => s + r.comparison.undefinedValues, 0);
  const undefinedText = undefinedPairs > 0 ? `, of which ${undefinedPairs} because the indicator is undefined in a run (an empty cell, e.g. a Gini of fewer than two partners; effects.csv's undefined_pairs)` : '';
  const lines = [`Pairs dropped (a run missing, or not a finite number, on one side): ${dropped === 0 ? 'none' : `${dropped} in all (see effects.csv's dropped column)${undefinedText}`}.`];
  if (context.reduction) {
    const { median, indicators, byPolicy, constant } = context.reduction;
    let text = `Common random numbers: the paired intervals are a median ${significant(median, 2)} times narrower than unpaired ones (${indicators.join(', ')})`;
    if (byPolicy && byPolicy.size > 1) text += `; by policy: ${[...byPolicy].map(([k, v]) => `${k} ${v === undefined ? '–' : significant(v, 2)}`).join(', ')}`;
    text += '.';
    if (constant) text += ` In ${constant} of these comparisons one side does not vary (pair_correlation is empty in effects.csv), and pairing cannot narrow the interval.`;
    lines.push(text);
  }
  return lines;
}

export function effectsMarkdown(rows: readonly EffectRow[], context: EffectsContext): string {
  const { body } = cells(rows);
  const pct = `${significant(context.level * 100)}%`;
  return [
    `# Effects against \`${context.baseline}\`\n\n`,
    `Scenario \`${context.scenario}\`, ${context.design}; indicators ${atText(context.at)}. Interval: ${pct} paired t interval; p adjusted by ${context.adjust ?? 'holm'}.\n\n`,
    markdownTable(HEADER, body, ALIGN),
    '\n',
    [bandsText(rows), ...legend(context), ...reductionText(rows, context)].map((l) => `${l}\n`).join('\n'),
  ].join('');
}

export function effectsLatex(rows: readonly EffectRow[], context: EffectsContext): string {
  const { body, groupStarts } = cells(rows);
  const pct = `${significant(context.level * 100)}%`;
  return latexTable(HEADER, body, ALIGN, {
    caption: `Effects against ${context.baseline} (scenario ${context.scenario}, ${context.design}; indicators ${atText(context.at)}): mean paired difference, policy minus baseline, with its ${pct} paired t interval.`,
    label: 'tab:effects',
    groupStarts,
    note: `${bandsText(rows)} Verdict: higher (lower) when the p-value adjusted by ${context.adjust ?? 'holm'} is below ${significant(1 - context.level)} and the whole interval lies above +band (below -band); within-band otherwise; insufficient with fewer than ${context.minPairs ?? 10} pairs. p: paired t-test; p adj.: adjusted for the rows of the table; d_z: mean difference over the standard deviation of the differences; width ratio: unpaired over paired bootstrap interval width.`,
  });
}
