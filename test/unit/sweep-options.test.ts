/**
 * Bad options of `partnersim sweep` (and `merge`): each exits 2 with one line
 * `partnersim: ...` naming the option, no stack trace, nothing on stdout, and creates
 * no folder; a folder that held a sweep is left as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, makeTemp, removeTemp } from '../helpers/sweep.js';

const SMALL = ['--migrants', '500', '--steps', '4', '--workers', '0', '--quiet'];
/** SMALL, without --workers when the case sets it (an option given twice is another error). */
const base = (args: string[]) => (args.some((a) => a.startsWith('--workers')) ? SMALL.filter((a, k) => a !== '--workers' && SMALL[k - 1] !== '--workers') : SMALL);
const PG = 'params.benchmarking.pressureGain';

let root: string;
beforeAll(() => {
  root = makeTemp('partnersim-sweep-options-');
});
afterAll(() => removeTemp(root));

/** A fresh working folder for one case, so that "no folder created" is checked exactly. */
function workdir(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir);
  return dir;
}

async function expectUsageError(args: string[], option: RegExp, options: { env?: Record<string, string>; name: string }) {
  const cwd = workdir(options.name);
  const r = await cli(args, { cwd, env: options.env ?? {} });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n');
  expect(lines, r.stderr).toHaveLength(2); // one line and its newline
  expect(lines[1]).toBe('');
  expect(lines[0]).toMatch(/^partnersim: /);
  expect(lines[0]).toMatch(option);
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  // Neither --out nor the default results/ folder was created.
  expect(readdirSync(cwd)).toEqual([]);
  return lines[0];
}

const CASES: { name: string; args: string[]; option: RegExp; env?: Record<string, string> }[] = [
  { name: 'unknown-policy', args: ['--policies', 'partnership,nope'], option: /--policies: .*"nope"/ },
  { name: 'policy-twice', args: ['--policies', 'partnership,partnership'], option: /--policies/ },
  { name: 'replicates-0', args: ['--replicates', '0'], option: /--replicates/ },
  { name: 'replicates-text', args: ['--replicates', 'many'], option: /--replicates/ },
  { name: 'design-foo', args: ['--design', 'foo'], option: /--design: .*foo/ },
  { name: 'param-bad-path', args: ['--param', 'params.nope.gain=0:1'], option: /--param params\.nope\.gain=0:1: .*not a field/ },
  { name: 'param-not-numeric', args: ['--param', 'name=0:1'], option: /--param name=0:1/ },
  { name: 'param-out-of-range', args: ['--param', `${PG}=0:2`], option: new RegExp(`--param ${PG}=0:2: .*range`) },
  { name: 'param-min-above-max', args: ['--param', `${PG}=0.5:0.1`], option: /--param .*greater than max/ },
  { name: 'param-bad-syntax', args: ['--param', `${PG}=0..1`], option: /--param .*expected path=min:max/ },
  { name: 'param-bad-levels', args: ['--param', `${PG}=0:1:0`], option: /--param .*levels/ },
  { name: 'param-not-a-number', args: ['--param', `${PG}=a:b`], option: /--param .*numbers/ },
  { name: 'shard-3-of-3', args: ['--shard', '3/3'], option: /--shard: .*3\/3/ },
  { name: 'shard-syntax', args: ['--shard', 'half'], option: /--shard: expected i\/N/ },
  { name: 'shard-auto-no-env', args: ['--shard', 'auto'], option: /--shard auto: expected SLURM_ARRAY_TASK_ID/ },
  { name: 'shard-auto-out-of-range', args: ['--shard', 'auto'], option: /--shard/, env: { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_COUNT: '4' } },
  { name: 'format', args: ['--format', 'xlsx'], option: /--format: .*xlsx/ },
  { name: 'workers-negative', args: ['--workers=-1'], option: /--workers: expected a non-negative integer, got -1/ },
  { name: 'workers-twice', args: ['--workers', '1', '--workers', '2'], option: /--workers: given more than once/ },
  { name: 'samples-0', args: ['--design', 'lhs', '--samples', '0', '--param', `${PG}=0:1`], option: /--samples/ },
  { name: 'lhs-without-parameters', args: ['--design', 'lhs'], option: /--design lhs: .*swept parameters/ },
  { name: 'morris-odd-levels', args: ['--design', 'morris', '--levels', '3', '--param', `${PG}=0:1`], option: /--design morris: .*levels/ },
  { name: 'unknown-option', args: ['--replicate', '2'], option: /replicate/ },
];

describe('sweep: bad options exit 2 with one line naming the option and create nothing', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.args.join(' ')}`, async () => {
      // Once with --out, once with the default output folder.
      await expectUsageError(['sweep', ...base(c.args), ...c.args, '--out', 'never'], c.option, { env: c.env, name: c.name });
      await expectUsageError(['sweep', ...base(c.args), ...c.args], c.option, { env: c.env, name: `${c.name}-default-out` });
    });
  }

  it('an existing sweep folder without --resume: exit 2 naming --out, the folder left as it was', async () => {
    const cwd = workdir('existing');
    const done = await cli(['sweep', ...SMALL, '--out', 'sweep'], { cwd });
    expect(done.code).toBe(0);
    const dir = path.join(cwd, 'sweep');
    const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f))]));
    const r = await cli(['sweep', ...SMALL, '--out', 'sweep'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^partnersim: --out .*holds a sweep already.*--resume.*\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    const after = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f))]));
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const f of Object.keys(before)) expect(after[f].equals(before[f]), f).toBe(true);
  });

  it('--resume on a folder holding a different sweep: exit 2 naming --resume, the folder left as it was', async () => {
    const cwd = workdir('different');
    expect((await cli(['sweep', ...SMALL, '--out', 'sweep'], { cwd })).code).toBe(0);
    const dir = path.join(cwd, 'sweep');
    const manifest = readFileSync(path.join(dir, 'manifest.json'));
    const runs = readFileSync(path.join(dir, 'runs.csv'));
    for (const change of [['--replicates', '2'], ['--seed', '2'], ['--policies', 'withdrawal'], ['--param', `${PG}=0:0.5:2`], ['--format', 'parquet'], ['--states'], ['--shard', '0/2']]) {
      const args = ['sweep', ...SMALL, ...change, '--out', 'sweep', '--resume'];
      const r = await cli(args, { cwd });
      expect(r.code, `${change.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/^partnersim: --resume: .*different sweep/);
      expect(r.stderr.split('\n')).toHaveLength(2);
    }
    expect(readFileSync(path.join(dir, 'manifest.json')).equals(manifest)).toBe(true);
    expect(readFileSync(path.join(dir, 'runs.csv')).equals(runs)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['design.csv', 'manifest.json', 'runs.csv', 'timeseries.csv']);
  });

  it('--resume where there is no sweep: exit 2 naming --resume, no folder created', async () => {
    const cwd = workdir('nothing');
    const r = await cli(['sweep', ...SMALL, '--out', 'nowhere', '--resume'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^partnersim: --resume: .*no sweep to resume\n$/);
    expect(existsSync(path.join(cwd, 'nowhere'))).toBe(false);
  });

  it('--resume on a complete sweep does nothing and exits 0', async () => {
    const cwd = workdir('complete');
    expect((await cli(['sweep', ...SMALL, '--out', 'sweep'], { cwd })).code).toBe(0);
    const dir = path.join(cwd, 'sweep');
    const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f))]));
    const r = await cli(['sweep', ...SMALL, '--out', 'sweep', '--resume'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sweep: 1\/1 runs, 0 failed/);
    for (const f of Object.keys(before)) expect(readFileSync(path.join(dir, f)).equals(before[f]), f).toBe(true);
  });
});

describe('sweep: the default output folder', () => {
  it('without --out, a sweep goes to results/sweep-<scenario>-<seed> with the names filled in', async () => {
    const cwd = workdir('default-out');
    const one = await cli(['sweep', ...SMALL], { cwd });
    expect(one.code).toBe(0);
    const two = await cli(['sweep', ...SMALL, '--seed', '2'], { cwd });
    expect(two.code, two.stderr).toBe(0);
    expect(readdirSync(path.join(cwd, 'results')).sort()).toEqual(['sweep-eu-mobility-partnerships-1', 'sweep-eu-mobility-partnerships-2']);
    expect(one.stdout).toMatch(/-> results\/sweep-eu-mobility-partnerships-1\n$/);
  });
});

describe('merge: bad input exits 2 and creates no folder', () => {
  it('a folder that is not a sweep', async () => {
    const cwd = workdir('merge-not-sweep');
    mkdirSync(path.join(cwd, 'empty'));
    const r = await cli(['merge', 'empty', '--out', 'merged'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^partnersim: .*empty: .*not a sweep folder\)?\n$/);
    expect(existsSync(path.join(cwd, 'merged'))).toBe(false);
  });

  it('--out missing, or one of the folders merged', async () => {
    const cwd = workdir('merge-out');
    expect((await cli(['sweep', ...SMALL, '--out', 'a'], { cwd })).code).toBe(0);
    const missing = await cli(['merge', 'a'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^partnersim: .*out/);
    const itself = await cli(['merge', 'a', '--out', 'a'], { cwd });
    expect(itself.code).toBe(2);
    expect(itself.stderr).toMatch(/^partnersim: --out: must not be one of the folders merged\n$/);
  });
});
