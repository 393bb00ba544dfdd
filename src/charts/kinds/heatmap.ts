/**
 * `heatmap`: an indicator's final value over two swept parameters, the mean across
 * replicates (and across any other swept parameters) in each cell, on a viridis scale
 * (colour-blind safe, monotone in lightness). A grid design gets one cell per level
 * pair; a Latin hypercube or other scattered design is binned. One panel per policy,
 * one row of panels per indicator, each indicator with its own scale.
 *
 * @example
 * heatmapSpec(rows, { time: STEP_AXIS }, { indicators: ['mean_effort'], policies: ['partnership'], parameters: ['a', 'b'] });
 */
import { stepWord } from '../calendar.js';
import type { ChartSpec } from '../compile.js';
import { indicatorTitle, parameterLabel } from '../labels.js';
import { HEATMAP_SCHEME } from '../palette.js';
import { panelHeight, panelWidth, round6, type ChartContext } from './common.js';

/** A parameter point's mean final value of an indicator under one policy. */
export interface HeatRow {
  policy: string;
  indicator: string;
  x: number;
  y: number;
  value: number;
  /** runs averaged */
  n: number;
}

export interface HeatmapOptions {
  indicators: readonly string[];
  policies: readonly string[];
  /** the two swept parameters on x and y */
  parameters: readonly [string, string];
}

/** At most this many distinct values per parameter draw one cell each; more are binned. */
export const MAX_LEVELS = 12;

export function heatmapSpec(rows: readonly HeatRow[], context: ChartContext, options: HeatmapOptions): ChartSpec {
  const policies = options.policies.filter((p) => rows.some((r) => r.policy === p));
  const indicators = options.indicators.filter((i) => rows.some((r) => r.indicator === i));
  const mine = rows.filter((r) => policies.includes(r.policy) && indicators.includes(r.indicator));
  const levels = (key: 'x' | 'y') => [...new Set(mine.map((r) => r[key]))].sort((a, b) => a - b);
  const discrete = levels('x').length <= MAX_LEVELS && levels('y').length <= MAX_LEVELS;
  const many = policies.length > 1;
  const width = panelWidth(context, many ? 110 : 170);
  const height = panelHeight(context, many ? 90 : 140);
  const [px, py] = options.parameters;
  const values = mine.map((r) => ({ policy: r.policy, indicator: r.indicator, x: round6(r.x), y: round6(r.y), value: round6(r.value) }));
  const label = "format(datum.value, '.3~g')";
  // scattered designs: about three points per cell on average, so that few cells are empty
  const points = new Set(mine.map((r) => `${r.policy}|${r.x}|${r.y}`)).size / Math.max(1, policies.length);
  const maxbins = Math.max(3, Math.min(12, Math.floor(Math.sqrt(points / 3))));
  const axisX = discrete
    ? { field: 'x', type: 'ordinal', title: parameterLabel(px), sort: 'ascending', axis: { labelExpr: label, labelAngle: 0, ticks: false, domain: false } }
    : { field: 'x', type: 'quantitative', bin: { maxbins }, title: parameterLabel(px), axis: { format: '.3~g', labelOverlap: 'greedy' } };
  const axisY = discrete
    ? { field: 'y', type: 'ordinal', title: parameterLabel(py), sort: 'descending', axis: { labelExpr: label, ticks: false, domain: false } }
    : { field: 'y', type: 'quantitative', bin: { maxbins }, title: parameterLabel(py), axis: { format: '.3~g' } };
  const unit = (indicator: string) => ({
    width,
    height,
    mark: { type: 'rect', stroke: 'white', strokeWidth: discrete ? 0.5 : 0 },
    encoding: {
      x: axisX,
      y: axisY,
      color: {
        aggregate: 'mean',
        field: 'value',
        type: 'quantitative',
        title: indicatorTitle(indicator, stepWord(context.time)),
        scale: { scheme: HEATMAP_SCHEME },
        legend: { orient: 'bottom', direction: 'horizontal', gradientLength: Math.max(100, Math.min(200, width)), titleLimit: 0 },
      },
    },
  });
  const one = (indicator: string) => {
    const filter = [{ filter: { field: 'indicator', equal: indicator } }];
    if (!many) return { transform: filter, ...unit(indicator) };
    return {
      transform: filter,
      facet: { field: 'policy', type: 'nominal', sort: policies, title: null, header: { labelFontSize: 8 } },
      columns: Math.min(policies.length, 4),
      spec: unit(indicator),
    };
  };
  const description = `final ${indicators.join(', ')} over ${parameterLabel(px)} and ${parameterLabel(py)}: mean across runs in each cell`;
  if (indicators.length === 1) return { description, data: { values }, ...one(indicators[0]) } as ChartSpec;
  return { description, data: { values }, vconcat: indicators.map(one), resolve: { scale: { color: 'independent' } } } as ChartSpec;
}
