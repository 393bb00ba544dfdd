/**
 * Measurements the explorer's benchmark (bench/explorer.ts) takes inside the page, in
 * the same browser as the page itself: the engine stepping in the page's worker with
 * nothing drawn, and one chart's redraw of a long series. Installed on `window` as
 * `partnersimBench`; nothing in the page calls it.
 */
import { STEP_AXIS } from '../../charts/calendar.js';
import { timeseriesSpec, type BandRow } from '../../charts/kinds/timeseries.js';
import type { FromWorker, ToWorker } from '../protocol.js';
import { ChartView } from './charts.js';

type Setup = Extract<ToWorker, { kind: 'setup' }>;

function reply(worker: Worker): Promise<FromWorker> {
  return new Promise((resolve) => (worker.onmessage = (event: MessageEvent<FromWorker>) => resolve(event.data)));
}

/** Wall milliseconds for `sides` workers to run `steps` steps each, in parallel, with nothing drawn. */
async function headless(workerUrl: string, setup: Setup, steps: number, sides: number): Promise<number> {
  const workers = Array.from({ length: sides }, () => new Worker(workerUrl));
  try {
    await Promise.all(
      workers.map(async (w) => {
        const ready = reply(w);
        w.postMessage(setup);
        const r = await ready;
        if (r.kind !== 'ready') throw new Error(r.kind === 'error' ? r.message : 'setup failed');
      }),
    );
    const t0 = performance.now();
    await Promise.all(
      workers.map(async (w) => {
        const rows = reply(w);
        w.postMessage({ kind: 'step', count: steps, states: true } satisfies ToWorker);
        const r = await rows;
        if (r.kind !== 'rows' || r.taken !== steps) throw new Error('the headless run did not finish');
      }),
    );
    return performance.now() - t0;
  } finally {
    for (const w of workers) w.terminate();
  }
}

/** Milliseconds of each redraw (spec built from the rows, data swapped, view run) of one series of `points` points. */
async function redraw(points: number, repeats: number): Promise<number[]> {
  const host = document.createElement('div');
  document.body.append(host);
  const view = new ChartView(host);
  const spec = (k: number) => {
    const rows: BandRow[] = [];
    for (let t = 0; t < points; t++) {
      const v = Math.sin(t / 50 + k) + t / points;
      rows.push({ indicator: 'mean_effort', policy: 'A', step: t, median: v, low: v, high: v, n: 1 });
    }
    return timeseriesSpec(rows, { time: STEP_AXIS, span: [0, points - 1] }, { indicators: ['mean_effort'], policies: ['A'] });
  };
  await view.draw(spec(0)); // the first draw compiles
  const times: number[] = [];
  for (let k = 1; k <= repeats; k++) {
    const t0 = performance.now();
    await view.draw(spec(k));
    times.push(performance.now() - t0);
  }
  host.remove();
  return times;
}

export function installBenchHook(workerUrl: string): void {
  (window as unknown as { partnersimBench: unknown }).partnersimBench = {
    headless: (setup: Setup, steps: number, sides: number) => headless(workerUrl, setup, steps, sides),
    redraw,
  };
}
