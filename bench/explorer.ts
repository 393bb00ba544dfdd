/**
 * Explorer benchmarks, in Debian's chromium driven by playwright-core: the page playing
 * a run of 100,000 migrants on both sides and redrawing every 10 steps, against the
 * engine stepping in the page's own workers with nothing drawn, in the same browser
 * (target: the page keeps at least 80% of the engine's rate); and the redraw of one
 * chart of a 10,000-point series on the page's canvas (target: one frame, 16 ms), and
 * of the main indicators' chart at that length. Skipped without chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveExplorer, toExploreOptions } from '../dist/src/cli/explore.js';
import { CHROMIUM, launchChromium } from '../test/browser/chromium.js';
import { median, type BenchRow } from './stats.js';

// The functions given to page.evaluate run in the page; the benchmarks are type-checked without the DOM's types.
declare const document: any;
declare const window: any;

const MIGRANTS = 100_000;
const STEPS = 64;
const REPEATS = 6;

export async function explorerBenchmarks(): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`explorer benchmarks skipped: ${CHROMIUM} is not installed\n`);
    return [];
  }
  const cwd = mkdtempSync(path.join(tmpdir(), 'partnersim-bench-explorer-'));
  const server = await serveExplorer(toExploreOptions({ migrants: MIGRANTS, steps: STEPS, port: 0 }, cwd));
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    const idle = () => page.waitForFunction(() => document.body.dataset.ready === '1' && document.body.dataset.busy === '0', null, { timeout: 600_000 });
    await idle();
    await page.selectOption('#speed', '10');
    const ratios: number[] = [];
    const drawShares: number[] = [];
    const drawCounts: number[] = [];
    const pageRates: number[] = [];
    const engineRates: number[] = [];
    // the engine alone: both sides' workers, every step in one request, nothing drawn
    const engine = async () => {
      const ms = (await page.evaluate((n) => (window as unknown as { partnersimBench: { engine(n: number): Promise<number> } }).partnersimBench.engine(n), STEPS)) as number;
      await idle();
      return ms;
    };
    // the page: reset, then play to the horizon, redrawing every 10 steps
    const play = async () => {
      await page.click('#reset');
      await idle();
      // a string, run as written (a function would be rewritten by the TypeScript loader)
      const ms = (await page.evaluate(`new Promise((resolve) => {
        const t0 = performance.now();
        document.getElementById('play').click();
        const poll = () => document.getElementById('taken').textContent === '${STEPS}' && document.body.dataset.busy === '0' ? resolve(performance.now() - t0) : setTimeout(poll, 2);
        poll();
      })`)) as number;
      // the refreshes of this play (read before the engine's run adds its own)
      const drawn = (await page.evaluate(() => (window as unknown as { partnersimBench: { drawn(): { count: number; ms: number } } }).partnersimBench.drawn())) as { count: number; ms: number };
      drawShares.push(drawn.ms / ms);
      drawCounts.push(drawn.count);
      return ms;
    };
    // once each unmeasured, to warm the workers' code; then in turn, each first every other time (the machine's load drifts)
    await engine();
    await play();
    drawShares.length = 0;
    drawCounts.length = 0;
    for (let k = 0; k < REPEATS; k++) {
      let engineMs: number;
      let pageMs: number;
      if (k % 2 === 0) {
        engineMs = await engine();
        pageMs = await play();
      } else {
        pageMs = await play();
        engineMs = await engine();
      }
      engineRates.push(STEPS / (engineMs / 1000));
      pageRates.push(STEPS / (pageMs / 1000));
      ratios.push(engineMs / pageMs);
    }
    type Redraw = { partnersimBench: { redraw(points: number, repeats: number, panels: number, lines: number): number[] } };
    const redraws = await page.evaluate(() => (window as unknown as Redraw).partnersimBench.redraw(10_000, 15, 1, 1));
    // the main indicators' chart at 10,000 steps: five panels, A and B in each
    const chartRedraws = await page.evaluate(() => (window as unknown as Redraw).partnersimBench.redraw(10_000, 15, 5, 2));
    const ratio = median(ratios);
    const redraw = median(redraws);
    const chartRedraw = median(chartRedraws);
    return [
      { name: `explorer: engine in the page's workers, ${MIGRANTS} migrants, A and B`, value: median(engineRates).median, unit: 'steps/s', spread: median(engineRates).spread },
      { name: 'explorer: page playing, redraw every 10 steps', value: median(pageRates).median, unit: 'steps/s', spread: median(pageRates).spread },
      { name: 'explorer: page rate / engine rate', value: ratio.median, unit: '', spread: ratio.spread, target: '>= 0.8', pass: ratio.median >= 0.8 },
      { name: 'explorer: page playing, refreshes (tables, charts) per run', value: median(drawCounts).median, unit: '', spread: median(drawCounts).spread },
      { name: "explorer: page playing, main thread's share of the time in refreshes", value: median(drawShares).median, unit: '', spread: median(drawShares).spread },
      { name: 'explorer: redraw of a 10,000-point series', value: redraw.median, unit: 'ms', spread: redraw.spread, target: '<= 16 ms', pass: redraw.median <= 16 },
      { name: 'explorer: redraw of 10 series of 10,000 points (5 panels)', value: chartRedraw.median, unit: 'ms', spread: chartRedraw.spread },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(cwd, { recursive: true, force: true });
  }
}
