/**
 * The publication theme: one Vega-Lite config for every kind of chart. Sizes are in
 * px, which the PDF keeps as pt, so a panel of the default width fits a single journal
 * column (3.5 in = 252 pt) with its axis, and text is 8–9 pt at that size. No frame, no
 * grid, thin axes, no chart titles (captions belong in the paper), the pinned font,
 * and colour-blind-safe ranges (src/charts/palette.ts).
 *
 * `--theme FILE` (read by themeFile.ts) takes a JSON object of Vega-Lite config (or `{ "config": {...} }`, as
 * the Vega editor writes it), merged over this one: objects key by key, anything else
 * replaced. A `range.category` in it recolours the policies.
 *
 * @example
 * const config = mergeConfig(publicationTheme(), { axis: { labelFontSize: 9 } });
 */
import { FONT_STACK } from './fontStack.js';
import { HEATMAP_SCHEME, POLICY_COLOURS } from './palette.js';

/** A Vega-Lite config object (kept loose: users' theme files may hold any of its keys). */
export type ChartConfig = Record<string, any>;

/** Default size of one panel's plotting area, px (= pt in the PDF). */
export const PANEL = { width: 200, height: 130 } as const;
/** Text sizes, px (= pt). */
export const TEXT = { label: 8, title: 9 } as const;
const INK = '#222222';

export function publicationTheme(): ChartConfig {
  return {
    font: FONT_STACK,
    background: 'white',
    padding: 6,
    view: { stroke: null, continuousWidth: PANEL.width, continuousHeight: PANEL.height },
    axis: {
      labelFontSize: TEXT.label,
      titleFontSize: TEXT.title,
      titleFontWeight: 'normal',
      labelColor: INK,
      titleColor: INK,
      domainColor: INK,
      tickColor: INK,
      domainWidth: 0.6,
      tickWidth: 0.6,
      tickSize: 3,
      labelPadding: 2,
      titlePadding: 4,
      grid: false,
      labelFlush: false,
      labelOverlap: true,
    },
    legend: {
      labelFontSize: TEXT.label,
      titleFontSize: TEXT.title,
      titleFontWeight: 'normal',
      labelColor: INK,
      titleColor: INK,
      labelLimit: 0,
      orient: 'bottom',
      direction: 'horizontal',
      symbolStrokeWidth: 1.5,
      symbolSize: 90,
      columnPadding: 10,
      rowPadding: 3,
      titlePadding: 4,
      padding: 0,
      offset: 10,
      gradientThickness: 8,
      gradientLength: 120,
    },
    header: { labelFontSize: TEXT.title, labelColor: INK, labelFontWeight: 'normal', titleFontSize: TEXT.title, titleFontWeight: 'normal', labelPadding: 4 },
    title: { fontSize: TEXT.title + 1, fontWeight: 'normal', color: INK, anchor: 'start', offset: 4, subtitleFontSize: TEXT.label },
    text: { fontSize: TEXT.label, color: INK },
    line: { strokeWidth: 1.4, strokeCap: 'butt' },
    rule: { strokeWidth: 0.8, color: INK },
    point: { size: 24, strokeWidth: 1 },
    area: { opacity: 1 },
    concat: { spacing: 18 },
    facet: { spacing: 10 },
    range: { category: [...POLICY_COLOURS], heatmap: { scheme: HEATMAP_SCHEME }, ramp: { scheme: HEATMAP_SCHEME } },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `override` merged over `base`: objects key by key, arrays and scalars replaced; neither is changed. */
export function mergeConfig(base: ChartConfig, override: ChartConfig): ChartConfig {
  const out: ChartConfig = { ...base };
  for (const [key, value] of Object.entries(override)) {
    out[key] = isObject(value) && isObject(out[key]) ? mergeConfig(out[key], value) : value;
  }
  return out;
}

/** The policy colours of a theme: its `range.category` when it is a list of colours. */
export function themePalette(config: ChartConfig): string[] {
  const category = config.range?.category;
  return Array.isArray(category) && category.every((c) => typeof c === 'string') && category.length > 0 ? category : [...POLICY_COLOURS];
}
