import { BUYER_STAGES } from '../methodology/buyerStages';
import { CHECKLIST, CHECKLIST_LENGTH } from '../methodology/checklist';
import { MILESTONE_BY_LEVEL, MILESTONES, PROBABILITY_BY_LEVEL } from '../methodology/milestones';
import { buyerStage, milestoneLevel, nextStep } from '../checklist';
import type { Lang } from '../methodology/bilingual';
import { cellRef, onSheet, rangeRef } from './a1';
import { FORMATS, type ColumnSpec, type LayoutContext } from './columns';
import { CHECKLIST_FIRST_ROW, CHECKLIST_NEXT_COL } from './rubricsTab';
import type { FormulaColumn } from './keyedTab';
import type { PlanCell } from './types';

/**
 * 里程碑 Milestones: one row per opportunity. The five tracker columns are copied once as
 * values; the 22 checklist columns are the reps' input; the rest are native formulas.
 */
export const MS = {
  opportunity: 0,
  customer: 1,
  rep: 2,
  amount: 3,
  expectedClose: 4,
  checklist: 5,
  level: 5 + CHECKLIST_LENGTH,
  milestone: 6 + CHECKLIST_LENGTH,
  probability: 7 + CHECKLIST_LENGTH,
  weighted: 8 + CHECKLIST_LENGTH,
  buyerStage: 9 + CHECKLIST_LENGTH,
  nextStep: 10 + CHECKLIST_LENGTH,
} as const;

export const OPPORTUNITY_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '机会名称', en: 'Opportunity' }, width: 24 },
  { header: { zh: '客户名称', en: 'Customer' }, width: 22 },
  { header: { zh: '销售人员', en: 'Rep' }, width: 10 },
];

export const MILESTONE_COLUMNS: readonly ColumnSpec[] = [
  ...OPPORTUNITY_COLUMNS,
  { header: { zh: '合同金额', en: 'Amount' }, width: 14, format: FORMATS.amount },
  { header: { zh: '预计签约日期', en: 'Expected close' }, width: 13, format: FORMATS.date },
  // Headers start with the item id so a reader (and our own re-run) can tell the columns apart.
  ...CHECKLIST.map((item): ColumnSpec => ({ header: { zh: `${item.id} ${item.zh}`, en: `${item.id} ${item.en}` }, width: 7, validation: () => ({ kind: 'boolean' }) })),
  { header: { zh: '级别', en: 'Level' }, width: 6, format: FORMATS.integer },
  { header: { zh: '里程碑', en: 'Milestone' }, width: 18 },
  { header: { zh: '概率', en: 'Probability' }, width: 8, format: FORMATS.percent },
  { header: { zh: '加权金额', en: 'Weighted amount' }, width: 14, format: FORMATS.amount },
  { header: { zh: '购买阶段', en: 'Buyer stage' }, width: 16 },
  { header: { zh: '下一步', en: 'Next step' }, width: 36 },
];

/** Checklist cells of a milestone, as "F3:J3". */
function itemsRange(row: number, firstItem: number, lastItem: number): string {
  return rangeRef({ top: row, bottom: row, left: MS.checklist + firstItem, right: MS.checklist + lastItem });
}

/** Index (0-based) of a checklist item by id. */
function itemIndex(id: string): number {
  return CHECKLIST.findIndex((i) => i.id === id);
}

/**
 * The milestone level 0..6 with strict gating, as core's milestoneLevel: the first milestone
 * whose items are not all ticked stops the climb. COUNTIF(range,TRUE()) counts only TRUE, and a
 * blank or FALSE cell is simply not counted — AND(range) would skip blanks and count them as
 * ticked. Nested IF, no array entry, no LET/IFS: Excel, Sheets and LibreOffice agree. TRUE() rather
 * than the bare TRUE literal, which HyperFormula (our test engine) reads as an unknown name.
 */
export function levelFormula(row: number): string {
  let formula = '6';
  for (let m = MILESTONES.length - 1; m >= 0; m--) {
    const items = MILESTONES[m].items;
    const first = itemIndex(items[0]);
    const last = itemIndex(items[items.length - 1]);
    formula = `IF(COUNTIF(${itemsRange(row, first, last)},TRUE())<${items.length},${m},${formula})`;
  }
  return formula;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function milestoneLabel(level: number, lang: Lang): string {
  const m = MILESTONE_BY_LEVEL[level];
  return `${m.id} ${m[lang]}`;
}

export function milestoneNameFormula(row: number, lang: Lang): string {
  const names = MILESTONE_BY_LEVEL.map((_, level) => quoted(milestoneLabel(level, lang))).join(',');
  return `CHOOSE(${cellRef(row, MS.level)}+1,${names})`;
}

export function probabilityFormula(row: number): string {
  return `CHOOSE(${cellRef(row, MS.level)}+1,${MILESTONE_BY_LEVEL.map((m) => m.probability).join(',')})`;
}

/** An amount that is not a number (text left as typed) weighs 0, as the funnel leaves it out. */
export function weightedFormula(row: number): string {
  const amount = cellRef(row, MS.amount);
  return `IF(ISNUMBER(${amount}),${amount}*${cellRef(row, MS.probability)},0)`;
}

/**
 * The buyer's stage, as core's buyerStage: the first stage with an unticked item. Each stage's
 * items are one contiguous run of columns (K07, the seller's letter, belongs to none).
 */
export function buyerStageFormula(row: number, lang: Lang): string {
  const labels = BUYER_STAGES.map((s) => quoted(`${s.id} ${s[lang]}`));
  let formula = labels[labels.length - 1];
  for (let s = BUYER_STAGES.length - 1; s >= 0; s--) {
    const items = BUYER_STAGES[s].items;
    const first = itemIndex(items[0]);
    const last = itemIndex(items[items.length - 1]);
    formula = `IF(COUNTIF(${itemsRange(row, first, last)},TRUE())<${items.length},${labels[s]},${formula})`;
  }
  return formula;
}

/**
 * The next step, as core's nextStep: the first unticked item, looked up in the rubric tab's
 * checklist table; blank when all 22 are ticked (the index 23 is out of range → IFERROR).
 */
export function nextStepFormula(row: number, ctx: LayoutContext): string {
  let index = String(CHECKLIST_LENGTH + 1);
  for (let i = CHECKLIST_LENGTH - 1; i >= 0; i--) index = `IF(${cellRef(row, MS.checklist + i)}<>TRUE(),${i + 1},${index})`;
  const table = onSheet(
    ctx.tabs.rubrics,
    rangeRef({ top: CHECKLIST_FIRST_ROW, bottom: CHECKLIST_FIRST_ROW + CHECKLIST_LENGTH - 1, left: CHECKLIST_NEXT_COL, right: CHECKLIST_NEXT_COL }, true),
  );
  return `IFERROR(INDEX(${table},${index}),"")`;
}

export interface OpportunitySource {
  opportunity: PlanCell;
  customer: PlanCell;
  rep: PlanCell;
  amount: PlanCell;
  expectedClose: PlanCell;
}

/**
 * A new row's values: the tracker's five. The 22 boxes start blank, which every engine and core
 * read as unticked: the TRUEs reps enter stand out, and a wall of FALSE would triple the file.
 */
export function milestoneValues(source: OpportunitySource): PlanCell[] {
  return [source.opportunity, source.customer, source.rep, source.amount, source.expectedClose];
}

/** The formula columns after the checklist. */
export function milestoneFormulas(ctx: LayoutContext): FormulaColumn[] {
  const lang = ctx.lang;
  // Each value is the core function its formula mirrors (checked equal in HyperFormula).
  // Six columns ask about the same row: read its checklist once (a set-up adds 50 000 rows).
  const seen = new WeakMap<readonly PlanCell[], { verified: boolean[]; level: number }>();
  const row = (cells: readonly PlanCell[]) => {
    let r = seen.get(cells);
    if (!r) {
      const v = Array.from({ length: CHECKLIST_LENGTH }, (_, k) => cells[MS.checklist + k] === true);
      r = { verified: v, level: milestoneLevel(v) };
      seen.set(cells, r);
    }
    return r;
  };
  const verified = (cells: readonly PlanCell[]) => row(cells).verified;
  const level = (cells: readonly PlanCell[]) => row(cells).level;
  return [
    { col: MS.level, formula: (row) => levelFormula(row), value: level },
    { col: MS.milestone, formula: (row) => milestoneNameFormula(row, lang), value: (c) => `${MILESTONE_BY_LEVEL[level(c)].id} ${MILESTONE_BY_LEVEL[level(c)][lang]}` },
    { col: MS.probability, formula: (row) => probabilityFormula(row), value: (c) => PROBABILITY_BY_LEVEL[level(c)] },
    {
      col: MS.weighted,
      formula: (row) => weightedFormula(row),
      value: (c) => {
        const amount = c[MS.amount];
        if (amount === null || amount === undefined || amount === '') return 0;
        return typeof amount === 'number' ? amount * PROBABILITY_BY_LEVEL[level(c)] : undefined;
      },
    },
    { col: MS.buyerStage, formula: (row) => buyerStageFormula(row, lang), value: (c) => `${buyerStage(verified(c)).id} ${buyerStage(verified(c))[lang]}` },
    {
      col: MS.nextStep,
      formula: (row) => nextStepFormula(row, ctx),
      value: (c) => {
        const next = nextStep(verified(c));
        return next ? `${next.id} ${next[lang]}` : '';
      },
    },
  ];
}

