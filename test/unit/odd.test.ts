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
