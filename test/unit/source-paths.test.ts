/**
 * No file that ships or builds partnersim (sources, scenarios, scripts, benchmarks,
 * notebooks) carries a path of somebody's machine: a comment pointing at a home folder
 * or a shared drive means nothing to a reader elsewhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['src', 'scenarios', 'scripts', 'bench', 'bin', 'notebooks'];
const MACHINE_PATH = /(?:^|[\s"'`(=])\/(?:work|home|Users|root|mnt|scratch)\/[\w.-]+/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(full);
    return /\.(ts|mts|mjs|js|json|py|sh|md|ipynb)$/.test(e.name) && statSync(full).size < 2_000_000 ? [full] : [];
  });
}

it('no source, scenario, script, benchmark or notebook names a folder of a machine', () => {
  const hits = FOLDERS.flatMap((folder) =>
    files(path.join(ROOT, folder)).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (MACHINE_PATH.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    ),
  );
  expect(hits).toEqual([]);
});
