/**
 * The explorer's screenshot in the README (docs/figures/explorer.png): the page for the
 * EU scenario with A under the partnership policy and B under conditionality, played to
 * the end (64 quarters), taken in Debian's chromium by playwright-core. Run by `npm run screenshot`
 * (after `npm run build`); CI runs it too. An optional argument names another file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveExplorer, toExploreOptions } from '../src/cli/explore.js';
import { launchChromium } from '../test/browser/chromium.js';

const out = path.resolve(process.argv[2] ?? 'docs/figures/explorer.png');
const cwd = mkdtempSync(path.join(tmpdir(), 'partnersim-screenshot-'));
const server = await serveExplorer(toExploreOptions({ scenario: 'eu-mobility-partnerships', migrants: 5000, port: 0 }, cwd));
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(server.url);
  const idle = () => page.waitForFunction(() => document.body.dataset.ready === '1' && document.body.dataset.busy === '0', null, { timeout: 120_000 });
  await idle();
  await page.selectOption('#B-policy', 'conditionality');
  await idle();
  await page.selectOption('#speed', '10');
  await page.click('#play');
  await page.waitForFunction(() => document.getElementById('taken')!.textContent === '64', null, { timeout: 120_000 });
  await idle();
  // open the partnership parameters on both sides, to show the sliders
  for (const side of ['A', 'B']) await page.click(`#controls-${side} summary:text-is("params.partnership")`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out });
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)} at step ${await page.textContent('#taken')}\n`);
} finally {
  await browser.close();
  await server.close();
  rmSync(cwd, { recursive: true, force: true });
}
