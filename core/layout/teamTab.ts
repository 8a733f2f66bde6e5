/**
 * 团队设计 Team design (methodology.md §6): one row per rep, the manager's 1–5 rating of the
 * course's five traits, the group our rule suggests (teamTraits.ts) by native formula, and the
 * date of the rep's last role-play, which the control points count (controlTab.ts). The team's
 * mix — reps per suggested group — sits beside the table, by COUNTIF.
 */
import type { Lang } from '../methodology/bilingual';
import { GROUP_WEIGHTS, RATING_MAX, RATING_MIN, TEAM_GROUPS, TEAM_TRAITS, TRAIT_INDEX, suggestedGroup } from '../methodology/teamTraits';
import { cellRef, columnRef, rangeRef } from './a1';
import type { ColumnSpec } from './columns';
import { planKeyedTab, type FormulaColumn } from './keyedTab';
import type { PlanBuilder } from './planBuilder';
import { cellFormula, cellValue } from './snapshotCell';
import { FIRST_DATA_ROW, HEADER_ROW, type OurTab } from './tabs';
import type { PlanCell, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from './types';

const RATINGS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => String(RATING_MIN + i));

/** The team tab's columns: rep, the five traits, the suggested group, the last role-play. */
export const TEAM = { rep: 0, firstTrait: 1, group: 1 + TEAM_TRAITS.length, lastRolePlay: 2 + TEAM_TRAITS.length } as const;

export const TEAM_COLUMNS: readonly ColumnSpec[] = [
  // Widths in two bands (rep and traits, group and date): Sheets sets each band in one call.
  { header: { zh: '销售人员', en: 'Rep' }, width: 12 },
  ...TEAM_TRAITS.map((t): ColumnSpec => ({ header: { zh: t.zh, en: t.en }, width: 10, validation: () => ({ kind: 'list', values: RATINGS }) })),
  { header: { zh: '建议分组', en: 'Suggested group' }, width: 16 },
  // No number format: a date typed here is formatted as one by every host (one call fewer in Sheets).
  { header: { zh: '最近角色扮演', en: 'Last role-play' }, width: 14 },
];

/** Blank rows a new team tab gets below the pipeline's reps, the formula already in place. */
export const TEAM_BLANK_ROWS = 10;

/** The mix beside the table: a header, then one row per group (label, count), one column apart. */
export const TEAM_MIX = { col: TEAM_COLUMNS.length + 1, headerRow: HEADER_ROW } as const;
const MIX_HEADER = { zh: ['建议分组', '人数'], en: ['Suggested group', 'Reps'] } as const;

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The suggested group as core's suggestedGroup: blank until the five cells hold whole numbers
 * 1–5; each group's score is its traits' sum times its weight (the mean, scaled to a whole
 * number); the first group whose score is at least every later one's is the first highest.
 * IF, not AND, guards each step, so text in a rating cell never reaches the arithmetic.
 */
export function groupFormula(row: number, lang: Lang): string {
  const cells = rangeRef({ top: row, bottom: row, left: TEAM.firstTrait, right: TEAM.firstTrait + TEAM_TRAITS.length - 1 });
  const n = TEAM_TRAITS.length;
  const scores = TEAM_GROUPS.map((g, k) => `${GROUP_WEIGHTS[k]}*(${g.traits.map((t) => cellRef(row, TEAM.firstTrait + TRAIT_INDEX[t])).join('+')})`);
  let choice = quoted(TEAM_GROUPS[TEAM_GROUPS.length - 1][lang]);
  for (let k = TEAM_GROUPS.length - 2; k >= 0; k--) {
    const tests = scores.slice(k + 1).map((s) => `${scores[k]}>=${s}`);
    choice = `IF(${tests.length > 1 ? `AND(${tests.join(',')})` : tests[0]},${quoted(TEAM_GROUPS[k][lang])},${choice})`;
  }
  const inRange = `(${cells}>=${RATING_MIN})*(${cells}<=${RATING_MAX})*(${cells}=INT(${cells}))`;
  return `IF(SUMPRODUCT(ISNUMBER(${cells})*1)<${n},"",IF(SUMPRODUCT(${inRange})<${n},"",${choice}))`;
}

export function teamValues(rep: PlanCell): PlanCell[] {
  return [rep];
}

/** The suggested group's label for a row's cells, as the formula shows it ('' until all five are rated). */
export function groupLabel(cells: readonly unknown[], lang: Lang): string {
  return suggestedGroup(cells.slice(TEAM.firstTrait, TEAM.firstTrait + TEAM_TRAITS.length))?.[lang] ?? '';
}

export function teamFormulas(lang: Lang): FormulaColumn[] {
  return [{ col: TEAM.group, formula: (row) => groupFormula(row, lang), value: (c) => groupLabel(c, lang) }];
}

/**
 * The mix: per group, the reps whose suggested group it is, by COUNTIF over the whole group
 * column (rows added later count; the header never equals a group's label). Written with a new
 * team tab; the users' afterwards.
 */
export function planTeamMix(plan: PlanBuilder, sheet: string): void {
  const { lang } = plan.ctx;
  const group = columnRef(TEAM.group);
  // Their cached results: the tab's rows are the plan's, so the group cells' results are all the column holds.
  const shown = plan.fills.flatMap((f) => (f.sheet === sheet && f.col === TEAM.group ? f.results ?? [] : []));
  const rows: PlanCell[][] = [[...MIX_HEADER[lang]], ...TEAM_GROUPS.map((g) => [g[lang], { formula: `COUNTIF(${group},${quoted(g[lang])})`, result: shown.filter((v) => v === g[lang]).length }])];
  plan.writes.push({ sheet, row: TEAM_MIX.headerRow, col: TEAM_MIX.col, values: rows });
  // Its header bold with the table's (one call in Sheets); its columns keep the default width.
  const index = plan.layouts.findIndex((l) => l.sheet === sheet);
  const layout = plan.layouts[index];
  if (layout) plan.layouts[index] = { ...layout, headerRanges: [...layout.headerRanges, { top: TEAM_MIX.headerRow, bottom: TEAM_MIX.headerRow, left: TEAM_MIX.col, right: TEAM_MIX.col + 1 }] };
}

/** What the mix's COUNTIFs give: per group (TEAM_GROUPS order), the rows whose group cell shows its label. */
export function teamMix(sheet: SheetSnapshot, lang: Lang): number[] {
  const counts = TEAM_GROUPS.map(() => 0);
  for (let r = FIRST_DATA_ROW; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const shown = teamGroupShown(row, lang);
    const k = TEAM_GROUPS.findIndex((g) => g[lang].toLowerCase() === shown.toLowerCase());
    if (k >= 0) counts[k]++;
  }
  return counts;
}

/** A row's group cell as the sheet shows it: the formula's result as core computes it, else what was typed. */
function teamGroupShown(row: readonly SnapshotCell[], lang: Lang): string {
  const cell = row[TEAM.group] ?? null;
  if (cellFormula(cell) !== null) return groupLabel(row.map((c) => cellValue(c ?? null)), lang);
  const v = cellValue(cell);
  return typeof v === 'string' ? v.trim() : '';
}

/**
 * The team tab in the set-up: a row per rep of the pipeline not yet on it (keyed by the rep, as
 * the activity tab); a new tab also gets TEAM_BLANK_ROWS rows to fill, the formula in place, and
 * the mix beside them.
 */
export function planTeam(plan: PlanBuilder, snapshot: WorkbookSnapshot, existing: OurTab | undefined, reps: readonly { key: string; source: { value: PlanCell } }[]): void {
  const blanks = existing ? [] : Array.from({ length: TEAM_BLANK_ROWS }, () => ({ key: '', source: { value: null } }));
  planKeyedTab(plan, snapshot, existing, {
    kind: 'team',
    columns: TEAM_COLUMNS,
    keyCols: [TEAM.rep],
    sources: [...reps, ...blanks],
    build: (s) => teamValues(s.value),
    formulas: teamFormulas(plan.ctx.lang),
    tableName: 'PCSS_Team',
  });
  if (!existing) planTeamMix(plan, plan.ctx.tabs.team);
}
