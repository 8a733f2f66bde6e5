/**
 * Issue 14's readable tabs in Excel, against the fake: the checklist headers wrap from the top in
 * a row as tall as core asks, each carries its question as a note where Excel has notes (ExcelApi
 * 1.18) and none below it (the header shows the question), and the intensity scores and the share
 * of asks get colour scales. The fake refuses what Excel refuses of those calls.
 */
import { ACT, FIRST_DATA_ROW, HEADER_ROW, IN, MS, TAB_NAMES } from '../../core/layout';
import { SCALE_COLORS } from '../../core/layout/colorScales';
import { blockBound } from '../../core/layout/ruleBlocks';
import { CHECKLIST } from '../../core/methodology/checklist';
import { FACTORS, FACTOR_MAX } from '../../core/methodology/factors';
import { setupWorkbook } from '../../excel-addin/workbook';
import { codeOf } from './fake/errors';
import { CODES, FakeExcel } from './fake';
import { fakeWith, zhTracker } from './support';

describe('readable tabs in Excel (fake Excel)', () => {
  it('wraps the checklist headers from the top of a row as tall as core asks, and notes each question where Excel has notes', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(8), { hostVersion: '1.18' });
    await setupWorkbook(context, { requirements });
    const ms = excel.model.sheet(TAB_NAMES.milestones.zh)!;
    const header = { top: HEADER_ROW, bottom: HEADER_ROW, left: MS.checklist, right: MS.checklist + CHECKLIST.length - 1 };
    expect(ms.wraps).toEqual([
      { box: header, wrap: true },
      { box: header, vertical: 'Top' },
    ]);
    // Five lines of 17 points (a CJK line) and 4 of padding: the longest question, K01, at 10 characters wide.
    expect(ms.rowHeights.get(HEADER_ROW)).toBe(89);
    expect(ms.notes.get(`${HEADER_ROW},${MS.checklist}`)).toBe(`K01 ${CHECKLIST[0].zh}\n里程碑: M1 合格潜在客户\n购买阶段: B1 觉察问题`);
    expect(ms.notes.size).toBe(CHECKLIST.length);
  });

  it('adds no note below ExcelApi 1.18 (the wrapped header still shows the question), and fails nothing', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(8), { hostVersion: '1.13' });
    await setupWorkbook(context, { requirements });
    const ms = excel.model.sheet(TAB_NAMES.milestones.zh)!;
    expect(ms.notes.size).toBe(0);
    expect(ms.wraps.length).toBeGreaterThan(0);
  });

  it('colours the five scores on 0 … the factor maximum and each rep’s share of asks against the team', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(8));
    await setupWorkbook(context, { requirements });
    const [scores] = excel.model.sheet(TAB_NAMES.intensity.zh)!.conditionalFormats.filter((f) => f.type === 'ColorScale');
    expect(scores.box).toEqual({ top: FIRST_DATA_ROW, bottom: blockBound(FIRST_DATA_ROW + 7), left: IN.firstScore, right: IN.firstScore + FACTORS.length - 1 });
    expect(scores.colorScale).toEqual({
      minimum: { type: 'Number', formula: '0', color: `#${SCALE_COLORS.weak}` },
      midpoint: { type: 'Number', formula: String(FACTOR_MAX / 2), color: `#${SCALE_COLORS.middle}` },
      maximum: { type: 'Number', formula: String(FACTOR_MAX), color: `#${SCALE_COLORS.strong}` },
    });
    const [asks] = excel.model.sheet(TAB_NAMES.activity.zh)!.conditionalFormats.filter((f) => f.type === 'ColorScale');
    expect([asks.box.left, asks.box.right]).toEqual([ACT.askShare, ACT.askShare]);
    expect(asks.colorScale).toEqual({
      minimum: { type: 'LowestValue', formula: null, color: `#${SCALE_COLORS.weak}` },
      midpoint: { type: 'Percentile', formula: '50', color: `#${SCALE_COLORS.middle}` },
      maximum: { type: 'HighestValue', formula: null, color: `#${SCALE_COLORS.strong}` },
    });
  });
});

describe('the fake refuses what Excel refuses of wrapped headers, notes and colour scales', () => {
  function sheet(hostVersion = '1.18') {
    const excel = new FakeExcel({ hostVersion, manifestVersion: '1.9' });
    excel.addSheet('S', [['a', 'b']]);
    // Asked as the add-in asks (detectFeatures) before a member newer than the manifest is used.
    const notes = excel.requirements.isSetSupported('ExcelApi', '1.18');
    const ws = excel.context.workbook.worksheets.getItem('S');
    return { excel, ws, notes };
  }
  const point = (type: string, formula: string | null, color = '#F8696B') => ({ type, formula, color });

  it('refuses a row taller than 409 points', async () => {
    const { excel, ws } = sheet();
    ws.getRange('A2:B2').format.rowHeight = 410;
    expect(await codeOf(excel.context.sync())).toBe(CODES.invalidArgument);
  });

  it('refuses a note on more than one cell, and notes unasked for below ExcelApi 1.18', async () => {
    const { excel, ws } = sheet();
    ws.notes.add('A1:B1', 'two cells');
    expect(await codeOf(excel.context.sync())).toBe(CODES.invalidCellAddress);
    const old = sheet('1.13');
    expect(old.notes).toBe(false);
    expect(() => old.ws.notes.add('A1', 'x')).toThrow(expect.objectContaining({ code: CODES.apiNotFound }));
  });

  it('refuses colour scale criteria without a maximum, a lowest value as the midpoint, a percentile past 100 and a colour without #', () => {
    const { ws } = sheet();
    const scale = () => ws.getRange('A1:A2').conditionalFormats.add('ColorScale').colorScale;
    const min = point('LowestValue', null);
    const max = point('HighestValue', null);
    const refused = (criteria: unknown) => {
      try {
        (scale() as { criteria: unknown }).criteria = criteria;
        return 'accepted';
      } catch (e) {
        return (e as { code?: string }).code;
      }
    };
    expect(refused({ minimum: min })).toBe(CODES.invalidArgument);
    expect(refused({ minimum: min, midpoint: point('LowestValue', null), maximum: max })).toBe(CODES.invalidArgument);
    expect(refused({ minimum: min, midpoint: point('Percentile', '150'), maximum: max })).toBe(CODES.invalidArgument);
    expect(refused({ minimum: point('Number', '0', 'F8696B'), maximum: max })).toBe(CODES.invalidArgument);
    expect(refused({ minimum: min, midpoint: point('Percentile', '50'), maximum: max })).toBe('accepted');
    expect(() => ws.getRange('A1').conditionalFormats.add('Gradient')).toThrow();
  });
});
