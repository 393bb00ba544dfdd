/**
 * `timeseries`: an indicator over time, one line per policy (the median across
 * replicates) over a shaded 90% band (5th to 95th percentile), one panel per
 * indicator, two panels a row, each with its own y axis and units. A run folder
 * (one replicate) draws lines only.
 *
 * @example
 * timeseriesSpec(rows, { time: STEP_AXIS }, { indicators: ['mean_effort'], policies: ['partnership', 'withdrawal'] });
 */
import { stepWord, timeEncoding, timeOf } from '../calendar.js';
import type { ChartSpec } from '../compile.js';
import { indicatorTitle } from '../labels.js';
import { panelHeight, panelWidth, policyEncodings, round6, stepRange, type ChartContext } from './common.js';

/** One policy's indicator at one step, summarised across its runs. */
export interface BandRow {
  indicator: string;
  policy: string;
  step: number;
  median: number;
  /** 5th percentile */
  low: number;
  /** 95th percentile */
  high: number;
  /** runs summarised */
  n: number;
}

export interface TimeseriesOptions {
  indicators: readonly string[];
  policies: readonly string[];
}

const COLUMNS = 2;

export function timeseriesSpec(rows: readonly BandRow[], context: ChartContext, options: TimeseriesOptions): ChartSpec {
  const width = panelWidth(context);
  const height = panelHeight(context);
  const indicators = options.indicators.filter((i) => rows.some((r) => r.indicator === i));
  const figureWidth = indicators.length > 1 ? COLUMNS * (width + 50) : width + 50;
  const withBand = rows.some((r) => r.n > 1);
  const policy = policyEncodings(options.policies, context, figureWidth);
  const x = timeEncoding(context.time, ...stepRange(rows, context.span));
  const values = rows
    .filter((r) => options.policies.includes(r.policy) && indicators.includes(r.indicator))
    .map((r) => ({ indicator: r.indicator, policy: r.policy, time: round6(timeOf(context.time, r.step)), median: round6(r.median), low: round6(r.low), high: round6(r.high), n: r.n }));
  const panel = (indicator: string) => ({
    width,
    height,
    ...(indicators.length > 1 ? { transform: [{ filter: { field: 'indicator', equal: indicator } }] } : {}),
    layer: [
      ...(withBand
        ? [
            {
              mark: { type: 'area', opacity: 0.12, interpolate: 'linear' },
              encoding: {
                x,
                y: { field: 'low', type: 'quantitative', title: indicatorTitle(indicator, stepWord(context.time)) },
                y2: { field: 'high' },
                fill: policy.color,
              },
            },
          ]
        : []),
      {
        mark: { type: 'line', interpolate: 'linear' },
        encoding: {
          x,
          y: { field: 'median', type: 'quantitative', title: indicatorTitle(indicator, stepWord(context.time)) },
          ...policy,
        },
      },
    ],
  });
  const description = `${indicators.join(', ')} over time by policy: median${withBand ? ' and 90% band (5th–95th percentile)' : ''} across runs`;
  if (indicators.length === 1) return { description, data: { values }, ...panel(indicators[0]) } as ChartSpec;
  return {
    description,
    data: { values },
    columns: COLUMNS,
    concat: indicators.map(panel),
    resolve: { scale: { color: 'shared', strokeDash: 'shared' } },
  } as ChartSpec;
}
