#!/usr/bin/env node
/**
 * pcss: the .xlsx host on the command line. Exit codes: 0 done, 1 bad input or file (one
 * bilingual line on stderr, nothing written; for funnel and coach also a --rep that names
 * nobody, and for a funnel of several workbooks one that could not be read), 2 wrong usage
 * (an option, a date, a --lang other than the tabs'), 3 an unexpected failure.
 */
import { SingleBar, Presets } from 'cli-progress';
import { resolve } from 'path';
import { isMethodError, MethodError } from '../core/errors';
import { attentionLines, refreshLines, reviewLines } from '../core/run';
import { TRACKER_CHOICE_CODES, TRACKER_WARNING_CODES, type PlanWarning } from '../core/layout';
import type { Bilingual, Lang } from '../core/methodology/bilingual';
import { repsOnMilestoneTab } from '../core/report/summaries';
import { parseArgs, type Command } from './args';
import { checkTabsLang, repKnown, unknownRep } from './cliChecks';
import { runCoach } from './coach';
import { renderCoaching } from './coachText';
import { funnelMany, renderTotals } from './funnelMany';
import { renderFunnel, renderPeriods, visible } from './funnelTable';
import { HELP } from './help';
import { renderMapping } from './mappingText';
import { runApply, runFunnel, type ApplyOptions } from './run';
import { pcssVersion } from './version';
import { isSingleWorkbook, workbookSources, type WorkbookSource } from './workbookList';

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

/** Both languages, `lang` first, made safe for the terminal. */
const both = (text: Bilingual, lang: Lang) => visible(lang === 'zh' ? `${text.zh} / ${text.en}` : `${text.en} / ${text.zh}`);

/**
 * Warnings, the user's language first: those about the list and its columns (none found, two
 * alike, no amount, no rep) on stderr, so a script sees them; the others on stdout.
 */
function printWarnings(warnings: readonly PlanWarning[], lang: Lang, prefix = ''): void {
  for (const w of warnings) {
    const line = `! ${prefix}${both(w, lang)}`;
    if (TRACKER_WARNING_CODES.includes(w.code)) console.error(line);
    else console.log(line);
  }
}

/** One workbook's funnel: the list and columns used, the warnings, the funnel and the periods. */
async function funnelOne(command: FunnelCommand, input: string): Promise<number> {
  const { funnel, periods, setUp, pending, lang, warnings, tracker, snapshot, reps, review, attention } = await runFunnel(input, command.rep, command.lang, command.choice, command.periods);
  // A rep that names nobody would print an empty funnel a script takes for zero: said, and exit 1.
  if (!repKnown(command.rep, reps)) {
    console.error(`! ${both(unknownRep(command.rep!, reps), lang)}`);
    return 1;
  }
  console.log(renderMapping(snapshot, tracker, lang));
  if (!setUp) console.log(lang === 'zh' ? '(此工作簿尚未设置;以下为设置后的漏斗)' : '(not set up yet; this is the funnel the set-up would give)');
  // Behind its tracker: what the file does not show yet, and that the figures below count it (never silent).
  if (pending) {
    console.log(`! ${both(new MethodError('CLI_FUNNEL_PENDING'), lang)}`);
    for (const line of pending) console.log(`* ${both(line, lang)}`);
  }
  // The same warnings as apply: rows whose cells count as nothing, and why.
  printWarnings(warnings, lang);
  // What the last review saw move, and what the milestone tab flags (as of its last run).
  for (const line of [...reviewLines(review), ...attentionLines(attention)]) console.log(`* ${both(line, lang)}`);
  console.log(renderFunnel(funnel, lang));
  console.log('');
  console.log(renderPeriods(periods, lang));
  return 0;
}

/** Several workbooks (files, folders): each one's figures and their total; one that cannot be read is said, and exit 1. */
async function funnelSeveral(command: FunnelCommand, sources: readonly WorkbookSource[]): Promise<number> {
  const many = await funnelMany(sources, command);
  const { lang } = many;
  for (const f of many.failures) console.error(`! ${both(new MethodError('CLI_WORKBOOK_SKIPPED', { path: f.path, zh: f.why.zh, en: f.why.en }), lang)}`);
  if (many.totals.parts.length > 0 && !repKnown(command.rep, many.reps)) {
    console.error(`! ${both(unknownRep(command.rep!, many.reps), lang)}`);
    return 1;
  }
  for (const w of many.warnings) printWarnings([w.warning], lang, `${w.path}: `);
  if (many.totals.parts.length > 0) console.log(renderTotals(many.totals, lang));
  return many.failures.length > 0 ? 1 : 0;
}

/** The coaching view, per rep and per open deal; read-only. */
function coach(command: Extract<Command, { kind: 'coach' }>): number {
  const { view, lang } = runCoach(command.input, command.rep, command.lang);
  if (!repKnown(command.rep, view.allReps)) {
    console.error(`! ${both(unknownRep(command.rep!, view.allReps), lang)}`);
    return 1;
  }
  for (const w of view.warnings) console.error(`! ${both(w, lang)}`);
  console.log(renderCoaching(view, lang));
  return 0;
}

async function apply(command: Extract<Command, { kind: 'apply' }>): Promise<number> {
  const bar = progressBar();
  try {
    // A --lang other than the tabs' is refused once read, before anything is planned or written.
    const result = await runApply({ ...command, onStage: bar.onStage, check: (snapshot) => checkTabsLang(snapshot, command.lang) });
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
    for (const line of refreshLines(result.setup.refresh)) console.log(`* ${both(line, lang)}`);
    printWarnings([...result.setup.warnings, ...result.funnel.warnings, ...result.notes], lang);
    // What moved since the last review, and what the milestone tab flags as of this run.
    for (const line of [...reviewLines(result.funnel.review), ...attentionLines(result.funnel.attention)]) console.log(`* ${both(line, lang)}`);
    // The rep goes into the funnel tab's filter cell all the same (a rep with no deal yet is one); said.
    const reps = repsOnMilestoneTab(result.after);
    if (!repKnown(command.rep, reps)) console.error(`! ${both(unknownRep(command.rep!, reps), lang)}`);
    if (result.inputUnlocked) console.error(`! ${both(new MethodError('CLI_INPUT_NOT_LOCKED', { path: command.input }), lang)}`);
    console.log('');
    console.log(renderFunnel(result.view, lang));
    console.log('');
    console.log(renderPeriods(result.funnel.periods ?? [], lang));
    return 0;
  } finally {
    bar.stop();
  }
}

type FunnelCommand = Extract<Command, { kind: 'funnel' }>;

async function main(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'version':
      console.log(`pcss ${pcssVersion()}`);
      return 0;
    case 'coach':
      return coach(command);
    case 'apply':
      return apply(command);
    case 'funnel': {
      const sources = workbookSources(command.inputs);
      return isSingleWorkbook(sources) ? funnelOne(command, command.inputs[0]) : funnelSeveral(command, sources);
    }
  }
}

/** Errors that are wrong usage (exit 2): the arguments, a --sheet or --map header that does not exist, a --lang other than the tabs'. */
const USAGE_CODES: readonly string[] = ['USAGE', 'PERIOD_INVALID', 'CLI_DATE_INVALID', 'CLI_OPTION_NOT_FOR_COMMAND', 'CLI_LANG_MISMATCH', ...TRACKER_CHOICE_CODES];

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // Messages can carry a sheet's headers or names: shown with their control characters made visible.
    if (isMethodError(e)) {
      console.error(visible(e.message));
      process.exit(USAGE_CODES.includes(e.code) ? 2 : 1);
    }
    console.error(`意外错误 / unexpected error: ${String((e as Error)?.stack ?? e).split('\n').map(visible).join('\n')}`);
    process.exit(3);
  },
);
