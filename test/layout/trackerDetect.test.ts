import fc from 'fast-check';
import {
  detectTracker,
  detectTrackerReport,
  isAggregateFormula,
  planSetup,
  readTrackerRows,
  refreshMapping,
  type SheetSnapshot,
  type SnapshotCell,
  type WorkbookSnapshot,
} from '../../core/layout';
import { accountSummary, asValues, belowTitleAndNotes, exportDeals, mavenPipelineSheet, salesforceReportSheet, summarySheet } from '../support/exportWorkbooks';
import { ZH_HEADERS, trackerRows, workbook, zhTracker } from './fixtures';
import { sampleOpportunities } from '../../samples/teamPipeline';

const codes = (snapshot: WorkbookSnapshot) => planSetup(snapshot).warnings.map((w) => w.code);

describe('finding the list by its data as well as its headers', () => {
  const deals = exportDeals(8800, 3);
  const list = salesforceReportSheet(deals, 'Pipeline');

  it('takes the 8 800-row list over the five-row summary beside it', () => {
    const summary = accountSummary('Pipeline', deals);
    for (const sheets of [[summary, list], [list, summary], [asValues(summary), list]]) {
      const m = detectTracker(workbook(...sheets))!;
      expect(m.sheet).toBe('Pipeline');
      expect(readTrackerRows(workbook(...sheets), m)).toHaveLength(8800);
    }
  });

  it('takes the issue\'s Stage / Deals / Value summary for no list at all', () => {
    const summary = summarySheet({ list: { sheet: 'Pipeline', keyCol: 3, amountCol: 4 }, headers: ['Stage', 'Deals', 'Value'], keys: ['Prospecting', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost'] });
    expect(detectTracker(workbook(summary))).toBeNull();
    expect(detectTracker(workbook(summary, list))?.sheet).toBe('Pipeline');
  });

  it('knows a block of COUNTIF/SUMIF for a summary, and a SUM across one row for a list\'s own arithmetic', () => {
    expect(isAggregateFormula("COUNTIF('Pipeline'!$B:$B,A2)")).toBe(true);
    expect(isAggregateFormula('SUMIFS(D:D,B:B,A2,C:C,">0")')).toBe(true);
    expect(isAggregateFormula('SUM(B2:B6)')).toBe(true);
    expect(isAggregateFormula('SUM(Orders!C2)')).toBe(true);
    expect(isAggregateFormula('SUM(D5:F5)')).toBe(false);
    expect(isAggregateFormula('D5*E5')).toBe(false);
  });

  it('finds a list below a title and notes, and keeps its total row out', () => {
    const rows = trackerRows(sampleOpportunities(30, 4));
    const sheet = belowTitleAndNotes({ name: '2027 商机', rows: [ZH_HEADERS, ...rows, ['合计', null, null, { formula: 'SUM(D6:D35)', result: 1 }, null, null]], tables: [] }, [
      ['华东区 2027 年销售机会跟踪'],
      ['更新日期:', '2027-01-04'],
      ['说明:金额为含税金额,单位元;负责人为主责销售'],
      ['请勿修改表头'],
    ]);
    const m = detectTracker(workbook(sheet))!;
    expect(m).toMatchObject({ sheet: '2027 商机', headerRow: 5, lastRow: 5 + 30 });
    expect(readTrackerRows(workbook(sheet), m).map((r) => r.opportunity)).not.toContain('合计');
    // Rows typed in later are found again, the total row still left out.
    const grown = { ...sheet, rows: [...sheet.rows.slice(0, -1), ['新机会', '新客户', '李明', 10000, null, null], sheet.rows[sheet.rows.length - 1]] };
    expect(refreshMapping(workbook(grown), m).lastRow).toBe(5 + 31);
  });

  it('takes a list with only ids: the opportunity id names the opportunity', () => {
    const snapshot = workbook(
      { name: 'accounts', rows: [['account', 'sector', 'revenue', 'employees'], ['Acme Corp', 'retail', 1200.5, 300]], tables: [] },
      mavenPipelineSheet(exportDeals(500, 5)),
      { name: 'sales_teams', rows: [['sales_agent', 'manager', 'regional_office'], ['Ann Lee', 'Dustin Brinkmann', 'Central']], tables: [] },
    );
    const m = detectTracker(snapshot)!;
    expect(m.sheet).toBe('sales_pipeline');
    expect(m.headers).toEqual({ opportunity: 'opportunity_id', customer: 'account', rep: 'sales_agent', amount: 'close_value', expectedClose: 'close_date', stage: 'deal_stage' });
    expect(readTrackerRows(snapshot, m)).toHaveLength(500);
    expect(codes(snapshot)).toEqual([]);
  });

  it('finds the list in an Excel table among other tables on the same sheet', () => {
    const deals20 = exportDeals(20, 6);
    const rows: SnapshotCell[][] = [
      ['Sales Rep', 'Target amount', null, 'Stage', 'Probability'],
      ['Ann Lee', 50000, null, 'Prospecting', 0.1],
      ['Bob Smith', 40000, null, 'Proposal', 0.5],
      [],
      ['Customer', 'Opportunities', 'Amount'],
      ['Acme Corp', { formula: 'COUNTIF(B9:B28,A6)', result: 3 }, { formula: 'SUMIF(B9:B28,A6,E9:E28)', result: 9000 }],
      [],
      ['Opportunity Name', 'Account Name', 'Opportunity Owner', 'Stage', 'Amount', 'Close Date'],
      ...deals20.map((d) => [d.name, d.account, d.owner, d.stage, d.amount, d.closeDate]),
    ];
    const tables = [
      { name: 'Targets', top: 0, left: 0, bottom: 2, right: 1 },
      { name: 'StageProbability', top: 0, left: 3, bottom: 2, right: 4 },
      { name: 'ByCustomer', top: 4, left: 0, bottom: 5, right: 2 },
      { name: 'Deals', top: 7, left: 0, bottom: 27, right: 5 },
    ];
    const snapshot = workbook({ name: 'Board', rows, tables });
    expect(detectTracker(snapshot)).toMatchObject({ sheet: 'Board', table: 'Deals', headerRow: 7, lastRow: 27 });
    expect(readTrackerRows(snapshot, detectTracker(snapshot)!)).toHaveLength(20);
  });

  it('names both lists when two are close, and takes the longer', () => {
    const q1 = { ...zhTracker(40, 7), name: 'Q1' };
    const q2 = { ...zhTracker(30, 8), name: 'Q2' };
    const report = detectTrackerReport(workbook(q2, q1));
    expect(report.mapping?.sheet).toBe('Q1');
    expect(report.rival?.mapping.sheet).toBe('Q2');
    const plan = planSetup(workbook(q2, q1));
    const w = plan.warnings.find((x) => x.code === 'TRACKER_AMBIGUOUS')!;
    expect(w.zh).toContain('“Q1”');
    expect(w.zh).toContain('“Q2”');
    expect(w.en).toMatch(/took "Q1" .*\(40 rows\).*"Q2" .*\(30 rows\)/);
  });

  it('says nothing of a summary or a far shorter list beside the list', () => {
    expect(detectTrackerReport(workbook(accountSummary('Pipeline', deals), list)).rival).toBeNull();
    expect(detectTrackerReport(workbook({ ...zhTracker(3, 9), name: '样例' }, { ...zhTracker(400, 9), name: '跟踪' })).rival).toBeNull();
  });

  it('warns when the list has no amount or no rep, and what that costs', () => {
    const noAmount = workbook({ name: 'T', rows: [['Opportunity Name', 'Account Name', 'Owner'], ['A', 'B', 'C']], tables: [] });
    expect(codes(noAmount)).toEqual(['TRACKER_NO_AMOUNT']);
    expect(planSetup(noAmount).warnings[0].en).toContain('the forecast is 0');
    const noRep = workbook({ name: 'T', rows: [['机会名称', '客户名称', '销售团队', '金额'], ['A', 'B', '华东', 100]], tables: [] });
    expect(codes(noRep)).toEqual(['TRACKER_NO_REP']);
    expect(planSetup(noRep).warnings[0].zh).toContain('没有按销售人员的视图');
  });
});

/** A list sheet with a random set of recognised headers, and a summary of it by customer. */
const listArb = fc
  .record({
    rows: fc.integer({ min: 12, max: 300 }),
    seed: fc.integer({ min: 1, max: 1000 }),
    optional: fc.subarray(['rep', 'close', 'stage'] as const),
    en: fc.boolean(),
    title: fc.boolean(),
  })
  .map(({ rows, seed, optional, en, title }) => {
    const deals = exportDeals(rows, seed);
    const cols: { header: [string, string]; value: (d: (typeof deals)[number]) => SnapshotCell }[] = [
      { header: ['机会名称', 'Opportunity Name'], value: (d) => d.name },
      { header: ['客户名称', 'Account Name'], value: (d) => d.account },
      { header: ['合同金额', 'Amount'], value: (d) => d.amount },
    ];
    if (optional.includes('rep')) cols.push({ header: ['负责人', 'Opportunity Owner'], value: (d) => d.owner });
    if (optional.includes('close')) cols.push({ header: ['预计成交日期', 'Close Date'], value: (d) => d.closeDate });
    if (optional.includes('stage')) cols.push({ header: ['销售阶段', 'Stage'], value: (d) => d.stage });
    const body = [cols.map((c) => c.header[en ? 1 : 0]), ...deals.map((d) => cols.map((c) => c.value(d)))];
    const list: SheetSnapshot = { name: 'List', rows: title ? [['Pipeline'], [], ...body] : body, tables: [] };
    return { list, deals };
  });

describe('a summary sheet beside the list (property)', () => {
  it('never changes the chosen list, with its formulas or as values', () => {
    fc.assert(
      fc.property(listArb, fc.integer({ min: 1, max: 8 }), fc.nat(), fc.boolean(), fc.constantFrom('合计', '总计', 'Total', 'Grand Total'), ({ list, deals }, keys, at, values, totalLabel) => {
        const alone = detectTracker(workbook(list));
        const keyList = [...new Set(deals.map((d) => d.account))].slice(0, Math.min(keys, Math.floor(deals.length / 2)));
        // The summary has every header of the list: by headers alone it is as good a list.
        const headers = list.rows.find((r) => (r?.length ?? 0) > 1)! as string[];
        const first = (k: string) => deals.find((d) => d.account === k)!;
        const extra = (k: string) => headers.slice(3).map((h) => (['负责人', 'Opportunity Owner'].includes(h) ? first(k).owner : ['销售阶段', 'Stage'].includes(h) ? first(k).stage : first(k).closeDate));
        let summary = summarySheet({
          list: { sheet: 'List', keyCol: 1, amountCol: 2 },
          headers: [headers[1], headers[0], headers[2], ...headers.slice(3)],
          extra,
          keys: keyList,
          totalLabel,
          results: { count: (k) => deals.filter((d) => d.account === k).length, amount: (k) => deals.filter((d) => d.account === k).reduce((s, d) => s + d.amount, 0) },
        });
        if (values) summary = asValues(summary);
        const sheets = [list];
        sheets.splice(at % 2, 0, summary);
        expect(detectTracker(workbook(...sheets))).toEqual(alone);
      }),
      { numRuns: 150 },
    );
  });
});
