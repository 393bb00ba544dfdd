/**
 * Timed and targeted interventions: at a date ('2011Q2'), a step or a share of the
 * horizon, an intervention overrides part of `params` (for every state, from that step
 * on, optionally until a date), sets or scales attributes of named states (or of every
 * state) once, or stops the incentives. A scenario lists them in `interventions`, a
 * policy in its override's `interventions`; the engine applies them at the start of the
 * step they take effect (src/engine/interventions.ts), so every draw before that step
 * is the baseline's. The calendar of instruments (src/scenario/calendar.ts) is made of
 * interventions too: they open and close status tiers, make processes available,
 * convene forums and add their members, each with its `source`.
 *
 * @example
 * { label: 'visa liberalisation', at: '2014Q2', states: ['MDA'], state: { visaFacilitated: true } }
 * { label: 'no public benchmarking after 2011', at: '2012Q1', params: { monitoring: { scoreboard: 'private' } } }
 */
import { z } from 'zod';
import { formatPath } from './errors.js';
import { identifier, showValue } from './fields.js';
import { paramsSchema } from './params.js';
import { forumChangeSchema, processesChangeSchema, tiersChangeSchema, type ForumChange, type ProcessesChange, type TiersChange } from './calendar.js';

const whenMessage = (iss: { input?: unknown }) => `expected a date such as "2011Q2" or "2011", a step (a non-negative integer) or { share } in [0, 1], got ${showValue(iss.input)}`;
const whenSchema = z.union(
  [
    z.number({ error: whenMessage }).int({ error: whenMessage }).min(0, { error: whenMessage }),
    z.string({ error: whenMessage }).regex(/^\d{4}(Q[1-4])?$/, { error: whenMessage }),
    z.strictObject({ share: z.number({ error: whenMessage }).min(0, { error: whenMessage }).max(1, { error: whenMessage }) }),
  ],
  { error: whenMessage },
);

/** A value for an attribute: a number to set, or `{ times }` to multiply the current value by. */
const changeMessage = (iss: { input?: unknown }) => `expected a number in [0, 1] or { times: k } with k >= 0, got ${showValue(iss.input)}`;
const changeSchema = z.union(
  [
    z.number({ error: changeMessage }).min(0, { error: changeMessage }).max(1, { error: changeMessage }),
    z.strictObject({ times: z.number({ error: changeMessage }).min(0, { error: changeMessage }) }),
  ],
  { error: changeMessage },
);

/** Attributes of an origin or transit state an intervention may set (the ones the model lets change). */
export const STATE_ATTRIBUTES = ['capacity', 'willingness', 'trust', 'responsibilisation', 'dataQuality', 'emigrationRestriction', 'detentionCapacity', 'resistance'] as const;
/** Attributes of a destination an intervention may set. */
export const DESTINATION_ATTRIBUTES = ['credibility', 'policing', 'entryThreshold', 'exitThreshold', 'agendaThreshold'] as const;

const stateChangeSchema = z.strictObject({
  ...(Object.fromEntries(STATE_ATTRIBUTES.map((k) => [k, changeSchema.optional()])) as Record<(typeof STATE_ATTRIBUTES)[number], z.ZodOptional<typeof changeSchema>>),
  visaFacilitated: z.boolean({ error: (iss) => `expected true or false, got ${showValue(iss.input)}` }).optional(),
});

const destinationChangeSchema = z.strictObject(
  Object.fromEntries(DESTINATION_ATTRIBUTES.map((k) => [k, changeSchema.optional()])) as Record<(typeof DESTINATION_ATTRIBUTES)[number], z.ZodOptional<typeof changeSchema>>,
);

export const interventionSchema = z
  .strictObject({
    label: z.string().optional(),
    source: z.string().optional().meta({ description: 'where the event and its date are documented' }),
    at: whenSchema,
    until: whenSchema.optional(),
    states: z.array(identifier).min(1, { error: 'expected at least one state id (leave `states` out for every state)' }).optional(),
    params: z.record(z.string(), z.unknown()).optional(),
    state: stateChangeSchema.optional(),
    destination: destinationChangeSchema.optional(),
    incentives: z.enum(['stop'], { error: (iss) => `expected "stop", got ${showValue(iss.input)}` }).optional(),
    tiers: tiersChangeSchema.optional().meta({ description: 'status tiers the courting destination offers from this date (open) or no longer (closed), to the named states or every courted state' }),
    processes: processesChangeSchema.optional().meta({ description: 'processes available from this date (true) or not (false); a process runs when its switch is on and it is available' }),
    forum: forumChangeSchema.optional().meta({ description: 'a forum convened or suspended, its benchmarking changed, or members added, from this date' }),
  })
  .superRefine((iv, ctx) => {
    if (!iv.params && !iv.state && !iv.destination && !iv.incentives && !iv.tiers && !iv.processes && !iv.forum) {
      ctx.addIssue({ code: 'custom', path: [], message: 'expected at least one of params, state, destination, incentives, tiers, processes, forum' });
    }
    if (iv.params && iv.states) {
      ctx.addIssue({ code: 'custom', path: ['states'], message: 'params are the same for every state: an intervention with params cannot name states (use state or destination for targeted changes)' });
    }
    if ((iv.processes || iv.forum) && iv.states) {
      ctx.addIssue({ code: 'custom', path: ['states'], message: 'processes and forums are the same for every state: an intervention that changes them cannot name states (a forum event lists the states it adds in forum.add)' });
    }
    if (iv.until !== undefined && (iv.state || iv.destination || iv.tiers || iv.processes || iv.forum)) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'attributes are set once and then evolve, and tiers, processes and forums stay as an event leaves them until another changes them: until applies to params and incentives only' });
    }
    if (iv.params) {
      const parsed = paramsSchema.safeParse(iv.params);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const message = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
        ctx.addIssue({ code: 'custom', path: ['params', ...(issue.path as PropertyKey[])], message });
      }
    }
  });

export type When = z.output<typeof whenSchema>;
export type InterventionInput = z.input<typeof interventionSchema>;
export type Intervention = z.output<typeof interventionSchema>;
export type AttributeChange = z.output<typeof changeSchema>;

export interface Calendar {
  start: { year: number; quarter: number };
  stepsPerYear: number;
  steps: number;
}

/**
 * The step of a date, a step or a share of the horizon. A date 'YYYYQn' is the first
 * step at or after the start of that quarter: floor((years since the start) x stepsPerYear),
 * years counted in quarters; 'YYYY' is 'YYYYQ1'. Returns a negative number for a date
 * before the start (the caller reports it).
 */
export function whenStep(when: When, calendar: Calendar): number {
  if (typeof when === 'number') return when;
  if (typeof when === 'object') return Math.floor(when.share * calendar.steps);
  const year = Number(when.slice(0, 4));
  const quarter = when.length > 4 ? Number(when.slice(5)) : 1;
  const quarters = (year - calendar.start.year) * 4 + (quarter - calendar.start.quarter);
  return Math.ceil((quarters * calendar.stepsPerYear) / 4 - 1e-9) + 0; // + 0: never -0
}

/** Problems of a scenario's interventions that need the calendar and the state ids. */
export function checkInterventions(
  interventions: readonly Intervention[],
  calendar: Calendar,
  stateIds: ReadonlySet<string>,
  where: readonly PropertyKey[],
  destinationIds?: ReadonlySet<string>,
): { path: PropertyKey[]; message: string }[] {
  const problems: { path: PropertyKey[]; message: string }[] = [];
  interventions.forEach((iv, i) => {
    const at = whenStep(iv.at, calendar);
    if (at < 0) problems.push({ path: [...where, i, 'at'], message: `${JSON.stringify(iv.at)} is before the scenario's start (${calendar.start.year}Q${calendar.start.quarter})` });
    if (iv.until !== undefined && whenStep(iv.until, calendar) <= at) {
      problems.push({ path: [...where, i, 'until'], message: `${JSON.stringify(iv.until)} is not after at (${JSON.stringify(iv.at)})` });
    }
    iv.states?.forEach((id, k) => {
      if (!stateIds.has(id)) problems.push({ path: [...where, i, 'states', k], message: `unknown state "${id}"` });
      else if (iv.destination && destinationIds && !destinationIds.has(id)) {
        problems.push({ path: [...where, i, 'states', k], message: `state "${id}" does not hold the destination role, so destination attributes cannot change for it` });
      }
    });
  });
  return problems;
}

/** An intervention's place for error messages: `interventions[2]`. */
export function interventionPath(i: number): string {
  return formatPath(['interventions', i]);
}

/** 'YYYYQn' of a step, from the scenario's start and steps per year. */
export function stepDate(step: number, calendar: Calendar): string {
  const quarters = Math.floor((step * 4) / calendar.stepsPerYear) + (calendar.start.quarter - 1);
  return `${calendar.start.year + Math.floor(quarters / 4)}Q${(quarters % 4) + 1}`;
}

/** An intervention as a run's manifest records it: its steps resolved, its dates and what it changes. */
export interface ScheduledIntervention {
  label: string | null;
  /** first step it acts */
  fromStep: number;
  fromDate: string;
  /** first step it no longer acts (params and incentives); null: to the end */
  untilStep: number | null;
  untilDate: string | null;
  /** the state ids it targets; null: every state (params are always for every state) */
  states: string[] | null;
  params?: Record<string, unknown>;
  state?: Intervention['state'];
  destination?: Intervention['destination'];
  incentives?: 'stop';
  tiers?: TiersChange;
  processes?: ProcessesChange;
  forum?: ForumChange;
  /** where the event is documented (null when the intervention says nothing) */
  source: string | null;
}

/** The scenario's interventions with their steps resolved, in the order listed. */
export function scheduleOf(interventions: readonly Intervention[] | undefined, calendar: Calendar): ScheduledIntervention[] {
  return (interventions ?? []).map((iv) => {
    const from = whenStep(iv.at, calendar);
    const until = iv.until === undefined ? null : whenStep(iv.until, calendar);
    return {
      label: iv.label ?? null,
      fromStep: from,
      fromDate: stepDate(from, calendar),
      untilStep: until,
      untilDate: until === null ? null : stepDate(until, calendar),
      states: iv.states ? [...iv.states] : null,
      ...(iv.params ? { params: iv.params } : {}),
      ...(iv.state ? { state: iv.state } : {}),
      ...(iv.destination ? { destination: iv.destination } : {}),
      ...(iv.incentives ? { incentives: iv.incentives } : {}),
      ...(iv.tiers ? { tiers: iv.tiers } : {}),
      ...(iv.processes ? { processes: iv.processes } : {}),
      ...(iv.forum ? { forum: iv.forum } : {}),
      source: iv.source ?? null,
    };
  });
}
