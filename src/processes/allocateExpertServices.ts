/**
 * Submodel 7.2 of the ODD (docs/ODD.md), expert services (a technology of performance). Each expert
 * organisation shares its budget among requests from the states its sponsor courts,
 * partners first, then candidates, agenda states and states in dialogue (which
 * reinforces selection); ties are broken by a random key drawn for every state at
 * every step. Migration profiles raise data quality; training and capacity-building
 * raise capacity with room to grow (capacity-building half again as much as training, at most the whole room); "wish-list" help brings candidates towards
 * eligibility. Capacity and data quality above their initial levels decay. Authority
 * grows with use and demand. Each organisation's formal mandate covers a list of
 * services; what it delivers outside the list is counted (expert_beyond_mandate, the
 * share since the start), and below an authority of `beyondMandateAuthority` it offers
 * only the services its mandate covers. After a full withdrawal no service is
 * delivered (the draws go on, authority decays).
 */
import type { PartnershipStatus } from '../domain/vocabulary.js';
import type { ExpertAgent, StateAgent, World } from '../world/world.js';

const PRIORITY: Record<PartnershipStatus, number> = {
  partner: 0,
  candidate: 1,
  agenda: 2,
  dialogue: 3,
  suspended: 4,
  none: -1,
  refused: -1,
};

/** The service an expert gives a state, or null when its menu has nothing for it. */
export function chooseService(world: World, expert: ExpertAgent, state: StateAgent): string | null {
  const p = world.params.experts;
  // Below the authority it needs to act beyond its mandate, an expert offers only what its mandate covers.
  const withinOnly = expert.authority < p.beyondMandateAuthority;
  const s = { has: (service: string) => expert.services.has(service) && (!withinOnly || expert.mandate.has(service)) };
  if (state.status === 'candidate' && s.has('wishlist')) return 'wishlist';
  if (state.dataQuality < p.profileThreshold && s.has('profile')) return 'profile';
  if (s.has('capacity') && state.capacity < p.capacityThreshold) return 'capacity';
  if (s.has('training')) return 'training';
  if (s.has('capacity')) return 'capacity';
  if (s.has('profile')) return 'profile';
  return null;
}


export function deliverService(world: World, service: string, state: StateAgent): void {
  const p = world.params.experts;
  switch (service) {
    case 'profile':
      state.dataQuality += p.profileGain * (1 - state.dataQuality);
      state.profiled = true;
      break;
    case 'training':
      state.capacity += p.trainingGain * (1 - state.capacity);
      state.trained = true;
      break;
    case 'capacity':
      state.capacity += Math.min(1, 1.5 * p.trainingGain) * (1 - state.capacity);
      state.trained = true;
      break;
    case 'wishlist':
      state.capacity += p.wishlistGain * (1 - state.capacity);
      state.willingness += p.wishlistGain * (1 - state.willingness);
      break;
  }
  if (state.partnership >= 0) world.partnerships[state.partnership].projects += 1;
}

export function allocateExpertServices(world: World): void {
  const p = world.params.experts;
  const rng = world.streams.allocateExpertServices;
  for (const i of world.partners) {
    const state = world.states[i];
    state.capacity -= p.capacityDecay * Math.max(0, state.capacity - state.capacity0);
    state.dataQuality -= p.dataDecay * Math.max(0, state.dataQuality - state.dataQuality0);
  }
  for (const expert of world.experts) {
    const requests: { state: StateAgent; priority: number; key: number }[] = [];
    for (const i of world.partners) {
      const state = world.states[i];
      const key = rng.next();
      const priority = PRIORITY[state.status];
      if (state.courtedBy === expert.sponsor && priority >= 0) requests.push({ state, priority, key });
    }
    requests.sort((a, b) => a.priority - b.priority || a.key - b.key);
    let budget = expert.budget;
    expert.delivered = 0;
    for (const { state } of requests) {
      if (world.technologiesStopped || budget < p.serviceCost) break;
      const service = chooseService(world, expert, state);
      if (!service) continue;
      deliverService(world, service, state);
      budget -= p.serviceCost;
      expert.delivered += 1;
      expert.deliveredTotal += 1;
      if (!expert.mandate.has(service)) expert.beyondMandateTotal += 1;
    }
    world.tallies.expertServices += expert.delivered;
    const capacityServices = expert.budget / p.serviceCost;
    const use = capacityServices > 0 ? Math.min(1, expert.delivered / capacityServices) : 0;
    const demand = capacityServices > 0 ? Math.min(1, requests.length / capacityServices) : 0;
    expert.authority += p.authorityGain * use * demand * (1 - expert.authority) - p.authorityDecay * expert.authority;
  }
}
