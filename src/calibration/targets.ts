/**
 * Calibration targets and the parameters to fit, as a typed config: a TypeScript file
 * whose default export is made with `defineTargets(...)`, or JSON. One runtime schema
 * validates both, with the one-line field-path errors of scenarios.
 *
 * Kinds of target (dates are quarters, e.g. '2008Q2'; every target has a weight,
 * default 1, and an optional fixed scale, default the MAD of generation 0's scores):
 * - `event`: `state` first reaches `status` in quarter `date`, give or take
 *   `tolerance` quarters;
 * - `non-event`: `state` does not reach `status` before quarter `before`;
 * - `ordering`: `first` reaches `status` before `then` does;
 * - `indicator`: a timeseries indicator at a quarter (`at`) or averaged over a window
 *   (`window: [from, to]`), observed as `value` ± `sd` or as an `interval: [a, b]`;
 * - `share`: the share of `states` (default: every origin and transit state) holding
 *   `status` (or league-table `grade`) at `at` or averaged over `window`, observed as
 *   `value` ± `sd` or an `interval`.
 *
 * @example
 * export default defineTargets({
 *   name: 'toy',
 *   parameters: [{ path: 'states[MDA].willingness', prior: { kind: 'uniform', min: 0.2, max: 0.9 } }],
 *   targets: [{ kind: 'event', state: 'MDA', status: 'partner', date: '2008Q2', tolerance: 2 }],
 * });
 */
import { z } from 'zod';
import { PARTNERSHIP_STATUSES } from '../domain/vocabulary.js';
import { INDICATOR_NAMES } from '../indicators/columns.js';
import { identifier, showValue } from '../scenario/fields.js';
import { formatPath } from '../scenario/errors.js';
import { describeIssue } from '../scenario/validate.js';
import { isQuarter, parseQuarter } from './dates.js';
import { truncatedMass } from './priors.js';

const quarter = z
  .string({ error: (iss) => `expected a quarter such as 2008Q2, got ${showValue(iss.input)}` })
  .refine(isQuarter, { error: (iss) => `expected a quarter such as 2008Q2, got ${showValue(iss.input)}` });

const finite = (what: string) => z.number({ error: (iss) => `expected ${what}, got ${showValue(iss.input)}` }).refine(Number.isFinite, { error: `expected ${what}` });
const positive = (what: string) => z.number({ error: (iss) => `expected ${what} > 0, got ${showValue(iss.input)}` }).gt(0, { error: (iss) => `expected ${what} > 0, got ${showValue(iss.input)}` });

const status = z.enum(PARTNERSHIP_STATUSES, { error: (iss) => `expected one of ${PARTNERSHIP_STATUSES.join(', ')}, got ${showValue(iss.input)}` });

const common = {
  id: identifier.optional().meta({ description: 'name of the target in outputs (default: derived from its fields)' }),
  weight: z.number({ error: (iss) => `expected a weight >= 0, got ${showValue(iss.input)}` }).min(0, { error: (iss) => `expected a weight >= 0, got ${showValue(iss.input)}` }).default(1),
  scale: positive('a scale').optional().meta({ description: 'fixed scale of the score (default: median absolute deviation of generation 0)' }),
  source: z.string().optional().meta({ description: 'where the observation comes from' }),
};

const observation = {
  value: finite('a number').optional(),
  sd: positive('a standard deviation').optional(),
  interval: z.tuple([finite('a number'), finite('a number')], { error: 'expected an interval [low, high]' }).optional(),
};

const eventSchema = z.strictObject({
  kind: z.literal('event'),
  ...common,
  state: identifier,
  status,
  date: quarter,
  tolerance: z.number({ error: (iss) => `expected a whole number of quarters >= 0, got ${showValue(iss.input)}` }).int({ error: 'expected a whole number of quarters' }).min(0, { error: 'expected a number of quarters >= 0' }).default(0),
});

const nonEventSchema = z.strictObject({ kind: z.literal('non-event'), ...common, state: identifier, status, before: quarter });

const orderingSchema = z.strictObject({ kind: z.literal('ordering'), ...common, first: identifier, then: identifier, status });

const indicatorName = z.enum(INDICATOR_NAMES, { error: (iss) => `expected an indicator of timeseries.csv (${INDICATOR_NAMES.slice(0, 4).join(', ')}, ...), got ${showValue(iss.input)}` });

const indicatorSchema = z.strictObject({
  kind: z.literal('indicator'),
  ...common,
  indicator: indicatorName,
  at: quarter.optional(),
  window: z.tuple([quarter, quarter], { error: 'expected a window [from, to] of two quarters' }).optional(),
  ...observation,
});

const shareSchema = z.strictObject({
  kind: z.literal('share'),
  ...common,
  states: z.array(identifier).min(1, { error: 'expected at least one state' }).optional(),
  status: status.optional(),
  grade: z.number().int().min(1).max(4).optional(),
  at: quarter.optional(),
  window: z.tuple([quarter, quarter], { error: 'expected a window [from, to] of two quarters' }).optional(),
  ...observation,
});

const targetSchema = z.discriminatedUnion('kind', [eventSchema, nonEventSchema, orderingSchema, indicatorSchema, shareSchema], {
  error: (iss) => `expected a target kind: event, non-event, ordering, indicator or share, got ${showValue((iss.input as { kind?: unknown } | undefined)?.kind)}`,
});

const bound = finite('a number');
export const priorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('uniform'), min: bound, max: bound }),
  z.strictObject({ kind: z.literal('log-uniform'), min: positive('a lower bound'), max: bound }),
  z.strictObject({ kind: z.literal('normal'), mean: bound, sd: positive('a standard deviation'), min: bound, max: bound }),
], { error: (iss) => `expected a prior kind: uniform, log-uniform or normal, got ${showValue((iss.input as { kind?: unknown } | undefined)?.kind)}` });

export const parameterSchema = z.strictObject({
  path: z.string().min(1).meta({ description: 'scenario path of a numeric field, as --param takes it, e.g. states[MAR].adoptionCost' }),
  prior: priorSchema,
});

export const targetsSchema = z
  .strictObject({
    name: z.string({ error: (iss) => `expected a text, got ${showValue(iss.input)}` }).min(1),
    description: z.string().default(''),
    parameters: z.array(parameterSchema).min(1, { error: 'expected at least one parameter to calibrate' }),
    targets: z.array(targetSchema).min(1, { error: 'expected at least one target' }),
  })
  .superRefine((config, ctx) => {
    // zod runs this even when fields failed their own checks: look only at well-formed items
    if (!Array.isArray(config.parameters) || !Array.isArray(config.targets)) return;
    if (config.parameters.some((p) => !p?.prior || typeof p.prior.min !== 'number' || typeof p.path !== 'string')) return;
    if (config.targets.some((t) => !t || typeof t !== 'object' || typeof t.kind !== 'string')) return;
    config.parameters.forEach((p, i) => {
      const prior = p.prior;
      if (!(prior.min < prior.max)) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'prior'], message: `min ${prior.min} must be below max ${prior.max}` });
      else if (prior.kind === 'normal' && truncatedMass(prior) < 0.01) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'prior'], message: 'the truncation keeps less than 1% of the normal' });
      const twice = config.parameters.findIndex((q) => q.path === p.path);
      if (twice < i) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'path'], message: `"${p.path}" is also parameters[${twice}]` });
    });
    const ids = new Map<string, number>();
    config.targets.forEach((t, i) => {
      const where = (field: string) => ['targets', i, field];
      if (t.kind === 'indicator' || t.kind === 'share') {
        if ((t.at === undefined) === (t.window === undefined)) ctx.addIssue({ code: 'custom', path: where('at'), message: 'expected either at (a quarter) or window ([from, to])' });
        const pointValue = t.value !== undefined || t.sd !== undefined;
        if (pointValue === (t.interval !== undefined)) ctx.addIssue({ code: 'custom', path: where('value'), message: 'expected either value and sd, or interval' });
        else if (pointValue && (t.value === undefined || t.sd === undefined)) ctx.addIssue({ code: 'custom', path: where(t.value === undefined ? 'value' : 'sd'), message: 'expected both value and sd' });
        if (t.interval && t.interval[0] > t.interval[1]) ctx.addIssue({ code: 'custom', path: where('interval'), message: `low ${t.interval[0]} is above high ${t.interval[1]}` });
        if (t.window && isQuarter(t.window[0]) && isQuarter(t.window[1]) && quarterIndex(t.window[0]) > quarterIndex(t.window[1])) ctx.addIssue({ code: 'custom', path: where('window'), message: `${t.window[0]} is after ${t.window[1]}` });
      }
      if (t.kind === 'share' && (t.status === undefined) === (t.grade === undefined)) ctx.addIssue({ code: 'custom', path: where('status'), message: 'expected either status or grade' });
      if (t.kind === 'ordering' && t.first === t.then) ctx.addIssue({ code: 'custom', path: where('then'), message: `same state as first ("${t.first}")` });
      let id: string;
      try {
        id = targetId(t);
      } catch {
        return;
      }
      if (ids.has(id)) ctx.addIssue({ code: 'custom', path: where('id'), message: `duplicate target id "${id}" (also targets[${ids.get(id)}]); give one an id` });
      ids.set(id, i);
    });
  });

export type TargetsInput = z.input<typeof targetsSchema>;
export type Targets = z.output<typeof targetsSchema>;
export type Target = Targets['targets'][number];
export type PriorConfig = z.output<typeof priorSchema>;

function quarterIndex(text: string): number {
  const q = parseQuarter(text);
  return q.year * 4 + q.quarter;
}

/** A target's name in outputs: its `id`, or one derived from its fields. */
export function targetId(t: z.output<typeof targetSchema>): string {
  if (t.id) return t.id;
  switch (t.kind) {
    case 'event':
      return `${t.state}-${t.status}-${t.date}`;
    case 'non-event':
      return `${t.state}-no-${t.status}-before-${t.before}`;
    case 'ordering':
      return `${t.first}-before-${t.then}-${t.status}`;
    case 'indicator':
      return `${t.indicator}-${t.at ?? `${t.window![0]}-${t.window![1]}`}`;
    case 'share':
      return `share-${t.status ?? `grade${t.grade}`}-${t.at ?? `${t.window![0]}-${t.window![1]}`}`;
  }
}

/**
 * Declares targets with type checking in the editor; validated when loaded.
 *
 * @example
 * export default defineTargets({ name: 'eu', parameters: [...], targets: [...] });
 */
export function defineTargets<const T extends TargetsInput>(config: T): T {
  return config;
}

/** Validates a targets input; throws an Error whose message is `field.path: problem` (the caller adds the file). */
export function checkTargets(input: unknown): { ok: true; targets: Targets } | { ok: false; problems: string[] } {
  const result = targetsSchema.safeParse(input);
  if (result.success) return { ok: true, targets: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue)}`) };
}
