/**
 * Issue 14: the brief's lookups (milestone, intensity, weakest factor, next checklist step) and the
 * grading tab's pipeline (open deals, amount, weighted amount) give in HyperFormula what core
 * computes, on the sample and on generated pipelines typed over as users type, and the results a
 * set-up caches for them are those values.
 */
import fc from 'fast-check';
import { FIRST_DATA_ROW, MS, applyPlan, findOurTabs, inputColumn, planSetup, type LayoutContext, type Plan, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { BL, KEY_LEVEL, briefLookups } from '../../core/layout/briefTab';
import { trackerStatus } from '../../core/layout/dealStatus';
import { milestoneLevel } from '../../core/checklist';
import { pipelineFormulas } from '../../core/layout/gradingTab';
import { pipelineBound } from '../../core/layout/pipelineRows';
import { pipelineView } from '../../core/layout/pipelinePlan';
import { levelOption } from '../../core/rubric';
import { FACTORS, RUBRICS, type Lang } from '../../core/methodology';
import { sampleOpportunities } from '../../samples/teamPipeline';
import type { FormulaColumn } from '../../core/layout/keyedTab';
import { ZH_HEADERS, typed, type Edit } from './fixtures';
import { toHyperFormula, value } from './hyperformula';



const near = (got: unknown, want: unknown) => (typeof want === 'number' && typeof got === 'number' ? Math.abs(got - want) < 1e-6 * Math.max(1, Math.abs(want)) : got === want);

/** Every row of the brief's and the grading tab's tables: the formula's value in HyperFormula is core's; so are the results the plan cached. */
function expectAgreement(wb: WorkbookSnapshot, plan: Plan, lang: Lang): WorkbookSnapshot {
  const final = applyPlan(wb, plan);
  const hf = toHyperFormula(final);
  const ours = findOurTabs(final);
  const ctx: LayoutContext = { lang, tabs: plan.tabs as LayoutContext['tabs'] };
  const view = pipelineView(ctx, ours.get('milestones'), [], ours.get('intensity'), []);
  const check = (kind: 'brief' | 'grading', columns: FormulaColumn[]) => {
    const sheet = ours.get(kind)!.sheet;
    const bottom = sheet.tables[0].bottom;
    for (let r = FIRST_DATA_ROW; r <= bottom; r++) {
      const cells = (sheet.rows[r] ?? []).map((c) => (c !== null && typeof c === 'object' && !(c instanceof Date) ? c.result : c));
      for (const f of columns) {
        const want = f.value!(cells as never);
        const got = value(hf, sheet.name, r, f.col) ?? '';
        if (!near(got, want)) throw new Error(`${kind} row ${r + 1} col ${f.col}: HyperFormula ${JSON.stringify(got)}, core ${JSON.stringify(want)}`);
      }
    }
    for (const fill of plan.fills.filter((x) => x.sheet === sheet.name && columns.some((f) => f.col === x.col))) {
      fill.results?.forEach((want, i) => {
        const got = value(hf, sheet.name, fill.top + i, fill.col) ?? '';
        if (!near(got, want ?? '')) throw new Error(`${kind} cached row ${fill.top + i + 1} col ${fill.col}: HyperFormula ${JSON.stringify(got)}, cached ${JSON.stringify(want)}`);
      });
    }
  };
  const bound = (kind: 'brief' | 'grading') => pipelineBound(ours.get(kind), view.rows).written;
  check('brief', briefLookups(ctx, bound('brief'), view.deals, view.intensity));
  check('grading', pipelineFormulas(ctx, bound('grading'), view.deals));
  return final;
}

describe('issue 14: the brief and grading formulas agree with core (HyperFormula)', () => {
  it('on the sample, once its reps ticked and scored: the brief lists its key opportunities and every figure is core\'s', () => {
    const opps = sampleOpportunities();
    const snap: WorkbookSnapshot = { sheets: [{ name: '销售机会跟踪', rows: [ZH_HEADERS, ...opps.map((o): SnapshotCell[] => [o.name, o.customer, o.rep, o.amount, o.expectedClose, o.stage])], tables: [] }] };
    const first = planSetup(snap, { lang: 'zh', date: '2027-01-04' });
    const tabs = first.tabs as Record<string, string>;
    const edits: Edit[] = [];
    opps.forEach((o, i) => {
      const row = FIRST_DATA_ROW + i;
      o.checklist.forEach((t, k) => t && edits.push([tabs.milestones, row, MS.checklist + k, true]));
      FACTORS.forEach((f, fi) => {
        const level = RUBRICS[f.key].find((l) => l.code === o.levels[fi]);
        if (level) edits.push([tabs.intensity, row, inputColumn(f.key, 'level'), levelOption(level, 'zh')]);
      });
    });
    const wb = typed(applyPlan(snap, first), edits);
    const second = planSetup(wb, { lang: 'zh', date: '2027-01-11' });
    expect(second.fills.some((f) => f.sheet === tabs.brief && f.col === BL.milestone)).toBe(true);
    const final = expectAgreement(wb, second, 'zh');
    // Exactly the open deals at M2 or beyond, in the tracker's order, each showing its milestone.
    const key = opps.filter((o) => trackerStatus(o.stage) === 'open' && milestoneLevel(o.checklist) >= KEY_LEVEL);
    expect(key.length).toBeGreaterThan(3);
    const brief = findOurTabs(final).get('brief')!.sheet.rows.slice(FIRST_DATA_ROW, FIRST_DATA_ROW + key.length + 1);
    expect(brief.map((r) => r?.[0] ?? null)).toEqual([...key.map((o) => o.name), null]);
    const hf = toHyperFormula(final);
    expect(value(hf, tabs.brief, FIRST_DATA_ROW, BL.milestone)).toMatch(/^M[2-6] /);
  });

  const names = (base: readonly string[]) => fc.oneof(fc.constantFrom(...base), fc.constantFrom(...base).map((n) => ` ${n.toLowerCase()} `), fc.constant(''));
  const deal = fc.record({
    customer: names(['Acme', '客户B', 'Zeta']),
    amount: fc.constantFrom<SnapshotCell>(1000, 2500.5, -5, '待定', null, 0),
    stage: fc.constantFrom('', '', '丢单', '已签约', '搁置'),
    ticks: fc.integer({ min: 0, max: 22 }),
    power: fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }),
  });

  it.each<Lang>(['en', 'zh'])('on generated pipelines, with briefs typed by hand (%s)', (lang) => {
    fc.assert(
      fc.property(fc.array(deal, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.boolean()), { maxLength: 3 }), (deals, hand) => {
        const snap: WorkbookSnapshot = { sheets: [{ name: 'T', rows: [ZH_HEADERS, ...deals.map((d, i): SnapshotCell[] => [`Deal ${i % 5}`, d.customer, 'Ann', d.amount, null, d.stage])], tables: [] }] };
        const first = planSetup(snap, { lang });
        const tabs = first.tabs as Record<string, string>;
        const edits: Edit[] = [];
        deals.forEach((d, i) => {
          for (let k = 0; k < d.ticks; k++) edits.push([tabs.milestones, FIRST_DATA_ROW + i, MS.checklist + k, k % 3 ? true : '√']);
          if (d.power !== null) edits.push([tabs.intensity, FIRST_DATA_ROW + i, inputColumn('power', 'level'), levelOption(RUBRICS.power[d.power], lang)]);
        });
        // Briefs a rep typed for deals of their choosing, as named again (other case, spaces).
        hand.forEach(([i, upper], h) => {
          const d = deals[i % deals.length];
          edits.push([tabs.brief, FIRST_DATA_ROW + h, 0, `Deal ${(i % deals.length) % 5}`]);
          edits.push([tabs.brief, FIRST_DATA_ROW + h, 1, upper ? ` ${d.customer.toUpperCase()}` : d.customer]);
        });
        const wb = typed(applyPlan(snap, first), edits);
        expectAgreement(wb, planSetup(wb, { lang }), lang);
      }),
      { numRuns: 3 },
    );
  });
});
