/**
 * prepareSweep(options): loads, validates and designs a sweep, with no side effect (runSweep,
 * sweep.ts, runs it). The policies (or a factorial design's cells, crossedDesign.ts), the
 * design's points (a design of designs/, posterior draws, or levers crossed with the
 * uncertainties), the precedence check (src/scenario/precedence.ts), the validation of
 * every point, the sweep's key and its experiments. Throws InputError on bad input.
 */
import { InputError } from '../scenario/errors.js';
import { scenarioHash } from '../scenario/loader.js';
import { loadScenario } from '../scenario/load.js';
import type { Policy } from '../scenario/policies.js';
import { policyKey, resolvePolicies } from '../scenario/resolvePolicy.js';
import { checkPrecedence } from '../scenario/precedence.js';
import { parseScenario } from '../scenario/validate.js';
import { modelKey } from '../io/fingerprint.js';
import { designPoints, type DesignPoint } from './designs/index.js';
import { checkLevers, crossLevers, factorialCells, type FactorialCells } from './crossedDesign.js';
import { designExperiments, shardOf, type Experiment } from './experiments.js';
import { resolveRange } from './parameters.js';
import type { SweepContext } from './runExperiment.js';
import type { SweepKey, SweepOptions } from './sweep.js';
import { validateDesign } from './validateDesign.js';

export interface PreparedSweep {
  key: SweepKey;
  context: SweepContext;
  points: DesignPoint[];
  experiments: Experiment[];
  shardExperiments: Experiment[];
  paths: string[];
  slug: string;
  /** absolute path of the scenario file */
  scenarioPath: string;
  /** the sweep's policies, resolved */
  policies: Policy[];
  /** a factorial design's cells */
  factorial?: FactorialCells;
  /** the scenario's calendar: the date of step 0 and steps per year */
  calendar: { start: { year: number; quarter: number }; stepsPerYear: number };
}

/** Loads, validates and designs a sweep, with no side effect. Throws InputError on bad input. */
export async function prepareSweep(options: SweepOptions): Promise<PreparedSweep> {
  const loaded = await loadScenario(options.scenario, { steps: options.steps, migrants: options.migrants, variant: options.variant });
  const precedence = options.precedence ?? 'error';
  const policies: Policy[] = [];
  const resolve = async (ref: string | Policy, option: string) => (typeof ref === 'string' ? (await resolvePolicies([ref], { scenario: loaded.base, scenarioFile: loaded.file, cwd: options.cwd, option }))[0] : ref);
  let factorial: FactorialCells | undefined;
  let componentKeys: string[] = [];
  if (options.factorial) {
    if (options.policies.length > 0) throw new InputError('--factorial: the cells of the design are the sweep\'s policies; leave out --policies');
    const components: Policy[] = [];
    for (const ref of options.factorial) {
      const component = await resolve(ref, '--factorial');
      if (components.some((c) => c.name === component.name)) throw new InputError(`--factorial: the component "${component.name}" is named twice`);
      components.push(component);
    }
    factorial = factorialCells(components);
    componentKeys = components.map(policyKey);
    policies.push(...factorial.cells);
  }
  for (const ref of options.policies) {
    const policy = await resolve(ref, '--policies');
    if (policies.some((p) => p.name === policy.name)) throw new InputError(`--policies: the policy "${policy.name}" is named twice (results are labelled by policy name)`);
    policies.push(policy);
  }
  for (const policy of policies) parseScenario(loaded.base, { file: loaded.file, policy });
  const keys = policies.map(policyKey);
  const declared = loaded.base.sweep?.parameters ?? [];
  const ranges =
    options.ranges.length > 0
      ? options.ranges
      : declared.map((p, k) => resolveRange({ path: p.path, min: p.min, max: p.max, ...(p.levels ? { levels: p.levels } : {}) }, `${loaded.file}: sweep.parameters[${k}]`));
  if (ranges.length === 0 && options.design !== 'grid') {
    throw new InputError(`--design ${options.design}: needs swept parameters (--param path=min:max, or the scenario's sweep.parameters)`);
  }
  const levers = options.levers ?? [];
  checkLevers(levers, ranges);
  if (levers.length > 0 && options.design !== 'grid' && options.design !== 'lhs') throw new InputError(`--lever: levers cross the uncertainties of a grid or lhs design, not ${options.design}`);
  if (options.posterior && (ranges.length > 0 || levers.length > 0 || options.design !== 'grid')) throw new InputError('--posterior: the posterior draws are the design; leave out --param, --lever and --design');
  let points: DesignPoint[];
  try {
    points = options.posterior
      ? options.posterior.points
      : ranges.length === 0
        ? [{ index: 0, values: {}, role: {} }]
        : designPoints(options.design, ranges, { samples: options.samples, seed: options.seed, levels: options.levels });
  } catch (error) {
    throw new InputError(`--design ${options.design}: ${(error as Error).message}`);
  }
  try {
    if (levers.length > 0) points = crossLevers(points, levers);
  } catch (error) {
    throw new InputError(`--lever: ${(error as Error).message}`);
  }
  const paths = options.posterior ? options.posterior.paths : [...ranges, ...levers].map((r) => r.path);
  // The scenario's own interventions meet a swept path as a policy's do.
  const own: Policy[] = loaded.base.interventions?.length ? [{ name: '(the scenario\'s interventions)', description: '', contrast: '', override: { interventions: loaded.base.interventions } }] : [];
  checkPrecedence(paths, [...own, ...policies], precedence, levers.map((l) => l.path));
  validateDesign(loaded.base, loaded.file, points, policies, precedence);
  const key: SweepKey = {
    scenarioHash: scenarioHash(loaded.base),
    design: options.design,
    parameters: ranges,
    samples: options.samples,
    levels: options.levels ?? null,
    policies: policies.map((p) => p.name),
    ...(keys.some((k, i) => k !== policies[i].name) ? { policyKeys: keys } : {}),
    replicates: options.replicates,
    seed: options.seed,
    steps: loaded.base.steps,
    migrants: loaded.base.migrants,
    states: options.states,
    format: options.format,
    precedence,
    ...(levers.length > 0 ? { levers } : {}),
    ...(factorial ? { factorial: { components: factorial.components, componentKeys, kind: factorial.design.kind, generators: factorial.design.generators } } : {}),
    ...(options.posterior ? { posterior: { draws: options.posterior.draws, generation: options.posterior.generation, paths: options.posterior.paths } } : {}),
    model: modelKey(),
  };
  const experiments = designExperiments({ scenarioHash: key.scenarioHash, points, policies: policies.map((p, i) => ({ name: p.name, key: keys[i] })), replicates: options.replicates, baseSeed: options.seed });
  const shardExperiments = options.shard ? shardOf(experiments, options.shard) : experiments;
  const context: SweepContext = {
    input: loaded.base,
    file: loaded.file,
    slug: loaded.slug,
    policies: Object.fromEntries(policies.map((p) => [p.name, p])),
    collectStates: options.states,
    precedence,
    memoryLimitMb: options.maxOldGenerationSizeMb,
  };
  return { key, context, points, experiments, shardExperiments, paths, slug: loaded.slug, scenarioPath: loaded.path, policies, calendar: { start: loaded.base.start, stepsPerYear: loaded.base.stepsPerYear }, ...(factorial ? { factorial } : {}) };
}

