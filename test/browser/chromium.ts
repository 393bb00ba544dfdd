/**
 * Debian's chromium driven by playwright-core, with the flags that keep it quiet on a
 * closed network, and a fresh profile each launch. Browser tests skip when
 * /usr/bin/chromium is absent, except under CI, where they must run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.PARTNERSIM_CHROMIUM ?? '/usr/bin/chromium';

/** Whether the browser tests can run here; under CI a missing browser is a failure, not a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`CI: ${CHROMIUM} is missing (apt-get install chromium): the browser tests must run`);
  process.stderr.write(`browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)\n`);
  return false;
}

export interface LaunchedBrowser {
  /** a context with its own fresh profile (playwright's name for --user-data-dir) */
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'partnersim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: 60_000,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
