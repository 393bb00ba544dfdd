import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROCESS_NAMES } from '../../src/domain/vocabulary.js';
import { regenerateOdd } from '../../src/docs/odd.js';

const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8');

describe('docs/ODD.md', () => {
  it('has its generated tables up to date with the code (run `npm run docs` after a change)', () => {
    expect(regenerateOdd(odd)).toBe(odd);
  });

  it('describes every process of the schedule in a submodel section', () => {
    for (const name of PROCESS_NAMES) expect(odd).toContain(`— \`${name}\``);
  });

  it('lists every parameter with its default and source', () => {
    expect(odd).toContain('| `params.benchmarking.reactionBottom` | `0.51` | [0, 1] |');
    expect(odd).toMatch(/\| `params\.effort\.adjustment` \| `[\d.]+` \| \[0, 1\] \|/);
  });
});

describe('docs/ODD.md parameter table', () => {
  it('lists every scenario parameter (params.*) with its default', async () => {
    const { z } = await import('zod');
    const { paramsSchema } = await import('../../src/scenario/params.js');
    type Node = { properties?: Record<string, Node>; default?: unknown; type?: string };
    const json = z.toJSONSchema(paramsSchema, { io: 'input' }) as Node;
    let count = 0;
    // every leaf field, nested groups included (params.effort.anticipation.none)
    const visit = (node: Node, path: string) => {
      for (const [name, field] of Object.entries(node.properties ?? {})) {
        const at = `${path}.${name}`;
        if (field.properties && field.type === 'object') visit(field, at);
        else {
          expect(odd, at).toContain(`| \`${at}\` | \`${JSON.stringify(field.default)}\` |`);
          count++;
        }
      }
    };
    for (const [group, node] of Object.entries(json.properties ?? {})) visit(node, `params.${group}`);
    expect(count).toBeGreaterThan(100);
  });
});
