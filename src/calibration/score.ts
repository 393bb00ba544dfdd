/**
 * Each target's score on one run: a non-negative discrepancy between what the run did
 * and what was observed, 0 when it matches. Dates are compared in quarters (steps
 * converted through the scenario's calendar); a status never reached counts as reached
 * at the end of the run (the first step after it), and for an event target no earlier
 * than just after its tolerance window, so that a run too short to show the event
 * never meets it.
 *
 * - event: max(0, |first − date| − tolerance), in quarters;
 * - non-event: how many quarters before `before` the status was first reached, else 0;
 * - ordering: 0 when `first` reaches the status strictly before `then`, else
 *   (quarters between them) + 1, so a tie scores 1;
 * - indicator and share: |x − value| / sd, or the distance from x to the interval; an
 *   indicator undefined in the run (an empty cell, e.g. a Gini of fewer than two
 *   partners) scores Infinity, so such a run is accepted only in generation 0.
 *
 * Scores are pure functions of a `RunSummary`, so the same code scores the model and
 * the closed-form toys of the tests.
 */
import { InputError } from '../scenario/errors.js';
import { stepOfQuarter, type Calendar } from './dates.js';
import { targetId, type Target, type Targets } from './targets.js';

/** What scoring reads from a run. */
export interface RunSummary {
  /** the number of steps run */
  steps: number;
  /** the first step at which the state held the status, or null */
  firstStep(state: string, status: string): number | null;
  /** the state's status at a step, or undefined when unknown */
  statusAt(state: string, step: number): string | undefined;
  /** the state's league-table grade at a step (0: not graded) */
  gradeAt(state: string, step: number): number;
  /** a timeseries indicator at a step */
  indicator(name: string, step: number): number;
}

/** A target with its dates turned into steps of one scenario. */
export interface ResolvedTarget {
  id: string;
  target: Target;
  weight: number;
  scale: number | null;
  /** steps of the target's date(s) */
  step: number;
  until: number;
  /** the states a share counts */
  states: string[];
}

export interface ScenarioFacts {
  calendar: Calendar;
  steps: number;
  /** origin and transit states (shares count these by default) */
  states: readonly string[];
  /** every state id */
  allStates: readonly string[];
}

/** Turns dates into steps and checks states and dates against the scenario; throws InputError naming the target. */
export function resolveTargets(targets: Targets, facts: ScenarioFacts, file = 'targets'): ResolvedTarget[] {
  return targets.targets.map((target, i) => {
    const where = `${file}: targets[${i}]`;
    const inRun = (field: string, quarter: string, allowEnd = false): number => {
      const step = stepOfQuarter(quarter, facts.calendar);
      if (step < 0) throw new InputError(`${where}.${field}: ${quarter} is before the scenario's start`);
      if (step > facts.steps - (allowEnd ? 0 : 1)) throw new InputError(`${where}.${field}: ${quarter} is after the run's last step (${facts.steps} steps; raise --steps)`);
      return step;
    };
    const known = (field: string, state: string) => {
      if (!facts.allStates.includes(state)) throw new InputError(`${where}.${field}: no state "${state}" in the scenario`);
    };
    let step = 0;
    let until = 0;
    let states: string[] = [];
    switch (target.kind) {
      case 'event':
        known('state', target.state);
        step = until = inRun('date', target.date, true);
        break;
      case 'non-event':
        known('state', target.state);
        step = until = inRun('before', target.before, true);
        break;
      case 'ordering':
        known('first', target.first);
        known('then', target.then);
        break;
      case 'indicator':
      case 'share':
        if (target.at) step = until = inRun('at', target.at);
        else {
          step = inRun('window', target.window![0]);
          until = inRun('window', target.window![1]);
        }
        if (target.kind === 'share') {
          states = target.states ?? [...facts.states];
          (target.states ?? []).forEach((s, k) => known(`states[${k}]`, s));
        }
        break;
    }
    return { id: targetId(target), target, weight: target.weight, scale: target.scale ?? null, step, until, states };
  });
}

function observed(t: { value?: number; sd?: number; interval?: [number, number] }, x: number): number {
  // undefined in this run (an empty cell): as far from the observation as can be
  if (!Number.isFinite(x)) return Infinity;
  if (t.interval) return Math.max(0, t.interval[0] - x, x - t.interval[1]);
  return Math.abs(x - t.value!) / t.sd!;
}

/** Every target's score on one run, in the order of the targets. */
export function scoreRun(targets: readonly ResolvedTarget[], run: RunSummary, calendar: Calendar): number[] {
  const quarters = (n: number) => (n * 4) / calendar.stepsPerYear;
  const steps = (q: number) => (q * calendar.stepsPerYear) / 4;
  const first = (state: string, status: string) => run.firstStep(state, status) ?? run.steps;
  return targets.map(({ target, step, until, states }) => {
    switch (target.kind) {
      case 'event': {
        // not reached: as if reached just after the tolerance window or the run's end, whichever is later
        const reached = run.firstStep(target.state, target.status) ?? Math.max(run.steps, step + Math.ceil(steps(target.tolerance)) + 1);
        return Math.max(0, quarters(Math.abs(reached - step)) - target.tolerance);
      }
      case 'non-event': {
        const s = run.firstStep(target.state, target.status);
        return s !== null && s < step ? quarters(step - s) : 0;
      }
      case 'ordering': {
        const a = first(target.first, target.status);
        const b = first(target.then, target.status);
        return a < b ? 0 : quarters(a - b) + 1;
      }
      case 'indicator': {
        let sum = 0;
        for (let s = step; s <= until; s++) sum += run.indicator(target.indicator, s);
        return observed(target, sum / (until - step + 1));
      }
      case 'share': {
        let sum = 0;
        for (let s = step; s <= until; s++) {
          const holding = states.filter((state) => (target.status !== undefined ? run.statusAt(state, s) === target.status : run.gradeAt(state, s) === target.grade)).length;
          sum += holding / states.length;
        }
        return observed(target, sum / (until - step + 1));
      }
    }
  });
}
