/**
 * Benchmarking against scorecard diplomacy, per annual report, on a world graded like
 * the US Trafficking in Persons report (scenarios/tip-scorecard.ts). What each check is:
 * - the tier shares: the scenario's cut-points were set to give the report's shares
 *   (about 17/47/24/12%), so this is a check of that calibration;
 * - the reaction rates by tier: the submodel holds them as marginal rates by
 *   construction (verification that the conditional rates keep them);
 * - the rates after a downgrade and at an unchanged grade (36% and 21%, Kelley and
 *   Simmons 2015): params.benchmarking.downgradeRatio was calibrated on this world to
 *   give them, so this is a calibration check, not independent validation.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.js';
import { simulate } from '../../src/engine/simulate.js';

describe('benchmarking reactions per annual report on a TIP-like world (5 seeds, 180 states)', async () => {
  const { scenario } = await loadScenario('tip-scorecard');
  const graded = [0, 0, 0, 0, 0];
  const reacted = [0, 0, 0, 0, 0];
  const transitions = { downgraded: [0, 0], unchanged: [0, 0] };
  let reports = 0;
  const reportSteps = new Set<number>();
  for (let seed = 1; seed <= 5; seed++) {
    const run = simulate(scenario, { seed, runId: `tip-${seed}`, scenarioName: 'tip-scorecard', policy: 'partnership' });
    const previous = new Map<string, number>();
    for (const row of run.states) {
      if (row.reported !== 1) continue;
      reports++;
      reportSteps.add(row.step);
      graded[row.grade]++;
      if (row.reacted === 1) reacted[row.grade]++;
      const before = previous.get(row.state);
      if (before !== undefined && row.grade >= before) {
        const kind = row.grade > before ? transitions.downgraded : transitions.unchanged;
        kind[0]++;
        if (row.reacted === 1) kind[1]++;
      }
      previous.set(row.state, row.grade);
    }
  }

  it('publishes one report a year (every 4 quarterly steps) grading every state', () => {
    expect([...reportSteps].sort((a, b) => a - b)).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36]);
    expect(reports).toBe(5 * 10 * 180);
  });

  it('puts about 17%, 47%, 24% and 12% of the rated states in the four tiers (calibrated cut-points)', () => {
    [0.17, 0.47, 0.24, 0.12].forEach((target, k) => expect(Math.abs(graded[k + 1] / reports - target)).toBeLessThan(0.05));
  });

  it('reacts to 13%, 17%, 37% and 51% of the ratings by tier, within 0.05', () => {
    [0.13, 0.17, 0.37, 0.51].forEach((target, k) => expect(Math.abs(reacted[k + 1] / graded[k + 1] - target)).toBeLessThan(0.05));
  });

  it('reacts to 36% of downgrades and 21% of unchanged ratings, within 0.05', () => {
    expect(Math.abs(transitions.downgraded[1] / transitions.downgraded[0] - 0.36)).toBeLessThan(0.05);
    expect(Math.abs(transitions.unchanged[1] / transitions.unchanged[0] - 0.21)).toBeLessThan(0.05);
  });
});
