/**
 * What the chart builders share: the context a builder is given (time axis, panel
 * size, policy palette) and the encodings that make a policy look the same in every
 * figure (colour and dash, one merged legend at the bottom).
 */
import type { TimeAxis } from '../calendar.js';
import { policyStyle, POLICY_COLOURS } from '../palette.js';
import { PANEL } from '../theme.js';

export interface ChartContext {
  /** the time axis: calendar years or steps */
  time: TimeAxis;
  /** width of one panel's plotting area, px (= pt) */
  width?: number;
  /** height of one panel's plotting area, px (= pt) */
  height?: number;
  /** colours of the policies, by their place in POLICY_NAMES (default: the theme's) */
  palette?: readonly string[];
  /**
   * the first and last step the time axis spans (default: those of the rows); a chart
   * redrawn as a run goes (the explorer) keeps its axis, and so its compiled form
   */
  span?: readonly [number, number];
}

export function panelWidth(context: ChartContext, fallback: number = PANEL.width): number {
  return context.width ?? fallback;
}

export function panelHeight(context: ChartContext, fallback: number = PANEL.height): number {
  return context.height ?? fallback;
}

/** Legend columns for n entries across a figure about `width` px wide. */
export function legendColumns(n: number, width: number, longest: number): number {
  const per = Math.max(1, Math.floor(width / Math.max(40, longest * 4.2 + 44)));
  return Math.max(1, Math.min(n, per));
}

/** Colour and dash of the field `policy`, sharing one legend (titled Policy) at the bottom. */
export function policyEncodings(policies: readonly string[], context: ChartContext, figureWidth: number): Record<string, unknown> {
  const style = policyStyle(policies, context.palette ?? POLICY_COLOURS);
  const longest = Math.max(...policies.map((p) => p.length));
  const legend = {
    title: 'Policy',
    orient: 'bottom',
    direction: 'horizontal',
    columns: legendColumns(policies.length, figureWidth, longest),
    symbolType: 'stroke',
    symbolSize: 420,
    symbolOpacity: 1,
    symbolStrokeWidth: 1.5,
  };
  // one policy needs no legend: the figure's caption names it
  const shown = policies.length > 1 ? legend : null;
  return {
    color: { field: 'policy', type: 'nominal', scale: { domain: style.domain, range: style.colours }, sort: style.domain, legend: shown },
    strokeDash: { field: 'policy', type: 'nominal', scale: { domain: style.domain, range: style.dashes }, sort: style.domain, legend: shown },
  };
}

/** Round to 6 significant digits, so inlined data stays small and diffs stay readable. */
export function round6(x: number): number | null {
  return Number.isFinite(x) ? Number(x.toPrecision(6)) : null;
}

/** The first and last step of some rows, or `span` when it is given. */
export function stepRange(rows: readonly { step: number }[], span?: readonly [number, number]): [number, number] {
  if (span) return [span[0], span[1]];
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    if (r.step < first) first = r.step;
    if (r.step > last) last = r.step;
  }
  return Number.isFinite(first) ? [first, last] : [0, 1];
}
