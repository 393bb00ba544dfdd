/**
 * `patterns`: the pass rates of `partnersim patterns` (pass-rates.csv): for each
 * pattern, the share of the parameter space in which it is reproduced, one point per
 * model variant with its 95% Wilson interval, side by side; one panel per scenario.
 * Variants are told apart by colour and by shape, so the figure survives greyscale.
 *
 * @example
 * patternsSpec(rows, { time: STEP_AXIS });
 */
import type { ChartSpec } from '../compile.js';
import { panelWidth, round6, type ChartContext } from './common.js';

/** One row of pass-rates.csv, as the figure needs it. */
export interface PassRatePoint {
  scenario: string;
  variant: string;
  pattern: string;
  share: number;
  ciLow: number;
  ciHigh: number;
  note: string;
}

const VARIANT_COLOURS = ['#000000', '#CC6677', '#4477AA', '#999933', '#882255'];
const VARIANT_SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'cross'];

export function patternsSpec(rows: readonly PassRatePoint[], context: ChartContext): ChartSpec {
  const variants = [...new Set(rows.map((r) => r.variant))];
  const patterns = [...new Set(rows.map((r) => r.pattern))];
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  const values = rows.map((r) => ({
    scenario: r.scenario,
    variant: r.variant,
    pattern: r.note === 'does not discriminate' ? `${r.pattern} (does not discriminate)` : r.pattern,
    share: round6(r.share),
    low: round6(r.ciLow),
    high: round6(r.ciHigh),
  }));
  const order = patterns.flatMap((p) => [p, `${p} (does not discriminate)`]);
  const y = { field: 'pattern', type: 'nominal', sort: order, title: null, axis: { labelLimit: 240, ticks: false } };
  const yOffset = { field: 'variant', type: 'nominal', sort: variants, scale: { paddingInner: 0.2 } };
  const colour = { field: 'variant', type: 'nominal', title: 'Variant', sort: variants, scale: { domain: variants, range: VARIANT_COLOURS.slice(0, variants.length) }, legend: { orient: 'bottom', direction: 'horizontal' } };
  const x = { type: 'quantitative', title: 'Pass rate (share of points, 95% interval)', scale: { domain: [0, 1] }, axis: { format: '.0%', tickCount: 5 } };
  return {
    description: 'Pass rate of each pattern per model variant over a Latin hypercube of the uncertain parameters, with Wilson intervals',
    data: { values },
    facet: { column: { field: 'scenario', type: 'nominal', title: null, sort: scenarios } },
    spec: {
      width: panelWidth(context, 200),
      height: Math.max(60, patterns.length * Math.max(1, variants.length) * 7),
      layer: [
        { mark: { type: 'rule', strokeWidth: 1.2 }, encoding: { x: { ...x, field: 'low' }, x2: { field: 'high' }, y, yOffset, color: colour } },
        {
          mark: { type: 'point', filled: true, size: 28, opacity: 1 },
          encoding: {
            x: { ...x, field: 'share' },
            y,
            yOffset,
            color: colour,
            shape: { field: 'variant', type: 'nominal', title: 'Variant', sort: variants, scale: { domain: variants, range: VARIANT_SHAPES.slice(0, variants.length) } },
          },
        },
      ],
    },
    resolve: { scale: { y: 'shared' } },
  } as unknown as ChartSpec;
}
