/**
 * partnersim's public API: scenarios, the engine, sweeps, their analysis and the
 * validation patterns. Importing it has no side effects and loads no renderer: the
 * charts (Vega-Lite, resvg, pdfkit) are `partnersim/charts` (src/charts/index.ts).
 *
 * @example
 * import { loadScenario, simulate } from 'partnersim';
 * const { scenario, slug } = await loadScenario('eu-mobility-partnerships', { policy: 'withdrawal' });
 * const { timeseries } = simulate(scenario, { seed: 1, runId: 'demo', scenarioName: slug, policy: 'withdrawal' });
 */
export * from './domain/vocabulary.js';
export { defineScenario } from './scenario/define.js';
export type { Scenario, ScenarioInput } from './scenario/schema.js';
export { scenarioSchema, shockStep } from './scenario/schema.js';
export type { Params } from './scenario/params.js';
export type { StateSpec, DestinationSpec, ExpertSpec, ForumSpec, RouteSpec, GeneratorSpec } from './scenario/entities.js';
export { parseScenario, checkScenario, type ParseOptions, type ValidationProblem } from './scenario/validate.js';
export { loadScenario, type LoadOptions, type LoadedScenario } from './scenario/load.js';
export { loadScenarioInput, bundledScenarios, resolveScenarioFile, scenarioHash, canonicalJson, DEFAULT_SCENARIO, BUNDLED_SCENARIO_DIR } from './scenario/loader.js';
export { POLICIES, POLICY_NAMES, BUILTIN_POLICIES, getPolicy, isPolicyName, applyPolicy, type Policy, type PolicyName, type PolicyOrigin, type ScenarioOverride } from './scenario/policies.js';
export { definePolicy } from './scenario/definePolicy.js';
export { policySchema, checkPolicyInput, type PolicyInput } from './scenario/policySchema.js';
export { policyHash, policyContent } from './scenario/policyHash.js';
export { resolvePolicy, resolvePolicies, loadPolicyFile, scenarioPolicies, policyKey, isPolicyPath, type ResolveOptions } from './scenario/resolvePolicy.js';
export { interventionSchema, whenStep, stepDate, scheduleOf, type Intervention, type InterventionInput, type ScheduledIntervention, type When } from './scenario/interventions.js';
export { InputError } from './scenario/errors.js';
export { simulate, type SimulationOptions, type SimulationResult } from './engine/simulate.js';
export { createRunner, type Runner, type RunnerOptions } from './engine/runner.js';
export { step } from './engine/step.js';
export { createStream, createStreams, type RandomStream, type Streams } from './engine/random.js';
export { createWorld } from './world/createWorld.js';
export { VARIANT_SPECS, variantSpec, type VariantSpec } from './variants/index.js';
export type { World, StateAgent, DestinationAgent, ExpertAgent, Forum, Partnership, Route } from './world/world.js';
export type { MigrantTable } from './world/migrants.js';
export { TIMESERIES_COLUMNS, STATE_COLUMNS, INDICATOR_NAMES, UNDEFINED_INDICATORS, type TimeseriesRow, type StateRow } from './indicators/columns.js';
export { formatCsv, formatCsvRow, formatCsvHeader } from './io/csv.js';
export { designPoints, expectedPointCount, DESIGN_KINDS, regroupSaltelliOutputs, type DesignKind, type DesignOptions, type DesignPoint, type ParameterRange } from './experiments/designs/index.js';
export { designExperiments, experimentId, experimentSeed, pointSeed, seedGroup, shardOf, type Experiment, type DesignSpec } from './experiments/experiments.js';
export { parseParamOption } from './experiments/parameters.js';
export { runSweep, prepareSweep, type SweepOptions, type SweepSummary, type SweepKey, type Shard } from './experiments/sweep.js';
export { mergeSweeps, type MergeSummary } from './experiments/merge.js';
export { calibrate, prepareCalibration, type CalibrateOptions, type CalibrationSummary } from './calibration/calibrate.js';
export { predict, type PredictOptions, type Prediction } from './calibration/predict.js';
export { defineTargets, type TargetsInput, type Targets, type Target } from './calibration/targets.js';
export { loadTargets, parseTargets } from './calibration/loadTargets.js';
export { abcSmc, type AbcSettings, type AbcProblem, type AbcResult, type BatchEvaluator, type Proposal, type Generation, type Particle } from './calibration/abcSmc.js';
export { summarisePosterior, type PosteriorSummary } from './calibration/posterior.js';
export { scoreRun, resolveTargets, type RunSummary, type ResolvedTarget } from './calibration/score.js';
export { stepOfQuarter, quarterOfStep, parseQuarter } from './calibration/dates.js';
export { readCalibrationFolder, readParticles } from './calibration/particlesFile.js';
export { compareSweep, MAIN_INDICATORS, type CompareOptions, type CompareResult } from './analysis/compareSweep.js';
export { sensitivitySweep, type SensitivityOptions, type SensitivityResult } from './analysis/sensitivitySweep.js';
export { robustnessSweep, type RobustnessOptions, type RobustnessSweepResult } from './analysis/robustnessSweep.js';
export { comparePaired, adjustFamily, type Comparison, type ComparisonOptions } from './analysis/pairedComparison.js';
export { adjustPValues, ADJUSTMENTS, DEFAULT_ADJUSTMENT, type Adjustment } from './analysis/multiplicity.js';
export { pairRuns, pairKey, type Pairs } from './analysis/pairing.js';
export { pairedBootstrapInterval, unpairedBootstrapInterval, bootstrapInterval, percentileInterval, type Interval, type BootstrapOptions } from './analysis/bootstrap.js';
export { pairedTTest, type PairedTTest } from './analysis/pairedTTest.js';
export { cohensDz } from './analysis/effectSize.js';
export { verdict, VERDICTS, DEFAULT_MIN_PAIRS, type Verdict } from './analysis/verdict.js';
export { sobolIndices, type SobolIndices } from './analysis/sobolIndices.js';
export { noiseShare, NOISE_SHARE_WARNING } from './analysis/noiseShare.js';
export { morrisIndices, elementaryEffects, type MorrisIndex, type MorrisStep } from './analysis/morrisEffects.js';
export { robustness, regrets, DIRECTIONS, type Direction, type PolicyRobustness, type RobustnessResult } from './analysis/robustness.js';
export { openSweep, readRunValues, readDesign, type At, type SweepFolder, type RunValues } from './analysis/sweepFolder.js';
export { prim, PRIM_DEFAULTS, type PrimOptions } from './discovery/prim.js';
export { cart, cartLeaves, CART_DEFAULTS, type CartOptions } from './discovery/cart.js';
export { discover, METHODS as DISCOVERY_METHODS, type Method as DiscoveryMethod, type DiscoverTableOptions } from './discovery/discover.js';
export { discoverSweep, readCases, type DiscoverOptions, type DiscoverResult } from './discovery/discoverSweep.js';
export { parseCondition, holds, type Condition } from './discovery/condition.js';
export { quasiPValues } from './discovery/quasiP.js';
export { peelingTrajectory } from './discovery/trajectory.js';
export { kneeStep } from './discovery/knee.js';
export { boxStats, dataRanges, allRows, isRestricted } from './discovery/box.js';
export { binomialUpperTail } from './discovery/binomial.js';
export type { CaseTable, Dimension, Box, Limit, BoxStats, TrajectoryStep, FoundBox, Discovery } from './discovery/types.js';
export { validate, validationData, PATTERNS, DEFAULT_VALIDATION, type ValidationOptions, type PatternResult, type ValidationData } from './validation/index.js';
export { runSet, type RunSet, type ValidationRun } from './validation/runs.js';
export { patternFigures } from './validation/figures.js';
