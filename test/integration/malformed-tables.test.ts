/**
 * Malformed tables in a sweep folder are the user's input errors, in every command that
 * reads them: a ragged record, a quote that never closes, a truncated timeseries row and
 * text in a numeric cell give exit 2 and one line naming the file and the record (the
 * bad inputs 18–22 of the code review), never "compare failed" with exit 1, and never a
 * value silently dropped.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, makeTemp, removeTemp } from '../helpers/sweep.js';

const SMALL = ['--migrants', '500', '--steps', '6', '--workers', '0', '--quiet'];

let root: string;
const at = (name: string) => path.join(root, name);

async function ok(args: string[]) {
  const r = await cli(args, { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

/** Runs a command that must fail with exit 2 and one line on stderr; returns that line. */
async function usage(args: string[]): Promise<string> {
  const r = await cli(args, { cwd: root });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(/^partnersim: [^\n]+\n$/);
  expect(r.stderr).not.toMatch(/failed/);
  return r.stderr;
}

/** A copy of a sweep folder with one table edited line by line (line 0 is the header). */
function broken(from: string, name: string, table: string, edit: (lines: string[]) => string[]): string {
  const dir = at(name);
  cpSync(at(from), dir, { recursive: true });
  const file = path.join(dir, table);
  writeFileSync(file, edit(readFileSync(file, 'utf8').split('\n')).join('\n'));
  return dir;
}

/** Replaces the cell of `column` in line `k`. */
function setCell(lines: string[], k: number, column: string, value: string): string[] {
  const header = lines[0].split(',');
  const cells = lines[k].split(',');
  cells[header.indexOf(column)] = value;
  return lines.map((l, i) => (i === k ? cells.join(',') : l));
}

beforeAll(async () => {
  root = makeTemp('partnersim-malformed-');
  await ok(['sweep', '--policies', 'partnership,withdrawal', '--replicates', '2', ...SMALL, '--out', at('grid')]);
  await ok(['sweep', '--design', 'sobol', '--samples', '4', '--policies', 'partnership', '--param', 'params.benchmarking.pressureGain=0:1', ...SMALL, '--out', at('sobol')]);
});
afterAll(() => removeTemp(root));

describe('a malformed table is exit 2 naming the file and the record', () => {
  it('18: a ragged row in runs.csv (compare, robustness, sensitivity)', async () => {
    const dir = broken('grid', 'ragged', 'runs.csv', (lines) => lines.map((l, i) => (i === 2 ? `${l},1,2` : l)));
    const file = path.join(dir, 'runs.csv');
    const cells = readFileSync(file, 'utf8').split('\n')[0].split(',').length;
    const expected = `${file}: malformed table (record 3 has ${cells + 2} cells, the header ${cells})`;
    expect(await usage(['compare', dir, '--baseline', 'partnership'])).toContain(expected);
    expect(await usage(['robustness', dir, '--indicators', 'mean_effort'])).toContain(expected);
    const sobol = broken('sobol', 'ragged-sobol', 'runs.csv', (lines) => lines.map((l, i) => (i === 2 ? `${l},1,2` : l)));
    expect(await usage(['sensitivity', sobol, '--indicators', 'mean_effort'])).toMatch(/ragged-sobol\/runs\.csv: malformed table \(record 3 has \d+ cells, the header \d+\)/);
  });

  it('19: a quote that never closes', async () => {
    const dir = broken('grid', 'quote', 'runs.csv', (lines) => lines.map((l, i) => (i === 4 ? l.replace(/,([a-z-]+),/, ',"$1,') : l)));
    const line = await usage(['compare', dir, '--baseline', 'partnership']);
    expect(line).toContain(`${path.join(dir, 'runs.csv')}: malformed table (record 5 opens a quote that is never closed)`);
  });

  it('20 and 21: a truncated timeseries row, in compare --at mean and in chart', async () => {
    const dir = broken('grid', 'truncated', 'timeseries.csv', (lines) => lines.map((l, i) => (i === 5 ? l.slice(0, l.indexOf(',', l.indexOf(',') + 1)) : l)));
    const file = path.join(dir, 'timeseries.csv');
    const expected = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: malformed table \\(record 6 has 2 cells, the header \\d+\\)`);
    expect(await usage(['compare', dir, '--at', 'mean', '--indicators', 'mean_effort'])).toMatch(expected);
    expect(await usage(['chart', dir, '--kind', 'timeseries', '--out', at('charts')])).toMatch(expected);
  });

  it('22: text in a numeric cell is named, never dropped (compare, robustness, sensitivity)', async () => {
    const dir = broken('grid', 'banana', 'runs.csv', (lines) => setCell(lines, 2, 'mean_effort', 'banana'));
    const expected = `${path.join(dir, 'runs.csv')}: record 3, column "mean_effort": expected a number, got "banana"`;
    expect(await usage(['compare', dir, '--indicators', 'mean_effort'])).toContain(expected);
    expect(await usage(['robustness', dir, '--indicators', 'mean_effort'])).toContain(expected);
    const sobol = broken('sobol', 'banana-sobol', 'runs.csv', (lines) => setCell(lines, 3, 'mean_effort', 'banana'));
    expect(await usage(['sensitivity', sobol, '--indicators', 'mean_effort'])).toContain(`${path.join(sobol, 'runs.csv')}: record 4, column "mean_effort": expected a number, got "banana"`);
    // in the timeseries too, read with --at
    const ts = broken('grid', 'banana-ts', 'timeseries.csv', (lines) => setCell(lines, 3, 'mean_effort', '0x1F'));
    expect(await usage(['compare', ts, '--indicators', 'mean_effort', '--at', '2'])).toContain(`${path.join(ts, 'timeseries.csv')}: record 4, column "mean_effort": expected a number, got "0x1F"`);
    // and chart reads the same cell the same way
    expect(await usage(['chart', ts, '--kind', 'timeseries', '--indicators', 'mean_effort', '--format', 'json', '--out', at('banana-charts')])).toContain(`${path.join(ts, 'timeseries.csv')}: record 4, column "mean_effort": expected a number, got "0x1F"`);
  });

  it('a replicate or point that is not an integer', async () => {
    const dir = broken('grid', 'replicate', 'runs.csv', (lines) => setCell(lines, 1, 'replicate', '1.5'));
    expect(await usage(['compare', dir])).toContain(`${path.join(dir, 'runs.csv')}: record 2, column "replicate": expected an integer, got "1.5"`);
  });

  it('an empty cell is an undefined value, not an error', async () => {
    const dir = broken('grid', 'empty', 'runs.csv', (lines) => setCell(lines, 1, 'mean_effort', ''));
    const { stdout } = await ok(['compare', dir, '--indicators', 'mean_effort', '--min-pairs', '2']);
    expect(stdout).toMatch(/\n {2}skipped 1 pair whose indicator is undefined in a run \(an empty cell, e\.g\. a Gini of fewer than two partners\): mean_effort under withdrawal 1\n/);
  });
});
