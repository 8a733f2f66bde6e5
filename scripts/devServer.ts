/**
 * npm run dev-server — serves dist/excel-addin over https on the add-in's one origin
 * (https://localhost:3000), with the development certificate of office-addin-dev-certs
 * (created and trusted on first use; see docs/excel.md). `--print-sideload` also prints how
 * to sideload manifest.xml. Stop it with Ctrl+C. It listens on the loopback addresses only
 * (127.0.0.1 and ::1): nothing else on the network can reach it.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'fs';
import type { IncomingMessage, Server, ServerResponse } from 'http';
import { createServer, type ServerOptions } from 'https';
import { homedir } from 'os';
import { extname, join, normalize, sep } from 'path';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { ADDIN_ORIGIN } from './functions/origin';

const ROOT = join(__dirname, '..', 'dist', 'excel-addin');
const PORT = Number(new URL(ADDIN_ORIGIN).port || 443);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Where the server listens: this machine only, over IPv4 and (where the system has it) IPv6. */
export const LISTEN_HOSTS = ['127.0.0.1', '::1'] as const;

/**
 * The file a request path names, or null if it would leave ROOT or does not exist. Throws a
 * URIError for a malformed percent-encoding (`/%E0%A4%A`), which handleRequest answers with 400.
 */
export function resolveRequest(root: string, urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  if (path.includes('\0')) return null;
  const file = normalize(join(root, path === '/' ? 'taskpane.html' : path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** Answers one request with a file under `root`: 200, 404, 400 for a malformed path; never throws. */
export function handleRequest(root: string, req: IncomingMessage, res: ServerResponse): void {
  let resolved: string | null;
  try {
    resolved = resolveRequest(root, req.url ?? '/');
  } catch (e) {
    if (e instanceof URIError) plain(res, 400, 'bad request');
    else plain(res, 500, 'server error');
    return;
  }
  const file = resolved;
  if (!file) {
    plain(res, 404, 'not found');
    return;
  }
  const stream = createReadStream(file);
  stream.once('error', () => (res.headersSent ? res.destroy() : plain(res, 404, 'not found')));
  stream.once('open', () => {
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    });
    stream.pipe(res);
  });
}

/**
 * Starts one server per loopback address on `port` (0: any free port, for tests). IPv6 missing
 * on this system is not an error; the server runs on 127.0.0.1 alone.
 */
export async function listenLocal(make: () => Server, port: number): Promise<Server[]> {
  const servers: Server[] = [];
  for (const host of LISTEN_HOSTS) {
    const server = make();
    try {
      await new Promise<void>((done, fail) => {
        server.once('error', fail);
        server.listen(port, host, () => {
          server.removeListener('error', fail);
          done();
        });
      });
      servers.push(server);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (host === '::1' && (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') && servers.length > 0) continue;
      for (const s of servers) s.close();
      throw e;
    }
  }
  return servers;
}

const SIDELOAD = `
Sideload the add-in (manifest.xml at the repo root):
  Excel on the web: open a workbook → Home → Add-ins → More add-ins → My add-ins →
    Upload My Add-in → choose manifest.xml.
  Excel on Windows: File → Options → Trust Center → Trust Center Settings → Trusted Add-in
    Catalogs → add a shared folder holding manifest.xml; then Home → Add-ins → Shared Folder.
  Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
Then type =PCSS. in a cell. Details: docs/excel.md.`;

/**
 * The dev certificate, created and trusted by office-addin-dev-certs. Where trusting it fails
 * (no sudo, no keychain), the certificate it generated is still used: the server runs, and
 * the browser must be told to trust ~/.office-addin-dev-certs/ca.crt by hand (docs/excel.md).
 */
async function httpsOptions(): Promise<ServerOptions> {
  try {
    return await getHttpsServerOptions();
  } catch (e) {
    const dir = join(homedir(), '.office-addin-dev-certs');
    const [cert, key, ca] = ['localhost.crt', 'localhost.key', 'ca.crt'].map((f) => join(dir, f));
    if (![cert, key, ca].every(existsSync)) throw e;
    console.warn(`could not trust the dev certificate (${e instanceof Error ? e.message : e}); using ${dir} untrusted.`);
    console.warn(`Trust ${ca} in your system or browser, or run: npx office-addin-dev-certs install`);
    return { cert: readFileSync(cert), key: readFileSync(key), ca: readFileSync(ca) };
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'functions.js'))) {
    console.error('dist/excel-addin is not built: run `npm run build` first.');
    process.exit(1);
  }
  const options = await httpsOptions();
  await listenLocal(() => createServer(options, (req, res) => handleRequest(ROOT, req, res)), PORT);
  console.log(`serving dist/excel-addin at ${ADDIN_ORIGIN}/ on this machine only (Ctrl+C to stop)`);
  if (process.argv.includes('--print-sideload')) console.log(SIDELOAD);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
