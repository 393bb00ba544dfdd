/**
 * `states` (timeline): who became a partner when. One row per origin or transit state,
 * coloured by its partnership status at each step (across several runs, the status it
 * had most often); states that became partners come first, earliest at the top. One
 * panel per policy.
 *
 * @example
 * statusTimelineSpec(rows, { time: STEP_AXIS }, { policies: ['partnership'] });
 */
import { stepLength, timeEncoding, timeOf } from '../calendar.js';
import type { ChartSpec } from '../compile.js';
import { statusLabel } from '../labels.js';
import { STATUS_COLOURS, STATUS_ORDER } from '../palette.js';
import { panelWidth, round6, stepRange, type ChartContext } from './common.js';

/** A state's (most frequent) partnership status at one step under one policy. */
export interface StatusRow {
  policy: string;
  state: string;
  step: number;
  status: string;
  /** share of the runs with that status */
  share: number;
}

export interface StatusTimelineOptions {
  policies: readonly string[];
}

/** States by the first step at which they are partners, then candidates, then agenda, then by name. */
export function timelineOrder(rows: readonly StatusRow[], policy: string): string[] {
  const first = new Map<string, number[]>();
  const milestones = ['partner', 'candidate', 'agenda'];
  for (const r of rows) {
    if (r.policy !== policy) continue;
    const f = first.get(r.state) ?? first.set(r.state, milestones.map(() => Infinity)).get(r.state)!;
    const k = milestones.indexOf(r.status);
    if (k >= 0 && r.step < f[k]) f[k] = r.step;
  }
  return [...first.keys()].sort((a, b) => {
    const fa = first.get(a)!;
    const fb = first.get(b)!;
    for (let k = 0; k < milestones.length; k++) if (fa[k] !== fb[k]) return fa[k] - fb[k];
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** Consecutive steps of a state with one status, merged into one span (no seams between cells). */
export function spans(rows: readonly StatusRow[]): { policy: string; state: string; status: string; first: number; last: number }[] {
  const sorted = [...rows].sort((a, b) => (a.policy < b.policy ? -1 : a.policy > b.policy ? 1 : 0) || (a.state < b.state ? -1 : a.state > b.state ? 1 : 0) || a.step - b.step);
  const out: { policy: string; state: string; status: string; first: number; last: number }[] = [];
  for (const r of sorted) {
    const open = out[out.length - 1];
    if (open && open.policy === r.policy && open.state === r.state && open.status === r.status && open.last === r.step - 1) open.last = r.step;
    else out.push({ policy: r.policy, state: r.state, status: r.status, first: r.step, last: r.step });
  }
  return out;
}

export function statusTimelineSpec(rows: readonly StatusRow[], context: ChartContext, options: StatusTimelineOptions): ChartSpec {
  const policies = options.policies.filter((p) => rows.some((r) => r.policy === p));
  const mine = rows.filter((r) => policies.includes(r.policy));
  const order = timelineOrder(mine, policies[0]);
  for (const s of new Set(mine.map((r) => r.state))) if (!order.includes(s)) order.push(s);
  const present = STATUS_ORDER.filter((s) => mine.some((r) => r.status === s));
  const labels = present.map(statusLabel);
  const many = policies.length > 1;
  const width = panelWidth(context, 200);
  const height = context.height ?? Math.max(60, order.length * 9);
  const dt = stepLength(context.time);
  const values = spans(mine).map((r) => ({ policy: r.policy, state: r.state, time: round6(timeOf(context.time, r.first)), end: round6(timeOf(context.time, r.last) + dt), status: statusLabel(r.status) }));
  const [first, last] = stepRange(mine, context.span);
  const x = timeEncoding(context.time, first, last + 1, many ? 4 : 5);
  const layer = {
    mark: { type: 'rect', strokeWidth: 0 },
    encoding: {
      x,
      x2: { field: 'end' },
      y: { field: 'state', type: 'nominal', sort: order, title: null, axis: { ticks: false, domain: false, labelPadding: 3 } },
      color: {
        field: 'status',
        type: 'nominal',
        title: 'Partnership status',
        scale: { domain: labels, range: present.map((s) => STATUS_COLOURS[s]) },
        sort: labels,
        legend: { orient: 'bottom', direction: 'horizontal', symbolType: 'square', symbolStrokeColor: '#888888', symbolStrokeWidth: 0.5, columns: Math.min(labels.length, many ? 7 : 4) },
      },
    },
  };
  const description = `partnership status of each origin and transit state over time${many ? ', one panel per policy' : ''}${mine.some((r) => r.share < 1) ? ' (the status most runs had)' : ''}`;
  if (!many) return { description, data: { values }, width, height, ...layer } as ChartSpec;
  return {
    description,
    data: { values },
    facet: { field: 'policy', type: 'nominal', sort: policies, title: null, header: { labelFontSize: 8 } },
    columns: 2,
    spec: { width, height, ...layer },
  } as ChartSpec;
}
