import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli as cliIn } from '../../helpers/sweep.js';
import { PAGE_DATA_ID, pageDataElement, type PageData } from '../../../src/explorer/pageData.js';
import { InputError } from '../../../src/scenario/errors.js';
import { parseAddress, formatAddress } from '../../../src/explorer/browser/address.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'partnersim-explore-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The CLI in process, in the test's folder, with no environment (test/helpers/sweep.ts). */
const cli = (...argv: string[]) => cliIn(argv, { cwd: dir });

function dataOf(html: string): PageData {
  const m = new RegExp(`<script type="application/json" id="${PAGE_DATA_ID}">(.*?)</script>`, 's').exec(html);
  return JSON.parse(m![1]);
}

describe('partnersim explore --build', () => {
  it('writes the page with the scenario, the policies and the starting settings as data', async () => {
    const res = await cli('explore', 'north-america-rcm', '--policy', 'withdrawal', '--seed', '9', '--migrants', '700', '--build', 'page');
    expect(res.code, res.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'page')).sort()).toEqual(['explorer.css', 'explorer.js', 'index.html']);
    const data = dataOf(readFileSync(path.join(dir, 'page', 'index.html'), 'utf8'));
    expect(data.slug).toBe('north-america-rcm');
    expect(data.initial).toEqual({ policy: 'withdrawal', levers: {}, seed: 9, migrants: 700, steps: data.scenario.steps });
    expect(data.policies.map((p) => p.name)).toContain('conditionality');
  });

  it('refuses bad options with one line and exit 2, writing nothing', async () => {
    writeFileSync(path.join(dir, 'file'), 'x');
    for (const [argv, message] of [
      [['explore', '--port', '70000'], /--port: expected a port number up to 65535, got 70000/],
      [['explore', '--port', 'x'], /--port: expected a non-negative integer, got "x"/],
      [['explore', '--policy', 'nope', '--build', 'p1'], /--policy: unknown policy "nope"/],
      [['explore', 'no-such-scenario', '--build', 'p2'], /no-such-scenario: no such scenario/],
      [['explore', '--build', 'file'], /--build: .*file is an existing file/],
    ] as const) {
      const res = await cli(...argv);
      expect(res.code, argv.join(' ')).toBe(2);
      expect(res.stderr, argv.join(' ')).toMatch(message);
    }
    expect(readdirSync(dir)).toEqual(['file']);
  });
});

describe('the page data element', () => {
  it('cannot be closed early by text inside the scenario', () => {
    const data = { slug: 's', scenario: { name: 'x', description: '</script><script>alert(1)</script> \u2028' }, policies: [], initial: {}, package: {} } as unknown as PageData;
    const element = pageDataElement(data);
    expect(element.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(element.slice(element.indexOf('>') + 1, element.lastIndexOf('<')))).toEqual(data);
  });
});

describe('the page address', () => {
  const settings = { policy: 'partnership', levers: { params: { migrants: { aspiration: 0.05 } } }, seed: 3, migrants: 100, steps: 20 };

  it('carries both sides, the step and the link, and reads back what it wrote', () => {
    const address = { a: settings, b: { ...settings, policy: 'withdrawal' }, step: 7, linked: true };
    expect(parseAddress(formatAddress(address))).toEqual(address);
    expect(parseAddress('')).toBeUndefined();
  });

  it('refuses a malformed address with a message naming the part', () => {
    const good = formatAddress({ a: settings, b: settings, step: 1, linked: false });
    expect(() => parseAddress('#a=bm90IGpzb24&b=e30')).toThrow(/address: a: not base64url-encoded JSON settings/);
    expect(() => parseAddress(good.replace('step=1', 'step=-1'))).toThrow(/address: step: expected a non-negative integer/);
    expect(() => parseAddress(good + '&x=1')).toThrow(/address: unknown part "x"/);
    expect(() => parseAddress(good.replace(/&b=[^&]*/, ''))).toThrow(/expected the settings of both sides/);
    const bad = formatAddress({ a: { ...settings, seed: 1.5 }, b: settings, step: 1, linked: false });
    expect(() => parseAddress(bad)).toThrow(InputError);
    expect(() => parseAddress(bad)).toThrow(/address: a: seed: /);
  });
});
