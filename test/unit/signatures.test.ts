/**
 * The signature table (verification) on planted runs: shares of seeds signed, refused
 * and stalled, and the median quarter, against counts made by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withSignatureSection, type SignatureData } from '../../src/docs/signatures.js';
import type { StateRow } from '../../src/indicators/columns.js';
import { signatureTable, STALL_STEPS } from '../../src/validation/signatures.js';

const CALENDAR = { start: { year: 2005, quarter: 1 }, stepsPerYear: 4 };

/** Rows of one state from a list of statuses, one a step. */
function rows(statuses: string[]): StateRow[] {
  return statuses.map((status, step) => ({ step, status }) as unknown as StateRow);
}
const run = (byState: Record<string, string[]>) => new Map(Object.entries(byState).map(([id, s]) => [id, rows(s)]));
const repeat = (status: string, n: number) => Array.from({ length: n }, () => status);

describe('signatureTable', () => {
  it('counts signatures, the lower median quarter, refusals and stalls per seed', () => {
    const runs = [
      // A signs at step 4 (2006Q1), B refuses once, C stalls for STALL_STEPS steps as a candidate
      run({ A: [...repeat('dialogue', 4), ...repeat('partner', 16)], B: ['dialogue', 'refused', ...repeat('none', 18)], C: [...repeat('dialogue', 2), ...repeat('candidate', STALL_STEPS), ...repeat('dialogue', 6)] }),
      // A signs at step 8 (2007Q1); C waits one step too few to stall
      run({ A: [...repeat('dialogue', 8), ...repeat('partner', 12)], B: repeat('dialogue', 20), C: [...repeat('agenda', STALL_STEPS - 1), ...repeat('dialogue', 9)] }),
      // A signs at step 12 (2008Q1); C waits long but ends as a partner: not a stall
      run({ A: [...repeat('dialogue', 12), ...repeat('partner', 8)], B: ['refused', ...repeat('none', 19)], C: [...repeat('candidate', 19), 'partner'] }),
      // A is a partner from step 0: signed before the run
      run({ A: repeat('partner', 20), B: repeat('none', 20), C: repeat('none', 20) }),
    ];
    const [a, b, c] = signatureTable(runs, CALENDAR, ['A', 'B', 'C']);
    expect(a).toEqual({ state: 'A', seeds: 4, atStart: 1, signed: 3, medianDate: '2007Q1', range: ['2006Q1', '2008Q1'], refused: 0, stalled: 0 });
    expect(b).toMatchObject({ state: 'B', signed: 0, medianDate: null, range: null, refused: 2, stalled: 0 });
    expect(c).toMatchObject({ state: 'C', signed: 1, medianDate: '2009Q4', refused: 0, stalled: 1 });
  });

  it('takes the lower of the two middle signatures with an even count', () => {
    const runs = [4, 9].map((s) => run({ A: [...repeat('dialogue', s), 'partner'] }));
    expect(signatureTable(runs, CALENDAR)[0].medianDate).toBe('2006Q1');
  });
});

describe('docs/validation.md', () => {
  const page = readFileSync(new URL('../../docs/validation.md', import.meta.url), 'utf8');
  const data = JSON.parse(readFileSync(new URL('../../docs/validation/signatures.json', import.meta.url), 'utf8')) as SignatureData;

  it('renders the committed signature data (run `npm run docs` after `npm run signatures`)', () => {
    expect(withSignatureSection(page, data)).toBe(page);
  });

  it('holds 20 seeds of both scenarios, every origin and transit state with its observed record', () => {
    expect(data.seeds.count).toBe(20);
    expect(data.scenarios.map((s) => s.scenario)).toEqual(['eu-mobility-partnerships', 'north-america-rcm']);
    for (const s of data.scenarios) {
      expect(s.rows.map((r) => r.state).sort()).toEqual(Object.keys(s.record.states).sort());
      for (const r of s.rows) expect(r.seeds).toBe(20);
    }
    expect(data.model.code).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
