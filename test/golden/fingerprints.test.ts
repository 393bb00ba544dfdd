import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../src/index.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';

const golden = JSON.parse(readFileSync(new URL('./fingerprints.json', import.meta.url), 'utf8')) as Record<string, Fingerprint>;

describe('golden fingerprints of the shipped scenarios (update only with `npm run golden:update`)', () => {
  it('covers every shipped scenario', () => {
    expect(Object.keys(golden).sort()).toEqual(bundledScenarios());
  });

  for (const name of bundledScenarios()) {
    it(`${name} at seed 1 gives the recorded outputs`, async () => {
      const now = await fingerprint(name);
      expect(now.final, `${name}: final indicators changed`).toEqual(golden[name]?.final);
      expect(now.timeseries, `${name}: timeseries.csv changed`).toBe(golden[name]?.timeseries);
      expect(now.states, `${name}: states.csv changed`).toBe(golden[name]?.states);
    });
  }
});
