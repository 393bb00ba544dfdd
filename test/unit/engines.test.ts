/**
 * package.json's `engines` says what the dependencies need: every package the installed
 * tree holds for production (package-lock.json, dev dependencies excluded) admits the
 * oldest Node that partnersim's own range admits (20.19.0, the Node of the project's
 * machines and CI), and partnersim's range is no wider than the narrowest of theirs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { version?: string; dev?: boolean; optional?: boolean; os?: string[]; engines?: { node?: string } | string[] }>;
};

type Version = [number, number, number];

function parse(text: string): Version {
  const parts = text.replace(/^v/, '').split('.').map((p) => (p === 'x' || p === '*' || p === '' ? 0 : Number(p)));
  if (parts.some((p) => !Number.isInteger(p))) throw new Error(`cannot read the version ${text}`);
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Whether `version` is in `range`, for the forms engines fields use here: `*`, `>=X`,
 * `^X.Y.Z`, `X.*`, alternatives joined by `||`. Any other form throws, so a new form
 * cannot pass unread.
 */
export function admits(range: string, version: string): boolean {
  const v = parse(version);
  return range.split('||').some((alternative) => {
    const a = alternative.trim().replace(/\s+/g, '');
    if (a === '*' || a === '') return true;
    let m = /^>=(\d+(?:\.(?:\d+|x|\*))*)$/.exec(a);
    if (m) return compare(v, parse(m[1])) >= 0;
    m = /^\^(\d+(?:\.\d+)*)$/.exec(a);
    if (m) {
      const low = parse(m[1]);
      return compare(v, low) >= 0 && v[0] === low[0];
    }
    m = /^(\d+)\.(?:\*|x)$/.exec(a);
    if (m) return v[0] === Number(m[1]);
    throw new Error(`cannot read the range "${alternative.trim()}"`);
  });
}

const runtime = Object.entries(lock.packages)
  .filter(([key, entry]) => key !== '' && !entry.dev && !(entry.optional && entry.os && !entry.os.includes(process.platform)))
  .flatMap(([key, entry]) => {
    const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    return node ? [{ name: `${key.replace(/^.*node_modules\//, '')}@${entry.version}`, node }] : [];
  });

describe('engines', () => {
  it('reads the ranges it checks', () => {
    expect(admits('>=20', '20.19.0')).toBe(true);
    expect(admits('>=22', '20.19.0')).toBe(false);
    expect(admits('^20.19.0 || ^22.12.0 || >=23', '22.11.0')).toBe(false);
    expect(admits('^20.19.0 || ^22.12.0 || >=23', '20.19.0')).toBe(true);
    expect(admits('6.* || 8.* || >= 10.*', '20.1.0')).toBe(true);
    expect(runtime.length).toBeGreaterThan(5);
  });

  it("every production dependency admits Node 20.19.0 and the Node running the tests, both of which partnersim's range admits", () => {
    for (const version of ['20.19.0', process.version]) {
      expect(admits(pkg.engines.node, version), `${pkg.engines.node} and ${version}`).toBe(true);
      expect(runtime.filter((d) => !admits(d.node, version)).map((d) => `${d.name} needs node ${d.node}`)).toEqual([]);
    }
  });

  it("partnersim's range admits no Node that a production dependency rules out", () => {
    const probes = ['20.18.0', '20.19.0', '21.0.0', '22.0.0', '22.11.0', '22.12.0', '23.0.0', '24.0.0'];
    const admitted = probes.filter((v) => admits(pkg.engines.node, v));
    for (const d of runtime) expect(admitted.filter((v) => !admits(d.node, v)), `${d.name} needs node ${d.node}`).toEqual([]);
  });
});
