/**
 * The pass-rate section of docs/validation.md, rendered by `npm run docs` from the
 * committed results of `npm run validation:patterns` (docs/data/pass-rates.csv and
 * pass-rates.json): per scenario, a table of patterns by variant (share of the
 * parameter space with its 95% Wilson interval), and whether the variants are told
 * apart: two variants are told apart on a pattern when their intervals do not overlap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { csvCells } from '../io/csvRecords.js';

export interface PassRateMeta {
  model: { package: string; code: string; tree?: string };
  settings: { samples: number; seeds: number; workers: number; migrants: number; seed: number; variants: string[]; scenarios: string[] };
  skipped: { scenario: string; pattern: string; reason: string }[];
}

interface Row {
  scenario: string;
  variant: string;
  pattern: string;
  kind: string;
  points: number;
  passed: number;
  share: number;
  low: number;
  high: number;
  seedShare: number;
  note: string;
}

function parse(csv: string): Row[] {
  const lines = csv.split('\n').filter((l) => l !== '');
  const header = csvCells(lines[0]) ?? [];
  return lines.slice(1).map((line) => {
    const cells = csvCells(line) ?? [];
    const at = (name: string) => cells[header.indexOf(name)] ?? '';
    return { scenario: at('scenario'), variant: at('variant'), pattern: at('pattern'), kind: at('kind'), points: Number(at('points')), passed: Number(at('passed')), share: Number(at('share')), low: Number(at('ci_low')), high: Number(at('ci_high')), seedShare: Number(at('seed_share')), note: at('note') };
  });
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

/** Whether some two variants' intervals on a pattern do not overlap, naming the pairs. */
export function apart(rows: readonly { variant: string; low: number; high: number }[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const [a, b] = [rows[i], rows[j]];
      if (a.high < b.low || b.high < a.low) pairs.push(`${a.variant} ≠ ${b.variant}`);
    }
  }
  return pairs;
}

/** The markdown of the section (without its markers). */
export function passRateSection(csv: string, meta: PassRateMeta): string {
  const rows = parse(csv);
  const variants = meta.settings.variants;
  const s = meta.settings;
  const out: string[] = [
    `Computed by \`npm run validation:patterns\` (\`scripts/pass-rates.ts\`) with model ${meta.model.package}, code \`${meta.model.code.slice(0, 19)}…\` (tree \`${meta.model.tree ?? 'src'}\`): ${s.samples} Latin-hypercube points × ${s.seeds} seeds, ${s.migrants.toLocaleString('en')} migrants, base seed ${s.seed}, variants ${variants.join(', ')}. A cell is the share of points that reproduce the pattern (a strict majority of their seeds do) with its 95% Wilson interval; *apart* names the variants whose intervals do not overlap.`,
  ];
  for (const scenario of s.scenarios) {
    const mine = rows.filter((r) => r.scenario === scenario);
    if (mine.length === 0) continue;
    out.push('', `### ${scenario}`, '', `| pattern | kind | ${variants.join(' | ')} | apart | note |`, `|---|---|${variants.map(() => '---:').join('|')}|---|---|`);
    const patterns = [...new Set(mine.map((r) => r.pattern))];
    for (const pattern of patterns) {
      const cells = variants.map((v) => mine.find((r) => r.pattern === pattern && r.variant === v));
      const present = cells.filter((c): c is Row => c !== undefined);
      const split = apart(present);
      out.push(`| \`${pattern}\` | ${present[0].kind} | ${cells.map((c) => (c ? `${pct(c.share)} [${pct(c.low)}, ${pct(c.high)}]` : '—')).join(' | ')} | ${split.length > 0 ? split.join('; ') : 'no'} | ${present[0].note} |`);
    }
    const skipped = meta.skipped.filter((k) => k.scenario === scenario);
    if (skipped.length > 0) out.push('', ...skipped.map((k) => `Not evaluated: \`${k.pattern}\`, ${k.reason}.`));
  }
  return out.join('\n');
}

/** The section from the committed files, or a line saying they are missing. */
export function passRateSectionFromFiles(csvFile: URL, metaFile: URL): string {
  if (!existsSync(csvFile) || !existsSync(metaFile)) return 'No pass rates computed yet: run `npm run validation:patterns`.';
  return passRateSection(readFileSync(csvFile, 'utf8'), JSON.parse(readFileSync(metaFile, 'utf8')) as PassRateMeta);
}
