import { describe, expect, it } from 'vitest';
import { verdict } from '../../../src/analysis/verdict.js';

describe('verdict', () => {
  it('reads the interval against the band', () => {
    expect(verdict({ low: 0.09, high: 0.15 }, 0)).toBe('higher');
    expect(verdict({ low: 0.09, high: 0.15 }, 0.05)).toBe('higher');
    expect(verdict({ low: 0.09, high: 0.15 }, 0.1)).toBe('within-band'); // 0.09 is inside ±0.1
    expect(verdict({ low: -0.15, high: -0.09 }, 0.05)).toBe('lower');
    expect(verdict({ low: -0.15, high: -0.09 }, 0.09)).toBe('within-band'); // −0.09 is not below −0.09
    expect(verdict({ low: -0.02, high: 0.15 }, 0)).toBe('within-band');
    expect(verdict({ low: 0, high: 0 }, 0)).toBe('within-band');
    expect(verdict({ low: 1e-9, high: 2e-9 })).toBe('higher');
  });

  it('requires the adjusted test to reject at α', () => {
    expect(verdict({ low: 0.09, high: 0.15 }, 0, 0.001, 0.05)).toBe('higher');
    expect(verdict({ low: 0.09, high: 0.15 }, 0, 0.05, 0.05)).toBe('within-band'); // p = α does not reject
    expect(verdict({ low: -0.15, high: -0.09 }, 0, 0.2, 0.05)).toBe('within-band');
    expect(verdict({ low: -0.15, high: -0.09 }, 0, 0.04, 0.05)).toBe('lower');
    // the band still applies when the test rejects
    expect(verdict({ low: 0.09, high: 0.15 }, 0.1, 0.001, 0.05)).toBe('within-band');
  });

  it('is within-band without an interval, and rejects a negative band', () => {
    expect(verdict(undefined, 0)).toBe('within-band');
    expect(() => verdict({ low: 0, high: 1 }, -1)).toThrow(/band/);
    expect(() => verdict({ low: 0, high: 1 }, NaN)).toThrow(/band/);
  });
});
