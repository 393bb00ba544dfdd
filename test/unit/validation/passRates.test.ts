/** Pass rates: the majority rule, the Wilson interval against published values, the notes. */
import { describe, expect, it } from 'vitest';
import { passRates, pointPasses, pointRow, wilsonInterval } from '../../../src/validation/passRates.js';

const v = (...passes: boolean[]) => passes.map((pass, k) => ({ pass, value: k }));

describe('pass rates', () => {
  it('a point passes when a strict majority of its seeds pass', () => {
    expect(pointPasses(v(true, true, false))).toBe(true);
    expect(pointPasses(v(true, false, false))).toBe(false);
    expect(pointPasses(v(true, false))).toBe(false);
    expect(pointPasses(v(true))).toBe(true);
  });

  it('gives the Wilson score interval (Newcombe 1998, Table I: 81/263 -> 0.2553-0.3662; 0/10 -> 0-0.2775; 15/148 -> 0.0624-0.1605)', () => {
    const close = (got: [number, number], want: [number, number]) => got.forEach((x, k) => expect(x).toBeCloseTo(want[k], 4));
    close(wilsonInterval(81, 263), [0.2553, 0.3662]);
    close(wilsonInterval(0, 10), [0, 0.2775]);
    close(wilsonInterval(15, 148), [0.0624, 0.1605]);
    close(wilsonInterval(10, 10), [0.7225, 1]);
  });

  it('flags a pattern every variant reproduces at every point, and one never reproduced', () => {
    const base = { scenario: 's', kind: 'validation' as const };
    const rows = [
      pointRow({ ...base, variant: 'a', pattern: 'always', point: 0 }, v(true, true, true)),
      pointRow({ ...base, variant: 'a', pattern: 'always', point: 1 }, v(true, true, false)),
      pointRow({ ...base, variant: 'b', pattern: 'always', point: 0 }, v(true, true, true)),
      pointRow({ ...base, variant: 'b', pattern: 'always', point: 1 }, v(true, true, true)),
      pointRow({ ...base, variant: 'a', pattern: 'sometimes', point: 0 }, v(true, true, true)),
      pointRow({ ...base, variant: 'b', pattern: 'sometimes', point: 0 }, v(false, false, true)),
      pointRow({ ...base, variant: 'a', pattern: 'never', point: 0 }, v(false, false, true)),
      pointRow({ ...base, variant: 'b', pattern: 'never', point: 0 }, v(false, false, false)),
    ];
    const rates = passRates(rows);
    const note = (variant: string, pattern: string) => rates.find((r) => r.variant === variant && r.pattern === pattern)!;
    expect(note('a', 'always')).toMatchObject({ points: 2, passed: 2, share: 1, note: 'does not discriminate' });
    expect(note('a', 'always').seed_share).toBeCloseTo(5 / 6, 12);
    expect(note('b', 'sometimes')).toMatchObject({ passed: 0, note: '' });
    expect(note('b', 'never').note).toBe('never reproduced');
  });

  it('says when only one variant ran', () => {
    const rows = [pointRow({ scenario: 's', kind: 'validation', variant: 'a', pattern: 'p', point: 0 }, v(true))];
    expect(passRates(rows)[0].note).toBe('does not discriminate (passes at every point; one variant run)');
  });
});
