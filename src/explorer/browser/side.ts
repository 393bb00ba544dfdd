/**
 * One side of the explorer (A or B): its settings, its Web Worker and the rows the
 * worker has sent so far, also kept as series by step for the live charts, and the
 * migrants by status and route at the last steps. Requests are answered in order, one
 * reply each; several may be under way at once (the page keeps the worker busy while
 * it draws).
 */
import { STATUS_ORDER } from '../../charts/palette.js';
import type { StateRow, TimeseriesRow } from '../../indicators/columns.js';
import type { RouteCount } from '../../indicators/routeCounts.js';
import type { ScenarioInput } from '../../scenario/schema.js';
import type { DestinationRow, FromWorker, ToWorker } from '../protocol.js';
import { effectivePolicy, type PolicyData, type RunSettings } from '../settings.js';
import { SeriesStore } from './series.js';

/** Route counts kept for the last few batches: the page shows them at the step both sides have reached. */
const ROUTE_HISTORY = 8;
const STATUS_INDEX = new Map<string, number>(STATUS_ORDER.map((s, k) => [s, k]));

export type SideName = 'A' | 'B';

export class Side {
  rows: TimeseriesRow[] = [];
  states: StateRow[] = [];
  destinations: DestinationRow[] = [];
  /** the rows' numeric columns, and per state `STATE:status` (index in STATUS_ORDER), `STATE:rank`, `STATE:grade`, and per destination `STATE:policing` and its other levers */
  readonly series = new SeriesStore();
  /** each state's last league table (peer_group), '' when never ranked */
  readonly peerGroup = new Map<string, string>();
  /** origin and transit states, in the order of the world */
  readonly partnerStates: string[] = [];
  /** migrants by status and route after `taken` steps, for the last few batches */
  readonly routes = new Map<number, RouteCount[]>();
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
    this.series.clear();
    this.peerGroup.clear();
    this.partnerStates.length = 0;
    this.routes.clear();
    this.done = false;
    this.workMs = 0;
    const { seed, steps, migrants } = this.settings;
    const reply = await this.request({ kind: 'setup', scenario, slug, policy: effectivePolicy(base, this.settings.levers), seed, steps, migrants });
    if (reply.kind === 'error') throw new Error(reply.message);
    if (reply.kind !== 'ready') throw new Error(`unexpected reply ${reply.kind}`);
    this.runId = reply.runId;
    this.scenarioHash = reply.scenarioHash;
  }

  private keep(reply: Extract<FromWorker, { kind: 'rows' }>): void {
    const series = this.series;
    for (const row of reply.rows) {
      this.rows.push(row);
      for (const [key, value] of Object.entries(row)) if (typeof value === 'number') series.set(key, row.step, value);
    }
    for (const s of reply.states) {
      this.states.push(s);
      if (!/origin|transit/.test(s.roles)) continue;
      if (!this.peerGroup.has(s.state)) {
        this.partnerStates.push(s.state);
        this.peerGroup.set(s.state, '');
      }
      series.set(`${s.state}:status`, s.step, STATUS_INDEX.get(s.status) ?? NaN);
      series.set(`${s.state}:rank`, s.step, s.rank > 0 ? s.rank : NaN);
      series.set(`${s.state}:grade`, s.step, s.grade);
      if (s.rank > 0 && s.peer_group) this.peerGroup.set(s.state, s.peer_group);
    }
    for (const d of reply.destinations) {
      this.destinations.push(d);
      for (const key of ['policing', 'entry_threshold', 'exit_threshold', 'credibility'] as const) series.set(`${d.state}:${key}`, d.step, d[key]);
    }
    if (reply.routes.length > 0) {
      this.routes.set(reply.taken, reply.routes);
      for (const taken of this.routes.keys()) if (this.routes.size > ROUTE_HISTORY) this.routes.delete(taken);
    }
  }

  /** Runs up to `count` more steps and keeps their rows. */
  async step(count: number): Promise<void> {
    if (this.done || count <= 0) return;
    const reply = await this.request({ kind: 'step', count, states: true });
    if (reply.kind === 'error') throw new Error(reply.message);
    if (reply.kind !== 'rows') throw new Error(`unexpected reply ${reply.kind}`);
    this.keep(reply);
    this.done = reply.done;
    this.workMs += reply.ms;
  }
}
