/**
 * The hierarchy among migrants as an outcome (docs/ODD.md §7.13): the nationals of
 * partner states (the "worthy and useful partners who become the target of courting
 * strategies") against those of the other origin states (whose undocumented migrants
 * are "the objects of policy interventions"), compared on rights (a regular status),
 * channels (regular arrivals), treatment (forced and voluntary returns) and the border
 * (trusted-traveller enrolment). Each rate is NaN when its group has no one to count.
 */
import type { StateAgent, World } from '../world/world.js';

export interface HierarchyGroup {
  regularShare: number;
  regularChannelRate: number;
  forcedReturnRate: number;
  voluntaryReturnRate: number;
  trustedShare: number;
}

const ratio = (a: number, b: number, per = 1) => (b > 0 ? (per * a) / b : NaN);

/** The indicators of the migrants of the origin states that pass `member`. */
export function hierarchyGroup(world: World, member: (s: StateAgent) => boolean): HierarchyGroup {
  let regular = 0;
  let irregular = 0;
  let migrants = 0;
  let arrivals = 0;
  let forced = 0;
  let voluntary = 0;
  let trusted = 0;
  for (const i of world.partners) {
    const s = world.states[i];
    if (!s.isOrigin || !member(s)) continue;
    regular += s.regularAbroad;
    irregular += s.irregularAbroad;
    migrants += s.migrantsOf;
    arrivals += s.regularArrivalsOf;
    forced += s.readmissions;
    voluntary += s.voluntaryReturnsOf;
    trusted += s.trustedOf;
  }
  return {
    regularShare: ratio(regular, regular + irregular),
    regularChannelRate: ratio(arrivals, migrants, 1000),
    forcedReturnRate: ratio(forced, regular + irregular, 1000),
    voluntaryReturnRate: ratio(voluntary, irregular, 1000),
    trustedShare: ratio(trusted, regular),
  };
}

/** The nationals of partner states (status partner) and those of the other origin states. */
export function hierarchy(world: World): { partner: HierarchyGroup; other: HierarchyGroup } {
  return {
    partner: hierarchyGroup(world, (s) => s.status === 'partner'),
    other: hierarchyGroup(world, (s) => s.status !== 'partner'),
  };
}
