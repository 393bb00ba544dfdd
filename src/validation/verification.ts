/**
 * Verification checks over whole runs: four regularities the article reports that
 * follow from one equation of the model each, so that reproducing them shows the code
 * does what its equation says, not that the article is right (the validity review,
 * section 2). Each names its equation:
 * - institutions and exit restriction rise with responsibilisation: the institutions
 *   hazard is proportional to R·K and exit restriction to R·K·border effort
 *   (internaliseNorms, docs/ODD.md);
 * - expert authority grows with the services delivered: authority grows only with
 *   use × demand (allocateExpertServices);
 * - migrants split into trusted travellers and irregular migrants: any regular migrant
 *   abroad from a low-risk origin can enrol (moveMigrants);
 * - resistance rises with adoption cost: adoption cost × border effort feeds resistance
 *   (accumulateResistance).
 */
import { sampleRankCorrelation } from 'simple-statistics';
import type { StateRow } from '../indicators/columns.js';
import type { PatternResult, ValidationData } from './patterns.js';
import { mean, share } from './runs.js';

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : String(x));

export function institutionsFollowResponsibilisation(d: ValidationData): PatternResult {
  const trajectories: StateRow[][] = d.partnership.runs.flatMap((run) => [...run.states.values()]);
  const R = trajectories.map((rows) => rows[rows.length - 1].responsibilisation);
  const built = trajectories.map((rows) => rows[rows.length - 1].institutions - rows[0].institutions);
  const institutions = sampleRankCorrelation(R, built);
  const exits = sampleRankCorrelation(R, trajectories.map((rows) => rows[rows.length - 1].emigration_restriction));
  const finals = trajectories;
  const value = Math.min(institutions, exits);
  return {
    id: 'institutions',
    kind: 'verification',
    title: 'Institutions and exit controls rise with responsibilisation',
    claim: 'partners build migration institutions and legislation, and some restrict emigration',
    statistic: 'Spearman correlation of final responsibilisation with the institutions built during the run and with emigration restriction (the smaller)',
    value,
    tolerance: '>= 0.5',
    pass: value >= 0.5,
    detail: `institutions ${fmt(institutions)}, emigration restriction ${fmt(exits)} over ${finals.length} state-runs`,
  };
}

export function expertAuthority(d: ValidationData): PatternResult {
  const growth = d.partnership.runs.map((run) => run.timeseries[run.timeseries.length - 1].expert_authority - run.timeseries[0].expert_authority);
  const correlation = mean(
    d.partnership.runs.map((run) => {
      let cumulative = 0;
      const served = run.timeseries.map((r) => (cumulative += r.expert_services));
      return sampleRankCorrelation(served, run.timeseries.map((r) => r.expert_authority));
    }),
  );
  const without = mean(d.noExperts.runs.map((run) => run.timeseries[run.timeseries.length - 1].expert_authority - run.timeseries[0].expert_authority));
  const value = mean(growth);
  return {
    id: 'experts',
    kind: 'verification',
    title: 'Expert organisations gain authority with the services they deliver',
    claim: 'expert organisations gain authority beyond their mandate',
    statistic: 'mean growth of expert authority over the run',
    value,
    tolerance: '>= 0.2, Spearman correlation of cumulative services and authority >= 0.8, and no growth without expert services',
    pass: value >= 0.2 && correlation >= 0.8 && without <= 0,
    detail: `growth ${fmt(value)}; correlation with cumulative services ${fmt(correlation)}; growth without experts ${fmt(without)}`,
  };
}

export function migrantHierarchy(d: ValidationData): PatternResult {
  const finals = d.rcm.runs.map((run) => run.timeseries[run.timeseries.length - 1]);
  const split = finals.map((f) => f.trusted_travellers > 0 && f.migrants_irregular > 0);
  const value = share(split);
  return {
    id: 'migrants',
    kind: 'verification',
    title: 'Migrants split into trusted travellers and deportable irregular migrants',
    claim: 'migrants are split into courted "useful" partners and "deportable" objects',
    statistic: 'share of seeds of the North American scenario ending with both trusted travellers and irregular migrants',
    value,
    tolerance: '= 1',
    pass: value === 1,
    detail: `trusted travellers ${fmt(mean(finals.map((f) => f.trusted_travellers)))} and irregular migrants ${fmt(mean(finals.map((f) => f.migrants_irregular)))} on average; forced returns per step ${fmt(mean(d.rcm.runs.map((r) => mean(r.timeseries.map((x) => x.returns_forced)))))}`,
  };
}

export function resistanceWithCost(d: ValidationData): PatternResult {
  const pairs = d.partnership.runs.flatMap((run) =>
    [...run.states.values()].filter((rows) => rows.some((r) => r.status === 'partner' || r.status === 'candidate' || r.status === 'agenda')).map((rows) => [rows[0].adoption_cost, mean(rows.map((r) => r.resistance))] as const),
  );
  const value = sampleRankCorrelation(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
  return {
    id: 'resistance',
    kind: 'verification',
    title: 'Resistance appears where adoption costs are high',
    claim: 'the approach provokes resistance',
    statistic: 'Spearman correlation of adoption cost with mean resistance among states offered a partnership',
    value,
    tolerance: '>= 0.3',
    pass: value >= 0.3,
    detail: `${pairs.length} state-runs`,
  };
}
