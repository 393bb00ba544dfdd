import { describe, expect, it } from 'vitest';
import { parseAt, parseBands, parseFormats, parseIndicators, parsePolicies } from '../../../src/analysis/options.js';
import { INDICATOR_NAMES } from '../../../src/indicators/columns.js';
import { InputError } from '../../../src/scenario/errors.js';

describe('analysis options', () => {
  it('indicators: all by default, known names only', () => {
    expect(parseIndicators(undefined)).toEqual(INDICATOR_NAMES);
    expect(parseIndicators('mean_effort, partners')).toEqual(['mean_effort', 'partners']);
    expect(() => parseIndicators('mean_effort,happiness')).toThrow(InputError);
    expect(() => parseIndicators('mean_effort,happiness')).toThrow(/unknown indicator "happiness"/);
    expect(() => parseIndicators('partners,partners')).toThrow(/twice/);
  });

  it('at: final, mean or a step inside the sweep', () => {
    expect(parseAt(undefined, 64)).toEqual({ kind: 'final' });
    expect(parseAt('mean', 64)).toEqual({ kind: 'mean' });
    expect(parseAt('39', 64)).toEqual({ kind: 'step', step: 39 });
    expect(() => parseAt('64', 64)).toThrow(/past the sweep's last step \(63/);
    expect(() => parseAt('-1', 64)).toThrow(/expected final, mean or a step number/);
    expect(() => parseAt('last', 64)).toThrow(InputError);
  });

  it('bands: indicator=width, widths >= 0, indicators compared', () => {
    expect(parseBands(['mean_effort=0.02', 'partners=1,mean_resistance=0'], ['mean_effort', 'partners', 'mean_resistance'])).toEqual(
      new Map([
        ['mean_effort', 0.02],
        ['partners', 1],
        ['mean_resistance', 0],
      ]),
    );
    expect(() => parseBands(['mean_effort'], ['mean_effort'])).toThrow(/expected indicator=width/);
    expect(() => parseBands(['mean_effort=-1'], ['mean_effort'])).toThrow(/width >= 0/);
    expect(() => parseBands(['mean_effort=x'], ['mean_effort'])).toThrow(/width >= 0/);
    expect(() => parseBands(['mean_effort='], ['mean_effort'])).toThrow(/width >= 0/);
    expect(() => parseBands(['nope=1'], ['mean_effort'])).toThrow(/unknown indicator "nope"/);
    expect(() => parseBands(['partners=1'], ['mean_effort'])).toThrow(/not among the indicators/);
    expect(() => parseBands(['partners=1', 'partners=2'], ['partners'])).toThrow(/twice/);
  });

  it('policies of the sweep', () => {
    expect(parsePolicies(undefined, ['a', 'b'])).toEqual(['a', 'b']);
    expect(parsePolicies('b', ['a', 'b'])).toEqual(['b']);
    expect(() => parsePolicies('c', ['a', 'b'])).toThrow(/policy "c" is not in the sweep \(it holds a, b\)/);
  });

  it('formats', () => {
    expect(parseFormats(undefined)).toEqual(['md', 'csv']);
    expect(parseFormats('tex,csv')).toEqual(['tex', 'csv']);
    expect(() => parseFormats('pdf')).toThrow(/unknown format "pdf"/);
  });
});
