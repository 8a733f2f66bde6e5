/**
 * Issue 14's readable tabs in Sheets, through the built Code.js against the fake: the checklist
 * headers wrap in a row tall enough, each carries its question as a note, and the intensity
 * scores and the share of asks get gradient (colour scale) rules. The fake refuses what Sheets
 * refuses of those calls.
 */
import { ACT, FIRST_DATA_ROW, HEADER_ROW, IN, MS, planSetup } from '../../core/layout';
import { SCALE_COLORS } from '../../core/layout/colorScales';
import { blockBound } from '../../core/layout/ruleBlocks';
import { CHECKLIST } from '../../core/methodology/checklist';
import { FACTORS, FACTOR_MAX } from '../../core/methodology/factors';
import { ZH_HEADERS } from '../scenarios/scenarios';
import { sampleOpportunities } from '../../samples/teamPipeline';
import { loadCodeJs } from './codeJs';
import { FakeAppsScript } from './fake';
import type { SpreadsheetService } from '../../gsheets/server/sheetsApi';
import { snapshotOf } from './sheetsHost';

describe('readable tabs in Sheets (built Code.js, fake Sheets)', () => {
  const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
  fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...sampleOpportunities(12, 3).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage])]);
  const plan = planSetup(snapshotOf(fake), {});
  const result = loadCodeJs(fake).call<{ ok: boolean }>('pcssSetup', {});
  const sheet = (kind: 'milestones' | 'intensity' | 'activity') => fake.book.sheet(plan.tabs[kind])!;

  it('wraps the checklist headers and makes the header row as tall as the plan asks, in pixels', () => {
    expect(result.ok).toBe(true);
    const ms = sheet('milestones');
    CHECKLIST.forEach((_, i) => expect(ms.wraps.get(HEADER_ROW, MS.checklist + i)).toBe(true));
    expect(ms.wraps.get(HEADER_ROW, MS.opportunity)).toBeUndefined();
    const height = plan.layouts.find((l) => l.sheet === ms.name)!.wrapHeaders!.height;
    expect(ms.heights.get(HEADER_ROW)).toBe(Math.ceil((height * 4) / 3));
  });

  it('puts each checklist question, with its milestone and buyer stage, in a note on its header', () => {
    const ms = sheet('milestones');
    const k01 = ms.notes.get(HEADER_ROW, MS.checklist)!;
    expect(k01.split('\n')).toEqual([`K01 ${CHECKLIST[0].zh}`, '里程碑: M1 合格潜在客户', '购买阶段: B1 觉察问题']);
    // K07, the seller's own letter, belongs to no buyer stage.
    expect(ms.notes.get(HEADER_ROW, MS.checklist + 6)!.split('\n')).toHaveLength(2);
    expect(ms.notes.get(HEADER_ROW, MS.opportunity)).toBeUndefined();
  });

  it('colours the five scores from red at 0 through yellow to green at the factor maximum', () => {
    const rules = sheet('intensity').conditionalRules.filter((r) => r.gradient);
    expect(rules).toHaveLength(1);
    expect(rules[0].ranges[0].box).toEqual({ top: FIRST_DATA_ROW, bottom: blockBound(FIRST_DATA_ROW + 11), left: IN.firstScore, right: IN.firstScore + FACTORS.length - 1 });
    expect(rules[0].gradient).toEqual({
      min: { color: `#${SCALE_COLORS.weak}`, type: 'NUMBER', value: 0 },
      mid: { color: `#${SCALE_COLORS.middle}`, type: 'NUMBER', value: FACTOR_MAX / 2 },
      max: { color: `#${SCALE_COLORS.strong}`, type: 'NUMBER', value: FACTOR_MAX },
    });
  });

  it('colours each rep’s share of asks against the team: lowest red, the median yellow, highest green', () => {
    const activity = sheet('activity');
    const [rule] = activity.conditionalRules.filter((r) => r.gradient);
    expect(rule.ranges[0].box.left).toBe(ACT.askShare);
    expect(rule.ranges[0].box.right).toBe(ACT.askShare);
    expect(rule.gradient).toEqual({
      min: { color: `#${SCALE_COLORS.weak}`, type: 'MIN' },
      mid: { color: `#${SCALE_COLORS.middle}`, type: 'PERCENTILE', value: 50 },
      max: { color: `#${SCALE_COLORS.strong}`, type: 'MAX' },
    });
  });
});

describe('the fake refuses what Sheets refuses of wrapped headers, notes and gradients', () => {
  const fake = new FakeAppsScript({ evaluate: false });
  fake.addSheet('S', [['a', 'b']]);
  const app = fake.globalsFor().SpreadsheetApp as SpreadsheetService;
  const s = app.getActiveSpreadsheet().getSheetByName('S')!;
  const builder = () => app.newConditionalFormatRule().setRanges([s.getRange(1, 1, 2, 1)]);

  it('refuses notes whose grid is not the range’s shape', () => {
    expect(() => s.getRange(1, 1, 1, 2).setNotes([['one']])).toThrow(/number of columns in the notes/);
  });

  it('refuses a row height below one pixel and rows past the grid', () => {
    expect(() => s.setRowHeights(1, 1, 0)).toThrow(/height/);
    expect(() => s.setRowHeights(1000, 2, 20)).toThrow(/out of bounds/);
  });

  it('refuses a gradient without both ends, a percentile past 100, a value that is no number and a colour it cannot read', () => {
    expect(() => builder().setGradientMinpoint('#ff0000').build()).toThrow(/minpoint and a maxpoint/);
    expect(() => builder().setGradientMidpointWithValue('#ffff00', app.InterpolationType.PERCENTILE, '150')).toThrow(/between 0 and 100/);
    expect(() => builder().setGradientMinpointWithValue('#ff0000', app.InterpolationType.NUMBER, 'low')).toThrow(/value/);
    expect(() => builder().setGradientMaxpoint('63BE7B')).toThrow(/color/);
  });

  it('builds a gradient in place of an earlier formula condition, as Sheets does', () => {
    const rule = builder().whenFormulaSatisfied('=A1>0').setGradientMinpoint('#ff0000').setGradientMaxpoint('#00ff00').build() as unknown as { model: { formula?: string; gradient?: unknown } };
    expect(rule.model.formula).toBeUndefined();
    expect(rule.model.gradient).toBeDefined();
  });
});
