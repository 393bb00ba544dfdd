/**
 * --format parquet: runs.parquet, timeseries.parquet and states.parquet that DuckDB
 * reads, with the same rows and values as the CSV tables of the same design; Parquet
 * shards merge to the unsharded Parquet sweep.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, expectSameTables, makeTemp, readManifest, removeTemp, SMALL } from '../helpers/sweep.js';

// 2 points x 2 replicates x 2 policies = 8 runs.
const DESIGN = [
  'sweep',
  ...SMALL,
  '--policies', 'partnership,withdrawal',
  '--replicates', '2',
  '--param', 'params.benchmarking.pressureGain=0:0.4:2',
  '--states',
  '--workers', '0',
  '--quiet',
];
const TABLES = ['runs', 'timeseries', 'states'] as const;

let root: string;
let db: DuckDBInstance;
let connection: DuckDBConnection;
const at = (name: string) => path.join(root, name);

async function ok(args: string[]) {
  const r = await cli(args, { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}

beforeAll(async () => {
  root = makeTemp('partnersim-sweep-parquet-');
  await ok([...DESIGN, '--out', at('csv')]);
  await ok([...DESIGN, '--format', 'parquet', '--out', at('parquet')]);
  db = await DuckDBInstance.create(':memory:');
  connection = await db.connect();
});
afterAll(() => {
  connection?.closeSync();
  db?.closeSync();
  removeTemp(root);
});

async function query(sql: string): Promise<{ names: string[]; rows: unknown[][] }> {
  const result = await connection.runAndReadAll(sql);
  return { names: result.columnNames(), rows: result.getRows() as unknown[][] };
}

const parquet = (dir: string, table: string) => `read_parquet('${path.join(dir, `${table}.parquet`).replace(/'/g, "''")}')`;

/** A DuckDB value as the CSV cell it should match (numbers compared as numbers). */
function sameCell(value: unknown, cell: string): boolean {
  if (value === null || value === undefined) return cell === '';
  if (typeof value === 'bigint') return value.toString() === cell;
  if (typeof value === 'number') return Number.isNaN(value) ? cell === 'NaN' : value === Number(cell === 'Inf' ? Infinity : cell === '-Inf' ? -Infinity : cell);
  return String(value) === cell;
}

describe('sweeps in Parquet', () => {
  it('writes the Parquet tables instead of the CSV ones', () => {
    const files = readdirSync(at('parquet')).sort();
    expect(files).toEqual(['design.csv', 'manifest.json', 'runs.parquet', 'states.parquet', 'timeseries.parquet']);
    expect(readManifest(at('parquet'))).toMatchObject({ status: 'complete', key: { format: 'parquet' }, counts: { runs: 8, completed: 8 } });
    expectSameTables(at('parquet'), at('csv'), ['design.csv']);
  });

  for (const table of TABLES) {
    it(`DuckDB reads ${table}.parquet: the same row count, columns and values as ${table}.csv`, async () => {
      const csv = csvRecords(path.join(at('csv'), `${table}.csv`));
      const count = await query(`select count(*) from ${parquet(at('parquet'), table)}`);
      expect(Number(count.rows[0][0])).toBe(csv.length);
      expect(csv.length).toBeGreaterThan(0);

      // In file order (DuckDB preserves it): the Parquet rows come in the CSV's order.
      const { names, rows } = await query(`select * from ${parquet(at('parquet'), table)}`);
      const header = readFileSync(path.join(at('csv'), `${table}.csv`), 'utf8').split('\n')[0].split(',');
      expect(names).toEqual(header);
      let mismatches = 0;
      const examples: string[] = [];
      rows.forEach((row, k) => {
        names.forEach((name, j) => {
          if (!sameCell(row[j], csv[k][name])) {
            mismatches++;
            if (examples.length < 5) examples.push(`row ${k} ${name}: parquet ${String(row[j])} vs csv ${csv[k][name]}`);
          }
        });
      });
      expect(examples).toEqual([]);
      expect(mismatches).toBe(0);
    });
  }

  it('column types: ids and names as text, counts and seeds as integers, shares as doubles', async () => {
    const { rows } = await query(`select column_name, column_type from (describe select * from ${parquet(at('parquet'), 'runs')})`);
    const types = Object.fromEntries(rows.map(([n, t]) => [String(n), String(t)]));
    expect(types).toMatchObject({ run_id: 'VARCHAR', policy: 'VARCHAR', replicate: 'BIGINT', seed: 'BIGINT', point: 'BIGINT', mean_effort: 'DOUBLE' });
    // A quick aggregate agrees with the CSV too.
    const csv = csvRecords(path.join(at('csv'), 'runs.csv'));
    const sum = await query(`select sum(mean_effort), count(distinct seed) from ${parquet(at('parquet'), 'runs')}`);
    expect(Number(sum.rows[0][0])).toBeCloseTo(csv.reduce((s, r) => s + Number(r.mean_effort), 0), 9);
    expect(Number(sum.rows[0][1])).toBe(new Set(csv.map((r) => r.seed)).size);
  });

  it('an undefined indicator (the Gini of fewer than two partners) is an empty cell in CSV and a null in Parquet, never 0 or NaN', async () => {
    const csv = csvRecords(path.join(at('csv'), 'timeseries.csv'));
    const empty = csv.filter((r) => r.benefit_gini === '').length;
    expect(empty).toBe(csv.filter((r) => Number(r.partners) < 2).length);
    expect(empty).toBeGreaterThan(0);
    const nulls = await query(`select count(*) filter (where benefit_gini is null), count(*) filter (where isnan(benefit_gini)) from ${parquet(at('parquet'), 'timeseries')}`);
    expect(nulls.rows[0].map(Number)).toEqual([empty, 0]);
  });

  it('Parquet shards merge to the unsharded Parquet sweep', async () => {
    await ok([...DESIGN, '--format', 'parquet', '--shard', '0/2', '--out', at('p0')]);
    await ok([...DESIGN, '--format', 'parquet', '--shard', '1/2', '--out', at('p1')]);
    const r = await cli(['merge', at('p1'), at('p0'), '--out', at('pmerged')], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^merge: 8\/8 runs, 0 failed/);
    expect(existsSync(path.join(at('pmerged'), 'runs.csv'))).toBe(false);
    for (const table of TABLES) {
      const merged = await query(`select * from ${parquet(at('pmerged'), table)}`);
      const whole = await query(`select * from ${parquet(at('parquet'), table)}`);
      expect(merged.names).toEqual(whole.names);
      expect(merged.rows).toEqual(whole.rows);
    }
    // The merge rewrites the tables from the same rows: the same bytes.
    expectSameTables(at('pmerged'), at('parquet'), ['runs.parquet', 'timeseries.parquet', 'states.parquet', 'design.csv']);
    expect(readManifest(at('pmerged')).status).toBe('complete');
  });

  it('a CSV shard and a Parquet shard of the same design do not merge (exit 2)', async () => {
    await ok([...DESIGN, '--shard', '1/2', '--out', at('c1')]);
    const r = await cli(['merge', at('p0'), at('c1'), '--out', at('mixed')], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^partnersim: /);
    expect(existsSync(at('mixed'))).toBe(false);
  });
});
