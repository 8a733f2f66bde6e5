#!/usr/bin/env node
/**
 * pcss: the .xlsx host on the command line. Exit codes: 0 done, 1 bad input or file (one
 * bilingual line on stderr, nothing written), 2 wrong usage, 3 an unexpected failure.
 */
import { SingleBar, Presets } from 'cli-progress';
import { resolve } from 'path';
import { isMethodError } from '../core/errors';
import { parseArgs } from './args';
import { renderFunnel, visible } from './funnelTable';
import { HELP } from './help';
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

async function main(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command.kind === 'funnel') {
    const { funnel, setUp, lang } = await runFunnel(command.input, command.rep, command.lang);
    if (!setUp) console.log(lang === 'zh' ? '(此工作簿尚未设置;以下为设置后的漏斗)' : '(not set up yet; this is the funnel the set-up would give)');
    console.log(renderFunnel(funnel, lang));
    return 0;
  }
  const bar = progressBar();
  try {
    const result = await runApply({ ...command, onStage: bar.onStage });
    bar.stop();
    const lang = result.setup.lang;
    const out = resolve(result.output);
    const tracker = result.setup.tracker;
    if (lang === 'zh') {
      console.log(tracker ? `机会列表:“${visible(tracker.sheet)}”第 ${tracker.headerRow + 1} 行表头` : '未找到机会列表');
      console.log(`新增机会:${result.setup.addedOpportunities}`);
      console.log(`结果已写入:${out}`);
    } else {
      console.log(tracker ? `Opportunity list: "${visible(tracker.sheet)}", headers on row ${tracker.headerRow + 1}` : 'No opportunity list found');
      console.log(`Opportunities added: ${result.setup.addedOpportunities}`);
      console.log(`Written: ${out}`);
    }
    for (const w of [...result.setup.warnings, ...result.funnel.warnings]) console.log(`! ${visible(lang === 'zh' ? `${w.zh} / ${w.en}` : `${w.en} / ${w.zh}`)}`);
    console.log('');
    console.log(renderFunnel(result.view, lang));
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
      process.exit(e.code === 'USAGE' ? 2 : 1);
    }
    console.error(`意外错误 / unexpected error: ${(e as Error)?.stack ?? String(e)}`);
    process.exit(3);
  },
);
