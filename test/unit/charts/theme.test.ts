import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, fontFiles, textWidth } from '../../../src/charts/fonts.js';
import { GRADE_COLOURS, lightness, MIGRANT_COLOURS, MIGRANT_STACK, POLICY_COLOURS, POLICY_DASHES, policyStyle, STATUS_COLOURS } from '../../../src/charts/palette.js';
import { mergeConfig, publicationTheme, themePalette } from '../../../src/charts/theme.js';
import { chartTheme, readThemeFile } from '../../../src/charts/themeFile.js';
import { InputError } from '../../../src/scenario/errors.js';
import { POLICY_NAMES } from '../../../src/scenario/policies.js';

function minGap(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.min(...sorted.slice(1).map((v, k) => v - sorted[k]));
}

describe('the publication theme', () => {
  it('pins a font shipped as files, named in the config and measurable', () => {
    for (const file of fontFiles()) expect(existsSync(file), file).toBe(true);
    expect(publicationTheme().font).toContain(FONT_FAMILY);
    expect(textWidth('Year', 9)).toBeGreaterThan(10);
    expect(textWidth('Year', 9)).toBeLessThan(0.8 * 4 * 9); // narrower than Vega's estimate
    expect(textWidth('Year', 9, 'bold')).toBeGreaterThan(textWidth('Year', 9));
  });

  it('uses text sizes readable at single-column width (8 pt and up)', () => {
    const t = publicationTheme();
    for (const size of [t.axis.labelFontSize, t.axis.titleFontSize, t.legend.labelFontSize, t.legend.titleFontSize, t.header.labelFontSize]) expect(size).toBeGreaterThanOrEqual(8);
  });

  it('gives every policy its own colour and dash, the same in every figure', () => {
    expect(new Set(POLICY_COLOURS).size).toBe(POLICY_NAMES.length);
    expect(new Set(POLICY_DASHES.map((d) => d.join(','))).size).toBe(POLICY_NAMES.length);
    const a = policyStyle(['partnership', 'withdrawal']);
    const b = policyStyle(['withdrawal']);
    expect(a.colours[1]).toBe(b.colours[0]);
    expect(a.dashes[1]).toEqual(b.dashes[0]);
    expect(policyStyle(['my-own', 'other']).colours).toHaveLength(2);
  });

  it('keeps statuses, migrant statuses and grades apart in greyscale (CIE L*)', () => {
    expect(minGap(Object.values(STATUS_COLOURS).map(lightness))).toBeGreaterThanOrEqual(7);
    expect(minGap(MIGRANT_STACK.map((s) => lightness(MIGRANT_COLOURS[s])))).toBeGreaterThanOrEqual(12);
    expect(minGap(GRADE_COLOURS.map(lightness))).toBeGreaterThanOrEqual(15);
  });

  it('merges a --theme file over the theme; a bad file is an InputError', () => {
    const merged = mergeConfig(publicationTheme(), { axis: { labelFontSize: 10 }, range: { category: ['#111111', '#222222'] } });
    expect(merged.axis.labelFontSize).toBe(10);
    expect(merged.axis.titleFontSize).toBe(9);
    expect(themePalette(merged)).toEqual(['#111111', '#222222']);
    const dir = mkdtempSync(path.join(tmpdir(), 'partnersim-theme-'));
    writeFileSync(path.join(dir, 'ok.json'), JSON.stringify({ config: { legend: { orient: 'right' } } }));
    writeFileSync(path.join(dir, 'bad.json'), '{ nope');
    writeFileSync(path.join(dir, 'list.json'), '[1, 2]');
    expect(chartTheme(path.join(dir, 'ok.json')).legend.orient).toBe('right');
    expect(() => readThemeFile(path.join(dir, 'bad.json'))).toThrow(InputError);
    expect(() => readThemeFile(path.join(dir, 'list.json'))).toThrow(/JSON object/);
    expect(() => readThemeFile(path.join(dir, 'missing.json'))).toThrow(/no such file/);
  });
});
