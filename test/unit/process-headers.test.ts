/**
 * Each process file's header cites the ODD's submodel that describes it (docs/ODD.md,
 * section 7), by the number under which the ODD names that process; no source cites a
 * design file that is not in the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEDULE } from '../../src/processes/schedule.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const odd = readFileSync(path.join(ROOT, 'docs/ODD.md'), 'utf8');

/** The ODD's submodel number of each process: `### 7.8 Institutions, … — \`accumulateResistance\``. */
const sections = new Map([...odd.matchAll(/^### (7\.\d+) .*`(\w+)`/gm)].map((m) => [m[2], m[1]]));

describe('process file headers', () => {
  it.each(SCHEDULE.map((p) => p.name))('%s cites its ODD submodel', (name) => {
    const section = sections.get(name);
    expect(section, `docs/ODD.md has no submodel heading naming ${name}`).toBeDefined();
    const header = readFileSync(path.join(ROOT, 'src/processes', `${name}.ts`), 'utf8').split('*/')[0];
    // either form: `Submodel 7.8 of the ODD (docs/ODD.md)` or `(docs/ODD.md §7.8)`
    const cited = [...header.matchAll(/Submodel (7\.\d+) of the ODD|docs\/ODD\.md §(7\.\d+)/g)].map((m) => m[1] ?? m[2]);
    expect(cited).toEqual([section]);
  });

  it('no source file cites MODEL.md', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const citing = files(path.join(ROOT, 'src')).filter((f) => readFileSync(f, 'utf8').includes('MODEL.md'));
    expect(citing.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
