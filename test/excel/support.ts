/// <reference types="office-js" />
import { trackerStatus } from '../../core/layout/dealStatus';
import { planSetup, shiftRows, type Plan, type WorkbookSnapshot } from '../../core/layout';
import { ZH_HEADERS } from '../layout/fixtures';
import { TRACKER_SHEET, trackerRows, trackerSheet } from '../scenarios/trackerSheet';
import { setupWorkbook } from '../../excel-addin/workbook';
import { FakeExcel, FakeOfficeError, type FakeExcelOptions } from './fake';
import { fakeFrom, snapshotOf } from './excelHost';
import { hyperFormulaEvaluator } from './hyperformulaEvaluator';

/** A Chinese team's tracker: a title, a blank row, the header, then `count` opportunities. */
export function zhTracker(count: number, seed = 7): WorkbookSnapshot {
  return { sheets: [trackerSheet(TRACKER_SHEET, ZH_HEADERS, trackerRows(count, seed))] };
}

/** The sample tracker of `count` deals with one merged area on its sheet, and the set-up to run on it. */
export function mergedTracker(merge: { top: number; left: number; bottom: number; right: number }, count = 10) {
  const { excel, context, requirements } = fakeWith(zhTracker(count));
  excel.model.sheets[0].merges.push(merge);
  return { excel, setUp: () => setupWorkbook(context, { requirements }) };
}

/**
 * The opportunities of a tracker in the funnel: those whose stage is no closed word (won, lost,
 * on hold: core/layout/dealStatus.ts). The sample's stages close some deals (issue 13).
 */
export function openCount(snapshot: WorkbookSnapshot, extra = 0): number {
  return snapshot.sheets[0].rows.slice(3).filter((r) => trackerStatus(r?.[5]) === 'open').length + extra;
}

export function fakeWith(snapshot: WorkbookSnapshot, options: FakeExcelOptions = {}): { excel: FakeExcel; context: Excel.RequestContext; requirements: FakeExcel['requirements'] } {
  // Excel calculates every formula; so does the fake here (HyperFormula), unless a test opts out.
  const excel = fakeFrom(snapshot, { evaluate: hyperFormulaEvaluator(), ...options });
  return { excel, context: excel.context as unknown as Excel.RequestContext, requirements: excel.requirements };
}

/** What the plan says each written cell holds, against what the fake holds: the list of differences. */
export function cellsNotAsPlanned(excel: FakeExcel, plan: Plan): string[] {
  const out: string[] = [];
  for (const block of plan.writes) {
    const sheet = excel.model.sheet(block.sheet);
    if (!sheet) {
      out.push(`no sheet ${block.sheet}`);
      continue;
    }
    block.values.forEach((row, i) =>
      row.forEach((cell, j) => {
        const r = block.row + i;
        const c = block.col + j;
        const got = sheet.formula(r, c) ?? sheet.value(r, c) ?? null;
        // Writing "" leaves a cell empty in Excel, as null does in the plan.
        const want = cell === '' ? null : cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? `=${cell.formula}` : cell instanceof Date ? cell.toISOString().slice(0, 10) : cell ?? null;
        if (got !== want && out.length < 20) out.push(`${block.sheet}!R${r + 1}C${c + 1}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      }),
    );
  }
  for (const fill of plan.fills) {
    const sheet = excel.model.sheet(fill.sheet);
    for (let r = fill.top; r <= fill.bottom; r++) {
      const want = `=${shiftRows(fill.formula, r - fill.top)}`;
      const got = sheet?.formula(r, fill.col);
      if (got !== want && out.length < 20) out.push(`${fill.sheet}!R${r + 1}C${fill.col + 1}: want ${want}, got ${JSON.stringify(got)}`);
    }
  }
  return out;
}

export function planFor(excel: FakeExcel): Plan {
  return planSetup(snapshotOf(excel));
}

export function officeError(code: string, message = code): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

export async function failure(p: Promise<unknown>): Promise<{ code?: string; message: string; zh?: string; en?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error('expected a failure');
}
