import { readFileSync } from 'fs';
import { join } from 'path';

/** `pcss --version`: the version package.json declares, read where the program is installed. */
export function pcssVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
