/**
 * A scenario file is code, loaded in a child process with a time limit: the bad inputs
 * of the code review (a scenario that throws, writes a file, never ends, leaves a timer,
 * has no default export, or does not parse) each end the BUILT command line (spawned as
 * a process, as users run it) with exit 2 and one line naming the file, or, for the
 * timer, with a finished run and a process that exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultExport, loadTimeoutMs } from '../../src/scenario/isolatedLoad.js';
import { PACKAGE_ROOT } from '../../src/scenario/loader.js';

const BIN = path.join(PACKAGE_ROOT, 'bin', 'partnersim.mjs');
const VALID = "{ name: 'tiny', generate: { states: 4, experts: 1, forums: 1 } }";
let dir: string;

function partnersim(args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PARTNERSIM_DEBUG: '', PARTNERSIM_LOAD_TIMEOUT: '2', ...env },
    timeout: 60_000,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return name;
}

/** Exit 2 and exactly one line on stderr, `partnersim: <file>: ...`, no stack. */
function expectOneLine(r: ReturnType<typeof partnersim>, file: string, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith(`partnersim: ${file}: `), lines[0]).toBe(true);
  expect(lines[0]).toMatch(pattern);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'partnersim-scenario-load-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('scenario files that are bad code', () => {
  it('1. a scenario that throws at import: exit 2, the error in one line', () => {
    const file = write('throws.ts', "throw new Error('boom from scenario');\nexport default {};\n");
    expectOneLine(partnersim(['validate', file]), file, /could not be loaded: boom from scenario$/);
  });

  it('2. a scenario that writes a file and is invalid: exit 2 naming the file and the field (a scenario file runs with the user\'s rights, as the README says)', () => {
    const file = write('sidefx.ts', `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(path.join(dir, 'written.txt'))}, 'x');\nexport default { name: 'sidefx' };\n`);
    expectOneLine(partnersim(['validate', file]), file, /states: expected at least one state/);
  });

  it('3. a scenario that never settles (while (true)): exit 2 naming the file and the limit, soon after the limit', () => {
    const file = write('loop.ts', 'while (true) {}\nexport default {};\n');
    const r = partnersim(['validate', file], { PARTNERSIM_LOAD_TIMEOUT: '1.5' });
    expectOneLine(r, file, /did not finish loading within 1\.5 s .*PARTNERSIM_LOAD_TIMEOUT/);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('3b. a scenario whose import never resolves: the same', () => {
    const file = write('pending.mjs', 'await new Promise(() => setInterval(() => {}, 1000));\nexport default {};\n');
    expectOneLine(partnersim(['validate', file], { PARTNERSIM_LOAD_TIMEOUT: '1' }), file, /did not finish loading within 1 s/);
  });

  it('4. a scenario that leaves a timer: the run finishes and the process exits 0', () => {
    const file = write('timer.ts', `setInterval(() => {}, 1000);\nexport default ${VALID};\n`);
    const r = partnersim(['run', file, '--steps', '2', '--migrants', '100', '--out', 'timer-out', '--no-states']);
    expect(r.signal, 'the process was killed by the test timeout: it did not exit').toBeNull();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^wrote timer-out.: 2 steps, 100 migrants/);
  });

  it('5. a .ts file without a default export: the error says so (CommonJS and ES-module packages alike)', () => {
    const cjs = write('noexport.ts', "export const scenario = { name: 'x' };\n");
    expectOneLine(partnersim(['validate', cjs]), cjs, /expected a default export made with defineScenario\(\.\.\.\); it exports only scenario$/);
    write('esm/package.json', '{ "type": "module" }\n');
    const esm = write('esm/noexport.ts', "export const scenario = { name: 'x' };\n");
    expectOneLine(partnersim(['validate', esm]), esm, /expected a default export made with defineScenario\(\.\.\.\); it exports only scenario$/);
  });

  it('6. a .ts syntax error: exit 2 with the line and column', () => {
    const file = write('syntax.ts', 'export default {\n');
    expectOneLine(partnersim(['validate', file]), file, /could not be loaded: line 2, column 1: /);
  });

  it('a default export that is not data (a function): exit 2', () => {
    const file = write('fn.ts', "export default { name: 'x', f: () => 1 };\n");
    expectOneLine(partnersim(['validate', file]), file, /the default export is not plain data/);
  });

  it('a scenario that ends the process while loading: exit 2', () => {
    const file = write('exits.mjs', 'process.exit(0);\nexport default {};\n');
    expectOneLine(partnersim(['validate', file]), file, /it ended the process \(exit code 0\) before exporting anything/);
  });

  it('a scenario that prints and then throws: still one line; one that prints and loads: its output on stderr, stdout clean', () => {
    const bad = write('noisy-bad.ts', "console.log('hello from the scenario');\nconsole.error('and on stderr');\nthrow new Error('boom');\nexport default {};\n");
    expectOneLine(partnersim(['validate', bad]), bad, /could not be loaded: boom$/);
    const good = write('noisy-good.ts', `console.log('hello from the scenario');\nexport default ${VALID};\n`);
    const r = partnersim(['validate', good]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^noisy-good\.ts: valid /);
    expect(r.stderr).toBe('hello from the scenario\n');
  });

  it('a scenario that disables process.exit and leaves a timer: loaded at once, not held to the limit', () => {
    const file = write('sticky.ts', `process.exit = (() => undefined) as never;\nsetInterval(() => {}, 1000);\nexport default ${VALID};\n`);
    const r = partnersim(['validate', file], { PARTNERSIM_LOAD_TIMEOUT: '20' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(15_000);
  });

  it('a bad PARTNERSIM_LOAD_TIMEOUT is an input error naming the variable', () => {
    const file = write('ok.ts', `export default ${VALID};\n`);
    const r = partnersim(['validate', file], { PARTNERSIM_LOAD_TIMEOUT: 'soon' });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd()).toBe('partnersim: PARTNERSIM_LOAD_TIMEOUT: expected a number of seconds above 0, got "soon"');
    expect(partnersim(['validate', file]).code).toBe(0);
  });
});

describe('loadDefaultExport', () => {
  it('returns a structured clone of the default export (typed arrays, maps and dates survive; JSON would lose them)', async () => {
    const file = path.join(dir, write('data.mjs', "export default { xs: new Float64Array([0.5, 2]), m: new Map([['a', 1]]), d: new Date(0), n: undefined };\n"));
    const value = (await loadDefaultExport(file, { timeoutMs: 10_000 })) as Record<string, unknown>;
    expect(value.xs).toBeInstanceOf(Float64Array);
    expect([...(value.xs as Float64Array)]).toEqual([0.5, 2]);
    expect(value.m).toEqual(new Map([['a', 1]]));
    expect(value.d).toEqual(new Date(0));
    expect('n' in value).toBe(true);
  });

  it('reads the limit from PARTNERSIM_LOAD_TIMEOUT in seconds, 10 s by default', () => {
    expect(loadTimeoutMs({})).toBe(10_000);
    expect(loadTimeoutMs({ PARTNERSIM_LOAD_TIMEOUT: '0.25' })).toBe(250);
    expect(() => loadTimeoutMs({ PARTNERSIM_LOAD_TIMEOUT: '0' })).toThrow(/above 0/);
  });
});
