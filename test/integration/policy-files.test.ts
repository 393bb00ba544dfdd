/**
 * Policies in files, end to end with the built command line: `run --policy file.json`
 * records the policy's content and hash in the manifest; a bad policy file exits 2 with
 * one line naming the file and field and writes nothing; a sweep with a file policy
 * writes the same bytes with 0 and 2 workers, its run ids keyed on the policy's content
 * (not its path), its seeds those of the built-ins (common random numbers).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, expectSameTables, makeTemp, readManifest, removeTemp, SMALL } from '../helpers/sweep.js';

let root: string;
beforeAll(() => {
  root = makeTemp('partnersim-policy-files-');
});
afterAll(() => removeTemp(root));

const POLICY = {
  name: 'pay-on-delivery',
  description: 'rewards only after compliance, every technology kept on',
  contrast: 'conditional pay alone against partnership',
  override: { params: { partnership: { conditional: true } }, interventions: [{ label: 'no public tables from 2006', at: '2006Q1', params: { monitoring: { scoreboard: 'private' } } }] },
};

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}

describe('a JSON policy file on the command line', () => {
  it('run --policy file writes a manifest with its content, its hash and the dated intervention at its step', async () => {
    writeFileSync(path.join(root, 'pay.json'), JSON.stringify(POLICY, null, 2));
    const { code, stdout, stderr } = await cli(['run', '--policy', 'pay.json', ...SMALL, '--out', 'run-pay'], { cwd: root });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote run-pay/);
    const manifest = JSON.parse(readFileSync(path.join(root, 'run-pay', 'manifest.json'), 'utf8'));
    expect(manifest.runId).toBe('eu-mobility-partnerships-pay-on-delivery-1');
    expect(manifest.policy).toMatchObject({ ...POLICY, origin: { kind: 'file', file: 'pay.json' } });
    expect(manifest.policy.hash).toBe(createHash('sha256').update(canonical(POLICY)).digest('hex'));
    // 2006Q1 is four quarters after the scenario's start, 2005Q1; the policy's intervention
    // comes after the scenario's own calendar of instruments, each with its source
    expect(manifest.interventions.at(-1)).toEqual({ label: 'no public tables from 2006', fromStep: 4, fromDate: '2006Q1', untilStep: null, untilDate: null, states: null, params: { monitoring: { scoreboard: 'private' } }, source: null });
    const calendar = manifest.interventions.slice(0, -1);
    expect(calendar.length).toBeGreaterThan(0);
    for (const event of calendar) expect(typeof event.source).toBe('string');
  });

  it('a bad policy file: exit 2, one line naming the file and the field, nothing written', async () => {
    writeFileSync(path.join(root, 'bad.json'), JSON.stringify({ ...POLICY, override: { interventions: [{ at: '2006Q5', incentives: 'stop' }] } }));
    const { code, stdout, stderr } = await cli(['run', '--policy', 'bad.json', ...SMALL, '--out', 'run-bad'], { cwd: root });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual(['partnersim: bad.json: override.interventions[0].at: expected a date such as "2011Q2" or "2011", a step (a non-negative integer) or { share } in [0, 1], got "2006Q5"']);
    expect(existsSync(path.join(root, 'run-bad'))).toBe(false);
  });

  it('a sweep with a file policy: same bytes with 0 and 2 workers; ids follow the content, seeds the built-ins', async () => {
    writeFileSync(path.join(root, 'pay.json'), JSON.stringify(POLICY, null, 2));
    const args = (workers: string, out: string, file = 'pay.json') => ['sweep', ...SMALL, '--policies', `partnership,${file}`, '--replicates', '2', '--states', '--quiet', '--workers', workers, '--out', out];
    for (const [workers, out] of [['0', 's0'], ['2', 's2']]) {
      const { code, stderr } = await cli(args(workers, out), { cwd: root });
      expect(stderr).toBe('');
      expect(code).toBe(0);
    }
    expectSameTables(path.join(root, 's2'), path.join(root, 's0'));
    const manifest = readManifest(path.join(root, 's0')) as { key: { policies: string[]; policyKeys: string[] }; policyContent: { name: string; hash: string }[] };
    expect(manifest.key.policies).toEqual(['partnership', 'pay-on-delivery']);
    expect(manifest.policyContent.map((p) => p.name)).toEqual(['partnership', 'pay-on-delivery']);

    // The same content at another path: the same run ids and bytes.
    copyFileSync(path.join(root, 'pay.json'), path.join(root, 'moved.json'));
    const moved = await cli(args('0', 's-moved', 'moved.json'), { cwd: root });
    expect(moved.code).toBe(0);
    expectSameTables(path.join(root, 's-moved'), path.join(root, 's0'));

    const runs = csvRecords(path.join(root, 's0', 'runs.csv'));
    const seeds = (policy: string) => runs.filter((r) => r.policy === policy).map((r) => `${r.replicate}:${r.seed}`).sort();
    expect(seeds('pay-on-delivery')).toEqual(seeds('partnership'));
  });
});
