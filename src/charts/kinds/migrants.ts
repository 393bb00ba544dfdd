/**
 * `migrants`: stacked areas of the migrants who have left home, by status over time
 * (irregular at the bottom, then in transit, returned and regular), the mean across
 * replicates (means add up; medians would not), one panel per policy. Prospective
 * migrants, still at home, are most of the population and would flatten the rest:
 * they are left out, as the axis title says.
 *
 * @example
 * migrantsSpec(rows, { time: STEP_AXIS }, { policies: ['partnership'] });
 */
import { timeEncoding, timeOf } from '../calendar.js';
import type { ChartSpec } from '../compile.js';
import { statusLabel } from '../labels.js';
import { MIGRANT_COLOURS, MIGRANT_STACK } from '../palette.js';
import { panelHeight, panelWidth, round6, stepRange, type ChartContext } from './common.js';

/** The mean number of migrants in one status at one step under one policy. */
export interface MigrantRow {
  policy: string;
  step: number;
  status: (typeof MIGRANT_STACK)[number];
  mean: number;
}

export interface MigrantsOptions {
  policies: readonly string[];
}

export function migrantsSpec(rows: readonly MigrantRow[], context: ChartContext, options: MigrantsOptions): ChartSpec {
  const policies = options.policies.filter((p) => rows.some((r) => r.policy === p));
  const many = policies.length > 1;
  const columns = policies.length > 4 ? 5 : Math.min(policies.length, 2);
  const width = panelWidth(context, many ? (columns > 2 ? 84 : 150) : 200);
  const height = panelHeight(context, many ? 100 : 130);
  const labels = MIGRANT_STACK.map(statusLabel);
  const values = rows
    .filter((r) => policies.includes(r.policy))
    .map((r) => ({ policy: r.policy, time: round6(timeOf(context.time, r.step)), status: statusLabel(r.status), order: MIGRANT_STACK.indexOf(r.status), migrants: round6(r.mean) }));
  const layer = {
    mark: { type: 'area', stroke: 'white', strokeWidth: 0.4, interpolate: 'linear' },
    encoding: {
      x: timeEncoding(context.time, ...stepRange(rows, context.span), many && columns > 2 ? 4 : 5),
      y: { field: 'migrants', type: 'quantitative', stack: 'zero', title: many ? ['Migrants who left', 'home (number)'] : 'Migrants who have left home (number)', axis: { format: ',.0f' } },
      color: {
        field: 'status',
        type: 'nominal',
        title: 'Status',
        scale: { domain: labels, range: MIGRANT_STACK.map((s) => MIGRANT_COLOURS[s]) },
        sort: labels,
        legend: { orient: 'bottom', direction: 'horizontal', symbolType: 'square' },
      },
      order: { field: 'order', type: 'quantitative' },
    },
  };
  const description = `migrants who have left home by status over time${many ? ', one panel per policy' : ''}: mean across runs`;
  if (!many) return { description, data: { values }, width, height, ...layer } as ChartSpec;
  return {
    description,
    data: { values },
    facet: { field: 'policy', type: 'nominal', sort: policies, title: null, header: { labelFontSize: 8 } },
    columns,
    spec: { width, height, ...layer },
  } as ChartSpec;
}
