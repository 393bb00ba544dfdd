/**
 * The null world of the construction patterns and of the selection patterns: a
 * scenario's world in which every origin and transit state starts with the same
 * attributes. Each numeric attribute of those states (capacity, willingness, trust,
 * responsibilisation, sovereignty sensitivity, adoption cost, aid dependence, the cost of
 * no agreement, data quality, emigration restriction, detention capacity, resistance,
 * political bias, emigration potential, diaspora share) is set to its mean over them,
 * every status to `none`, and the per-replicate perturbation (`uncertainty`) to 0, so that
 * the states are identical at step 0. What is kept is structure: roles, the destination
 * that courts each state, forum memberships, routes, experts and the destinations
 * themselves. A state's place in that structure is an opportunity for exposure, not a
 * given attribute of the state.
 */
import { z } from 'zod';
import { stateSchema } from '../scenario/entities.js';
import type { Scenario } from '../scenario/schema.js';

function numericAttributes(): string[] {
  const json = z.toJSONSchema(stateSchema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { type?: string }> };
  return Object.entries(json.properties ?? {})
    .filter(([, field]) => field.type === 'number' || field.type === 'integer')
    .map(([key]) => key)
    .sort();
}

/** A copy of a validated scenario with identical origin and transit states (see the module's description). */
export function homogeneousWorld(scenario: Scenario): Scenario {
  const copy = structuredClone(scenario);
  const courted = copy.states.filter((s) => !s.roles.includes('destination'));
  if (courted.length === 0) return copy;
  const record = (s: (typeof courted)[number]) => s as unknown as Record<string, unknown>;
  for (const key of numericAttributes()) {
    const values = courted.map((s) => record(s)[key]).filter((v): v is number => typeof v === 'number');
    if (values.length === 0) continue;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    for (const s of courted) record(s)[key] = mean;
  }
  for (const s of courted) s.status = 'none';
  copy.uncertainty = 0;
  copy.name = `${scenario.name} (homogeneous states)`;
  return copy;
}
