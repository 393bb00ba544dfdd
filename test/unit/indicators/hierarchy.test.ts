import { describe, expect, it } from 'vitest';
import { hierarchy } from '../../../src/indicators/hierarchy.js';
import { timeseriesRow } from '../../../src/indicators/collect.js';
import { makeWorld, stateOf } from '../../helpers/world.js';

/** Two partners and one other origin with planted tallies. */
function planted() {
  const w = makeWorld({
    states: [
      { id: 'P1', status: 'partner' },
      { id: 'P2', status: 'partner' },
      { id: 'O', status: 'dialogue' },
    ],
    migrants: 3000,
  });
  const set = (id: string, v: { regular: number; irregular: number; arrivals: number; forced: number; voluntary: number; trusted: number }) => {
    const s = stateOf(w, id);
    s.regularAbroad = v.regular;
    s.irregularAbroad = v.irregular;
    s.regularArrivalsOf = v.arrivals;
    s.readmissions = v.forced;
    s.voluntaryReturnsOf = v.voluntary;
    s.trustedOf = v.trusted;
  };
  set('P1', { regular: 300, irregular: 100, arrivals: 10, forced: 2, voluntary: 1, trusted: 30 });
  set('P2', { regular: 100, irregular: 0, arrivals: 0, forced: 0, voluntary: 0, trusted: 10 });
  set('O', { regular: 50, irregular: 450, arrivals: 1, forced: 20, voluntary: 9, trusted: 0 });
  return w;
}

describe('the hierarchy among migrants (indicators)', () => {
  it('pools the nationals of partner states against the others: planted tallies give hand-computed rates', () => {
    const w = planted();
    const { partner, other } = hierarchy(w);
    // 1,000 migrants per state (apportioned equally)
    expect(partner.regularShare).toBeCloseTo(400 / 500, 12);
    expect(partner.regularChannelRate).toBeCloseTo((1000 * 10) / 2000, 12);
    expect(partner.forcedReturnRate).toBeCloseTo((1000 * 2) / 500, 12);
    expect(partner.voluntaryReturnRate).toBeCloseTo((1000 * 1) / 100, 12);
    expect(partner.trustedShare).toBeCloseTo(40 / 400, 12);
    expect(other.regularShare).toBeCloseTo(50 / 500, 12);
    expect(other.regularChannelRate).toBeCloseTo(1, 12);
    expect(other.forcedReturnRate).toBeCloseTo(40, 12);
    expect(other.voluntaryReturnRate).toBeCloseTo(20, 12);
    expect(other.trustedShare).toBe(0);
    const row = timeseriesRow(w, { runId: 'r', scenario: 's', policy: 'p', seed: 1 });
    expect(row.regular_share_partner_origins).toBe(partner.regularShare);
    expect(row.forced_return_rate_other_origins).toBe(other.forcedReturnRate);
  });

  it('is undefined (NaN), not zero, for a group with no one to count', () => {
    const w = planted();
    for (const id of ['P1', 'P2']) stateOf(w, id).status = 'dialogue';
    const { partner } = hierarchy(w);
    expect(partner.regularShare).toBeNaN();
    expect(partner.regularChannelRate).toBeNaN();
    expect(partner.trustedShare).toBeNaN();
  });
});
