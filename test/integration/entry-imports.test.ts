/**
 * `import 'partnersim'` loads the engine, not the renderers: a fresh Node process
 * imports the built package by its name (through package.json's exports) with a module
 * resolve hook that records every module it loads. The main entry loads none of vega,
 * vega-lite, resvg, pdfkit or fontkit; `partnersim/charts` loads them (which shows the
 * hook sees what it must).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/scenario/loader.js';

const RENDERERS = /\/node_modules\/(vega|vega-lite|vega-[\w-]+|@resvg\/[\w-]+|pdfkit|svg-to-pdfkit|fontkit)\//;

/** Records the URL of every module resolved, one a line, in the file named by MODULE_TRACE. */
const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.MODULE_TRACE, result.url + '\\n');
  return result;
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify('data:text/javascript,' + encodeURIComponent(HOOKS))});`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'partnersim-imports-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The modules a new process loads to import `specifier` from within the package. */
function modulesLoadedBy(specifier: string): string[] {
  const trace = path.join(dir, `${specifier.replace(/\W/g, '_')}.txt`);
  const program = `const m = await import(${JSON.stringify(specifier)}); process.stdout.write(String(Object.keys(m).length));`;
  const exported = execFileSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, '--input-type=module', '-e', program], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', MODULE_TRACE: trace },
  });
  expect(Number(exported)).toBeGreaterThan(0);
  return readFileSync(trace, 'utf8').trim().split('\n');
}

describe('the package entries', () => {
  it("import 'partnersim' loads the engine and none of vega, resvg, pdfkit", () => {
    const loaded = modulesLoadedBy('partnersim');
    expect(loaded.some((url) => url.endsWith('/dist/src/engine/simulate.js'))).toBe(true);
    expect(loaded.filter((url) => RENDERERS.test(url))).toEqual([]);
  });

  it("import 'partnersim/charts' loads the renderers", () => {
    const loaded = modulesLoadedBy('partnersim/charts');
    for (const name of ['vega', 'vega-lite', '@resvg/resvg-js', 'pdfkit']) {
      expect(loaded.some((url) => url.includes(`/node_modules/${name}/`)), name).toBe(true);
    }
  });
});
