/**
 * The command line as one CommonJS file: `pcss` starts in a fraction of the time and memory it
 * takes when tsx compiles ~150 TypeScript modules on every run (at 50 000 opportunities ~50 MB
 * less peak memory and ~15 % less time, measured by `npm run bench -- xlsx`, which runs the
 * same bundle). `npm ci` builds it (the `prepare` script), `npm run build:cli` again after an
 * edit; bin/pcss.js runs it only while it is newer than every file it was built from, and the
 * sources through tsx otherwise, so a stale bundle never answers for edited code.
 */
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'fs';
import { dirname, join, relative } from 'path';

export const ROOT = join(__dirname, '..', '..');
export const CLI_SOURCE = join(ROOT, 'xlsx', 'cli.ts');
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli', 'pcss.cjs');
/** The files the bundle was built from (relative to the root), for bin/pcss.js's freshness check. */
export const CLI_INPUTS = join(ROOT, 'dist', 'cli', 'inputs.json');

/**
 * Bundles `entry` (and what it imports, `external` left to `require`) into `outfile`, written
 * beside it first and renamed into place, so a `pcss` starting meanwhile never reads half a file.
 * Returns the input files, relative to the root.
 */
export async function bundle(entry: string, outfile: string, external: readonly string[] = []): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: [...external],
    // Readable stack traces: names kept, nothing minified.
    keepNames: false,
    minify: false,
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  mkdirSync(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, outfile);
  return Object.keys(result.metafile.inputs).map((file) => relative(ROOT, join(process.cwd(), file)).split('\\').join('/'));
}

/** Builds dist/cli/pcss.cjs and the list of its inputs. */
export async function buildCli(): Promise<void> {
  const inputs = await bundle(CLI_SOURCE, CLI_BUNDLE);
  const temporary = `${CLI_INPUTS}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(inputs, null, 1)}\n`);
  renameSync(temporary, CLI_INPUTS);
}

if (require.main === module) {
  buildCli().catch((error) => {
    console.error(`构建命令行失败 / building the command line failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
