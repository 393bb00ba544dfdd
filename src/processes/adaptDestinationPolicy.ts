/**
 * Submodel 7.12 of the ODD (docs/ODD.md), destination adaptation. Each destination averages irregular
 * arrivals over a window; above its target it raises policing (with room to grow),
 * tightens its entry threshold (unless eligibility is unconditional) and widens its outreach by one state the next step;
 * below the target, policing relaxes towards its initial level.
 */
import type { World } from '../world/world.js';

export function adaptDestinationPolicy(world: World): void {
  const p = world.params.destination;
  for (const d of world.destinations) {
    const dest = world.states[d].destination;
    if (!dest) continue;
    dest.arrivalsHistory.push(world.tallies.irregularArrivalsAt[d]);
    if (dest.arrivalsHistory.length > p.window) dest.arrivalsHistory.shift();
    const average = dest.arrivalsHistory.reduce((a, b) => a + b, 0) / dest.arrivalsHistory.length;
    const target = dest.spec.irregularTarget * world.scale;
    if (average > target) {
      dest.policing += p.policingStep * (1 - dest.policing);
      if (!world.params.eligibility.unconditional) dest.entryThreshold = Math.min(0.95, dest.entryThreshold + p.tightening);
      dest.outreachBonus = 1;
    } else {
      dest.policing -= p.relaxation * Math.max(0, dest.policing - dest.policing0);
      dest.outreachBonus = 0;
    }
  }
}
