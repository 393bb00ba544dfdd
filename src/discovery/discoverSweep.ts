/**
 * discoverSweep(options): scenario discovery over a finished sweep (CSV or Parquet,
 * read through src/analysis/sweepFolder.ts). Each run is marked a case of interest when
 * its indicator at `at` meets the condition (`--where`); with `share`, each design point
 * (per policy) is one case, of interest when at least that share of its replicates
 * meets it. The dimensions are the swept parameters, and the policy (categorical) when
 * the sweep holds several and `policy` does not pick one. PRIM or CART (discover.ts)
 * searches them for boxes; trajectory.csv, boxes.csv, cases.csv and boxes.md are
 * written atomically to `<dir>/discovery` or `out`.
 *
 * Runs without a value of the indicator (NaN: a failed or undefined run) are left out
 * and counted.
 *
 * @example
 * await discoverSweep({ dir: 'results/lhs', where: 'mean_responsibilisation < 0.2', at: { kind: 'final' }, method: 'prim' });
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { checkAt } from '../analysis/compareSweep.js';
import { atLabel, cellNumber, openSweep, readRunValues, tableRecords, type At, type SweepFolder } from '../analysis/sweepFolder.js';
import { INDICATOR_NAMES } from '../indicators/columns.js';
import { folderWriter } from '../io/atomic.js';
import { InputError } from '../scenario/errors.js';
import { inBox } from './box.js';
import type { CartOptions } from './cart.js';
import { conditionText, holds, parseCondition, type Condition } from './condition.js';
import { discover, settingsText, type Method } from './discover.js';
import type { PrimOptions } from './prim.js';
import { boxesCsv, boxesMarkdown, casesCsv, trajectoryCsv, type CaseRow } from './tables.js';
import type { CaseTable, Dimension, Discovery } from './types.js';

export interface DiscoverOptions {
  dir: string;
  /** `<indicator> <op> <value>` */
  where: string;
  at: At;
  /** only this policy's runs (the policy is then no dimension) */
  policy?: string;
  /** cases are points: of interest when at least this share of the point's replicates meets the condition */
  share?: number;
  method: Method;
  prim?: PrimOptions;
  cart?: CartOptions;
  /** output folder (default `<dir>/discovery`) */
  out?: string;
}

export interface DiscoverResult {
  sweep: SweepFolder;
  condition: Condition;
  table: CaseTable;
  cases: CaseRow[];
  discovery: Discovery;
  dropped: number;
  files: string[];
}

interface Unit {
  id: string;
  point: number;
  policy: string;
  replicate: number;
  values: number[];
  hits: number;
  runs: number;
}

/** Each design point's parameter values, from design.csv (the same file, in full precision, for CSV and Parquet sweeps). */
async function designValues(sweep: SweepFolder): Promise<Map<number, number[]>> {
  const points = new Map<number, number[]>();
  let columns: number[] | undefined;
  let pointColumn = 0;
  for await (const { cells: record } of tableRecords(sweep, 'design')) {
    if (!columns) {
      pointColumn = record.indexOf('point');
      columns = sweep.parameters.map((name) => record.indexOf(name));
      const missing = sweep.parameters.find((_, k) => columns![k] < 0);
      if (pointColumn < 0 || missing) throw new InputError(`${sweep.dir}: design.csv has no column "${pointColumn < 0 ? 'point' : missing}"`);
      continue;
    }
    const values = columns.map((k) => cellNumber(record[k]));
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new InputError(`${sweep.dir}: design.csv point ${record[pointColumn]} has no numeric value of ${sweep.parameters[bad]}`);
    points.set(Number(record[pointColumn]), values);
  }
  return points;
}

/** The sweep's cases over its dimensions, marked by the condition. */
export async function readCases(sweep: SweepFolder, options: Pick<DiscoverOptions, 'where' | 'at' | 'policy' | 'share'>): Promise<{ condition: Condition; table: CaseTable; cases: CaseRow[]; dropped: number }> {
  checkAt(options.at, sweep);
  const condition = parseCondition(options.where, INDICATOR_NAMES);
  if (options.policy !== undefined && !sweep.policies.includes(options.policy)) throw new InputError(`--policy: policy "${options.policy}" is not in the sweep (it holds ${sweep.policies.join(', ')})`);
  if (options.share !== undefined && !(options.share > 0 && options.share <= 1)) throw new InputError(`--share: expected a share in (0, 1], got ${options.share}`);
  const policies = options.policy === undefined ? sweep.policies : [options.policy];
  const byPolicy = policies.length > 1;
  if (sweep.parameters.length === 0 && !byPolicy) {
    throw new InputError(`${sweep.dir}: the sweep has no swept dimensions (no --param${sweep.policies.length > 1 ? ' and one policy chosen' : ' and one policy'}); discover searches swept parameters or several policies`);
  }
  const outcome = await readRunValues(sweep, [condition.indicator], options.at);
  const params = await designValues(sweep);
  let dropped = 0;
  const units = new Map<string, Unit>();
  for (const run of outcome) {
    if (!policies.includes(run.policy)) continue;
    const value = run.values[0];
    if (Number.isNaN(value)) {
      dropped++;
      continue;
    }
    const values = params.get(run.point);
    if (!values) throw new InputError(`${sweep.dir}: run ${run.runId} is at point ${run.point}, which design.csv lacks`);
    const key = options.share === undefined ? run.runId : `point-${run.point}${byPolicy ? `-${run.policy}` : ''}`;
    const unit = units.get(key) ?? { id: key, point: run.point, policy: run.policy, replicate: run.replicate, values, hits: 0, runs: 0 };
    unit.runs++;
    if (holds(condition, value)) unit.hits++;
    units.set(key, unit);
  }
  const list = [...units.values()].sort((a, b) => policies.indexOf(a.policy) - policies.indexOf(b.policy) || a.point - b.point || a.replicate - b.replicate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (list.length === 0) throw new InputError(`${sweep.dir}: no run has a value of ${condition.indicator}${options.policy ? ` under ${options.policy}` : ''}`);
  const dimensions: Dimension[] = sweep.parameters.map((name, k) => ({ name, kind: 'numeric', values: Float64Array.from(list, (u) => u.values[k]) }));
  if (byPolicy) dimensions.push({ name: 'policy', kind: 'categorical', levels: policies, values: Int32Array.from(list, (u) => policies.indexOf(u.policy)) });
  const threshold = options.share;
  const y = Uint8Array.from(list, (u) => (threshold === undefined ? (u.hits > 0 ? 1 : 0) : u.hits / u.runs >= threshold - 1e-12 ? 1 : 0));
  const cases = list.map((u) => ({ id: u.id, point: u.point, runs: u.runs, share: u.hits / u.runs }));
  return { condition, table: { dimensions, y }, cases, dropped };
}

export async function discoverSweep(options: DiscoverOptions): Promise<DiscoverResult> {
  const sweep = openSweep(options.dir);
  const { condition, table, cases, dropped } = await readCases(sweep, options);
  const discovery = discover(table, { method: options.method, prim: options.prim, cart: options.cart });
  const membership = cases.map((_, i) => discovery.boxes.find((b) => inBox(table, b.box, i))?.index ?? 0);
  const out = path.resolve(options.out ?? path.join(sweep.dir, 'discovery'));
  mkdirSync(out, { recursive: true });
  const context = {
    scenario: sweep.scenario,
    condition: conditionText(condition),
    at: atLabel(options.at),
    policy: options.policy,
    share: options.share,
    settings: settingsText(options.method, options.prim, options.cart),
    dropped,
  };
  const { write, files } = folderWriter(out);
  await write('trajectory.csv', trajectoryCsv(discovery));
  await write('boxes.csv', boxesCsv(discovery, table.dimensions));
  await write('cases.csv', casesCsv(cases, table.dimensions, table.y, membership));
  await write('boxes.md', boxesMarkdown(discovery, table.dimensions, context));
  return { sweep, condition, table, cases, discovery, dropped, files };
}
