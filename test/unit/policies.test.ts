import { describe, expect, it } from 'vitest';
import { POLICIES, POLICY_NAMES, applyPolicy, defineScenario, getPolicy, parseScenario, shockStep } from '../../src/index.js';

const base = defineScenario({
  name: 'policy-test',
  steps: 40,
  migrants: 100,
  states: [
    { id: 'D', name: 'Destination', roles: ['destination'], source: 'test', emigrationPotential: 0, destination: {} },
    { id: 'A', name: 'Origin', roles: ['origin'], source: 'test' },
  ],
  shocks: { credibility: { step: 10, factor: 0.5 } },
});

describe('named policies', () => {
  it('are the eleven of the model, each with a description and a contrast', () => {
    expect(POLICY_NAMES).toEqual([
      'partnership',
      'conditionality',
      'no-monitoring',
      'no-benchmarking',
      'no-experts',
      'unconditional-eligibility',
      'policing-only',
      'generous-mobility',
      'credibility-shock',
      'withdrawal',
      'full-withdrawal',
    ]);
    for (const name of POLICY_NAMES) {
      expect(POLICIES[name].description.length).toBeGreaterThan(10);
      expect(POLICIES[name].contrast.length).toBeGreaterThan(10);
    }
  });

  it('every policy validates on a scenario and changes only what it says', () => {
    for (const name of POLICY_NAMES) {
      const scenario = parseScenario(base, { policy: getPolicy(name) });
      expect(scenario.states).toHaveLength(2);
    }
    const conditional = parseScenario(base, { policy: getPolicy('conditionality') });
    expect(conditional.processes.holdDialogue).toBe(false);
    expect(conditional.processes.moveMigrants).toBe(true);
    expect(conditional.params.partnership.conditional).toBe(true);
    expect(conditional.params.responsibilisation.crowdingOut).toBeGreaterThan(0);
    const plain = parseScenario(base);
    expect(plain.params.partnership.conditional).toBe(false);
  });

  it("a policy's shock replaces the scenario's shock of the same kind whole", () => {
    const merged = applyPolicy(base, getPolicy('credibility-shock'));
    expect(merged.shocks?.credibility).toEqual({ atShare: 0.375, factor: 0.3 });
    const scenario = parseScenario(base, { policy: getPolicy('credibility-shock') });
    expect(shockStep(scenario.shocks.credibility!, scenario.steps)).toBe(15);
    // the scenario's own shock stays when the policy sets none
    expect(parseScenario(base, { policy: getPolicy('withdrawal') }).shocks.credibility).toEqual({ step: 10, factor: 0.5 });
  });

  it('shocks timed by a share of the horizon work with short runs', () => {
    const short = parseScenario({ ...base, shocks: {} }, { policy: getPolicy('withdrawal'), steps: 6 });
    expect(shockStep(short.shocks.withdrawal!, short.steps)).toBe(3);
  });
});
