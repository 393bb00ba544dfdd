/**
 * compare --posterior: each policy at M posterior draws of a (tiny) calibration, on
 * common random numbers; the same bytes with 0 and 2 workers; the draws are particles of
 * the calibration's last generation; the variance parts add up to the total; a scenario
 * other than the calibrated one is refused in one line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/scenario/loader.js';
import { cli, csvRecords, expectSameTables, makeTemp, readManifest, removeTemp, runProcess } from '../helpers/sweep.js';

const TARGETS = path.join(PACKAGE_ROOT, 'scenarios', 'targets', 'eu-to-2011.ts');
const SIZE = ['--steps', '28', '--migrants', '500'];
let root: string;
beforeAll(async () => {
  root = makeTemp('partnersim-posterior-');
  const r = await runProcess(['calibrate', 'eu-mobility-partnerships', '--targets', TARGETS, ...SIZE, '--particles', '16', '--generations', '2', '--seed', '7', '--workers', '2', '--quiet', '--out', 'cal'], { cwd: root });
  expect(r.code).toBe(0);
}, 120_000);
afterAll(() => removeTemp(root));

const COMPARE = ['compare', 'eu-mobility-partnerships', '--posterior', 'cal', '--draws', '4', '-r', '3', ...SIZE, '--policies', 'conditionality', '--indicators', 'mean_effort,mean_responsibilisation', '--quiet'];

describe('compare --posterior', () => {
  it('runs every policy at the same draws and seeds, with the same bytes for 0 and 2 workers', async () => {
    for (const w of ['0', '2']) {
      const r = await cli([...COMPARE, '-w', w, '--out', `p${w}`], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/posterior: 4 draws x 3 replicates -> p\d \(posterior\.csv, posterior\.md\)/);
    }
    expectSameTables(path.join(root, 'p2'), path.join(root, 'p0'), ['runs.csv', 'timeseries.csv', 'design.csv']);
    const csv = (dir: string) => readFileSync(path.join(root, dir, 'posterior.csv'), 'utf8');
    expect(csv('p2')).toBe(csv('p0'));
    expect(readManifest(path.join(root, 'p0')).posterior).toMatchObject({ draws: 4, generation: 1 });

    const runs = csvRecords(path.join(root, 'p0', 'runs.csv'));
    expect(runs).toHaveLength(4 * 3 * 2);
    const calibrated = readManifest(path.join(root, 'cal')).parameters.map((p: { path: string }) => p.path);
    const particles = csvRecords(path.join(root, 'cal', 'particles.csv')).filter((p) => p.generation === '1');
    for (const run of runs) {
      const twin = runs.find((o) => o.policy !== run.policy && o.point === run.point && o.replicate === run.replicate)!;
      expect(twin.seed).toBe(run.seed);
      // every draw is a particle of the last generation
      expect(particles.some((p) => calibrated.every((k: string) => Number(p[k]) === Number(run[k])))).toBe(true);
    }
    for (const row of csvRecords(path.join(root, 'p0', 'posterior.csv'))) {
      // (the table holds 6 significant digits)
      expect(Number(row.total_variance)).toBeCloseTo(Number(row.mc_variance) + Number(row.parameter_variance), 5);
      expect(Number(row.effect_high) - Number(row.effect_low)).toBeGreaterThanOrEqual(Number(row.ci_high) - Number(row.ci_low) - 1e-9);
      expect(row.n).toBe('12');
    }
    // compare on the folder again gives the same table
    const again = await cli(['compare', 'p0', '--policies', 'conditionality', '--indicators', 'mean_effort,mean_responsibilisation', '--out', 'again'], { cwd: root });
    expect(again.code).toBe(0);
    expect(csv('again')).toBe(csv('p0'));
  }, 120_000);

  it('refuses a scenario the calibration did not run, and --draws without --posterior', async () => {
    const other = await cli(['compare', 'stylised', '--posterior', 'cal', '--draws', '2', '-r', '2', '-w', '0', '--out', 'x'], { cwd: root });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^partnersim: --posterior cal: the calibration ran another scenario \(or an earlier version of stylised\); compare the scenario it calibrated \(.*\)\n$/);
    const draws = await cli(['compare', 'stylised', '--draws', '2'], { cwd: root });
    expect(draws.code).toBe(2);
    expect(draws.stderr).toBe('partnersim: --draws: only with --posterior\n');
  });
});
