/**
 * The messages between the explorer's page and the Web Worker that runs one side's
 * model. The page sends the scenario as JSON and the settings; the worker validates
 * them with the schema, builds the world and answers each request for steps with the
 * rows of those steps, and the migrants by status and route at the last of them.
 */
import type { StateRow, TimeseriesRow } from '../indicators/columns.js';
import type { RouteCount } from '../indicators/routeCounts.js';
import type { ScenarioInput } from '../scenario/schema.js';
import type { PolicyData } from './settings.js';

/** The destination's levers at one step (not in the output tables: the page draws them). */
export interface DestinationRow {
  step: number;
  state: string;
  policing: number;
  entry_threshold: number;
  exit_threshold: number;
  credibility: number;
}

export type ToWorker =
  | { kind: 'setup'; scenario: ScenarioInput; slug: string; policy: PolicyData; seed: number; steps: number; migrants: number }
  /** run up to `count` more steps; `states`: also send the states' rows */
  | { kind: 'step'; count: number; states: boolean };

export type FromWorker =
  | { kind: 'ready'; scenarioHash: string; runId: string; steps: number; migrants: number }
  | { kind: 'rows'; rows: TimeseriesRow[]; states: StateRow[]; destinations: DestinationRow[]; routes: RouteCount[]; taken: number; done: boolean; ms: number }
  | { kind: 'error'; message: string };
