/**
 * Selection and refusal in the bundled worlds, against the historical record the
 * scenarios' `source` fields cite. These depend on the states' inputs as well as on the
 * dynamics: the homogeneous world (src/validation/homogeneous.ts) is their null model.
 */
import { firstStep } from '../runs.js';
import type { EmergentPattern, PatternRun, PointRuns, SeedVerdict } from './types.js';
import { runOf } from './types.js';
import { partnerOrder } from './measures.js';

const EU = 'eu-mobility-partnerships';
const NA = 'north-america-rcm';
const GOOD_STUDENTS = ['MDA', 'CPV', 'GEO'];

function perSeed(point: PointRuns, f: (run: PatternRun) => SeedVerdict): SeedVerdict[] {
  return point.seeds.map((s) => f(runOf(s, 'partnership')));
}

export const goodStudents: EmergentPattern = {
  id: 'good-students',
  title: 'Moldova, Cape Verde and Georgia sign before any other state',
  kind: 'validation',
  claim: 'the "good students" become partners first',
  statistic: 'number of Moldova, Cape Verde and Georgia among the first three partners',
  tolerance: '= 3 (all three sign, before any other state)',
  reason: 'Kunz l. 597–599 and 857–862; the record: Moldova and Cape Verde June 2008, Georgia November 2009, then Armenia 2011 and Morocco 2013',
  scenarios: [EU],
  needs: ['partnership'],
  evaluate: (point) =>
    perSeed(point, (run) => {
      const first = partnerOrder(run).slice(0, 3).map((p) => p.state);
      const value = first.filter((id) => GOOD_STUDENTS.includes(id)).length;
      return { pass: value === 3, value };
    }),
};

export const egyptRefuses: EmergentPattern = {
  id: 'egypt-refuses',
  title: 'Egypt refuses and stays out',
  kind: 'validation',
  claim: 'some states refuse (Egypt refused to enter into concrete talks)',
  statistic: '1 when Egypt refuses at least once and never becomes a partner, else 0',
  tolerance: '= 1',
  reason: 'Kunz l. 597–599 ("Egypt refused to enter into concrete talks"; European Commission 2012: 13)',
  scenarios: [EU],
  needs: ['partnership'],
  evaluate: (point) =>
    perSeed(point, (run) => {
      const rows = run.states.get('EGY');
      const value = rows && rows.some((r) => r.status === 'refused') && !Number.isFinite(firstStep(rows, 'partner')) ? 1 : 0;
      return { pass: value === 1, value };
    }),
};

export const stalls: EmergentPattern = {
  id: 'stalls',
  title: 'Some states stall or refuse',
  kind: 'validation',
  claim: 'some states refuse, others stall in the preparatory phase',
  statistic: 'the smaller of the number of states that refuse and the number 12+ steps a candidate or on the agenda without signing by the end',
  tolerance: '>= 1',
  reason: 'Kunz l. 597–599 (Morocco and Tunisia "negotiating" for years, Egypt refusing); three years in the preparatory phase is a stall',
  scenarios: [EU],
  needs: ['partnership'],
  evaluate: (point) =>
    perSeed(point, (run) => {
      const all = [...run.states.values()];
      const refusals = all.filter((r) => r.some((x) => x.status === 'refused')).length;
      const stalled = all.filter((r) => r.filter((x) => x.status === 'candidate' || x.status === 'agenda').length >= 12 && r[r.length - 1].status !== 'partner').length;
      const value = Math.min(refusals, stalled);
      return { pass: value >= 1, value };
    }),
};

export const onlyMexico: EmergentPattern = {
  id: 'only-mexico',
  title: 'Mexico stays the United States’ only partner in the region',
  kind: 'validation',
  claim: 'the US builds a partnership with Mexico; Central American states are enlisted through the RCM, not through partnerships of their own',
  statistic: 'number of states other than Mexico that become partners',
  tolerance: '= 0',
  reason: 'Kunz l. 77–78 (Border Partnerships with Mexico and Canada) and l. 659–686 (Central America through the RCM and US-funded projects); the validity review found Costa Rica and Panama partners in most seeds, partnerships that never existed',
  scenarios: [NA],
  needs: ['partnership'],
  evaluate: (point) =>
    perSeed(point, (run) => {
      const value = partnerOrder(run).filter((p) => p.state !== 'MEX').length;
      return { pass: value === 0, value };
    }),
};
