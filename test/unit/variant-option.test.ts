/**
 * The model variant: the scenario's `variant` field (default governmentality) and the
 * `--variant V` option of every command that loads a scenario, which overrides it. A bad
 * value is one line naming the option or the field, exit 2, and nothing written.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli as cliIn } from '../helpers/sweep.js';
import { variantOption } from '../../src/cli/shared/options.js';
import { VARIANTS } from '../../src/domain/vocabulary.js';
import { InputError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/load.js';
import { parseScenario } from '../../src/scenario/validate.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'partnersim-variant-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI in process, in the test's folder, with no environment (test/helpers/sweep.ts). */
const cli = (...argv: string[]) => cliIn(argv, { cwd: dir });

const tiny = {
  name: 'tiny',
  steps: 3,
  migrants: 100,
  states: [
    { id: 'ORI', name: 'Origin', roles: ['origin'], source: 'assumption', capacity: 0.5 },
    { id: 'DST', name: 'Destination', roles: ['destination'], source: 'assumption', destination: {} },
  ],
  routes: [{ origin: 'ORI', destination: 'DST' }],
};

describe('the scenario field variant', () => {
  it('defaults to governmentality and keeps a declared value', () => {
    expect(parseScenario(tiny).variant).toBe('governmentality');
    expect(parseScenario({ ...tiny, variant: 'transfer' }).variant).toBe('transfer');
  });

  it('is overridden by the variant option of parseScenario and loadScenario', async () => {
    expect(parseScenario({ ...tiny, variant: 'transfer' }, { variant: 'incentives' }).variant).toBe('incentives');
    const loaded = await loadScenario('stylised', { variant: 'incentives', steps: 2 });
    expect(loaded.base.variant).toBe('incentives');
    expect(loaded.scenario.variant).toBe('incentives');
  });

  it('refuses an unknown value, naming the field', () => {
    expect(() => parseScenario({ ...tiny, variant: 'markets' }, { file: 'tiny.json' })).toThrow(InputError);
    expect(() => parseScenario({ ...tiny, variant: 'markets' }, { file: 'tiny.json' })).toThrow(/^tiny\.json: variant: /);
  });
});

describe('--variant', () => {
  it('accepts each variant and nothing else', () => {
    for (const v of VARIANTS) expect(variantOption(v)).toBe(v);
    expect(variantOption(undefined)).toBeUndefined();
    expect(() => variantOption('markets')).toThrow(/^--variant: expected one of governmentality, incentives, transfer, got "markets"$/);
    expect(() => variantOption(['incentives', 'transfer'])).toThrow(/--variant: given more than once/);
  });

  it('is recorded in the run manifest, and a variant changes the scenario hash', async () => {
    const file = path.join(dir, 'tiny.json');
    writeFileSync(file, JSON.stringify(tiny));
    const a = await cli('run', file, '--variant', 'incentives', '--out', 'a', '--no-states');
    expect(a.code, a.stderr).toBe(0);
    const b = await cli('run', file, '--out', 'b', '--no-states');
    expect(b.code, b.stderr).toBe(0);
    const ma = JSON.parse(readFileSync(path.join(dir, 'a', 'manifest.json'), 'utf8'));
    const mb = JSON.parse(readFileSync(path.join(dir, 'b', 'manifest.json'), 'utf8'));
    expect(ma.variant).toBe('incentives');
    expect(mb.variant).toBe('governmentality');
    expect(ma.scenario.hash).not.toBe(mb.scenario.hash);
    // the default folder names a variant other than the default, so two variants do not collide
    expect(ma.runId).toBe('tiny-incentives-partnership-1');
    expect(mb.runId).toBe('tiny-partnership-1');
  });

  it('is recorded in a sweep manifest', async () => {
    const file = path.join(dir, 'tiny.json');
    writeFileSync(file, JSON.stringify(tiny));
    const r = await cli('sweep', file, '--variant', 'transfer', '--workers', '0', '--quiet', '--out', 's');
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(dir, 's', 'manifest.json'), 'utf8'));
    expect(manifest.scenario.variant).toBe('transfer');
  });

  // Every command that loads a scenario takes --variant and refuses a bad one in one line.
  const COMMANDS: string[][] = [
    ['run', 'tiny.json'],
    ['sweep', 'tiny.json', '--workers', '0', '--quiet'],
    ['compare', 'tiny.json', '--workers', '0', '--quiet'],
    ['slurm', 'tiny.json', '--array-size', '1'],
    ['calibrate', 'tiny.json', '--targets', 'targets.ts'],
    ['explore', 'tiny.json', '--port', '0'],
  ];
  for (const args of COMMANDS) {
    it(`${args[0]} --variant markets: one line, exit 2, nothing written`, async () => {
      writeFileSync(path.join(dir, 'tiny.json'), JSON.stringify(tiny));
      const r = await cli(...args, '--variant', 'markets');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^partnersim: --variant: expected one of governmentality, incentives, transfer, got "markets"\n$/);
      expect(readdirSync(dir)).toEqual(['tiny.json']);
    });
  }
});
