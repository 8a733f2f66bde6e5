/// <reference types="office-js" />
// Excel's part of the error catalogue (registers its codes).
import '../../core/excelErrors';
import { findOurTabs, type CellRange, type Plan, type TabKind } from '../../core/layout';
import { MAX_ROWS } from './address';
import { hostError } from './errors';
import type { ReadResult } from './reader';

function sheetsTouched(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const list of [plan.writes, plan.tables, plan.validations, plan.conditionalFormats, plan.colorScales ?? [], plan.layouts, plan.numberFormats, plan.charts]) {
    for (const item of list) out.add(item.sheet);
  }
  for (const add of plan.addSheets) out.delete(add.name);
  return out;
}

/** What would make Excel fail halfway, checked before anything is written. */
export function preflight(plan: Plan, state: ReadResult): void {
  for (const name of sheetsTouched(plan)) {
    if (state.protectedSheets.has(name)) throw hostError('EXCEL_PROTECTED', 'unchanged', { sheet: name });
  }
  // Merged cells: over the tracker they hide values (only the top-left cell holds one), and
  // Excel refuses a write over part of a merged area.
  const tracker = plan.tracker;
  const overlaps = (a: CellRange, b: CellRange) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
  if (tracker) {
    const cols = Object.values(tracker.columns).filter((c): c is number => c !== undefined);
    const area = { top: tracker.headerRow, bottom: tracker.lastRow, left: Math.min(...cols), right: Math.max(...cols) };
    if ((state.merged.get(tracker.sheet) ?? []).some((m) => overlaps(m, area))) throw hostError('EXCEL_TRACKER_MERGED', 'unchanged', { sheet: tracker.sheet });
  }
  for (const w of plan.writes) {
    const box = { top: w.row, left: w.col, bottom: w.row + w.values.length - 1, right: w.col + Math.max(0, ...w.values.map((r) => r.length)) - 1 };
    if ((state.merged.get(w.sheet) ?? []).some((m) => overlaps(m, box))) throw hostError('EXCEL_MERGED', 'unchanged', { sheet: w.sheet });
  }
  if (plan.addSheets.length > 0 && state.workbookProtected) throw hostError('EXCEL_WORKBOOK_PROTECTED', 'unchanged');
  for (const w of plan.writes) {
    if (w.row + w.values.length > MAX_ROWS) {
      throw hostError('EXCEL_PAST_ROW_LIMIT', 'unchanged', { sheet: w.sheet, rows: w.row + w.values.length, limit: MAX_ROWS });
    }
  }
}

/** Our tabs once the plans are applied: those the read found and those the plans add. */
export function tabsAfter(plans: readonly Plan[], state: ReadResult): Map<TabKind, string> {
  const tabs = new Map<TabKind, string>();
  for (const [kind, tab] of findOurTabs(state.snapshot)) tabs.set(kind, tab.sheet.name);
  for (const plan of plans) for (const add of plan.addSheets) tabs.set(add.kind as TabKind, add.name);
  return tabs;
}
