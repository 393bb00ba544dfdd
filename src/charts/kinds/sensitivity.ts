/**
 * `sensitivity`: the global sensitivity that `partnersim sensitivity` wrote to
 * sensitivity.csv. Sobol: per indicator, each parameter's first-order (S1, filled
 * circle) and total (ST, open square) index with bootstrap intervals. Morris: per
 * indicator, mu* (importance) against sigma (interaction or non-linearity), each point
 * named. One panel per indicator and policy.
 *
 * @example
 * sensitivitySpec(rows, { time: STEP_AXIS }, { method: 'sobol', indicators: ['mean_effort'] });
 */
import type { ChartSpec } from '../compile.js';
import { indicatorLabel, parameterLabel } from '../labels.js';
import { spreadLabels } from './league.js';
import { panelHeight, panelWidth, round6, type ChartContext } from './common.js';

/** One row of sensitivity.csv (the other method's fields are NaN). */
export interface SensitivityRow {
  policy: string;
  indicator: string;
  parameter: string;
  first: number;
  firstLow: number;
  firstHigh: number;
  total: number;
  totalLow: number;
  totalHigh: number;
  muStar: number;
  muStarLow: number;
  muStarHigh: number;
  mu: number;
  sigma: number;
}

export interface SensitivityOptions {
  method: 'sobol' | 'morris';
  indicators: readonly string[];
}

const INDEXES = ['First order (S1)', 'Total (ST)'];

export function sensitivitySpec(rows: readonly SensitivityRow[], context: ChartContext, options: SensitivityOptions): ChartSpec {
  const mine = rows.filter((r) => options.indicators.includes(r.indicator));
  const policies = [...new Set(mine.map((r) => r.policy))];
  const parameters = [...new Set(mine.map((r) => parameterLabel(r.parameter)))];
  const panels = options.indicators.flatMap((indicator) => policies.filter((p) => mine.some((r) => r.indicator === indicator && r.policy === p)).map((policy) => ({ indicator, policy })));
  const titleOf = (p: { indicator: string; policy: string }) => `${indicatorLabel(p.indicator)}${policies.length > 1 ? ` (${p.policy})` : ''}`;
  const width = panelWidth(context, options.method === 'sobol' ? 150 : 160);
  let values: Record<string, unknown>[];
  let panel: (p: { indicator: string; policy: string }) => Record<string, unknown>;
  if (options.method === 'sobol') {
    const height = context.height ?? Math.max(40, parameters.length * 22);
    values = mine.flatMap((r) => [
      { panel: `${r.indicator}|${r.policy}`, parameter: parameterLabel(r.parameter), index: INDEXES[0], value: round6(r.first), low: round6(r.firstLow), high: round6(r.firstHigh) },
      { panel: `${r.indicator}|${r.policy}`, parameter: parameterLabel(r.parameter), index: INDEXES[1], value: round6(r.total), low: round6(r.totalLow), high: round6(r.totalHigh) },
    ]);
    const x = { type: 'quantitative', title: 'Sobol index (share of output variance)', scale: { domain: [0, 1], clamp: true }, axis: { tickCount: 5 } };
    const y = { field: 'parameter', type: 'nominal', sort: parameters, title: null, axis: { ticks: false, domain: false, labelPadding: 4 } };
    const yOffset = { field: 'index', type: 'nominal', sort: INDEXES, scale: { domain: INDEXES, paddingInner: 0.4 } };
    panel = (p) => ({
      width,
      height,
      title: { text: titleOf(p), fontSize: 9 },
      transform: [{ filter: { field: 'panel', equal: `${p.indicator}|${p.policy}` } }],
      layer: [
        { transform: [{ filter: 'isValid(datum.low) && isValid(datum.high)' }], mark: { type: 'rule', color: '#222222', strokeWidth: 0.9 }, encoding: { x: { ...x, field: 'low' }, x2: { field: 'high' }, y, yOffset } },
        {
          transform: [{ filter: 'isValid(datum.value)' }],
          mark: { type: 'point', size: 30, strokeWidth: 0.9, opacity: 1 },
          encoding: {
            x: { ...x, field: 'value' },
            y,
            yOffset,
            shape: { field: 'index', type: 'nominal', scale: { domain: INDEXES, range: ['circle', 'square'] }, legend: { title: 'Index', orient: 'bottom', direction: 'horizontal', symbolStrokeColor: '#222222' } },
            fill: { field: 'index', type: 'nominal', scale: { domain: INDEXES, range: ['#222222', '#FFFFFF'] }, legend: { title: 'Index', orient: 'bottom', direction: 'horizontal', symbolStrokeColor: '#222222' } },
            // a constant stroke through a scale, so that the legend's open square is outlined too
            stroke: { field: 'index', type: 'nominal', scale: { domain: INDEXES, range: ['#222222', '#222222'] }, legend: { title: 'Index', orient: 'bottom', direction: 'horizontal', symbolStrokeColor: '#222222' } },
          },
        },
      ],
    });
  } else {
    const height = panelHeight(context, 150);
    values = [];
    for (const p of panels) {
      const list = mine.filter((r) => r.indicator === p.indicator && r.policy === p.policy && Number.isFinite(r.muStar) && Number.isFinite(r.sigma));
      const top = Math.max(1e-12, ...list.map((r) => r.sigma));
      const ys = spreadLabels(list.map((r) => r.sigma), (9 / height) * top * 1.1);
      const right = Math.max(1e-12, ...list.map((r) => r.muStar));
      list.forEach((r, k) =>
        values.push({ panel: `${p.indicator}|${p.policy}`, parameter: parameterLabel(r.parameter), muStar: round6(r.muStar), sigma: round6(r.sigma), labelY: round6(ys[k]), side: r.muStar > right * 0.5 ? 'left' : 'right' }),
      );
    }
    const x = { field: 'muStar', type: 'quantitative', title: 'μ* (mean |elementary effect|)', scale: { zero: true, nice: true } };
    const y = { field: 'sigma', type: 'quantitative', title: 'σ (s.d. of elementary effects)', scale: { zero: true, nice: true } };
    panel = (p) => ({
      width,
      height,
      title: { text: titleOf(p), fontSize: 9 },
      transform: [{ filter: { field: 'panel', equal: `${p.indicator}|${p.policy}` } }],
      layer: [
        { mark: { type: 'point', filled: true, size: 22, color: '#222222', opacity: 1 }, encoding: { x, y } },
        // a label right of its point, or left of it in the panel's right half, so that it stays inside
        ...(['right', 'left'] as const).map((side) => ({
          transform: [{ filter: { field: 'side', equal: side } }],
          mark: { type: 'text', align: side === 'right' ? 'left' : 'right', baseline: 'middle', dx: side === 'right' ? 5 : -5, fontSize: 7 },
          encoding: { x, y: { ...y, field: 'labelY' }, text: { field: 'parameter' } },
        })),
      ],
    });
  }
  if (options.method === 'sobol' && panels.length > 1) {
    const one = panel(panels[0]) as { width: number; height: number; layer: unknown[] };
    const names = new Map(panels.map((p) => [`${p.indicator}|${p.policy}`, titleOf(p)]));
    return {
      description: 'Sobol first-order and total indices of each swept parameter, with bootstrap intervals',
      data: { values: values.map((v) => ({ ...v, title: names.get(String(v.panel)) })) },
      facet: { field: 'title', type: 'nominal', sort: panels.map(titleOf), title: null, header: { labelFontSize: 9, labelAnchor: 'start', labelAlign: 'left' } },
      columns: 2,
      spec: { width: one.width, height: one.height, layer: one.layer },
    } as unknown as ChartSpec;
  }
  const description = options.method === 'sobol' ? 'Sobol first-order and total indices of each swept parameter, with bootstrap intervals' : 'Morris mu* against sigma of each swept parameter';
  if (panels.length === 1) return { description, data: { values }, ...panel(panels[0]) } as ChartSpec;
  return { description, data: { values }, columns: 2, concat: panels.map(panel), resolve: { scale: { x: options.method === 'sobol' ? 'shared' : 'independent', y: options.method === 'sobol' ? 'shared' : 'independent' } } } as unknown as ChartSpec;
}
