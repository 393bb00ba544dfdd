/** docs/validation.md's pass-rate tables are those of the committed results (run `npm run docs` after `npm run validation:patterns`). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSection } from '../../../src/docs/odd.js';
import { apart, passRateSection, passRateSectionFromFiles } from '../../../src/docs/passRateTable.js';

describe('docs/validation.md pass-rate section', () => {
  it('renders docs/data/pass-rates.csv as it stands', () => {
    const text = readFileSync(new URL('../../../docs/validation.md', import.meta.url), 'utf8');
    const want = passRateSectionFromFiles(new URL('../../../docs/data/pass-rates.csv', import.meta.url), new URL('../../../docs/data/pass-rates.json', import.meta.url));
    expect(generatedSection(text, 'pass-rates')).toBe(want);
  });

  it('tells two variants apart only when their intervals do not overlap', () => {
    expect(apart([{ variant: 'a', low: 0.1, high: 0.3 }, { variant: 'b', low: 0.31, high: 0.5 }, { variant: 'c', low: 0.2, high: 0.4 }])).toEqual(['a ≠ b']);
    expect(apart([{ variant: 'a', low: 0.1, high: 0.3 }, { variant: 'b', low: 0.3, high: 0.5 }])).toEqual([]);
  });

  it('names the model fingerprint and shows a share with its interval', () => {
    const csv = 'scenario,variant,pattern,kind,points,passed,share,ci_low,ci_high,seed_share,note\ns,governmentality,p,validation,4,2,0.5,0.15,0.85,0.5,\n';
    const meta = { model: { package: 'partnersim@0.1.0', code: 'sha256:0123456789abcdef0123', tree: 'src' }, settings: { samples: 4, seeds: 3, workers: 2, migrants: 2000, seed: 1, variants: ['governmentality'], scenarios: ['s'] }, skipped: [] };
    const text = passRateSection(csv, meta);
    expect(text).toContain('code `sha256:0123456789ab…`');
    expect(text).toContain('| `p` | validation | 50% [15%, 85%] | no |  |');
  });
});
