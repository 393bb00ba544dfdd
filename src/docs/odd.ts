/**
 * The generated sections of docs/ODD.md: between `<!-- BEGIN GENERATED: name -->` and
 * `<!-- END GENERATED: name -->` stand tables made from the code. The static ones are
 * made here; the TRACE sections that need model runs (validation, sensitivity) are
 * passed in by `npm run docs` and checked by the tests that run the same computations.
 */
import { parameterTables } from './parameterTable.js';
import { processTable } from './processTable.js';
import { emergentPatternsSection, verificationSection } from './trace.js';

const STATIC_SECTIONS: Record<string, () => string> = {
  parameters: parameterTables,
  processes: processTable,
  'trace-verification': () => verificationSection(),
  'trace-patterns': () => emergentPatternsSection(),
};

/** The sections made from model runs, by `npm run docs`. */
export const COMPUTED_SECTIONS = ['trace-sensitivity', 'trace-validation', 'calendar'] as const;

function markers(name: string): [string, string] {
  return [`<!-- BEGIN GENERATED: ${name} -->`, `<!-- END GENERATED: ${name} -->`];
}

/** The text of a generated section as it stands in the document. */
export function generatedSection(text: string, name: string): string {
  const [begin, end] = markers(name);
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/ODD.md: missing the markers of the generated section "${name}"`);
  return text.slice(a + begin.length, b).replace(/^\n/, '').replace(/\n$/, '');
}

export function replaceSection(text: string, name: string, content: string): string {
  const [begin, end] = markers(name);
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/ODD.md: missing the markers of the generated section "${name}"`);
  return `${text.slice(0, a + begin.length)}\n${content}\n${text.slice(b)}`;
}

/** The ODD text with every static generated section made anew, and the computed ones given. */
export function regenerateOdd(text: string, computed: Partial<Record<(typeof COMPUTED_SECTIONS)[number], string>> = {}): string {
  let out = text;
  for (const [name, make] of Object.entries(STATIC_SECTIONS)) out = replaceSection(out, name, make());
  for (const [name, content] of Object.entries(computed)) out = replaceSection(out, name, content);
  return out;
}
