import { describe, expect, it } from 'vitest';
import { parameterGroups } from '../../../src/explorer/parameterFields.js';
import { effectivePolicy, effectiveScenario, leversSchema } from '../../../src/explorer/settings.js';
import { loadScenario } from '../../../src/scenario/load.js';

describe("the explorer's parameter controls", () => {
  it('offer every leaf of the params schema, nested groups as dotted keys, and no object as a control', () => {
    const groups = new Map(parameterGroups());
    const effort = new Map(groups.get('effort'));
    expect(effort.get('anticipation.none')?.default).toBe(0.05);
    expect(effort.get('pillarCost.border')?.default).toBe(1);
    expect(effort.has('anticipation')).toBe(false);
    for (const [, fields] of groups) for (const [, field] of fields) expect(field.type).not.toBe('object');
  });

  it('accept a nested lever, which runs as the scenario with that value', async () => {
    const levers = leversSchema.parse({ params: { effort: { anticipation: { none: 0.1 } } } });
    const { base } = await loadScenario('stylised');
    const scenario = effectiveScenario(base, effectivePolicy({ name: 'partnership', override: {} }, levers), { steps: 4, migrants: 100 });
    expect(scenario.params.effort.anticipation.none).toBe(0.1);
    expect(scenario.params.effort.anticipation.partner).toBe(1);
  });
});
