/**
 * `partnersim chart <results-dir>`: publication figures of a run, sweep, calibration or predict folder
 * (src/charts/drawCharts.ts), as SVG, PNG, PDF and Vega-Lite JSON. Prints what it
 * wrote and, with --kind all, which kinds it skipped and why.
 */
import path from 'node:path';
import type { Argv } from 'yargs';
import { CHART_KINDS, KIND_DESCRIPTIONS, type ChartKind } from '../charts/catalogue.js';
import { CHART_FORMATS, type ChartFormat, type ChartOptions, type ChartSummary } from '../charts/drawCharts.js';
import { InputError } from '../scenario/errors.js';
import { withFolderLock } from '../io/lock.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { textOption } from './shared/options.js';
import { optionalPolicyNames } from './shared/policyNames.js';

export interface ChartArguments {
  dir?: unknown;
  kind?: unknown;
  format?: unknown;
  out?: unknown;
  indicators?: unknown;
  policies?: unknown;
  width?: unknown;
  height?: unknown;
  scale?: unknown;
  theme?: unknown;
  observed?: unknown;
}

function list(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

function oneOf<T extends string>(option: string, names: string[], known: readonly T[]): T[] {
  if (names.length === 0) throw new InputError(`${option}: expected one of ${known.join(', ')}`);
  const unknown = names.filter((n) => !(known as readonly string[]).includes(n));
  if (unknown.length > 0) throw new InputError(`${option}: unknown ${unknown.map((n) => `"${n}"`).join(', ')} (known: ${known.join(', ')})`);
  return [...new Set(names)] as T[];
}

function positive(option: string, raw: unknown, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (String(raw).trim() === '' || !Number.isFinite(value) || value <= 0 || value > max) throw new InputError(`--${option}: expected a number in (0, ${max}], got "${String(raw)}"`);
  return value;
}

/** Validates the arguments of `chart`; throws InputError naming the option. */
export function toChartOptions(args: ChartArguments, io: CliIo): ChartOptions {
  const cwd = io.cwd ?? process.cwd();
  const dir = textOption('dir', args.dir);
  if (dir === undefined) throw new InputError('chart: expected a results folder (the output of partnersim run, sweep, calibrate or predict)');
  const kindText = textOption('kind', args.kind) ?? 'all';
  const kinds: ChartKind[] | 'all' = kindText === 'all' ? 'all' : oneOf('--kind', list(kindText), CHART_KINDS);
  const formats = oneOf<ChartFormat>('--format', list(textOption('format', args.format) ?? 'svg,png'), CHART_FORMATS);
  const indicators = textOption('indicators', args.indicators);
  const policies = textOption('policies', args.policies);
  const out = textOption('out', args.out);
  const theme = textOption('theme', args.theme);
  const resolved = path.resolve(cwd, dir);
  const observedText = textOption('observed', args.observed);
  const observed = observedText === undefined ? undefined : list(observedText).map((item) => {
    const m = /^([A-Za-z][A-Za-z0-9_-]*):(\d{4}Q[1-4])$/.exec(item);
    if (!m) throw new InputError(`--observed ${item}: expected STATE:QUARTER, e.g. MAR:2013Q2`);
    return { state: m[1], quarter: m[2] };
  });
  return {
    dir: resolved,
    kinds,
    formats,
    out: out === undefined ? undefined : path.resolve(cwd, out),
    indicators: indicators === undefined || indicators === 'all' ? undefined : list(indicators),
    policies: policies === undefined || policies === 'all' ? undefined : list(policies),
    width: positive('width', args.width, 5000),
    height: positive('height', args.height, 5000),
    scale: positive('scale', args.scale, 50),
    theme: theme === undefined ? undefined : path.resolve(cwd, theme),
    ...(observed ? { observed } : {}),
  };
}

/** What chart prints: the folder written to, the figures, the kinds skipped, and the undefined values left out. */
export function chartSummaryText(summary: ChartSummary, cwd: string, seconds: number): string {
  const where = path.relative(cwd, summary.out) || '.';
  const figures = [...new Set(summary.written.map((f) => path.basename(f).replace(/\.[^.]+$/, '')))];
  const formats = [...new Set(summary.written.map((f) => path.extname(f).slice(1)))];
  const lines = [`chart: ${figures.length} figure${figures.length === 1 ? '' : 's'} x ${formats.join(',')} in ${seconds.toFixed(1)} s -> ${where}/ (${figures.join(', ')})`];
  for (const { kind, reason } of summary.skipped) lines.push(`  skipped ${kind}: ${reason}`);
  for (const { figure, message } of summary.warnings) lines.push(`  warning (${figure}): ${message}`);
  if (summary.undefinedValues.size > 0) {
    const total = [...summary.undefinedValues.values()].reduce((a, b) => a + b, 0);
    lines.push(`  left out ${total} undefined value${total === 1 ? '' : 's'} (empty cells, e.g. a Gini of fewer than two partners): ${[...summary.undefinedValues].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

export function registerChart(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'chart <dir>',
    'publication figures of a run, sweep, calibration or predict folder: SVG, PNG, PDF and Vega-Lite JSON',
    (y) =>
      y
        .positional('dir', { describe: 'a results folder made by partnersim run, sweep, calibrate or predict', type: 'string' })
        .option('kind', { describe: `${CHART_KINDS.join(', ')} (comma-separated), or all: every kind the folder supports`, type: 'string', default: 'all', requiresArg: true })
        .option('format', { describe: 'svg, png, pdf, json (the Vega-Lite spec, data inlined), comma-separated', type: 'string', default: 'svg,png', requiresArg: true })
        .option('out', { alias: 'o', describe: 'output folder', type: 'string', defaultDescription: '<dir>/charts', requiresArg: true })
        .option('indicators', { describe: 'indicators to draw, comma-separated (timeseries, heatmap, effects, sensitivity; states takes state columns, or mean_x as x)', type: 'string', requiresArg: true })
        .option('policies', { describe: "policies to draw, comma-separated (default: all; the per-state kinds states and league: the folder's first)", type: 'string', requiresArg: true })
        .option('width', { describe: 'width of one panel, pt (1 px = 1 pt)', requiresArg: true })
        .option('height', { describe: 'height of one panel, pt', requiresArg: true })
        .option('scale', { describe: 'PNG pixels per pt (default 4.17: 300 dpi)', requiresArg: true })
        .option('theme', { describe: 'a JSON file of Vega-Lite config merged over the publication theme', type: 'string', requiresArg: true })
        .option('observed', { describe: 'predictive: dates of the record to draw besides the targets\', STATE:QUARTER comma-separated (e.g. MAR:2013Q2,TUN:2014Q1)', type: 'string', requiresArg: true })
        .epilogue(`Kinds:\n${CHART_KINDS.map((k) => `  ${k.padEnd(12)}${KIND_DESCRIPTIONS[k]}`).join('\n')}`)
        .example('$0 chart results/sweep-eu-mobility-partnerships-1 --kind all --format svg,png,pdf,json', 'every figure the sweep supports, in every format')
        .example('$0 chart results/run --kind timeseries --indicators mean_effort,partners --format pdf', 'two panels as a vector PDF'),
    (args) =>
      guard('chart', async () => {
        const options = toChartOptions(args as ChartArguments, io);
        const started = performance.now();
        const { drawCharts } = await import('../charts/drawCharts.js');
        const summary = await withFolderLock(options.out ?? options.dir, { command: 'chart', create: options.out !== undefined, report: io.stderr }, async () => drawCharts({ ...options, policies: await optionalPolicyNames(options.policies, io.cwd ?? process.cwd()) }));
        io.stdout(chartSummaryText(summary, io.cwd ?? process.cwd(), (performance.now() - started) / 1000));
      }),
  );
}
