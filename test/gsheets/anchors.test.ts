/**
 * Issue 15: a later funnel finds its tabs through anchors (one developer metadata, gsheets/server/anchors.ts)
 * and reads only them, through the built Code.js against the fake; the marker stays the truth.
 */
import { ZH_HEADERS } from '../scenarios/scenarios';
import { sampleOpportunities } from '../../samples/teamPipeline';
import { findOurTabs, planFunnel, type Plan } from '../../core/layout';
import { ANCHOR_KEY } from '../../gsheets/server/anchors';
import { NeedsFullRead, checkPartial, sheetCountFor, type SheetsRead } from '../../gsheets/server/reader';
import { insertTabs } from '../../gsheets/server/newTabs';
import type { Range, Spreadsheet } from '../../gsheets/server/sheetsApi';
import { loadCodeJs } from './codeJs';
import { FakeAppsScript } from './fake';
import { snapshotOf } from './sheetsHost';

type Funnel = { ok: true; value: { totals: { count: number; amount: number; forecast: number }; view: unknown; tabsAdded: string[] } } | { ok: false; en: string };

function setUp(): FakeAppsScript {
  const fake = new FakeAppsScript({ locale: 'zh_CN' });
  const rows = sampleOpportunities(30, 3).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
  fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...rows]);
  expect(loadCodeJs(fake).call<{ ok: boolean }>('pcssSetup', {}).ok).toBe(true);
  return fake;
}

function funnel(fake: FakeAppsScript, date: string): Funnel & { ok: true } {
  fake.log.reset();
  const out = loadCodeJs(fake).call<Funnel>('pcssFunnel', { date });
  if (!out.ok) throw new Error(out.en);
  return out;
}

/** A set-up again on the spreadsheet as the first funnel left it, counted: the refresh a funnel run starts with. */
function setUpAgainCost(): { getRange: number; getValues: number; getRangeList: number; reads: number } {
  const twin = setUp();
  funnel(twin, '2027-01-04');
  twin.log.reset();
  expect(loadCodeJs(twin).call<{ ok: boolean }>('pcssSetup', {}).ok).toBe(true);
  const count = (m: string) => twin.log.byMethod.get(m) ?? 0;
  return { getRange: count('Spreadsheet.getRange'), getValues: count('Range.getValues'), getRangeList: count('Sheet.getRangeList'), reads: twin.log.reads };
}

const anchored = (fake: FakeAppsScript) => JSON.parse(fake.book.developerMetadata.find((m) => m.key === ANCHOR_KEY)!.value!) as { tabs: Record<string, string> };
const tabName = (fake: FakeAppsScript, kind: 'funnel' | 'history' | 'milestones') => findOurTabs(snapshotOf(fake)).get(kind)!.sheet.name;
const sheetsRead = (fake: FakeAppsScript) => fake.log.byMethod.get('Spreadsheet.getSheets') ?? 0;

describe('anchors: a later funnel reads its own tabs, found by name', () => {
  it('the first funnel anchors every tab of ours; the next reads only the milestone, funnel, history and forecast-record tabs, and counts the same', () => {
    const fake = setUp();
    const first = funnel(fake, '2027-01-04');
    expect(anchored(fake).tabs).toMatchObject({ milestones: tabName(fake, 'milestones'), funnel: tabName(fake, 'funnel'), history: tabName(fake, 'history'), rubrics: '评分标准' });

    // The funnel starts with the refresh (a set-up again, issue 13): what that costs alone, on a twin in the same state.
    const refresh = setUpAgainCost();
    const later = funnel(fake, '2027-01-11');
    expect(sheetsRead(fake)).toBe(0);
    expect(fake.log.byMethod.get('Sheet.getName')).toBeUndefined();
    // Beyond the refresh, one range of each of the four tabs (milestones, funnel, history, the
    // forecast record), by name (Spreadsheet.getRange), and nothing else read but the time zone and the chart.
    expect(fake.log.byMethod.get('Spreadsheet.getRange')).toBe(refresh.getRange + 4);
    expect(fake.log.byMethod.get('Range.getValues')).toBe(refresh.getValues + 4);
    expect(fake.log.reads).toBeLessThanOrEqual(refresh.reads + 8);
    // The funnel tab's number formats were applied by the first funnel and have not changed; the
    // forecast record's new rows get theirs (dates, amounts).
    expect(fake.log.byMethod.get('Sheet.getRangeList') ?? 0).toBeLessThanOrEqual(refresh.getRangeList + 3);
    expect(later.value.totals).toEqual(first.value.totals);
    expect(later.value.view).toEqual(first.value.view);
    expect(later.value.tabsAdded).toEqual([]);

    // The full read (anchors gone) gives the very same funnel, and writes the anchors again.
    fake.book.developerMetadata.length = 0;
    const full = funnel(fake, '2027-01-11');
    expect(sheetsRead(fake)).toBe(1);
    expect(full.value.view).toEqual(later.value.view);
    expect(anchored(fake).tabs.funnel).toBe(tabName(fake, 'funnel'));
  });

  it('a renamed funnel tab is found again by its marker, with no second funnel tab, and its anchor follows the new name', () => {
    const fake = setUp();
    funnel(fake, '2027-01-04');
    fake.book.sheet(tabName(fake, 'funnel'))!.name = '本周漏斗';
    const out = funnel(fake, '2027-01-11');
    expect(sheetsRead(fake)).toBe(1);
    expect(out.value.tabsAdded).toEqual([]);
    expect(fake.book.sheets.filter((s) => s.name.startsWith('漏斗') && !s.name.startsWith('漏斗历史'))).toEqual([]);
    expect(anchored(fake).tabs.funnel).toBe('本周漏斗');
    funnel(fake, '2027-01-18');
    expect(sheetsRead(fake)).toBe(0);
  });

  it('an anchor naming a sheet without that tab’s marker is not believed: the user’s sheet of that name is left as it was', () => {
    const fake = setUp();
    funnel(fake, '2027-01-04');
    const ours = tabName(fake, 'funnel');
    fake.book.sheet(ours)!.name = '旧漏斗';
    const theirs = fake.addSheet(ours, [['我的笔记'], ['不要改动']]);
    const out = funnel(fake, '2027-01-11');
    expect(sheetsRead(fake)).toBe(1);
    expect(out.value.tabsAdded).toEqual([]);
    expect([theirs.values.get(0, 0), theirs.values.get(1, 0), theirs.extent()]).toEqual(['我的笔记', '不要改动', { lastRow: 1, lastCol: 0 }]);
    expect(anchored(fake).tabs.funnel).toBe('旧漏斗');
  });

  it('an anchor value that cannot be read counts as none and is written again', () => {
    const fake = setUp();
    funnel(fake, '2027-01-04');
    fake.book.developerMetadata[0].value = '{not json';
    funnel(fake, '2027-01-11');
    expect(sheetsRead(fake)).toBe(1);
    expect(anchored(fake).tabs.milestones).toBe(tabName(fake, 'milestones'));
    expect(fake.book.developerMetadata.filter((m) => m.key === ANCHOR_KEY)).toHaveLength(1);
  });

  it('a plan made from the anchored tabs that would write a tab not read or go past the columns read is refused before anything is written, as is a new tab whose name a sheet has in any case', () => {
    const fake = setUp();
    funnel(fake, '2027-01-04');
    const snapshot = snapshotOf(fake);
    const read = (names: string[], cols = 60): SheetsRead => ({ snapshot, sheets: new Map(), ranges: new Map(names.map((n) => [n, {} as Range])), partial: true, grids: new Map(names.map((n) => [n, { rows: 1000, cols }])) });
    const plan: Plan = planFunnel(snapshot, { date: '2027-01-11' });
    const written = [...new Set(plan.writes.map((w) => w.sheet))];
    expect(() => checkPartial(read(written), plan)).not.toThrow();
    expect(() => checkPartial(read(written.slice(1)), plan)).toThrow(NeedsFullRead);
    // A tab it adds is not read; its name is checked as it is inserted (newTabs.ts), where the user may have a sheet so named.
    expect(() => checkPartial(read(written), { ...plan, addSheets: [{ name: '新', kind: 'funnel' }] })).not.toThrow();
    const ss = (fake.globalsFor() as { SpreadsheetApp: { getActiveSpreadsheet(): Spreadsheet } }).SpreadsheetApp.getActiveSpreadsheet();
    expect(sheetCountFor(ss, read(written), { ...plan, addSheets: [{ name: '新', kind: 'funnel' }] })).toBe(fake.book.sheets.length);
    expect(sheetCountFor(ss, { ...read(written), partial: false }, { ...plan, addSheets: [{ name: '新', kind: 'funnel' }] })).toBeUndefined();
    fake.addSheet('Notes', [['mine']]);
    const names = fake.book.sheets.map((x) => x.name);
    const active = fake.book.active;
    // A plan that shows no tab of its own when done (a set-up's).
    const taken = { ...plan, activate: undefined, addSheets: [{ name: '新', kind: 'funnel' as const }, { name: 'NOTES', kind: 'history' as const }] };
    expect(() => insertTabs(ss, taken, names.length, true, () => undefined)).toThrow(NeedsFullRead);
    // The sheet it had inserted is gone again and the user is where they were.
    expect([fake.book.sheets.map((x) => x.name), fake.book.active]).toEqual([names, active]);
    // A funnel's plan shows its tab when done: the sheet the user was on is neither asked for nor shown again.
    fake.log.reset();
    expect(() => insertTabs(ss, { ...taken, activate: plan.activate }, names.length, true, () => undefined)).toThrow(NeedsFullRead);
    expect(fake.book.sheets.map((x) => x.name)).toEqual(names);
    expect([fake.log.byMethod.get('Spreadsheet.getActiveSheet'), fake.log.byMethod.get('Spreadsheet.setActiveSheet')]).toEqual([undefined, undefined]);
    // On the full read a refusal is a failure like any other.
    expect(() => insertTabs(ss, { ...plan, addSheets: [{ name: fake.book.sheets[0].name, kind: 'funnel' }] }, names.length, false, () => undefined)).toThrow(/already exists/);
    // Columns past those read: their cells were not seen.
    expect(() => checkPartial(read(written, 10), plan)).toThrow(NeedsFullRead);
    expect(() => checkPartial({ ...read([]), partial: false }, plan)).not.toThrow();
  });
});

describe('the fake’s Spreadsheet.getRange, as Sheets takes A1 notation with a sheet', () => {
  it('reads a quoted sheet name to the grid’s last row, and refuses an unknown sheet or a range past the grid', () => {
    const fake = new FakeAppsScript();
    fake.addSheet("Bob's list", [['a', 'b'], ['c', 'd']]);
    const ss = (fake.globalsFor() as { SpreadsheetApp: { getActiveSpreadsheet(): { getRange(a1: string): { getValues(): unknown[][] } } } }).SpreadsheetApp.getActiveSpreadsheet();
    const values = ss.getRange("'Bob''s list'!A1:B").getValues();
    expect([values.length, values[0], values[1]]).toEqual([1000, ['a', 'b'], ['c', 'd']]);
    expect(ss.getRange("'Bob''s list'!B2:B2").getValues()).toEqual([['d']]);
    expect(() => ss.getRange("'Nobody'!A1:B")).toThrow('Range not found');
    expect(() => ss.getRange("'Bob''s list'!A1:AA")).toThrow(/outside the dimensions/);
  });

  it('offsets a range on its sheet, to the size asked for, and refuses one past the grid', () => {
    const fake = new FakeAppsScript();
    fake.addSheet('list', [['a', 'b'], ['c', 'd']]);
    const ss = (fake.globalsFor() as { SpreadsheetApp: { getActiveSpreadsheet(): Spreadsheet } }).SpreadsheetApp.getActiveSpreadsheet();
    const whole = ss.getRange("'list'!A1:Z");
    expect(whole.offset(1, 1, 1, 1).getValues()).toEqual([['d']]);
    whole.offset(2, 0, 1, 2).setValues([['e', 'f']]);
    expect(fake.book.sheet('list')!.values.get(2, 1)).toBe('f');
    expect(whole.offset(1, 0, 1, 1).getSheet().getName()).toBe('list');
    expect(() => whole.offset(1000, 0, 1, 1)).toThrow(/outside the dimensions/);
    expect(() => whole.offset(0, 25, 1, 2)).toThrow(/outside the dimensions/);
  });
});

describe('the fake’s developer metadata, as Google documents it', () => {
  it('requires a key, keeps several items of one key, finds them by key and has a null value when none was given', () => {
    const fake = new FakeAppsScript();
    const { SpreadsheetApp } = fake.globalsFor() as { SpreadsheetApp: { getActiveSpreadsheet(): { addDeveloperMetadata(k: string, v?: string): unknown; createDeveloperMetadataFinder(): { withKey(k: string): { find(): { getValue(): string | null; setValue(v: string): unknown }[] } } } } };
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    expect(() => ss.addDeveloperMetadata('')).toThrow(/key/);
    ss.addDeveloperMetadata('a', '1');
    ss.addDeveloperMetadata('a', '2');
    ss.addDeveloperMetadata('b');
    expect(ss.createDeveloperMetadataFinder().withKey('a').find().map((m) => m.getValue())).toEqual(['1', '2']);
    expect(ss.createDeveloperMetadataFinder().withKey('b').find().map((m) => m.getValue())).toEqual([null]);
    ss.createDeveloperMetadataFinder().withKey('b').find()[0].setValue('x');
    expect(fake.book.developerMetadata.map((m) => m.value)).toEqual(['1', '2', 'x']);
    expect(fake.log.byMethod.get('DeveloperMetadataFinder.find')).toBe(3);
  });

  it('lists the spreadsheet’s own items in the order added, each with its key, in one call', () => {
    const fake = new FakeAppsScript();
    const ss = (fake.globalsFor() as { SpreadsheetApp: { getActiveSpreadsheet(): Spreadsheet } }).SpreadsheetApp.getActiveSpreadsheet();
    ss.addDeveloperMetadata('a', '1');
    ss.addDeveloperMetadata('b', '2');
    fake.log.reset();
    expect(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(fake.log.byMethod.get('Spreadsheet.getDeveloperMetadata')).toBe(1);
  });
});
