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

  it('is within-band without an interval, and rejects a negative band', () => {
    expect(verdict(undefined, 0)).toBe('within-band');
    expect(() => verdict({ low: 0, high: 1 }, -1)).toThrow(/band/);
    expect(() => verdict({ low: 0, high: 1 }, NaN)).toThrow(/band/);
  });
});
