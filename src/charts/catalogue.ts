/**
 * The kinds of chart, what data each needs, and how a folder's data becomes each
 * kind's figures. A kind either yields its figures (name + Vega-Lite spec) or says in
 * one line why the folder cannot support it; `drawCharts` turns that line into an
 * error for a kind that was asked for by name, and into a skip for `--kind all`.
 * Tables are read once, however many kinds use them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MAIN_INDICATORS } from '../analysis/compareSweep.js';
import { INDICATOR_NAMES, STATE_COLUMNS } from '../indicators/columns.js';
import { InputError } from '../scenario/errors.js';
import type { TimeAxis } from './calendar.js';
import type { ChartSpec } from './compile.js';
import type { ResultsFolder } from './data/folder.js';
import { stepOfQuarter } from '../calibration/dates.js';
import { readPosterior, readPredictive } from './data/calibration.js';
import { readDiscovery } from './data/discovery.js';
import { readHeatmap } from './data/grid.js';
import { tableRecords } from './data/records.js';
import { MIGRANT_COLUMNS, readSeries, type SeriesData } from './data/series.js';
import { readStates, type StatesData } from './data/states.js';
import { readEffects, readPassRates, readSensitivity } from './data/tables.js';
import type { ChartContext } from './kinds/common.js';
import { discoveryCasesSpec, discoveryLimitsSpec, discoveryTradeoffSpec } from './kinds/discovery.js';
import { effectsSpec } from './kinds/effects.js';
import { heatmapSpec } from './kinds/heatmap.js';
import { leagueSpec } from './kinds/league.js';
import { migrantsSpec } from './kinds/migrants.js';
import { patternsSpec } from './kinds/patterns.js';
import { posteriorMarginalsSpec, posteriorPairsSpec } from './kinds/posterior.js';
import { predictiveSpec } from './kinds/predictive.js';
import { sensitivitySpec } from './kinds/sensitivity.js';
import { stateTrajectoriesSpec } from './kinds/stateTrajectories.js';
import { statusTimelineSpec } from './kinds/statusTimeline.js';
import { timeseriesSpec } from './kinds/timeseries.js';

export const CHART_KINDS = ['timeseries', 'effects', 'states', 'league', 'heatmap', 'sensitivity', 'migrants', 'discovery', 'posterior', 'predictive', 'patterns'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** What each kind draws, for --help and `chart --kind` errors. */
export const KIND_DESCRIPTIONS: Record<ChartKind, string> = {
  timeseries: 'indicators over time, one line per policy: median and 90% band across replicates',
  effects: "forest plot of compare's paired effects with intervals and the practical-significance band",
  states: 'per-state trajectories and a status timeline (who became a partner when)',
  league: 'the benchmarking league table over time (rank bump chart)',
  heatmap: 'an indicator over two swept parameters',
  sensitivity: 'Sobol indices (first and total) or Morris mu*/sigma',
  migrants: 'stacked areas of migrants by status over time',
  discovery: "partnersim discover's boxes: coverage against density, the box's limits, the cases in its two most restricted dimensions",
  posterior: "a calibration's posterior: each parameter's marginal against its prior, and the pairs of parameters (weighted particles of the last generation)",
  predictive: "predict's posterior predictive: each state's status over time as bands of the draws' shares, with the targets' dates (and --observed ones)",
  patterns: "partnersim patterns' pass rates: each pattern's share of the parameter space per variant, with 95% intervals",
};

/** Kinds drawn from a calibration or predict folder; the others need runs. */
const CALIBRATION_KINDS: readonly ChartKind[] = ['posterior', 'predictive'];

/** The kinds `--kind all` tries on a folder: the calibration kinds on a calibration or predict folder, the others on runs and sweeps. */
export function kindsFor(folder: Pick<ResultsFolder, 'kind'>): ChartKind[] {
  const calibration = folder.kind === 'calibration' || folder.kind === 'predict';
  return CHART_KINDS.filter((k) => CALIBRATION_KINDS.includes(k) === calibration);
}

/** Indicators drawn by default: the time series' panels, the heatmap's, the states' column. */
export const DEFAULT_SERIES = ['mean_responsibilisation', 'mean_effort', 'partners', 'irregular_arrivals'];
export const DEFAULT_HEATMAP = ['mean_responsibilisation'];
export const DEFAULT_STATE_COLUMNS = ['responsibilisation'];

export interface Figure {
  /** file name without extension */
  name: string;
  spec: ChartSpec;
}

/** Figures, or the one-line reason the folder cannot give them. */
export type KindResult = { figures: Figure[] } | { unsupported: string };

export interface PlanOptions {
  /** --indicators as given (validated names), or undefined for each kind's default */
  indicators?: readonly string[];
  /** --policies as given (validated), or undefined: all for aggregate kinds, the first for per-state kinds */
  policies?: readonly string[];
  width?: number;
  height?: number;
  palette: readonly string[];
  time: TimeAxis;
  /** dates of the record to draw on the predictive chart besides the targets' (`--observed STATE:2013Q2`) */
  observed?: readonly { state: string; quarter: string }[];
}

const STATE_NAMES = Object.keys(STATE_COLUMNS);

/** Checks --indicators: each must name a timeseries indicator or a states column. */
export function checkIndicators(names: readonly string[]): void {
  const known = new Set<string>([...INDICATOR_NAMES, ...STATE_NAMES]);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) throw new InputError(`--indicators: unknown indicator${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')} (see partnersim list indicators)`);
}

/** A states column for an indicator name: itself, or `mean_x` → `x`. */
function stateColumn(name: string): string | undefined {
  if (STATE_NAMES.includes(name) && !['run_id', 'step', 'state', 'roles', 'status'].includes(name)) return name;
  const bare = name.replace(/^mean_/, '');
  return bare !== name && STATE_NAMES.includes(bare) ? bare : undefined;
}

function pick(asked: readonly string[] | undefined, available: readonly string[], fallback: readonly string[]): string[] {
  if (asked === undefined) return fallback.filter((n) => available.includes(n));
  return [...new Set(asked.filter((n) => available.includes(n)))];
}

async function header(file: string): Promise<string[]> {
  for await (const record of tableRecords(file)) return record;
  return [];
}

/** Plans every kind over one folder, sharing the tables' reads. */
export class ChartPlanner {
  private series?: Promise<SeriesData>;
  private states?: Promise<StatesData>;
  private seriesKey = '';
  /** values left out of the figures because the indicator is undefined there (empty cells), by table and indicator */
  readonly undefinedValues = new Map<string, number>();

  constructor(
    readonly folder: ResultsFolder,
    readonly options: PlanOptions,
  ) {}

  private context(): ChartContext {
    return { time: this.options.time, width: this.options.width, height: this.options.height, palette: this.options.palette };
  }

  private policies(perState: boolean): string[] {
    return [...(this.options.policies ?? (perState ? this.folder.policies.slice(0, 1) : this.folder.policies))];
  }

  private async seriesIndicators(): Promise<{ header: string[]; indicators: string[] }> {
    const columns = await header(this.folder.table('timeseries')!);
    const available = (INDICATOR_NAMES as readonly string[]).filter((n) => columns.includes(n));
    return { header: columns, indicators: pick(this.options.indicators, available, DEFAULT_SERIES.filter((n) => available.includes(n)).length > 0 ? DEFAULT_SERIES : available.slice(0, 1)) };
  }

  private async readSeries(): Promise<SeriesData> {
    if (!this.series) {
      const { header: columns, indicators } = await this.seriesIndicators();
      this.seriesKey = indicators.join(',');
      this.series = readSeries(this.folder.table('timeseries')!, { indicators, policies: this.policies(false), migrants: MIGRANT_COLUMNS.every((c) => columns.includes(c)) });
    }
    return this.series;
  }

  private async readStates(): Promise<StatesData> {
    if (!this.states) {
      const columns = (this.options.indicators ?? DEFAULT_STATE_COLUMNS).map(stateColumn).filter((c): c is string => c !== undefined);
      this.states = readStates(this.folder, { policies: this.policies(true), indicators: [...new Set(columns.length > 0 ? columns : DEFAULT_STATE_COLUMNS)] });
    }
    return this.states;
  }

  async plan(kind: ChartKind): Promise<KindResult> {
    const context = this.context();
    const calibrationFolder = this.folder.kind === 'calibration' || this.folder.kind === 'predict';
    if (calibrationFolder && !CALIBRATION_KINDS.includes(kind)) return { unsupported: `a ${this.folder.kind} folder holds no runs (its kinds: ${CALIBRATION_KINDS.join(', ')})` };
    if (this.folder.kind === 'patterns' && kind !== 'patterns') return { unsupported: 'a patterns folder holds pass rates only (--kind patterns)' };
    switch (kind) {
      case 'patterns': {
        const file = this.folder.table('pass-rates');
        if (this.folder.kind !== 'patterns' || !file) return { unsupported: 'no pass-rates.csv (the output folder of partnersim patterns)' };
        return { figures: [{ name: 'patterns', spec: patternsSpec(readPassRates(file), context) }] };
      }
      case 'posterior': {
        const data = readPosterior(this.folder);
        if (typeof data === 'string') return { unsupported: data };
        const figures: Figure[] = [{ name: 'posterior-marginals', spec: posteriorMarginalsSpec(data.particles, data.parameters, context, { generation: data.generation }) }];
        if (data.parameters.length > 1) figures.push({ name: 'posterior-pairs', spec: posteriorPairsSpec(data.particles, data.parameters, context, { generation: data.generation }) });
        return { figures };
      }
      case 'predictive': {
        const data = readPredictive(this.folder);
        if (typeof data === 'string') return { unsupported: data };
        const known = new Set(data.rows.map((r) => r.state));
        const record = (this.options.observed ?? []).map(({ state, quarter }) => {
          if (!known.has(state)) throw new InputError(`--observed ${state}:${quarter}: no state "${state}" in the prediction (it holds ${[...known].join(', ')})`);
          return { state, kind: 'event' as const, step: stepOfQuarter(quarter, data.manifest.calendar), role: 'record' as const };
        });
        return { figures: [{ name: 'predictive', spec: predictiveSpec(data.rows, [...data.observed, ...record], context, { draws: data.manifest.draws }) }] };
      }
      case 'timeseries': {
        const { indicators } = await this.seriesIndicators();
        if (indicators.length === 0) return { unsupported: `none of the --indicators is a column of the timeseries table` };
        const data = await this.readSeries();
        for (const [indicator, count] of data.undefinedValues) this.undefinedValues.set(`timeseries ${indicator}`, count);
        return { figures: [{ name: 'timeseries', spec: timeseriesSpec(data.bands, context, { indicators: this.seriesKey.split(','), policies: this.policies(false) }) }] };
      }
      case 'migrants': {
        const columns = await header(this.folder.table('timeseries')!);
        if (!MIGRANT_COLUMNS.every((c) => columns.includes(c))) return { unsupported: `the timeseries table has no migrant status columns (${MIGRANT_COLUMNS.join(', ')})` };
        const data = await this.readSeries();
        return { figures: [{ name: 'migrants', spec: migrantsSpec(data.migrants, context, { policies: this.policies(false) }) }] };
      }
      case 'states': {
        if (!this.folder.table('states')) return { unsupported: noStates(this.folder) };
        const data = await this.readStates();
        if (data.timeline.length === 0) return { unsupported: 'the states table has no origin or transit state under the chosen policies' };
        const indicators = [...new Set(data.trajectories.map((r) => r.indicator))];
        return {
          figures: [
            { name: 'states-timeline', spec: statusTimelineSpec(data.timeline, context, { policies: this.policies(true) }) },
            ...indicators.map((indicator) => ({ name: `states-${indicator}`, spec: stateTrajectoriesSpec(data.trajectories, context, { indicator, policies: this.policies(true) }) })),
          ],
        };
      }
      case 'league': {
        if (!this.folder.table('states')) return { unsupported: noStates(this.folder) };
        const data = await this.readStates();
        if (data.league.length === 0) return { unsupported: `no state was ranked in a public league table under ${this.policies(true).join(', ')} (rank is 0 throughout)` };
        return { figures: [{ name: 'league', spec: leagueSpec(data.league, context, { policies: this.policies(true), runs: this.folder.kind === 'run' ? 1 : runsPerPolicy(this.folder) }) }] };
      }
      case 'heatmap': {
        if (this.folder.kind !== 'sweep') return { unsupported: 'a run folder has no swept parameters (a heatmap needs a sweep over two)' };
        if (this.folder.parameters.length < 2) return { unsupported: `the sweep varies ${this.folder.parameters.length} parameter${this.folder.parameters.length === 1 ? '' : 's'}; a heatmap needs two (sweep with --param twice)` };
        const columns = await header(this.folder.table('runs')!);
        const indicators = pick(this.options.indicators, (INDICATOR_NAMES as readonly string[]).filter((n) => columns.includes(n)), DEFAULT_HEATMAP);
        if (indicators.length === 0) return { unsupported: 'none of the --indicators is a column of the runs table' };
        const parameters = [this.folder.parameters[0], this.folder.parameters[1]] as const;
        const skipped = new Map<string, number>();
        const rows = await readHeatmap(this.folder.table('runs')!, { indicators, policies: this.policies(false), parameters }, skipped);
        for (const [indicator, count] of skipped) this.undefinedValues.set(`runs ${indicator}`, count);
        return { figures: [{ name: 'heatmap', spec: heatmapSpec(rows, context, { indicators, policies: this.policies(false), parameters }) }] };
      }
      case 'effects': {
        const file = this.folder.table('effects');
        if (!file) return { unsupported: 'no effects.csv (run partnersim compare on the sweep first)' };
        const rows = readEffects(file);
        const available = [...new Set(rows.map((r) => r.indicator))];
        const indicators = pick(this.options.indicators, available, MAIN_INDICATORS.some((m) => available.includes(m)) ? MAIN_INDICATORS : available.slice(0, 4));
        if (indicators.length === 0) return { unsupported: `none of the --indicators is in effects.csv (it holds ${available.join(', ') || 'no rows'})` };
        const policies = this.options.policies;
        const kept = policies ? rows.filter((r) => policies.includes(r.policy)) : rows;
        if (kept.length === 0) return { unsupported: 'effects.csv has no rows for the chosen policies' };
        return { figures: [{ name: 'effects', spec: effectsSpec(kept, context, { indicators }) }] };
      }
      case 'sensitivity': {
        const file = this.folder.table('sensitivity');
        if (!file) return { unsupported: 'no sensitivity.csv (run partnersim sensitivity on a sobol or morris sweep first)' };
        const { method, rows } = readSensitivity(file);
        const available = [...new Set(rows.map((r) => r.indicator))];
        const indicators = pick(this.options.indicators, available, MAIN_INDICATORS.some((m) => available.includes(m)) ? MAIN_INDICATORS.slice(0, 4) : available.slice(0, 4));
        if (indicators.length === 0) return { unsupported: `none of the --indicators is in sensitivity.csv (it holds ${available.join(', ') || 'no rows'})` };
        const policies = this.options.policies;
        const kept = policies ? rows.filter((r) => policies.includes(r.policy)) : rows;
        return { figures: [{ name: 'sensitivity', spec: sensitivitySpec(kept, context, { method, indicators }) }] };
      }
      case 'discovery': {
        if (this.folder.kind === 'calibration' || this.folder.kind === 'predict') return { unsupported: 'not a sweep folder' };
        const dir = path.join(this.folder.dir, 'discovery');
        if (this.folder.kind === 'run' || !existsSync(path.join(dir, 'boxes.csv'))) return { unsupported: 'no discovery/boxes.csv (run partnersim discover on the sweep first)' };
        const data = readDiscovery(dir);
        const figures: Figure[] = [
          { name: 'discovery-tradeoff', spec: discoveryTradeoffSpec(data.steps, context) },
          { name: 'discovery-limits', spec: discoveryLimitsSpec(data.limits, context, { box: 1 }) },
        ];
        if (data.pair) figures.push({ name: 'discovery-cases', spec: discoveryCasesSpec(data.cases, context, { dimensions: data.pair }) });
        return { figures };
      }
    }
  }
}

function noStates(folder: ResultsFolder): string {
  return folder.kind === 'sweep' ? 'the sweep has no states table (sweep with --states)' : 'the run has no states.csv (it was run with --no-states)';
}

function runsPerPolicy(folder: ResultsFolder): number {
  const points = Number(folder.manifest.design?.points);
  return folder.replicates * (Number.isFinite(points) && points > 0 ? points : 1);
}
