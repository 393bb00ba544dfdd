import { describe, expect, it } from 'vitest';
import { niceTicks, STEP_AXIS, stepWord, timeEncoding, timeOf } from '../../../src/charts/calendar.js';
import { PeerGroups } from '../../../src/charts/data/peerGroups.js';
import { publishedSteps, spreadLabels } from '../../../src/charts/kinds/league.js';
import { spans, timelineOrder } from '../../../src/charts/kinds/statusTimeline.js';
import { indicatorTitle, parameterLabel } from '../../../src/charts/labels.js';
import { INDICATOR_NAMES } from '../../../src/indicators/columns.js';
import { timeline, TIME } from './fixtures.js';

describe('time axis and labels', () => {
  it('puts steps on a calendar when it is known', () => {
    expect(timeOf(TIME, 6)).toBe(2006.5);
    expect(timeOf(STEP_AXIS, 6)).toBe(6);
    expect(stepWord(TIME)).toBe('quarter');
    expect(niceTicks(2005, 2020.75, 4)).toEqual([2005, 2010, 2015, 2020]);
    expect(timeEncoding(TIME, 0, 63).scale).toEqual({ domain: [2005, 2020.75], zero: false, nice: false });
  });

  it('titles every indicator with its unit', () => {
    expect(indicatorTitle('irregular_arrivals', 'quarter')).toBe('Irregular arrivals (migrants per quarter)');
    expect(indicatorTitle('mean_effort')).toBe('Mean effort (index, 0–1)');
    for (const name of INDICATOR_NAMES) expect(indicatorTitle(name), name).toMatch(/\(.+\)$/);
    expect(parameterLabel('params.benchmarking.pressureGain')).toBe('benchmarking.pressureGain');
  });
});

describe('status timeline', () => {
  it('orders states by when they became partners, and merges steps into spans', () => {
    expect(timelineOrder(timeline, 'partnership')).toEqual(['MDA', 'GEO', 'TUN', 'SEN']);
    const s = spans(timeline.filter((r) => r.policy === 'partnership' && r.state === 'MDA'));
    expect(s.map((x) => [x.status, x.first, x.last])).toEqual([
      ['dialogue', 0, 1],
      ['candidate', 2, 3],
      ['partner', 4, 11],
    ]);
  });
});

describe('league', () => {
  it('infers league tables from states that share a rank', () => {
    const peers = new PeerGroups();
    for (let step = 0; step < 4; step++) {
      const order = step % 2 === 0 ? ['A', 'B', 'C', 'D'] : ['B', 'A', 'D', 'C'];
      // A and B form one table, C and D another: ranks 1, 2 in each
      peers.add('run', step, order[0], 1);
      peers.add('run', step, order[1], 2);
      peers.add('run', step, order[2], 1);
      peers.add('run', step, order[3], 2);
    }
    const groups = peers.groups(['A', 'B', 'C', 'D']);
    expect(groups.get('A')).toBe(groups.get('B'));
    expect(groups.get('C')).toBe(groups.get('D'));
    expect(groups.get('A')).not.toBe(groups.get('C'));
  });

  it('draws a table once a year and spreads labels that would touch', () => {
    expect([...publishedSteps(0, 11, TIME)].sort((a, b) => a - b)).toEqual([3, 7, 11]);
    const ys = spreadLabels([2, 2.1, 5], 0.5);
    expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(0.5 - 1e-9);
    expect(ys[2]).toBeGreaterThan(ys[1]);
  });
});
