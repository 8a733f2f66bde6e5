/**
 * Issue 18's columns (buying signals, the five roles, the account triangle): for whatever users
 * type in the visit report, the brief, the grading tab, the milestone ticks and the Power level,
 * the native formulas the set-up writes give what core's rules give (HyperFormula).
 */
import fc from 'fast-check';
import { FIRST_DATA_ROW, IN, MS, applyPlan, findOurTabs, inputColumn, planSetup, runDay, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { milestoneLevel } from '../../core/checklist';
import { trackerStatus } from '../../core/layout/dealStatus';
import { levelOption, rubricScore } from '../../core/rubric';
import { customerGrade } from '../../core/customerGrade';
import { RUBRICS, SIGNAL_GROUPS, signalsOf, type Lang } from '../../core/methodology';
import { NO_SIGNALS, SIGNALS_AHEAD, signalSummaries, signalsAhead, visitDealKey } from '../../core/buyingSignalRules';
import { POWER_WITHOUT_DECISION_MAKER, roleCoverage } from '../../core/buyingRoleRules';
import { FREQUENCY_STATUS, frequencyStatus, recentVisits } from '../../core/accountTriangle';
import { MSX, VISIT, readVisits, signalOption } from '../../core/layout/signalColumns';
import { BRIEF, namedDecisionMakers, powerCheckValue } from '../../core/layout/roleColumns';
import { GRADE } from '../../core/layout/triangleColumns';
import { ZH_HEADERS } from './fixtures';
import { toHyperFormula, value } from './hyperformula';

const RUN_DATE = '2027-01-04';
const AS_OF = runDay(RUN_DATE);
const N = 5;
const OPPS = Array.from({ length: N }, (_, i) => `机会${i}`);
const CUSTOMERS = Array.from({ length: N }, (_, i) => `客户${i}`);
const STAGES = ['', '', '赢单', '', '丢单'];

/** A name as users type it again: as it was, in another case or with spaces, or another name. */
const typedName = (names: readonly string[]) =>
  fc.oneof(fc.constantFrom(...names), fc.constantFrom(...names).map((n) => ` ${n}  `), fc.constantFrom('机会1 ', 'other*', '', 'OTHER'));
const date = fc.oneof(fc.integer({ min: AS_OF - 45, max: AS_OF + 3 }), fc.constant('2027-01-02'), fc.constant(null));
const signal = (g: number) => fc.oneof(fc.constantFrom(...signalsOf(SIGNAL_GROUPS[g].key).map((s) => signalOption(s, 'zh'))), fc.constantFrom(null, ' ', 'x'));
const visit = fc.tuple(date, typedName(CUSTOMERS), typedName(OPPS), signal(0), signal(1), signal(2));
const brief = fc.tuple(typedName(OPPS), typedName(CUSTOMERS), fc.constantFrom<SnapshotCell>('王总', null, ' ', 7), fc.constantFrom<SnapshotCell>('李工', null));
const grading = fc.tuple(fc.constantFrom('高', '低', 'High'), fc.constantFrom('高', 'high', '低'), fc.constantFrom<SnapshotCell>(null, 0, 1, 2, 4, 'two'), fc.constantFrom('目标', null));

interface Typed {
  visits: [SnapshotCell, string, string, SnapshotCell, SnapshotCell, SnapshotCell][];
  briefs: [string, string, SnapshotCell, SnapshotCell][];
  ticks: number[];
  power: (number | null)[];
  grades: [string, string, SnapshotCell, SnapshotCell][];
}

function typedWorkbook(lang: Lang, t: Typed): { wb: WorkbookSnapshot; tabs: Record<string, string> } {
  const tracker: SnapshotCell[][] = [ZH_HEADERS, ...OPPS.map((o, i) => [o, CUSTOMERS[i], i % 2 ? '李明' : 'Ann', 1000 * (i + 1), null, STAGES[i]])];
  const snap = { sheets: [{ name: 'T', rows: tracker, tables: [] }] };
  const setup = planSetup(snap, { lang, date: RUN_DATE });
  const wb = applyPlan(snap, setup);
  const tabs = setup.tabs as Record<string, string>;
  const edit = (sheet: string, row: number, col: number, v: SnapshotCell) => {
    const s = wb.sheets.find((x) => x.name === sheet)!;
    const rows = s.rows as SnapshotCell[][];
    rows[row] = [...(rows[row] ?? [])];
    rows[row][col] = v;
  };
  t.visits.forEach(([d, customer, opp, ...signals], i) => {
    const r = FIRST_DATA_ROW + i;
    edit(tabs.visits, r, VISIT.date, d);
    edit(tabs.visits, r, VISIT.customer, customer);
    edit(tabs.visits, r, VISIT.opportunity, opp);
    signals.forEach((s, g) => edit(tabs.visits, r, VISIT.firstSignal + g, s));
  });
  t.briefs.forEach(([opp, customer, dm, supporter], i) => {
    const r = FIRST_DATA_ROW + i;
    edit(tabs.brief, r, BRIEF.opportunity, opp);
    edit(tabs.brief, r, BRIEF.customer, customer);
    edit(tabs.brief, r, BRIEF.decisionMaker, dm);
    edit(tabs.brief, r, BRIEF.firstRole + 2, supporter);
  });
  t.ticks.forEach((n, i) => {
    for (let k = 0; k < n; k++) edit(tabs.milestones, FIRST_DATA_ROW + i, MS.checklist + k, true);
  });
  t.power.forEach((l, i) => edit(tabs.intensity, FIRST_DATA_ROW + i, inputColumn('power', 'level'), l === null ? null : levelOption(RUBRICS.power[l], lang)));
  t.grades.forEach(([rel, attr, intended, target], i) => {
    const r = FIRST_DATA_ROW + i;
    edit(tabs.grading, r, 1, rel);
    edit(tabs.grading, r, 2, attr);
    edit(tabs.grading, r, GRADE.intended, intended);
    edit(tabs.grading, r, GRADE.target, target);
  });
  return { wb, tabs };
}

const typed = fc.record({
  visits: fc.array(visit, { maxLength: 12 }),
  briefs: fc.array(brief, { maxLength: 4 }),
  ticks: fc.array(fc.integer({ min: 0, max: 14 }), { minLength: N, maxLength: N }),
  power: fc.array(fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }), { minLength: N, maxLength: N }),
  grades: fc.array(grading, { minLength: N, maxLength: N }),
});

describe('issue 18: the signal, role and account-triangle formulas agree with core (HyperFormula)', () => {
  it.each<Lang>(['zh', 'en'])('for whatever is typed in the visit report, the brief and the grading tab (%s)', (lang) => {
    fc.assert(
      fc.property(typed, (t) => {
        const { wb, tabs } = typedWorkbook(lang, t as Typed);
        const hf = toHyperFormula(wb);
        const ours = findOurTabs(wb);
        const visits = readVisits(ours.get('visits')!.sheet);
        const summaries = signalSummaries(visits);
        const named = namedDecisionMakers(ours.get('brief')!.sheet, visitDealKey);
        for (let i = 0; i < N; i++) {
          const r = FIRST_DATA_ROW + i;
          const s = summaries.get(visitDealKey(OPPS[i], CUSTOMERS[i])) ?? NO_SIGNALS;
          expect(value(hf, tabs.milestones, r, MSX.signalVisits)).toBe(s.count);
          expect(value(hf, tabs.milestones, r, MSX.lastSignal) ?? '').toBe(s.latest);
          const level = milestoneLevel(Array.from({ length: 22 }, (_, k) => k < t.ticks[i]));
          // The tracker's stage becomes the tab's status at set-up (丢单 → 输单 Lost): open as the tab reads it.
          const ahead = signalsAhead(level, trackerStatus(STAGES[i]) === 'open' ? 1 : 0, s.count);
          expect(value(hf, tabs.milestones, r, MSX.signalsAhead) ?? '').toBe(ahead ? SIGNALS_AHEAD[lang] : '');

          const power = t.power[i] === null ? 0 : rubricScore('power', RUBRICS.power[t.power[i]!].code);
          const check = powerCheckValue(power, named.has(visitDealKey(OPPS[i], CUSTOMERS[i])), { lang, tabs: tabs as never });
          expect(value(hf, tabs.intensity, r, IN.powerCheck) ?? '').toBe(check);

          const [rel, attr, intended] = t.grades[i];
          const actual = recentVisits(visits, CUSTOMERS[i], AS_OF);
          expect(value(hf, tabs.grading, r, GRADE.actual)).toBe(actual);
          const status = frequencyStatus(customerGrade(rel, attr)[lang], intended, actual);
          expect(value(hf, tabs.grading, r, GRADE.status) ?? '').toBe(status === '' ? '' : FREQUENCY_STATUS[status][lang]);
        }
        const brief = ours.get('brief')!.sheet;
        for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + 6; r++) {
          const row = brief.rows[r] ?? [];
          const names = [row[BRIEF.decisionMaker], row[BRIEF.firstRole], row[BRIEF.firstRole + 2], row[BRIEF.firstRole + 4], row[BRIEF.firstRole + 6]];
          const blank = roleCoverage([row[BRIEF.opportunity], row[BRIEF.customer]]) === 0;
          expect(value(hf, tabs.brief, r, BRIEF.coverage) ?? '').toBe(blank ? '' : roleCoverage(names as unknown[]));
        }
      }),
      { numRuns: 6 },
    );
  });

  it('flags Power above 9 without a named decision maker, and not once the brief names one', () => {
    expect(POWER_WITHOUT_DECISION_MAKER).toBe(9);
    const t: Typed = { visits: [], briefs: [['机会1', '客户1', '王总', null]], ticks: [0, 0, 0, 0, 0], power: [4, 4, 3, 3, null], grades: [] };
    const { wb, tabs } = typedWorkbook('zh', t);
    const hf = toHyperFormula(wb);
    // W4 (10) for 机会0 and 机会1; only 机会1's brief names its decision maker. W3 (9) is never flagged.
    expect(value(hf, tabs.intensity, FIRST_DATA_ROW, IN.powerCheck)).toBe('未填决策者,权力评分过高');
    expect(value(hf, tabs.intensity, FIRST_DATA_ROW + 1, IN.powerCheck) ?? '').toBe('');
    expect(value(hf, tabs.intensity, FIRST_DATA_ROW + 2, IN.powerCheck) ?? '').toBe('');
  });

  it('counts a deal\'s visits with a signal, dates the latest, and flags it while at M2 or before', () => {
    const sig = signalOption(signalsOf('words')[0], 'en');
    const t: Typed = {
      visits: [
        [AS_OF - 10, '客户0', '机会0', null, null, sig],
        [AS_OF - 3, ' 客户0', '机会0 ', sig, null, null],
        [AS_OF - 1, '客户0', '机会0', null, null, null],
        [AS_OF - 2, '客户3', '机会3', null, null, sig],
      ],
      briefs: [],
      ticks: [8, 0, 0, 14, 0],
      power: [],
      grades: [],
    };
    const { wb, tabs } = typedWorkbook('en', t);
    const hf = toHyperFormula(wb);
    expect(value(hf, tabs.milestones, FIRST_DATA_ROW, MSX.signalVisits)).toBe(2);
    expect(value(hf, tabs.milestones, FIRST_DATA_ROW, MSX.lastSignal)).toBe(AS_OF - 3);
    // 机会0 is at M2 (eight ticks): flagged; 机会3 at M3 (fourteen ticks) is not.
    expect(value(hf, tabs.milestones, FIRST_DATA_ROW, MSX.signalsAhead)).toBe('Buying signals, early milestone');
    expect(value(hf, tabs.milestones, FIRST_DATA_ROW + 3, MSX.signalVisits)).toBe(1);
    expect(value(hf, tabs.milestones, FIRST_DATA_ROW + 3, MSX.signalsAhead) ?? '').toBe('');
  });
});
