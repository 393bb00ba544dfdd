import { describe, expect, it } from 'vitest';
import { compareKeys, pairKey, pairRuns } from '../../../src/analysis/pairing.js';

describe('pairRuns', () => {
  it('pairs by (point, replicate), in numeric order, and counts what it drops', () => {
    const baseline = new Map([
      [pairKey(10, 1), 1],
      [pairKey(2, 2), 2],
      [pairKey(2, 1), 3],
      [pairKey(5, 1), NaN], // not finite: dropped
      [pairKey(7, 1), 4], // no partner: dropped
    ]);
    const policy = new Map([
      [pairKey(2, 1), 4],
      [pairKey(10, 1), 0],
      [pairKey(2, 2), 2.5],
      [pairKey(5, 1), 1],
      [pairKey(8, 3), 9], // no partner: dropped
    ]);
    const pairs = pairRuns(baseline, policy);
    expect(pairs.keys).toEqual(['2/1', '2/2', '10/1']);
    expect(pairs.baseline).toEqual([3, 2, 1]);
    expect(pairs.policy).toEqual([4, 2.5, 0]);
    expect(pairs.differences).toEqual([1, 0.5, -1]);
    expect(pairs.dropped).toBe(3);
  });

  it('orders keys by point, then replicate', () => {
    expect(['10/1', '9/12', '9/2'].sort(compareKeys)).toEqual(['9/2', '9/12', '10/1']);
  });
});
