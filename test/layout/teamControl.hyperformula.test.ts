/**
 * Issue 18, team design and control points: the team tab's suggested group and mix, and the
 * control tab's figures and statuses, as HyperFormula computes the formulas the set-up writes,
 * equal core's teamTab/controlTab functions over the same cells, for whatever the manager types.
 */
import fc from 'fast-check';
import { FIRST_DATA_ROW, MS, applyPlan, findOurTabs, planSetup, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { CONTROL, CONTROL_POINTS, CONTROL_STATUS, controlFigures, controlStatus } from '../../core/layout/controlTab';
import { TEAM, TEAM_MIX, groupLabel, teamMix } from '../../core/layout/teamTab';
import { BRIEFED_ON } from '../../core/layout/briefTab';
import { TEAM_GROUPS } from '../../core/methodology/teamTraits';
import { CHECKLIST_LENGTH } from '../../core/methodology';
import { EN_HEADERS, ZH_HEADERS, workbook } from './fixtures';
import { agreesInBothLanguages, frozen, toHyperFormula, value } from './hyperformula';
import type { HyperFormula } from 'hyperformula';

const RUN_DATE = '2027-01-04';
const RUN_DAY = (Date.UTC(2027, 0, 4) - Date.UTC(1899, 11, 30)) / 86_400_000;

const rating: fc.Arbitrary<SnapshotCell> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom<SnapshotCell>(null, '', 0, 6, 2.5, '3', 'x', true) },
);
const rolePlay: fc.Arbitrary<SnapshotCell> = fc.oneof(fc.constant(null), fc.integer({ min: RUN_DAY - 30, max: RUN_DAY + 3 }), fc.constant('last week'));
const teamRow = fc.tuple(fc.array(rating, { minLength: 5, maxLength: 5 }), rolePlay);
const level = fc.integer({ min: 0, max: 6 });
const status: fc.Arbitrary<SnapshotCell> = fc.constantFrom(null, null, '赢单', 'Lost', 'On hold');
const gradeInput: fc.Arbitrary<SnapshotCell> = fc.constantFrom(null, '高', '低', 'High', 'low', ' ');

interface Typed {
  tracker: [string, string, string][];
  team: [SnapshotCell[], SnapshotCell][];
  levels: number[];
  statuses: SnapshotCell[];
  grades: [SnapshotCell, SnapshotCell][];
  /** Brief rows typed: the deal (an index into the tracker) and whether its Briefed on date is filled. */
  briefs: [number, boolean][];
}

const names = fc.constantFrom('ERP', 'CRM', 'MES', 'erp ', 'OA');
const customers = fc.constantFrom('华东精密', '华北重工', 'Acme', 'acme', ' Beta  Co');
const reps = fc.constantFrom('李明', '张伟', 'Ann', 'ann');

const typed: fc.Arbitrary<Typed> = fc.record({
  tracker: fc.array(fc.tuple(names, customers, reps), { minLength: 1, maxLength: 8 }),
  team: fc.array(teamRow, { minLength: 1, maxLength: 12 }),
  levels: fc.array(level, { minLength: 1, maxLength: 8 }),
  statuses: fc.array(status, { minLength: 1, maxLength: 8 }),
  grades: fc.array(fc.tuple(gradeInput, gradeInput), { minLength: 1, maxLength: 6 }),
  briefs: fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.boolean()), { maxLength: 4 }),
});

function rowsOf(wb: WorkbookSnapshot, name: string): SnapshotCell[][] {
  return wb.sheets.find((s) => s.name === name)!.rows as SnapshotCell[][];
}

/** The set-up on a tracker, then the manager's typing on the milestone, grading, brief and team tabs. */
function typedWorkbook(lang: 'zh' | 'en', t: Typed): WorkbookSnapshot {
  const snap = workbook({ name: 'T', rows: [lang === 'zh' ? ZH_HEADERS : EN_HEADERS, ...t.tracker.map(([o, c, r]) => [o, c, r, 1000, null, null])], tables: [] });
  const setup = planSetup(snap, { lang, date: RUN_DATE });
  const wb = applyPlan(snap, setup);
  const ms = rowsOf(wb, setup.tabs.milestones);
  for (let r = FIRST_DATA_ROW; r < ms.length; r++) {
    const i = r - FIRST_DATA_ROW;
    const row = [...(ms[r] ?? [])];
    const level = t.levels[i % t.levels.length];
    // Level n: every item of milestones 1..n ticked (the first 5, 8, 13, 15, 18, 22 items).
    const upTo = [0, 5, 8, 13, 15, 18, CHECKLIST_LENGTH][level];
    for (let k = 0; k < CHECKLIST_LENGTH; k++) row[MS.checklist + k] = k < upTo ? '✓' : null;
    row[MS.status] = t.statuses[i % t.statuses.length];
    ms[r] = row;
  }
  const grading = rowsOf(wb, setup.tabs.grading);
  for (let r = FIRST_DATA_ROW; r < grading.length; r++) {
    const [rel, att] = t.grades[(r - FIRST_DATA_ROW) % t.grades.length];
    grading[r] = [grading[r][0], rel, att, ...grading[r].slice(3)];
  }
  const brief = rowsOf(wb, setup.tabs.brief);
  t.briefs.forEach(([k, dated], i) => {
    const [o, c] = t.tracker[k % t.tracker.length];
    const row: SnapshotCell[] = [o, c];
    if (dated) row[BRIEFED_ON] = RUN_DAY - 1;
    brief[FIRST_DATA_ROW + i] = row;
  });
  const team = rowsOf(wb, setup.tabs.team);
  t.team.forEach(([ratings, date], i) => {
    const r = FIRST_DATA_ROW + i;
    const row = [...(team[r] ?? [])];
    // Rows past the pipeline's reps are the blank rows: the manager types a rep there.
    if (row[TEAM.rep] === null || row[TEAM.rep] === undefined) row[TEAM.rep] = `新人${i}`;
    ratings.forEach((v, k) => (row[TEAM.firstTrait + k] = v));
    row[TEAM.lastRolePlay] = date;
    team[r] = row;
  });
  return wb;
}

/** The team tab's group column and mix as HyperFormula computes them, against core. */
function checkTeam(lang: 'zh' | 'en', wb: WorkbookSnapshot, hf: HyperFormula): void {
  const team = findOurTabs(wb).get('team')!.sheet;
  for (let r = FIRST_DATA_ROW; r < team.rows.length; r++) {
    const cells = team.rows[r] ?? [];
    if (cells[TEAM.group] === undefined) continue;
    expect([r, value(hf, team.name, r, TEAM.group)]).toEqual([r, groupLabel(cells as unknown[], lang)]);
  }
  const mix = teamMix(team, lang);
  TEAM_GROUPS.forEach((g, k) => {
    expect(value(hf, team.name, TEAM_MIX.headerRow + 1 + k, TEAM_MIX.col)).toBe(g[lang]);
    expect([g.key, value(hf, team.name, TEAM_MIX.headerRow + 1 + k, TEAM_MIX.col + 1)]).toEqual([g.key, mix[k]]);
  });
}

/** The control tab's figures and statuses as HyperFormula computes them, against core. */
function checkControl(lang: 'zh' | 'en', wb: WorkbookSnapshot, hf: HyperFormula): void {
  const control = findOurTabs(wb).get('control')!.sheet;
  const figures = controlFigures(wb, lang);
  CONTROL_POINTS.forEach((p, i) => {
    const row = FIRST_DATA_ROW + i;
    const figure = figures[p.key];
    const status = controlStatus(figure);
    expect([p.key, value(hf, control.name, row, CONTROL.figure) ?? null]).toEqual([p.key, figure]);
    expect([p.key, value(hf, control.name, row, CONTROL.status) ?? null]).toEqual([p.key, status === null ? null : CONTROL_STATUS[status][lang]]);
  });
}

/** The team tab alone (its formulas read no other tab): HyperFormula takes seconds over the whole workbook. */
function teamOnly(wb: WorkbookSnapshot): WorkbookSnapshot {
  return { sheets: [findOurTabs(wb).get('team')!.sheet] };
}

function check(lang: 'zh' | 'en', t: Typed): void {
  const wb = typedWorkbook(lang, t);
  const hf = toHyperFormula(wb);
  checkTeam(lang, wb, hf);
  checkControl(lang, wb, hf);
}

describe('team design and control points: core and the written formulas agree (HyperFormula)', () => {
  agreesInBothLanguages(
    'the suggested group and the mix, for ratings typed as numbers, text, blanks and out of range',
    typed,
    (lang, t) => {
      const wb = typedWorkbook(lang, t);
      checkTeam(lang, wb, toHyperFormula(teamOnly(wb)));
    },
    100,
  );

  // HyperFormula takes seconds per workbook over the control tab's 1 000-row MATCHes: few runs.
  agreesInBothLanguages('every control figure and status, for grades, briefs, milestones, statuses and role-play dates as typed', typed, check, 5);

  it('counts what a manager would: an ungraded customer, a key deal without a dated brief, a rep not role-played', () => {
    const t: Typed = {
      tracker: [
        ['ERP', '华东精密', '李明'],
        ['CRM', '华北重工', '张伟'],
      ],
      team: [
        [[5, 5, 5, 1, 1], RUN_DAY - 3],
        [[1, 2, 2, 5, 5], RUN_DAY - 20],
      ],
      levels: [2, 0],
      statuses: [null],
      grades: [
        ['高', '高'],
        [null, '低'],
      ],
      briefs: [],
    };
    const wb = typedWorkbook('zh', t);
    expect(controlFigures(wb, 'zh')).toEqual({ listed: 0, graded: 1, milestones: 1, brief: 1, joined: null, rolePlay: 1 });
    // A brief row the set-up listed, or one typed without its Briefed on date, is no brief yet; dated, it is.
    expect(controlFigures(typedWorkbook('zh', { ...t, briefs: [[0, false]] }), 'zh').brief).toBe(1);
    expect(controlFigures(typedWorkbook('zh', { ...t, briefs: [[0, true]] }), 'zh').brief).toBe(0);
    check('zh', { ...t, briefs: [[0, false], [0, true]] });
    const team = findOurTabs(wb).get('team')!.sheet;
    expect(groupLabel(team.rows[FIRST_DATA_ROW] as unknown[], 'zh')).toBe('客户开发');
    expect(groupLabel(team.rows[FIRST_DATA_ROW + 1] as unknown[], 'zh')).toBe('客户维护');
    check('zh', t);
  });

  it('reads the tabs past their first 2 000 rows: open deals set up below them, not at M1 or of a customer taken off the grading tab, count (2 100 deals)', () => {
    const rows = Array.from({ length: 2100 }, (_, i): SnapshotCell[] => [`机会${i}`, i < 2050 ? `客户${i % 5}` : '晚到客户', i % 2 ? '张伟' : '李明', 1000, null, null]);
    const snap = workbook({ name: 'T', rows: [ZH_HEADERS, ...rows], tables: [] });
    const setup = planSetup(snap, { lang: 'zh', date: RUN_DATE });
    const wb = applyPlan(snap, setup);
    // The manager takes the customer of the last 50 deals off the grading tab.
    const grading = rowsOf(wb, setup.tabs.grading);
    grading[grading.findIndex((r) => r?.[0] === '晚到客户')] = [];
    expect(controlFigures(wb, 'zh')).toEqual({ listed: 50, graded: 5, milestones: 2100, brief: 0, joined: null, rolePlay: 2 });
    // The tabs it reads as the set-up computed them (nothing ticked or typed there since): HyperFormula computes the control tab alone.
    const read = (['control', 'milestones', 'grading', 'brief', 'team'] as const).map((k) => setup.tabs[k]);
    const computed = frozen({ sheets: wb.sheets.filter((x) => read.includes(x.name)) }, setup, read.slice(1));
    checkControl('zh', wb, toHyperFormula(computed));
  });
});
