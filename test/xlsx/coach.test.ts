import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { FACTORS, activityMix, checklistReport, fiveKIndex, rubricScore, salesIntensity, weakestFactor } from '../../core';
import { evaluateMilestoneTab } from '../../core/layout';
import { coachingView, type CoachingView } from '../../core/report/coaching';
import { openPackage } from '../../xlsx/read/openPackage';
import { runApply } from '../../xlsx/run';
import { sampleActivity, sampleOpportunities } from '../../samples/teamPipeline';
import { SAMPLE_SEEN } from '../../samples/sampleWorkbook';
import { renderCoaching } from '../../xlsx/coachText';
import { zhTracker } from '../layout/fixtures';
import { pcss, SAMPLE_WORKBOOK, sampleCopy } from '../support/commandLine';
import { tempFolder } from '../support/files';
import { workbookFile } from './xlsxHost';


/** The sample's 5K scores as scripts/demo.ts computes them: the rubric level the rep picked, with the role for the factors that have one; a blank level 0. */
function sampleScores(o: ReturnType<typeof sampleOpportunities>[number]): number[] | null {
  if (o.levels.every((l) => !l)) return null;
  const byRole = FACTORS.filter((f) => f.byRole).map((f) => f.key as string);
  return FACTORS.map((f, i) => (o.levels[i] ? rubricScore(f.key, o.levels[i], f.byRole ? o.roles[byRole.indexOf(f.key)] : undefined) : 0));
}

describe('the coaching view of the bundled sample, after pcss apply', () => {
  let view: CoachingView;
  let out: string;
  let funnelCount: number;

  beforeAll(async () => {
    out = join(tempFolder('pcss-coach-'), 'team.xlsx');
    await runApply({ input: SAMPLE_WORKBOOK, output: out, date: '2027-01-04' });
    const { snapshot } = openPackage(readFileSync(out), out);
    view = coachingView(snapshot);
    funnelCount = evaluateMilestoneTab(snapshot).funnel.count;
  }, 120_000);

  it('gives each rep the activity mix core computes from the activity counts', () => {
    const mix = activityMix(sampleActivity());
    expect(view.team.counts).toEqual(mix.teamCounts);
    expect(view.team.shares).toEqual(mix.teamShares);
    for (const expected of mix.reps) {
      const rep = view.reps.find((r) => r.rep === expected.rep)!;
      expect(rep.activity).toEqual({ counts: expected.counts, total: expected.total, shares: expected.shares });
      expect(rep.neverTaken.map((s) => s.id)).toEqual(expected.gaps.filter((g) => g.kind === 'never').map((g) => g.step.id));
      expect(rep.fewAsks !== null).toBe(expected.gaps.some((g) => g.kind === 'fewAsks'));
    }
  });

  it('says 丁磊 never asks for the business', () => {
    const ding = view.reps.find((r) => r.rep === '丁磊')!;
    expect(ding.neverTaken.map((s) => s.id)).toContain('S5');
    expect(ding.activity!.counts[4]).toBe(0);
    expect(view.team.counts[4]).toBeGreaterThan(0);
  });

  it('gives each open deal the milestone, next step, out-of-order ticks and 5K results core computes from the sample', () => {
    const deals = view.reps.flatMap((r) => r.opportunities);
    // Open deals only: those the funnel counts.
    expect(deals).toHaveLength(funnelCount);
    const opportunities = sampleOpportunities();
    const byName = new Map(opportunities.map((o) => [o.name, o]));
    let assessed = 0;
    for (const deal of deals) {
      const o = byName.get(deal.opportunity)!;
      expect(deal.customer).toBe(o.customer);
      // The deals the tracker added since the sample's set-up have no ticks or levels yet.
      const added = opportunities.indexOf(o) >= SAMPLE_SEEN;
      const report = checklistReport(added ? new Array(22).fill(false) : o.checklist);
      expect(deal.milestone.id).toBe(['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6'][report.level]);
      expect(deal.nextStep?.id ?? null).toBe(report.nextStep?.id ?? null);
      expect(deal.outOfOrder.map((k) => k.id)).toEqual(report.outOfOrder.map((k) => k.id));
      const scores = added ? null : sampleScores(o);
      if (!scores) {
        expect(deal.weakest).toBeNull();
        continue;
      }
      assessed++;
      expect(deal.weakest).toEqual({ key: weakestFactor(scores).key, zh: weakestFactor(scores).zh, en: weakestFactor(scores).en, score: Math.min(...scores) });
      expect(deal.intensity).toBe(salesIntensity(scores));
      expect(deal.fiveK).toBe(fiveKIndex(scores));
    }
    expect(assessed).toBeGreaterThan(20);
  });

  it('takes each rep\'s weakest factor as the lowest average over their assessed open deals', () => {
    const byName = new Map(sampleOpportunities().map((o) => [o.name, o]));
    for (const rep of view.reps) {
      const scored = rep.opportunities.filter((d) => d.weakest !== null).map((d) => sampleScores(byName.get(d.opportunity)!)!);
      expect(rep.assessedDeals).toBe(scored.length);
      const sums = FACTORS.map((_, i) => scored.reduce((s, x) => s + x[i], 0));
      expect(rep.weakest?.key).toBe(weakestFactor(sums).key);
      expect(rep.weakest!.score).toBeCloseTo(Math.min(...sums) / scored.length, 9);
      expect(rep.outOfOrderDeals).toBe(rep.opportunities.filter((d) => d.outOfOrder.length > 0).length);
    }
  });

  it('shows one rep when asked, compared as the funnel compares reps, with the team\'s rates', () => {
    const { snapshot } = openPackage(readFileSync(out), out);
    const one = coachingView(snapshot, ' 丁磊 ');
    expect(one.reps.map((r) => r.rep)).toEqual(['丁磊']);
    expect(one.team).toEqual(view.team);
    expect(coachingView(snapshot, 'Nobody').reps).toEqual([]);
    expect(one.allReps).toEqual(['李明', '张伟', '王芳', '刘洋', '许静', '丁磊']);
  });
});

describe('pcss coach', () => {
  it('says that 丁磊 never asks for the business, and reads without writing', () => {
    const { dir, file: input, before } = sampleCopy('pcss-coach-cli-');
    const r = pcss(['coach', input, '--rep', '丁磊']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('辅导:丁磊');
    expect(r.stdout).toContain('从未做过:S5 要求生意');
    expect(r.stdout).toMatch(/要求生意:占其业务动作的 0%.团队 \d+%. —— 从不要求生意/);
    expect(r.stdout).not.toContain('辅导:王芳');
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
  }, 120_000);

  it('prints every rep in English with --lang en, each deal with its next step and weakest factor', () => {
    const { file: input } = sampleCopy('pcss-coach-cli-');
    const r = pcss(['coach', input, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Team activity mix S1–S6: /);
    for (const rep of ['李明', '张伟', '王芳', '刘洋', '许静', '丁磊']) expect(r.stdout).toContain(`Coaching: ${rep} — `);
    expect(r.stdout).toContain('Never takes: S5 Ask for the business');
    expect(r.stdout).toMatch(/Weakest 5K factor: \w+, average [\d.]+\/20 over \d+ assessed deals/);
    expect(r.stdout).toMatch(/Opportunity +Customer +Milestone +Next step +Weakest +5K +Out of order/);
  }, 120_000);

  it('says a --rep that names nobody, with the reps there are (exit 1)', () => {
    const { file: input } = sampleCopy('pcss-coach-cli-');
    const r = pcss(['coach', input, '--rep', 'Nobody']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/找不到销售人员“Nobody”;工作簿中的销售人员:李明, 张伟, 王芳, 刘洋, 许静, 丁磊/);
  }, 120_000);

  it('refuses a workbook not set up yet (exit 1)', async () => {
    const dir = tempFolder('pcss-coach-bare-');
    const input = join(dir, 'bare.xlsx');
    await workbookFile({ sheets: [zhTracker(5)] }, input);
    const r = pcss(['coach', input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/尚未设置.*not set up yet/);
    expect(readdirSync(dir)).toEqual(['bare.xlsx']);
  }, 120_000);

  it('keeps text from cells from clearing the terminal or breaking the table', () => {
    const deal = { opportunity: 'line\nbreak', customer: 'bidi\u202eevil', milestone: { id: 'M0', zh: '未合格', en: 'Not qualified' }, nextStep: null, outOfOrder: [], weakest: null, intensity: null, fiveK: null, signals: { count: 0, latest: '' as const }, signalsAhead: false };
    const rep = { rep: '\u001b[2J坏', activity: null, neverTaken: [], fewAsks: null, openDeals: 1, assessedDeals: 0, weakest: null, outOfOrderDeals: 0, signalsAheadDeals: 0, opportunities: [deal] };
    const text = renderCoaching({ reps: [rep], allReps: [rep.rep], team: { counts: [0, 0, 0, 0, 0, 0], shares: [0, 0, 0, 0, 0, 0] }, fewAsksRatio: 0.5, warnings: [] }, 'zh');
    expect(text).toContain('辅导:␛[2J坏');
    expect(text).toContain('line␊break');
    expect(text).toContain('bidi\\u202eevil');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
  });
});
