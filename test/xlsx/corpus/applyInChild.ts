/**
 * Runs `runApply` (or `runFunnel`) on one file in a child process and prints one JSON line:
 * whether it succeeded, the MethodError's code and messages, how long the call took and the
 * process's peak memory. A test can so bound a run that might hang or eat memory (a row
 * numbered 2 000 000 000, a zip bomb) without taking the test runner down with it.
 *
 *   node -r tsx/cjs test/xlsx/corpus/applyInChild.ts apply|funnel <input> [<output>]
 */
import { isMethodError } from '../../../core/errors';
import { runApply, runFunnel } from '../../../xlsx/run';
import { peakRssMb } from '../../../bench/peakRss';

export interface ChildResult {
  ok: boolean;
  code: string | null;
  zh: string;
  en: string;
  message: string;
  /** Milliseconds spent in the call itself (not loading the code). */
  ms: number;
  /** Peak resident memory of this process since it started (bench/peakRss.ts), MB. */
  maxRssMb: number;
}

async function main(): Promise<void> {
  const [command, input, output] = process.argv.slice(2);
  const start = performance.now();
  const result: Partial<ChildResult> = { ok: true, code: null, zh: '', en: '', message: '' };
  try {
    if (command === 'funnel') await runFunnel(input);
    else await runApply({ input, output, date: '2027-01-04' });
  } catch (e) {
    result.ok = false;
    result.message = (e as Error)?.message ?? String(e);
    if (isMethodError(e)) Object.assign(result, { code: e.code, zh: e.zh, en: e.en });
  }
  result.ms = performance.now() - start;
  result.maxRssMb = peakRssMb();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) void main();
