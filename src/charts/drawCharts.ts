/**
 * `drawCharts(options)`: the library behind `partnersim chart`. Opens a run, sweep,
 * calibration or predict folder, plans the asked kinds over it (src/charts/catalogue.ts), renders each figure
 * in each asked format and writes `<out>/<figure>.<format>`:
 *
 * - `svg`: Vega's SVG, text as text, the pinned font named first;
 * - `png`: resvg's rendering of that SVG at `scale` pixels per pt (default 300 dpi);
 * - `pdf`: a one-page vector PDF with the font embedded;
 * - `json`: the Vega-Lite spec with its data and the theme inlined (opens in the Vega
 *   editor or a notebook as it is).
 *
 * A kind asked for by name that the folder cannot support is an InputError; with
 * `all`, it is skipped and the reason returned.
 *
 * @example
 * const summary = await drawCharts({ dir: 'results/sweep', kinds: 'all', formats: ['svg', 'png'] });
 * summary.written; // ['results/sweep/charts/timeseries.svg', ...]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../scenario/errors.js';
import { STEP_AXIS, type TimeAxis } from './calendar.js';
import { ChartPlanner, checkIndicators, kindsFor, type ChartKind, type Figure } from './catalogue.js';
import { compileChart, withTheme } from './compile.js';
import { openResults } from './data/folder.js';
import { svgToPdf } from './pdf.js';
import { DEFAULT_PNG_SCALE, renderSvg, svgToPng } from './render.js';
import { themePalette, type ChartConfig } from './theme.js';
import { chartTheme } from './themeFile.js';
import { resolveTimeAxis } from './scenarioCalendar.js';

export const CHART_FORMATS = ['svg', 'png', 'pdf', 'json'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

export interface ChartOptions {
  /** the results folder (run or sweep) */
  dir: string;
  /** kinds to draw, or 'all' (every kind the folder supports) */
  kinds: readonly ChartKind[] | 'all';
  formats: readonly ChartFormat[];
  /** output folder (default `<dir>/charts`) */
  out?: string;
  indicators?: readonly string[];
  policies?: readonly string[];
  /** panel width and height, px (= pt) */
  width?: number;
  height?: number;
  /** PNG pixels per pt (default 300/72) */
  scale?: number;
  /** a JSON file of Vega-Lite config merged over the publication theme */
  theme?: string;
  /** the time axis (default: the scenario's calendar when it can be loaded) */
  time?: TimeAxis | 'steps';
  /** dates of the record drawn on the predictive chart besides the targets' */
  observed?: readonly { state: string; quarter: string }[];
}

export interface ChartSummary {
  out: string;
  written: string[];
  /** kinds skipped by `all`, with the reason */
  skipped: { kind: ChartKind; reason: string }[];
  /** vega-lite warnings, by figure (none expected) */
  warnings: { figure: string; message: string }[];
  /** cells left out because the indicator is undefined there (empty), as `<table> <indicator>` → count */
  undefinedValues: Map<string, number>;
}

/** Renders one figure in the asked formats into `out`; returns the files written. */
export async function writeFigure(figure: Figure, config: ChartConfig, formats: readonly ChartFormat[], out: string, scale = DEFAULT_PNG_SCALE): Promise<{ files: string[]; warnings: string[] }> {
  const files: string[] = [];
  const write = (ext: string, content: string | Buffer) => {
    const file = path.join(out, `${figure.name}.${ext}`);
    writeFileSync(file, content);
    files.push(file);
  };
  if (formats.includes('json')) write('json', JSON.stringify(withTheme(figure.spec, config), null, 1) + '\n');
  const { vega, warnings } = compileChart(figure.spec, config);
  if (!formats.some((f) => f !== 'json')) return { files, warnings };
  const svg = await renderSvg(vega);
  if (formats.includes('svg')) write('svg', svg);
  if (formats.includes('png')) write('png', svgToPng(svg, { scale }));
  if (formats.includes('pdf')) write('pdf', await svgToPdf(svg, { title: figure.name }));
  return { files, warnings };
}

export async function drawCharts(options: ChartOptions): Promise<ChartSummary> {
  const folder = openResults(options.dir);
  if (options.indicators) checkIndicators(options.indicators);
  if (options.policies) {
    const unknown = options.policies.filter((p) => !folder.policies.includes(p));
    if (unknown.length > 0) throw new InputError(`--policies: ${unknown.map((p) => `"${p}"`).join(', ')} not in ${options.dir} (it holds ${folder.policies.join(', ')})`);
  }
  const config = chartTheme(options.theme);
  const time = options.time === 'steps' ? STEP_AXIS : (options.time ?? (await resolveTimeAxis(folder.manifest)));
  const planner = new ChartPlanner(folder, { indicators: options.indicators, policies: options.policies, observed: options.observed, width: options.width, height: options.height, palette: themePalette(config), time });
  const kinds = options.kinds === 'all' ? kindsFor(folder) : options.kinds;
  const out = options.out ?? path.join(options.dir, 'charts');
  const summary: ChartSummary = { out, written: [], skipped: [], warnings: [], undefinedValues: planner.undefinedValues };
  const plans: Figure[] = [];
  for (const kind of kinds) {
    const result = await planner.plan(kind);
    if ('unsupported' in result) {
      if (options.kinds !== 'all') throw new InputError(`--kind ${kind}: ${options.dir}: ${result.unsupported}`);
      summary.skipped.push({ kind, reason: result.unsupported });
      continue;
    }
    plans.push(...result.figures);
  }
  if (plans.length === 0) throw new InputError(`${options.dir}: no chart can be drawn from this folder (${summary.skipped.map((s) => `${s.kind}: ${s.reason}`).join('; ')})`);
  mkdirSync(out, { recursive: true });
  for (const figure of plans) {
    const { files, warnings } = await writeFigure(figure, config, options.formats, out, options.scale);
    summary.written.push(...files);
    summary.warnings.push(...warnings.map((message) => ({ figure: figure.name, message })));
  }
  return summary;
}
