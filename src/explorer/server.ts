/**
 * The explorer's files and the loopback server that serves them. The server listens on
 * 127.0.0.1 only, answers GET and HEAD for the page's own files by exact name (nothing
 * else on disk can be named, so there is no path to traverse), refuses requests whose
 * Host is not the loopback address it listens on (a web page elsewhere cannot reach it
 * through a rebound name), and sends the page's content security policy, which lets it
 * fetch nothing.
 *
 * @example
 * const files = explorerFiles(pageData);
 * const server = await startExplorerServer(files, { port: 0 });
 * console.log(server.url); // http://127.0.0.1:41234/
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { InputError } from '../scenario/errors.js';
import { PACKAGE_ROOT } from '../scenario/loader.js';
import { PAGE_DATA_SLOT, pageDataElement, type PageData } from './pageData.js';

/** Where `npm run build` writes the bundle (scripts/build-explorer.mjs). */
export const BUNDLE_DIR = path.join(PACKAGE_ROOT, 'dist', 'explorer');

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self' 'unsafe-eval'; worker-src blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'";

export interface ExplorerFile {
  body: Buffer;
  type: string;
}

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'explorer.js': 'text/javascript; charset=utf-8',
  'explorer.css': 'text/css; charset=utf-8',
};

/** The page's files, by name, with the page's data in index.html. */
export function explorerFiles(data: PageData, bundleDir: string = BUNDLE_DIR): Map<string, ExplorerFile> {
  const files = new Map<string, ExplorerFile>();
  for (const name of Object.keys(TYPES)) {
    let body: Buffer;
    try {
      body = readFileSync(path.join(bundleDir, name));
    } catch {
      throw new InputError(`explore: the page is not built (no ${path.join(bundleDir, name)}): run \`npm run build\` in ${PACKAGE_ROOT}`);
    }
    if (name === 'index.html') {
      const html = body.toString('utf8');
      if (!html.includes(PAGE_DATA_SLOT)) throw new Error(`${name} has no slot for the page's data`);
      body = Buffer.from(html.replace(PAGE_DATA_SLOT, () => pageDataElement(data)), 'utf8');
    }
    files.set(name, { body, type: TYPES[name] });
  }
  return files;
}

/** Writes the page's files to `dir` (created if need be) to be opened without a server. */
export async function writeExplorerFiles(files: Map<string, ExplorerFile>, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, file] of files) {
    await writeFileAtomic(path.join(dir, name), file.body);
    written.push(name);
  }
  return written;
}

export interface ExplorerServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The file a request names, or undefined: `/` is index.html, anything else an exact name. */
export function requestedFile(url: string | undefined): string | undefined {
  if (!url || !url.startsWith('/')) return undefined;
  const pathname = url.split(/[?#]/, 1)[0];
  if (pathname === '/') return 'index.html';
  const name = pathname.slice(1);
  return Object.prototype.hasOwnProperty.call(TYPES, name) ? name : undefined;
}

function answer(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  response.end(text + '\n');
}

export function handleRequest(files: Map<string, ExplorerFile>, port: number, request: IncomingMessage, response: ServerResponse): void {
  const host = request.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return answer(response, 403, 'forbidden: this server answers only requests to its loopback address');
  if (request.method !== 'GET' && request.method !== 'HEAD') return answer(response, 405, 'method not allowed');
  const name = requestedFile(request.url);
  const file = name === undefined ? undefined : files.get(name);
  if (!file) return answer(response, 404, 'not found');
  response.writeHead(200, {
    'content-type': file.type,
    'content-length': String(file.body.length),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

/** Serves the files on 127.0.0.1 (port 0: any free port). */
export function startExplorerServer(files: Map<string, ExplorerFile>, options: { port: number }): Promise<ExplorerServer> {
  return new Promise((resolve, reject) => {
    let port = options.port;
    const server = createServer((request, response) => handleRequest(files, port, request, response));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new InputError(`--port ${options.port}: the port is in use on 127.0.0.1`));
      else if (error.code === 'EACCES') reject(new InputError(`--port ${options.port}: not allowed to listen on this port`));
      else reject(error);
    });
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
