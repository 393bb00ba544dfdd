import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli as cliIn } from '../helpers/sweep.js';
import { STATE_COLUMNS, TIMESERIES_COLUMNS } from '../../src/indicators/columns.js';
import { POLICY_NAMES } from '../../src/scenario/policies.js';
import { COMPONENT_NAMES } from '../../src/scenario/resolvePolicy.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'partnersim-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in the temp folder with captured output. */
/** The CLI in process, in the test's folder, with no environment (test/helpers/sweep.ts). */
const cli = (...argv: string[]) => cliIn(argv, { cwd: dir });

const tiny = {
  name: 'tiny',
  description: 'two states',
  steps: 4,
  migrants: 200,
  states: [
    { id: 'ORI', name: 'Origin', roles: ['origin'], source: 'assumption', capacity: 0.5 },
    { id: 'DST', name: 'Destination', roles: ['destination'], source: 'assumption', destination: {} },
  ],
  routes: [{ origin: 'ORI', destination: 'DST' }],
};

function scenarioFile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/** One line on stderr, prefixed, without a stack trace. */
function expectOneLine(stderr: string): string {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^partnersim: /);
  expect(stderr).not.toContain('    at ');
  return stderr.trimEnd();
}

describe('partnersim list', () => {
  it('prints the built-in policies, then the built-in components, then the shipped policy files, one per line with a description', async () => {
    const { code, stdout, stderr } = await cli('list', 'policies');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    const names = lines.map((l) => l.trim().split(/\s+/)[0]);
    const n = POLICY_NAMES.length;
    expect(names.slice(0, n)).toEqual(POLICY_NAMES);
    for (const line of lines.slice(0, n)) expect(line).toMatch(/\(built-in\)$/);
    const c = COMPONENT_NAMES.length;
    expect(names.slice(n, n + c)).toEqual([...COMPONENT_NAMES]);
    for (const line of lines.slice(n, n + c)) expect(line).toMatch(/\(built-in component\)$/);
    const files = names.slice(n + c);
    expect(files.some((f) => f.endsWith(path.join('scenarios', 'policies', 'visa-moldova-2014.ts')))).toBe(true);
    expect(files.some((f) => f.endsWith(path.join('scenarios', 'policies', 'withdrawal-2013.json')))).toBe(true);
    for (const line of lines.slice(n + c)) expect(line).toMatch(/\(file; policy [a-z0-9-]+\)$/);
    for (const line of lines) expect(line.trim().split(/\s{2,}/)[1]?.length).toBeGreaterThan(0);
  });

  it('prints all three topics by default, with indicators from the timeseries columns', async () => {
    const { code, stdout } = await cli('list');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^scenarios:$/m);
    expect(stdout).toMatch(/^policies:$/m);
    expect(stdout).toMatch(/^indicators:$/m);
    expect(stdout).toMatch(new RegExp(`^  mean_responsibilisation +${TIMESERIES_COLUMNS.mean_responsibilisation}$`, 'm'));
  });

  it('refuses an unknown topic with exit 2', async () => {
    const { code, stderr } = await cli('list', 'widgets');
    expect(code).toBe(2);
    expect(expectOneLine(stderr)).toContain('widgets');
  });
});

describe('partnersim validate', () => {
  it('describes a valid scenario', async () => {
    const file = scenarioFile('tiny.json', tiny);
    const { code, stdout } = await cli('validate', file);
    expect(code).toBe(0);
    expect(stdout).toBe(`${file}: valid (2 states, 0 experts, 0 forums, 4 steps, 200 migrants)\n`);
  });

  it('names the file and the field of an invalid value, on one line, exit 2', async () => {
    const bad = structuredClone(tiny);
    bad.states[0].capacity = 1.7;
    const file = scenarioFile('bad.json', bad);
    const { code, stdout, stderr } = await cli('validate', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const line = expectOneLine(stderr);
    expect(line).toContain(file);
    expect(line).toContain('states[0].capacity');
    expect(line).toContain('1.7');
  });

  it('reports a JSON syntax error on one line naming the file', async () => {
    const file = scenarioFile('syntax.json', '{ "name": "x", }');
    const { code, stderr } = await cli('validate', file);
    expect(code).toBe(2);
    expect(expectOneLine(stderr)).toContain(file);
  });

  it('reports a TypeScript syntax error on one line naming the file', async () => {
    const file = scenarioFile('syntax.ts', 'export default { name: "x", states: [ ;\n');
    const { code, stderr } = await cli('validate', file);
    expect(code).toBe(2);
    expect(expectOneLine(stderr)).toContain(file);
  });

  it('reports a missing scenario and an unknown policy', async () => {
    const missing = await cli('validate', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expectOneLine(missing.stderr);
    const file = scenarioFile('tiny.json', tiny);
    const policy = await cli('validate', file, '--policy', 'x');
    expect(policy.code).toBe(2);
    expect(expectOneLine(policy.stderr)).toContain('--policy: unknown policy "x" (known: partnership,');
  });
});

describe('partnersim run: bad input', () => {
  const cases: [string, string[], string][] = [
    ['an unknown policy', ['--policy', 'x'], '--policy: unknown policy "x"'],
    ['--steps 0', ['--steps', '0'], '--steps: expected a positive integer, got 0'],
    ['--steps 2.5', ['--steps', '2.5'], '--steps: expected a positive integer, got 2.5'],
    ['--steps abc', ['--steps', 'abc'], '--steps: expected a positive integer, got "abc"'],
    ['--seed -1', ['--seed=-1'], '--seed: expected a non-negative integer, got -1'],
    ['--migrants -5', ['--migrants', '-5'], '--migrants: expected a non-negative integer'],
    ['an unknown option', ['--bogus'], 'Unknown argument: bogus'],
    ['a missing option value', ['--steps'], 'steps'],
  ];
  for (const [what, args, message] of cases) {
    it(`${what}: exit 2, one line, no output folder`, async () => {
      const file = scenarioFile('tiny.json', tiny);
      const out = path.join(dir, 'out');
      const { code, stdout, stderr } = await cli('run', file, '--out', out, ...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(expectOneLine(stderr)).toContain(message);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('an invalid scenario creates no default results folder', async () => {
    const bad = { ...tiny, steps: 0 };
    const file = scenarioFile('bad.json', bad);
    const { code, stderr } = await cli('run', file);
    expect(code).toBe(2);
    expect(expectOneLine(stderr)).toContain('steps');
    expect(existsSync(path.join(dir, 'results'))).toBe(false);
  });

  it('an output path that is an existing file: exit 2', async () => {
    const file = scenarioFile('tiny.json', tiny);
    const { code, stderr } = await cli('run', file, '--out', file);
    expect(code).toBe(2);
    expect(expectOneLine(stderr)).toContain('--out');
  });

  it('accepts a seed with leading zeros as the integer', async () => {
    const file = scenarioFile('tiny.json', tiny);
    const { code } = await cli('run', file, '--seed', '007', '--out', path.join(dir, 'out'));
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'manifest.json'), 'utf8')).runId).toBe('tiny-partnership-7');
  });

  it('no command: exit 2 with one line', async () => {
    const { code, stderr } = await cli();
    expect(code).toBe(2);
    expectOneLine(stderr);
  });
});

describe('partnersim run', () => {
  it('writes the three files, atomically, and prints one summary line', async () => {
    const file = scenarioFile('tiny.json', tiny);
    const { code, stdout, stderr } = await cli('run', file, '--seed', '5', '--steps', '3');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const folder = path.join(dir, 'results', 'tiny-partnership-5');
    expect(readdirSync(folder).sort()).toEqual(['manifest.json', 'states.csv', 'timeseries.csv']);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/^wrote results[/\\]tiny-partnership-5[/\\]: 3 steps, 200 migrants in [\d.]+ s; final: \d+ partners, mean responsibilisation [\d.]+\n$/);
    const timeseries = readFileSync(path.join(folder, 'timeseries.csv'), 'utf8').split('\n');
    expect(timeseries[0]).toBe(Object.keys(TIMESERIES_COLUMNS).join(','));
    expect(timeseries).toHaveLength(3 + 2); // header, 3 steps, final empty string
    expect(timeseries[1].startsWith('tiny-partnership-5,tiny,partnership,5,0,')).toBe(true);
    const states = readFileSync(path.join(folder, 'states.csv'), 'utf8');
    expect(states.split('\n')[0]).toBe(Object.keys(STATE_COLUMNS).join(','));
    const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ runId: 'tiny-partnership-5', seed: 5, steps: 3, migrants: 200, policy: { name: 'partnership' } });
    expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(['timeseries.csv', 'states.csv']);
  });

  it('--no-states skips states.csv and removes a stale one', async () => {
    const file = scenarioFile('tiny.json', tiny);
    const out = path.join(dir, 'out');
    expect((await cli('run', file, '--out', out)).code).toBe(0);
    expect(existsSync(path.join(out, 'states.csv'))).toBe(true);
    const { code } = await cli('run', file, '--out', out, '--no-states', '--policy', 'no-experts');
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'timeseries.csv']);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(['timeseries.csv']);
  });

  it('gives the same bytes for the same seed', async () => {
    const file = scenarioFile('tiny.json', tiny);
    await cli('run', file, '--out', path.join(dir, 'a'), '--seed', '9');
    await cli('run', file, '--out', path.join(dir, 'b'), '--seed', '9');
    for (const name of ['timeseries.csv', 'states.csv']) {
      expect(readFileSync(path.join(dir, 'b', name))).toEqual(readFileSync(path.join(dir, 'a', name)));
    }
  });
});
