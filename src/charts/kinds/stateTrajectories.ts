/**
 * `states` (trajectories): a state column (default responsibilisation) over time, one
 * small panel per origin or transit state, one line per policy: the median across
 * runs over its 90% band when there are several runs.
 *
 * @example
 * stateTrajectoriesSpec(rows, { time: STEP_AXIS }, { indicator: 'responsibilisation', policies: ['partnership'] });
 */
import { stepWord, timeEncoding, timeOf } from '../calendar.js';
import type { ChartSpec } from '../compile.js';
import { indicatorTitle } from '../labels.js';
import { panelHeight, panelWidth, policyEncodings, round6, stepRange, type ChartContext } from './common.js';

/** One state's column at one step under one policy, summarised across runs. */
export interface StateBandRow {
  indicator: string;
  policy: string;
  state: string;
  step: number;
  median: number;
  low: number;
  high: number;
  n: number;
}

export interface StateTrajectoriesOptions {
  indicator: string;
  policies: readonly string[];
}

const COLUMNS = 6;

export function stateTrajectoriesSpec(rows: readonly StateBandRow[], context: ChartContext, options: StateTrajectoriesOptions): ChartSpec {
  const mine = rows.filter((r) => r.indicator === options.indicator && options.policies.includes(r.policy));
  const states = [...new Set(mine.map((r) => r.state))];
  const policies = options.policies.filter((p) => mine.some((r) => r.policy === p));
  const width = panelWidth(context, 58);
  const height = panelHeight(context, 44);
  const withBand = mine.some((r) => r.n > 1);
  const policy = policyEncodings(policies, context, COLUMNS * (width + 16));
  const x = timeEncoding(context.time, ...stepRange(mine, context.span), 2);
  const title = indicatorTitle(options.indicator, stepWord(context.time));
  const values = mine.map((r) => ({ policy: r.policy, state: r.state, time: round6(timeOf(context.time, r.step)), median: round6(r.median), low: round6(r.low), high: round6(r.high) }));
  // one y title for all panels, above them: repeated beside each row it would not fit
  const y = { type: 'quantitative', title: null, axis: { tickCount: 3 } };
  return {
    description: `${options.indicator} of each origin and transit state over time${policies.length > 1 ? ' by policy' : ''}: median${withBand ? ' and 90% band' : ''} across runs`,
    title: { text: title, anchor: 'start', fontSize: 9, offset: 6 },
    data: { values },
    facet: { field: 'state', type: 'nominal', sort: states, title: null, header: { labelFontSize: 8, labelPadding: 2 } },
    columns: Math.min(COLUMNS, states.length),
    spacing: { row: 8, column: 8 },
    spec: {
      width,
      height,
      layer: [
        ...(withBand
          ? [{ mark: { type: 'area', opacity: 0.15 }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' }, fill: policy.color } }]
          : []),
        { mark: { type: 'line', strokeWidth: 1.1 }, encoding: { x, y: { ...y, field: 'median' }, ...policy } },
      ],
    },
  } as ChartSpec;
}
