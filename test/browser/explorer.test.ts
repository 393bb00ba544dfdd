/**
 * The explorer in a real browser (Debian's chromium driven by playwright-core): clicks,
 * sliders, export and load, checked against the command line's outputs. Skipped when
 * /usr/bin/chromium is absent, except under CI.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/cli.js';
import { serveExplorer, toExploreOptions } from '../../src/cli/explore.js';
import { MIGRANT_STATUSES, MigrantStatusCode } from '../../src/domain/vocabulary.js';
import { createRunner } from '../../src/engine/runner.js';
import { TIMESERIES_COLUMNS } from '../../src/indicators/columns.js';
import type { PageData } from '../../src/explorer/pageData.js';
import { effectiveScenario } from '../../src/explorer/settings.js';
import { sha256Hex } from '../../src/io/sha256.js';
import type { ExplorerServer } from '../../src/explorer/server.js';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './chromium.js';

const SCENARIO = 'stylised';
const MIGRANTS = '1500';
const STEPS = '60';

let dir: string;
let server: ExplorerServer;
let browser: LaunchedBrowser;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, env: {} };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** Waits until the page has finished what it was asked (no queued work, not playing). */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.ready === '1' && document.body.dataset.busy === '0', null, { timeout: 90_000 });
}

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(url);
  await idle(page);
  return page;
}

/** The indicator table's column for one side: column name → text. */
async function tableColumn(page: Page, side: 'A' | 'B'): Promise<Record<string, string>> {
  return page.$$eval(`#indicators td[data-side="${side}"]`, (cells) => Object.fromEntries(cells.map((c) => [(c as HTMLElement).dataset.column!, c.textContent ?? ''])));
}

function csvRow(file: string, step: number): Record<string, string> {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const header = lines[0].split(',');
  const cells = lines[1 + step].split(',');
  return Object.fromEntries(header.map((h, k) => [h, cells[k]]));
}

const available = chromiumAvailable();

describe.skipIf(!available)('partnersim explore in chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnersim-browser-'));
    server = await serveExplorer(toExploreOptions({ scenario: SCENARIO, migrants: MIGRANTS, steps: STEPS, seed: 4, port: 0 }, dir));
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('clicking "step" 50 times shows in its table the 50th row `partnersim run` writes', async () => {
    const page = await open(server.url);
    for (let k = 0; k < 50; k++) await page.click('#step');
    await idle(page);
    expect(await page.textContent('#taken')).toBe('50');
    const run = await cli('run', SCENARIO, '--seed', '4', '--steps', STEPS, '--migrants', MIGRANTS, '--out', 'cli');
    expect(run.code, run.stderr).toBe(0);
    const expected = csvRow(path.join(dir, 'cli', 'timeseries.csv'), 49);
    const shown = await tableColumn(page, 'A');
    expect(Object.keys(shown)).toEqual(Object.keys(TIMESERIES_COLUMNS));
    expect(shown).toEqual(expected);
    expect(await tableColumn(page, 'B')).toEqual(expected);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('a slider moved in B alone changes B and leaves A as it was; the difference is shown', async () => {
    const page = await open(server.url);
    await page.selectOption('#speed', '10');
    for (let k = 0; k < 2; k++) await page.click('#step');
    await page.click('#step');
    await idle(page);
    const a0 = await tableColumn(page, 'A');
    const b0 = await tableColumn(page, 'B');
    expect(b0).toEqual(a0);
    // migrants.aspiration: how often a prospective migrant tries to leave
    await page.click('text=params.migrants >> nth=1');
    await page.locator('#B-param-migrants-aspiration').fill('0.06');
    await idle(page);
    expect(await page.textContent('#taken')).toBe('3');
    const a1 = await tableColumn(page, 'A');
    const b1 = await tableColumn(page, 'B');
    expect(a1).toEqual(a0);
    expect(Number(b1.migrants_prospective)).toBeLessThan(Number(a1.migrants_prospective));
    const diff = await page.textContent('#indicators td[data-side="B-A"][data-column="migrants_prospective"]');
    expect(Number(diff)).toBe(Number(b1.migrants_prospective) - Number(a1.migrants_prospective));
    // the address now carries B's lever: a new page opened on it shows the same runs at the same step
    const copy = await open(page.url());
    expect(await copy.textContent('#taken')).toBe('3');
    expect(await tableColumn(copy, 'A')).toEqual(a1);
    expect(await tableColumn(copy, 'B')).toEqual(b1);
    await copy.close();
    await page.close();
  });

  it('exports a file that `run --from` reproduces byte for byte and that the page loads again', async () => {
    const page = await open(server.url);
    await page.selectOption('#B-policy', 'conditionality');
    await idle(page);
    await page.selectOption('#speed', '5');
    await page.click('#play');
    // pause in the same turn as the check, before the run reaches its horizon
    await page.waitForFunction(() => Number(document.getElementById('taken')!.textContent) >= 15 && (document.getElementById('pause')!.click(), true), null, { timeout: 60_000 });
    await idle(page);
    const step = Number(await page.textContent('#taken'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-B')]);
    const file = path.join(dir, 'exported.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.step).toBe(step);
    expect(exported.policy.name).toBe('conditionality');
    const from = await cli('run', '--from', 'exported.json', '--out', 'from');
    expect(from.code, from.stderr).toBe(0);
    const csv = readFileSync(path.join(dir, 'from', 'timeseries.csv'), 'utf8');
    expect(sha256Hex(csv)).toBe(exported.indicatorsHash);
    expect(csvRow(path.join(dir, 'from', 'timeseries.csv'), step - 1)).toEqual(await tableColumn(page, 'B'));

    const again = await open(server.url);
    await again.setInputFiles('#load', file);
    await again.waitForFunction(() => /loaded exported\.json/.test(document.getElementById('message')!.textContent ?? ''), null, { timeout: 60_000 });
    await idle(again);
    expect(await again.textContent('#message')).toMatch(/indicators identical to the file's/);
    expect(await tableColumn(again, 'A')).toEqual(await tableColumn(page, 'B'));
    await again.close();
    await page.close();
  });

  it('shows migrants by status and route as a count of the same world in Node gives, adding up to `partnersim run`', async () => {
    const page = await open(server.url);
    for (let k = 0; k < 12; k++) await page.click('#step');
    await idle(page);
    expect(await page.textContent('#taken')).toBe('12');
    expect(await page.textContent('#routes-step')).toBe('after step 12');
    const shown = await page.$$eval('#routes tbody tr', (trs) =>
      trs.flatMap((tr) =>
        [...tr.querySelectorAll('td[data-side]')].map((td) => ({
          key: `${(tr as HTMLElement).dataset.path}|${(td as HTMLElement).dataset.status}`,
          route: (tr as HTMLElement).dataset.route!,
          side: (td as HTMLElement).dataset.side!,
          value: td.textContent ?? '',
        })),
      ),
    );
    const a = new Map(shown.filter((c) => c.side === 'A').map((c) => [c.key, Number(c.value)]));
    const b = new Map(shown.filter((c) => c.side === 'B').map((c) => [c.key, Number(c.value)]));
    expect(b).toEqual(a); // the same settings on both sides
    // the expectation: the same world built and stepped in Node, its migrant table counted here by where each migrant is
    const data = JSON.parse((await page.textContent('#partnersim-data')) ?? '{}') as PageData;
    const policy = data.policies.find((p) => p.name === data.initial.policy)!;
    const scenario = effectiveScenario(data.scenario, policy, { steps: Number(STEPS), migrants: Number(MIGRANTS) });
    const runner = createRunner(scenario, { seed: 4, runId: 'r', scenarioName: SCENARIO, policy: policy.name });
    for (let k = 0; k < 12; k++) runner.next();
    const { states, routesByOrigin, migrants } = runner.world;
    MIGRANT_STATUSES.forEach((status, code) => expect(MigrantStatusCode[status]).toBe(code)); // how the table's codes read
    const expected = new Map<string, number>();
    for (let m = 0; m < migrants.size; m++) {
      const o = migrants.origin[m];
      const status = MIGRANT_STATUSES[migrants.status[m]];
      let path: string;
      if (status === 'prospective' || status === 'returned') path = states[o].id;
      else if (status === 'regular') path = `${states[o].id} → ${states[migrants.location[m]].id}`;
      else {
        const r = routesByOrigin[o][migrants.route[m]];
        path = [r.origin, ...r.via, r.destination].map((i) => states[i].id).join(' → ');
      }
      expected.set(`${path}|${status}`, (expected.get(`${path}|${status}`) ?? 0) + 1);
    }
    for (const [key, count] of expected) expect(a.get(key), key).toBe(count);
    for (const [key, count] of a) expect(count, key).toBe(expected.get(key) ?? 0);
    expect(shown.some((c) => c.route === 'irregular' && Number(c.value) > 0)).toBe(true);
    // each status summed over the routes is the command line's count at that step
    const run = await cli('run', SCENARIO, '--seed', '4', '--steps', STEPS, '--migrants', MIGRANTS, '--out', 'cli-routes', '--no-states');
    expect(run.code, run.stderr).toBe(0);
    const row = csvRow(path.join(dir, 'cli-routes', 'timeseries.csv'), 11);
    for (const status of MIGRANT_STATUSES) {
      const sum = [...a].filter(([key]) => key.endsWith(`|${status}`)).reduce((total, [, n]) => total + n, 0);
      expect(sum, status).toBe(Number(row[`migrants_${status}`]));
    }
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('downloads the publication chart of the runs so far as SVG and PNG', async () => {
    const page = await open(server.url);
    for (let k = 0; k < 6; k++) await page.click('#step');
    await idle(page);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#chart-indicators button:text-is("SVG")')]);
    const svgFile = path.join(dir, 'indicators.svg');
    await svg.saveAs(svgFile);
    const text = readFileSync(svgFile, 'utf8');
    expect(text).toMatch(/^<svg/);
    for (const title of ['Mean effort', 'Irregular arrivals']) expect(text).toContain(title); // the publication chart's axis titles
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#chart-migrants button:text-is("PNG")')]);
    const pngFile = path.join(dir, 'migrants.png');
    await png.saveAs(pngFile);
    expect([...readFileSync(pngFile).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await page.textContent('#message')).toBe('');
    await page.close();
  });

  it('refuses a malformed export or address with a clear message in the page', async () => {
    const page = await open(server.url);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'partnersim-explorer-run/1', seed: 'x' }));
    await page.setInputFiles('#load', bad);
    await page.waitForSelector('#message[data-kind="error"]');
    expect(await page.textContent('#message')).toMatch(/^bad\.json: /);
    await page.close();
    const odd = await open(`${server.url}#a=bm90IGpzb24&b=e30&step=3`);
    expect(await odd.textContent('#message')).toMatch(/address: a: not base64url-encoded JSON settings; showing the scenario's own settings instead/);
    expect(await odd.textContent('#taken')).toBe('0');
    await odd.close();
  });

  it('runs offline from the folder `explore --build` writes, fetching nothing', async () => {
    const built = await cli('explore', SCENARIO, '--migrants', '300', '--steps', '8', '--build', 'page');
    expect(built.code, built.stderr).toBe(0);
    const page = await browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(pathToFileURL(path.join(dir, 'page', 'index.html')).href);
    await idle(page);
    await page.click('#step');
    await idle(page);
    expect(await page.textContent('#taken')).toBe('1');
    expect(requested.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
    await page.close();
  });
});
