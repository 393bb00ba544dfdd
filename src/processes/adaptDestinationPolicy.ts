/**
 * Destination adaptation (docs/ODD.md §7.12). Each destination averages irregular
 * arrivals over a window; above its target it raises policing (with room to grow),
 * tightens its entry threshold (unless eligibility is unconditional), by `tightening`
 * a step and never more than `maxTightening` above its initial level, and widens its
 * outreach by one state the next step; below the target, policing relaxes towards its
 * initial level and the entry threshold loosens by `loosening` a step back to its
 * initial level. Tightening is bounded and reversible. The entry threshold is the bar
 * for candidacy: while the calendar keeps candidacy closed to every state the
 * destination courts, there is no bar to raise, so it does not tighten (policing still
 * rises and outreach still widens).
 */
import { tierOpen, type World } from '../world/world.js';

/** Whether the destination offers candidacy to at least one state it courts this step. */
function offersCandidacy(world: World, d: number): boolean {
  return world.partners.some((i) => world.states[i].courtedBy === d && tierOpen(world, world.states[i], 'candidate'));
}

export function adaptDestinationPolicy(world: World): void {
  const p = world.params.destination;
  for (const d of world.destinations) {
    const dest = world.states[d].destination;
    if (!dest) continue;
    dest.arrivalsHistory.push(world.tallies.irregularArrivalsAt[d]);
    if (dest.arrivalsHistory.length > p.window) dest.arrivalsHistory.shift();
    const average = dest.arrivalsHistory.reduce((a, b) => a + b, 0) / dest.arrivalsHistory.length;
    const target = dest.spec.irregularTarget * world.scale;
    const conditional = !world.params.eligibility.unconditional;
    if (average > target) {
      dest.policing += p.policingStep * (1 - dest.policing);
      if (conditional && offersCandidacy(world, d)) {
        const ceiling = Math.min(p.maxEntryThreshold, dest.entryThreshold0 + p.maxTightening);
        dest.entryThreshold = Math.max(dest.entryThreshold, Math.min(ceiling, dest.entryThreshold + p.tightening));
      }
      dest.outreachBonus = 1;
    } else {
      dest.policing -= p.relaxation * Math.max(0, dest.policing - dest.policing0);
      if (conditional) dest.entryThreshold = Math.max(dest.entryThreshold0, dest.entryThreshold - p.loosening);
      dest.outreachBonus = 0;
    }
  }
}
