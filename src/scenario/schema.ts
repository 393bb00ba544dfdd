/**
 * The one runtime schema of a scenario, used for TypeScript and JSON scenario files
 * alike. `ScenarioInput` is what authors write (defaults optional); `Scenario` is
 * what the engine receives after validation (every default filled in).
 */
import { z } from 'zod';
import { PROCESS_NAMES, VARIANTS, type ProcessName } from '../domain/vocabulary.js';
import { expertSchema, forumSchema, generatorSchema, routeSchema, stateSchema } from './entities.js';
import { flag, int, num, optionalNumber, text } from './fields.js';
import { paramsSchema } from './params.js';
import { checkInterventions, interventionSchema } from './interventions.js';
import { checkForumChange } from './calendar.js';
import { policySchema } from './policySchema.js';
import { shocksSchema } from './shocks.js';

const processShape = Object.fromEntries(
  PROCESS_NAMES.map((name) => [name, flag(true, { description: `run the ${name} process` })]),
) as Record<ProcessName, ReturnType<typeof flag>>;

export const processSwitchesSchema = z.strictObject(processShape).prefault({});

export { shocksSchema, shockStep } from './shocks.js';

export const sweepParameterSchema = z.strictObject({
  path: text({ description: 'dotted path of a numeric scenario field, e.g. params.benchmarking.pressureGain' }),
  min: z.number(),
  max: z.number(),
  levels: z.number().int().min(1).optional(),
});

export const scenarioSchema = z
  .strictObject({
    name: text({ description: 'name of the scenario' }),
    description: z.string().default(''),
    start: z
      .strictObject({
        year: int(2005, 1800, 2300, { description: 'calendar year of step 0' }),
        quarter: int(1, 1, 4, { description: 'quarter of step 0' }),
      })
      .prefault({}),
    stepsPerYear: int(4, 1, 365, { description: 'steps per calendar year (4: quarterly)' }),
    steps: int(64, 1, 100000, { description: 'number of steps to run', unit: 'steps' }),
    migrants: int(100000, 0, 100000000, { description: 'number of migrant agents', unit: 'migrants' }),
    uncertainty: num(0, 0, 0.5, {
      description:
        "standard deviation of a per-replicate perturbation of every origin and transit state's initial attributes, drawn from the seed: the documented values are assumptions, and a replicate is one plausible world that every policy shares",
      source: 'assumption',
    }),
    variant: z
      .enum(VARIANTS)
      .default('governmentality')
      .meta({ description: 'model variant, the set of submodels that runs: governmentality (the article), incentives (External Incentives Model) or transfer (policy transfer along forum ties); docs/ODD.md, "Model variants"' }),
    processes: processSwitchesSchema,
    states: z.array(stateSchema).default([]),
    generate: generatorSchema.optional().meta({ description: 'generate a stylised world of origin and transit states from the seed' }),
    experts: z.array(expertSchema).default([]),
    forums: z.array(forumSchema).default([]),
    routes: z.array(routeSchema).default([]),
    params: paramsSchema,
    shocks: shocksSchema,
    sweep: z.strictObject({ parameters: z.array(sweepParameterSchema).default([]) }).optional(),
    interventions: z.array(interventionSchema).optional().meta({ description: 'timed and targeted interventions, applied at the start of the step they take effect (docs/ODD.md §7.14)' }),
    policies: z.array(policySchema).optional().meta({ description: 'policies declared with the scenario, named by --policy like the built-ins' }),
  })
  .superRefine((scenario, ctx) => {
    const ids = new Map<string, number>();
    scenario.states.forEach((state, i) => {
      if (ids.has(state.id)) {
        ctx.addIssue({ code: 'custom', path: ['states', i, 'id'], message: `duplicate state id "${state.id}" (also states[${ids.get(state.id)}])` });
      }
      ids.set(state.id, i);
      const isDestination = state.roles.includes('destination');
      if (isDestination && !state.destination) {
        ctx.addIssue({ code: 'custom', path: ['states', i, 'destination'], message: 'required for a state with the destination role' });
      }
      if (!isDestination && state.destination) {
        ctx.addIssue({ code: 'custom', path: ['states', i, 'destination'], message: 'only allowed for a state with the destination role' });
      }
      const cuts = state.destination?.scoreboard.cutPoints;
      if (cuts && !(cuts[0] > cuts[1] && cuts[1] > cuts[2])) {
        ctx.addIssue({ code: 'custom', path: ['states', i, 'destination', 'scoreboard', 'cutPoints'], message: `expected cut-points from highest to lowest, got ${cuts.join(', ')}` });
      }
    });
    const destinations = new Set(scenario.states.filter((s) => s.roles.includes('destination')).map((s) => s.id));
    if (destinations.size === 0 && !scenario.generate) {
      ctx.addIssue({ code: 'custom', path: ['states'], message: 'expected at least one state with the destination role (or a generate section)' });
    }
    const senders = scenario.states.filter((s) => s.roles.includes('origin') && s.emigrationPotential > 0);
    if (!scenario.generate && scenario.migrants > 0 && senders.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['states'], message: 'migrants need at least one state with the origin role and a positive emigrationPotential (or set migrants to 0)' });
    }
    if (scenario.generate && scenario.states.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['generate'], message: 'a generated scenario lists no states of its own' });
    }
    const needState = (path: (string | number)[], id: string, role?: 'destination' | 'transit' | 'origin') => {
      const index = ids.get(id);
      if (index === undefined) {
        ctx.addIssue({ code: 'custom', path, message: `unknown state "${id}"` });
      } else if (role && !scenario.states[index].roles.includes(role)) {
        ctx.addIssue({ code: 'custom', path, message: `state "${id}" does not hold the ${role} role` });
      }
    };
    scenario.states.forEach((state, i) => {
      if (state.courtedBy) needState(['states', i, 'courtedBy'], state.courtedBy, 'destination');
    });
    const expertIds = new Set<string>();
    scenario.experts.forEach((expert, i) => {
      if (expertIds.has(expert.id)) ctx.addIssue({ code: 'custom', path: ['experts', i, 'id'], message: `duplicate expert id "${expert.id}"` });
      expertIds.add(expert.id);
      if (!scenario.generate) needState(['experts', i, 'sponsor'], expert.sponsor, 'destination');
    });
    const forumIds = new Set<string>();
    scenario.forums.forEach((forum, i) => {
      if (forumIds.has(forum.id)) ctx.addIssue({ code: 'custom', path: ['forums', i, 'id'], message: `duplicate forum id "${forum.id}"` });
      forumIds.add(forum.id);
      if (scenario.generate) return;
      needState(['forums', i, 'convenor'], forum.convenor, 'destination');
      forum.members.forEach((m, j) => needState(['forums', i, 'members', j], m));
      forum.applicants.forEach((m, j) => needState(['forums', i, 'applicants', j], m));
      // A state sits once on a forum's roster: twice, it would attend twice a meeting.
      const listed = new Set<string>();
      const once = (list: 'members' | 'applicants') => (m: string, j: number) => {
        if (listed.has(m)) ctx.addIssue({ code: 'custom', path: ['forums', i, list, j], message: `state "${m}" is already listed among the forum's members or applicants` });
        listed.add(m);
      };
      forum.members.forEach(once('members'));
      forum.applicants.forEach(once('applicants'));
      forum.experts.forEach((e, j) => {
        if (!expertIds.has(e)) ctx.addIssue({ code: 'custom', path: ['forums', i, 'experts', j], message: `unknown expert "${e}"` });
      });
    });
    scenario.routes.forEach((route, i) => {
      needState(['routes', i, 'origin'], route.origin, 'origin');
      needState(['routes', i, 'destination'], route.destination, 'destination');
      route.via.forEach((t, j) => needState(['routes', i, 'via', j], t, 'transit'));
      if (route.via.length > 8) ctx.addIssue({ code: 'custom', path: ['routes', i, 'via'], message: 'expected at most 8 transit states on a route' });
    });
    if (scenario.interventions) {
      const stateIds = scenario.generate ? null : new Set(scenario.states.map((st) => st.id));
      const problems = checkInterventions(scenario.interventions, scenario, stateIds ?? new Set(), ['interventions'], destinations);
      for (const problem of problems) {
        if (!stateIds && problem.path.includes('states')) continue;
        ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
      }
      // A generated world's forums and states are known only once it is built.
      if (stateIds) {
        scenario.interventions.forEach((iv, i) => {
          if (!iv.forum) return;
          for (const problem of checkForumChange(iv.forum, scenario.forums, stateIds, ['interventions', i, 'forum'])) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
        });
      }
    }
    const policyNames = new Map<string, number>();
    scenario.policies?.forEach((policy, i) => {
      if (policyNames.has(policy.name)) ctx.addIssue({ code: 'custom', path: ['policies', i, 'name'], message: `duplicate policy "${policy.name}" (also policies[${policyNames.get(policy.name)}])` });
      policyNames.set(policy.name, i);
    });
    for (const key of ['credibility', 'withdrawal'] as const) {
      const shock = scenario.shocks[key];
      if (!shock) continue;
      if ((shock.step === undefined) === (shock.atShare === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['shocks', key], message: 'expected exactly one of "step" and "atShare"' });
      } else if (shock.step !== undefined && shock.step >= scenario.steps) {
        ctx.addIssue({ code: 'custom', path: ['shocks', key, 'step'], message: `step ${shock.step} is past the last step (${scenario.steps - 1})` });
      }
    }
  });

/** What a scenario author writes: every field with a default may be left out. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
