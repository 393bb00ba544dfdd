import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli as cliIn } from '../helpers/sweep.js';
import { createRunner } from '../../src/engine/runner.js';
import { EXPORT_FORMAT, indicatorsHash, type ExportedRun } from '../../src/explorer/exportFile.js';
import { effectivePolicy, effectiveScenario, runIdOf, type RunSettings } from '../../src/explorer/settings.js';
import { sha256Hex } from '../../src/io/sha256.js';
import { scenarioHash } from '../../src/scenario/canonical.js';
import { loadScenario } from '../../src/scenario/load.js';
import { getPolicy, type PolicyName } from '../../src/scenario/policies.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'partnersim-from-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The CLI in process, in the test's folder, with no environment (test/helpers/sweep.ts). */
const cli = (...argv: string[]) => cliIn(argv, { cwd: dir });

/** An export made as the page makes it: the page's scenario JSON, settings, rows from the shared runner. */
async function exportOf(settings: RunSettings, step: number): Promise<ExportedRun> {
  const loaded = await loadScenario('stylised', { migrants: settings.migrants, steps: settings.steps });
  const input = JSON.parse(JSON.stringify(loaded.base));
  const policy = effectivePolicy(getPolicy(settings.policy as PolicyName), settings.levers);
  const scenario = effectiveScenario(input, policy, settings);
  const runner = createRunner(scenario, { seed: settings.seed, runId: runIdOf('stylised', policy.name, settings.seed), scenarioName: 'stylised', policy: policy.name });
  const rows = [];
  while (runner.taken < step) rows.push(runner.next());
  return {
    format: EXPORT_FORMAT,
    package: { name: 'partnersim', version: '0.1.0', commit: null },
    scenario: { slug: 'stylised', input },
    settings,
    policy,
    seed: settings.seed,
    steps: settings.steps,
    migrants: settings.migrants,
    step,
    scenarioHash: scenarioHash(scenario),
    indicatorsHash: indicatorsHash(rows),
  };
}

function write(name: string, content: unknown): string {
  writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return name;
}

const settings: RunSettings = { policy: 'withdrawal', levers: {}, seed: 5, migrants: 400, steps: 10 };

describe('partnersim run --from FILE', () => {
  it('writes the timeseries.csv that `run` writes for the same scenario, policy and seed, byte for byte', async () => {
    const file = write('whole.json', await exportOf(settings, 10));
    const from = await cli('run', '--from', file, '--out', 'from');
    expect(from.code, from.stderr).toBe(0);
    expect(from.stdout).toMatch(/indicators identical to whole\.json/);
    const plain = await cli('run', 'stylised', '--policy', 'withdrawal', '--seed', '5', '--steps', '10', '--migrants', '400', '--out', 'plain');
    expect(plain.code, plain.stderr).toBe(0);
    for (const table of ['timeseries.csv', 'states.csv']) {
      expect(readFileSync(path.join(dir, 'from', table), 'utf8'), table).toBe(readFileSync(path.join(dir, 'plain', table), 'utf8'));
    }
    const manifest = JSON.parse(readFileSync(path.join(dir, 'from', 'manifest.json'), 'utf8'));
    expect(manifest.scenario.effectiveHash).toBe(JSON.parse(readFileSync(path.join(dir, 'plain', 'manifest.json'), 'utf8')).scenario.effectiveHash);
  });

  it('stops at the step the page had reached, on the horizon the page ran, with the levers the page moved', async () => {
    const moved: RunSettings = { ...settings, levers: { params: { migrants: { aspiration: 0.05 } } } };
    const run = await exportOf(moved, 7);
    const from = await cli('run', '--from', write('part.json', run), '--out', 'part');
    expect(from.code, from.stderr).toBe(0);
    const csv = readFileSync(path.join(dir, 'part', 'timeseries.csv'), 'utf8');
    expect(csv.trimEnd().split('\n')).toHaveLength(1 + 7);
    expect(sha256Hex(csv)).toBe(run.indicatorsHash);
    expect(JSON.parse(readFileSync(path.join(dir, 'part', 'manifest.json'), 'utf8')).policy.override.params.migrants.aspiration).toBe(0.05);
  });

  it('exits 1, having written the folder, when the indicators differ from the file’s', async () => {
    const run = await exportOf(settings, 4);
    const tampered = { ...run, indicatorsHash: '0'.repeat(64) };
    const from = await cli('run', '--from', write('tampered.json', tampered), '--out', 'tampered');
    expect(from.code).toBe(1);
    expect(from.stderr).toMatch(/indicators differ from those of tampered\.json/);
  });

  it('refuses a malformed file with one line naming the file and the field, exit 2, writing nothing', async () => {
    const good = await exportOf(settings, 3);
    const cases: [string, unknown, RegExp][] = [
      ['notjson.json', '{"format": ', /notjson\.json: not a partnersim export \(invalid JSON/],
      ['array.json', '[1, 2]', /array\.json: not a partnersim export \(expected a JSON object\)/],
      ['format.json', { ...good, format: 'something-else/1' }, /format\.json: format: expected "partnersim-explorer-run\/1"/],
      ['seed.json', { ...good, seed: -1, settings: { ...good.settings, seed: -1 } }, /seed\.json: settings\.seed: /],
      ['missing.json', { ...good, indicatorsHash: undefined }, /missing\.json: indicatorsHash: /],
      ['past.json', { ...good, step: 11 }, /past\.json: step: 11 is past the horizon of 10 steps/],
      ['disagree.json', { ...good, seed: 6 }, /disagree\.json: seed: 6 disagrees with settings\.seed \(5\)/],
      ['override.json', { ...good, policy: { ...good.policy, override: { params: { migrants: { aspirashun: 1 } } } } }, /override\.json: params\.migrants: unknown field "aspirashun"/],
      ['range.json', { ...good, policy: { ...good.policy, override: { params: { migrants: { aspiration: 7 } } } } }, /range\.json: params\.migrants\.aspiration: expected a number in \[0, 1\], got 7/],
      ['extra.json', { ...good, surprise: true }, /extra\.json: file: Unrecognized key/],
    ];
    for (const [name, content, message] of cases) {
      const res = await cli('run', '--from', write(name, content), '--out', `out-${name}`);
      expect(res.code, name).toBe(2);
      expect(res.stderr, name).toMatch(message);
      expect(res.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(existsSync(path.join(dir, `out-${name}`)), name).toBe(false);
    }
    const absent = await cli('run', '--from', 'absent.json');
    expect(absent.code).toBe(2);
    expect(absent.stderr).toMatch(/--from absent\.json: no such file/);
    const both = await cli('run', 'stylised', '--seed', '3', '--from', write('good.json', good));
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--from: the file gives the scenario, policy, seed and steps; drop the scenario, --seed/);
  });
});
