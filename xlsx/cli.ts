#!/usr/bin/env node
/**
 * pcss: the .xlsx host on the command line. Exit codes: 0 done, 1 bad input or file (one
 * bilingual line on stderr, nothing written), 2 wrong usage, 3 an unexpected failure.
 */
import { SingleBar, Presets } from 'cli-progress';
import { resolve } from 'path';
import { isMethodError } from '../core/errors';
import { refreshLines } from '../core/run';
import { TRACKER_CHOICE_CODES, TRACKER_WARNING_CODES, type PlanWarning } from '../core/layout';
import type { Lang } from '../core/methodology/bilingual';
import { parseArgs } from './args';
import { renderFunnel, renderPeriods, visible } from './funnelTable';
import { HELP } from './help';
import { renderMapping } from './mappingText';
import { runApply, runFunnel, type ApplyOptions } from './run';

const STAGE_LABEL = { read: '读取 read', plan: '规划 plan', apply: '写入 cells', write: '保存 save' } as const;

/** A progress bar on stderr for large files; silent when stderr is not a terminal. */
function progressBar(): { onStage: ApplyOptions['onStage']; stop: () => void } {
  if (!process.stderr.isTTY) return { onStage: undefined, stop: () => undefined };
  let bar: SingleBar | null = null;
  let current = '';
  return {
    onStage: (stage, done, total) => {
      if (stage === 'apply' && total < 5000) return;
      if (stage !== current) {
        current = stage;
        if (!bar) {
          bar = new SingleBar({ format: ' {stage} [{bar}] {percentage}% {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
          bar.start(total, done, { stage: STAGE_LABEL[stage] });
        } else bar.setTotal(total);
      }
      bar?.update(done, { stage: STAGE_LABEL[stage] });
    },
    stop: () => bar?.stop(),
  };
}

/**
 * Warnings, the user's language first: those about the list and its columns (none found, two
 * alike, no amount, no rep) on stderr, so a script sees them; the others on stdout.
 */
function printWarnings(warnings: readonly PlanWarning[], lang: Lang): void {
  for (const w of warnings) {
    const line = `! ${visible(lang === 'zh' ? `${w.zh} / ${w.en}` : `${w.en} / ${w.zh}`)}`;
    if (TRACKER_WARNING_CODES.includes(w.code)) console.error(line);
    else console.log(line);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command.kind === 'funnel') {
    const { funnel, periods, setUp, lang, warnings, tracker, snapshot } = await runFunnel(command.input, command.rep, command.lang, command.choice, command.periods);
    console.log(renderMapping(snapshot, tracker, lang));
    if (!setUp) console.log(lang === 'zh' ? '(此工作簿尚未设置;以下为设置后的漏斗)' : '(not set up yet; this is the funnel the set-up would give)');
    // The same warnings as apply: rows whose cells count as nothing, and why.
    printWarnings(warnings, lang);
    console.log(renderFunnel(funnel, lang));
    console.log('');
    console.log(renderPeriods(periods, lang));
    return 0;
  }
  const bar = progressBar();
  try {
    const result = await runApply({ ...command, onStage: bar.onStage });
    bar.stop();
    const lang = result.setup.lang;
    const out = resolve(result.output);
    const tracker = result.setup.tracker;
    // The list and the columns used, each field found or not: never silent.
    console.log(renderMapping(result.after, tracker, lang));
    if (lang === 'zh') {
      console.log(`新增机会:${result.setup.addedOpportunities}`);
      console.log(`结果已写入:${out}`);
    } else {
      console.log(`Opportunities added: ${result.setup.addedOpportunities}`);
      console.log(`Written: ${out}`);
    }
    // What the tracker changed on the opportunities we already had (never silent either).
    for (const line of refreshLines(result.setup.refresh)) console.log(`* ${visible(lang === 'zh' ? `${line.zh} / ${line.en}` : `${line.en} / ${line.zh}`)}`);
    printWarnings([...result.setup.warnings, ...result.funnel.warnings], lang);
    console.log('');
    console.log(renderFunnel(result.view, lang));
    console.log('');
    console.log(renderPeriods(result.funnel.periods ?? [], lang));
    return 0;
  } finally {
    bar.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (isMethodError(e)) {
      console.error(e.message);
      // A --sheet or --map header that does not exist, or an unreadable --period, is wrong usage too.
      process.exit(e.code === 'USAGE' || e.code === 'PERIOD_INVALID' || TRACKER_CHOICE_CODES.includes(e.code) ? 2 : 1);
    }
    console.error(`意外错误 / unexpected error: ${(e as Error)?.stack ?? String(e)}`);
    process.exit(3);
  },
);
