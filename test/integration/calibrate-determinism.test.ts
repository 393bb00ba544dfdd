/**
 * A calibration's posterior files do not depend on the number of workers, and a
 * calibration killed with SIGKILL and finished with --resume writes the same bytes as
 * an uninterrupted one (the built CLI, spawned; tiny runs of the EU scenario).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/scenario/loader.js';
import { cli, makeTemp, removeTemp, runProcess, spawnCli, waitFor } from '../helpers/sweep.js';

const TARGETS = path.join(PACKAGE_ROOT, 'scenarios', 'targets', 'eu-to-2011.ts');
const DESIGN = ['calibrate', 'eu-mobility-partnerships', '--targets', TARGETS, '--steps', '28', '--migrants', '500', '--particles', '16', '--generations', '4', '--seed', '7'];
const FILES = ['particles.csv', 'generations.csv', 'posterior.md', 'calibrated-scenario.json'];

let root: string;
beforeAll(() => {
  root = makeTemp('partnersim-calibrate-');
});
afterAll(() => removeTemp(root));

function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

function expectSame(actual: string, expected: string): void {
  for (const file of FILES) expect(read(actual, file), file).toBe(read(expected, file));
}

function batches(dir: string): number {
  const file = path.join(dir, '.journal', 'batches.jsonl');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.endsWith('}')).length : 0;
}

describe('calibrate', () => {
  it('gives byte-identical posteriors with 1 and 2 workers and in process', async () => {
    const one = await runProcess([...DESIGN, '--workers', '1', '--quiet', '--out', 'w1'], { cwd: root });
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^calibrate: 4 generations, 16 particles, ε [\d.]+, ESS \d+, \d+ simulations, .* \(stopped by max-generations\) -> w1\n$/);
    const two = await runProcess([...DESIGN, '--workers', '2', '--quiet', '--out', 'w2'], { cwd: root });
    expect(two.code).toBe(0);
    expectSame(path.join(root, 'w2'), path.join(root, 'w1'));
    const inProcess = await cli([...DESIGN, '--workers', '0', '--quiet', '--out', 'w0'], { cwd: root });
    expect(inProcess.code).toBe(0);
    expectSame(path.join(root, 'w0'), path.join(root, 'w1'));
    // the calibrated scenario runs
    const run = await cli(['run', path.join(root, 'w1', 'calibrated-scenario.json'), '--steps', '4', '--migrants', '200', '--out', 'calibrated-run'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const generations = read(path.join(root, 'w1'), 'generations.csv').trim().split('\n');
    expect(generations).toHaveLength(5);
  });

  it('kill -9 part-way, then --resume: the same bytes as the uninterrupted calibration', async () => {
    const out = path.join(root, 'killed');
    const spawned = spawnCli([...DESIGN, '--workers', '2', '--out', out], { cwd: root });
    let exited = false;
    void spawned.done.then(() => (exited = true));
    await waitFor(() => exited || batches(out) >= 3, `3 batches in ${out}`);
    expect(exited, 'the calibration ended before it could be killed').toBe(false);
    spawned.child.kill('SIGKILL');
    expect((await spawned.done).signal).toBe('SIGKILL');
    // a line cut short by the kill is dropped on resume
    writeFileSync(path.join(out, '.journal', 'batches.jsonl'), '{"key":"9:0:1","results":[[[1', { flag: 'a' });
    const resumed = await runProcess([...DESIGN, '--workers', '2', '--quiet', '--out', out, '--resume'], { cwd: root });
    // the killed process's folder lock is taken over, and said so, on one line
    expect(resumed.stderr).toMatch(/^partnersim: .*: taking over the lock left by partnersim calibrate, process \d+ on host .*, which no longer runs\n$/);
    expect(resumed.code).toBe(0);
    expectSame(out, path.join(root, 'w1'));
    const manifest = JSON.parse(read(out, 'manifest.json'));
    expect(manifest.status).toBe('complete');
    expect(manifest.counts.simulationsThisInvocation).toBeLessThan(manifest.counts.simulations);
  });

  it('a wall-time stop keeps the partial generation, flagged, and --resume finishes with the same bytes', async () => {
    const out = path.join(root, 'clock');
    const stopped = await cli([...DESIGN, '--workers', '0', '--quiet', '--out', out, '--max-time', '0'], { cwd: root });
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/stopped inside generation 0, kept and flagged partial; continue it with the same command and --resume/);
    expect(read(out, 'generations.csv').trim().split('\n')[1]).toMatch(/,1$/);
    const resumed = await cli([...DESIGN, '--workers', '0', '--quiet', '--out', out, '--resume'], { cwd: root });
    expect(resumed.code).toBe(0);
    expectSame(out, path.join(root, 'w1'));
  });

  it('refuses bad input with one line and exit 2, writing nothing', async () => {
    const bad = path.join(root, 'bad-targets.json');
    writeFileSync(bad, JSON.stringify({ name: 'x', parameters: [{ path: 'states[XXX].capacity', prior: { kind: 'uniform', min: 0, max: 1 } }], targets: [{ kind: 'event', state: 'MDA', status: 'partner', date: '2008Q2' }] }));
    const r = await cli(['calibrate', 'eu-mobility-partnerships', '--targets', bad, '--out', 'never'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^partnersim: .*no element "XXX" in states\n$/);
    expect(existsSync(path.join(root, 'never'))).toBe(false);
    const outside = path.join(root, 'outside.json');
    writeFileSync(outside, JSON.stringify({ name: 'x', parameters: [{ path: 'states[MDA].capacity', prior: { kind: 'uniform', min: 0, max: 2 } }], targets: [{ kind: 'event', state: 'MDA', status: 'partner', date: '2008Q2' }] }));
    const r2 = await cli(['calibrate', 'eu-mobility-partnerships', '--targets', outside, '--out', 'never'], { cwd: root });
    expect(r2.stderr).toBe(`partnersim: ${outside}: parameters[0].prior: [0, 2] leaves the field's range [0, 1]\n`);
    const again = await cli([...DESIGN, '--workers', '0', '--quiet', '--out', 'w1'], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/holds a calibration already \(add --resume/);
  });
});

describe('predict', () => {
  it('reports each target and named event, the same for 1 and 2 workers', async () => {
    const a = await runProcess(['predict', 'w1', '--draws', '8', '--workers', '1', '--event', 'MAR:partner', '--out', 'p1'], { cwd: root });
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^predict: 8 draws, 64 steps -> p1 \(predict.csv, predict.md, predict-states.csv, predict.json\)\n/);
    expect(a.stdout).toMatch(/\n {2}MAR partner: P \d+%/);
    const b = await runProcess(['predict', 'w1', '--draws', '8', '--workers', '2', '--event', 'MAR:partner', '--out', 'p2'], { cwd: root });
    expect(b.code).toBe(0);
    expect(read(path.join(root, 'p2'), 'predict.csv')).toBe(read(path.join(root, 'p1'), 'predict.csv'));
    expect(read(path.join(root, 'p2'), 'predict-states.csv')).toBe(read(path.join(root, 'p1'), 'predict-states.csv'));
    // every state's shares add up to 1 at every step (8 draws: multiples of 1/8)
    const sums = new Map<string, number>();
    for (const line of read(path.join(root, 'p1'), 'predict-states.csv').trim().split('\n').slice(1)) {
      const [state, step, , , draws] = line.split(',');
      sums.set(`${state}:${step}`, (sums.get(`${state}:${step}`) ?? 0) + Number(draws));
    }
    expect(sums.size).toBe(17 * 64);
    expect([...new Set(sums.values())]).toEqual([8]);
    expect(read(path.join(root, 'p1'), 'predict.csv').trim().split('\n')).toHaveLength(9);
    // the calibration charts: from the calibration folder and from predict's own folder, the same bytes twice
    const posterior = await cli(['chart', 'w1', '--kind', 'posterior', '--format', 'json,svg', '--out', 'c1'], { cwd: root });
    expect(posterior.stderr).toBe('');
    expect(posterior.code).toBe(0);
    expect(posterior.stdout).toMatch(/^chart: 2 figures x json,svg .* \(posterior-marginals, posterior-pairs\)\n$/);
    const predictive = await cli(['chart', 'p1', '--kind', 'all', '--format', 'json,svg', '--out', 'c1', '--observed', 'MAR:2013Q2,TUN:2014Q1'], { cwd: root });
    expect(predictive.stderr).toBe('');
    expect(predictive.code).toBe(0);
    expect(predictive.stdout).toMatch(/\(predictive\)\n {2}skipped posterior: not a calibration folder .*\n$/);
    const again = await cli(['chart', 'p1', '--kind', 'predictive', '--format', 'svg', '--out', 'c2', '--observed', 'MAR:2013Q2,TUN:2014Q1'], { cwd: root });
    expect(again.code).toBe(0);
    expect(read(path.join(root, 'c2'), 'predictive.svg')).toBe(read(path.join(root, 'c1'), 'predictive.svg'));
    const spec = JSON.parse(read(path.join(root, 'c1'), 'predictive.json')) as { data: { values: { part: string; state: string; mark?: string }[] } };
    // the targets' four signatures, their non-events and the two dates of the record are drawn
    const marks = spec.data.values.filter((v) => v.part === 'observed');
    expect(marks.filter((m) => m.mark === 'Target date (frame: tolerance)').map((m) => m.state).sort()).toEqual(['ARM', 'CPV', 'GEO', 'MDA']);
    expect(marks.filter((m) => m.mark === 'Record, not a target').map((m) => m.state).sort()).toEqual(['MAR', 'TUN']);
    const wrongKind = await cli(['chart', 'calibrated-run', '--kind', 'posterior'], { cwd: root });
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrongKind.stderr).toMatch(/--kind posterior: .*not a calibration folder/);
    const bad = await cli(['predict', 'w1', '--event', 'MAR:signed'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--event MAR:signed: expected STATE:status/);
  });
});
