/**
 * Every manifest carries the scenario's calendar (start and steps per year), so that a
 * user and a target speak of dates: run, sweep (and so merge, which keeps a shard's
 * manifest) and calibrate, each through the command as a user calls it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, makeTemp, removeTemp } from '../helpers/sweep.js';
import { PACKAGE_ROOT } from '../../src/scenario/loader.js';

let root: string;
beforeAll(() => {
  root = makeTemp('partnersim-manifest-calendar-');
  // a scenario whose calendar differs from the defaults (2005 Q1, 4 a year)
  writeFileSync(
    path.join(root, 'monthly.json'),
    JSON.stringify({
      name: 'monthly',
      start: { year: 1999, quarter: 3 },
      stepsPerYear: 12,
      steps: 6,
      migrants: 100,
      states: [
        { id: 'ORI', name: 'Origin', roles: ['origin'], source: 'assumption' },
        { id: 'DST', name: 'Destination', roles: ['destination'], source: 'assumption', destination: {} },
      ],
      routes: [{ origin: 'ORI', destination: 'DST' }],
    }),
  );
});
afterAll(() => removeTemp(root));

const manifest = (dir: string) => JSON.parse(readFileSync(path.join(root, dir, 'manifest.json'), 'utf8'));

describe('manifests carry the calendar', () => {
  it('run', async () => {
    const r = await cli(['run', path.join(root, 'monthly.json'), '--out', path.join(root, 'run-out')], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const m = manifest('run-out');
    expect(m.scenario.start).toEqual({ year: 1999, quarter: 3 });
    expect(m.scenario.stepsPerYear).toBe(12);
    const lines = readFileSync(path.join(root, 'run-out', 'timeseries.csv'), 'utf8').trim().split('\n');
    const date = lines[0].split(',').indexOf('date');
    // steps 0–2 begin in 1999 Q3, steps 3–5 in 1999 Q4 (monthly steps)
    expect(lines.slice(1).map((l) => l.split(',')[date])).toEqual(['1999Q3', '1999Q3', '1999Q3', '1999Q4', '1999Q4', '1999Q4']);
  });

  it('sweep', async () => {
    const r = await cli(['sweep', path.join(root, 'monthly.json'), '--replicates', '2', '--workers', '0', '--quiet', '--out', path.join(root, 'sweep-out')], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const m = manifest('sweep-out');
    expect(m.scenario.start).toEqual({ year: 1999, quarter: 3 });
    expect(m.scenario.stepsPerYear).toBe(12);
  });

  it('calibrate', async () => {
    const targets = path.join(PACKAGE_ROOT, 'scenarios', 'targets', 'eu-to-2011.ts');
    const r = await cli(['calibrate', 'eu-mobility-partnerships', '--targets', targets, '--steps', '28', '--migrants', '200', '--particles', '8', '--generations', '1', '--seed', '1', '--workers', '0', '--quiet', '--max-time', '0', '--out', path.join(root, 'cal-out')], { cwd: root });
    // stopped by the wall-time limit at once: the manifest is written before any generation
    expect(r.code, r.stderr).toBe(130);
    const m = manifest('cal-out');
    expect(m.scenario.start).toEqual({ year: 2005, quarter: 1 });
    expect(m.scenario.stepsPerYear).toBe(4);
  }, 120_000);
});
