/** Counts of migrants per status, as indicators read them. */
import { MigrantFlag } from '../world/migrants.js';
import type { World } from '../world/world.js';

/** Counts of migrants per status code, and of diaspora-engaged and trusted ones. */
export function countMigrants(world: World): { counts: number[]; diaspora: number; trusted: number; temporary: number } {
  // moveMigrants counts as it goes; count here only when it did not run this step.
  const tallied = world.tallies.migrantCounts;
  if (tallied && tallied.step === world.step) return tallied;
  const { status, flags, size } = world.migrants;
  const counts = [0, 0, 0, 0, 0];
  let diaspora = 0;
  let trusted = 0;
  let temporary = 0;
  for (let m = 0; m < size; m++) {
    counts[status[m]]++;
    const f = flags[m];
    if (f & MigrantFlag.diaspora) diaspora++;
    if (f & MigrantFlag.trusted) trusted++;
    if (f & MigrantFlag.temporary) temporary++;
  }
  return { counts, diaspora, trusted, temporary };
}
