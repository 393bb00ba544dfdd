/** The TRACE appendix's sensitivity analysis in docs/ODD.md is what the model gives now. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSection } from '../../src/docs/odd.js';
import { sensitivitySection } from '../../src/docs/trace.js';

describe('docs/ODD.md, TRACE appendix', () => {
  it('reports the Morris screening the model gives now (run `npm run docs` after a change)', async () => {
    const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8');
    expect(generatedSection(odd, 'trace-sensitivity')).toBe(await sensitivitySection());
  });
});
