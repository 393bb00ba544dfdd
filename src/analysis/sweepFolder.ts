/**
 * Reading a finished sweep folder for analysis: its manifest (checked), its runs with
 * the value of the chosen indicators at the chosen time, and its design.csv.
 *
 * Values `at`:
 * - `final`: the runs table's final values (runs.csv or runs.parquet);
 * - a step s (0-based, as timeseries.csv's `step`): that step's row of each run;
 * - `mean`: each run's mean over all its steps.
 * The last two stream timeseries.csv (or .parquet) and keep one accumulator per run,
 * never the rows; the mean is over the steps at which the indicator is defined. An
 * empty cell is an undefined value (a Gini of fewer than two partners, a mean over no
 * states): NaN, which the analyses skip and count.
 *
 * Errors the user can fix (not a sweep folder, an unfinished sweep, an indicator the
 * tables lack, a ragged record, an open quote, text in a numeric cell) throw
 * InputError, one line each, naming the file and the record.
 *
 * @example
 * const sweep = await openSweep('results/sweep');
 * const runs = await readRunValues(sweep, ['mean_effort'], { kind: 'mean' });
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DesignKind } from '../experiments/designs/types.js';
import { parquetCsvLines } from '../experiments/parquet.js';
import { SWEEP_MANIFEST_FORMAT } from '../experiments/sweep.js';
import { csvRecords, numberCell, type NumberedRecord } from '../io/csvRecords.js';
import { InputError } from '../scenario/errors.js';

/** When an indicator is read: the final step, one step, or the mean over steps. */
export type At = { kind: 'final' } | { kind: 'step'; step: number } | { kind: 'mean' };

/** `final`, `mean` or the step number. */
export function atLabel(at: At): string {
  return at.kind === 'step' ? String(at.step) : at.kind;
}

export interface SweepFolder {
  dir: string;
  scenario: string;
  design: DesignKind;
  /** swept parameter paths, in the design's order */
  parameters: string[];
  policies: string[];
  replicates: number;
  /** parameter points of the design */
  points: number;
  steps: number;
  seed: number;
  format: 'csv' | 'parquet';
  status: string;
  /** a factorial sweep's components and cells (the manifest's `factorial`) */
  factorial?: { components: string[]; kind: 'full' | 'fraction'; generators: string[]; resolution: number | null; cells: { policy: string; levels: number[] }[] };
  /** a sweep with levers: the lever paths (the other parameters are the uncertainties) */
  levers?: string[];
  /** a sweep over posterior draws: the calibration and the draws */
  posterior?: { calibration: string; generation: number; draws: number; paths: string[] };
}

/** Opens a sweep folder; throws InputError unless it holds a finished sweep. */
export function openSweep(dir: string): SweepFolder {
  const where = dir;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${where}: no such folder`);
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new InputError(`${where}: not a sweep folder (no manifest.json)`);
  let manifest: Record<string, any>;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  } catch {
    throw new InputError(`${file}: not valid JSON`);
  }
  if (manifest.format !== SWEEP_MANIFEST_FORMAT) throw new InputError(`${where}: not a sweep folder (manifest format ${JSON.stringify(manifest.format ?? null)}, expected ${SWEEP_MANIFEST_FORMAT})`);
  if (manifest.status !== 'complete' && manifest.status !== 'failures') {
    throw new InputError(`${where}: the sweep is ${String(manifest.status)}; finish it with partnersim sweep ... --resume first`);
  }
  const key = manifest.key ?? {};
  const format = key.format === 'parquet' ? 'parquet' : 'csv';
  const runs = path.join(dir, `runs.${format}`);
  if (!existsSync(runs)) throw new InputError(`${where}: not a sweep folder (no runs.${format})`);
  return {
    dir,
    scenario: String(manifest.scenario?.name ?? ''),
    design: key.design as DesignKind,
    parameters: [...(key.parameters ?? []), ...(key.levers ?? [])].map((p: { path: string }) => p.path).concat(key.posterior?.paths ?? []),
    policies: [...(key.policies ?? [])],
    replicates: Number(key.replicates),
    points: Number(manifest.design?.points ?? 1),
    steps: Number(key.steps),
    seed: Number(key.seed),
    format,
    status: String(manifest.status),
    ...(manifest.factorial ? { factorial: manifest.factorial } : {}),
    ...(Array.isArray(key.levers) ? { levers: key.levers.map((l: { path: string }) => l.path) } : {}),
    ...(manifest.posterior ? { posterior: manifest.posterior } : {}),
  };
}

/** The path of one of the sweep's tables. */
export function tableFile(sweep: SweepFolder, table: 'runs' | 'timeseries' | 'design'): string {
  return path.join(sweep.dir, `${table}.${table === 'design' ? 'csv' : sweep.format}`);
}

/**
 * The records of a table of the sweep with their numbers (the header is record 1),
 * streamed; a ragged record or an open quote is an InputError naming the file and the
 * record (src/io/csvRecords.ts).
 */
export async function* tableRecords(sweep: SweepFolder, table: 'runs' | 'timeseries' | 'design'): AsyncGenerator<NumberedRecord> {
  const file = tableFile(sweep, table);
  if (!existsSync(file)) throw new InputError(`${sweep.dir}: no ${path.basename(file)}`);
  const chunks =
    sweep.format === 'csv' || table === 'design'
      ? createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })
      : (async function* () {
          for await (const line of parquetCsvLines(file)) yield line + '\n';
        })();
  yield* csvRecords(chunks, file);
}

/** A CSV cell as a number: NaN when empty or not a number; Inf and -Inf as written by partnersim. */
export function cellNumber(cell: string | undefined): number {
  if (cell === undefined || cell === '') return NaN;
  if (cell === 'Inf') return Infinity;
  if (cell === '-Inf') return -Infinity;
  return Number(cell);
}

/** One run with the values of the chosen indicators (in their order). */
export interface RunValues {
  runId: string;
  policy: string;
  replicate: number;
  point: number;
  /** NaN where the indicator is undefined (an empty cell) */
  values: number[];
}

function columnsOf(header: string[], names: readonly string[], table: string, sweep: SweepFolder): number[] {
  return names.map((name) => {
    const k = header.indexOf(name);
    if (k < 0) throw new InputError(`${sweep.dir}: ${table} has no column "${name}"`);
    return k;
  });
}

function integerCell(cell: string, file: string, record: number, column: string): number {
  const value = numberCell(cell, file, record, column);
  if (!Number.isInteger(value)) throw new InputError(`${file}: record ${record}, column "${column}": expected an integer, got ${JSON.stringify(cell)}`);
  return value;
}

/**
 * Every run of the sweep with the value of `indicators` at `at`. An empty cell is an
 * undefined value (NaN); text where a number belongs is an InputError naming the file,
 * the record and the column, never a value silently dropped.
 */
export async function readRunValues(sweep: SweepFolder, indicators: readonly string[], at: At): Promise<RunValues[]> {
  const runs: RunValues[] = [];
  let header: string[] | undefined;
  let cols: number[] = [];
  let meta: number[] = [];
  const file = tableFile(sweep, 'runs');
  for await (const { cells, record } of tableRecords(sweep, 'runs')) {
    if (!header) {
      header = cells;
      meta = columnsOf(header, ['run_id', 'policy', 'replicate', 'point'], `runs.${sweep.format}`, sweep);
      cols = columnsOf(header, indicators, `runs.${sweep.format}`, sweep);
      continue;
    }
    runs.push({
      runId: cells[meta[0]],
      policy: cells[meta[1]],
      replicate: integerCell(cells[meta[2]], file, record, 'replicate'),
      point: integerCell(cells[meta[3]], file, record, 'point'),
      values: cols.map((k, i) => (at.kind === 'final' ? numberCell(cells[k], file, record, indicators[i]) : NaN)),
    });
  }
  if (at.kind !== 'final') await readTimeseriesValues(sweep, runs, indicators, at);
  return runs;
}

/**
 * A step's values, or each run's mean over the steps at which the indicator is defined
 * (NaN when it is defined at none).
 */
async function readTimeseriesValues(sweep: SweepFolder, runs: RunValues[], indicators: readonly string[], at: At): Promise<void> {
  const byId = new Map(runs.map((r) => [r.runId, r]));
  const sums = new Map<string, { sum: number[]; count: number[] }>();
  let header: string[] | undefined;
  let cols: number[] = [];
  let idCol = 0;
  let stepCol = 0;
  const file = tableFile(sweep, 'timeseries');
  for await (const { cells, record } of tableRecords(sweep, 'timeseries')) {
    if (!header) {
      header = cells;
      [idCol, stepCol] = columnsOf(header, ['run_id', 'step'], `timeseries.${sweep.format}`, sweep);
      cols = columnsOf(header, indicators, `timeseries.${sweep.format}`, sweep);
      continue;
    }
    const values = cols.map((k, i) => numberCell(cells[k], file, record, indicators[i]));
    const step = integerCell(cells[stepCol], file, record, 'step');
    const run = byId.get(cells[idCol]);
    if (!run) continue;
    if (at.kind === 'step') {
      if (step === at.step) run.values = values;
      continue;
    }
    let acc = sums.get(run.runId);
    if (!acc) sums.set(run.runId, (acc = { sum: cols.map(() => 0), count: cols.map(() => 0) }));
    values.forEach((v, i) => {
      if (Number.isNaN(v)) return;
      acc!.sum[i] += v;
      acc!.count[i]++;
    });
  }
  if (at.kind === 'mean') {
    for (const [id, acc] of sums) byId.get(id)!.values = acc.sum.map((s, i) => (acc.count[i] > 0 ? s / acc.count[i] : NaN));
  }
}

/** One row of design.csv: the point and its role columns as text (empty when absent). */
export interface DesignRow {
  point: number;
  role: Record<string, string>;
}

/** design.csv's rows, in point order. */
export async function readDesign(sweep: SweepFolder): Promise<DesignRow[]> {
  const rows: DesignRow[] = [];
  let header: string[] | undefined;
  const file = tableFile(sweep, 'design');
  for await (const { cells: record, record: number } of tableRecords(sweep, 'design')) {
    if (!header) {
      header = record;
      continue;
    }
    const role: Record<string, string> = {};
    header.forEach((name, k) => {
      if (name !== 'point' && !sweep.parameters.includes(name)) role[name] = record[k];
    });
    rows.push({ point: integerCell(record[header.indexOf('point')], file, number, 'point'), role });
  }
  return rows.sort((a, b) => a.point - b.point);
}
