/**
 * A run's outputs in compact form, for experiments that score a run rather than store
 * it (a calibration's particles, a posterior draw): each state's status and grade by
 * step, and the named timeseries indicators by step, as plain arrays that a worker
 * thread hands back cheaply. The values are those a reader of the CSV tables would get
 * (each cell formatted as states.csv and timeseries.csv format it, then read back), so
 * scoring the compact form gives the same numbers as scoring the tables; formatting
 * the whole tables as text, and parsing them again, was a third of a short run's cost.
 *
 * @example
 * const compact = compactRun(simulate(scenario, options), ['partners']);
 * compact.statuses.MDA[12]; // 'partner'
 */
import type { StateRow, TimeseriesRow } from '../indicators/columns.js';
import { formatCsvValue } from '../io/csv.js';

export interface CompactRun {
  /** steps run (rows of the timeseries) */
  steps: number;
  /** each state's partnership status by step, states in the order of their first row */
  statuses: Record<string, string[]>;
  /** each state's league-table grade by step (0: not graded), as states.csv reads back */
  grades: Record<string, number[]>;
  /** each asked indicator by step, as timeseries.csv reads back (NaN: an empty cell, undefined) */
  indicators: Record<string, number[]>;
}

/** What a compact run keeps beyond statuses and grades. */
export interface CompactOptions {
  /** timeseries indicators to keep (the columns of TIMESERIES_COLUMNS) */
  indicators: readonly string[];
}

/** A number as the CSV reader sees it: the formatted cell read back (an empty cell: `empty`). */
function readBack(value: StateRow[keyof StateRow] | TimeseriesRow[keyof TimeseriesRow], empty: number): number {
  const cell = formatCsvValue(value);
  return cell === '' ? empty : Number(cell);
}

export function compactRun(result: { timeseries: readonly TimeseriesRow[]; states: readonly StateRow[] }, options: CompactOptions): CompactRun {
  const statuses: Record<string, string[]> = {};
  const grades: Record<string, number[]> = {};
  let steps = result.timeseries.length;
  for (const row of result.states) {
    const state = row.state;
    if (!(state in statuses)) {
      statuses[state] = [];
      grades[state] = [];
    }
    statuses[state][row.step] = row.status;
    // Number('') is 0, as in the table reader: an empty grade cell reads as not graded
    grades[state][row.step] = readBack(row.grade, 0);
    if (row.step + 1 > steps) steps = row.step + 1;
  }
  const indicators: Record<string, number[]> = {};
  for (const name of options.indicators) {
    indicators[name] = result.timeseries.map((row) => readBack(row[name as keyof TimeseriesRow], NaN));
  }
  return { steps, statuses, grades, indicators };
}
