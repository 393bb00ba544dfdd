/**
 * Small fixed inputs for every kind of chart: tidy rows made by formula (no randomness),
 * shared by the unit tests and the golden specs (test/golden/charts/).
 */
import type { TimeAxis } from '../../../src/charts/calendar.js';
import type { Figure } from '../../../src/charts/catalogue.js';
import type { ChartContext } from '../../../src/charts/kinds/common.js';
import { discoveryCasesSpec, discoveryLimitsSpec, discoveryTradeoffSpec, type DiscoveryCaseRow, type DiscoveryLimitRow, type DiscoveryStepRow } from '../../../src/charts/kinds/discovery.js';
import { effectsSpec, type EffectRow } from '../../../src/charts/kinds/effects.js';
import { heatmapSpec, type HeatRow } from '../../../src/charts/kinds/heatmap.js';
import { leagueSpec, type LeagueRow } from '../../../src/charts/kinds/league.js';
import { migrantsSpec, type MigrantRow } from '../../../src/charts/kinds/migrants.js';
import { patternsSpec, type PassRatePoint } from '../../../src/charts/kinds/patterns.js';
import { posteriorMarginalsSpec, posteriorPairsSpec, type PosteriorParameter, type PosteriorParticle } from '../../../src/charts/kinds/posterior.js';
import { predictiveSpec, type ObservedDate, type PredictiveRow } from '../../../src/charts/kinds/predictive.js';
import { sensitivitySpec, type SensitivityRow } from '../../../src/charts/kinds/sensitivity.js';
import { stateTrajectoriesSpec, type StateBandRow } from '../../../src/charts/kinds/stateTrajectories.js';
import { statusTimelineSpec, type StatusRow } from '../../../src/charts/kinds/statusTimeline.js';
import { timeseriesSpec, type BandRow } from '../../../src/charts/kinds/timeseries.js';
import { MIGRANT_STACK } from '../../../src/charts/palette.js';

export const TIME: TimeAxis = { kind: 'year', start: 2005, stepsPerYear: 4 };
export const CONTEXT: ChartContext = { time: TIME };
export const POLICIES = ['partnership', 'withdrawal'];
export const STATES = ['MDA', 'GEO', 'TUN', 'SEN'];
const STEPS = 12;

const range = (n: number) => Array.from({ length: n }, (_, k) => k);
const r3 = (x: number) => Math.round(x * 1000) / 1000;

export const bands: BandRow[] = ['mean_responsibilisation', 'partners'].flatMap((indicator, i) =>
  POLICIES.flatMap((policy, p) =>
    range(STEPS).map((step) => {
      const median = r3(i === 0 ? (0.3 - 0.1 * p) * (1 - Math.exp(-step / 5)) : Math.floor(step / (3 + p)));
      return { indicator, policy, step, median, low: r3(median * 0.8), high: r3(median * 1.2 + 0.01), n: 5 };
    }),
  ),
);

export const migrants: MigrantRow[] = POLICIES.flatMap((policy, p) =>
  range(STEPS).flatMap((step) => MIGRANT_STACK.map((status, s) => ({ policy, step, status, mean: r3((s + 1) * 100 + step * (10 + 5 * s) * (1 + p / 4)) }))),
);

const STATUS_PATHS: Record<string, string[]> = {
  MDA: ['dialogue', 'dialogue', 'candidate', 'candidate', 'partner'],
  GEO: ['dialogue', 'dialogue', 'dialogue', 'candidate', 'candidate', 'candidate', 'partner'],
  TUN: ['none', 'dialogue', 'refused', 'refused', 'agenda'],
  SEN: ['none', 'dialogue'],
};

export const timeline: StatusRow[] = POLICIES.flatMap((policy) =>
  STATES.flatMap((state) => range(STEPS).map((step) => ({ policy, state, step, status: STATUS_PATHS[state][Math.min(step, STATUS_PATHS[state].length - 1)], share: 1 }))),
);

export const trajectories: StateBandRow[] = POLICIES.flatMap((policy, p) =>
  STATES.flatMap((state, s) =>
    range(STEPS).map((step) => {
      const median = r3((0.6 - 0.1 * s) * (1 - Math.exp(-step / (4 + p))));
      return { indicator: 'responsibilisation', policy, state, step, median, low: r3(median * 0.9), high: r3(median * 1.1), n: 5 };
    }),
  ),
);

export const league: LeagueRow[] = range(STEPS).flatMap((step) =>
  STATES.map((state, s) => ({ policy: 'partnership', group: s < 2 ? 0 : 1, state, step, rank: ((s + Math.floor(step / 4)) % 2) + 1, grade: ((s + Math.floor(step / 4)) % 2) * 3 + 1, share: 1 })),
);

export const heat: HeatRow[] = POLICIES.flatMap((policy, p) =>
  [0, 0.25, 0.5].flatMap((x) => [0, 0.01, 0.02].map((y) => ({ policy, indicator: 'mean_responsibilisation', x, y, value: r3(x * 0.4 + y * 10 - p * 0.05), n: 3 }))),
);

export const effects: EffectRow[] = ['mean_effort', 'partners'].flatMap((indicator, i) =>
  ['conditionality', 'withdrawal', 'no-experts'].map((policy, p) => {
    const meanDiff = r3((p - 1) * (i === 0 ? 0.05 : 1.5));
    const half = i === 0 ? 0.02 : 0.6;
    const band = i === 0 ? 0.02 : 0.5;
    return { indicator, policy, baseline: 'partnership', at: 'final', n: 10, meanDiff, ciLow: r3(meanDiff - half), ciHigh: r3(meanDiff + half), band, verdict: meanDiff - half > band ? 'higher' : meanDiff + half < -band ? 'lower' : 'within-band' };
  }),
);

const PARAMETERS = ['params.benchmarking.pressureGain', 'params.responsibilisation.agencyRate'];
const NAN = Number.NaN;

export const sobol: SensitivityRow[] = ['mean_effort', 'partners'].flatMap((indicator, i) =>
  PARAMETERS.map((parameter, k) => {
    const first = r3(0.2 + 0.3 * k - 0.1 * i);
    const total = r3(first + 0.15);
    return { policy: 'partnership', indicator, parameter, first, firstLow: r3(first - 0.1), firstHigh: r3(first + 0.1), total, totalLow: r3(total - 0.08), totalHigh: r3(total + 0.08), muStar: NAN, muStarLow: NAN, muStarHigh: NAN, mu: NAN, sigma: NAN };
  }),
);

export const morris: SensitivityRow[] = ['mean_effort'].flatMap((indicator) =>
  PARAMETERS.map((parameter, k) => ({ policy: 'partnership', indicator, parameter, first: NAN, firstLow: NAN, firstHigh: NAN, total: NAN, totalLow: NAN, totalHigh: NAN, muStar: r3(0.1 + 0.2 * k), muStarLow: NAN, muStarHigh: NAN, mu: r3(0.05 + 0.2 * k), sigma: r3(0.05 + 0.05 * k) })),
);

// discovery: a peeling trajectory: density rises, coverage falls after step 6 (the chosen box)
export const discoverySteps: DiscoveryStepRow[] = range(10).map((step) => ({
  box: 1,
  step,
  coverage: r3(step <= 6 ? 1 - 0.01 * step : 0.94 - 0.12 * (step - 6)),
  density: r3(step <= 6 ? 0.2 + 0.12 * step : 0.92 + 0.02 * (step - 6)),
  restricted: Math.min(2, Math.ceil(step / 3)) + (step > 7 ? 1 : 0),
  chosen: step === 6,
}));

const limit = (dimension: string, restricted: boolean, min: number, max: number, quasiP: number): DiscoveryLimitRow => ({ box: 1, dimension, type: 'numeric', restricted, min, max, levels: [], rangeMin: 0, rangeMax: 1, rangeLevels: [], quasiP });
export const discoveryLimits: DiscoveryLimitRow[] = [
  limit('params.benchmarking.pressureGain', true, 0.7, 1, 1e-9),
  limit('params.responsibilisation.agencyRate', true, 0, 0.3, 1e-6),
  limit('params.resistance.gain', false, 0, 1, NAN),
  { box: 1, dimension: 'policy', type: 'categorical', restricted: true, min: NAN, max: NAN, levels: ['withdrawal'], rangeMin: NAN, rangeMax: NAN, rangeLevels: ['partnership', 'withdrawal'], quasiP: 0.01 },
];

export const discoveryCases: DiscoveryCaseRow[] = range(40).map((k) => {
  const x = r3((k * 0.37) % 1);
  const y = r3((k * 0.61) % 1);
  const inside = x >= 0.7 && y <= 0.3;
  return { x, y, interest: inside ? k % 7 !== 0 : k % 11 === 0, box: inside ? 1 : 0 };
});

export const passRatePoints: PassRatePoint[] = ['eu-mobility-partnerships', 'north-america-rcm'].flatMap((scenario, s) =>
  ['governmentality', 'incentives', 'transfer'].flatMap((variant, v) =>
    ['path-dependence', 'decoupling', 'egypt-refuses'].map((pattern, p) => {
      const share = pattern === 'egypt-refuses' ? 1 : r3(((s + 1) * (v + 2) * (p + 3)) % 10 / 10);
      return { scenario, variant, pattern, share, ciLow: r3(Math.max(0, share - 0.12)), ciHigh: r3(Math.min(1, share + 0.12)), note: pattern === 'egypt-refuses' ? 'does not discriminate' : '' };
    }),
  ),
);

/** One figure per kind (two for sensitivity: Sobol and Morris), from the rows above. */
// posterior: 60 particles on a low-discrepancy lattice, weights rising towards the centre
export const posteriorParameters: PosteriorParameter[] = [
  { path: 'states.EU.destination.entryThreshold', prior: { kind: 'uniform', min: 0.3, max: 0.7 } },
  { path: 'params.eligibility.acceptanceSlope', prior: { kind: 'log-uniform', min: 2, max: 30 } },
  { path: 'params.eligibility.beliefWeight', prior: { kind: 'normal', mean: 0.5, sd: 0.15, min: 0.1, max: 0.9 } },
];
const golden = (k: number, m: number) => (k * [0.618034, 0.754878, 0.569840][m]) % 1;
const posteriorRaw = range(60).map((k) => {
  const u = [golden(k + 1, 0), golden(k + 1, 1), golden(k + 1, 2)];
  return { theta: [r3(0.4 + 0.2 * u[0]), r3(Math.exp(Math.log(4) + Math.log(3) * u[1])), r3(0.3 + 0.4 * u[2])], weight: 1 + 4 * u[0] * (1 - u[0]) };
});
const posteriorTotal = posteriorRaw.reduce((s, p) => s + p.weight, 0);
export const posteriorParticles: PosteriorParticle[] = posteriorRaw.map((p) => ({ theta: p.theta, weight: p.weight / posteriorTotal }));

// predictive: MDA partners early in most draws, GEO later, TUN rarely, SEN never
const SIGNING: Record<string, number> = { MDA: 3, GEO: 6, TUN: 10, SEN: 99 };
export const predictiveRows: PredictiveRow[] = STATES.flatMap((state, s) =>
  range(STEPS).flatMap((step) => {
    const partner = state === 'SEN' ? 0 : r3(Math.max(0, Math.min(0.9 - 0.25 * s, (step - SIGNING[state] + 1) * 0.2)));
    const dialogue = r3(Math.min(1 - partner, step * 0.1));
    return [
      { state, step, status: 'none', share: r3(1 - partner - dialogue) },
      { state, step, status: 'dialogue', share: dialogue },
      { state, step, status: 'partner', share: partner },
    ].filter((r) => r.share > 0);
  }),
);
export const predictiveObserved: ObservedDate[] = [
  { state: 'MDA', kind: 'event', step: 4, tolerance: 2, role: 'target' },
  { state: 'GEO', kind: 'event', step: 7, tolerance: 2, role: 'target' },
  { state: 'SEN', kind: 'non-event', step: 8, role: 'target' },
  { state: 'TUN', kind: 'event', step: 10, role: 'record' },
];

export function fixtureFigures(): Figure[] {
  return [
    { name: 'timeseries', spec: timeseriesSpec(bands, CONTEXT, { indicators: ['mean_responsibilisation', 'partners'], policies: POLICIES }) },
    { name: 'effects', spec: effectsSpec(effects, CONTEXT, { indicators: ['mean_effort', 'partners'] }) },
    { name: 'states-timeline', spec: statusTimelineSpec(timeline, CONTEXT, { policies: ['partnership'] }) },
    { name: 'states-responsibilisation', spec: stateTrajectoriesSpec(trajectories, CONTEXT, { indicator: 'responsibilisation', policies: POLICIES }) },
    { name: 'league', spec: leagueSpec(league, CONTEXT, { policies: ['partnership'], runs: 1 }) },
    { name: 'heatmap', spec: heatmapSpec(heat, CONTEXT, { indicators: ['mean_responsibilisation'], policies: POLICIES, parameters: ['params.benchmarking.pressureGain', 'params.responsibilisation.agencyRate'] }) },
    { name: 'sensitivity-sobol', spec: sensitivitySpec(sobol, CONTEXT, { method: 'sobol', indicators: ['mean_effort', 'partners'] }) },
    { name: 'sensitivity-morris', spec: sensitivitySpec(morris, CONTEXT, { method: 'morris', indicators: ['mean_effort'] }) },
    { name: 'migrants', spec: migrantsSpec(migrants, CONTEXT, { policies: POLICIES }) },
    { name: 'discovery-tradeoff', spec: discoveryTradeoffSpec(discoverySteps, CONTEXT) },
    { name: 'discovery-limits', spec: discoveryLimitsSpec(discoveryLimits, CONTEXT, { box: 1 }) },
    { name: 'discovery-cases', spec: discoveryCasesSpec(discoveryCases, CONTEXT, { dimensions: [discoveryLimits[0], discoveryLimits[1]] }) },
    { name: 'patterns', spec: patternsSpec(passRatePoints, CONTEXT) },
    { name: 'posterior-marginals', spec: posteriorMarginalsSpec(posteriorParticles, posteriorParameters, CONTEXT, { generation: 4 }) },
    { name: 'posterior-pairs', spec: posteriorPairsSpec(posteriorParticles, posteriorParameters, CONTEXT, { generation: 4 }) },
    { name: 'predictive', spec: predictiveSpec(predictiveRows, predictiveObserved, CONTEXT, { draws: 50 }) },
  ];
}

/** Text each figure must show (axis titles, legend labels, panel names). */
export const EXPECTED_TEXT: Record<string, string[]> = {
  timeseries: ['Year', 'Mean responsibilisation (index, 0–1)', 'Partners (states)', 'Policy', 'partnership', 'withdrawal'],
  effects: ['Difference from partnership (index, 0–1)', 'Difference from partnership (states)', 'Verdict', 'Higher', 'Lower', 'Within band', 'conditionality'],
  'states-timeline': ['Year', 'Partnership status', 'Partner', 'Candidate', 'Refused', 'MDA', 'SEN'],
  'states-responsibilisation': ['Responsibilisation (index, 0–1)', 'Year', 'MDA', 'partnership', 'withdrawal'],
  league: ['Rank (1 = top)', 'Year', 'Grade', '1 good practice', 'MDA', 'League table 1'],
  heatmap: ['benchmarking.pressureGain', 'responsibilisation.agencyRate', 'Mean responsibilisation (index, 0–1)', 'withdrawal'],
  'sensitivity-sobol': ['Sobol index (share of output variance)', 'First order (S1)', 'Total (ST)', 'benchmarking.pressureGain', 'Mean effort'],
  'sensitivity-morris': ['μ* (mean |elementary effect|)', 'σ (s.d. of elementary effects)', 'responsibilisation.agencyRate'],
  'discovery-tradeoff': ['Coverage (share of the cases of interest in the box)', 'Density (share of the box of interest)', 'Restricted dimensions', 'step 6'],
  'discovery-limits': ["Box limits, scaled to each dimension's range", 'benchmarking.pressureGain', 'resistance.gain', 'policy', '{withdrawal}', '0.7'],
  'discovery-cases': ['benchmarking.pressureGain', 'responsibilisation.agencyRate', 'Case of interest', 'Other case'],
  patterns: ['Pass rate (share of points, 95% interval)', 'Variant', 'governmentality', 'incentives', 'path-dependence', 'egypt-refuses (does not discriminate)', 'north-america-rcm'],
  'posterior-marginals': ['states.EU.destination.entryThreshold', 'eligibility.acceptanceSlope', 'eligibility.beliefWeight', 'Share of the weight per bin'],
  'posterior-pairs': ['states.EU.destination.entryThreshold', 'eligibility.acceptanceSlope', 'eligibility.beliefWeight'],
  predictive: ['Year', 'Partnership status (share of 50 draws)', 'Partner', 'Dialogue', 'None', 'MDA', 'SEN', 'Observed', 'Target date (frame: tolerance)', 'Target: not before', 'Record, not a target'],
  migrants: ['Year', 'Migrants who left', 'Status', 'Irregular', 'In transit', 'Returned', 'Regular', 'withdrawal'],
};
