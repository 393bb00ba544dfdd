/**
 * Sweeps and merges that cannot record what did not run, mix model versions or lose
 * data (in process; the two-process cases are in sweep-lock.test.ts):
 *
 * - a swept path that a policy also sets is an input error unless --precedence says
 *   which wins, and runs.csv then records the value that ran;
 * - an invalid interior design point is exit 2 before any run;
 * - --resume and merge refuse another model version;
 * - --resume trusts the tables, not the manifest's status;
 * - merge checks every record and never overwrites what it did not write.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experimentScenario } from '../../src/experiments/runExperiment.js';
import { cli, CSV_TABLES, csvRecords, designOf, expectSameTables, folderSnapshot, makeTemp, readManifest, removeTemp } from '../helpers/sweep.js';

const SMALL = ['--migrants', '800', '--steps', '6', '--workers', '0', '--quiet'];
const SANCTIONS = 'params.partnership.sanctions';
const SWEPT = ['--param', `${SANCTIONS}=0.1:0.9:2`, '--policies', 'partnership,conditionality'];

let root: string;
const at = (name: string) => path.join(root, name);

async function ok(args: string[]) {
  const r = await cli(args, { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

async function inputError(args: string[]) {
  const r = await cli(args, { cwd: root });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')).toHaveLength(2);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.stderr;
}

beforeAll(() => {
  root = makeTemp('partnersim-sweep-safety-');
});
afterAll(() => removeTemp(root));

describe('a policy never silently overrides a swept parameter', () => {
  it('by default a swept path that a policy sets is exit 2, naming the path and the policy, before any run', async () => {
    const message = await inputError(['sweep', ...SMALL, ...SWEPT, '--out', at('clash')]);
    expect(message).toMatch(/^partnersim: --param params\.partnership\.sanctions: policy conditionality also sets it \(to 0\.5\).*--precedence policy.*--precedence sweep/);
    expect(existsSync(at('clash'))).toBe(false);
  });

  it("--precedence policy: conditionality runs with its own sanctions, and runs.csv records 0.5, not the swept value", async () => {
    await ok(['sweep', ...SMALL, ...SWEPT, '--precedence', 'policy', '--out', at('policy-wins')]);
    const rows = csvRecords(path.join(at('policy-wins'), 'runs.csv'));
    expect(rows.filter((r) => r.policy === 'conditionality').map((r) => r[SANCTIONS])).toEqual(['0.5', '0.5']);
    expect(rows.filter((r) => r.policy === 'partnership').map((r) => r[SANCTIONS]).sort()).toEqual(['0.1', '0.9']);
    // design.csv keeps the design's values; the manifest says which precedence ran.
    expect(csvRecords(path.join(at('policy-wins'), 'design.csv')).map((r) => r[SANCTIONS])).toEqual(['0.1', '0.9']);
    expect(readManifest(at('policy-wins'))).toMatchObject({ precedence: 'policy', key: { precedence: 'policy' } });
    // What ran is what was recorded.
    const prepared = await designOf({ scenario: 'eu-mobility-partnerships', param: `${SANCTIONS}=0.1:0.9:2`, policies: 'partnership,conditionality', precedence: 'policy', migrants: 800, steps: 6 }, root);
    for (const experiment of prepared.experiments) {
      const ran = experimentScenario({ ...prepared.context }, experiment).params.partnership.sanctions;
      expect(ran).toBe(experiment.policy === 'conditionality' ? 0.5 : experiment.values[SANCTIONS]);
    }
  });

  it('--precedence sweep: the swept value runs under conditionality too, and is recorded', async () => {
    await ok(['sweep', ...SMALL, ...SWEPT, '--precedence', 'sweep', '--out', at('sweep-wins')]);
    const rows = csvRecords(path.join(at('sweep-wins'), 'runs.csv'));
    expect(rows.filter((r) => r.policy === 'conditionality').map((r) => r[SANCTIONS]).sort()).toEqual(['0.1', '0.9']);
    const prepared = await designOf({ scenario: 'eu-mobility-partnerships', param: `${SANCTIONS}=0.1:0.9:2`, policies: 'conditionality', precedence: 'sweep', migrants: 800, steps: 6 }, root);
    for (const experiment of prepared.experiments) {
      const scenario = experimentScenario({ ...prepared.context }, experiment);
      expect(scenario.params.partnership.sanctions).toBe(experiment.values[SANCTIONS]);
      expect(scenario.params.partnership.conditional).toBe(true); // the rest of the policy applies
    }
  });

  it('--precedence takes error, policy or sweep only', async () => {
    expect(await inputError(['sweep', ...SMALL, ...SWEPT, '--precedence', 'first', '--out', at('bad-precedence')])).toMatch(/^partnersim: --precedence: expected one of error, policy, sweep, got "first"/);
  });
});

describe('every design point is validated before the first run', () => {
  it('an interior grid point whose shock falls past the last step is exit 2 naming the point and the field; nothing is written', async () => {
    // Grid 3 x 3 over (steps, shocks.withdrawal.step): the first point (4, 0) and the last
    // (40, 30) are valid; (4, 15), an interior one, puts the shock past the last step.
    const message = await inputError(['sweep', '--migrants', '500', '--workers', '0', '--quiet', '--param', 'steps=4:40:3', '--param', 'shocks.withdrawal.step=0:30:3', '--out', at('interior')]);
    expect(message).toMatch(/\(sweep point \d+: steps=4, shocks\.withdrawal\.step=15\): shocks\.withdrawal\.step: step 15 is past the last step \(3\)/);
    expect(existsSync(at('interior'))).toBe(false);
  });
});

describe('resume and merge never mix model versions', () => {
  const GRID = ['sweep', ...SMALL, '--param', 'params.benchmarking.pressureGain=0:0.4:2', '--replicates', '2'];

  it('every sweep manifest records the fingerprint; its key holds the package and the code hash', async () => {
    await ok([...GRID, '--out', at('fp')]);
    const m = readManifest(at('fp'));
    expect(m.model.code).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(m.key.model).toEqual({ package: m.model.package, code: m.model.code });
    expect(m.model).toHaveProperty('git');
  });

  it('--resume on a sweep of another code hash is exit 2 with the two versions; the folder is unchanged', async () => {
    await ok([...GRID, '--out', at('old-model')]);
    const file = path.join(at('old-model'), 'manifest.json');
    const m = readManifest(at('old-model'));
    m.key.model.code = 'sha256:' + '1'.repeat(64);
    writeFileSync(file, JSON.stringify(m, null, 2) + '\n');
    const before = folderSnapshot(at('old-model'));
    const message = await inputError([...GRID, '--out', at('old-model'), '--resume']);
    expect(message).toMatch(/--resume: .* holds a sweep of another version of the model \(it was written by partnersim@[\d.]+ \(code 111111111111\), this is partnersim@/);
    expect(folderSnapshot(at('old-model'))).toEqual(before);
  });

  it('a different git commit with the same code does not block a resume', async () => {
    await ok([...GRID, '--out', at('other-commit')]);
    const m = readManifest(at('other-commit'));
    m.model.git = { commit: 'f'.repeat(40), dirty: true };
    m.environment.git = m.model.git;
    writeFileSync(path.join(at('other-commit'), 'manifest.json'), JSON.stringify(m, null, 2) + '\n');
    const r = await ok([...GRID, '--out', at('other-commit'), '--resume']);
    expect(r.stdout).toMatch(/^sweep: 4\/4 runs, 0 failed/);
  });

  it('merge of shards of two code hashes is exit 2 naming the shard; no folder is made', async () => {
    await ok([...GRID, '--shard', '0/2', '--out', at('s0')]);
    await ok([...GRID, '--shard', '1/2', '--out', at('s1')]);
    const m = readManifest(at('s1'));
    m.key.model.code = 'sha256:' + '2'.repeat(64);
    writeFileSync(path.join(at('s1'), 'manifest.json'), JSON.stringify(m, null, 2) + '\n');
    const message = await inputError(['merge', at('s0'), at('s1'), '--out', at('mixed')]);
    expect(message).toMatch(/s1: a shard of another version of the model than .*s0/);
    expect(existsSync(at('mixed'))).toBe(false);
  });
});

describe('--resume trusts the tables, not the status field', () => {
  const DESIGN = ['sweep', ...SMALL, '--policies', 'partnership,withdrawal', '--replicates', '3', '--states'];
  const TOTAL = 6;

  beforeAll(async () => {
    await ok([...DESIGN, '--out', at('reference')]);
  });

  it('a folder left "complete" with header-only tables (two writers before the lock) runs every run again', async () => {
    await ok([...DESIGN, '--out', at('emptied')]);
    for (const table of ['runs.csv', 'timeseries.csv', 'states.csv']) {
      const file = path.join(at('emptied'), table);
      writeFileSync(file, readFileSync(file, 'utf8').split('\n')[0] + '\n');
    }
    const m = readManifest(at('emptied'));
    m.counts.completed = 0;
    writeFileSync(path.join(at('emptied'), 'manifest.json'), JSON.stringify(m, null, 2) + '\n');
    const r = await ok([...DESIGN, '--out', at('emptied'), '--resume']);
    expect(r.stdout).toMatch(new RegExp(`^sweep: ${TOTAL}/${TOTAL} runs, 0 failed`));
    expectSameTables(at('emptied'), at('reference'), CSV_TABLES);
    expect(readManifest(at('emptied'))).toMatchObject({ status: 'complete', counts: { runs: TOTAL, completed: TOTAL, failed: 0 } });
    expect(readManifest(at('emptied')).timings.runsThisInvocation).toBe(TOTAL);
  });

  it('a "complete" folder whose tables lack some runs runs only those, and keeps the others', async () => {
    await ok([...DESIGN, '--out', at('holes')]);
    const runs = path.join(at('holes'), 'runs.csv');
    const lines = readFileSync(runs, 'utf8').split('\n');
    const dropped = [lines[2], lines[5]].map((l) => l.split(',')[0]);
    writeFileSync(runs, lines.filter((_, k) => k !== 2 && k !== 5).join('\n'));
    for (const table of ['timeseries.csv', 'states.csv']) {
      const file = path.join(at('holes'), table);
      writeFileSync(file, readFileSync(file, 'utf8').split('\n').filter((l) => !dropped.includes(l.split(',')[0])).join('\n'));
    }
    const r = await ok([...DESIGN, '--out', at('holes'), '--resume']);
    expect(r.stdout).toMatch(new RegExp(`^sweep: ${TOTAL}/${TOTAL} runs`));
    expectSameTables(at('holes'), at('reference'), CSV_TABLES);
    expect(readManifest(at('holes')).timings.runsThisInvocation).toBe(2);
    expect(readManifest(at('holes')).counts).toEqual({ runs: TOTAL, completed: TOTAL, failed: 0 });
  });
});

describe('merge loses nothing (bad inputs 23 and 24 of the review)', () => {
  const GRID = ['sweep', ...SMALL, '--param', 'params.benchmarking.pressureGain=0:0.4:2', '--replicates', '2', '--states'];

  beforeAll(async () => {
    await ok([...GRID, '--shard', '0/2', '--out', at('m0')]);
    await ok([...GRID, '--shard', '1/2', '--out', at('m1')]);
    await ok(['merge', at('m0'), at('m1'), '--out', at('m-good')]);
  });

  it('23: a ragged row in the shard listed first is exit 2 naming the file and the record; the target is not created', async () => {
    await ok([...GRID, '--shard', '0/2', '--out', at('ragged')]);
    const file = path.join(at('ragged'), 'runs.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] += ',1,2';
    writeFileSync(file, lines.join('\n'));
    const message = await inputError(['merge', at('ragged'), at('m1'), '--out', at('m-ragged')]);
    expect(message).toMatch(/ragged\/runs\.csv: malformed table \(record 3 has \d+ cells, the header \d+\)/);
    expect(existsSync(at('m-ragged'))).toBe(false);
  });

  it('23, into an earlier merge: exit 2, and the earlier merge is byte for byte as it was', async () => {
    await ok(['merge', at('m0'), at('m1'), '--out', at('m-again')]);
    const before = folderSnapshot(at('m-again'));
    await inputError(['merge', at('ragged'), at('m1'), '--out', at('m-again')]);
    expect(folderSnapshot(at('m-again'))).toEqual(before);
  });

  it('text in a numeric cell is exit 2 naming the file, the record and the column', async () => {
    await ok([...GRID, '--shard', '1/2', '--out', at('banana')]);
    const file = path.join(at('banana'), 'timeseries.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const header = lines[0].split(',');
    const cells = lines[4].split(',');
    cells[header.indexOf('mean_effort')] = 'banana';
    lines[4] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    const message = await inputError(['merge', at('m0'), at('banana'), '--out', at('m-banana')]);
    expect(message).toMatch(/banana\/timeseries\.csv: record 5, column mean_effort: expected a number, got "banana"/);
    expect(existsSync(at('m-banana'))).toBe(false);
  });

  it('24: --out a run folder is exit 2 naming what it holds; its files are byte for byte as they were', async () => {
    await ok(['run', '--migrants', '500', '--steps', '3', '--out', at('a-run')]);
    const before = folderSnapshot(at('a-run'));
    expect(Object.keys(before)).toContain('states.csv');
    const message = await inputError(['merge', at('m0'), at('m1'), '--out', at('a-run')]);
    expect(message).toMatch(/--out .*a-run: holds the output of partnersim run \(manifest\.json, states\.csv, timeseries\.csv\)/);
    expect(folderSnapshot(at('a-run'))).toEqual(before);
  });

  it('--out holding tables without a manifest, or a sweep, is refused; files merge does not write are left alone', async () => {
    const message = await inputError(['merge', at('m0'), at('m1'), '--out', at('m0').replace(/m0$/, 'reference')]);
    expect(message).toMatch(/holds a sweep \(status complete\), not a merge/);
    await ok(['merge', at('m0'), at('m1'), '--out', at('m-notes')]);
    writeFileSync(path.join(at('m-notes'), 'notes.txt'), 'mine\n');
    await ok(['merge', at('m1'), at('m0'), '--out', at('m-notes')]);
    expect(readFileSync(path.join(at('m-notes'), 'notes.txt'), 'utf8')).toBe('mine\n');
    expectSameTables(at('m-notes'), at('m-good'), CSV_TABLES);
  });
});
