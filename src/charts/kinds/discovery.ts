/**
 * `discovery`: the figures of `partnersim discover` (discovery/ in a sweep folder).
 *
 * - the trade-off: each box of the peeling trajectory (or each CART leaf) by coverage and
 *   density, coloured by the number of restricted dimensions, the chosen box ringed and
 *   named;
 * - the limits: per dimension, the chosen box's limits (dark) against the data's range
 *   (light), scaled to the range; numeric ends labelled with their values, categorical
 *   dimensions drawn as one segment per level kept;
 * - the cases: every case in the two most restricted dimensions, cases of interest
 *   filled, the box drawn when both dimensions are numeric.
 *
 * @example
 * discoveryTradeoffSpec(steps, { time: STEP_AXIS });
 */
import type { ChartSpec } from '../compile.js';
import { parameterLabel } from '../labels.js';
import { panelHeight, panelWidth, round6, type ChartContext } from './common.js';

/** One step of trajectory.csv. */
export interface DiscoveryStepRow {
  box: number;
  step: number;
  coverage: number;
  density: number;
  restricted: number;
  chosen: boolean;
}

/** One row of boxes.csv (a box and one dimension). */
export interface DiscoveryLimitRow {
  box: number;
  dimension: string;
  type: 'numeric' | 'categorical';
  restricted: boolean;
  min: number;
  max: number;
  levels: string[];
  rangeMin: number;
  rangeMax: number;
  rangeLevels: string[];
  quasiP: number;
}

/** One case of cases.csv in the two dimensions drawn. */
export interface DiscoveryCaseRow {
  x: number | string;
  y: number | string;
  interest: boolean;
  /** the first box holding it (0: none) */
  box: number;
}

const INK = '#222222';
const LIGHT = '#C8C8C8';
const dimLabel = (name: string) => parameterLabel(name);

export function discoveryTradeoffSpec(rows: readonly DiscoveryStepRow[], context: ChartContext): ChartSpec {
  const boxes = [...new Set(rows.map((r) => r.box))];
  const values = rows.map((r) => ({ box: `Box ${r.box}`, step: r.step, coverage: round6(r.coverage), density: round6(r.density), restricted: r.restricted, chosen: r.chosen, label: r.chosen ? `${boxes.length > 1 ? `box ${r.box}, ` : ''}step ${r.step}` : '' }));
  const x = { field: 'coverage', type: 'quantitative', title: 'Coverage (share of the cases of interest in the box)', scale: { domain: [0, 1] } };
  const y = { field: 'density', type: 'quantitative', title: 'Density (share of the box of interest)', scale: { domain: [0, 1] } };
  const maxRestricted = Math.max(1, ...rows.map((r) => r.restricted));
  return {
    description: 'Coverage against density along the peeling trajectory, the chosen box marked',
    data: { values },
    width: panelWidth(context, 220),
    height: panelHeight(context, 170),
    layer: [
      { mark: { type: 'line', color: LIGHT, strokeWidth: 0.8 }, encoding: { x, y, detail: { field: 'box', type: 'nominal' }, order: { field: 'step', type: 'quantitative' } } },
      {
        mark: { type: 'point', filled: true, size: 16, opacity: 1 },
        encoding: {
          x,
          y,
          color: { field: 'restricted', type: 'quantitative', title: 'Restricted dimensions', scale: { scheme: 'viridis', domain: [0, maxRestricted], reverse: true }, legend: { orient: 'bottom', direction: 'horizontal', gradientLength: 120, tickCount: Math.min(maxRestricted, 5) } },
        },
      },
      { transform: [{ filter: 'datum.chosen' }], mark: { type: 'point', shape: 'circle', size: 110, stroke: INK, strokeWidth: 1.2, filled: false, opacity: 1 }, encoding: { x, y } },
      { transform: [{ filter: 'datum.chosen' }], mark: { type: 'text', align: 'left', dx: 7, dy: -7, fontSize: 8, color: INK }, encoding: { x, y, text: { field: 'label' } } },
    ],
  } as ChartSpec;
}

export function discoveryLimitsSpec(rows: readonly DiscoveryLimitRow[], context: ChartContext, options: { box: number }): ChartSpec {
  const mine = rows.filter((r) => r.box === options.box);
  const order = mine.map((r) => dimLabel(r.dimension));
  const values: Record<string, unknown>[] = [];
  for (const r of mine) {
    const dimension = dimLabel(r.dimension);
    values.push({ dimension, part: 'range', from: 0, to: 1, text: '' });
    if (r.type === 'numeric') {
      const span = r.rangeMax - r.rangeMin;
      const scale = (v: number) => (span > 0 ? (v - r.rangeMin) / span : 0);
      values.push({ dimension, part: r.restricted ? 'limits' : 'unrestricted', from: round6(scale(r.min)), to: round6(scale(r.max)), text: '' });
      if (r.restricted) {
        values.push({ dimension, part: 'label', at: round6(scale(r.min)), align: 'right', text: String(round6(Number(r.min.toPrecision(3)))) });
        values.push({ dimension, part: 'label', at: round6(scale(r.max)), align: 'left', text: String(round6(Number(r.max.toPrecision(3)))) });
      }
    } else {
      const n = Math.max(1, r.rangeLevels.length);
      r.rangeLevels.forEach((level, k) => {
        if (r.levels.includes(level)) values.push({ dimension, part: r.restricted ? 'limits' : 'unrestricted', from: round6(k / n + 0.1 / n), to: round6((k + 1) / n - 0.1 / n), text: '' });
      });
      if (r.restricted) values.push({ dimension, part: 'label', at: 1, align: 'left', text: `{${r.levels.join(', ')}}` });
    }
  }
  const y = { field: 'dimension', type: 'nominal', sort: order, title: null, axis: { ticks: false, domain: false, labelLimit: 220 } };
  const x = { type: 'quantitative', title: "Box limits, scaled to each dimension's range", scale: { domain: [0, 1] }, axis: { format: '.0%', tickCount: 5 } };
  return {
    description: "The chosen box's limits against each dimension's range",
    data: { values },
    width: panelWidth(context, 200),
    height: context.height ?? Math.max(40, order.length * 18),
    layer: [
      { transform: [{ filter: { field: 'part', equal: 'range' } }], mark: { type: 'rule', color: LIGHT, strokeWidth: 6, strokeCap: 'butt' }, encoding: { x: { ...x, field: 'from' }, x2: { field: 'to' }, y } },
      { transform: [{ filter: { field: 'part', equal: 'unrestricted' } }], mark: { type: 'rule', color: '#8C8C8C', strokeWidth: 2, strokeCap: 'butt' }, encoding: { x: { ...x, field: 'from' }, x2: { field: 'to' }, y } },
      { transform: [{ filter: { field: 'part', equal: 'limits' } }], mark: { type: 'rule', color: INK, strokeWidth: 6, strokeCap: 'butt' }, encoding: { x: { ...x, field: 'from' }, x2: { field: 'to' }, y } },
      ...(['left', 'right'] as const).map((align) => ({
        transform: [{ filter: { field: 'part', equal: 'label' } }, { filter: { field: 'align', equal: align } }],
        mark: { type: 'text', align, dx: align === 'left' ? 4 : -4, dy: -8, fontSize: 7, color: INK },
        encoding: { x: { ...x, field: 'at' }, y, text: { field: 'text' } },
      })),
    ],
  } as ChartSpec;
}

export function discoveryCasesSpec(
  rows: readonly DiscoveryCaseRow[],
  context: ChartContext,
  options: { dimensions: readonly [DiscoveryLimitRow, DiscoveryLimitRow] },
): ChartSpec {
  const [dx, dy] = options.dimensions;
  const status = (r: DiscoveryCaseRow) => (r.interest ? 'Case of interest' : 'Other case');
  const values = rows.map((r) => ({ x: typeof r.x === 'number' ? round6(r.x) : r.x, y: typeof r.y === 'number' ? round6(r.y) : r.y, status: status(r), inBox: r.box === 1 }));
  const axis = (d: DiscoveryLimitRow, field: 'x' | 'y') =>
    d.type === 'numeric'
      ? { field, type: 'quantitative', title: dimLabel(d.dimension), scale: { domain: [round6(d.rangeMin), round6(d.rangeMax)], nice: false }, axis: { format: '.3~g' } }
      : { field, type: 'nominal', title: dimLabel(d.dimension), sort: d.rangeLevels, scale: { domain: d.rangeLevels } };
  const STATUS = ['Case of interest', 'Other case'];
  const legend = { title: null, orient: 'bottom', direction: 'horizontal' };
  const layer: Record<string, unknown>[] = [];
  if (dx.type === 'numeric' && dy.type === 'numeric') {
    layer.push({
      data: { values: [{ x: round6(dx.min), x2: round6(dx.max), y: round6(dy.min), y2: round6(dy.max) }] },
      mark: { type: 'rect', fill: null, stroke: INK, strokeWidth: 1, strokeDash: [4, 2] },
      encoding: { x: { field: 'x', type: 'quantitative' }, x2: { field: 'x2' }, y: { field: 'y', type: 'quantitative' }, y2: { field: 'y2' } },
    });
  }
  layer.unshift({
    mark: { type: 'point', size: 14, strokeWidth: 0.8, opacity: 0.85 },
    encoding: {
      x: axis(dx, 'x'),
      y: axis(dy, 'y'),
      // one legend for the three channels, so that the open circle is outlined in it too
      shape: { field: 'status', type: 'nominal', scale: { domain: STATUS, range: ['circle', 'circle'] }, legend },
      fill: { field: 'status', type: 'nominal', scale: { domain: STATUS, range: [INK, '#FFFFFF'] }, legend },
      stroke: { field: 'status', type: 'nominal', scale: { domain: STATUS, range: [INK, '#8C8C8C'] }, legend },
    },
  });
  return {
    description: 'The cases in the two most restricted dimensions of the chosen box, the box dashed',
    data: { values },
    width: panelWidth(context, 200),
    height: panelHeight(context, 170),
    layer,
  } as unknown as ChartSpec;
}
