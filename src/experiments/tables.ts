/**
 * The tables of a sweep folder: runs.csv (one row per run), timeseries.csv and
 * states.csv (the `run` columns, one row per run and step), design.csv (one row per
 * parameter point) and failures.csv. Rows are CSV lines formatted by src/io/csv.ts.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { INDICATOR_NAMES, STATE_COLUMNS, TIMESERIES_COLUMNS } from '../indicators/columns.js';
import { formatCsvText, formatCsvValue, type CsvValue } from '../io/csv.js';
import type { DesignPoint } from './designs/types.js';
import type { Experiment } from './experiments.js';

export const TABLES = ['runs', 'timeseries', 'states'] as const;

/** Columns of the tables that hold text; every other column holds numbers (or is empty). */
export const TEXT_COLUMNS: ReadonlySet<string> = new Set(['run_id', 'scenario', 'policy', 'state', 'roles', 'status', 'peer_group', 'date', 'error', 'matrix', 'changed']);
export type TableName = (typeof TABLES)[number];

export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(formatCsvValue).join(',') + '\n';
}

/**
 * A swept parameter's value with all its digits (designs round them to 12 significant
 * digits), so that runs.csv and design.csv hold exactly the values that ran.
 */
export class Exact {
  constructor(readonly value: number | undefined) {}
  toString(): string {
    return this.value === undefined ? '' : Object.is(this.value, -0) ? '0' : String(this.value);
  }
}

function cell(value: CsvValue | Exact): string {
  return value instanceof Exact ? value.toString() : formatCsvValue(value);
}

function line(cells: readonly (CsvValue | Exact)[]): string {
  return cells.map(cell).join(',') + '\n';
}

/** Columns of runs.csv: run_id, policy, replicate, seed, the swept parameters, the final indicators, point. */
export function runsColumns(paths: readonly string[]): string[] {
  return ['run_id', 'policy', 'replicate', 'seed', ...paths, ...INDICATOR_NAMES, 'point'];
}

/**
 * One row of runs.csv. The parameter columns hold the values that ran (`ran`, from the
 * run itself): the point's, or the policy's where it took precedence (src/scenario/precedence.ts).
 */
export function runsRow(experiment: Experiment, final: Readonly<Record<string, number>>, paths: readonly string[], ran: Readonly<Record<string, number | undefined>> = experiment.values): string {
  return line([
    experiment.id,
    experiment.policy,
    experiment.replicate,
    experiment.seed,
    ...paths.map((p) => new Exact(ran[p])),
    ...INDICATOR_NAMES.map((name) => final[name]),
    experiment.point,
  ]);
}

export function tableHeader(table: TableName, paths: readonly string[]): string {
  const columns = table === 'runs' ? runsColumns(paths) : Object.keys(table === 'timeseries' ? TIMESERIES_COLUMNS : STATE_COLUMNS);
  return columns.map(formatCsvText).join(',') + '\n';
}

export const FAILURE_COLUMNS = ['run_id', 'policy', 'replicate', 'seed', 'point', 'error'];

export function failureRow(experiment: Experiment, error: string): string {
  return csvLine([experiment.id, experiment.policy, experiment.replicate, experiment.seed, experiment.point, error.replace(/\s+/g, ' ').trim()]);
}

/** design.csv: point, the role keys of the design (sorted), the parameter values. */
export function designTable(points: readonly DesignPoint[], paths: readonly string[]): string {
  const roleKeys = [...new Set(points.flatMap((p) => Object.keys(p.role)))].sort();
  const header = ['point', ...roleKeys, ...paths];
  const lines = [header.map(formatCsvText).join(',') + '\n'];
  for (const p of points) lines.push(line([p.index, ...roleKeys.map((k) => p.role[k]), ...paths.map((path) => new Exact(p.values[path]))]));
  return lines.join('');
}

/** The lines of a text file, one at a time (constant memory). */
export async function* readLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

/** The first cell of a CSV line written by partnersim (run ids are never quoted). */
export function firstCell(line: string): string {
  const comma = line.indexOf(',');
  return comma < 0 ? line : line.slice(0, comma);
}
