import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { shellQuote, slurmScripts, sweepArguments } from '../../src/cluster/slurm.js';
import type { SweepOptions } from '../../src/experiments/sweep.js';

const sweep: SweepOptions = {
  scenario: '/data/my scenario.ts',
  policies: ['partnership', 'withdrawal'],
  replicates: 20,
  design: 'lhs',
  ranges: [{ path: 'params.benchmarking.pressureGain', min: 0, max: 0.5 }],
  samples: 40,
  workers: 4,
  seed: 7,
  out: '/scratch/out',
  resume: false,
  format: 'parquet',
  states: true,
  quiet: false,
};

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd, env: {} }, out, err };
}

describe('slurm scripts', () => {
  it('quote words for bash only when needed', () => {
    expect(shellQuote('results/a-b_1.csv')).toBe('results/a-b_1.csv');
    expect(shellQuote('my scenario.ts')).toBe("'my scenario.ts'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });

  it('reproduce the sweep design in every task, and let each task choose its shard', () => {
    const args = sweepArguments(sweep);
    expect(args).toEqual([
      '/data/my scenario.ts', '--policies', 'partnership,withdrawal', '--replicates', '20', '--design', 'lhs',
      '--param', 'params.benchmarking.pressureGain=0:0.5', '--samples', '40', '--seed', '7', '--format', 'parquet', '--states',
    ]);
    const scripts = slurmScripts(sweep, { arraySize: 8, cpusPerTask: 4, time: '02:00:00', partition: 'short', mem: '8G', command: 'npx partnersim', cwd: '/home/me' }, '/scratch/out');
    expect(scripts.sweep).toContain('#SBATCH --array=0-7');
    expect(scripts.sweep).toContain('#SBATCH --cpus-per-task=4');
    expect(scripts.sweep).toContain('#SBATCH --partition=short');
    expect(scripts.sweep).toContain('#SBATCH --time=02:00:00');
    expect(scripts.sweep).toContain('#SBATCH --mem=8G');
    expect(scripts.sweep).toContain('export PARTNERSIM_SHARD_COUNT=8');
    expect(scripts.sweep).toContain("npx partnersim sweep '/data/my scenario.ts' --policies partnership,withdrawal");
    expect(scripts.sweep).toContain('--shard auto --out "$out"');
    expect(scripts.sweep).toContain('if [ -f "$out/manifest.json" ]; then resume=(--resume); fi');
    expect(scripts.merge).toContain('npx partnersim merge /scratch/out/shards/* --out /scratch/out');
    expect(scripts.submit).toContain('--dependency=afterok:');
  });

  it('the command writes the three scripts and says how to submit them', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'partnersim-slurm-cli-'));
    try {
      const { io, out } = capture(cwd);
      const code = await runCli(['slurm', '--policies', 'partnership,withdrawal', '-r', '3', '--array-size', '3', '--out', 'big'], io);
      expect(code).toBe(0);
      for (const name of ['sweep.sbatch', 'merge.sbatch', 'submit.sh']) expect(existsSync(path.join(cwd, 'big', 'slurm', name))).toBe(true);
      expect(out.join('')).toContain('submit with: bash big/slurm/submit.sh');
      expect(readFileSync(path.join(cwd, 'big', 'slurm', 'sweep.sbatch'), 'utf8')).toContain('#SBATCH --array=0-2');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('bad options get one line and exit 2, and write nothing', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'partnersim-slurm-cli-'));
    try {
      for (const [args, message] of [
        [['--array-size', '0'], '--array-size'],
        [['--array-size', '2', '--time', '2h'], '--time'],
        [['--array-size', '2', '--shard', '0/2'], '--shard'],
        [['--array-size', '50'], '--array-size: 50 tasks for 2 runs'],
        [['--array-size', '2', '--policies', 'nope'], '--policies'],
      ] as const) {
        const { io, err } = capture(cwd);
        const code = await runCli(['slurm', '-r', '2', '--out', 'x', ...args], io);
        expect(code, args.join(' ')).toBe(2);
        expect(err.join('')).toContain(message);
        expect(err.join('').trim().split('\n')).toHaveLength(1);
        expect(existsSync(path.join(cwd, 'x'))).toBe(false);
      }
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
