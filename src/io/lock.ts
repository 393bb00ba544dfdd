/**
 * A lock on an output folder, so that two processes never write into the same one (a
 * sweep resumed in a second terminal while the first still runs, a requeued cluster
 * job). The lock is the file `.partnersim.lock` in the folder, holding the holder's
 * process id, host, start time and command. It is created atomically: its content is
 * written to a file of its own, then hard-linked to the lock's name, which fails when
 * the name exists (the same guarantee as O_EXCL, and one that also holds on NFS); so a
 * reader never sees a half-written lock.
 *
 * - A second writer gets an InputError (exit 2) naming the holder.
 * - A lock left by a process that no longer exists on this host (`kill(pid, 0)` gives
 *   ESRCH) is taken over, with a message.
 * - A lock of another host is respected: the message says which file to remove once
 *   that process is known to have ended.
 * - The lock is released when the action ends, by success or error, and on exit
 *   (`process.exit`, a second Ctrl-C); on SIGINT or SIGTERM when no one else handles
 *   them, the lock is released and the signal then ends the process as it would have.
 * - Within one process the lock is re-entrant: a command that locks a folder may call
 *   one that locks it again (compare running its sweep).
 *
 * @example
 * await withFolderLock('results/sweep', { command: 'sweep' }, async () => { ... });
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { InputError } from '../scenario/errors.js';

/** The lock file's name inside the folder it locks. */
export const LOCK_FILE = '.partnersim.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the lock was taken */
  startedAt: string;
  /** the command that holds it, e.g. `sweep` */
  command: string;
  /** distinguishes two locks of one process id (a reused id, a takeover) */
  token: string;
}

export interface LockOptions {
  /** the command taking the lock, named to a second writer */
  command: string;
  /** where the takeover of a stale lock is reported (default: standard error) */
  report?: (line: string) => void;
  /** how the folder is named in messages (default: its path) */
  label?: string;
  /**
   * create the folder when it does not exist (default true); when false, a missing
   * folder (or a file) is not locked and the action runs as it is (it reports the problem)
   */
  create?: boolean;
}

export interface FolderLock {
  dir: string;
  file: string;
  holder: LockHolder;
  release(): void;
}

interface Held {
  lock: FolderLock;
  depth: number;
  /** the folder did not exist before the lock: removed again if nothing else was written */
  created: boolean;
}

const held = new Map<string, Held>();

function readHolder(file: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return typeof value.pid === 'number' && typeof value.host === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Whether a process of this host with this id exists (EPERM: it does, under another user). */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function describe(holder: LockHolder): string {
  return `partnersim ${holder.command}, process ${holder.pid} on host ${holder.host} since ${holder.startedAt}`;
}

/** Creates `file` with `content` if no file of that name exists; false when one does. */
function createExclusive(file: string, content: string): boolean {
  const tmp = `${file}.${process.pid}-${randomBytes(6).toString('hex')}`;
  writeFileSync(tmp, content, { flag: 'wx' });
  try {
    linkSync(tmp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: O_EXCL, whose content a reader may see half-written.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return createWithExcl(file, content);
    throw error;
  } finally {
    unlinkSync(tmp);
  }
}

function createWithExcl(file: string, content: string): boolean {
  try {
    writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Removes a stale lock, if it is still the one inspected. A second lock (`<lock>.takeover`)
 * makes the check-and-remove exclusive, so two processes that both found the lock stale
 * cannot both take it.
 */
function removeStale(file: string, stale: LockHolder): boolean {
  const guardFile = `${file}.takeover`;
  if (!createExclusive(guardFile, String(process.pid))) {
    // A takeover in progress, or one cut short: after a few seconds it is abandoned.
    try {
      if (Date.now() - statSync(guardFile).mtimeMs > 5_000) unlinkSync(guardFile);
    } catch {
      // gone meanwhile
    }
    return false;
  }
  try {
    const now = readHolder(file);
    if (now && now.token === stale.token) {
      unlinkSync(file);
      return true;
    }
    return now === null && !existsSync(file);
  } finally {
    unlinkSync(guardFile);
  }
}

let exitHooked = false;
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', () => {
    for (const { lock } of [...held.values()]) lock.release();
  });
}

/** On SIGINT/SIGTERM with no other handler: release every lock, then let the signal end the process. */
function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return; // the command handles it (a sweep stops cleanly)
  for (const { lock } of [...held.values()]) lock.release();
  process.off(signal, onSignal);
  process.kill(process.pid, signal);
}

function hookSignals(on: boolean): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
}

/**
 * Takes the lock of `dir` (creating the folder when needed). Throws InputError when
 * another live process holds it.
 */
export function acquireFolderLock(dir: string, options: LockOptions): FolderLock {
  const resolved = path.resolve(dir);
  const label = options.label ?? dir;
  const mine = held.get(resolved);
  if (mine) {
    mine.depth++;
    return mine.lock;
  }
  if (existsSync(resolved) && !statSync(resolved).isDirectory()) throw new InputError(`${label}: exists and is not a folder`);
  const created = !existsSync(resolved);
  mkdirSync(resolved, { recursive: true });
  const file = path.join(resolved, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), command: options.command, token: randomBytes(8).toString('hex') };
  const content = JSON.stringify(holder) + '\n';
  const report = options.report ?? ((line: string) => void process.stderr.write(line));
  for (let attempt = 0; ; attempt++) {
    if (createExclusive(file, content)) break;
    const other = readHolder(file);
    if (other === null) {
      if (!existsSync(file)) continue;
      throw new InputError(`${label}: locked by a lock file that cannot be read (${file}); if no partnersim command writes into this folder, remove that file`);
    }
    if (other.host !== holder.host) {
      throw new InputError(`${label}: in use by ${describe(other)}; if that process has ended, remove ${file}`);
    }
    if (processExists(other.pid) && other.pid !== process.pid) {
      throw new InputError(`${label}: in use by ${describe(other)}; wait for it to finish (or stop it), then run again (if process ${other.pid} is not partnersim, remove ${file})`);
    }
    if (attempt >= 5) throw new InputError(`${label}: could not take over the lock ${file} left by ${describe(other)}; remove that file`);
    if (removeStale(file, other)) report(`partnersim: ${label}: taking over the lock left by ${describe(other)}, which no longer runs\n`);
  }
  const lock: FolderLock = {
    dir: resolved,
    file,
    holder,
    release() {
      const entry = held.get(resolved);
      if (!entry || entry.lock !== lock) return;
      held.delete(resolved);
      if (held.size === 0) hookSignals(false);
      const current = readHolder(file);
      if (current?.token === holder.token) {
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      }
      if (entry.created) {
        try {
          if (readdirSync(resolved).length === 0) rmdirSync(resolved);
        } catch {
          // not empty, or gone
        }
      }
    },
  };
  if (held.size === 0) hookSignals(true);
  held.set(resolved, { lock, depth: 1, created });
  hookExit();
  return lock;
}

/** Releases one level of a re-entrant lock; the last level removes the lock file. */
function releaseLevel(lock: FolderLock): void {
  const entry = held.get(lock.dir);
  if (!entry || entry.lock !== lock) return;
  if (--entry.depth === 0) lock.release();
}

/**
 * Runs `action` holding the lock of `dir`; the lock is released when it settles. A
 * folder that did not exist and holds nothing afterwards is removed again (an input
 * error leaves no empty folder behind).
 */
export async function withFolderLock<T>(dir: string, options: LockOptions | string, action: () => Promise<T> | T): Promise<T> {
  const settings = typeof options === 'string' ? { command: options } : options;
  if (settings.create === false && !(existsSync(dir) && statSync(dir).isDirectory())) return action();
  const lock = acquireFolderLock(dir, settings);
  try {
    return await action();
  } finally {
    releaseLevel(lock);
  }
}

/** The holder of a folder's lock, or null when it is not locked (or the lock is unreadable). */
export function lockHolder(dir: string): LockHolder | null {
  return readHolder(path.join(dir, LOCK_FILE));
}
