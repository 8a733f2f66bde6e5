import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

const PACKAGE = 'pcss-sales-process';

/**
 * `pcss --version`: the version our package.json declares, found by walking up from this file
 * (xlsx/ when run from the sources, dist/cli/ when run as the bundle).
 */
export function pcssVersion(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === PACKAGE && typeof pkg.version === 'string') return pkg.version;
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
