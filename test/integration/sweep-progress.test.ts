/**
 * What the built CLI prints on streams that are not terminals (pipes, CI logs): with
 * --quiet nothing but the summary line; without it, the summary line names the runs,
 * the failures, the wall time and the folder (a short sweep prints no progress lines).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTemp, removeTemp, runProcess } from '../helpers/sweep.js';

const DESIGN = ['sweep', '--migrants', '1000', '--steps', '6', '--policies', 'partnership,withdrawal', '--replicates', '2', '--workers', '2'];
const SUMMARY = /^sweep: 4\/4 runs, 0 failed, \d+(?:s|m\d\ds) -> (\S+)\n$/;

let root: string;
beforeAll(() => {
  root = makeTemp('partnersim-sweep-progress-');
});
afterAll(() => removeTemp(root));

describe('sweep output on a non-TTY stream', () => {
  it('--quiet: only the summary line, on stdout', async () => {
    const r = await runProcess([...DESIGN, '--quiet', '--out', path.join('out', 'quiet')], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(SUMMARY);
    expect(SUMMARY.exec(r.stdout)![1]).toBe(path.join('out', 'quiet'));
  });

  it('without --quiet: the summary line names runs, failures, wall time and folder; stderr holds only progress lines', async () => {
    const r = await runProcess([...DESIGN, '--out', 'loud'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(SUMMARY);
    expect(SUMMARY.exec(r.stdout)![1]).toBe('loud');
    for (const line of r.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^sweep: \d+\/4 runs \(\d+%\)/);
    // No terminal control sequences on a pipe.
    expect(r.stdout + r.stderr).not.toMatch(/\x1b\[/);
  });

  it('an absolute --out is named relative to the working folder', async () => {
    const out = path.join(root, 'elsewhere', 'abs');
    const r = await runProcess([...DESIGN, '--quiet', '--out', out], { cwd: root });
    expect(r.code).toBe(0);
    expect(SUMMARY.exec(r.stdout)![1]).toBe(path.join('elsewhere', 'abs'));
  });
});
