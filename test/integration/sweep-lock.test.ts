/**
 * Two processes never share a sweep folder: the built CLI is spawned twice on one
 * folder, as a user does who thinks the first sweep died (or a requeued cluster job).
 * The second writer is refused with exit 2 naming the holder, and the first finishes
 * every run; a lock left by a killed process is taken over; a lock of another host is
 * respected; every command that writes into a folder takes the lock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/io/lock.js';
import { POLICY_NAMES } from '../../src/scenario/policies.js';
import { cli, csvRecords, expectSameTables, folderSnapshot, journalFile, journalLines, makeTemp, readManifest, removeTemp, runProcess, spawnCli, waitFor } from '../helpers/sweep.js';

// every built-in policy x 12 replicates: runs of a few tens of milliseconds each, on one
// worker; the first sweep is stopped (SIGSTOP) while a second process tries the folder.
const TOTAL = POLICY_NAMES.length * 12;
const DESIGN = ['sweep', '--migrants', '12000', '--steps', '20', '--policies', 'all', '--replicates', '12', '--workers', '1', '--quiet'];
const TABLES = ['runs.csv', 'timeseries.csv', 'design.csv'];
const SMALL_SWEEP = ['sweep', '--migrants', '600', '--steps', '4', '--policies', 'partnership,withdrawal', '--replicates', '2', '--design', 'sobol', '--samples', '2', '--param', 'params.benchmarking.pressureGain=0:0.5', '--workers', '0', '--quiet'];

let root: string;
let reference: string;
let sleeper: ChildProcess;
const at = (name: string) => path.join(root, name);

/** A lock file held by another live process of this host (or by the host given). */
function plantLock(dir: string, holder: { pid: number; host?: string; command?: string }): void {
  const body = { pid: holder.pid, host: holder.host ?? hostname(), startedAt: '2026-01-01T00:00:00.000Z', command: holder.command ?? 'sweep', token: 'planted' };
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(body) + '\n');
}

beforeAll(async () => {
  root = makeTemp('partnersim-sweep-lock-');
  reference = at('reference');
  const r = await runProcess([...DESIGN, '--out', reference], { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
});
afterAll(() => {
  sleeper?.kill('SIGKILL');
  removeTemp(root);
});

describe('a second process on a sweep folder', () => {
  it('the same sweep with --resume while the first runs: exit 2 naming the holder; the first finishes every run', async () => {
    const out = at('twice');
    const first = spawnCli([...DESIGN, '--out', out], { cwd: root });
    let exited = false;
    void first.done.then(() => (exited = true));
    await waitFor(() => exited || journalLines(out) >= 2, `runs in ${journalFile(out)}`);
    expect(exited, 'the first sweep was still running').toBe(false);
    // Stopped (not ended) while the second process starts, so that a slow start of the
    // second cannot let the first finish: a stopped process still holds its lock.
    first.child.kill('SIGSTOP');
    let second;
    try {
      second = await runProcess([...DESIGN, '--out', out, '--resume'], { cwd: root });
    } finally {
      first.child.kill('SIGCONT');
    }
    expect(second.code).toBe(2);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(new RegExp(`^partnersim: --out .*twice: in use by partnersim sweep, process ${first.child.pid} on host ${hostname()} since \\S+; wait for it to finish \\(or stop it\\), then run again \\(if process ${first.child.pid} is not partnersim, remove .*twice/\\${LOCK_FILE}\\)\\n$`));

    const ended = await first.done;
    expect(ended.code, ended.stderr).toBe(0);
    expect(ended.stdout).toMatch(new RegExp(`^sweep: ${TOTAL}/${TOTAL} runs, 0 failed`));
    expectSameTables(out, reference, TABLES);
    expect(readManifest(out)).toMatchObject({ status: 'complete', counts: { runs: TOTAL, completed: TOTAL, failed: 0 } });
    expect(existsSync(path.join(out, LOCK_FILE))).toBe(false);

    // A further --resume finds every run in the tables.
    const again = await runProcess([...DESIGN, '--out', out, '--resume'], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^sweep: ${TOTAL}/${TOTAL} runs`));
  });

  it('a lock left by a killed sweep is taken over with a message, and --resume completes', async () => {
    const out = at('killed');
    const first = spawnCli([...DESIGN, '--out', out], { cwd: root });
    let exited = false;
    void first.done.then(() => (exited = true));
    await waitFor(() => exited || journalLines(out) >= 2, `runs in ${journalFile(out)}`);
    first.child.kill('SIGKILL');
    await first.done;
    const left = JSON.parse(readFileSync(path.join(out, LOCK_FILE), 'utf8'));
    expect(left).toMatchObject({ pid: first.child.pid, host: hostname(), command: 'sweep' });

    const r = await runProcess([...DESIGN, '--out', out, '--resume'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^partnersim: --out .*killed: taking over the lock left by partnersim sweep, process ${first.child.pid} on host .*, which no longer runs\\n$`));
    expectSameTables(out, reference, TABLES);
    expect(existsSync(path.join(out, LOCK_FILE))).toBe(false);
  });

  it("a lock of another host is respected: exit 2 saying which file to remove; nothing changes", async () => {
    const out = at('elsewhere');
    cpSync(reference, out, { recursive: true });
    plantLock(out, { pid: 4242, host: 'node-17.cluster' });
    const before = folderSnapshot(out);
    const r = await runProcess([...DESIGN, '--out', out, '--resume'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^partnersim: --out .*elsewhere: in use by partnersim sweep, process 4242 on host node-17\\.cluster since 2026-01-01T00:00:00\\.000Z; if that process has ended, remove .*elsewhere/\\${LOCK_FILE}\\n$`));
    expect(folderSnapshot(out)).toEqual(before);
  });
});

describe('every command that writes into a folder takes its lock', () => {
  let sweep: string;
  beforeAll(async () => {
    sweep = at('small');
    const r = await cli([...SMALL_SWEEP, '--out', sweep], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
  });

  const commands: [string, (dir: string) => string[]][] = [
    ['compare', (dir) => ['compare', dir, '--baseline', 'partnership']],
    ['sensitivity', (dir) => ['sensitivity', dir]],
    ['robustness', (dir) => ['robustness', dir]],
    ['chart', (dir) => ['chart', dir, '--kind', 'timeseries', '--format', 'json']],
    ['merge', (dir) => ['merge', sweep, '--out', dir]],
    ['sweep', (dir) => [...SMALL_SWEEP, '--out', dir, '--resume']],
  ];
  for (const [name, args] of commands) {
    it(`${name}: exit 2 naming the live holder; the folder is unchanged`, async () => {
      const dir = name === 'merge' ? at('merge-target') : sweep;
      if (name === 'merge') {
        expect((await cli(['merge', sweep, '--out', dir], { cwd: root })).code).toBe(0);
      }
      plantLock(dir, { pid: sleeper.pid!, command: 'compare' });
      const before = folderSnapshot(dir);
      const r = await cli(args(dir), { cwd: root });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^partnersim: .*: in use by partnersim compare, process ${sleeper.pid} on host ${hostname()} since 2026-01-01T00:00:00\\.000Z; wait for it to finish`));
      expect(folderSnapshot(dir)).toEqual(before);
      writeFileSync(path.join(dir, LOCK_FILE), ''); // unreadable: refused too
      expect((await cli(args(dir), { cwd: root })).code).toBe(2);
      removeTemp(path.join(dir, LOCK_FILE));
      expect(csvRecords(path.join(sweep, 'runs.csv')).length).toBeGreaterThan(0);
    });
  }
});
