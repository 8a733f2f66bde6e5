/**
 * npm run bench: runs every bench/*.bench.ts, prints its figures and merges them into
 * bench/results.json. Figures are ratios and counts, never raw times alone: these machines
 * are noisy. Each bench module exports `run(): Promise<Record<string, unknown>>`, keys
 * namespaced like "core.overhead_ratio". `npm run bench -- core` runs only matching files.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'fs';
import { join } from 'path';

async function main(): Promise<void> {
  const filter = process.argv[2];
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  const resultsPath = join(dir, 'results.json');
  const results: Record<string, unknown> = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
  for (const file of files) {
    const mod = (await import(join(dir, file))) as { run: () => Promise<Record<string, unknown>> };
    console.log(`\n# ${file}`);
    const figures = await mod.run();
    for (const [key, value] of Object.entries(figures)) {
      console.log(`${key}: ${JSON.stringify(value)}`);
      results[key] = value;
    }
  }
  results['_meta'] = { date: new Date().toISOString(), node: process.version };
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwritten: ${resultsPath}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
