/**
 * The calendar of instruments: the parts of an intervention (src/scenario/interventions.ts)
 * that make an instrument exist from a date. An event can
 *
 * - open or close a status tier (`tiers`): whether the courting destination offers
 *   `dialogue` (its outreach invitations), `candidate` (the preparatory phase that
 *   leads to a partnership) or `agenda` (the lighter Common Agenda) to the named
 *   states (or to every courted state). A closed tier is never offered; a state that
 *   already holds it keeps it. Every tier is open unless an event closes it.
 * - make a process available or not (`processes`): a process runs at a step when the
 *   scenario's (or the policy's) switch is on and the calendar has not made it
 *   unavailable, so a calendar never switches on what a policy switched off.
 * - convene or suspend a forum, change its benchmarking and add members (`forum`).
 * - change a parameter (the intervention's `params`, as any intervention).
 *
 * Each event should say where its date comes from (`source`). Events act at the start
 * of their step, in the order listed; a scenario's calendar opens with events at its
 * start date that close what does not yet exist.
 *
 * @example
 * { label: 'Common Agendas not yet an instrument', at: '2005Q1', tiers: { agenda: 'closed' }, source: 'COM(2011) 743' }
 * { label: 'Global Approach to Migration and Mobility', at: '2011Q4', tiers: { agenda: 'open' }, source: 'COM(2011) 743, 18 November 2011' }
 * { label: 'Rabat Process launched', at: '2006Q3', forum: { id: 'RABAT', meets: true }, source: 'Rabat ministerial conference, 10–11 July 2006' }
 */
import { z } from 'zod';
import { BENCHMARKING_MODES, PROCESS_NAMES, type ProcessName } from '../domain/vocabulary.js';
import { identifier, showValue } from './fields.js';

/** The status tiers a destination offers, which a calendar can open and close. */
export const TIERS = ['dialogue', 'candidate', 'agenda'] as const;
export type Tier = (typeof TIERS)[number];

const tierState = z.enum(['open', 'closed'], { error: (iss) => `expected "open" or "closed", got ${showValue(iss.input)}` });

export const tiersChangeSchema = z.strictObject(Object.fromEntries(TIERS.map((t) => [t, tierState.optional()])) as Record<Tier, z.ZodOptional<typeof tierState>>);

const available = z.boolean({ error: (iss) => `expected true (available) or false (unavailable), got ${showValue(iss.input)}` });

export const processesChangeSchema = z.strictObject(
  Object.fromEntries(PROCESS_NAMES.map((name) => [name, available.optional()])) as Record<ProcessName, z.ZodOptional<typeof available>>,
);

export const forumChangeSchema = z
  .strictObject({
    id: identifier.meta({ description: 'the forum the event concerns' }),
    meets: z.boolean({ error: (iss) => `expected true (convened) or false (not meeting), got ${showValue(iss.input)}` }).optional(),
    benchmarking: z.enum(BENCHMARKING_MODES, { error: (iss) => `expected one of ${BENCHMARKING_MODES.join(', ')}, got ${showValue(iss.input)}` }).optional(),
    add: z.array(identifier).min(1, { error: 'expected at least one state to add' }).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.meets === undefined && f.benchmarking === undefined && !f.add) ctx.addIssue({ code: 'custom', path: [], message: 'expected at least one of meets, benchmarking, add' });
  });

export type TiersChange = z.output<typeof tiersChangeSchema>;
export type ProcessesChange = z.output<typeof processesChangeSchema>;
export type ForumChange = z.output<typeof forumChangeSchema>;

/** What a forum event refers to, checked against the scenario's forums and states. */
export function checkForumChange(
  change: ForumChange,
  forums: readonly { id: string; members: readonly string[]; applicants: readonly string[] }[],
  stateIds: ReadonlySet<string>,
  where: readonly PropertyKey[],
): { path: PropertyKey[]; message: string }[] {
  const forum = forums.find((f) => f.id === change.id);
  if (!forum) return [{ path: [...where, 'id'], message: `unknown forum "${change.id}"` }];
  const problems: { path: PropertyKey[]; message: string }[] = [];
  change.add?.forEach((id, k) => {
    if (!stateIds.has(id)) problems.push({ path: [...where, 'add', k], message: `unknown state "${id}"` });
    else if (forum.members.includes(id) || forum.applicants.includes(id)) problems.push({ path: [...where, 'add', k], message: `state "${id}" is already listed among the forum's members or applicants` });
  });
  return problems;
}
