import { DEV_ORIGIN } from './origin';

/**
 * The Excel manifest for one base URL, made from the development manifest (manifest.xml at the
 * repo root, every URL on DEV_ORIGIN): each DEV_ORIGIN URL moves to `base`, the AppDomain to
 * base's origin, and <Version> is the package's. Nothing else changes, so the checks of the
 * development manifest (test/functions/manifest.test.ts) hold for every build.
 */

/** Office's four-part version from package.json's semver: 1.2.3 → 1.2.3.0. */
export function manifestVersion(packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion.trim());
  if (!m) {
    throw new Error(
      `package.json 的 version「${packageVersion}」应为 主.次.修订(如 1.2.3),清单版本由它生成。\n` +
        `package.json's version "${packageVersion}" must be major.minor.patch (such as 1.2.3); the manifest's version is made from it.`,
    );
  }
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

function xmlAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function manifestFor(devXml: string, base: string, version: string): string {
  if (!/<Version>[^<]*<\/Version>/.test(devXml)) throw new Error('manifest.xml has no <Version>');
  const out = devXml
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`)
    .replace(new RegExp(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, 'g'), `<AppDomain>${xmlAttr(new URL(base).origin)}</AppDomain>`)
    .split(`${DEV_ORIGIN}/`)
    .join(`${xmlAttr(base)}/`);
  if (base !== DEV_ORIGIN && out.includes(DEV_ORIGIN)) throw new Error(`manifest.xml names ${DEV_ORIGIN} other than as a URL's start`);
  return out;
}
