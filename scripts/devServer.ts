/**
 * npm run dev-server — serves dist/excel-addin over https on the add-in's one origin
 * (https://localhost:3000), with the development certificate of office-addin-dev-certs
 * (created and trusted on first use; see docs/excel.md). `--print-sideload` also prints how
 * to sideload manifest.xml. Stop it with Ctrl+C.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'fs';
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

/** The file a request path names, or null if it would leave ROOT or does not exist. */
export function resolveRequest(root: string, urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  const file = normalize(join(root, path === '/' ? 'taskpane.html' : path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
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
  const server = createServer(options, (req, res) => {
    const file = resolveRequest(ROOT, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    });
    createReadStream(file).pipe(res);
  });
  server.listen(PORT, () => {
    console.log(`serving dist/excel-addin at ${ADDIN_ORIGIN}/ (Ctrl+C to stop)`);
    if (process.argv.includes('--print-sideload')) console.log(SIDELOAD);
  });
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
