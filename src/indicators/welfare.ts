/**
 * Welfare of destinations, origin and transit states, and migrants, so that the
 * "win-win-win" claim is tested rather than assumed. The weights are assumptions,
 * stated here and in docs/ODD.md; they are indicators only and drive no decision.
 */
import { MigrantStatusCode as S } from '../domain/vocabulary.js';
import type { World } from '../world/world.js';

/** Utility of a migrant in each status, per step (assumption). */
export const MIGRANT_UTILITY: Record<number, number> = {
  [S.prospective]: 0,
  [S.in_transit]: -0.5,
  [S.regular]: 1,
  [S.irregular]: 0.4,
  [S.returned]: -0.2,
};
/** Extra utility of a trusted traveller per step (assumption). */
export const TRUSTED_BONUS = 0.1;

/** Destinations' welfare this step: migration gains less irregular arrivals, rewards paid and policing. */
export function destinationWelfare(world: World): number {
  const t = world.tallies;
  const perThousand = world.scale > 0 ? 1 / (world.scale * 100) : 0;
  let rewards = 0;
  for (const i of world.partners) rewards += Math.max(0, world.states[i].incentives);
  let policing = 0;
  for (const d of world.destinations) policing += world.states[d].destination?.policing ?? 0;
  return (1 * t.regularArrivals - 2 * t.irregularArrivals - 0.5 * t.returnsForced) * perThousand - rewards - 0.5 * policing;
}

/**
 * Mean welfare of origin and transit states this step: rewards and remittances less the
 * costs of compliance; undefined (NaN) when there are no origin or transit states.
 */
export function originWelfare(world: World): number {
  if (world.partners.length === 0) return NaN;
  let sum = 0;
  for (const i of world.partners) {
    const s = world.states[i];
    const remittances = s.migrantsOf > 0 ? s.regularAbroad / s.migrantsOf : 0;
    sum += s.incentives + 0.5 * remittances - s.adoptionCost * s.effort.border - 0.5 * s.emigrationRestriction - 0.2 * s.resistance;
  }
  return sum / world.partners.length;
}

/** Mean utility of migrants this step, from their status counts. */
export function migrantWelfare(world: World, counts: readonly number[], trusted: number): number {
  const n = world.migrants.size;
  if (n === 0) return 0;
  let sum = trusted * TRUSTED_BONUS;
  counts.forEach((c, code) => (sum += c * MIGRANT_UTILITY[code]));
  return sum / n;
}
