/**
 * Measurements the explorer's benchmark (bench/explorer.ts) takes inside the page, in
 * the same browser as the page itself: the engine stepping in the page's worker with
 * nothing drawn, and the redraw of a live chart of long series. Installed on `window` as
 * `partnersimBench`; nothing in the page calls it.
 */
import { STEP_AXIS } from '../../charts/calendar.js';
import type { FromWorker, ToWorker } from '../protocol.js';
import { CanvasFigure, type Figure } from './plot.js';

type Setup = Extract<ToWorker, { kind: 'setup' }>;

function reply(worker: Worker): Promise<FromWorker> {
  return new Promise((resolve) => (worker.onmessage = (event: MessageEvent<FromWorker>) => resolve(event.data)));
}

/**
 * Wall milliseconds for `sides` workers to run `steps` steps each, in parallel, each in
 * one request, with nothing drawn. The workers run the same steps once before, unmeasured,
 * so that their code is as warm as the page's workers'.
 */
async function headless(workerUrl: string, setup: Setup, steps: number, sides: number): Promise<number> {
  const workers = Array.from({ length: sides }, () => new Worker(workerUrl));
  const all = (message: ToWorker, check: (r: FromWorker) => boolean) =>
    Promise.all(
      workers.map(async (w) => {
        const answer = reply(w);
        w.postMessage(message);
        const r = await answer;
        if (!check(r)) throw new Error(r.kind === 'error' ? r.message : `the headless run failed at ${message.kind}`);
      }),
    );
  const run = { kind: 'step', count: steps, states: true } satisfies ToWorker;
  const ran = (r: FromWorker) => r.kind === 'rows' && r.taken === steps;
  try {
    await all(setup, (r) => r.kind === 'ready');
    await all(run, ran);
    await all(setup, (r) => r.kind === 'ready');
    const t0 = performance.now();
    await all(run, ran);
    return performance.now() - t0;
  } finally {
    for (const w of workers) w.terminate();
  }
}

/**
 * Milliseconds of each redraw of a live chart of `panels` panels of `lines` series of
 * `points` points each (the values change between redraws, as while a run plays): the
 * canvas cleared, axes and every line drawn.
 */
function redraw(points: number, repeats: number, panels = 1, lines = 1): number[] {
  const host = document.createElement('div');
  document.body.append(host);
  const view = new CanvasFigure(host, 5);
  const figure = (k: number): Figure => ({
    steps: points,
    time: STEP_AXIS,
    legend: [{ label: 'A', colour: '#000000' }],
    panels: Array.from({ length: panels }, (_, p) => ({
      title: `series ${p}`,
      lines: Array.from({ length: lines }, (_, l) => {
        const values = new Float64Array(points);
        for (let t = 0; t < points; t++) values[t] = Math.sin(t / 50 + k + p + l) + t / points;
        return { values, colour: l === 0 ? '#000000' : '#332288', dash: l === 0 ? [1, 0] : [6, 2] };
      }),
    })),
  });
  view.draw(figure(0));
  const times: number[] = [];
  for (let k = 1; k <= repeats; k++) {
    const f = figure(k);
    const t0 = performance.now();
    view.draw(f);
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
