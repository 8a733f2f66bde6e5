import fc from 'fast-check';
import {
  applyPlan,
  detectTracker,
  findOurTabs,
  FIRST_DATA_ROW,
  MS,
  planRun,
  planSetup,
  type Plan,
  type WorkbookSnapshot,
} from '../../core/layout';
import { EN_HEADERS, ZH_HEADERS, enTrackerInTable, sheetOf, trackerRows, workbook, zhTracker } from './fixtures';
import { sampleOpportunities } from '../../samples/teamPipeline';

/** Every cell a plan writes, as "sheet!row,col". */
function writtenCells(plan: Plan): { sheet: string; row: number; col: number }[] {
  const out: { sheet: string; row: number; col: number }[] = [];
  for (const b of plan.writes) b.values.forEach((vs, i) => vs.forEach((_, j) => out.push({ sheet: b.sheet, row: b.row + i, col: b.col + j })));
  for (const f of plan.fills) for (let r = f.top; r <= f.bottom; r++) out.push({ sheet: f.sheet, row: r, col: f.col });
  return out;
}

function isFilled(wb: WorkbookSnapshot, sheet: string, row: number, col: number): boolean {
  const v = wb.sheets.find((s) => s.name === sheet)?.rows[row]?.[col];
  return v !== null && v !== undefined && v !== '';
}

describe('planSetup', () => {
  it('finds a Chinese tracker below a title row and maps every column', () => {
    const m = detectTracker(workbook(zhTracker()));
    expect(m).toMatchObject({ sheet: '销售机会跟踪', headerRow: 2, columns: { opportunity: 0, customer: 1, rep: 2, amount: 3, expectedClose: 4, stage: 5 } });
  });

  it('finds an English tracker inside an Excel table and keeps to its extent', () => {
    const m = detectTracker(workbook(enTrackerInTable(7)));
    expect(m).toMatchObject({ sheet: 'Deals', table: 'DealsTable', headerRow: 1, lastRow: 8, columns: { opportunity: 1, customer: 2, rep: 3, amount: 4 } });
  });

  it('takes the rows added to the tracker since the user confirmed the mapping in the pane', () => {
    const confirmed = detectTracker(workbook(zhTracker(5)))!;
    // The user chose another column for the rep; then five more opportunities were typed in.
    const mapping = { ...confirmed, columns: { ...confirmed.columns, rep: 2 } };
    expect(planSetup(workbook(zhTracker(10)), { mapping }).addedOpportunities).toBe(10);
    const table = detectTracker(workbook(enTrackerInTable(4)))!;
    expect(planSetup(workbook(enTrackerInTable(9)), { mapping: table }).addedOpportunities).toBe(9);
  });

  it('does not take a table\'s Total Row for an opportunity', () => {
    const deals = enTrackerInTable(6);
    const rows = [...deals.rows, [null, 'Total', null, null, 123456, null, null]];
    const withTotals = workbook({ ...deals, rows, tables: [{ ...deals.tables[0], bottom: rows.length - 1, totalsRow: true }] });
    expect(detectTracker(withTotals)?.lastRow).toBe(rows.length - 2);
    expect(planSetup(withTotals).addedOpportunities).toBe(6);
  });

  it('names the tabs in Chinese for a Chinese tracker and in English otherwise', () => {
    expect(planSetup(workbook(zhTracker())).addSheets.map((s) => s.name)).toEqual(['里程碑', '销售强度', '评分标准', '关键机会简报', '客户分级', '业务动作追踪', '客户访问日报', '团队设计', '管理控制点', '辅导']);
    expect(planSetup(workbook(enTrackerInTable())).addSheets[0].name).toBe('Milestones');
    expect(planSetup(workbook(zhTracker()), { lang: 'en' }).addSheets[0].name).toBe('Milestones');
  });

  it('writes one milestone row per opportunity, with the amount parsed to a number', () => {
    const opps = sampleOpportunities(20, 5);
    const snap = workbook({ name: '跟踪', rows: [ZH_HEADERS, ...trackerRows(opps)], tables: [] });
    const after = applyPlan(snap, planSetup(snap));
    const ms = sheetOf(after, '里程碑');
    expect(ms.rows.length).toBe(FIRST_DATA_ROW + 20);
    opps.forEach((o, i) => {
      const row = ms.rows[FIRST_DATA_ROW + i]!;
      expect(row[MS.opportunity]).toBe(o.name);
      expect(typeof row[MS.amount]).toBe('number');
    });
  });

  it('gives our tab another name when a user sheet is already called 里程碑, and never writes to it', () => {
    const user = { name: '里程碑', rows: [['我的里程碑笔记'], ['不要动']], tables: [] };
    const snap = workbook(zhTracker(), user);
    const plan = planSetup(snap);
    expect(plan.tabs.milestones).toBe('里程碑 2');
    expect(writtenCells(plan).some((c) => c.sheet === '里程碑')).toBe(false);
  });

  it('recognizes its tabs by marker on a second run even after the user renamed them', () => {
    const snap = workbook(zhTracker(6));
    const first = applyPlan(snap, planSetup(snap));
    const renamed: WorkbookSnapshot = { sheets: first.sheets.map((s) => (s.name === '里程碑' ? { ...s, name: '我们的里程碑' } : s)) };
    const second = planSetup(renamed);
    expect(second.addSheets).toEqual([]);
    expect(second.tabs.milestones).toBe('我们的里程碑');
    expect(second.writes).toEqual([]);
    expect(second.fills).toEqual([]);
  });

  it('warns, in both languages, when no opportunity list is found, and still adds the tabs', () => {
    const plan = planSetup(workbook({ name: 'Sheet1', rows: [], tables: [] }));
    expect(plan.warnings.map((w) => w.code)).toEqual(['TRACKER_NOT_FOUND']);
    expect(plan.addSheets).toHaveLength(10);
    expect(plan.lang).toBe('en');
  });

  it('keeps an unreadable amount as typed and says so', () => {
    const snap = workbook({ name: 'T', rows: [EN_HEADERS, ['Deal A', 'Acme', 'Ann', 'about a million', null, null]], tables: [] });
    const plan = planSetup(snap);
    expect(plan.warnings.map((w) => w.code)).toEqual(['TRACKER_AMOUNT']);
    expect(sheetOf(applyPlan(snap, plan), 'Milestones').rows[FIRST_DATA_ROW]![MS.amount]).toBe('about a million');
  });

  it('adds only the opportunities that appeared since, below the existing rows', () => {
    const opps = sampleOpportunities(10, 9);
    const before = workbook({ name: 'T', rows: [ZH_HEADERS, ...trackerRows(opps.slice(0, 6))], tables: [] });
    const first = applyPlan(before, planSetup(before));
    const grown = { sheets: first.sheets.map((s) => (s.name === 'T' ? { ...s, rows: [ZH_HEADERS, ...trackerRows(opps)] } : s)) };
    const plan = planSetup(grown);
    expect(plan.addedOpportunities).toBe(4);
    const ms = plan.writes.find((w) => w.sheet === '里程碑')!;
    expect(ms.row).toBe(FIRST_DATA_ROW + 6);
    expect(ms.values.map((r) => r[MS.opportunity])).toEqual(opps.slice(6).map((o) => o.name));
  });

  it('plans nothing on a second set-up with nothing new, and puts a new rep right below the coaching tab\'s reps, not below the team counts beside them', () => {
    const opps = sampleOpportunities(8, 3);
    const before = workbook({ name: 'T', rows: [ZH_HEADERS, ...trackerRows(opps)], tables: [] });
    const first = applyPlan(before, planSetup(before, { date: '2027-01-04' }));
    const again = planSetup(first, { date: '2027-01-04' });
    expect([again.writes, again.fills, again.tables, again.validations, again.numberFormats, again.colorScales ?? []].map((x) => x.length)).toEqual([0, 0, 0, 0, 0, 0]);
    const reps = new Set(opps.map((o) => o.rep)).size;
    const grown = { sheets: first.sheets.map((s) => (s.name === 'T' ? { ...s, rows: [ZH_HEADERS, ...trackerRows(opps), ['新机会', '新客户', '新人', 100, null, null]] } : s)) };
    const coaching = planSetup(grown, { date: '2027-01-04' }).writes.find((w) => w.sheet === '辅导');
    expect(coaching).toMatchObject({ row: FIRST_DATA_ROW + reps, col: 0, values: [['新人']] });
  });

  it('matches duplicate opportunities by occurrence', () => {
    const row = ['同名项目', '同一客户', '李明', 100, null, null];
    const one = workbook({ name: 'T', rows: [ZH_HEADERS, row], tables: [] });
    const first = applyPlan(one, planSetup(one));
    const two = { sheets: first.sheets.map((s) => (s.name === 'T' ? { ...s, rows: [ZH_HEADERS, row, row] } : s)) };
    expect(planSetup(two).addedOpportunities).toBe(1);
  });

  it('never writes outside its own tabs, nor onto a filled cell (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 1000 }), (a, b, seed) => {
        const opps = sampleOpportunities(a + b, seed);
        const start = workbook({ name: '销售', rows: [ZH_HEADERS, ...trackerRows(opps.slice(0, a))], tables: [] });
        const { after } = planRun(start, { date: '2027-01-01' });
        const grown = { sheets: after.sheets.map((s) => (s.name === '销售' ? { ...s, rows: [ZH_HEADERS, ...trackerRows(opps)] } : s)) };
        const plan = planSetup(grown);
        const ours = new Set([...findOurTabs(grown).values()].map((t) => t.sheet.name));
        for (const c of writtenCells(plan)) {
          expect(ours.has(c.sheet)).toBe(true);
          expect(isFilled(grown, c.sheet, c.row, c.col)).toBe(false);
        }
        expect(plan.addedOpportunities).toBe(b);
      }),
      { numRuns: 30 },
    );
  });
});
