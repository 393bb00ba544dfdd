/**
 * The quasi-contract, the experts' mandates and the migrants' subject positions as a
 * user checks them in states.csv and timeseries.csv (EU and North American scenarios,
 * a few seeds, 5,000 migrants).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, simulate, type PolicyName, type SimulationResult } from '../../src/index.js';

const SEEDS = [1, 2, 3, 4];

async function runs(ref: string, policy: PolicyName): Promise<SimulationResult[]> {
  const { scenario, slug } = await loadScenario(ref, { migrants: 5000, policy });
  return SEEDS.map((seed) => simulate(scenario, { seed, runId: `m${seed}`, scenarioName: slug, policy }));
}

const last = <T>(xs: T[]): T => xs[xs.length - 1];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('mechanisms in the outputs (EU scenario)', async () => {
  const eu = await runs('eu-mobility-partnerships', 'partnership');
  const { scenario } = await loadScenario('eu-mobility-partnerships');
  const margin = scenario.params.partnership.commitmentMargin;
  const announced = scenario.states.find((s) => s.id === 'EU')!.destination!.credibility;

  it("states.csv: a partner's commitments are its effort at signature plus the margin, and stay fixed", () => {
    let partners = 0;
    for (const run of eu) {
      const byState = new Map<string, typeof run.states>();
      for (const row of run.states) if (row.roles !== 'destination') byState.set(row.state, [...(byState.get(row.state) ?? []), row]);
      for (const rows of byState.values()) {
        const signed = rows.findIndex((r) => r.status === 'partner');
        if (signed < 0) {
          expect(rows.every((r) => Number.isNaN(r.commitment_border))).toBe(true);
          continue;
        }
        partners++;
        const at = rows[signed];
        expect(at.commitment_border).toBeCloseTo(Math.min(1, at.effort_border + margin), 12);
        expect(at.commitment_mobility).toBeCloseTo(Math.min(1, at.effort_mobility + margin), 12);
        for (const r of rows.slice(signed)) expect(r.commitment_border).toBe(at.commitment_border);
        // monitoring (which runs before signature in a step) judges every later step it is a partner: a share in [0, 1]
        for (let k = signed + 1; k < rows.length; k++) {
          if (rows[k].status !== 'partner' || rows[k - 1].status !== 'partner') continue;
          expect(rows[k].commitment_kept).toBeGreaterThanOrEqual(0);
          expect(rows[k].commitment_kept).toBeLessThanOrEqual(1);
        }
      }
    }
    expect(partners).toBeGreaterThan(0);
  });

  it("states.csv: the credibility partners see is learnt from delivery; it moves away from the announced value and tracks the share delivered", () => {
    for (const run of eu) {
      const end = run.states.filter((r) => r.step === last(run.states).step && r.status === 'partner');
      expect(end.length).toBeGreaterThan(0);
      for (const r of end) {
        expect(r.delivered_share).toBeGreaterThan(0.3);
        expect(r.delivered_share).toBeLessThanOrEqual(1);
        expect(r.credibility_seen).not.toBe(announced);
        expect(Math.abs(r.credibility_seen - announced)).toBeLessThan(0.3);
      }
    }
  });

  it('timeseries.csv: a credibility shock lowers the credibility partners see, gradually (learning), not at once', async () => {
    const shocked = await runs('eu-mobility-partnerships', 'credibility-shock');
    const step = 24;
    for (let k = 0; k < SEEDS.length; k++) {
      const base = eu[k].timeseries;
      const shock = shocked[k].timeseries;
      expect(shock[step].mean_credibility_seen).toBeGreaterThan(shock[step + 12].mean_credibility_seen);
      expect(last(shock).mean_credibility_seen).toBeLessThan(last(base).mean_credibility_seen - 0.1);
      expect(last(shock).mean_delivered_share).toBeLessThan(last(base).mean_delivered_share);
    }
  });

  it('timeseries.csv: expert_beyond_mandate is the share of services outside the mandates (IOM profiles and wish-lists), empty without experts', async () => {
    for (const run of eu) {
      const share = last(run.timeseries).expert_beyond_mandate;
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThan(1);
    }
    const none = await runs('eu-mobility-partnerships', 'no-experts');
    for (const run of none) expect(last(run.timeseries).expert_beyond_mandate).toBeNaN();
  });

  it('timeseries.csv: the nationals of partner states hold a regular status more often than the others (the hierarchy as an outcome)', () => {
    const gaps = eu.map((run) => {
      const rows = run.timeseries.slice(-8);
      return mean(rows.map((r) => r.regular_share_partner_origins)) - mean(rows.map((r) => r.regular_share_other_origins));
    });
    expect(mean(gaps)).toBeGreaterThan(0);
    expect(gaps.filter((g) => g > 0).length).toBeGreaterThanOrEqual(3);
  });
});

describe('trusted travellers (North American scenario)', async () => {
  const na = await runs('north-america-rcm', 'partnership');

  it('timeseries.csv: regular migrants with a clean record enrol, and regular migrants are inspected at the border', () => {
    for (const run of na) {
      expect(last(run.timeseries).trusted_travellers).toBeGreaterThan(0);
      expect(run.timeseries.reduce((a, r) => a + r.border_checks, 0)).toBeGreaterThan(0);
    }
  });
});
