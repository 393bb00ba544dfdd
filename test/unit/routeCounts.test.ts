/**
 * Migrants by status and route (verification): a planted migrant table is counted row
 * by row as placed; every migrant is counted once; and each status summed over the
 * routes is the status's count in the timeseries (migrants_prospective, …) of a run.
 */
import { describe, expect, it } from 'vitest';
import { MIGRANT_STATUSES, MigrantStatusCode as S } from '../../src/domain/vocabulary.js';
import { createRunner } from '../../src/engine/runner.js';
import { migrantsByRoute } from '../../src/indicators/routeCounts.js';
import { DST, buildScenario, makeWorld } from '../helpers/world.js';

const SPEC = {
  states: [{ id: 'ORG' }, { id: 'TRN', roles: ['transit' as const] }, { id: 'OTH' }],
  routes: [
    { origin: 'ORG', via: [], destination: DST },
    { origin: 'ORG', via: ['TRN'], destination: DST },
    { origin: 'OTH', via: ['TRN'], destination: DST },
  ],
  migrants: 40,
};

describe('migrantsByRoute', () => {
  it('counts a planted table by origin, route and status', () => {
    const world = makeWorld(SPEC, 3);
    const { origin, status, route, location, size } = world.migrants;
    const index = new Map(world.states.map((s, i) => [s.id, i]));
    const org = [...Array(size).keys()].filter((m) => origin[m] === index.get('ORG'));
    const oth = [...Array(size).keys()].filter((m) => origin[m] === index.get('OTH'));
    expect(org.length).toBeGreaterThanOrEqual(8);
    expect(oth.length).toBeGreaterThanOrEqual(2);
    // ORG: 2 in transit on the route through TRN, 1 irregular by the direct route, 3 regular, 1 returned, the rest prospective
    const plant = (m: number, code: number, r = 0) => {
      status[m] = code;
      route[m] = r;
      location[m] = code === S.regular || code === S.irregular ? index.get(DST)! : origin[m];
    };
    org.forEach((m) => plant(m, S.prospective));
    oth.forEach((m) => plant(m, S.prospective));
    plant(org[0], S.in_transit, 1);
    plant(org[1], S.in_transit, 1);
    plant(org[2], S.irregular, 0);
    plant(org[3], S.regular, 1); // a stale route index: a regular migrant counts under the regular channel whatever it holds
    plant(org[4], S.regular);
    plant(org[5], S.regular);
    plant(org[6], S.returned, 1);
    plant(oth[0], S.irregular, 0);
    const rows = migrantsByRoute(world);
    const at = (path: string) => rows.find((r) => r.path === path)!;
    expect(rows.map((r) => [r.origin, r.route, r.path])).toEqual([
      ['ORG', 'home', 'ORG'],
      ['ORG', 'regular', 'ORG → DST'],
      ['ORG', 'irregular', 'ORG → DST'],
      ['ORG', 'irregular', 'ORG → TRN → DST'],
      ['OTH', 'home', 'OTH'],
      ['OTH', 'regular', 'OTH → DST'],
      ['OTH', 'irregular', 'OTH → TRN → DST'],
    ]);
    const zero = { prospective: 0, in_transit: 0, regular: 0, irregular: 0, returned: 0 };
    expect(at('ORG')).toMatchObject({ ...zero, prospective: org.length - 7, returned: 1 });
    expect(rows[1]).toMatchObject({ ...zero, regular: 3 });
    expect(rows[2]).toMatchObject({ ...zero, irregular: 1 });
    expect(at('ORG → TRN → DST')).toMatchObject({ ...zero, in_transit: 2 });
    expect(at('OTH')).toMatchObject({ ...zero, prospective: oth.length - 1 });
    expect(at('OTH → TRN → DST')).toMatchObject({ ...zero, irregular: 1 });
  });

  it('counts every migrant once, and each status sums to the timeseries count, at every step of a run', () => {
    const runner = createRunner(buildScenario({ ...SPEC, migrants: 3000, steps: 12 }), { seed: 5, runId: 'r', scenarioName: 's', policy: 'p' });
    let moved = 0;
    while (!runner.done) {
      const row = runner.next();
      const rows = migrantsByRoute(runner.world);
      for (const status of MIGRANT_STATUSES) expect(rows.reduce((total, r) => total + r[status], 0), status).toBe(row[`migrants_${status}`]);
      expect(rows.reduce((total, r) => total + MIGRANT_STATUSES.reduce((t, s) => t + r[s], 0), 0)).toBe(3000);
      moved += rows.filter((r) => r.route === 'irregular').reduce((t, r) => t + r.in_transit + r.irregular, 0);
    }
    expect(moved).toBeGreaterThan(0); // the run sent migrants along irregular routes
  });
});
