/**
 * Atomic file writes. A file is written to a temporary name in the same folder
 * (`name.tmp-<pid>-<random>`), flushed to disk, then renamed over the target, so a
 * reader sees either the old file or the whole new one, never a half-written one.
 *
 * @example
 * await writeFileAtomic('results/run/manifest.json', JSON.stringify(manifest));
 * await writeOutputFolder('results/run', [{ name: 'timeseries.csv', content: csv }]);
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The temporary name used while writing `file`. */
export function temporaryName(file: string): string {
  return `${file}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** Flushes a folder's entries (the rename) to disk; a no-op where folders cannot be opened. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows and some file systems cannot fsync a folder; the rename is still atomic.
  } finally {
    await handle?.close();
  }
}

/** Writes `content` to `file` atomically. The folder must exist. */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const tmp = temporaryName(file);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(file));
}

/** One file of an output folder. */
export interface OutputFile {
  /** File name inside the folder, e.g. `timeseries.csv`. */
  name: string;
  content: string | Uint8Array;
}

export interface OutputFolderOptions {
  /** Files to delete from the folder if present (e.g. a stale `states.csv`). */
  remove?: readonly string[];
}

/**
 * Writes a whole output folder "atomically enough": call it only once every input has
 * been validated and every file's content computed; it creates the folder (and its
 * parents) and writes each file atomically, in the order given. Put the file that
 * marks a complete run (the manifest) last.
 */
export async function writeOutputFolder(folder: string, files: readonly OutputFile[], options: OutputFolderOptions = {}): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  for (const name of options.remove ?? []) await rm(path.join(folder, name), { force: true });
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(folder, file.name);
    await writeFileAtomic(target, file.content);
    written.push(target);
  }
  return written;
}

/**
 * A writer of files into one folder: each `write` is atomic (writeFileAtomic), and
 * `files` lists what was written, in order. The folder is created if missing.
 */
export function folderWriter(dir: string): { write(name: string, text: string): Promise<void>; files: string[] } {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  return {
    files,
    async write(name: string, text: string): Promise<void> {
      const file = path.join(dir, name);
      await writeFileAtomic(file, text);
      files.push(file);
    },
  };
}
