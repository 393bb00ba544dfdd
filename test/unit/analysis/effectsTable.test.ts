import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { effectsCsv, effectsLatex, effectsMarkdown, type EffectRow } from '../../../src/analysis/effectsTable.js';

const CONTRACT = ['indicator', 'policy', 'baseline', 'at', 'n', 'mean_baseline', 'mean_policy', 'mean_diff', 'ci_low', 'ci_high', 'p_value', 'effect_size', 'verdict'];

const ROWS: EffectRow[] = [
  {
    indicator: 'mean_responsibilisation',
    policy: 'no-benchmarking',
    baseline: 'partnership',
    at: '39',
    band: 0.02,
    comparison: { n: 30, dropped: 1, undefinedValues: 1, meanBaseline: 0.3, meanPolicy: 0.18, meanDiff: -0.12, interval: { low: -0.15, high: -0.09 }, pValue: 1e-9, pAdjusted: 2e-9, effectSize: -2.5, verdict: 'lower', bootstrapInterval: { low: -0.14, high: -0.08 }, unpairedInterval: { low: -0.3, high: 0.06 }, widthRatio: 6, varianceReduction: 6, correlation: 0.97, constantSide: false },
  },
  { indicator: 'mean_responsibilisation', policy: 'withdrawal', baseline: 'partnership', at: '39', band: 0.02, comparison: { n: 1, dropped: 2, undefinedValues: 0, meanBaseline: 0.3, meanPolicy: 0.3, meanDiff: 0, verdict: 'insufficient', constantSide: false } },
];

describe('effects tables', () => {
  it("effects.csv: the contract's columns first, empty cells for what is undefined", () => {
    const records = parse(effectsCsv(ROWS)) as string[][];
    expect(records[0].slice(0, CONTRACT.length)).toEqual(CONTRACT);
    // columns are added after the old ones, never renamed: variance_reduction stays (deprecated) beside width_ratio_unpaired_paired
    expect(records[0].slice(CONTRACT.length)).toEqual(['ci_width_unpaired', 'variance_reduction', 'band', 'dropped', 'pair_correlation', 'p_adjusted', 'adjust', 'width_ratio_unpaired_paired', 'boot_ci_low', 'boot_ci_high', 'undefined_pairs']);
    expect(records[1]).toEqual(['mean_responsibilisation', 'no-benchmarking', 'partnership', '39', '30', '0.3', '0.18', '-0.12', '-0.15', '-0.09', '0', '-2.5', 'lower', '0.36', '6', '0.02', '1', '0.97', '0', 'holm', '6', '-0.14', '-0.08', '1']);
    expect(records[2]).toEqual(['mean_responsibilisation', 'withdrawal', 'partnership', '39', '1', '0.3', '0.3', '0', '', '', '', '', 'insufficient', '', '', '0.02', '2', '', '', 'holm', '', '', '', '0']);
    expect(effectsCsv(ROWS)).not.toMatch(/NaN/);
  });

  const context = { baseline: 'partnership', scenario: 'eu', design: '1 parameter point × 30 replicates', at: '39', level: 0.95, resamples: 2000, seed: 1, adjust: 'holm', minPairs: 10, reduction: { median: 6, indicators: ['mean_responsibilisation'] } };

  it('effects.md: a table grouped by indicator, the band and the legend under it', () => {
    const md = effectsMarkdown(ROWS, context);
    expect(md).toContain('| mean_responsibilisation | no-benchmarking | 30 | 0.3 | 0.18 | -0.12 | [-0.15, -0.09] | <0.001 | <0.001 | -2.5 | 6 | lower |');
    expect(md).toContain('|  | withdrawal | 1 | 0.3 | 0.3 | 0 |  |  |  |  |  | insufficient |');
    expect(md).toContain('**insufficient**: fewer than 10 pairs');
    expect(md).toContain('the adjusted p is below α = 0.05');
    expect(md).toContain("Holm's step-down adjustment");
    expect(md).toContain('of which 1 because the indicator is undefined in a run');
    expect(md).toContain('Band: mean_responsibilisation ±0.02');
    expect(md).toMatch(/\*\*within-band\*\* otherwise: the difference is not shown to exceed the band/);
    expect(md).toContain('at step 39 (0-based)');
    expect(md).toContain('Pairs dropped (a run missing, or not a finite number, on one side): 3 in all');
    expect(md).toContain('a median 6 times narrower');
  });

  it('effects.tex: booktabs, underscores escaped', () => {
    const tex = effectsLatex(ROWS, context);
    expect(tex).toContain('\\toprule');
    expect(tex).toContain('mean\\_responsibilisation & no-benchmarking & 30 & 0.3 & 0.18 & $-$0.12 & [$-$0.15, $-$0.09] & $<$0.001');
    expect(tex).not.toMatch(/[^\\]_/);
  });
});
