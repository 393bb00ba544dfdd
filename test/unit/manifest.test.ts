import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATE_COLUMNS, TIMESERIES_COLUMNS } from '../../src/indicators/columns.js';
import { MANIFEST_FORMAT, buildManifest, formatManifest, readGitInfo, readPackageInfo, type Environment } from '../../src/io/manifest.js';
import { PACKAGE_ROOT, scenarioHash } from '../../src/scenario/loader.js';
import { getPolicy } from '../../src/scenario/policies.js';
import { parseScenario } from '../../src/scenario/validate.js';

const input = {
  name: 'tiny',
  steps: 40,
  migrants: 100,
  states: [
    { id: 'ORI', name: 'Origin', roles: ['origin'], source: 'assumption' },
    { id: 'DST', name: 'Destination', roles: ['destination'], source: 'assumption', destination: {} },
  ],
  routes: [{ origin: 'ORI', destination: 'DST' }],
};

const environment: Environment = {
  model: { package: 'partnersim@9.9.9', code: 'sha256:' + 'c'.repeat(64), tree: 'src', files: 60, git: { commit: 'a'.repeat(40), dirty: false } },
  package: { name: 'partnersim', version: '9.9.9', dependencies: { yargs: '18.2.0' } },
  git: { commit: 'a'.repeat(40), dirty: false },
  node: 'v20.0.0',
  platform: 'linux-x64',
};

function manifestFor(policyName: 'partnership' | 'conditionality') {
  const policy = getPolicy(policyName);
  const base = parseScenario(input, { file: 'tiny.json' });
  const effective = parseScenario(input, { file: 'tiny.json', policy });
  return buildManifest({
    runId: `tiny-${policyName}-3`,
    scenario: { slug: 'tiny', ref: 'tiny.json', file: '/abs/tiny.json' },
    base,
    effective,
    policy,
    seed: 3,
    startedAt: new Date('2024-01-02T03:04:05.000Z'),
    finishedAt: new Date('2024-01-02T03:04:06.500Z'),
    durationMs: 1500.4,
    files: [
      { name: 'timeseries.csv', rows: 40 },
      { name: 'states.csv', rows: 80 },
    ],
    environment,
  });
}

describe('buildManifest', () => {
  it('records the run, the scenario, the policy, the seed and the sizes', () => {
    const m = manifestFor('conditionality');
    expect(m.format).toBe(MANIFEST_FORMAT);
    expect(m.runId).toBe('tiny-conditionality-3');
    expect(m.scenario).toMatchObject({ name: 'tiny', slug: 'tiny', ref: 'tiny.json', file: '/abs/tiny.json' });
    expect(m.policy.name).toBe('conditionality');
    expect(m.policy.override).toEqual(getPolicy('conditionality').override);
    expect(m.seed).toBe(3);
    expect(m.steps).toBe(40);
    expect(m.migrants).toBe(100);
  });

  it('hashes the scenario without the policy, and the effective scenario with it', () => {
    const base = manifestFor('partnership');
    const other = manifestFor('conditionality');
    expect(base.scenario.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(base.scenario.hash).toBe(scenarioHash(parseScenario(input)));
    expect(other.scenario.hash).toBe(base.scenario.hash);
    expect(base.scenario.effectiveHash).toBe(base.scenario.hash); // partnership overrides nothing
    expect(other.scenario.effectiveHash).not.toBe(other.scenario.hash);
  });

  it('records the environment, the times and the duration', () => {
    const m = manifestFor('partnership');
    expect(m.package).toEqual(environment.package);
    expect(m.git).toEqual(environment.git);
    expect(m.node).toBe('v20.0.0');
    expect(m.platform).toBe('linux-x64');
    expect(m.startedAt).toBe('2024-01-02T03:04:05.000Z');
    expect(m.finishedAt).toBe('2024-01-02T03:04:06.500Z');
    expect(m.durationMs).toBe(1500);
    expect(m.note).toMatch(/manifest\.json is the one file that differs/);
  });

  it('describes the output files with their columns', () => {
    const m = manifestFor('partnership');
    expect(m.files.map((f) => [f.name, f.rows])).toEqual([
      ['timeseries.csv', 40],
      ['states.csv', 80],
    ]);
    expect(m.files[0].columns).toEqual(TIMESERIES_COLUMNS);
    expect(m.files[1].columns).toEqual(STATE_COLUMNS);
    expect(m.files[0].description.length).toBeGreaterThan(0);
  });

  it('formats as indented JSON with a final newline', () => {
    const text = formatManifest(manifestFor('partnership'));
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).runId).toBe('tiny-partnership-3');
  });
});

describe('environment readers', () => {
  it('reads the package name and version from package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    const info = readPackageInfo();
    expect(info.name).toBe('partnersim');
    expect(info.version).toBe(pkg.version);
    expect(Object.keys(info.dependencies)).toContain('yargs');
  });

  it('reads a commit (or null outside a git checkout) and never throws', () => {
    const git = readGitInfo();
    if (git.commit !== null) expect(git.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(readGitInfo('/')).toEqual({ commit: null, dirty: null });
  });
});
