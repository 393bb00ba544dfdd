/**
 * The command line's modules import one way: `main.ts` → `cli.ts` → each command →
 * `shared/`. No command imports another command or `cli.ts`, `shared/` imports no
 * command, and the graph of `src/cli` has no cycle. Read from the import statements of
 * the sources (static, dynamic and re-exports), so nothing has to be built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI_DIR = fileURLToPath(new URL('../../src/cli/', import.meta.url));

/** Every .ts file under `dir`, relative to it, with forward slashes. */
function sources(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return sources(dir, rel);
    return entry.name.endsWith('.ts') ? [rel] : [];
  });
}

/** The module specifiers a source imports: `import … from`, `export … from`, `import(…)`, `import '…'`. */
export function importedSpecifiers(text: string): string[] {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const m of withoutComments.matchAll(pattern)) found.push(m[1]);
  return found;
}

/** The graph of `src/cli`: module → the modules of `src/cli` it imports. */
function cliGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(CLI_DIR)) {
    const text = readFileSync(path.join(CLI_DIR, file), 'utf8');
    const local = importedSpecifiers(text)
      .filter((s) => s.startsWith('.'))
      .map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.js$/, '.ts'))
      .filter((target) => !target.startsWith('..'));
    graph.set(file, [...new Set(local)].sort());
  }
  return graph;
}

/** One cycle of the graph, as a path that starts and ends at the same module, or undefined. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const isCommand = (file: string) => !file.includes('/') && file !== 'cli.ts' && file !== 'main.ts';

describe('the structure of src/cli', () => {
  const graph = cliGraph();

  it('finds the modules and their imports (the parser sees what it must)', () => {
    expect(graph.get('cli.ts')).toContain('run.ts');
    expect(graph.get('main.ts')).toContain('cli.ts');
    expect(importedSpecifiers("import a from './a.js';\nexport { b } from './b.js';\nconst c = await import('./c.js');\nimport type {\n  D,\n} from './d.js';")).toEqual(['./a.js', './b.js', './d.js', './c.js']);
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toBeUndefined();
  });

  it('has no import cycle', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('no command imports another command, cli.ts or main.ts', () => {
    const offending = [...graph].flatMap(([file, targets]) =>
      isCommand(file) ? targets.filter((t) => isCommand(t) || t === 'cli.ts' || t === 'main.ts').map((t) => `${file} -> ${t}`) : [],
    );
    expect(offending).toEqual([]);
  });

  it('the shared modules import no command and not cli.ts', () => {
    const offending = [...graph].flatMap(([file, targets]) =>
      file.startsWith('shared/') ? targets.filter((t) => !t.startsWith('shared/')).map((t) => `${file} -> ${t}`) : [],
    );
    expect(offending).toEqual([]);
  });
});
