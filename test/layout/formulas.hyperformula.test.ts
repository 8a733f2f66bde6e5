import fc from 'fast-check';
import { applyPlan, FIRST_DATA_ROW, FUNNEL, IN, MS, inputColumn, planFunnel, planSetup, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { buyerStage, milestoneLevel, nextStep } from '../../core/checklist';
import { fiveKIndex, salesIntensity, weakestFactor } from '../../core/intensity';
import { rubricScore, levelOption } from '../../core/rubric';
import { customerGrade } from '../../core/customerGrade';
import { FACTORS, PROBABILITY_BY_LEVEL, RUBRICS, MILESTONE_BY_LEVEL, type Lang } from '../../core/methodology';
import { evaluateMilestoneTab } from '../../core/layout';
import { isOpenStatus } from '../../core/layout/dealStatus';
import { ZH_HEADERS, trackerRows, workbook } from './fixtures';
import { sampleOpportunities } from '../../samples/teamPipeline';
import { toHyperFormula, value } from './hyperformula';

type Tick = boolean | null;
interface Inputs {
  ticks: Tick[][];
  levels: (number | null)[][];
  roles: boolean[][];
  grades: [string | null, string | null][];
}

/** Tick patterns that climb the milestones with a few gaps, as reps fill them. */
const tickRow = fc
  .tuple(fc.integer({ min: 0, max: 22 }), fc.array(fc.integer({ min: 0, max: 21 }), { maxLength: 3 }), fc.boolean())
  .map(([prefix, extra, blanks]): Tick[] => Array.from({ length: 22 }, (_, k) => (k < prefix || extra.includes(k) ? true : blanks && k % 3 === 0 ? null : false)));
const levelRow = fc.tuple(...FACTORS.map((f) => fc.option(fc.integer({ min: 0, max: RUBRICS[f.key].length - 1 }), { nil: null })));
const roleRow = fc.tuple(fc.boolean(), fc.boolean(), fc.boolean());
const gradeCell = fc.constantFrom<string | null>('高', '低', 'High', 'low', null);

function fill(wb: WorkbookSnapshot, input: Inputs, lang: Lang, tabs: Record<string, string>): WorkbookSnapshot {
  const byName = new Map(wb.sheets.map((s) => [s.name, s]));
  const edit = (sheet: string, row: number, col: number, v: SnapshotCell) => {
    const s = byName.get(sheet)!;
    const rows = s.rows as SnapshotCell[][];
    rows[row] = [...(rows[row] ?? [])];
    rows[row][col] = v;
  };
  input.ticks.forEach((ticks, i) => ticks.forEach((t, k) => edit(tabs.milestones, FIRST_DATA_ROW + i, MS.checklist + k, t)));
  input.levels.forEach((levels, i) =>
    FACTORS.forEach((f, fi) => {
      const l = levels[fi];
      edit(tabs.intensity, FIRST_DATA_ROW + i, inputColumn(f.key, 'level'), l === null ? null : levelOption(RUBRICS[f.key][l], lang));
    }),
  );
  input.roles.forEach((roles, i) =>
    FACTORS.filter((f) => f.byRole).forEach((f, ri) => edit(tabs.intensity, FIRST_DATA_ROW + i, inputColumn(f.key, 'role'), roles[ri] ? (lang === 'zh' ? '决策者' : 'Decision maker') : lang === 'zh' ? '经办人' : 'Contact')),
  );
  input.grades.forEach(([r, a], i) => {
    edit(tabs.grading, FIRST_DATA_ROW + i, 1, r);
    edit(tabs.grading, FIRST_DATA_ROW + i, 2, a);
  });
  return wb;
}

describe('the native formulas the plan writes agree with core (HyperFormula)', () => {
  const N = 8;
  const opps = sampleOpportunities(N, 3).map((o, i) => ({ ...o, customer: `客户${i}` }));
  /** The milestones of every opportunity ticked, and the rep the funnel is for (or the team). */
  const ticksAndRep = [fc.array(tickRow, { minLength: N, maxLength: N }), fc.option(fc.constantFrom('李明', '张伟', '王芳'), { nil: undefined })] as const;
  /** The tracker set up, then its milestone checklists ticked as `ticks` says. */
  function setUpAndTicked(ticks: Tick[][]): { filled: WorkbookSnapshot; tabs: Record<string, string> } {
    const snap = workbook({ name: 'T', rows: [ZH_HEADERS, ...trackerRows(opps)], tables: [] });
    const setup = planSetup(snap);
    return { filled: fill(applyPlan(snap, setup), { ticks, levels: [], roles: [], grades: [] }, 'zh', setup.tabs), tabs: setup.tabs };
  }

  it.each<Lang>(['zh', 'en'])('milestone, probability, weighted amount, buyer stage, next step, scores, 5K, weakest, grade (%s)', (lang) => {
    fc.assert(
      fc.property(
        fc.array(tickRow, { minLength: N, maxLength: N }),
        fc.array(levelRow, { minLength: N, maxLength: N }),
        fc.array(roleRow, { minLength: N, maxLength: N }),
        fc.array(fc.tuple(gradeCell, gradeCell), { minLength: N, maxLength: N }),
        (ticks, levels, roles, grades) => {
          const snap = workbook({ name: 'T', rows: [ZH_HEADERS, ...trackerRows(opps)], tables: [] });
          const setup = planSetup(snap, { lang });
          const wb = fill(applyPlan(snap, setup), { ticks, levels, roles, grades }, lang, setup.tabs);
          const hf = toHyperFormula(wb);
          const t = setup.tabs;
          for (let i = 0; i < N; i++) {
            const r = FIRST_DATA_ROW + i;
            const verified = ticks[i].map((x) => x === true);
            const level = milestoneLevel(verified);
            expect(value(hf, t.milestones, r, MS.level)).toBe(level);
            expect(value(hf, t.milestones, r, MS.milestone)).toBe(`${MILESTONE_BY_LEVEL[level].id} ${MILESTONE_BY_LEVEL[level][lang]}`);
            expect(value(hf, t.milestones, r, MS.probability)).toBe(PROBABILITY_BY_LEVEL[level]);
            // A won, lost or paused deal (the sample's stage column says so for some) weighs 0 in the forecast.
            const row = wb.sheets.find((s) => s.name === t.milestones)!.rows[r]!;
            const open = isOpenStatus(row[MS.status]);
            expect(value(hf, t.milestones, r, MS.inForecast)).toBe(open ? 1 : 0);
            expect(value(hf, t.milestones, r, MS.weighted)).toBeCloseTo(open ? Number(row[MS.amount]) * PROBABILITY_BY_LEVEL[level] : 0, 6);
            const stage = buyerStage(verified);
            expect(value(hf, t.milestones, r, MS.buyerStage)).toBe(`${stage.id} ${stage[lang]}`);
            const next = nextStep(verified);
            expect(value(hf, t.milestones, r, MS.nextStep)).toBe(next ? `${next.id} ${next[lang]}` : '');

            const scores = FACTORS.map((f, fi) => {
              const l = levels[i][fi];
              const ri = FACTORS.filter((x) => x.byRole).map((x) => x.key as string).indexOf(f.key);
              return l === null ? 0 : rubricScore(f.key, RUBRICS[f.key][l].code, ri >= 0 && roles[i][ri] ? 'decisionMaker' : 'contact');
            });
            scores.forEach((s, fi) => expect(value(hf, t.intensity, r, IN.firstScore + fi)).toBe(s));
            expect(value(hf, t.intensity, r, IN.total)).toBe(salesIntensity(scores));
            expect(value(hf, t.intensity, r, IN.fiveK)).toBeCloseTo(fiveKIndex(scores), 12);
            expect(value(hf, t.intensity, r, IN.weakest)).toBe(weakestFactor(scores)[lang]);

            const [rel, attr] = grades[i];
            const grade = rel === null || attr === null ? '' : customerGrade(rel, attr)[lang];
            expect(value(hf, t.grading, r, 3)).toBe(grade);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('the funnel tab computes the funnel core computes, for the team and for one rep', () => {
    fc.assert(
      fc.property(...ticksAndRep, (ticks, rep) => {
        const { filled } = setUpAndTicked(ticks);
        const funnelPlan = planFunnel(filled, { date: '2027-01-01', rep, periods: [] });
        const wb = applyPlan(filled, funnelPlan);
        const hf = toHyperFormula(wb);
        const core = evaluateMilestoneTab(wb, rep).funnel;
        const sheet = funnelPlan.tabs.funnel;
        core.rows.forEach((row, level) => {
          const r = FUNNEL.firstLevelRow + level;
          expect(value(hf, sheet, r, FUNNEL.col.count)).toBe(row.count);
          expect(value(hf, sheet, r, FUNNEL.col.amount)).toBeCloseTo(row.amount, 6);
          expect(value(hf, sheet, r, FUNNEL.col.weighted)).toBeCloseTo(row.weighted, 6);
          const conv = value(hf, sheet, r, FUNNEL.col.conversion);
          if (row.conversion === null) expect(conv === '' || conv === null).toBe(true);
          else expect(conv).toBeCloseTo(row.conversion, 9);
        });
        expect(value(hf, sheet, FUNNEL.totalRow, FUNNEL.col.weighted)).toBeCloseTo(core.forecast, 6);
      }),
      { numRuns: 15 },
    );
  });
  it('the funnel from the level column as a spreadsheet calculates it equals the funnel from the checklist', () => {
    fc.assert(
      fc.property(...ticksAndRep, (ticks, rep) => {
        const { filled, tabs } = setUpAndTicked(ticks);
        const hf = toHyperFormula(filled);
        // What Excel's read hands over: the level and in-forecast columns calculated, the checklist and the status not read.
        const calculated: WorkbookSnapshot = {
          sheets: filled.sheets.map((s) =>
            s.name !== tabs.milestones
              ? s
              : { ...s, rows: s.rows.map((row, r) => (row && r >= FIRST_DATA_ROW ? row.map((c, col) => (col === MS.level || col === MS.inForecast ? (value(hf, s.name, r, col) as SnapshotCell) : (col >= MS.checklist && col < MS.level) || col === MS.status ? null : c)) : row)) },
          ),
        };
        const fromLevels = evaluateMilestoneTab(calculated, rep, 'levels');
        const fromChecklist = evaluateMilestoneTab(filled, rep);
        expect(fromLevels.errors).toEqual([]);
        expect(fromLevels.funnel).toEqual(fromChecklist.funnel);
      }),
      { numRuns: 15 },
    );
  });

  it('a level the spreadsheet could not calculate is reported and left out of the funnel', () => {
    const rows: SnapshotCell[][] = [];
    rows[FIRST_DATA_ROW] = Object.assign(new Array<SnapshotCell>(MS.nextStep + 1).fill(null), { [MS.opportunity]: 'A', [MS.amount]: 100, [MS.level]: '#VALUE!' });
    rows[FIRST_DATA_ROW + 1] = Object.assign(new Array<SnapshotCell>(MS.nextStep + 1).fill(null), { [MS.opportunity]: 'B', [MS.amount]: 50, [MS.level]: 2 });
    rows[0] = ['#pcss:milestones:zh'];
    const result = evaluateMilestoneTab({ sheets: [{ name: '里程碑', rows, tables: [] }] }, undefined, 'levels');
    expect(result.errors.map((e) => e.error.code)).toEqual(['MILESTONE_LEVEL']);
    expect(result.funnel.count).toBe(1);
    expect(result.funnel.rows[2].amount).toBe(50);
  });
});
