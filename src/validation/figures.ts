/**
 * One figure per validated pattern, as Vega-Lite specs built from the validation runs
 * (pure functions of ValidationData). `npm run figures` writes them to docs/validation/;
 * notebooks/03-validation.ipynb shows them inline.
 */
import type { ChartSpec } from '../charts/compile.js';
import type { Figure } from '../charts/catalogue.js';
import type { StateRow } from '../indicators/columns.js';
import type { ValidationData } from './patterns.js';
import { firstStep, mean, type RunSet } from './runs.js';

const W = 300;
const H = 180;

function year(set: RunSet, step: number): number {
  return set.scenario.start.year + (set.scenario.start.quarter - 1) / 4 + step / set.scenario.stepsPerYear;
}

/** The median over seeds of a per-step value, as rows { time, series, value }. */
function medianSeries(set: RunSet, series: string, value: (run: RunSet['runs'][number], step: number) => number): Record<string, unknown>[] {
  const steps = set.runs[0]?.timeseries.length ?? 0;
  return Array.from({ length: steps }, (_, t) => {
    const values = set.runs.map((run) => value(run, t)).sort((a, b) => a - b);
    return { time: year(set, t), series, value: values[Math.floor(values.length / 2)] };
  });
}

function lines(rows: Record<string, unknown>[], yTitle: string, description: string, rule?: number): ChartSpec {
  const layer: Record<string, unknown>[] = [
    {
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        x: { field: 'time', type: 'quantitative', title: 'Year', scale: { zero: false, nice: false }, axis: { format: 'd' } },
        y: { field: 'value', type: 'quantitative', title: yTitle },
        color: { field: 'series', type: 'nominal', title: null },
        strokeDash: { field: 'series', type: 'nominal', title: null },
      },
    },
  ];
  if (rule !== undefined) layer.push({ data: { values: [{ time: rule }] }, mark: { type: 'rule', strokeDash: [2, 2], color: '#555' }, encoding: { x: { field: 'time', type: 'quantitative' } } });
  return { description, width: W, height: H, data: { values: rows }, layer } as unknown as ChartSpec;
}

function signatures(d: ValidationData): Figure {
  const set = d.partnership;
  const rows = set.runs.flatMap((run) =>
    [...run.states.entries()].map(([id, r]) => {
      const step = firstStep(r, 'partner');
      return { state: id, seed: run.seed, year: Number.isFinite(step) ? year(set, step) : null };
    }),
  ).filter((r) => r.year !== null);
  return {
    name: 'good-students',
    spec: {
      description: 'Year each state first became a partner, one point per seed',
      width: W,
      height: H,
      data: { values: rows },
      mark: { type: 'point', filled: true, opacity: 0.7, size: 30 },
      encoding: {
        x: { field: 'year', type: 'quantitative', title: 'Year of signature', scale: { zero: false }, axis: { format: 'd' } },
        y: { field: 'state', type: 'nominal', title: 'State', sort: { field: 'year', op: 'median' } },
      },
    } as unknown as ChartSpec,
  };
}

function statusShares(d: ValidationData, id: string, name: string): Figure {
  const set = d.partnership;
  const rows = set.runs[0].timeseries.flatMap((_, t) => {
    const counts = new Map<string, number>();
    for (const run of set.runs) {
      const status = run.states.get(id)![t].status;
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    return [...counts.entries()].map(([status, n]) => ({ time: year(set, t), status, share: n / set.runs.length }));
  });
  return {
    name,
    spec: {
      description: `Share of seeds in each partnership status over time: ${id}`,
      width: W,
      height: H,
      data: { values: rows },
      mark: { type: 'area' },
      encoding: {
        x: { field: 'time', type: 'quantitative', title: 'Year', scale: { zero: false, nice: false }, axis: { format: 'd' } },
        y: { field: 'share', type: 'quantitative', title: `Share of seeds (${id})`, stack: 'normalize' },
        color: { field: 'status', type: 'nominal', title: 'Status' },
      },
    } as unknown as ChartSpec,
  };
}

function stalls(d: ValidationData): Figure {
  const set = d.partnership;
  const count = (statuses: string[]) => (run: RunSet['runs'][number], t: number) => [...run.states.values()].filter((r) => statuses.includes(r[t].status)).length;
  const rows = [
    ...medianSeries(set, 'partners', count(['partner'])),
    ...medianSeries(set, 'candidates or agenda (stalled)', count(['candidate', 'agenda'])),
    ...medianSeries(set, 'refused', count(['refused'])),
  ];
  return { name: 'stalls', spec: lines(rows, 'States (median over seeds)', 'Partners, stalled states and refusals over time') };
}

function scatter(name: string, description: string, rows: Record<string, unknown>[], x: string, y: string): Figure {
  return {
    name,
    spec: {
      description,
      width: W,
      height: H,
      data: { values: rows },
      mark: { type: 'point', opacity: 0.6 },
      encoding: {
        x: { field: 'x', type: 'quantitative', title: x },
        y: { field: 'y', type: 'quantitative', title: y },
        ...(rows.some((r) => 'group' in r) ? { shape: { field: 'group', type: 'nominal', title: null }, color: { field: 'group', type: 'nominal', title: null } } : {}),
      },
    } as unknown as ChartSpec,
  };
}

function institutions(d: ValidationData): Figure {
  const finals = d.partnership.runs.flatMap((run) => [...run.states.values()]);
  const rows = finals.flatMap((r: StateRow[]) => [
    { x: r[r.length - 1].responsibilisation, y: r[r.length - 1].institutions - r[0].institutions, group: 'institutions built (share of maximum)' },
    { x: r[r.length - 1].responsibilisation, y: r[r.length - 1].emigration_restriction, group: 'emigration restriction (index, 0–1)' },
  ]);
  return scatter('institutions', 'Institutions built and exit controls against final responsibilisation, per state and seed', rows, 'Final responsibilisation (index, 0–1)', 'Level (share or index, 0–1)');
}

function benchmarking(d: ValidationData, detail: string): Figure {
  const rates = /reaction rates by grade ([\d.]+), ([\d.]+), ([\d.]+), ([\d.]+)/.exec(detail)?.slice(1).map(Number) ?? [];
  const reference = [0.13, 0.17, 0.37, 0.51];
  const rows = rates.flatMap((rate, g) => [
    { grade: `${g + 1}`, source: 'model', rate },
    { grade: `${g + 1}`, source: 'Kelley and Simmons (TIP report)', rate: reference[g] },
  ]);
  return {
    name: 'benchmarking',
    spec: {
      description: 'Probability that a government reacts to its grade in a public league table',
      width: W,
      height: H,
      data: { values: rows },
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'grade', type: 'ordinal', title: 'Grade (1 good practice, 4 bottom)', axis: { labelAngle: 0 } },
        xOffset: { field: 'source' },
        y: { field: 'rate', type: 'quantitative', title: 'Reaction probability per step' },
        color: { field: 'source', type: 'nominal', title: null },
      },
    } as unknown as ChartSpec,
  };
}

function experts(d: ValidationData): Figure {
  const rows = [
    ...medianSeries(d.partnership, 'partnership', (run, t) => run.timeseries[t].expert_authority),
    ...medianSeries(d.noExperts, 'no-experts', (run, t) => run.timeseries[t].expert_authority),
  ];
  return { name: 'experts', spec: lines(rows, 'Expert authority (index, 0–1)', 'Mean authority of expert organisations, median over seeds') };
}

function migrants(d: ValidationData): Figure {
  const rows = [
    ...medianSeries(d.rcm, 'trusted travellers', (run, t) => run.timeseries[t].trusted_travellers),
    ...medianSeries(d.rcm, 'irregular migrants', (run, t) => run.timeseries[t].migrants_irregular),
  ];
  return { name: 'migrants', spec: lines(rows, 'Migrants (median over seeds)', 'Trusted travellers and irregular migrants in the North American scenario') };
}

function resistance(d: ValidationData): Figure {
  const rows = d.partnership.runs.flatMap((run) =>
    [...run.states.values()].filter((r) => r.some((x) => ['partner', 'candidate', 'agenda'].includes(x.status))).map((r) => ({ x: r[0].adoption_cost, y: mean(r.map((x) => x.resistance)) })),
  );
  return scatter('resistance', 'Mean resistance against adoption cost, states offered a partnership, per seed', rows, 'Adoption cost (index, 0–1)', 'Mean resistance (index, 0–1)');
}

function persistence(d: ValidationData): Figure {
  const at = Math.floor((d.withdrawal.scenario.shocks.withdrawal?.atShare ?? 0.5) * d.withdrawal.scenario.steps);
  const partnersEffort = (run: RunSet['runs'][number], t: number) => mean([...run.states.values()].filter((r) => r[at - 1].status === 'partner').map((r) => r[t].effort));
  const rows = [
    ...medianSeries(d.withdrawal, 'with responsibilisation', partnersEffort),
    ...medianSeries(d.withdrawalWithoutNorms, 'without responsibilisation', partnersEffort),
  ];
  return { name: 'persistence', spec: lines(rows, 'Partners’ mean effort (index, 0–1)', 'Effort of the partners at the withdrawal of incentives (dashed rule)', year(d.withdrawal, at)) };
}

/** The figure of each pattern, in the order of PATTERNS. */
export function patternFigures(d: ValidationData, benchmarkingDetail: string): Figure[] {
  return [
    signatures(d),
    statusShares(d, 'EGY', 'egypt-refuses'),
    stalls(d),
    institutions(d),
    benchmarking(d, benchmarkingDetail),
    experts(d),
    migrants(d),
    resistance(d),
    persistence(d),
  ];
}
