/**
 * One end-to-end run of the BUILT command line as a process (`node bin/partnersim.mjs`).
 * The test setup builds dist/ first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_COLUMNS, TIMESERIES_COLUMNS } from '../../src/indicators/columns.js';
import { DEFAULT_SCENARIO, PACKAGE_ROOT } from '../../src/scenario/loader.js';

const BIN = path.join(PACKAGE_ROOT, 'bin', 'partnersim.mjs');
let dir: string;

function partnersim(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, PARTNERSIM_DEBUG: '' }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'partnersim-process-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the partnersim executable', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    const { code, stdout } = partnersim('--version');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('runs a bundled scenario and writes the three files with the contract headers, byte-identical across runs', () => {
    const outputs = ['a', 'b'].map((name) => {
      const out = path.join(dir, name);
      const { code, stdout, stderr } = partnersim('run', DEFAULT_SCENARIO, '--steps', '4', '--migrants', '2000', '--out', out);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^wrote .*: 4 steps, 2000 migrants in /);
      return out;
    });
    const [a, b] = outputs;
    expect(readdirSync(a).sort()).toEqual(['manifest.json', 'states.csv', 'timeseries.csv']);
    const timeseries = readFileSync(path.join(a, 'timeseries.csv'), 'utf8');
    expect(timeseries.split('\n')[0]).toBe(Object.keys(TIMESERIES_COLUMNS).join(','));
    expect(timeseries.trimEnd().split('\n')).toHaveLength(5);
    expect(readFileSync(path.join(a, 'states.csv'), 'utf8').split('\n')[0]).toBe(Object.keys(STATE_COLUMNS).join(','));
    const manifest = JSON.parse(readFileSync(path.join(a, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ runId: `${DEFAULT_SCENARIO}-partnership-1`, seed: 1, steps: 4, migrants: 2000 });
    for (const name of ['timeseries.csv', 'states.csv']) {
      expect(readFileSync(path.join(b, name)).equals(readFileSync(path.join(a, name)))).toBe(true);
    }
  });

  it('bad input: exit 2, one stderr line, no stack trace, no output folder', () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 'bad', states: [{ id: 'A', name: 'A', roles: ['destination'], source: 'x', capacity: 1.7, destination: {} }] }));
    for (const args of [
      ['validate', file],
      ['run', file, '--out', path.join(dir, 'never')],
      ['run', DEFAULT_SCENARIO, '--steps', '0', '--out', path.join(dir, 'never')],
      ['run', '--policy', 'nope', '--out', path.join(dir, 'never')],
    ]) {
      const { code, stdout, stderr } = partnersim(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^partnersim: /);
      expect(stderr).not.toContain('    at ');
    }
    expect(readdirSync(dir)).not.toContain('never');
  });

  it('prints help with examples for every command', () => {
    for (const command of ['run', 'validate', 'list']) {
      const { code, stdout } = partnersim(command, '--help');
      expect(code).toBe(0);
      expect(stdout).toContain('Examples:');
    }
  });

  it('sweep workers start without the module loaders and per-process options of the process that launched them', () => {
    // A loader that leaves a mark when a worker thread loads it: workers that inherited the
    // parent's options (tsx from a script or notebook) ran at half speed.
    const hook = path.join(dir, 'mark-workers.mjs');
    const mark = path.join(dir, 'worker-loaded-the-hook');
    writeFileSync(hook, `import { isMainThread } from 'node:worker_threads';\nimport { writeFileSync } from 'node:fs';\nif (!isMainThread) writeFileSync(${JSON.stringify(mark)}, 'x');\n`);
    const out = path.join(dir, 'loaded');
    const args = ['sweep', DEFAULT_SCENARIO, '--policies', 'partnership,withdrawal', '--replicates', '2', '--steps', '3', '--migrants', '500', '--workers', '2', '--quiet'];
    const result = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, '--expose-gc', BIN, ...args, '--out', out], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(mark)).toBe(false);
    const plain = path.join(dir, 'plain');
    expect(partnersim(...args, '--out', plain).code).toBe(0);
    expect(readFileSync(path.join(out, 'runs.csv')).equals(readFileSync(path.join(plain, 'runs.csv')))).toBe(true);
  });
});
