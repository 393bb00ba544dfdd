import { describe, expect, it } from 'vitest';
import { createRunner } from '../../../src/engine/runner.js';
import { simulate } from '../../../src/engine/simulate.js';
import { scenarioHash } from '../../../src/scenario/canonical.js';
import { loadScenario } from '../../../src/scenario/load.js';
import { getPolicy } from '../../../src/scenario/policies.js';
import { parseScenario } from '../../../src/scenario/validate.js';
import { effectivePolicy, effectiveScenario } from '../../../src/explorer/settings.js';

const labels = { seed: 3, runId: 'r', scenarioName: 'stylised', policy: 'withdrawal' };

describe('the step-wise runner that simulate and the explorer share', () => {
  it('gives, step by step, the rows simulate gives for the whole run', async () => {
    const { scenario } = await loadScenario('stylised', { policy: 'withdrawal', steps: 12, migrants: 500 });
    const whole = simulate(scenario, labels).timeseries;
    const runner = createRunner(scenario, labels);
    const rows = [];
    while (!runner.done) rows.push(runner.next());
    expect(rows).toEqual(whole);
    expect(() => runner.next()).toThrow(/horizon of 12 steps/);
  });

  it('stopAfter k gives the first k rows of the whole run, with the shocks timed by the horizon', async () => {
    // withdrawal stops incentives at half the horizon: a run of 8 steps would stop them at step 4, not 6
    const { scenario } = await loadScenario('stylised', { policy: 'withdrawal', steps: 12, migrants: 500 });
    const whole = simulate(scenario, labels).timeseries;
    const part = simulate(scenario, { ...labels, stopAfter: 8 });
    expect(part.timeseries).toEqual(whole.slice(0, 8));
    const shorter = (await loadScenario('stylised', { policy: 'withdrawal', steps: 8, migrants: 500 })).scenario;
    expect(simulate(shorter, labels).timeseries).not.toEqual(whole.slice(0, 8));
  });
});

describe('the scenario the explorer hands to the page', () => {
  it('validates again to the same scenario, with the same hash as on the command line', async () => {
    for (const ref of ['eu-mobility-partnerships', 'north-america-rcm', 'stylised']) {
      const loaded = await loadScenario(ref, { policy: 'conditionality', migrants: 1000 });
      const json = JSON.parse(JSON.stringify(loaded.base));
      expect(scenarioHash(parseScenario(json))).toBe(scenarioHash(loaded.base));
      const policy = getPolicy('conditionality');
      const run = effectiveScenario(json, effectivePolicy(policy, {}), { steps: loaded.base.steps, migrants: 1000 });
      expect(scenarioHash(run)).toBe(scenarioHash(loaded.scenario));
    }
  });

  it('lets a lever moved in the page win over the policy it starts from', async () => {
    const loaded = await loadScenario('stylised');
    const policy = getPolicy('conditionality');
    const run = effectiveScenario(loaded.base, effectivePolicy(policy, { params: { partnership: { sanctions: 0.9 } }, processes: { holdDialogue: true } }), { steps: 4, migrants: 10 });
    expect(run.params.partnership.sanctions).toBe(0.9);
    expect(run.params.partnership.conditional).toBe(true);
    expect(run.processes.holdDialogue).toBe(true);
    expect(run.processes.rankPeers).toBe(false);
  });
});
