import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toExploreOptions, serveExplorer } from '../../../src/cli/explore.js';
import type { ExplorerServer } from '../../../src/explorer/server.js';
import { PAGE_DATA_ID } from '../../../src/explorer/pageData.js';

let server: ExplorerServer;

beforeAll(async () => {
  server = await serveExplorer(toExploreOptions({ scenario: 'stylised', port: 0, migrants: 300 }, process.cwd()));
});
afterAll(async () => {
  await server?.close();
});

/** A raw request: the path is sent as written, with no normalisation. */
function get(rawPath: string, options: { host?: string; method?: string; address?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: options.address ?? '127.0.0.1', port: server.port, path: rawPath, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${server.port}` }, timeout: 5000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the explorer server', () => {
  it('serves the page with the scenario as data, and its script and style', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`id="${PAGE_DATA_ID}"`);
    expect(page.body).toContain('"slug":"stylised"');
    expect(page.headers['content-security-policy']).toContain("connect-src 'none'");
    expect((await get('/explorer.js')).status).toBe(200);
    expect((await get('/explorer.css?v=1')).status).toBe(200);
    expect((await get('/index.html')).body).toBe(page.body);
  });

  it('refuses every path outside the page, however it is spelt', async () => {
    const outside = [
      '/../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/explorer.js/../../package.json',
      '//etc/passwd',
      '/dist/explorer/explorer.js',
      '/src/explorer/server.ts',
      '/package.json',
      '/.git/config',
      '/index.html%00.txt',
      '/explorer.js/',
      '/EXPLORER.JS',
      '/constructor',
      '/__proto__',
      'index.html',
    ];
    for (const p of outside) {
      const res = await get(p).catch(() => ({ status: -1, body: '' }));
      expect([400, 404, -1], p).toContain(res.status);
      expect(res.body, p).not.toContain('"name": "partnersim"');
    }
  });

  it('answers only GET and HEAD, and only requests addressed to its loopback address', async () => {
    expect((await get('/', { method: 'POST' })).status).toBe(405);
    expect((await get('/', { method: 'HEAD' })).status).toBe(200);
    expect((await get('/', { host: 'evil.example:80' })).status).toBe(403);
    expect((await get('/', { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('listens on 127.0.0.1 only: another address of this machine is not answered', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of others) {
      await expect(get('/', { address })).rejects.toThrow(/ECONNREFUSED/);
    }
    // ::1 is loopback too, but the server binds the IPv4 loopback address alone
    await expect(get('/', { address: '::1' })).rejects.toThrow(/ECONNREFUSED|EADDRNOTAVAIL/);
  });
});
