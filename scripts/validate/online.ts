/**
 * Microsoft's own manifest check, `office-addin-manifest validate`, which sends the manifest to
 * Microsoft's validation service and so needs the network. It is not a devDependency: 43
 * packages and ~26 MB (with Teams app-manifest schemas and a usage-data client) for a check that
 * can only run online anyway. It runs through npx at one pinned version, when the service and
 * the npm registry answer; otherwise it is skipped with a notice, never silently.
 */
import { spawnSync } from 'child_process';
import { request } from 'https';

export const OFFICE_ADDIN_MANIFEST = 'office-addin-manifest@3.0.0';
const SERVICE = 'https://validationgateway.omex.office.net/';
const REGISTRY = 'https://registry.npmjs.org/';

/** Whether an https server answers at all within `ms` (any status counts). */
export function reachable(url: string, ms = 5000): Promise<boolean> {
  return new Promise((done) => {
    const req = request(url, { method: 'HEAD', timeout: ms }, (res) => {
      res.resume();
      done(true);
    });
    req.on('timeout', () => {
      req.destroy();
      done(false);
    });
    req.on('error', () => done(false));
    req.end();
  });
}

export type OnlineOutcome = { ran: false; reason: { zh: string; en: string } } | { ran: true; ok: boolean };

export async function validateOnline(manifest: string, env: NodeJS.ProcessEnv = process.env): Promise<OnlineOutcome> {
  if (env.PCSS_OFFLINE === '1') {
    return { ran: false, reason: { zh: '已设置 PCSS_OFFLINE=1', en: 'PCSS_OFFLINE=1 is set' } };
  }
  const [service, registry] = await Promise.all([reachable(SERVICE), reachable(REGISTRY)]);
  if (!service || !registry) {
    const which = !service ? 'validationgateway.omex.office.net' : 'registry.npmjs.org';
    return { ran: false, reason: { zh: `无法连接 ${which}(离线?)`, en: `${which} does not answer (offline?)` } };
  }
  const run = spawnSync('npx', ['--yes', OFFICE_ADDIN_MANIFEST, 'validate', manifest], { stdio: 'inherit', timeout: 300_000 });
  return { ran: true, ok: run.status === 0 };
}
