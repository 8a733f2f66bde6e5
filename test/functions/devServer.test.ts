import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import { createServer, request, type Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { handleRequest, listenLocal, resolveRequest } from '../../scripts/devServer';

/** The status and body of one GET, the path sent exactly as given. */
function get(server: Server, path: string): Promise<{ status: number; body: string }> {
  const { address, port } = server.address() as AddressInfo;
  return new Promise((done, fail) => {
    const req = request({ host: address, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the dev server', () => {
  const root = mkdtempSync(join(tmpdir(), 'pcss-dist-'));
  writeFileSync(join(root, 'taskpane.html'), '<!doctype html>');
  writeFileSync(join(root, 'functions.json'), '{}');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'icon-32.png'), 'png');

  it('serves files under dist/excel-addin, the runtime page at /', () => {
    expect(resolveRequest(root, '/')).toBe(join(root, 'taskpane.html'));
    expect(resolveRequest(root, '/functions.json?v=2')).toBe(join(root, 'functions.json'));
    expect(resolveRequest(root, '/assets/icon-32.png')).toBe(join(root, 'assets', 'icon-32.png'));
  });

  it('refuses paths outside its folder and files that do not exist', () => {
    expect(resolveRequest(root, '/../../etc/passwd')).toBeNull();
    expect(resolveRequest(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRequest(root, '/missing.js')).toBeNull();
    expect(resolveRequest(root, '/assets')).toBeNull();
  });

  it('refuses a null byte in the path', () => {
    expect(resolveRequest(root, '/taskpane.html%00.png')).toBeNull();
  });

  describe('serving (plain http here: the handler is the one the https server uses)', () => {
    let servers: Server[] = [];
    beforeAll(async () => {
      servers = await listenLocal(() => createServer((req, res) => handleRequest(root, req, res)), 0);
    });
    afterAll(() => Promise.all(servers.map((s) => new Promise((done) => s.close(done)))));

    it('listens on this machine only, never on every interface', () => {
      const hosts = servers.map((s) => (s.address() as AddressInfo).address);
      expect(hosts).toContain('127.0.0.1');
      for (const host of hosts) expect(['127.0.0.1', '::1']).toContain(host);
    });

    it('answers a malformed URL with 400 and keeps serving', async () => {
      for (const server of servers) {
        expect(await get(server, '/%E0%A4%A')).toEqual({ status: 400, body: 'bad request' });
        expect(await get(server, '/')).toEqual({ status: 200, body: '<!doctype html>' });
      }
    });

    it('answers 404 for what is not there or outside its folder', async () => {
      const [server] = servers;
      expect((await get(server, '/missing.js')).status).toBe(404);
      expect((await get(server, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
      expect(await get(server, '/functions.json')).toEqual({ status: 200, body: '{}' });
    });
  });
});
