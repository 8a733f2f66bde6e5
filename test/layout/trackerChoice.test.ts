import { MethodError } from '../../core/errors';
import { applyPlan, describeMapping, mappingFor, planSetup, readTrackerRows, trackerFieldNamed, type TrackerChoice, type WorkbookSnapshot } from '../../core/layout';
import { accountSummary, exportDeals, salesforceReportSheet } from '../support/exportWorkbooks';
import { workbook, zhTracker } from './fixtures';

function refusal(snapshot: WorkbookSnapshot, choice: TrackerChoice): MethodError {
  try {
    mappingFor(snapshot, choice);
  } catch (e) {
    if (e instanceof MethodError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const deals = exportDeals(40, 11);
const list = salesforceReportSheet(deals, 'Pipeline');
const book = workbook(accountSummary('Pipeline', deals), list, { name: 'Notes', rows: [['Owner', 'Remark'], ['Ann Lee', 'on leave in May']], tables: [] });

describe('choosing the list and its columns', () => {
  it('gives what detection gives when nothing is chosen', () => {
    expect(mappingFor(book, {})).toMatchObject({ sheet: 'Pipeline', headerRow: 0, lastRow: 40 });
    expect(mappingFor(workbook({ name: 'Empty', rows: [], tables: [] }), {})).toBeNull();
  });

  it('takes the sheet the user names, even a summary, in any case or width', () => {
    const m = mappingFor(book, { sheet: 'summary' })!;
    expect(m.sheet).toBe('Summary');
    expect(m.headers.customer).toBe('Account Name');
    expect(mappingFor(book, { sheet: 'ＰＩＰＥＬＩＮＥ' })?.sheet).toBe('Pipeline');
  });

  it('takes the column the user names for a field, and frees it from the field it had', () => {
    const m = mappingFor(book, { columns: { rep: 'Type', amount: 'Probability (%)' } })!;
    expect(m.headers).toMatchObject({ rep: 'Type', amount: 'Probability (%)' });
    expect(m.columns.rep).toBe(7);
    // Account Name as the opportunity: the customer no longer has a column.
    const swapped = mappingFor(book, { columns: { opportunity: 'account name' } })!;
    expect(swapped.headers.opportunity).toBe('Account Name');
    expect(swapped.columns.customer).toBeUndefined();
    // null: the list has no such column.
    expect(mappingFor(book, { columns: { stage: null } })!.columns.stage).toBeUndefined();
  });

  it('finds the header row that holds the headers the user named, on any sheet', () => {
    const m = mappingFor(book, { columns: { opportunity: 'Remark', rep: 'Owner' } })!;
    expect(m).toMatchObject({ sheet: 'Notes', headerRow: 0, lastRow: 1, headers: { opportunity: 'Remark', rep: 'Owner' } });
    expect(readTrackerRows(book, m).map((r) => r.opportunity)).toEqual(['on leave in May']);
  });

  it('refuses a sheet that does not exist, naming the sheets that do', () => {
    const e = refusal(book, { sheet: 'Pipline' });
    expect(e.code).toBe('TRACKER_SHEET_UNKNOWN');
    expect(e.en).toBe('there is no sheet named "Pipline"; the sheets are: "Summary", "Pipeline", "Notes"');
    expect(e.zh).toContain('没有名为“Pipline”的工作表');
  });

  it('refuses a header that is not in the list\'s header row, naming the headers that are', () => {
    const e = refusal(book, { columns: { amount: 'Revenue' } });
    expect(e.code).toBe('TRACKER_HEADER_UNKNOWN');
    expect(e.en).toContain('the header row of "Pipeline" (row 1) has no "Revenue" (for amount); its headers are: "Opportunity Owner", "Account Name", "Opportunity Name"');
    expect(refusal(workbook({ name: 'Empty', rows: [], tables: [] }), { columns: { rep: 'Owner' } }).code).toBe('TRACKER_HEADER_NOWHERE');
  });

  it('refuses our own tabs, a sheet with no header row, and a list with no name column', () => {
    const setUp = applyPlan(workbook(zhTracker(3)), planSetup(workbook(zhTracker(3))));
    expect(refusal(setUp, { sheet: '里程碑' }).code).toBe('TRACKER_SHEET_OURS');
    const e = refusal(book, { sheet: 'Notes' });
    expect(e.code).toBe('TRACKER_SHEET_NO_LIST');
    expect(e.en).toContain('its first row reads: "Owner", "Remark"');
    expect(refusal(book, { sheet: 'Pipeline', columns: { opportunity: null, customer: null } }).code).toBe('TRACKER_NEEDS_NAME');
  });

  it('knows the fields by their keys and by their Chinese names', () => {
    expect(['opportunity', 'expectedClose', 'expected-close', 'expected_close', '金额', '销售人员', 'Stage', 'owner'].map(trackerFieldNamed)).toEqual([
      'opportunity',
      'expectedClose',
      'expectedClose',
      'expectedClose',
      'amount',
      'rep',
      'stage',
      'rep',
    ]);
    expect(trackerFieldNamed('revenue')).toBeNull();
  });

  it('describes the mapping used: each field and its header, or what is lost without it', () => {
    const m = mappingFor(book, { columns: { rep: null } })!;
    const report = describeMapping(book, m);
    expect(report).toMatchObject({ sheet: 'Pipeline', rows: 40, list: { en: '"Pipeline" (headers on row 1)' } });
    expect(report.fields.map((f) => [f.field, f.header, f.column, f.cost?.en ?? null])).toEqual([
      ['opportunity', 'Opportunity Name', 'C', null],
      ['customer', 'Account Name', 'B', null],
      ['rep', null, null, 'no per-rep view'],
      ['amount', 'Amount', 'E', null],
      ['expectedClose', 'Close Date', 'G', null],
      ['stage', 'Stage', 'D', null],
    ]);
    expect(planSetup(book, { mapping: m }).warnings.map((w) => w.code)).toEqual(['TRACKER_NO_REP']);
  });
});
