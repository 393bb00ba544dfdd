/**
 * The generated sections of docs/ODD.md: between `<!-- BEGIN GENERATED: name -->` and
 * `<!-- END GENERATED: name -->` stand tables made from the code.
 */
import { parameterTables } from './parameterTable.js';
import { processTable } from './processTable.js';

const SECTIONS: Record<string, () => string> = { parameters: parameterTables, processes: processTable };

/** The ODD text with every generated section made anew. */
export function regenerateOdd(text: string): string {
  let out = text;
  for (const [name, make] of Object.entries(SECTIONS)) {
    const begin = `<!-- BEGIN GENERATED: ${name} -->`;
    const end = `<!-- END GENERATED: ${name} -->`;
    const a = out.indexOf(begin);
    const b = out.indexOf(end);
    if (a < 0 || b < a) throw new Error(`docs/ODD.md: missing the markers of the generated section "${name}"`);
    out = `${out.slice(0, a + begin.length)}\n${make()}\n${out.slice(b)}`;
  }
  return out;
}
