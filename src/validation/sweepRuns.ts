/**
 * The runs of a finished sweep folder (with states.csv) as the patterns see them:
 * by parameter point, replicate and policy, each origin and transit state's rows step
 * by step, with only the columns the patterns read (PATTERN_STATE_COLUMNS).
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { openSweep, tableRecords } from '../analysis/sweepFolder.js';
import { csvRecords, numberCell } from '../io/csvRecords.js';
import { InputError } from '../scenario/errors.js';
import { PATTERN_STATE_COLUMNS, type PatternRun, type PatternStateRow } from './emergent/types.js';

export interface SweepRun {
  point: number;
  replicate: number;
  policy: string;
  run: PatternRun;
}

function columnIndex(header: string[], name: string, file: string): number {
  const k = header.indexOf(name);
  if (k < 0) throw new InputError(`${file}: no column "${name}"`);
  return k;
}

/** Every run of the sweep in `dir`, in the order of runs.csv (sorted by run id). */
export async function readSweepRuns(dir: string): Promise<SweepRun[]> {
  const sweep = openSweep(dir);
  const byId = new Map<string, SweepRun>();
  const order: SweepRun[] = [];
  let header: string[] = [];
  const runsFile = path.join(dir, 'runs.csv');
  for await (const { cells, record } of tableRecords(sweep, 'runs')) {
    if (record === 1) {
      header = cells;
      continue;
    }
    const at = (name: string) => cells[columnIndex(header, name, runsFile)];
    const run: SweepRun = {
      point: numberCell(at('point'), runsFile, record, 'point'),
      replicate: numberCell(at('replicate'), runsFile, record, 'replicate'),
      policy: at('policy'),
      run: { seed: numberCell(at('seed'), runsFile, record, 'seed'), states: new Map() },
    };
    byId.set(at('run_id'), run);
    order.push(run);
  }
  const statesFile = path.join(dir, 'states.csv');
  if (!existsSync(statesFile)) throw new InputError(`${dir}: no states.csv (the pattern sweeps run with --states)`);
  let columns: number[] = [];
  let idColumn = 0;
  let rolesColumn = 0;
  for await (const { cells, record } of csvRecords(createReadStream(statesFile, { encoding: 'utf8', highWaterMark: 1 << 20 }), statesFile)) {
    if (record === 1) {
      columns = PATTERN_STATE_COLUMNS.map((c) => columnIndex(cells, c, statesFile));
      idColumn = columnIndex(cells, 'run_id', statesFile);
      rolesColumn = columnIndex(cells, 'roles', statesFile);
      continue;
    }
    if (cells[rolesColumn] === 'destination') continue;
    const run = byId.get(cells[idColumn]);
    if (!run) throw new InputError(`${statesFile}: record ${record}: run ${cells[idColumn]} is not in runs.csv`);
    const row: Record<string, string | number> = {};
    PATTERN_STATE_COLUMNS.forEach((name, k) => {
      const cell = cells[columns[k]];
      row[name] = name === 'state' || name === 'status' ? cell : numberCell(cell, statesFile, record, name);
    });
    const state = row.state as string;
    let rows = run.run.states.get(state);
    if (!rows) run.run.states.set(state, (rows = []));
    rows.push(row as unknown as PatternStateRow);
  }
  for (const r of order) for (const rows of r.run.states.values()) rows.sort((a, b) => a.step - b.step);
  return order;
}
