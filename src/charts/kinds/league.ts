/**
 * `league`: the benchmarking league tables over time, as rank bump charts: one panel
 * per peer group (a forum's public table or a destination's scoreboard; the groups are
 * inferred from the ranks, src/charts/data/states.ts), one line per state, rank 1 at
 * the top, points filled by grade (good practice dark to bottom tier white), each line
 * named at its right end. Ranks are drawn once a year (the year's last step), as
 * league tables are published, so the lines stay readable. Across several runs the
 * rank is the mean over the runs in which the state was ranked, and the grade the
 * most frequent.
 *
 * @example
 * leagueSpec(rows, { time: STEP_AXIS }, { policies: ['partnership'], runs: 1 });
 */
import { timeEncoding, timeOf, type TimeAxis } from '../calendar.js';
import type { ChartSpec } from '../compile.js';
import { GRADE_COLOURS } from '../palette.js';
import { panelHeight, panelWidth, round6, stepRange, type ChartContext } from './common.js';

/** A state's place in its league at one step under one policy. */
export interface LeagueRow {
  policy: string;
  /** peer group (league table), 0-based */
  group: number;
  /** the table's name (a forum's id or a destination's scoreboard), when states.csv names it */
  table?: string;
  state: string;
  step: number;
  /** rank (1 = top), or the mean rank over the runs in which it was ranked */
  rank: number;
  /** grade 1..4 (the most frequent over runs) */
  grade: number;
  /** share of the runs in which the state was ranked at that step */
  share: number;
}

export interface LeagueOptions {
  policies: readonly string[];
  /** runs per policy (1: exact ranks; more: mean ranks) */
  runs: number;
}

const GRADES = ['1 good practice', '2 second tier', '3 watch list', '4 bottom tier'];

/** Positions for labels at `ys` (data units), at least `gap` apart, in the same order. */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, k) => [y, k] as const).sort((a, b) => a[0] - b[0]);
  const placed = order.map(([y]) => y);
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i], placed[i - 1] + gap);
  const overshoot = placed.length > 0 ? placed[placed.length - 1] - Math.max(order[order.length - 1][0], placed[0]) : 0;
  if (overshoot > 0) {
    const mean = placed.reduce((s, y) => s + y, 0) / placed.length - order.reduce((s, [y]) => s + y, 0) / order.length;
    for (let i = 0; i < placed.length; i++) placed[i] -= mean;
  }
  const out: number[] = new Array(ys.length);
  order.forEach(([, k], i) => (out[k] = placed[i]));
  return out;
}

/** Steps at which a league table is drawn: every `period` steps back from the last (a year when the calendar is known). */
export function publishedSteps(first: number, last: number, time: TimeAxis): Set<number> {
  const period = time.kind === 'year' ? time.stepsPerYear : Math.max(1, Math.round((last - first) / 16));
  const steps = new Set<number>();
  for (let s = last; s >= first; s -= period) steps.add(s);
  return steps;
}

export function leagueSpec(rows: readonly LeagueRow[], context: ChartContext, options: LeagueOptions): ChartSpec {
  const policies = options.policies.filter((p) => rows.some((r) => r.policy === p));
  const [first, last] = stepRange(rows.filter((r) => policies.includes(r.policy)));
  const shown = publishedSteps(first, last, context.time);
  const mine = rows.filter((r) => policies.includes(r.policy) && shown.has(r.step));
  const groups = [...new Set(mine.map((r) => r.group))].sort((a, b) => a - b);
  const many = policies.length > 1;
  const width = panelWidth(context, many ? 170 : 210);
  const steps = [...shown].sort((a, b) => a - b);
  const points: Record<string, unknown>[] = [];
  const labels: Record<string, unknown>[] = [];
  let maxRank = 2;
  for (const r of mine) maxRank = Math.max(maxRank, r.rank);
  const height = panelHeight(context, Math.max(50, Math.ceil(maxRank) * 16));
  const gap = (9 / height) * maxRank;
  for (const policy of policies) {
    for (const group of groups) {
      const byState = new Map<string, LeagueRow[]>();
      for (const r of mine) if (r.policy === policy && r.group === group) (byState.get(r.state) ?? byState.set(r.state, []).get(r.state)!).push(r);
      const ends = new Map<number, { state: string; rank: number }[]>();
      for (const [state, list] of byState) {
        list.sort((a, b) => a.step - b.step);
        list.forEach((r, k) => {
          // a year in which the state was not ranked breaks its line
          if (k > 0 && steps.indexOf(r.step) > steps.indexOf(list[k - 1].step) + 1) points.push({ policy, group, state, time: round6(timeOf(context.time, r.step) - 1e-3), rank: null });
          points.push({ policy, group, state, time: round6(timeOf(context.time, r.step)), rank: round6(r.rank), grade: GRADES[r.grade - 1] ?? GRADES[3] });
        });
        const end = list[list.length - 1];
        (ends.get(end.step) ?? ends.set(end.step, []).get(end.step)!).push({ state, rank: end.rank });
      }
      // labels at the same end share a line when they share a rank, and are spread apart otherwise
      for (const [step, list] of ends) {
        const byRank = new Map<number, string[]>();
        for (const e of list) (byRank.get(round6(e.rank)!) ?? byRank.set(round6(e.rank)!, []).get(round6(e.rank)!)!).push(e.state);
        const ranks = [...byRank.keys()];
        const ys = spreadLabels(ranks, gap);
        ranks.forEach((rank, k) => labels.push({ policy, group, time: round6(timeOf(context.time, step)), labelRank: round6(ys[k]), label: byRank.get(rank)!.sort().join(', ') }));
      }
    }
  }
  const x = timeEncoding(context.time, first, last, many ? 4 : 5);
  const y = {
    field: 'rank',
    type: 'quantitative',
    title: options.runs > 1 ? 'Mean rank (1 = top)' : 'Rank (1 = top)',
    scale: { domain: [0.5, Math.ceil(maxRank) + 0.5], reverse: true, nice: false, zero: false },
    axis: { values: Array.from({ length: Math.ceil(maxRank) }, (_, k) => k + 1), format: 'd' },
  };
  const layers = [
    { transform: [{ filter: "datum.kind === 'point'" }], mark: { type: 'line', strokeWidth: 0.9, color: '#777777' }, encoding: { x, y, detail: { field: 'state', type: 'nominal' } } },
    {
      transform: [{ filter: "datum.kind === 'point' && datum.rank != null" }],
      mark: { type: 'point', filled: true, stroke: '#222222', strokeWidth: 0.5, size: 18, opacity: 1 },
      encoding: {
        x,
        y,
        fill: {
          field: 'grade',
          type: 'ordinal',
          title: 'Grade',
          scale: { domain: GRADES, range: GRADE_COLOURS },
          legend: { orient: 'bottom', direction: 'horizontal', columns: 2, symbolType: 'circle', symbolStrokeColor: '#222222', symbolStrokeWidth: 0.5, symbolSize: 40 },
        },
      },
    },
    // labels over a white halo, so that lines crossing them do not hide them
    ...[{ stroke: 'white', strokeWidth: 2.5 }, {}].map((halo) => ({
      transform: [{ filter: "datum.kind === 'label'" }],
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, fontSize: 7, ...halo },
      encoding: { x, y: { ...y, field: 'labelRank' }, text: { field: 'label' } },
    })),
  ];
  const values: Record<string, unknown>[] = [...points.map((p) => ({ ...p, kind: 'point' })), ...labels.map((l) => ({ ...l, kind: 'label' }))];
  const description = `rank of each benchmarked state once a year, one panel per league table${many ? ' and policy' : ''}${options.runs > 1 ? ` (mean over ${options.runs} runs)` : ''}`;
  if (!many && groups.length === 1) return { description, data: { values }, width, height, layer: layers } as ChartSpec;
  const header = { labelFontSize: 8, labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelOrient: 'top' };
  return {
    description,
    data: { values: values.map((v) => ({ ...v, table: tableTitle(rows, Number(v.group)) })) },
    facet: {
      ...(groups.length > 1 ? { row: { field: 'table', type: 'nominal', title: null, header } } : {}),
      ...(many ? { column: { field: 'policy', type: 'nominal', sort: policies, title: null, header: { labelFontSize: 8 } } } : {}),
    },
    spec: { width, height, layer: layers },
    resolve: { scale: { y: 'independent' } },
  } as ChartSpec;
}

/** A panel's title: the table's name from states.csv, or its number when it was inferred. */
function tableTitle(rows: readonly LeagueRow[], group: number): string {
  const name = rows.find((r) => r.group === group)?.table;
  if (!name) return `League table ${group + 1}`;
  return name.startsWith('scoreboard-') ? `Scoreboard of ${name.slice('scoreboard-'.length)}` : `Forum ${name}`;
}
