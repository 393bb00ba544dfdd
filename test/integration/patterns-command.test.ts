/**
 * `partnersim patterns`: the same bytes with 0, 1 and 2 workers; the tables' columns;
 * one-line exit-2 errors for bad input; the folder lock.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/cli.js';
import { LOCK_FILE } from '../../src/io/lock.js';
import { modelFingerprint } from '../../src/io/fingerprint.js';

const root = mkdtempSync(path.join(tmpdir(), 'partnersim-patterns-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: root, env: {} };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const SMALL = ['north-america-rcm', '--seeds', '2', '--steps', '24', '--migrants', '500', '--quiet'];
const read = (dir: string, file: string) => readFileSync(path.join(root, dir, file), 'utf8');

describe('partnersim patterns', () => {
  it('writes byte-identical tables with 0, 1 and 2 workers', async () => {
    for (const workers of ['0', '1', '2']) {
      const { code, stderr } = await cli('patterns', ...SMALL, '--samples', '3', '--variant', 'governmentality,incentives', '--workers', workers, '--out', `w${workers}`);
      expect(code, stderr).toBe(0);
    }
    for (const file of ['pass-rates.csv', 'points.csv', 'sweeps/north-america-rcm-incentives-homogeneous/runs.csv']) {
      expect(read('w1', file), file).toBe(read('w0', file));
      expect(read('w2', file), file).toBe(read('w0', file));
    }
    const header = read('w0', 'pass-rates.csv').split('\n')[0];
    expect(header).toBe('scenario,variant,pattern,kind,points,passed,share,ci_low,ci_high,seed_share,note');
    const rows = read('w0', 'pass-rates.csv').trim().split('\n').slice(1);
    // 2 variants x the North American patterns that ran (persistence needs full withdrawal)
    const variants = new Set(rows.map((r) => r.split(',')[1]));
    expect([...variants].sort()).toEqual(['governmentality', 'incentives']);
    expect(read('w0', 'points.csv').trim().split('\n')).toHaveLength(1 + rows.length * 3);
    const manifest = JSON.parse(read('w0', 'manifest.json'));
    expect(manifest.format).toBe('partnersim-patterns-manifest/1');
    expect(manifest.model.code).toBe(modelFingerprint().code);
    expect(manifest.design.parameters.length).toBeGreaterThan(100);
  }, 240_000);

  it('refuses bad input in one line with exit 2, writing nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['patterns', ...SMALL, '--samples', '3', '--variant', 'rational', '--out', 'bad1'], /^partnersim: --variant: expected one of governmentality, incentives, transfer or all, got "rational"$/],
      [['patterns', ...SMALL, '--samples', '1', '--out', 'bad2'], /^partnersim: --samples: expected at least 2 points, got 1$/],
      [['patterns', 'stylised', '--samples', '3', '--out', 'bad3'], /no patterns are defined for this scenario/],
      [['patterns', 'north-america-rcm', '--samples', '3', '--seeds', '0', '--out', 'bad4'], /^partnersim: --seeds: expected a positive integer, got 0$/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await cli(...argv);
      expect(code, `${argv.join(' ')}: ${stderr}`).toBe(2);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr.trimEnd()).toMatch(message);
    }
    mkdirSync(path.join(root, 'other'));
    writeFileSync(path.join(root, 'other', 'notes.txt'), 'mine\n');
    const { code, stderr } = await cli('patterns', ...SMALL, '--samples', '3', '--out', 'other');
    expect(code).toBe(2);
    expect(stderr).toMatch(/holds files that are not a patterns folder's \(notes\.txt\)/);
    expect(readFileSync(path.join(root, 'other', 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('exits 2 naming the holder when another process holds the folder', async () => {
    const dir = path.join(root, 'locked');
    mkdirSync(dir);
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', command: 'patterns', token: 'x' }) + '\n');
    const { code, stderr } = await cli('patterns', ...SMALL, '--samples', '3', '--out', 'locked');
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`in use by .*${process.ppid}`));
  });
});
