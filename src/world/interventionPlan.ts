/**
 * The schedule of a scenario's interventions, compiled once when the world is created:
 * for each step at which something changes, what changes. `params` overrides become the
 * whole params object in force from that step (validated here, once, so nothing is
 * validated while the model runs); attribute changes name the indices of the states they
 * touch. The engine applies a step's changes at the start of that step
 * (src/engine/interventions.ts).
 */
import { paramsSchema, type Params } from '../scenario/params.js';
import { deepMerge } from '../scenario/policies.js';
import { whenStep, type AttributeChange, type Intervention } from '../scenario/interventions.js';
import type { Scenario } from '../scenario/schema.js';
import type { BenchmarkingMode } from '../domain/vocabulary.js';
import type { ProcessesChange, TiersChange } from '../scenario/calendar.js';

export type PlannedChange =
  | { kind: 'params'; params: Params }
  | {
      kind: 'attributes';
      /** indices of the states whose attributes change */
      targets: number[];
      state?: Intervention['state'];
      destination?: Intervention['destination'];
    }
  | { kind: 'incentives'; stopped: boolean }
  /** status tiers opened or closed for the states at these indices */
  | { kind: 'tiers'; targets: number[]; tiers: TiersChange }
  | { kind: 'processes'; processes: ProcessesChange }
  /** a forum (by index) convened or suspended, its benchmarking changed, members (state indices) added */
  | { kind: 'forum'; forum: number; meets?: boolean; benchmarking?: BenchmarkingMode; add: number[] };

/** Changes by step, in the order the interventions are listed. */
export type InterventionPlan = ReadonlyMap<number, readonly PlannedChange[]>;

/** The step at which an intervention stops (Infinity without `until`). */
function untilStep(iv: Intervention, scenario: Scenario): number {
  return iv.until === undefined ? Infinity : whenStep(iv.until, scenario);
}

/**
 * Compiles the plan over the world's states (a generated world's ids are known only once
 * it is built). Without `states`, state attributes change for every courted state and
 * destination attributes for every destination.
 */
export function compileInterventions(
  scenario: Scenario,
  states: readonly { id: string; courtedBy: number; destination: unknown }[],
  forums: readonly { id: string }[] = [],
): InterventionPlan {
  const ids = states.map((s) => s.id);
  const plan = new Map<number, PlannedChange[]>();
  const add = (step: number, change: PlannedChange) => {
    if (step >= scenario.steps) return;
    const list = plan.get(step) ?? [];
    list.push(change);
    plan.set(step, list);
  };
  const interventions = scenario.interventions ?? [];
  const withParams = interventions.filter((iv) => iv.params);
  const boundaries = [...new Set(withParams.flatMap((iv) => [whenStep(iv.at, scenario), untilStep(iv, scenario)]).filter(Number.isFinite))].sort((a, b) => a - b);
  for (const b of boundaries) {
    const active = withParams.filter((iv) => whenStep(iv.at, scenario) <= b && b < untilStep(iv, scenario));
    const params = active.reduce<unknown>((acc, iv) => deepMerge(acc, iv.params), scenario.params);
    add(b, { kind: 'params', params: paramsSchema.parse(params) });
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  for (const iv of interventions) {
    const at = whenStep(iv.at, scenario);
    if (iv.state || iv.destination) {
      const named = iv.states?.map((id) => {
        const i = index.get(id);
        if (i === undefined) throw new Error(`interventions: unknown state "${id}"`);
        return i;
      });
      const all = ids.map((_, i) => i);
      if (iv.state) add(at, { kind: 'attributes', targets: named ?? all.filter((i) => states[i].courtedBy >= 0), state: iv.state });
      if (iv.destination) add(at, { kind: 'attributes', targets: (named ?? all).filter((i) => states[i].destination), destination: iv.destination });
    }
    if (iv.tiers) {
      const named = iv.states?.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
      add(at, { kind: 'tiers', targets: named ?? ids.map((_, i) => i).filter((i) => states[i].courtedBy >= 0), tiers: iv.tiers });
    }
    if (iv.processes) add(at, { kind: 'processes', processes: iv.processes });
    if (iv.forum) {
      const forumId = iv.forum.id;
      const forum = forums.findIndex((f) => f.id === forumId);
      if (forum < 0) throw new Error(`interventions: unknown forum "${forumId}"`);
      const added = (iv.forum.add ?? []).map((id) => {
        const i = index.get(id);
        if (i === undefined) throw new Error(`interventions: unknown state "${id}"`);
        return i;
      });
      add(at, { kind: 'forum', forum, meets: iv.forum.meets, benchmarking: iv.forum.benchmarking, add: added });
    }
    if (iv.incentives === 'stop') {
      add(at, { kind: 'incentives', stopped: true });
      const until = untilStep(iv, scenario);
      if (Number.isFinite(until)) add(until, { kind: 'incentives', stopped: false });
    }
  }
  return plan;
}

/** A new value of an attribute: `value` set, or the current one times `times`, kept in [0, 1]. */
export function changedValue(current: number, change: AttributeChange): number {
  const next = typeof change === 'number' ? change : current * change.times;
  return next < 0 ? 0 : next > 1 ? 1 : next;
}
