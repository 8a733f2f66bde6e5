/**
 * Where the Excel add-in is served from: one https base URL (an origin, optionally with a path:
 * https://addins.example.com/pcss). In development it is the dev server's, DEV_ORIGIN; a build
 * for a team takes it from the ADDIN_ORIGIN environment variable (docs/deploy.md), and every
 * URL of the manifest, the function metadata and the pages is made from it.
 */
export const DEV_ORIGIN = 'https://localhost:3000';

/** The dev server's origin (scripts/devServer.ts); the root manifest.xml is on it. */
export const ADDIN_ORIGIN = DEV_ORIGIN;

/** Excel's namespace for the functions: =PCSS.SALES_INTENSITY(...). */
export const EXCEL_NAMESPACE = 'PCSS';

/** An ADDIN_ORIGIN that cannot serve an add-in; the message is in both languages. */
export class OriginError extends Error {}

const EXAMPLE = 'https://addins.example.com/pcss';

function refuse(value: string, zh: string, en: string): never {
  throw new OriginError(`ADDIN_ORIGIN「${value}」${zh}(例如 ${EXAMPLE})。\nADDIN_ORIGIN "${value}" ${en} (for example ${EXAMPLE}).`);
}

/**
 * The base URL a build puts every URL on: DEV_ORIGIN when `value` is unset or blank, else
 * `value` without its trailing slash. Office loads add-ins over https only, so anything else is
 * refused, as is a base with credentials, a query or a fragment (the build appends paths to it).
 */
export function parseAddinBase(value: string | undefined): string {
  const text = (value ?? '').trim();
  if (!text) return DEV_ORIGIN;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse(text, '不是有效的网址,应为 https 地址', 'is not a URL; it must be an https address');
  }
  if (url.protocol !== 'https:') return refuse(text, '不是 https 地址:Office 只从 https 加载加载项', 'is not https: Office loads add-ins over https only');
  if (url.username || url.password) return refuse(text, '不能包含用户名或密码', 'must not contain a user name or password');
  if (url.search || url.hash || text.includes('?') || text.includes('#')) return refuse(text, '不能包含查询(?)或片段(#)', 'must not contain a query (?) or a fragment (#)');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The function's section of the reference page, on `base`. */
export function helpUrl(id: string, base: string = DEV_ORIGIN): string {
  return `${base}/help.html#${id.toLowerCase()}`;
}
