/**
 * Helpers for the tests of `partnersim sweep` and `partnersim merge`: temporary folders,
 * the CLI in process (`cli`) and as a spawned process of the BUILT command line
 * (`spawnCli`), the tables of a sweep folder, and the journal of a sweep in progress.
 *
 * A sweep folder's tables are compared as bytes (`expectSameTables`): the contract is
 * that they do not depend on workers, shards, interruptions or resumes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { toSweepOptions, type SweepArguments } from '../../src/cli/shared/sweepOptions.js';
import { PACKAGE_ROOT } from '../../src/scenario/loader.js';
import { prepareSweep, type PreparedSweep } from '../../src/experiments/sweep.js';

export const BIN = path.join(PACKAGE_ROOT, 'bin', 'partnersim.mjs');

/** Small runs of the default scenario: a run takes a few tens of milliseconds. */
export const SMALL = ['--migrants', '2000', '--steps', '12'] as const;

/** The CSV tables of a sweep folder, in the order they are compared. */
export const CSV_TABLES = ['runs.csv', 'timeseries.csv', 'states.csv', 'design.csv'] as const;

/** A fresh temporary folder; remove it with `removeTemp`. */
export function makeTemp(prefix = 'partnersim-sweep-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function removeTemp(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliCall {
  cwd: string;
  /** the injected environment (default: none at all, so the host's SLURM_* etc. never leak in) */
  env?: Record<string, string | undefined>;
}

/** `partnersim ...args` in process, with injected io. */
export async function cli(args: readonly string[], call: CliCall): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: call.cwd,
    env: call.env ?? {},
  });
  return { code, stdout, stderr };
}

export interface Spawned {
  child: ChildProcess;
  /** resolves when the process has exited (never rejects) */
  done: Promise<CliResult & { signal: NodeJS.Signals | null }>;
}

/** `node bin/partnersim.mjs ...args` as a process (stdout and stderr are pipes, not TTYs). */
export function spawnCli(args: readonly string[], call: CliCall): Spawned {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, PARTNERSIM_DEBUG: '', PARTNERSIM_FAULTS: '', ...(call.env ?? {}) })) {
    if (v !== undefined) env[k] = v;
  }
  const child = spawn(process.execPath, [BIN, ...args], { cwd: call.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr!.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs the built CLI to its end. */
export async function runProcess(args: readonly string[], call: CliCall): Promise<CliResult & { signal: NodeJS.Signals | null }> {
  return spawnCli(args, call).done;
}

export function journalFile(dir: string): string {
  return path.join(dir, '.work', 'journal.ndjson');
}

/** Complete lines (newline included) in a sweep's journal; 0 when there is none. */
export function journalLines(dir: string): number {
  const file = journalFile(dir);
  if (!existsSync(file)) return 0;
  const data = readFileSync(file);
  let n = 0;
  for (let k = data.indexOf(10); k >= 0; k = data.indexOf(10, k + 1)) n++;
  return n;
}

/** Polls until `predicate()` holds; throws after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 60_000, intervalMs = 10): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export function readManifest(dir: string): Record<string, any> {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, any>;
}

/** The rows of a CSV file as objects keyed by the header. */
export function csvRecords(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
}

/** Asserts that the named files of two folders are present in both and hold the same bytes. */
export function expectSameTables(actual: string, expected: string, names: readonly string[] = CSV_TABLES): void {
  for (const name of names) {
    const a = path.join(actual, name);
    const e = path.join(expected, name);
    expect(existsSync(e), `${e} exists`).toBe(true);
    expect(existsSync(a), `${a} exists`).toBe(true);
    const same = readFileSync(a).equals(readFileSync(e));
    expect(same, `${name} of ${actual} equals ${name} of ${expected} byte for byte`).toBe(true);
  }
}

/**
 * The prepared design of a sweep given as CLI-style arguments (no side effect): its
 * experiments (ids, seeds, policies, replicates, points) in design order.
 */
export async function designOf(args: SweepArguments, cwd: string): Promise<PreparedSweep> {
  const options = toSweepOptions({ workers: 0, out: 'unused', ...args }, { stdout: () => {}, stderr: () => {}, cwd, env: {} });
  return prepareSweep(options);
}

/** Every file of a folder (recursively, hidden ones included) with the SHA-256 of its bytes. */
export function folderSnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
    }
  }
  return out;
}
