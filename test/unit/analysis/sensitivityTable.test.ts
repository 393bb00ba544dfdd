/**
 * The ranking of sensitivity tables: a parameter whose interval holds 0 is never
 * presented above one whose interval lies above 0, whatever their point estimates; the
 * CSV's rank column says the same; and the noise warning names one replicate and large
 * noise shares, with the threshold.
 */
import { describe, expect, it } from 'vitest';
import { NOISE_SHARE_WARNING } from '../../../src/analysis/noiseShare.js';
import { noiseWarning, ranked, sensitivityCsv, sensitivityMarkdown, type SensitivityRow } from '../../../src/analysis/sensitivityTable.js';

const row = (parameter: string, total: number, low: number, high: number, noiseShare?: number): SensitivityRow => ({
  method: 'sobol',
  policy: 'p',
  indicator: 'i',
  parameter,
  n: 10,
  first: 0,
  firstInterval: { low: -1, high: 1 },
  total,
  totalInterval: { low, high },
  noiseShare,
});

describe('sensitivity ranking', () => {
  // 'wide' has the larger point estimate, but its interval holds 0
  const rows = [row('wide', 0.3, 0, 0.9, 0.05), row('tight', 0.1, 0.05, 0.15, 0.05), row('none', 0, 0, 0, 0.05)];

  it('puts parameters whose interval lies above 0 first, then the others by estimate', () => {
    expect(ranked(rows, 'i', 'p').map((r) => r.parameter)).toEqual(['tight', 'wide', 'none']);
  });

  it('writes the same ranking in the CSV rank column, in design order', () => {
    const lines = sensitivityCsv(rows, 'sobol').trim().split('\n');
    expect(lines[0].endsWith(',noise_share,rank')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',').at(-1))).toEqual(['2', '1', '3']);
  });

  it('marks in Markdown which parameters are distinct from 0', () => {
    const md = sensitivityMarkdown(rows, { method: 'sobol', scenario: 's', samples: 10, replicates: 2, level: 0.95, resamples: 100, seed: 1, at: { kind: 'final' }, dropped: 0 });
    const body = md.split('\n').filter((l) => l.startsWith('| i ') || l.startsWith('|  |'));
    expect(body.map((l) => l.split('|')[8].trim())).toEqual(['yes', 'no', 'no']);
  });

  it('warns about one replicate and about noise shares above the threshold, not below', () => {
    expect(noiseWarning(rows, 1)).toMatch(/^one replicate per point: the noise share cannot be estimated/);
    expect(noiseWarning(rows, 2)).toBeUndefined();
    const noisy = rows.map((r) => ({ ...r, noiseShare: NOISE_SHARE_WARNING * 3 }));
    expect(noiseWarning(noisy, 2)).toMatch(new RegExp(`^noise share above ${NOISE_SHARE_WARNING} for 1 of 1 indicator and policy pairs \\(largest 0\\.3: i, p\\)`));
  });
});
