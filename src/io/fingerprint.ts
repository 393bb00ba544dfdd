/**
 * The model's fingerprint: which code produced a run's numbers. A sweep's key holds
 * it, so that `sweep --resume` and `merge` never mix runs of two versions of the model,
 * and every manifest (run and sweep) records it.
 *
 * The code hash covers the code that turns a scenario, a policy and a seed into output
 * rows: the folders engine, processes, world, indicators, scenario and domain, and the
 * experiments' files that apply a point, derive ids and seeds, and format rows
 * (MODEL_CODE below). It is the SHA-256 of the sorted list of (path relative to the
 * tree, SHA-256 of the file with line endings normalised to `\n`), so it is the same on
 * every machine for the same code: no absolute path, no time, no file system order.
 * The tree hashed is the one running: `dist/src` (compiled `.js`) when partnersim runs
 * from its build, `src` (`.ts`) when it runs from the sources through tsx; the two give
 * different hashes, so a sweep is resumed by the same kind of build that started it.
 *
 * Manifests record the git commit beside it (`model.git`, from src/io/manifest.ts) when
 * the package is a git checkout, but the commit does not decide: two commits with the same model code (a change to the README or the charts)
 * give the same fingerprint, and uncommitted changes to the model do change it.
 *
 * @example
 * const model = modelFingerprint();
 * // { package: 'partnersim@0.1.0', code: 'sha256:…', tree: 'dist', files: 58 }
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../scenario/loader.js';

/** Folders (whole) and files (without extension) of the tree whose code decides a run's outputs. */
export const MODEL_CODE = {
  folders: ['domain', 'engine', 'indicators', 'processes', 'scenario', 'world'],
  files: ['experiments/experiments', 'experiments/parameters', 'experiments/runExperiment', 'experiments/tables', 'io/csv'],
} as const;

/** What a sweep's key holds: the two things that must be equal to mix runs. */
export interface ModelKey {
  /** `name@version` of the package */
  package: string;
  /** `sha256:<hex>` of the model's code (see the module's description) */
  code: string;
}

export interface ModelFingerprint extends ModelKey {
  /** which tree was hashed: the compiled build or the TypeScript sources */
  tree: 'dist' | 'src';
  /** number of files hashed */
  files: number;
}

function listFiles(dir: string, ext: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, ext, base));
    else if (name.endsWith(ext) && !name.endsWith('.d.ts')) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

/** The hash of the model's code in a tree (`src` with `.ts`, or `dist/src` with `.js`). */
export function codeHash(root: string, ext: '.ts' | '.js'): { hash: string; files: number } {
  const files = [
    ...MODEL_CODE.folders.flatMap((folder) => listFiles(path.join(root, folder), ext).map((f) => `${folder}/${f}`)),
    ...MODEL_CODE.files.map((f) => f + ext).filter((f) => existsSync(path.join(root, f))),
  ].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const outer = createHash('sha256');
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8').replace(/\r\n?/g, '\n');
    outer.update(`${file}\u0000${createHash('sha256').update(text).digest('hex')}\n`);
  }
  return { hash: `sha256:${outer.digest('hex')}`, files: files.length };
}

let cache: ModelFingerprint | undefined;

/** The fingerprint of the model this process runs (computed once). */
export function modelFingerprint(): ModelFingerprint {
  if (!cache) {
    // This file is src/io/fingerprint.ts, or dist/src/io/fingerprint.js in the build.
    const here = path.dirname(fileURLToPath(import.meta.url));
    const root = path.dirname(here);
    const tree = path.basename(path.dirname(root)) === 'dist' ? 'dist' : 'src';
    const { hash, files } = codeHash(root, tree === 'dist' ? '.js' : '.ts');
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    cache = { package: `${pkg.name}@${pkg.version}`, code: hash, tree, files };
  }
  return cache;
}

/** The part of the fingerprint that a sweep's key holds. */
export function modelKey(fingerprint: ModelFingerprint = modelFingerprint()): ModelKey {
  return { package: fingerprint.package, code: fingerprint.code };
}

const TREES = { dist: 'the build (dist/)', src: 'the TypeScript sources (tsx)' } as const;

/**
 * Why two model keys differ, in words, or null when they are the same. `trees` names
 * the trees the two ran from, when known (a sweep started under tsx and resumed from
 * the build differs by its tree alone).
 */
export function modelDifference(found: Partial<ModelKey> | undefined, current: ModelKey, trees: { found?: unknown; current?: ModelFingerprint['tree'] } = {}): string | null {
  if (!found || typeof found.code !== 'string') return `it was written by a partnersim that records no model fingerprint; this is ${current.package} (code ${current.code.slice(7, 19)})`;
  if (found.package === current.package && found.code === current.code) return null;
  const text = `it was written by ${found.package} (code ${found.code.slice(7, 19)}), this is ${current.package} (code ${current.code.slice(7, 19)})`;
  const a = trees.found;
  const b = trees.current;
  if ((a === 'dist' || a === 'src') && b && a !== b) return `${text}; it ran from ${TREES[a]}, this from ${TREES[b]}`;
  return text;
}
