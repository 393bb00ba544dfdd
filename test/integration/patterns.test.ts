/**
 * The article's patterns on the default scenario, over several seeds (the patterns of
 * issue "simulation core"; the full validation suite lives in test/validation/).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, simulate, type PolicyName, type StateRow } from '../../src/index.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const MIGRANTS = 10000;

async function runs(policy: PolicyName, override?: (s: any) => void) {
  const { scenario, slug } = await loadScenario('eu-mobility-partnerships', { migrants: MIGRANTS, policy });
  override?.(scenario);
  return SEEDS.map((seed) => {
    const result = simulate(scenario, { seed, runId: `p${seed}`, scenarioName: slug, policy });
    const byState = new Map<string, StateRow[]>();
    for (const row of result.states) {
      if (row.roles === 'destination') continue;
      if (!byState.has(row.state)) byState.set(row.state, []);
      byState.get(row.state)!.push(row);
    }
    return byState;
  });
}

const firstStep = (rows: StateRow[], status: string) => rows.find((r) => r.status === status)?.step ?? Infinity;
const share = (xs: boolean[]) => xs.filter(Boolean).length / xs.length;

describe('patterns of the article under the partnership policy (EU scenario, 8 seeds)', async () => {
  const all = await runs('partnership');

  it('willing and capable "good students" (Moldova, Cape Verde, Georgia) become partners before the others', () => {
    const good = ['MDA', 'CPV', 'GEO'];
    for (const byState of all) {
      const goodLast = Math.max(...good.map((id) => firstStep(byState.get(id)!, 'partner')));
      expect(goodLast).toBeLessThan(Infinity);
      const others = [...byState.entries()].filter(([id]) => !good.includes(id)).map(([, rows]) => firstStep(rows, 'partner'));
      expect(Math.min(...others)).toBeGreaterThan(Math.min(...good.map((id) => firstStep(byState.get(id)!, 'partner'))));
    }
    // In most seeds all three sign before any other state.
    const firstThree = all.map((byState) => {
      const goodLast = Math.max(...good.map((id) => firstStep(byState.get(id)!, 'partner')));
      return [...byState.entries()].every(([id, rows]) => good.includes(id) || firstStep(rows, 'partner') > goodLast);
    });
    expect(share(firstThree)).toBeGreaterThanOrEqual(0.75);
  });

  it('Egypt stays out in most seeds and refuses to enter talks', () => {
    const out = all.map((byState) => byState.get('EGY')!.every((r) => r.status !== 'partner'));
    expect(share(out)).toBeGreaterThanOrEqual(0.75);
    const refused = all.map((byState) => byState.get('EGY')!.some((r) => r.status === 'refused'));
    expect(share(refused)).toBeGreaterThanOrEqual(0.75);
  });

  it('some states refuse in every seed, and some stall in the preparatory phase or on the agenda tier in most', () => {
    const stalls: boolean[] = [];
    for (const byState of all) {
      const finals = [...byState.values()].map((rows) => rows[rows.length - 1].status);
      expect(finals.filter((s) => s === 'refused').length).toBeGreaterThanOrEqual(1);
      const stalled = [...byState.values()].filter(
        (rows) => rows.filter((r) => r.status === 'candidate' || r.status === 'agenda').length >= 12 && rows[rows.length - 1].status !== 'partner',
      );
      stalls.push(stalled.length >= 1);
    }
    // Since the destination's tightening is bounded and loosens again (ODD 7.12), a
    // ready candidate is no longer held back by an ever-rising threshold, and a stall
    // is not produced in every seed (7 of these 8 at 10,000 migrants); the pattern's
    // tolerance over ten seeds is in src/validation/patterns.ts.
    expect(share(stalls)).toBeGreaterThanOrEqual(0.75);
  });

  it('partners end more responsibilised than states that never engaged', () => {
    for (const byState of all) {
      const last = [...byState.values()].map((rows) => rows[rows.length - 1]);
      const partners = last.filter((r) => r.status === 'partner').map((r) => r.responsibilisation);
      const outsiders = last.filter((r) => r.status === 'none' || r.status === 'refused').map((r) => r.responsibilisation);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean(partners)).toBeGreaterThan(mean(outsiders) + 0.2);
    }
  });
});

describe('withdrawal: conduct persists where responsibilisation is high (EU scenario, 8 seeds)', async () => {
  const withdrawalStep = 32;
  const persistence = (rows: StateRow[]) => {
    const before = rows.filter((r) => r.step >= withdrawalStep - 4 && r.step < withdrawalStep);
    const after = rows.filter((r) => r.step >= rows.length - 8);
    const mean = (xs: StateRow[]) => xs.reduce((a, r) => a + r.effort, 0) / xs.length;
    return { before: mean(before), after: mean(after), R: rows[withdrawalStep - 1].responsibilisation };
  };

  it('states with high responsibilisation keep most of their effort after incentives stop', async () => {
    const all = await runs('withdrawal');
    const high = all.flatMap((byState) => [...byState.values()].map(persistence).filter((p) => p.R >= 0.3 && p.before > 0.3));
    // With the calendar (candidacy from 2007 Q2) fewer states are responsibilised by the
    // withdrawal in 2013 Q1 than when every tier existed from 2005: 4 over 8 seeds.
    expect(high.length).toBeGreaterThanOrEqual(SEEDS.length / 2);
    const kept = high.reduce((a, p) => a + p.after / p.before, 0) / high.length;
    expect(kept).toBeGreaterThan(0.75);
  });

  it('without responsibilisation the same partners lose most of their effort (only peer pressure holds some)', async () => {
    const keptBy = async (norms: boolean) => {
      const all = await runs('withdrawal', (s) => (s.processes.internaliseNorms = norms));
      const partners = all.flatMap((byState) =>
        [...byState.values()].filter((rows) => rows[withdrawalStep - 1].status === 'partner').map(persistence),
      );
      // with the calendar, about 1.5 partners a seed by the withdrawal in 2013 Q1
      expect(partners.length).toBeGreaterThanOrEqual(SEEDS.length);
      return partners.reduce((a, p) => a + p.after / p.before, 0) / partners.length;
    };
    const withNorms = await keptBy(true);
    const without = await keptBy(false);
    expect(without).toBeLessThan(0.55);
    expect(withNorms - without).toBeGreaterThan(0.25);
  });
});
