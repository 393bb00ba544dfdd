/**
 * The bundled scenarios: each loads through the same path the CLI uses, validates
 * against the runtime schema, and holds the facts users rely on (states, roles,
 * forums, experts, calendar, documented sources).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, bundledScenarios, loadScenarioInput } from '../../src/scenario/loader.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { parseScenario } from '../../src/scenario/validate.js';

const FILES = {
  eu: 'scenarios/eu-mobility-partnerships.ts',
  rcm: 'scenarios/north-america-rcm.ts',
  stylised: 'scenarios/stylised.ts',
} as const;

async function load(file: string): Promise<Scenario> {
  const loaded = await loadScenarioInput(file);
  return parseScenario(loaded.input, { file: loaded.file });
}

const byId = (scenario: Scenario) => new Map(scenario.states.map((s) => [s.id, s]));
const sortedRoles = (roles: readonly string[]) => [...roles].sort();

let eu: Scenario;
let rcm: Scenario;
let stylised: Scenario;

beforeAll(async () => {
  [eu, rcm, stylised] = await Promise.all([load(FILES.eu), load(FILES.rcm), load(FILES.stylised)]);
}, 60_000);

describe('bundled scenarios', () => {
  it('are listed by the loader, with the EU scenario as the default', () => {
    expect(bundledScenarios()).toEqual(expect.arrayContaining(['eu-mobility-partnerships', 'north-america-rcm', 'stylised']));
    expect(DEFAULT_SCENARIO).toBe('eu-mobility-partnerships');
  });

  it('document the source of every state', () => {
    for (const scenario of [eu, rcm]) {
      for (const state of scenario.states) {
        expect(state.source.trim(), `${scenario.name}: ${state.id}`).not.toBe('');
      }
    }
  });
});

describe('eu-mobility-partnerships', () => {
  const EXPECTED_ROLES: Record<string, string[]> = {
    MDA: ['origin'],
    CPV: ['origin'],
    GEO: ['origin'],
    ARM: ['origin'],
    AZE: ['origin'],
    BLR: ['origin', 'transit'],
    UKR: ['origin', 'transit'],
    MAR: ['origin', 'transit'],
    TUN: ['origin', 'transit'],
    DZA: ['origin', 'transit'],
    LBY: ['origin', 'transit'],
    EGY: ['origin', 'transit'],
    JOR: ['origin'],
    LBN: ['origin'],
    SEN: ['origin'],
    MLI: ['origin', 'transit'],
  };

  it('runs quarterly from 2005 Q1 for 64 steps', () => {
    expect(eu.name).toBe('eu-mobility-partnerships');
    expect(eu.start).toEqual({ year: 2005, quarter: 1 });
    expect(eu.stepsPerYear).toBe(4);
    expect(eu.steps).toBe(64);
  });

  it('has the EU as its single destination, border pillar heaviest', () => {
    const destinations = eu.states.filter((s) => s.roles.includes('destination'));
    expect(destinations.map((s) => s.id)).toEqual(['EU']);
    const [dest] = destinations;
    expect(dest.roles).toEqual(['destination']);
    const w = dest.destination!.pillarWeights;
    expect(w.border).toBeGreaterThan(w.mobility);
    expect(w.border).toBeGreaterThan(w.development);
    expect(dest.destination!.diasporaProgramme).toBe(true);
    expect(dest.destination!.trustedTraveller).toBeUndefined();
  });

  it('has the sixteen named states with their roles, and at least sixteen origin/transit states', () => {
    const states = byId(eu);
    for (const [id, roles] of Object.entries(EXPECTED_ROLES)) {
      expect(states.has(id), id).toBe(true);
      expect(sortedRoles(states.get(id)!.roles), id).toEqual(roles);
    }
    const originOrTransit = eu.states.filter((s) => s.roles.includes('origin') || s.roles.includes('transit'));
    expect(originOrTransit.length).toBeGreaterThanOrEqual(16);
  });

  it('starts with nothing signed', () => {
    for (const state of eu.states) expect(state.status, state.id).toBe('none');
  });

  it('has three EU-sponsored experts, the Rabat and Budapest processes and the Eastern Partnership', () => {
    expect(eu.experts.map((e) => e.id).sort()).toEqual(['ETF', 'FRONTEX', 'IOM']);
    for (const expert of eu.experts) expect(expert.sponsor).toBe('EU');
    const forums = new Map(eu.forums.map((f) => [f.id, f]));
    expect([...forums.keys()].sort()).toEqual(['BUDAPEST', 'EAP', 'RABAT']);
    expect(forums.get('RABAT')!.members).toEqual(expect.arrayContaining(['MAR', 'SEN', 'MLI']));
    expect(forums.get('RABAT')!.benchmarking).toBe('public');
    expect(forums.get('BUDAPEST')!.members).toEqual(expect.arrayContaining(['MDA', 'GEO', 'ARM', 'AZE', 'BLR', 'UKR']));
    for (const forum of eu.forums) expect(forum.convenor).toBe('EU');
  });

  it('is calibrated so that good students, refusers and weak states can appear', () => {
    const s = byId(eu);
    for (const good of ['MDA', 'CPV', 'GEO']) {
      expect(s.get(good)!.willingness, good).toBeGreaterThan(s.get('EGY')!.willingness);
      expect(s.get(good)!.adoptionCost, good).toBeLessThan(s.get('EGY')!.adoptionCost);
    }
    expect(s.get('EGY')!.noAgreementCost).toBeLessThan(s.get('MDA')!.noAgreementCost);
    expect(s.get('LBY')!.capacity).toBe(Math.min(...eu.states.filter((x) => x.roles.includes('origin')).map((x) => x.capacity)));
    expect(s.get('DZA')!.aidDependence).toBeLessThan(s.get('MAR')!.aidDependence);
  });

  it('routes some origins through transit states', () => {
    const mali = eu.routes.filter((r) => r.origin === 'MLI');
    expect(mali.length).toBeGreaterThanOrEqual(2);
    expect(mali.some((r) => r.via.includes('DZA') && r.via.includes('MAR'))).toBe(true);
    for (const route of eu.routes) expect(route.destination).toBe('EU');
  });
});

describe('north-america-rcm', () => {
  const RCM_MEMBERS = ['BLZ', 'CAN', 'CRI', 'DOM', 'SLV', 'GTM', 'HND', 'MEX', 'NIC', 'PAN', 'USA'];

  it('has the eleven members of the Regional Conference on Migration, the Dominican Republic joining by the calendar', () => {
    const ids = rcm.states.map((s) => s.id);
    expect([...ids].sort()).toEqual([...RCM_MEMBERS].sort());
    const forum = rcm.forums.find((f) => f.id === 'RCM');
    expect(forum).toBeDefined();
    const joins = (rcm.interventions ?? []).filter((iv) => iv.forum?.id === 'RCM' && iv.forum.add).flatMap((iv) => iv.forum!.add!);
    expect(joins).toEqual(['DOM']);
    expect([...forum!.members, ...joins].sort()).toEqual([...RCM_MEMBERS].sort());
    expect(forum!.admission).toBe('policy-in-place');
    // peer monitoring by the plan of action comes with the calendar (1997)
    expect(forum!.benchmarking).toBe('none');
    expect((rcm.interventions ?? []).some((iv) => iv.forum?.id === 'RCM' && iv.forum.benchmarking === 'public' && iv.at === '1997Q1')).toBe(true);
  });

  it('makes Mexico origin and transit, and the US and Canada destinations with trusted-traveller programmes', () => {
    const s = byId(rcm);
    expect(s.get('MEX')!.roles).toEqual(expect.arrayContaining(['origin', 'transit']));
    for (const id of ['USA', 'CAN']) {
      expect(s.get(id)!.roles, id).toEqual(['destination']);
      expect(s.get(id)!.destination?.trustedTraveller, id).toBeDefined();
    }
  });

  it('has the US–Mexico bilateral fora and an IOM secretariat', () => {
    const ids = rcm.forums.map((f) => f.id).sort();
    expect(ids).toEqual(['BLM', 'BNC', 'RCM', 'SPP']);
    expect(rcm.forums.find((f) => f.id === 'BNC')!.members).toEqual(['MEX']);
    expect(rcm.experts.map((e) => e.id)).toEqual(['IOM']);
    expect(rcm.forums.find((f) => f.id === 'RCM')!.experts).toEqual(['IOM']);
  });

  it('sends Central Americans through Mexico', () => {
    for (const origin of ['GTM', 'HND', 'SLV', 'NIC']) {
      const routes = rcm.routes.filter((r) => r.origin === origin);
      expect(routes.length, origin).toBeGreaterThan(0);
      for (const r of routes) expect(r.via, origin).toContain('MEX');
    }
  });

  it('starts in 1995 Q1, before the partnership, with quarterly steps to 2017 Q4 and no state a partner at the start', () => {
    expect(rcm.start).toEqual({ year: 1995, quarter: 1 });
    expect(rcm.stepsPerYear).toBe(4);
    expect(rcm.steps).toBe(92);
    for (const s of rcm.states) expect(s.status, s.id).toBe('none');
  });
});

describe('stylised', () => {
  it('generates 60 states from the seed and lists none of its own', () => {
    expect(stylised.name).toBe('stylised');
    expect(stylised.generate).toBeDefined();
    expect(stylised.generate!.states).toBe(60);
    expect(stylised.states).toEqual([]);
  });
});
