/**
 * A stylised world: N origin and transit states whose heterogeneity is drawn from the
 * run's seed (stream `world`), one destination, a few forums and experts.
 */
import type { RandomStream } from '../engine/random.js';
import type { ExpertSpec, ForumSpec, GeneratorSpec, RouteSpec, StateSpec } from '../scenario/entities.js';

export interface GeneratedEntities {
  states: StateSpec[];
  experts: ExpertSpec[];
  forums: ForumSpec[];
  routes: RouteSpec[];
}

const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export function generateStylisedWorld(spec: GeneratorSpec, rng: RandomStream): GeneratedEntities {
  const draw = (mean: number) => clamp(mean + (2 * rng.next() - 1) * spec.spread);
  const width = String(spec.states).length;
  const states: StateSpec[] = [
    {
      id: 'DST',
      name: 'Destination',
      roles: ['destination'],
      source: 'generated',
      capacity: 0.9, willingness: 0.9, trust: 0.5, responsibilisation: 0, sovereigntySensitivity: 0.2,
      adoptionCost: 0, aidDependence: 0, noAgreementCost: 0, dataQuality: 0.9, emigrationRestriction: 0,
      detentionCapacity: 0, resistance: 0, politicalBias: 0, emigrationPotential: 0, diasporaShare: 0,
      status: 'none', destination: spec.destination,
    },
  ];
  const transit: string[] = [];
  for (let i = 0; i < spec.states; i++) {
    const id = `S${String(i + 1).padStart(width, '0')}`;
    const isTransit = rng.next() < spec.transitShare;
    if (isTransit) transit.push(id);
    states.push({
      id,
      name: `State ${i + 1}`,
      roles: isTransit ? ['origin', 'transit'] : ['origin'],
      source: 'generated from the seed: uniform around the schema defaults',
      capacity: draw(0.45),
      willingness: draw(0.45),
      trust: draw(0.3),
      responsibilisation: 0,
      sovereigntySensitivity: draw(0.35),
      adoptionCost: draw(0.35),
      aidDependence: draw(0.4),
      noAgreementCost: draw(0.2),
      dataQuality: draw(0.25),
      emigrationRestriction: 0,
      detentionCapacity: 0,
      resistance: 0,
      politicalBias: (rng.next() - 0.5) * spec.spread,
      emigrationPotential: 0.2 + 1.8 * rng.next(),
      diasporaShare: 0.05 + 0.1 * rng.next(),
      status: 'none',
    });
  }
  const experts: ExpertSpec[] = Array.from({ length: spec.experts }, (_, e) => ({
    id: `X${e + 1}`,
    name: `Expert organisation ${e + 1}`,
    sponsor: 'DST',
    mandate: 'technical assistance on request',
    mandateServices: ['training', 'capacity'],
    budget: 3 + Math.round(spec.states / 10),
    services: ['profile', 'training', 'capacity', 'wishlist', 'standards'],
    authority: 0.2,
  }));
  const forums: ForumSpec[] = Array.from({ length: spec.forums }, (_, f) => ({
    id: `F${f + 1}`,
    name: `Regional process ${f + 1}`,
    convenor: 'DST',
    members: [] as string[],
    applicants: [] as string[],
    experts: experts.length > 0 ? [experts[f % experts.length].id] : [],
    meetEvery: 2,
    benchmarking: 'public',
    admission: 'open',
    admissionThreshold: 0.3,
  }));
  const routes: RouteSpec[] = [];
  for (const state of states.slice(1)) {
    if (forums.length > 0 && rng.next() < 0.6) forums[Math.floor(rng.next() * forums.length)].members.push(state.id);
    const others = transit.filter((t) => t !== state.id);
    if (others.length > 0) {
      const via = others[Math.floor(rng.next() * others.length)];
      routes.push({ origin: state.id, via: [via], destination: 'DST' });
    }
    routes.push({ origin: state.id, via: [], destination: 'DST' });
  }
  return { states, experts, forums, routes };
}
