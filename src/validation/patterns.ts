/**
 * The article's patterns at the scenarios' defaults, each a check with a statistic, a
 * stated tolerance and a verdict, computed over several seeds. Five are validation
 * (emergent); four follow from one equation each and are verification
 * (src/validation/verification.ts). The same patterns scored over the parameter space,
 * per seed and per model variant, are in src/validation/emergent/. The
 * same checks run in test/validation/, in notebooks/03-validation.ipynb and in the
 * TRACE appendix of docs/ODD.md.
 */
import type { StateRow } from '../indicators/columns.js';
import { firstStep, mean, share, type RunSet } from './runs.js';
import { expertAuthority, institutionsFollowResponsibilisation, migrantHierarchy, resistanceWithCost } from './verification.js';

export interface PatternResult {
  id: string;
  /**
   * `validation`: a pattern of the article the model is to reproduce; `verification`: a
   * check that follows from one equation of the model (src/validation/verification.ts),
   * kept to show the code does what the equation says, not as evidence for the article
   */
  kind: 'validation' | 'verification';
  title: string;
  /** the article's claim the pattern stands for */
  claim: string;
  statistic: string;
  value: number;
  tolerance: string;
  pass: boolean;
  detail: string;
}

export interface ValidationData {
  partnership: RunSet;
  noBenchmarking: RunSet;
  noExperts: RunSet;
  withdrawal: RunSet;
  withdrawalWithoutNorms: RunSet;
  rcm: RunSet;
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : String(x));
const GOOD_STUDENTS = ['MDA', 'CPV', 'GEO'];

function goodStudentsFirst(d: ValidationData): PatternResult {
  const first = d.partnership.runs.map((run) => {
    const good = Math.max(...GOOD_STUDENTS.map((id) => firstStep(run.states.get(id)!, 'partner')));
    return Number.isFinite(good) && [...run.states.entries()].every(([id, rows]) => GOOD_STUDENTS.includes(id) || firstStep(rows, 'partner') > good);
  });
  const value = share(first);
  return {
    id: 'good-students',
    kind: 'validation',
    title: 'Good students become partners first',
    claim: 'willing, capable "good students" (Moldova, Cape Verde) become partners first',
    statistic: 'share of seeds in which Moldova, Cape Verde and Georgia all sign before any other state',
    value,
    tolerance: '>= 0.7',
    pass: value >= 0.7,
    detail: `${first.filter(Boolean).length} of ${first.length} seeds`,
  };
}

function egyptRefuses(d: ValidationData): PatternResult {
  const out = d.partnership.runs.map((run) => run.states.get('EGY')!.every((r) => r.status !== 'partner'));
  const refused = d.partnership.runs.map((run) => run.states.get('EGY')!.some((r) => r.status === 'refused'));
  const value = share(out);
  return {
    id: 'egypt-refuses',
    kind: 'validation',
    title: 'Egypt refuses and stays out',
    claim: 'some states refuse (Egypt refused to enter into concrete talks)',
    statistic: 'share of seeds in which Egypt never becomes a partner (and refuses at least once)',
    value,
    tolerance: '>= 0.8 (and refuses in >= 0.8)',
    pass: value >= 0.8 && share(refused) >= 0.8,
    detail: `out in ${fmt(value)}, refuses in ${fmt(share(refused))} of seeds`,
  };
}

function stallsAndRefusals(d: ValidationData): PatternResult {
  const both = d.partnership.runs.map((run) => {
    const rows = [...run.states.values()];
    const refusals = rows.filter((r) => r.some((x) => x.status === 'refused')).length;
    const stalls = rows.filter((r) => r.filter((x) => x.status === 'candidate' || x.status === 'agenda').length >= 12 && r[r.length - 1].status !== 'partner').length;
    return refusals >= 1 && stalls >= 1;
  });
  const value = share(both);
  return {
    id: 'stalls',
    kind: 'validation',
    title: 'Some states stall or refuse',
    claim: 'some states refuse, others stall in the preparatory phase',
    statistic: 'share of seeds with at least one refusal and one state 12+ steps a candidate or on the agenda without signing',
    value,
    tolerance: '>= 0.9',
    pass: value >= 0.9,
    detail: `${both.filter(Boolean).length} of ${both.length} seeds`,
  };
}

/** Every grading of a state by a public report, with whether it reacted (states.csv's `reported` and `reacted`). */
function reactions(set: RunSet): { grade: number; downgraded: boolean; reacted: boolean; effortChange: number }[] {
  const out: { grade: number; downgraded: boolean; reacted: boolean; effortChange: number }[] = [];
  for (const run of set.runs) {
    for (const rows of run.states.values()) {
      for (let t = 0; t + 4 < rows.length; t++) {
        const now = rows[t];
        if (now.reported !== 1) continue;
        // the grade published before this report (grades hold between reports), as rankPeers compares
        const previous = t > 0 ? rows[t - 1].grade : 0;
        out.push({ grade: now.grade, downgraded: previous > 0 && now.grade > previous, reacted: now.reacted === 1, effortChange: rows[t + 4].effort - now.effort });
      }
    }
  }
  return out;
}

function benchmarkingGradient(d: ValidationData): PatternResult {
  const events = reactions(d.partnership);
  const rate = (f: (e: (typeof events)[number]) => boolean) => share(events.filter(f).map((e) => e.reacted));
  const byGrade = [1, 2, 3, 4].map((g) => rate((e) => e.grade === g));
  const downgraded = rate((e) => e.downgraded);
  const unchanged = rate((e) => !e.downgraded);
  const afterReaction = mean(events.filter((e) => e.reacted).map((e) => e.effortChange));
  const without = mean(events.filter((e) => !e.reacted).map((e) => e.effortChange));
  // The states ranked in public tables under partnership, and the same states without public tables.
  const ranked = new Set(d.partnership.runs.flatMap((run) => [...run.states.entries()].filter(([, rows]) => rows.some((r) => r.grade > 0)).map(([id]) => id)));
  const members = (set: RunSet) => mean(set.runs.flatMap((run) => [...run.states.entries()].filter(([id]) => ranked.has(id)).map(([, rows]) => mean(rows.map((r) => r.effort)))));
  const competition = members(d.partnership) - members(d.noBenchmarking);
  const monotone = byGrade.every((r, k) => k === 0 || r >= byGrade[k - 1] - 0.03);
  const pass = monotone && byGrade[3] - byGrade[0] >= 0.2 && downgraded > unchanged && afterReaction > without && competition > 0;
  return {
    id: 'benchmarking',
    kind: 'validation',
    title: 'Public benchmarking makes members compete, the low-ranked and downgraded most',
    claim: 'benchmarking in a regional process makes members compete on activity (scorecard diplomacy: reactions rise from top to bottom tier and after downgrades)',
    statistic: 'reaction rate at the bottom grade minus at the top grade',
    value: byGrade[3] - byGrade[0],
    tolerance: '>= 0.2, rates non-decreasing by grade (0.03 slack), downgraded > unchanged, effort rises more after a reaction, and ranked states exert more effort than without public tables',
    pass,
    detail: `reaction rates by grade ${byGrade.map(fmt).join(', ')} (Kelley and Simmons: 0.13, 0.17, 0.37, 0.51); downgraded ${fmt(downgraded)} vs unchanged ${fmt(unchanged)}; effort change over 4 steps after a reaction ${fmt(afterReaction)} vs ${fmt(without)}; ranked states' mean effort minus no-benchmarking ${fmt(competition)}`,
  };
}

function keptEffort(set: RunSet, select: (rows: StateRow[], at: number) => boolean): number {
  const at = Math.floor((set.scenario.shocks.withdrawal?.atShare ?? 0.5) * set.scenario.steps);
  const kept = set.runs.flatMap((run) =>
    [...run.states.values()]
      .filter((rows) => select(rows, at))
      .map((rows) => mean(rows.slice(-8).map((r) => r.effort)) / mean(rows.slice(at - 4, at).map((r) => r.effort))),
  );
  return mean(kept);
}

function persistence(d: ValidationData): PatternResult {
  const high = keptEffort(d.withdrawal, (rows, at) => rows[at - 1].responsibilisation >= 0.3 && mean(rows.slice(at - 4, at).map((r) => r.effort)) > 0.3);
  const partnerAt = (rows: StateRow[], at: number) => rows[at - 1].status === 'partner';
  const withNorms = keptEffort(d.withdrawal, partnerAt);
  const without = keptEffort(d.withdrawalWithoutNorms, partnerAt);
  return {
    id: 'persistence',
    kind: 'validation',
    title: 'Responsibilised partners keep governing themselves after incentives stop',
    claim: 'responsibilised partners keep governing themselves after incentives stop',
    statistic: 'share of effort kept (last 8 steps / 4 steps before withdrawal) by states with responsibilisation >= 0.3',
    value: high,
    tolerance: '>= 0.75, and partners keep at least 0.25 more than the same partners without responsibilisation',
    pass: high >= 0.75 && withNorms - without >= 0.25,
    detail: `partners keep ${fmt(withNorms)} with responsibilisation, ${fmt(without)} without`,
  };
}

/** The article's patterns at the scenarios' defaults, validation and verification, in table order. */
export const PATTERNS = [
  goodStudentsFirst,
  egyptRefuses,
  stallsAndRefusals,
  institutionsFollowResponsibilisation,
  benchmarkingGradient,
  expertAuthority,
  migrantHierarchy,
  resistanceWithCost,
  persistence,
] as const;
