/**
 * Welfare of destinations, origin and transit states, and migrants, so that the
 * "win-win-win" claim is tested rather than assumed. The weights are assumptions,
 * stated here and in docs/ODD.md; they are indicators only and drive no decision.
 */
import { MigrantStatusCode as S } from '../domain/vocabulary.js';
import type { World } from '../world/world.js';

/** Utility of a migrant in each status, per step (params.welfare; assumptions). */
function migrantUtility(world: World): Record<number, number> {
  const w = world.params.welfare;
  return { [S.prospective]: 0, [S.in_transit]: w.inTransit, [S.regular]: w.regular, [S.irregular]: w.irregular, [S.returned]: w.returned };
}

/** Destinations' welfare this step: migration gains less irregular arrivals, rewards paid and policing. */
export function destinationWelfare(world: World): number {
  const t = world.tallies;
  const perThousand = world.scale > 0 ? 1 / (world.scale * 100) : 0;
  let rewards = 0;
  for (const i of world.partners) rewards += Math.max(0, world.states[i].incentives);
  let policing = 0;
  for (const d of world.destinations) policing += world.states[d].destination?.policing ?? 0;
  const w = world.params.welfare;
  return (w.regularGain * t.regularArrivals - w.irregularCost * t.irregularArrivals - w.returnCost * t.returnsForced) * perThousand - rewards - w.policingCost * policing;
}

/**
 * Mean welfare of origin and transit states this step: rewards and remittances less the
 * costs of compliance; undefined (NaN) when there are no origin or transit states.
 */
export function originWelfare(world: World): number {
  if (world.partners.length === 0) return NaN;
  const w = world.params.welfare;
  let sum = 0;
  for (const i of world.partners) {
    const s = world.states[i];
    const remittances = s.migrantsOf > 0 ? s.regularAbroad / s.migrantsOf : 0;
    sum += s.incentives + w.remittances * remittances - s.adoptionCost * s.effort.border - w.restrictionCost * s.emigrationRestriction - w.resistanceCost * s.resistance;
  }
  return sum / world.partners.length;
}

/** Mean utility of migrants this step, from their status counts. */
export function migrantWelfare(world: World, counts: readonly number[], trusted: number): number {
  const n = world.migrants.size;
  if (n === 0) return 0;
  const utility = migrantUtility(world);
  let sum = trusted * world.params.welfare.trustedBonus;
  counts.forEach((c, code) => (sum += c * utility[code]));
  return sum / n;
}
