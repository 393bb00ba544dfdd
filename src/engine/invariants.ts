/**
 * Invariants checked after every step: every bounded variable in its range, no NaN,
 * every migrant in a valid status. A violation is a bug in the model, never the
 * user's input, so it throws an ordinary Error (the run fails with exit code 1).
 */
import { PARTNERSHIP_STATUSES, PILLARS } from '../domain/vocabulary.js';
import { MAX_INSTITUTIONS, type World } from '../world/world.js';

const UNIT_FIELDS = [
  'capacity',
  'willingness',
  'trust',
  'responsibilisation',
  'dataQuality',
  'emigrationRestriction',
  'detentionCapacity',
  'resistance',
  'standard',
  'pressure',
] as const;

export class InvariantError extends Error {
  override readonly name = 'InvariantError';
}

function fail(world: World, what: string): never {
  throw new InvariantError(`invariant broken at step ${world.step}: ${what}`);
}

export function checkInvariants(world: World): void {
  for (const s of world.states) {
    for (const field of UNIT_FIELDS) {
      const v = s[field];
      if (!(v >= 0 && v <= 1)) fail(world, `${s.id}.${field} = ${v} is outside [0, 1]`);
    }
    for (const p of PILLARS) {
      const v = s.effort[p];
      if (!(v >= 0 && v <= 1)) fail(world, `${s.id}.effort.${p} = ${v} is outside [0, 1]`);
    }
    if (!(s.institutions >= 0 && s.institutions <= MAX_INSTITUTIONS)) fail(world, `${s.id}.institutions = ${s.institutions}`);
    if (!(s.beliefMean >= 0 && s.beliefMean <= 1)) fail(world, `${s.id}.beliefMean = ${s.beliefMean} is outside [0, 1]`);
    if (!Number.isFinite(s.observedPerformance) || !Number.isFinite(s.incentivesTotal)) fail(world, `${s.id} has a non-finite observation or incentive`);
    if (!(s.credibilitySeen >= 0 && s.credibilitySeen <= 1)) fail(world, `${s.id}.credibilitySeen = ${s.credibilitySeen} is outside [0, 1]`);
    if (!(s.keptTotal >= 0 && s.keptTotal <= s.owedTotal + 1e-9)) fail(world, `${s.id} was delivered ${s.keptTotal}, more than the ${s.owedTotal} it was owed`);
    if (!PARTNERSHIP_STATUSES.includes(s.status)) fail(world, `${s.id}.status = ${s.status}`);
    const d = s.destination;
    if (d && !(d.credibility >= 0 && d.credibility <= 1 && d.policing >= 0 && d.policing <= 1)) {
      fail(world, `${s.id} destination credibility or policing outside [0, 1]`);
    }
  }
  for (const e of world.experts) {
    if (!(e.authority >= 0 && e.authority <= 1)) fail(world, `${e.id}.authority = ${e.authority} is outside [0, 1]`);
  }
}
