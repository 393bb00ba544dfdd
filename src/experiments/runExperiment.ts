/**
 * One experiment from a scenario input to formatted output rows: apply the point's
 * values and the policy (in the order of the sweep's precedence, src/scenario/precedence.ts),
 * validate, simulate, format. Shared by the in-process
 * evaluator and the worker threads, so both give the same bytes.
 *
 * Memory: with `memoryLimitMb` (the sweep's `--memory`), a run whose world would allocate
 * more than that in typed arrays (worldTypedArrayBytes: the migrant table and per-state
 * tallies, outside V8's heap, which the worker's heap limit does not see) fails before it
 * allocates, with the reason as its error; the sweep records it in failures.csv and goes on.
 */
import { simulate } from '../engine/simulate.js';
import { INDICATOR_NAMES, STATE_COLUMNS, TIMESERIES_COLUMNS } from '../indicators/columns.js';
import { formatCsvRow } from '../io/csv.js';
import { getPolicy, isPolicyName, type Policy } from '../scenario/policies.js';
import type { Scenario, ScenarioInput } from '../scenario/schema.js';
import { resolvePoint, type Precedence } from '../scenario/precedence.js';
import { readPath } from '../scenario/paths.js';
import { parseScenario } from '../scenario/validate.js';
import { worldTypedArrayBytes } from '../world/createWorld.js';
import { compactRun, type CompactOptions, type CompactRun } from './compactRun.js';
import type { Experiment } from './experiments.js';

/** What every run of a sweep shares: the scenario input and the overrides. */
export interface SweepContext {
  input: ScenarioInput;
  file: string;
  slug: string;
  /** the sweep's policies by name, as content (worker threads receive this, never a path) */
  policies?: Readonly<Record<string, Policy>>;
  steps?: number;
  migrants?: number;
  collectStates: boolean;
  /** which value runs when a policy sets a swept path (default `error`: prepareSweep refuses such sweeps) */
  precedence?: Precedence;
  /** the limit in MB that each run's typed arrays must fit in (`--memory`); none when absent */
  memoryLimitMb?: number;
  /**
   * stop each run after this many steps of the scenario's horizon (simulate's
   * `stopAfter`: the first rows are those of the whole run); default: run to the horizon
   */
  stopAfter?: number;
  /**
   * return the run as a CompactRun (statuses, grades and these indicators by step)
   * instead of CSV lines: for runs that are scored, never stored (needs collectStates)
   */
  compact?: CompactOptions;
}

/** The outputs of one run, as CSV lines (no header) and final indicator values. */
export interface RunOutput {
  id: string;
  timeseries: string;
  states: string | null;
  final: Record<string, number>;
  /** the value of each swept path that ran (the policy's, where it took precedence) */
  values?: Record<string, number | undefined>;
  /** the run in compact form, when the context asks for it (timeseries is then empty and states null) */
  compact?: CompactRun;
}

interface Prepared {
  scenario: Scenario;
  values: Record<string, number | undefined>;
}

/** Validated scenarios a thread has built, per sweep context, by policy and point. */
const validated = new WeakMap<SweepContext, Map<string, Prepared>>();
/** Enough for every policy at a few points: replicates of one point reuse its scenario. */
const CACHED_SCENARIOS = 64;

/**
 * The validated scenario of an experiment's policy and point. Every replicate of a point
 * has the same one, so a thread validates it once (the scenario is frozen: a run
 * cannot change what the next one reads).
 */
export function experimentScenario(context: SweepContext, experiment: Experiment): Scenario {
  return preparedExperiment(context, experiment).scenario;
}

function preparedExperiment(context: SweepContext, experiment: Experiment): Prepared {
  let cache = validated.get(context);
  if (!cache) validated.set(context, (cache = new Map()));
  const key = `${experiment.policy}\u0000${JSON.stringify(experiment.values)}`;
  let prepared = cache.get(key);
  if (!prepared) {
    const resolved = resolvePoint(context.input, experiment.values, experimentPolicy(context, experiment.policy), context.precedence ?? 'error');
    const scenario = deepFreeze(
      parseScenario(resolved.input, {
        file: context.file,
        appliedPolicy: experiment.policy,
        steps: context.steps,
        migrants: context.migrants,
      }),
    );
    // A field the policy left to its default (a shock it replaced whole): the default ran.
    for (const path of resolved.overridden) {
      if (resolved.values[path] === undefined) {
        const value = readPath(scenario, path);
        if (typeof value === 'number') resolved.values[path] = value;
      }
    }
    prepared = { scenario, values: resolved.values };
    if (cache.size >= CACHED_SCENARIOS) cache.delete(cache.keys().next().value!);
    cache.set(key, prepared);
  }
  return prepared;
}

/** The policy of an experiment: the sweep's, else a built-in of that name. */
function experimentPolicy(context: SweepContext, name: string): Policy {
  const policy = context.policies?.[name];
  if (policy) return policy;
  if (isPolicyName(name)) return getPolicy(name);
  throw new Error(`unknown policy "${name}"`);
}

function deepFreeze<T>(value: T): T {
  // (typed arrays cannot be frozen; a validated scenario holds none)
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const MB = 1024 * 1024;

/** Throws, naming the sizes, when the scenario's typed arrays exceed the limit (see the module's description). */
export function checkMemory(scenario: Scenario, memoryLimitMb: number | undefined): void {
  if (memoryLimitMb === undefined) return;
  const bytes = worldTypedArrayBytes(scenario);
  if (bytes > memoryLimitMb * MB) {
    throw new Error(
      `memory: the world of ${scenario.migrants.toLocaleString('en')} migrants needs ${(bytes / MB).toFixed(1)} MB of typed arrays, more than --memory ${memoryLimitMb} MB; the run was not started`,
    );
  }
}

export function runExperiment(context: SweepContext, experiment: Experiment): RunOutput {
  const { scenario, values } = preparedExperiment(context, experiment);
  checkMemory(scenario, context.memoryLimitMb);
  const result = simulate(scenario, {
    seed: experiment.seed,
    runId: experiment.id,
    scenarioName: context.slug,
    policy: experiment.policy,
    collectStates: context.collectStates,
    stopAfter: context.stopAfter,
  });
  const last = result.timeseries[result.timeseries.length - 1];
  const final: Record<string, number> = {};
  for (const name of INDICATOR_NAMES) final[name] = last[name];
  if (context.compact) return { id: experiment.id, timeseries: '', states: null, final, values, compact: compactRun(result, context.compact) };
  return {
    id: experiment.id,
    timeseries: result.timeseries.map((row) => formatCsvRow(TIMESERIES_COLUMNS, row)).join(''),
    states: context.collectStates ? result.states.map((row) => formatCsvRow(STATE_COLUMNS, row)).join('') : null,
    final,
    values,
  };
}
