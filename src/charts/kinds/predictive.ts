/**
 * `predictive`: the posterior predictive of each state's partnership status over time,
 * from `partnersim predict` (predict-states.csv). One row per state; at each step a
 * column stacked by the share of the posterior draws holding each status (the path to
 * partnership from the bottom: none, dialogue, agenda, candidate, partner, then the
 * exits). The observed dates are drawn on it: a signature date of a target as a solid
 * rule with its tolerance as a frame, a "not before" date of a target as a dashed rule,
 * and dates of the record given besides (for example those after the calibration's
 * end) as dotted rules. States are ordered by when half the draws are partners, then
 * by how often they are, then by name.
 *
 * @example
 * predictiveSpec(rows, [{ state: 'MDA', kind: 'event', step: 13, tolerance: 2, role: 'target' }], { time: STEP_AXIS }, { draws: 100 });
 */
import { stepLength, timeEncoding, timeOf } from '../calendar.js';
import type { ChartSpec } from '../compile.js';
import { statusLabel } from '../labels.js';
import { STATUS_COLOURS, STATUS_ORDER } from '../palette.js';
import { panelWidth, round6, stepRange, type ChartContext } from './common.js';

/** The share of the draws in which a state held a status at a step. */
export interface PredictiveRow {
  state: string;
  step: number;
  status: string;
  share: number;
}

/** An observed date drawn on a state's row. */
export interface ObservedDate {
  state: string;
  /** a date the status was first reached, or a date before which it was not */
  kind: 'event' | 'non-event';
  /** the step of the date */
  step: number;
  /** an event's tolerance, in steps (a target's) */
  tolerance?: number;
  /** a calibration target, or a date of the record not used in the calibration */
  role: 'target' | 'record';
}

export interface PredictiveOptions {
  /** posterior draws behind the shares, named in the description */
  draws: number;
  /** the states to draw, in their order (default: every state in the rows) */
  states?: readonly string[];
}

const INK = '#222222';
export const OBSERVED_LABELS = { event: 'Target date (frame: tolerance)', 'non-event': 'Target: not before', record: 'Record, not a target' } as const;

/** States by the first step at which at least half the draws are partners, then by the mean share of partner, then by name. */
export function predictiveOrder(rows: readonly PredictiveRow[]): string[] {
  const half = new Map<string, number>();
  const total = new Map<string, number>();
  for (const r of rows) {
    if (!half.has(r.state)) half.set(r.state, Infinity);
    if (!total.has(r.state)) total.set(r.state, 0);
    if (r.status !== 'partner') continue;
    total.set(r.state, total.get(r.state)! + r.share);
    if (r.share >= 0.5 && r.step < half.get(r.state)!) half.set(r.state, r.step);
  }
  return [...half.keys()].sort((a, b) => half.get(a)! - half.get(b)! || total.get(b)! - total.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

/** Each (state, step)'s shares stacked in STATUS_ORDER: the bottom and top of each status's segment. */
export function stackShares(rows: readonly PredictiveRow[]): (PredictiveRow & { low: number; high: number })[] {
  const rank = (s: string) => {
    const k = (STATUS_ORDER as readonly string[]).indexOf(s);
    return k < 0 ? STATUS_ORDER.length : k;
  };
  const sorted = [...rows].sort((a, b) => (a.state < b.state ? -1 : a.state > b.state ? 1 : 0) || a.step - b.step || rank(a.status) - rank(b.status) || (a.status < b.status ? -1 : a.status > b.status ? 1 : 0));
  const out: (PredictiveRow & { low: number; high: number })[] = [];
  let key = '';
  let level = 0;
  for (const r of sorted) {
    const k = `${r.state}\u0000${r.step}`;
    if (k !== key) {
      key = k;
      level = 0;
    }
    out.push({ ...r, low: level, high: level + r.share });
    level += r.share;
  }
  return out;
}

export function predictiveSpec(rows: readonly PredictiveRow[], observed: readonly ObservedDate[], context: ChartContext, options: PredictiveOptions): ChartSpec {
  const order = (options.states ?? predictiveOrder(rows)).filter((s) => rows.some((r) => r.state === s));
  const mine = rows.filter((r) => order.includes(r.state) && r.share > 0);
  const present = STATUS_ORDER.filter((s) => mine.some((r) => r.status === s));
  const labels = present.map(statusLabel);
  const dt = stepLength(context.time);
  const [first, last] = stepRange(mine, context.span);
  const mid = (step: number) => round6(timeOf(context.time, step) + dt / 2);
  const values: Record<string, unknown>[] = stackShares(mine).map((r) => ({
    part: 'band',
    state: r.state,
    time: round6(timeOf(context.time, r.step)),
    end: round6(timeOf(context.time, r.step) + dt),
    status: statusLabel(r.status),
    low: round6(r.low),
    high: round6(r.high),
  }));
  const marks = observed.filter((o) => order.includes(o.state) && o.step >= first && o.step <= last + 1);
  for (const o of marks) {
    const mark = o.role === 'record' ? OBSERVED_LABELS.record : OBSERVED_LABELS[o.kind];
    values.push({ part: 'observed', state: o.state, time: o.kind === 'event' ? mid(o.step) : round6(timeOf(context.time, o.step)), mark });
    if (o.kind === 'event' && o.role === 'target' && o.tolerance !== undefined && o.tolerance > 0) {
      values.push({ part: 'tolerance', state: o.state, time: round6(timeOf(context.time, Math.max(first, o.step - o.tolerance))), end: round6(timeOf(context.time, Math.min(last + 1, o.step + o.tolerance + 1))) });
    }
  }
  const shown = (Object.values(OBSERVED_LABELS) as string[]).filter((l) => marks.some((o) => (o.role === 'record' ? OBSERVED_LABELS.record : OBSERVED_LABELS[o.kind]) === l));
  const x = timeEncoding(context.time, first, last + 1, 5);
  const y = { field: 'low', type: 'quantitative', scale: { domain: [0, 1] }, axis: null, title: null };
  const layer: Record<string, unknown>[] = [
    {
      transform: [{ filter: { field: 'part', equal: 'band' } }],
      mark: { type: 'rect', strokeWidth: 0 },
      encoding: {
        x,
        x2: { field: 'end' },
        y,
        y2: { field: 'high' },
        color: {
          field: 'status',
          type: 'nominal',
          title: `Partnership status (share of ${options.draws} draws)`,
          scale: { domain: labels, range: present.map((s) => STATUS_COLOURS[s]) },
          sort: labels,
          legend: { orient: 'bottom', direction: 'horizontal', symbolType: 'square', symbolStrokeColor: '#888888', symbolStrokeWidth: 0.5, columns: Math.min(labels.length, 4) },
        },
      },
    },
  ];
  if (values.some((v) => v.part === 'tolerance')) {
    layer.push({
      transform: [{ filter: { field: 'part', equal: 'tolerance' } }],
      mark: { type: 'rect', fill: null, stroke: '#EE3377', strokeWidth: 1.2 },
      encoding: { x: { ...x, field: 'time' }, x2: { field: 'end' }, y: { datum: 0, type: 'quantitative', scale: { domain: [0, 1] }, axis: null }, y2: { datum: 1 } },
    });
  }
  if (shown.length > 0) {
    layer.push({
      transform: [{ filter: { field: 'part', equal: 'observed' } }],
      mark: { type: 'rule', color: '#EE3377', strokeWidth: 1.6 },
      encoding: {
        x: { ...x, field: 'time' },
        strokeDash: {
          field: 'mark',
          type: 'nominal',
          title: 'Observed',
          scale: { domain: shown, range: shown.map((l) => (l === OBSERVED_LABELS.event ? [1, 0] : l === OBSERVED_LABELS['non-event'] ? [4, 2] : [1, 2])) },
          sort: shown,
          legend: { orient: 'bottom', direction: 'horizontal', symbolType: 'stroke', symbolStrokeColor: '#EE3377', symbolStrokeWidth: 1.6, columns: 1 },
        },
      },
    });
  }
  return {
    description: `Posterior predictive of each state's partnership status: the share of ${options.draws} draws in each status at each step, with the observed dates`,
    data: { values },
    facet: { row: { field: 'state', type: 'nominal', sort: order, title: null, header: { labelAngle: 0, labelAlign: 'right', labelOrient: 'left', labelFontSize: 8, labelPadding: 4 } } },
    spacing: 2,
    spec: { width: panelWidth(context, 260), height: context.height ?? 14, layer },
  } as unknown as ChartSpec;
}
