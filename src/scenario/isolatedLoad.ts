/**
 * Loading a code file (a `.ts`, `.mts`, `.js` or `.mjs` scenario, or any other input
 * written as code) in a child process: the file runs there within a time limit; its
 * default export comes back as a structured clone and the child ends, whatever timers
 * or handles the file left behind.
 *
 * The child runs with the user's rights. Node 20's permission model cannot make it
 * read-only while tsx compiles TypeScript: tsx compiles through esbuild, which needs a
 * subprocess or a worker thread, and a worker thread started with `execArgv: []`
 * escapes the model (`--allow-worker` is documented as able to invalidate it). So a
 * scenario file is code that can do what its user can; a JSON scenario runs no code.
 *
 * A file that does not settle within the limit is an InputError naming the file and
 * the limit; so is one that throws, has no default export, or exports something that
 * is not data (a function, a class instance with methods).
 *
 * @example
 * const value = await loadDefaultExport('my-scenario.ts', { label: 'my-scenario.ts', timeoutMs: 5_000 });
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { InputError } from './errors.js';

/** The default time a code file has to load, in milliseconds. */
export const DEFAULT_LOAD_TIMEOUT_MS = 10_000;

/** The environment variable that sets the time limit, in seconds. */
export const LOAD_TIMEOUT_VARIABLE = 'PARTNERSIM_LOAD_TIMEOUT';

export interface IsolatedLoadOptions {
  /** The file as the user named it, for messages (default: the path given). */
  label?: string;
  /** Time limit in milliseconds (default: PARTNERSIM_LOAD_TIMEOUT seconds, else 10 s). */
  timeoutMs?: number;
  /** Environment the limit is read from (default: `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** What the default export should be made with, for messages (default: `defineScenario(...)`). */
  expected?: string;
}

/** The time limit from PARTNERSIM_LOAD_TIMEOUT (seconds, e.g. `30` or `0.5`), else the default. */
export function loadTimeoutMs(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env[LOAD_TIMEOUT_VARIABLE];
  if (raw === undefined || raw.trim() === '') return DEFAULT_LOAD_TIMEOUT_MS;
  const seconds = /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
  if (!(seconds > 0) || !Number.isFinite(seconds)) {
    throw new InputError(`${LOAD_TIMEOUT_VARIABLE}: expected a number of seconds above 0, got ${JSON.stringify(raw)}`);
  }
  return Math.round(seconds * 1000);
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** What the child reports: the value, or why there is none. */
type ChildMessage =
  | { kind: 'value'; value: unknown }
  | { kind: 'no-default'; exports: string[] }
  | { kind: 'not-data'; message: string }
  | { kind: 'error'; message: string };

/**
 * The child's program (an ES module run with `node -e`). It imports the file (through
 * tsx for TypeScript), finds its default export, sends it over the IPC channel (a
 * structured clone) and exits at once. tsx compiles a `.ts` file outside an ES-module
 * package to CommonJS: the namespace's `default` is then `module.exports`, marked
 * `__esModule`, whose own `default` is the file's default export, if it has one.
 */
const CHILD_PROGRAM = `
import { pathToFileURL } from 'node:url';
const [file, tsxApi] = process.argv.slice(1);
const send = (message) => new Promise((resolve) => process.send(message, () => resolve()));
let message;
try {
  const url = pathToFileURL(file).href;
  let namespace;
  if (/\\.(ts|mts|cts)$/.test(file)) {
    const { tsImport } = await import(tsxApi);
    namespace = await tsImport(url, url);
  } else {
    namespace = await import(url);
  }
  let value = namespace.default;
  let exported = Object.keys(namespace).filter((k) => k !== 'default');
  if (value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, '__esModule') && value.__esModule) {
    exported = Object.keys(value).filter((k) => k !== 'default');
    value = Object.prototype.hasOwnProperty.call(value, 'default') ? value.default : undefined;
  }
  message = value === undefined ? { kind: 'no-default', exports: exported } : { kind: 'value', value };
} catch (error) {
  message = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}
try {
  await send(message);
} catch (error) {
  await send({ kind: 'not-data', message: error instanceof Error ? error.message : String(error) });
}
process.exit(0);
`;

/**
 * One line from a module's load error: esbuild's "Transform failed with 1 error:" is
 * followed by `file:line:column: ERROR: message`, which is the part worth showing.
 */
export function describeLoadError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const located = /:(\d+):(\d+): ERROR: (.+)/.exec(message);
  if (located) return `line ${located[1]}, column ${Number(located[2]) + 1}: ${located[3].trim()}`;
  return message.split('\n').find((l) => l.trim().length > 0)?.trim() ?? message;
}

/**
 * The Node.js binary the loader child runs on: this process's own under Node, else
 * (in Deno's Jupyter kernel, which runs the notebooks) `node` from the PATH, since the
 * loader relies on Node's module hooks (tsx).
 */
export function nodeExecutable(versions: Readonly<Record<string, string | undefined>> = process.versions, execPath = process.execPath): string {
  return versions.deno !== undefined || versions.bun !== undefined ? 'node' : execPath;
}

/**
 * Runs `file` in a child process and returns a structured clone of its default export.
 * Throws an InputError (naming `label`) when the file throws, does not settle within
 * the time limit, has no default export, or exports something that cannot be cloned.
 */
export async function loadDefaultExport(file: string, options: IsolatedLoadOptions = {}): Promise<unknown> {
  const label = options.label ?? file;
  const timeoutMs = options.timeoutMs ?? loadTimeoutMs(options.env);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const env: Record<string, string | undefined> = { ...process.env };
  // The parent's NODE_OPTIONS (a tsx loader, a debugger) would change what the child runs.
  delete env.NODE_OPTIONS;
  const args = ['--no-warnings', '--input-type=module', '-e', CHILD_PROGRAM, path.resolve(file), tsxApi];

  const message = await new Promise<ChildMessage | { kind: 'timeout' } | { kind: 'ended'; code: number | null; signal: string | null; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(nodeExecutable(), args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'advanced', env, windowsHide: true });
      let stderr = '';
      let printed = '';
      let settled = false;
      const settle = (outcome: ChildMessage | { kind: 'timeout' } | { kind: 'ended'; code: number | null; signal: string | null; stderr: string }) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // The answer is in: the child has nothing more to do, whatever it left running
        // (it exits by itself, unless the file replaced process.exit).
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        // What the file printed goes to standard error (standard output belongs to the
        // command), and only when it loaded: an error is one line.
        if (outcome.kind === 'value' && printed) process.stderr.write(printed);
        resolve(outcome);
      };
      const timer = setTimeout(() => settle({ kind: 'timeout' }), timeoutMs);
      const keep = (text: string, chunk: Buffer) => (text.length < 65_536 ? text + chunk.toString('utf8') : text);
      child.stdout?.on('data', (chunk: Buffer) => {
        printed = keep(printed, chunk);
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr = keep(stderr, chunk);
        printed = keep(printed, chunk);
      });
      child.on('message', (m: ChildMessage) => settle(m));
      child.on('error', (error) => {
        settled = true;
        clearTimeout(timer);
        reject(new Error(`could not start a process to load ${label}: ${error.message}`));
      });
      child.on('close', (code, signal) => settle({ kind: 'ended', code, signal, stderr }));
    },
  );

  switch (message.kind) {
    case 'value':
      return message.value;
    case 'timeout':
      throw new InputError(
        `${label}: did not finish loading within ${formatSeconds(timeoutMs)} (a ${options.expected === 'definePolicy(...)' ? 'policy' : 'scenario'} file must export its data and end; ${LOAD_TIMEOUT_VARIABLE}=<seconds> sets the limit)`,
      );
    case 'no-default': {
      const found = message.exports.length > 0 ? `; it exports only ${message.exports.slice(0, 5).join(', ')}` : '';
      throw new InputError(`${label}: expected a default export made with ${options.expected ?? 'defineScenario(...)'}${found}`);
    }
    case 'not-data':
      throw new InputError(`${label}: the default export is not plain data (${describeLoadError(message.message)})`);
    case 'error':
      throw new InputError(`${label}: could not be loaded: ${describeLoadError(message.message)}`);
    case 'ended': {
      const why = message.signal ? `signal ${message.signal}` : `exit code ${message.code}`;
      const said = describeLoadError(message.stderr.trim());
      throw new InputError(`${label}: could not be loaded: it ended the process (${why}) before exporting anything${said ? `: ${said}` : ''}`);
    }
  }
}
