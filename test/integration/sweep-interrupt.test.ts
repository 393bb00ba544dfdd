/**
 * A sweep survives being killed: the built CLI is spawned on a sweep of every built-in policy (6 replicates each), killed
 * (SIGKILL) or interrupted (SIGINT, SIGTERM) part-way, then finished with --resume.
 * The final tables equal an uninterrupted sweep's byte for byte: no run lost, none run
 * twice.
 */
import { existsSync, readFileSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/io/lock.js';
import {
  CSV_TABLES,
  csvRecords,
  expectSameTables,
  journalFile,
  journalLines,
  makeTemp,
  readManifest,
  removeTemp,
  runProcess,
  SMALL,
  spawnCli,
  waitFor,
} from '../helpers/sweep.js';
import { POLICY_NAMES } from '../../src/scenario/policies.js';

// every built-in policy x 6 replicates, with states.csv.
const TOTAL = POLICY_NAMES.length * 6;
const DESIGN = ['sweep', ...SMALL, '--policies', 'all', '--replicates', '6', '--states', '--workers', '2'];

let root: string;
let reference: string;

beforeAll(async () => {
  root = makeTemp('partnersim-sweep-kill-');
  reference = path.join(root, 'reference');
  const r = await runProcess([...DESIGN, '--quiet', '--out', reference], { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});
afterAll(() => removeTemp(root));

/** Spawns the sweep into `out` and waits until `atLeast` runs are in its journal. */
async function startAndWait(out: string, atLeast: number) {
  const spawned = spawnCli([...DESIGN, '--out', out], { cwd: root });
  let exited = false;
  void spawned.done.then(() => (exited = true));
  await waitFor(() => exited || journalLines(out) >= atLeast, `${atLeast} runs in ${journalFile(out)}`);
  expect(exited, 'the sweep was still running when the signal was sent').toBe(false);
  return spawned;
}

/** After kill -9 the lock is left behind and the resume takes it over (one line); otherwise it says nothing. */
async function resume(out: string, killed = false) {
  const r = await runProcess([...DESIGN, '--quiet', '--out', out, '--resume'], { cwd: root });
  if (killed) expect(r.stderr).toMatch(/^partnersim: --out .*: taking over the lock left by partnersim sweep, process \d+ on host .*, which no longer runs\n$/);
  else expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(new RegExp(`^sweep: ${TOTAL}/${TOTAL} runs, 0 failed, `));
  return r;
}

function expectEqualsReference(out: string): void {
  expectSameTables(out, reference, CSV_TABLES);
  const ids = csvRecords(path.join(out, 'runs.csv')).map((r) => r.run_id);
  expect(ids).toHaveLength(TOTAL);
  expect(new Set(ids).size).toBe(TOTAL);
  expect(readManifest(out)).toMatchObject({ status: 'complete', design: { runs: TOTAL }, counts: { runs: TOTAL, completed: TOTAL, failed: 0 } });
}

describe('an interrupted sweep resumes to the uninterrupted bytes', () => {
  it('the reference sweep has the design\'s unique runs (every built-in policy x 6)', () => {
    expect(readManifest(reference)).toMatchObject({ status: 'complete', design: { runs: TOTAL } });
    const ids = csvRecords(path.join(reference, 'runs.csv')).map((r) => r.run_id);
    expect(new Set(ids).size).toBe(TOTAL);
  });

  it('kill -9 part-way, then --resume: only the missing runs are run, and the tables equal the reference', async () => {
    const out = path.join(root, 'killed');
    const { child, done } = await startAndWait(out, 5);
    child.kill('SIGKILL');
    const ended = await done;
    expect(ended.signal).toBe('SIGKILL');
    const finished = journalLines(out);
    expect(finished).toBeGreaterThanOrEqual(5);
    expect(finished).toBeLessThan(TOTAL);
    expect(readManifest(out).status).toBe('running');
    expect(existsSync(path.join(out, LOCK_FILE)), 'the killed sweep left its lock').toBe(true);

    await resume(out, true);
    expectEqualsReference(out);
    // The resume ran the runs the journal lacked, and no more.
    expect(readManifest(out).timings.runsThisInvocation).toBe(TOTAL - finished);
  });

  it('a journal whose last line is cut in half (a crash mid-write) resumes correctly', async () => {
    const out = path.join(root, 'torn');
    const { child, done } = await startAndWait(out, 6);
    child.kill('SIGKILL');
    await done;
    const file = journalFile(out);
    const finished = journalLines(out);
    expect(finished).toBeLessThan(TOTAL);
    // Cut the last complete line in half: drop any partial tail, then half of the last line.
    const data = readFileSync(file);
    const end = data.lastIndexOf(10) + 1;
    const start = data.lastIndexOf(10, end - 2) + 1;
    truncateSync(file, start + Math.floor((end - start) / 2));
    expect(statSync(file).size).toBeLessThan(end);
    expect(journalLines(out)).toBe(finished - 1);

    await resume(out, true);
    expectEqualsReference(out);
    expect(readManifest(out).timings.runsThisInvocation).toBe(TOTAL - (finished - 1));
  });

  it('a journal truncated by a few bytes (its newline lost) resumes correctly', async () => {
    const out = path.join(root, 'nibbled');
    const { child, done } = await startAndWait(out, 4);
    child.kill('SIGKILL');
    await done;
    const file = journalFile(out);
    const data = readFileSync(file);
    const end = data.lastIndexOf(10) + 1;
    truncateSync(file, end - 3);
    const finished = journalLines(out);

    await resume(out, true);
    expectEqualsReference(out);
    expect(readManifest(out).timings.runsThisInvocation).toBe(TOTAL - finished);
  });

  it('SIGINT part-way: exit 130, status interrupted, finished runs kept; --resume completes to the reference bytes', async () => {
    const out = path.join(root, 'interrupted');
    const { child, done } = await startAndWait(out, 5);
    child.kill('SIGINT');
    const ended = await done;
    expect(ended.code).toBe(130);
    expect(ended.stderr).toMatch(/interrupted/);
    expect(ended.stderr).toMatch(/--resume/);
    expect(ended.stderr).not.toMatch(/\n\s+at /);
    const manifest = readManifest(out);
    expect(manifest.status).toBe('interrupted');
    const kept = journalLines(out);
    expect(kept).toBeGreaterThanOrEqual(5);
    expect(kept).toBeLessThan(TOTAL);
    expect(manifest.counts.completed).toBe(kept);
    expect(existsSync(path.join(out, LOCK_FILE)), 'an interrupted sweep releases its lock').toBe(false);
    // The summary line says how far it got.
    expect(ended.stderr).toMatch(new RegExp(`sweep: ${kept}/${TOTAL} runs, 0 failed, .* -> interrupted`));

    await resume(out);
    expectEqualsReference(out);
    expect(readManifest(out).timings.runsThisInvocation).toBe(TOTAL - kept);
  });

  it('SIGTERM behaves as SIGINT; a second signal ends the process at once, and --resume still completes', async () => {
    const out = path.join(root, 'terminated');
    const first = await startAndWait(out, 3);
    first.child.kill('SIGTERM');
    const ended = await first.done;
    expect(ended.code).toBe(130);
    expect(readManifest(out).status).toBe('interrupted');

    // Resume, and interrupt the resumed sweep twice in a row.
    const before = journalLines(out);
    const second = spawnCli([...DESIGN, '--out', out, '--resume'], { cwd: root });
    let exited = false;
    void second.done.then(() => (exited = true));
    await waitFor(() => exited || journalLines(out) >= before + 3, 'more runs after resuming');
    expect(exited).toBe(false);
    second.child.kill('SIGINT');
    second.child.kill('SIGINT');
    const twice = await second.done;
    expect(twice.code).toBe(130);
    expect(existsSync(path.join(out, LOCK_FILE)), 'a second Ctrl-C releases the lock on exit').toBe(false);

    await resume(out);
    expectEqualsReference(out);
  });
});
