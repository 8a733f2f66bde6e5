/**
 * The Sheets applier, through the built Code.js against the fake: every part of the plan lands
 * in Sheets' terms, user text stays text, calls do not grow with rows, a second run writes nothing.
 */
import { ACCURACY_TABLE, HEADER_ROW, applyPlan, planFunnel, planSetup, shiftRows, type CellRange, type Plan, type ValidationRule, type WorkbookSnapshot } from '../../core/layout';
import { plain } from '../scenarios/runScenario';
import { ZH_HEADERS } from '../scenarios/scenarios';
import { sampleOpportunities } from '../../samples/teamPipeline';
import { loadCodeJs } from './codeJs';
import { FakeAppsScript, type SheetModel, type ValidationSpec } from './fake';
import { midnightIn } from './fake/typed';
import { snapshotOf } from './sheetsHost';
import { ACCURACY_CHART } from '../../core/layout/accuracyChart';

type Ok<T = Record<string, unknown>> = { ok: true; value: T };

function trackerRows(n: number): (string | number)[][] {
  return sampleOpportunities(n, 7).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
}

/** `evaluate: false` for call counts over thousands of rows: HyperFormula would take minutes there. */
function setUp(rows: (string | number)[][], evaluate = true) {
  const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate });
  fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...rows]);
  const initial = snapshotOf(fake);
  const code = loadCodeJs(fake);
  return { fake, code, initial };
}

function cells(r: CellRange): [number, number][] {
  const out: [number, number][] = [];
  for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) out.push([i, j]);
  return out;
}

function expectedSpec(rule: ValidationRule): ValidationSpec {
  switch (rule.kind) {
    case 'boolean':
      return { kind: 'checkbox' };
    case 'list':
      return { kind: 'list', values: [...rule.values] };
    case 'listFromRange':
      return { kind: 'range', sheet: rule.sheet, box: { ...rule.range } };
    case 'wholeNumber':
      return { kind: 'min', min: rule.min };
  }
}

describe('the Sheets applier (built Code.js, fake Sheets)', () => {
  const rows = trackerRows(40);
  const { fake, code, initial } = setUp(rows);
  const plan: Plan = planSetup(initial, {});
  const result = code.call<Ok>('pcssSetup', {});
  const sheet = (name: string): SheetModel => fake.book.sheet(name)!;

  it('succeeds and adds the planned tabs after the user’s sheet, leaving the user on their sheet', () => {
    expect(result.ok).toBe(true);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['销售机会跟踪', ...plan.addSheets.map((s) => s.name)]);
    expect(fake.book.active?.name).toBe('销售机会跟踪');
  });

  it('writes every planned cell as planned: values as values, formulas as formulas', () => {
    const want = applyPlan(initial, plan);
    const got = snapshotOf(fake);
    for (const s of want.sheets) {
      const g = got.sheets.find((x) => x.name === s.name)!;
      s.rows.forEach((row, r) => row?.forEach((cell, c) => expect({ at: `${s.name}!R${r + 1}C${c + 1}`, v: plain(g.rows[r]?.[c] ?? null) }).toEqual({ at: `${s.name}!R${r + 1}C${c + 1}`, v: plain(cell) })));
    }
  });

  it('fills formula columns row by row, as fill-down would', () => {
    for (const f of plan.fills) for (let r = f.top; r <= f.bottom; r++) expect(sheet(f.sheet).formulas.get(r, f.col)).toBe(`=${shiftRows(f.formula, r - f.top)}`);
  });

  it('protects formula columns with a warning, not a lock', () => {
    for (const f of plan.fills) {
      const covering = sheet(f.sheet).protections.filter((p) => p.box.left <= f.col && f.col <= p.box.right && p.box.top <= f.top && f.bottom <= p.box.bottom);
      expect(covering).toHaveLength(1);
      expect(covering[0].warningOnly).toBe(true);
    }
  });

  it('starts every block of formula columns on its tab’s first data row, from where a later run extends our protection without reading it', () => {
    expect(plan.fills.length).toBeGreaterThan(0);
    for (const f of plan.fills) expect([f.sheet, f.top]).toEqual([f.sheet, HEADER_ROW + 1]);
    // A funnel's blocks too (planned on the spreadsheet as set up; none on its own tabs today).
    for (const f of planFunnel(snapshotOf(fake), { date: '2027-01-04' }).fills) expect([f.sheet, f.top]).toEqual([f.sheet, HEADER_ROW + 1]);
  });

  it('gives the checklist native checkboxes and the rubric levels dropdown lists, on exactly the planned cells', () => {
    expect(plan.validations.some((v) => v.rule.kind === 'boolean')).toBe(true);
    for (const v of plan.validations) for (const [r, c] of cells(v.range)) expect(sheet(v.sheet).validations.get(r, c)?.spec).toEqual(expectedSpec(v.rule));
    const planned = new Set(plan.validations.flatMap((v) => cells(v.range).map(([r, c]) => `${v.sheet}!${r},${c}`)));
    for (const s of fake.book.sheets) s.validations.rows.forEach((row, r) => row?.forEach((v, c) => v && expect(planned.has(`${s.name}!${r},${c}`)).toBe(true)));
  });

  it('adds the conditional fills as formula rules on the planned range', () => {
    for (const cf of plan.conditionalFormats) {
      const rules = sheet(cf.sheet).conditionalRules;
      expect(rules.map((r) => ({ formula: r.formula, background: r.background }))).toEqual(cf.rules.map((r) => ({ formula: `=${r.formula}`, background: `#${r.fill}` })));
      for (const r of rules) expect(r.ranges).toEqual([{ sheet: cf.sheet, box: cf.range }]);
    }
  });

  it('freezes the headers, hides the marker row, sets widths, bold headers and number formats', () => {
    for (const l of plan.layouts) {
      const s = sheet(l.sheet);
      expect([s.frozenRows, s.frozenColumns]).toEqual([l.freezeRows, l.freezeCols]);
      expect([...s.hiddenRows]).toEqual(l.hiddenRows);
      // At least the planned width, at most the band's 4 characters (28 px) wider (see widthRuns); a hidden column any width.
      l.widths.forEach((w, c) => {
        if (l.hiddenColumns?.includes(c)) return;
        expect(s.widths.get(c)).toBeGreaterThanOrEqual(Math.round(w * 7 + 5));
        expect(s.widths.get(c)).toBeLessThanOrEqual(Math.round(w * 7 + 5) + 28);
      });
      for (const h of l.headerRanges) for (const [r, c] of cells(h)) expect(s.fontWeights.get(r, c)).toBe('bold');
    }
    for (const f of plan.numberFormats) for (const [r, c] of cells(f.range)) expect(sheet(f.sheet).numberFormats.get(r, c)).toBe(f.format);
  });

  it('draws the funnel as a stacked bar chart whose spacer series wears the chart’s background colour (Sheets draws no transparency)', () => {
    const before = snapshotOf(fake);
    expect(code.call<Ok>('pcssFunnel', { date: '2027-01-04' }).ok).toBe(true);
    const funnel = planFunnel(before, { date: '2027-01-04' });
    const c = funnel.charts[0];
    if (c.kind !== 'funnel') throw new Error('the funnel run plans its funnel chart first');
    const charts = sheet(c.sheet).charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ type: 'bar', stacked: true, title: c.title, ranges: [c.categories, c.spacer, c.values], anchor: { row: c.anchor.top + 1, col: c.anchor.left + 1 } });
    // The spacer column is hidden on the tab: Sheets plots it only when told to show hidden columns.
    expect(sheet(c.sheet).hiddenColumns.has(c.spacer.left)).toBe(true);
    expect(charts[0].hiddenDimensionStrategy).toBe('SHOW_BOTH');
    const background = charts[0].options.backgroundColor;
    expect(background).toMatch(/^#[0-9a-f]{6}$/i);
    expect(charts[0].options.series).toMatchObject({ 0: { color: background, visibleInLegend: false }, 1: { color: expect.not.stringMatching(new RegExp(`^${background}$`, 'i')) } });
  });

  it('keeps the chart and writes no cell but the funnel’s and one history row on a second funnel', () => {
    fake.log.reset();
    expect(code.call<Ok>('pcssFunnel', { date: '2027-01-11' }).ok).toBe(true);
    expect(sheet('漏斗').charts).toHaveLength(1);
    expect(fake.log.byMethod.get('Spreadsheet.insertSheet')).toBeUndefined();
  });

  it('never writes over a note a user typed between the funnel tab’s blocks', () => {
    const funnel = sheet('漏斗');
    const next = planFunnel(snapshotOf(fake), { date: '2027-01-18' });
    const named = new Set<string>();
    for (const b of next.writes.filter((w) => w.sheet === '漏斗')) b.values.forEach((row, i) => row.forEach((_, j) => named.add(`${b.row + i},${b.col + j}`)));
    const gaps: [number, number][] = [];
    for (let r = 0; r < 14; r++) for (let c = 0; c < 8; c++) if (!named.has(`${r},${c}`)) gaps.push([r, c]);
    expect(gaps.length).toBeGreaterThan(0);
    for (const [r, c] of gaps) funnel.values.set(r, c, `note ${r},${c}`);
    fake.log.reset();
    expect(code.call<Ok>('pcssFunnel', { date: '2027-01-18' }).ok).toBe(true);
    for (const [r, c] of gaps) expect(funnel.content(r, c)).toBe(`note ${r},${c}`);
    // The funnel's blocks are then written one by one around the notes.
    expect(fake.log.byMethod.get('Range.setValues')).toBeGreaterThan(2);
  });

  it('a second set-up adds no sheet and writes no cell', () => {
    fake.log.reset();
    const again = code.call<Ok<{ tabsAdded: string[]; opportunitiesAdded: number }>>('pcssSetup', {});
    expect(again.value).toMatchObject({ tabsAdded: [], opportunitiesAdded: 0 });
    expect(fake.log.byMethod.get('Range.setValues')).toBeUndefined();
    expect(fake.log.byMethod.get('Spreadsheet.insertSheet')).toBeUndefined();
  });
});

describe('the forecast accuracy chart in Sheets', () => {
  it('is added once a period has ended, over the hidden block (plotted anyway), and given each ended period after', () => {
    const { fake, code } = setUp(trackerRows(12), false);
    expect(code.call<Ok>('pcssSetup', {}).ok).toBe(true);
    expect(code.call<Ok>('pcssFunnel', { date: '2026-12-14' }).ok).toBe(true);
    const tab = fake.book.sheet('漏斗')!;
    expect(tab.charts.map((c) => c.type)).toEqual(['bar']);
    expect(code.call<Ok>('pcssFunnel', { date: '2027-01-04' }).ok).toBe(true);
    // 2026-Q4 and December have ended: the block is AT36:AV38 (its header, then two periods), its columns hidden.
    const block = (rows: number) => ({ top: ACCURACY_TABLE.headerRow, bottom: ACCURACY_TABLE.headerRow + rows, left: ACCURACY_CHART.sourceCol, right: ACCURACY_CHART.sourceCol + 2 });
    expect(tab.charts).toHaveLength(2);
    expect(tab.charts[1]).toMatchObject({ type: 'column', ranges: [block(2)], numHeaders: 1, hiddenDimensionStrategy: 'SHOW_BOTH' });
    expect([45, 46, 47].every((c) => tab.hiddenColumns.has(c))).toBe(true);
    const id = tab.charts[1].id;
    expect(code.call<Ok>('pcssFunnel', { date: '2027-04-05' }).ok).toBe(true);
    // The same chart (its id kept), over four ended periods now; the funnel chart untouched.
    expect(tab.charts).toHaveLength(2);
    expect(tab.charts[1]).toMatchObject({ id, ranges: [block(4)] });
    expect(tab.charts[0].type).toBe('bar');
  });
});

describe('cell text from the tracker', () => {
  it('reaches our tabs as the same text, even when Sheets would take it for a number, date, boolean or formula', () => {
    const tricky = ['=1+1', '00123', '+86 项目', '-折扣单', 'TRUE', '1/2', "'引号", '50%', '12万'];
    // Typed behind an apostrophe (or into plain-text cells), so the tracker holds them as text.
    const { fake, code } = setUp(tricky.map((name, i) => [`'${name}`, `客户${i}`, '李明', 1000, '', '']));
    expect(tricky.map((_, i) => fake.book.sheet('销售机会跟踪')!.content(1 + i, 0))).toEqual(tricky);
    expect(code.call<Ok>('pcssSetup', {}).ok).toBe(true);
    const ms = fake.book.sheet('里程碑')!;
    const names = tricky.map((_, i) => ms.content(2 + i, 0));
    expect(names).toEqual(tricky);
  });

  it('lands an ISO date as a date, for Sheets to show in the date column’s format', () => {
    const { fake, code } = setUp([['ERP升级', '华东精密', '李明', 1000, "'2027-03-01", '']]);
    expect(code.call<Ok>('pcssSetup', {}).ok).toBe(true);
    const ms = fake.book.sheet('里程碑')!;
    const col = ms.values.rows[1]!.findIndex((h) => h === '预计签约日期');
    // Midnight of 1 March in the spreadsheet's time zone (Asia/Shanghai): 16:00 UTC the day before.
    expect(ms.content(2, col)).toEqual(midnightIn('Asia/Shanghai', 2027, 2, 1));
    expect(ms.content(2, col)).toEqual(new Date(Date.UTC(2027, 1, 28, 16)));
    expect(ms.numberFormats.get(2, col)).toBe('yyyy-mm-dd');
  });
});

describe('Spreadsheet calls', () => {
  function calls(n: number): { setup: number; funnel: number } {
    const { fake, code } = setUp(trackerRows(n), n <= 200);
    fake.log.reset();
    code.call('pcssSetup', {});
    const setup = fake.log.spreadsheetCalls;
    fake.log.reset();
    code.call('pcssFunnel', { date: '2027-01-04' });
    return { setup, funnel: fake.log.spreadsheetCalls };
  }

  // Up to a band of rows (budget.ts: each band of cells is guessed at 20 s at most, so that a run
  // stops cleanly before Apps Script's 6 minutes), calls do not depend on the rows; each band
  // past that costs the same four calls. A milestone row is guessed at about 5 ms (its formula
  // columns and checkboxes): 3 000 rows fit one band, 4 000 no longer do.
  it('do not grow with the rows: the same for 1 500 and 3 000 opportunities', () => {
    expect(calls(3000)).toEqual(calls(1500));
  });

  it('past a new sheet’s 1000 rows, only one call per long tab to make room', () => {
    const small = calls(50);
    const large = calls(1500);
    expect(large.funnel).toBe(small.funnel);
    // Milestones, intensity and grading hold a row per opportunity: insertRowsAfter once each.
    expect(large.setup - small.setup).toBe(3);
  });

  it('grow by a fixed few for one more opportunity on a second run (rows appended as one block)', () => {
    const { fake, code } = setUp(trackerRows(30));
    code.call('pcssSetup', {});
    const tracker = fake.book.sheet('销售机会跟踪')!;
    trackerRows(32).slice(30).forEach((row, i) => row.forEach((v, c) => tracker.values.set(31 + i, c, v)));
    fake.log.reset();
    const r = code.call<Ok<{ opportunitiesAdded: number }>>('pcssSetup', {});
    expect(r.value.opportunitiesAdded).toBe(2);
    // One block per keyed tab (milestones, intensity, grading) and one for the two "new" rows on
    // the Changes tab (issue 13: a set-up records what it added), never a call per row.
    expect(fake.log.byMethod.get('Range.setValues')).toBe(4);
    expect(fake.book.sheet('变动记录')?.extent().lastRow).toBe(3);
    // Our protection of each block of formula columns now covers the new rows too: still one per
    // block (AB:AG, then AI after the status column the reps fill, then AK:AL: days at the
    // milestone and the attention flag, after the day it was reached, then AN:AP: issue 18's
    // buying signal columns, after the hidden 已记录 code).
    const ms = fake.book.sheet('里程碑')!;
    expect(ms.protections.map((p) => p.description.match(/formula columns (\S+)/)?.[1])).toEqual(['AB:AG', 'AI:AI', 'AK:AL', 'AN:AP']);
    for (const p of ms.protections) {
      expect(p).toMatchObject({ warningOnly: true, box: { top: 2, bottom: 33 } });
      expect(p.description).toMatch(/^销售进程管理 · 公式列 .*Sales Process · formula columns/);
    }
  });

  it('extends our protections without reading their ranges, and gives back what a user narrowed', () => {
    const { fake, code } = setUp(trackerRows(30));
    code.call('pcssSetup', {});
    const ms = fake.book.sheet('里程碑')!;
    // A user narrows our first protection to the rows below 20 (0-based 19) and adds one of their own.
    ms.protections[0].box = { ...ms.protections[0].box, top: 19 };
    ms.protections.push({ ...ms.protections[1], box: { top: 5, left: 0, bottom: 5, right: 0 }, description: 'mine' });
    const tracker = fake.book.sheet('销售机会跟踪')!;
    trackerRows(31).slice(30).forEach((row, i) => row.forEach((v, c) => tracker.values.set(31 + i, c, v)));
    fake.log.reset();
    code.call('pcssSetup', {});
    expect(fake.log.byMethod.get('Protection.getRange') ?? 0).toBe(0);
    expect(ms.protections.map((p) => [p.description.match(/formula columns (\S+)/)?.[1] ?? p.description, p.box.top, p.box.bottom])).toEqual([
      ['AB:AG', 2, 32],
      ['AI:AI', 2, 32],
      ['AK:AL', 2, 32],
      ['AN:AP', 2, 32],
      ['mine', 5, 5],
    ]);
  });
});

export type { WorkbookSnapshot };
