/**
 * The set-up scenarios of issue 4, written once for every host: an initial workbook as plain
 * data, steps, and checks on the workbook read back as plain data.
 */
import { FIRST_DATA_ROW, findOurTabs, MS, TAB_KINDS, inputColumn, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import type { Lang } from '../../core/methodology/bilingual';
import { accountSummary, exportDeals, salesforceReportSheet } from '../support/exportWorkbooks';
import type { CellEdit } from './host';
import { TEAM_SCENARIO } from './teamScenario';
import { ACCOUNT_SCENARIOS } from './accountScenario';
import { STATUS_WORDS_SCENARIO } from './statusWordsScenario';
import { BRIEF_SCENARIO } from './briefScenario';
import { EN_HEADERS, ZH_HEADERS } from '../layout/fixtures';
import { tabOf, trackerRows, trackerSheet } from './trackerSheet';

export { ZH_HEADERS, EN_HEADERS };

export type Step =
  /** `refused`: the run must fail with a message holding both texts, and write nothing. */
  | { kind: 'run'; lang?: Lang; rep?: string; date: string; refused?: { zh: string; en: string } }
  /** "Generate funnel" alone (ScenarioHost.funnel). */
  | { kind: 'funnel'; date: string }
  /** Edits computed from the workbook as read back (our tab names are the host's to choose). */
  | { kind: 'edit'; cells: (wb: WorkbookSnapshot) => CellEdit[] };

export interface Scenario {
  name: string;
  initial: WorkbookSnapshot;
  steps: Step[];
  /** Checks on the final read-back; `edits` are all the cells users typed. */
  check: (after: WorkbookSnapshot, expect: Expectations) => void;
  /** Large scenarios: hosts may skip the slowest checks. */
  large?: boolean;
}

/** The few assertions scenarios need, so the file does not depend on jest's globals. */
export interface Expectations {
  equal(actual: unknown, expected: unknown, what: string): void;
  truthy(value: unknown, what: string): void;
}

function dataRows(wb: WorkbookSnapshot, kind: (typeof TAB_KINDS)[number]): (readonly SnapshotCell[])[] {
  const rows = tabOf(wb, kind).rows.slice(FIRST_DATA_ROW);
  return rows.filter((r): r is readonly SnapshotCell[] => !!r && r.some((c) => c !== null && c !== undefined && c !== ''));
}

/** The tracker of the pipeline-over-time scenarios: ten opportunities at stage 方案, under a title and a blank row. */
const stagedTracker = (seed: number) => trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(10, seed).map((r) => [...r.slice(0, 5), '方案']));
/** A user's edit of the tracker's i-th opportunity (on row 3 + i, below the title, the blank row and the headers). */
const onTracker = (i: number, col: number, value: SnapshotCell): CellEdit => ({ sheet: '销售机会跟踪', row: 3 + i, col, value });

export const SCENARIOS: Scenario[] = [
  {
    // Issue 12: never "done" without a tracker. Every host refuses in both languages, naming the sheets, and writes nothing.
    name: 'a workbook with no opportunity list is refused in both languages and nothing is written',
    initial: { sheets: [{ name: 'Notes', rows: [['Meeting notes'], ['Call the customer on Monday']], tables: [] }] },
    steps: [{ kind: 'run', date: '2027-01-04', refused: { zh: '未找到机会列表,未写入任何内容', en: 'no opportunity list found, so nothing was written' } }],
    check: (wb, e) => {
      e.equal(wb.sheets.map((s) => s.name), ['Notes'], 'the sheets after the refused run');
      e.equal(findOurTabs(wb).size, 0, 'tabs of ours');
    },
  },
  {
    name: 'a tracker with Chinese headers gets Chinese tabs and a row per opportunity',
    initial: { sheets: [trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(25, 11))] },
    steps: [{ kind: 'run', date: '2027-01-04' }],
    check: (wb, e) => {
      e.equal(tabOf(wb, 'milestones').name, '里程碑', 'milestones tab name');
      e.equal(tabOf(wb, 'intensity').name, '销售强度', 'intensity tab name');
      const rows = dataRows(wb, 'milestones');
      e.equal(rows.length, 25, 'milestone rows');
      e.equal(rows.map((r) => r[MS.opportunity]), trackerRows(25, 11).map((r) => r[0]), 'opportunities in tracker order');
      e.equal(dataRows(wb, 'history').length, 1, 'history rows');
    },
  },
  {
    // Issue 13: a second run on the same date with no change adds nothing; a change that day is its own row.
    name: 'a second run on the same day with nothing changed adds no history row, and a tick that day adds one',
    initial: { sheets: [trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(6, 11))] },
    steps: [
      { kind: 'run', date: '2027-01-04' },
      { kind: 'run', date: '2027-01-04' },
      { kind: 'edit', cells: (wb) => Array.from({ length: 8 }, (_, k) => ({ sheet: tabOf(wb, 'milestones').name, row: FIRST_DATA_ROW, col: MS.checklist + k, value: true })) },
      { kind: 'run', date: '2027-01-04' },
    ],
    check: (wb, e) => {
      const history = dataRows(wb, 'history');
      e.equal(history.length, 2, 'history rows: the first run, then the run after the ticks');
      e.equal(history.map((h) => h[1]), [6, 6], 'opportunities counted on each row');
      e.truthy(history[1][3] !== history[0][3], 'the forecast moved with the ticks');
    },
  },
  {
    name: 'a tracker with English headers inside an Excel table',
    initial: {
      sheets: [
        {
          name: 'Deals',
          rows: [['Q1 pipeline'], [null, ...EN_HEADERS], ...trackerRows(15, 12).map((r) => [null, ...r]), [], ['Notes below the table', 'not an opportunity']],
          tables: [{ name: 'DealsTable', top: 1, left: 1, bottom: 16, right: 6 }],
        },
      ],
    },
    steps: [{ kind: 'run', date: '2027-01-04' }],
    check: (wb, e) => {
      e.equal(tabOf(wb, 'milestones').name, 'Milestones', 'milestones tab name');
      e.equal(dataRows(wb, 'milestones').length, 15, 'only the table rows');
      const deals = wb.sheets.find((s) => s.name === 'Deals')!;
      e.equal(deals.tables.map((t) => ({ ...t })), [{ name: 'DealsTable', top: 1, left: 1, bottom: 16, right: 6 }], 'the user table as it was');
    },
  },
  {
    name: 'a user sheet already named 里程碑 is left alone and ours gets another name',
    initial: { sheets: [trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(8, 13)), { name: '里程碑', rows: [['我们自己的里程碑'], ['Q1', '完成'], ['Q2', '进行中']], tables: [] }] },
    steps: [{ kind: 'run', date: '2027-01-04' }, { kind: 'run', date: '2027-01-11' }],
    check: (wb, e) => {
      e.equal(tabOf(wb, 'milestones').name, '里程碑 2', 'our milestones tab');
      e.equal(dataRows(wb, 'milestones').length, 8, 'no duplicates after the second run');
      e.equal(wb.sheets.filter((s) => s.name.startsWith('里程碑')).length, 2, 'one tab of ours, one of theirs');
    },
  },
  {
    name: 'a second run keeps the ticks and levels users entered and adds the new opportunities',
    initial: { sheets: [trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(10, 14))] },
    steps: [
      { kind: 'run', date: '2027-01-04' },
      {
        kind: 'edit',
        cells: (wb) => {
          const ms = tabOf(wb, 'milestones').name;
          const it = tabOf(wb, 'intensity').name;
          const tr = '销售机会跟踪';
          const ticks: CellEdit[] = [];
          for (let k = 0; k < 8; k++) ticks.push({ sheet: ms, row: FIRST_DATA_ROW, col: MS.checklist + k, value: true });
          ticks.push({ sheet: ms, row: FIRST_DATA_ROW + 3, col: MS.checklist, value: true });
          ticks.push({ sheet: it, row: FIRST_DATA_ROW, col: inputColumn('problem', 'level'), value: 'P5 客户承认痛苦' });
          ticks.push({ sheet: it, row: FIRST_DATA_ROW, col: inputColumn('problem', 'role'), value: '决策者' });
          // Three opportunities appear in the tracker.
          trackerRows(3, 14, 10).forEach((values, i) => values.forEach((value, col) => ticks.push({ sheet: tr, row: 3 + 10 + i, col, value })));
          return ticks;
        },
      },
      { kind: 'run', date: '2027-01-11' },
    ],
    check: (wb, e) => {
      const rows = dataRows(wb, 'milestones');
      e.equal(rows.length, 13, 'ten kept, three added');
      e.equal(rows.slice(10).map((r) => r[MS.opportunity]), trackerRows(3, 14, 10).map((r) => r[0]), 'new ones at the end');
      e.equal(rows[0].slice(MS.checklist, MS.checklist + 8), new Array(8).fill(true), 'ticks kept');
      e.equal(rows[3][MS.checklist], true, 'a lone tick kept');
      e.equal(dataRows(wb, 'intensity')[0][inputColumn('problem', 'level')], 'P5 客户承认痛苦', 'level kept');
      e.equal(dataRows(wb, 'history').length, 2, 'one history row per run');
    },
  },
  {
    name: 'an English CRM export (a Salesforce report) gets English tabs and a row per deal, each field from its own column',
    initial: { sheets: [salesforceReportSheet(exportDeals(60, 41), 'Opportunities')] },
    steps: [{ kind: 'run', date: '2027-01-04' }],
    check: (wb, e) => {
      const deals = exportDeals(60, 41);
      e.equal(tabOf(wb, 'milestones').name, 'Milestones', 'milestones tab name');
      const rows = dataRows(wb, 'milestones');
      e.equal(rows.length, 60, 'one row per deal');
      // The owner is the rep, not the opportunity; the account is the customer; the amount is copied as a number.
      e.equal(
        rows.map((r) => [r[MS.opportunity], r[MS.customer], r[MS.rep], r[MS.amount]]),
        deals.map((d) => [d.name, d.account, d.owner, d.amount]),
        'opportunity, customer, rep and amount of each deal',
      );
    },
  },
  {
    name: 'a workbook whose first plausible sheet is a summary (COUNTIF, SUMIF, a Total row) takes the list beside it',
    initial: { sheets: [accountSummary('Pipeline', exportDeals(45, 42)), salesforceReportSheet(exportDeals(45, 42), 'Pipeline')] },
    steps: [{ kind: 'run', date: '2027-01-04' }],
    check: (wb, e) => {
      const rows = dataRows(wb, 'milestones');
      e.equal(rows.length, 45, 'the 45 deals, not the summary\'s five accounts and its Total');
      e.equal(rows.map((r) => r[MS.opportunity]), exportDeals(45, 42).map((d) => d.name), 'opportunities from the list, in its order');
      e.equal(rows.filter((r) => r[MS.customer] === 'Total' || r[MS.opportunity] === 'Total').length, 0, 'no Total row taken for an opportunity');
    },
  },
  {
    // Issue 13: the tracker is the truth for what it holds, run after run.
    name: 'week after week the tracker\'s amounts, reps and stages reach our tabs, a removed row is kept and marked, and lost deals leave the forecast',
    initial: { sheets: [stagedTracker(16)] },
    steps: [
      { kind: 'run', date: '2027-01-04' },
      {
        kind: 'edit',
        cells: () => [
          onTracker(0, 3, 999_000),
          onTracker(1, 2, '新销售'),
          onTracker(2, 5, '丢单'),
          onTracker(4, 5, '已签约'),
          // The last opportunity leaves the list (its row emptied).
          ...[0, 1, 2, 3, 4, 5].map((col) => onTracker(9, col, null)),
        ],
      },
      { kind: 'run', date: '2027-01-11' },
      // A week with no change.
      { kind: 'run', date: '2027-01-18' },
    ],
    check: (wb, e) => {
      const rows = dataRows(wb, 'milestones');
      e.equal(rows.length, 10, 'every row kept, none added');
      e.equal(rows[0][MS.amount], 999_000, 'the raised amount');
      e.equal(rows[1][MS.rep], '新销售', 'the new rep');
      e.equal(dataRows(wb, 'intensity')[1][2], '新销售', 'the new rep on the intensity tab too');
      // Blank is open; a closed deal shows its label.
      e.equal(rows.map((r) => r[MS.status] ?? null), [null, null, '输单', null, '赢单', null, null, null, null, '已从跟踪表移除'], 'statuses');
      e.equal(rows[9][MS.opportunity], trackerRows(10, 16)[9][0], 'the removed opportunity still named');
      const history = dataRows(wb, 'history');
      e.equal(history.map((h) => h[1]), [10, 7, 7], 'opportunities in the forecast, run by run');
    },
  },
  {
    // Issue 13: every run refreshes, the funnel button too, not only a set-up.
    name: 'Generate funnel alone brings the tracker in first: a raised amount, a lost deal and a new opportunity reach the tabs and the forecast',
    initial: { sheets: [stagedTracker(17)] },
    steps: [
      { kind: 'run', date: '2027-01-04' },
      {
        kind: 'edit',
        cells: () => [
          onTracker(0, 3, 777_000),
          onTracker(2, 5, '丢单'),
          // An eleventh opportunity typed below the list.
          ...[...trackerRows(1, 17, 10)[0].slice(0, 5), '方案'].map((value, col) => onTracker(10, col, value)),
        ],
      },
      { kind: 'funnel', date: '2027-01-11' },
    ],
    check: (wb, e) => {
      const rows = dataRows(wb, 'milestones');
      e.equal(rows.length, 11, 'the new opportunity added by the funnel run');
      e.equal(rows[10][MS.opportunity], trackerRows(1, 17, 10)[0][0], 'the new opportunity, named');
      e.equal(rows[0][MS.amount], 777_000, 'the raised amount');
      e.equal(rows[2][MS.status], '输单', 'the lost deal');
      const history = dataRows(wb, 'history');
      // 11 opportunities, the lost one out of the forecast: the funnel counted the refreshed tabs.
      e.equal(history.map((h) => h[1]), [10, 10], 'opportunities in the forecast, run by run');
    },
  },
  {
    name: '10 000 opportunities',
    large: true,
    initial: { sheets: [trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(10000, 15))] },
    steps: [{ kind: 'run', date: '2027-01-04' }],
    check: (wb, e) => {
      e.equal(dataRows(wb, 'milestones').length, 10000, 'milestone rows');
      e.equal(dataRows(wb, 'intensity').length, 10000, 'intensity rows');
    },
  },
  TEAM_SCENARIO,
  ...ACCOUNT_SCENARIOS,
  STATUS_WORDS_SCENARIO,
  BRIEF_SCENARIO,
];
