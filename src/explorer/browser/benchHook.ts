/**
 * Measurements the explorer's benchmark (bench/explorer.ts) takes inside the page, in
 * the same browser as the page itself: the engine stepping in the page's workers with
 * nothing drawn, and the redraw of a live chart of long series. Installed on `window` as
 * `partnersimBench`; nothing in the page calls it.
 */
import { STEP_AXIS } from '../../charts/calendar.js';
import { CanvasFigure, type Figure } from './plot.js';

/** What the page lends the benchmark. */
export interface BenchPage {
  /**
   * Wall milliseconds for both sides, set up again from step 0, to run `steps` steps in
   * their own workers, one request each, with nothing drawn: the engine headless, in the
   * same workers (as warm as when the page plays) and the same browser.
   */
  engine(steps: number): Promise<number>;
  /** refreshes (tables, counters and charts) since play was last pressed, and the main thread's milliseconds in them */
  drawn(): { count: number; ms: number };
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

export function installBenchHook(page: BenchPage): void {
  (window as unknown as { partnersimBench: unknown }).partnersimBench = { engine: page.engine, drawn: page.drawn, redraw };
}
