/**
 * The publication charts of the page's runs: the chart builders of `partnersim chart`
 * (src/charts/kinds) fed with the rows of the two sides, compiled with the project's
 * theme and drawn by Vega, made when one is downloaded as SVG or PNG. While the run
 * plays, the page draws the same quantities with its canvas renderer (liveCharts.ts).
 */
import { parse, View } from 'vega';
import type { TimeAxis } from '../../charts/calendar.js';
import { compileChart, type ChartSpec } from '../../charts/compile.js';
import type { ChartContext } from '../../charts/kinds/common.js';
import { leagueSpec, type LeagueRow } from '../../charts/kinds/league.js';
import { migrantsSpec, type MigrantRow } from '../../charts/kinds/migrants.js';
import { statusTimelineSpec, type StatusRow } from '../../charts/kinds/statusTimeline.js';
import { timeseriesSpec, type BandRow } from '../../charts/kinds/timeseries.js';
import { MIGRANT_STACK } from '../../charts/palette.js';
import { publicationTheme } from '../../charts/theme.js';
import { MAIN_INDICATORS } from '../../indicators/columns.js';
import type { Side } from './side.js';

/** The chart as an SVG document or a PNG data address (twice the size), drawn by Vega with the publication theme. */
export async function publicationChart(spec: ChartSpec, format: 'svg' | 'png'): Promise<string> {
  const { vega } = compileChart(spec, publicationTheme());
  const view = new View(parse(vega), { renderer: 'none' });
  try {
    await view.runAsync();
    return format === 'svg' ? await view.toSVG() : await view.toImageURL('png', 2);
  } finally {
    view.finalize();
  }
}

export interface ChartInputs {
  sides: readonly Side[];
  time: TimeAxis;
  steps: number;
}

const origins = /origin|transit/;

function context(inputs: ChartInputs, extra: Partial<ChartContext> = {}): ChartContext {
  return { time: inputs.time, span: [0, Math.max(1, inputs.steps - 1)], ...extra };
}

export function indicatorRows(sides: readonly Side[], indicators: readonly string[]): BandRow[] {
  const out: BandRow[] = [];
  for (const side of sides) {
    for (const row of side.rows) {
      for (const indicator of indicators) {
        const v = row[indicator as keyof typeof row] as number;
        out.push({ indicator, policy: side.name, step: row.step, median: v, low: v, high: v, n: 1 });
      }
    }
  }
  return out;
}

/** The main indicators over time, A and B overlaid. */
export function indicatorsSpec(inputs: ChartInputs): ChartSpec {
  return timeseriesSpec(indicatorRows(inputs.sides, MAIN_INDICATORS), context(inputs), { indicators: MAIN_INDICATORS, policies: inputs.sides.map((s) => s.name) });
}

/** The paired difference B − A of the main indicators, step by step over the steps both have run. */
export function differenceSpec(inputs: ChartInputs): ChartSpec {
  const [a, b] = inputs.sides;
  const out: BandRow[] = [];
  const n = Math.min(a.rows.length, b.rows.length);
  for (let t = 0; t < n; t++) {
    for (const indicator of MAIN_INDICATORS) {
      const v = (b.rows[t][indicator] as number) - (a.rows[t][indicator] as number);
      out.push({ indicator, policy: 'B − A', step: t, median: v, low: v, high: v, n: 1 });
    }
  }
  return timeseriesSpec(out, context(inputs), { indicators: MAIN_INDICATORS, policies: ['B − A'] });
}

export function timelineSpec(inputs: ChartInputs): ChartSpec {
  const rows: StatusRow[] = [];
  for (const side of inputs.sides) {
    for (const s of side.states) if (origins.test(s.roles)) rows.push({ policy: side.name, state: s.state, step: s.step, status: s.status, share: 1 });
  }
  return statusTimelineSpec(rows, context(inputs), { policies: inputs.sides.map((s) => s.name) });
}

export function leagueRowsOf(sides: readonly Side[]): LeagueRow[] {
  const groups = new Map<string, number>();
  const rows: LeagueRow[] = [];
  for (const side of sides) {
    for (const s of side.states) {
      if (!origins.test(s.roles) || s.rank <= 0) continue;
      const table = s.peer_group;
      if (!groups.has(table)) groups.set(table, groups.size);
      rows.push({ policy: side.name, group: groups.get(table)!, table, state: s.state, step: s.step, rank: s.rank, grade: s.grade, share: 1 });
    }
  }
  return rows;
}

export function leagueTableSpec(inputs: ChartInputs): ChartSpec {
  return leagueSpec(leagueRowsOf(inputs.sides), context(inputs, { span: undefined }), { policies: inputs.sides.map((s) => s.name), runs: 1 });
}

export function migrantSpec(inputs: ChartInputs): ChartSpec {
  const rows: MigrantRow[] = [];
  for (const side of inputs.sides) {
    for (const row of side.rows) for (const status of MIGRANT_STACK) rows.push({ policy: side.name, step: row.step, status, mean: row[`migrants_${status}`] });
  }
  return migrantsSpec(rows, context(inputs), { policies: inputs.sides.map((s) => s.name) });
}

/** The destinations' policing, entry and exit thresholds and credibility, A and B overlaid. */
export function destinationSpec(inputs: ChartInputs): ChartSpec {
  const rows: BandRow[] = [];
  const names = new Set<string>();
  for (const side of inputs.sides) {
    for (const d of side.destinations) {
      for (const key of ['policing', 'entry_threshold', 'exit_threshold', 'credibility'] as const) {
        const indicator = `${d.state} ${key.replace('_', ' ')}`;
        names.add(indicator);
        rows.push({ indicator, policy: side.name, step: d.step, median: d[key], low: d[key], high: d[key], n: 1 });
      }
    }
  }
  return timeseriesSpec(rows, context(inputs), { indicators: [...names], policies: inputs.sides.map((s) => s.name) });
}

export const CHARTS = {
  indicators: { title: 'Main indicators, A and B', build: indicatorsSpec },
  difference: { title: 'Paired difference, B − A (same seed)', build: differenceSpec },
  timeline: { title: 'Partnership status of each state', build: timelineSpec },
  league: { title: 'League tables', build: leagueTableSpec },
  migrants: { title: 'Migrants by status', build: migrantSpec },
  destination: { title: "Destinations' policing and thresholds", build: destinationSpec },
} as const;
export type ChartName = keyof typeof CHARTS;
