/**
 * One side of the explorer (A or B): its settings, its Web Worker and the rows the
 * worker has sent so far. Requests are answered in order, one reply each.
 */
import type { StateRow, TimeseriesRow } from '../../indicators/columns.js';
import type { ScenarioInput } from '../../scenario/schema.js';
import type { DestinationRow, FromWorker, ToWorker } from '../protocol.js';
import { effectivePolicy, type PolicyData, type RunSettings } from '../settings.js';

export type SideName = 'A' | 'B';

export class Side {
  rows: TimeseriesRow[] = [];
  states: StateRow[] = [];
  destinations: DestinationRow[] = [];
  done = false;
  runId = '';
  scenarioHash = '';
  /** milliseconds the worker spent stepping, and the steps it took in them */
  workMs = 0;
  private worker: Worker;
  private waiting: ((reply: FromWorker) => void)[] = [];

  constructor(
    readonly name: SideName,
    public settings: RunSettings,
    private readonly workerUrl: string,
  ) {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = new Worker(this.workerUrl);
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.waiting.shift()?.(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const reply: FromWorker = { kind: 'error', message: event.message || 'the worker failed' };
      for (const resolve of this.waiting.splice(0)) resolve(reply);
    };
    return worker;
  }

  private request(message: ToWorker): Promise<FromWorker> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.worker.postMessage(message);
    });
  }

  get taken(): number {
    return this.rows.length;
  }

  /** Sets the run up again from step 0 with the side's settings; rejects with the worker's message. */
  async setup(scenario: ScenarioInput, slug: string, policies: readonly PolicyData[]): Promise<void> {
    const base = policies.find((p) => p.name === this.settings.policy);
    if (!base) throw new Error(`unknown policy "${this.settings.policy}"`);
    this.rows = [];
    this.states = [];
    this.destinations = [];
    this.done = false;
    this.workMs = 0;
    const { seed, steps, migrants } = this.settings;
    const reply = await this.request({ kind: 'setup', scenario, slug, policy: effectivePolicy(base, this.settings.levers), seed, steps, migrants });
    if (reply.kind === 'error') throw new Error(reply.message);
    if (reply.kind !== 'ready') throw new Error(`unexpected reply ${reply.kind}`);
    this.runId = reply.runId;
    this.scenarioHash = reply.scenarioHash;
  }

  /** Runs up to `count` more steps and keeps their rows. */
  async step(count: number): Promise<void> {
    if (this.done || count <= 0) return;
    const reply = await this.request({ kind: 'step', count, states: true });
    if (reply.kind === 'error') throw new Error(reply.message);
    if (reply.kind !== 'rows') throw new Error(`unexpected reply ${reply.kind}`);
    this.rows.push(...reply.rows);
    this.states.push(...reply.states);
    this.destinations.push(...reply.destinations);
    this.done = reply.done;
    this.workMs += reply.ms;
  }
}
