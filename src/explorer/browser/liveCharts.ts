/**
 * What the live charts show, from the two sides' series (side.ts): the main indicators
 * of A and B overlaid, their paired difference B − A, each state's partnership status,
 * the league tables, migrants by status and the destinations' policing and thresholds.
 * The same quantities as the publication charts (charts.ts), drawn by plot.ts while
 * the run plays; colours and dashes from the publication palette.
 */
import type { TimeAxis } from '../../charts/calendar.js';
import { MIGRANT_COLOURS, MIGRANT_STACK, STATUS_COLOURS, STATUS_ORDER, policyStyle } from '../../charts/palette.js';
import { MAIN_INDICATORS } from '../../indicators/columns.js';
import type { Figure, Line, Panel } from './plot.js';
import type { Side } from './side.js';

export interface LiveInputs {
  sides: readonly Side[];
  time: TimeAxis;
  steps: number;
}

const DESTINATION_KEYS = ['policing', 'entry_threshold', 'exit_threshold', 'credibility'] as const;

function sideStyles(sides: readonly Side[]): { colour: string; dash: number[] }[] {
  const style = policyStyle(sides.map((s) => s.name));
  return sides.map((_, k) => ({ colour: style.colours[k], dash: style.dashes[k] }));
}

function sideLegend(sides: readonly Side[]): Figure['legend'] {
  const styles = sideStyles(sides);
  return sides.map((s, k) => ({ label: s.name, ...styles[k] }));
}

function overlaid(inputs: LiveInputs, title: string, key: string): Panel {
  const styles = sideStyles(inputs.sides);
  return { title, lines: inputs.sides.map((side, k): Line => ({ values: side.series.get(key), ...styles[k] })) };
}

export function indicatorsFigure(inputs: LiveInputs): Figure {
  return { panels: MAIN_INDICATORS.map((i) => overlaid(inputs, i, i)), steps: inputs.steps, time: inputs.time, legend: sideLegend(inputs.sides) };
}

export function differenceFigure(inputs: LiveInputs): Figure {
  const [a, b] = inputs.sides;
  const n = Math.min(a.series.length, b.series.length);
  const style = policyStyle(['B − A']);
  const panels = MAIN_INDICATORS.map((indicator): Panel => {
    const va = a.series.get(indicator);
    const vb = b.series.get(indicator);
    const d = new Float64Array(n);
    for (let t = 0; t < n; t++) d[t] = vb[t] - va[t];
    return { title: indicator, lines: [{ values: d, colour: style.colours[0], dash: style.dashes[0] }] };
  });
  return { panels, steps: inputs.steps, time: inputs.time, legend: [{ label: 'B − A', colour: style.colours[0] }] };
}

export function timelineFigure(inputs: LiveInputs): Figure {
  const colours = STATUS_ORDER.map((s) => STATUS_COLOURS[s]);
  const panels = inputs.sides.map(
    (side): Panel => ({ title: side.name, strips: { rows: side.partnerStates.map((state) => ({ label: state, codes: side.series.get(`${state}:status`) })), colours } }),
  );
  return { panels, steps: inputs.steps, time: inputs.time, legend: STATUS_ORDER.map((s) => ({ label: s, colour: STATUS_COLOURS[s], fill: true })) };
}

export function migrantsFigure(inputs: LiveInputs): Figure {
  const panels = inputs.sides.map((side): Panel => ({ title: side.name, stack: MIGRANT_STACK.map((s) => ({ values: side.series.get(`migrants_${s}`), colour: MIGRANT_COLOURS[s] })) }));
  return { panels, steps: inputs.steps, time: inputs.time, legend: MIGRANT_STACK.map((s) => ({ label: s, colour: MIGRANT_COLOURS[s], fill: true })) };
}

/** One panel per side and league table (a forum or a destination's scoreboard), a line per ranked state, rank 1 at the top. */
export function leagueFigure(inputs: LiveInputs): Figure {
  const styles = sideStyles(inputs.sides);
  // ranks once a year (every stepsPerYear-th step), as the publication chart draws them
  const perYear = inputs.time.kind === 'year' ? inputs.time.stepsPerYear : 1;
  const panels: Panel[] = [];
  inputs.sides.forEach((side, k) => {
    const tables = new Map<string, Line[]>();
    for (const state of side.partnerStates) {
      const table = side.peerGroup.get(state);
      if (!table) continue;
      if (!tables.has(table)) tables.set(table, []);
      tables.get(table)!.push({ values: side.series.get(`${state}:rank`), ...styles[k], label: state, every: perYear });
    }
    const names = [...tables.keys()].sort();
    for (const table of names) panels.push({ title: `${side.name} · ${table}`, lines: tables.get(table)!, inverted: true });
    if (names.length === 0) panels.push({ title: `${side.name} · no state ranked`, lines: [] });
  });
  return { panels, steps: inputs.steps, time: inputs.time, legend: sideLegend(inputs.sides) };
}

export function destinationFigure(inputs: LiveInputs): Figure {
  const destinations = [...new Set(inputs.sides.flatMap((s) => s.series.keys().filter((k) => k.endsWith(':policing')).map((k) => k.slice(0, -':policing'.length))))];
  const panels = destinations.flatMap((d) => DESTINATION_KEYS.map((key) => overlaid(inputs, `${d} ${key.replace('_', ' ')}`, `${d}:${key}`)));
  return { panels, steps: inputs.steps, time: inputs.time, legend: sideLegend(inputs.sides) };
}

export const LIVE_CHARTS = {
  indicators: { title: 'Main indicators, A and B', build: indicatorsFigure, columns: 5 },
  difference: { title: 'Paired difference, B − A (same seed)', build: differenceFigure, columns: 5 },
  timeline: { title: 'Partnership status of each state', build: timelineFigure, columns: 2 },
  migrants: { title: 'Migrants by status', build: migrantsFigure, columns: 2 },
  league: { title: 'League tables', build: leagueFigure, columns: 4 },
  destination: { title: "Destinations' policing and thresholds", build: destinationFigure, columns: 4 },
} as const;
export type LiveChartName = keyof typeof LIVE_CHARTS;
