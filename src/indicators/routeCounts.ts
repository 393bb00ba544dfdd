/**
 * Migrants by status and route: for each state of origin, how many of its migrants are
 * at home (prospective or returned), abroad through the regular channel, and on or at
 * the end of each of its irregular routes (in transit, or irregular at the route's
 * destination). A migrant's route is the way it is where it is now:
 *
 * - prospective and returned migrants are at home (route `home`);
 * - regular migrants came through the regular channel to their origin's destination
 *   (route `regular`; moveMigrants places them at the first route's destination);
 * - migrants in transit and irregular migrants are on the route they chose when they set
 *   out (route `irregular`, one row per route of their origin, chosen or not).
 *
 * So every migrant is counted once, and each status summed over the rows equals the
 * status's count in timeseries.csv (migrants_prospective, …) at the same step.
 *
 * @example
 * migrantsByRoute(world); // [{ origin: 'MAR', route: 'home', path: 'MAR', prospective: 812, … }, …]
 */
import { MigrantStatusCode as S } from '../domain/vocabulary.js';
import type { World } from '../world/world.js';

export interface RouteCount {
  /** the state of origin's id */
  origin: string;
  /** how its migrants got where they are: at home, the regular channel, or an irregular route */
  route: 'home' | 'regular' | 'irregular';
  /** the states on the way, origin first and destination last, joined by ' → ' ('MAR' at home) */
  path: string;
  prospective: number;
  in_transit: number;
  regular: number;
  irregular: number;
  returned: number;
}

/** The statuses counted per route, in the order of MIGRANT_STATUSES. */
export const ROUTE_STATUSES = ['prospective', 'in_transit', 'regular', 'irregular', 'returned'] as const;

/** Counts of the world's migrants at the current step, by state of origin, route and status (origins in state order). */
export function migrantsByRoute(world: World): RouteCount[] {
  const { origin, status, route, size } = world.migrants;
  const states = world.states;
  const n = states.length;
  // per origin: home, regular, then one slot per irregular route; five statuses each
  const first = new Int32Array(n + 1);
  for (let o = 0; o < n; o++) first[o + 1] = first[o] + (states[o].isOrigin ? 2 + world.routesByOrigin[o].length : 0);
  const counts = new Float64Array(first[n] * 5);
  for (let m = 0; m < size; m++) {
    const o = origin[m];
    const s = status[m];
    const slot = s === S.prospective || s === S.returned ? 0 : s === S.regular ? 1 : 2 + route[m];
    counts[(first[o] + slot) * 5 + s]++;
  }
  const rows: RouteCount[] = [];
  for (let o = 0; o < n; o++) {
    const state = states[o];
    if (!state.isOrigin) continue;
    const routes = world.routesByOrigin[o];
    const row = (slot: number, kind: RouteCount['route'], path: string): RouteCount => {
      const at = (first[o] + slot) * 5;
      return { origin: state.id, route: kind, path, prospective: counts[at + S.prospective], in_transit: counts[at + S.in_transit], regular: counts[at + S.regular], irregular: counts[at + S.irregular], returned: counts[at + S.returned] };
    };
    rows.push(row(0, 'home', state.id));
    rows.push(row(1, 'regular', `${state.id} → ${states[routes[0].destination].id}`));
    routes.forEach((r, k) => rows.push(row(2 + k, 'irregular', [o, ...r.via, r.destination].map((i) => states[i].id).join(' → '))));
  }
  return rows;
}
