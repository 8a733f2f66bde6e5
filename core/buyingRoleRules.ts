/**
 * 五种参与决策人 (methodology.md §6) on the key opportunity brief, and what the Power rubric (§2)
 * allows while the workbook names no decision maker: the rules of the brief's coverage column
 * and the intensity tab's Power check (layout/roleColumns.ts).
 */
import { isSheetBlank } from './cells/cellValue';
import type { Bilingual } from './methodology/bilingual';
import { BUYING_ROLES } from './methodology/buyingRoles';
import { RUBRICS } from './methodology/rubrics';

/**
 * The most Power the rubric gives before the decision maker himself agrees to anything: W3
 * 经办人同意引荐决策者 (9). From W4 (10, 决策者同意继续探究) to W7 every level is the decision
 * maker's own agreement, so he has been reached — and the course has the rep brief the manager
 * then (接触决策者后向主管作简报), naming him on the brief. Read from the rubric, not typed here.
 */
export const POWER_WITHOUT_DECISION_MAKER: number = (() => {
  const levels = RUBRICS.power;
  const first = levels.findIndex((l) => l.zh.startsWith('决策者'));
  return levels[first - 1].contact;
})();

export const POWER_CHECK: Bilingual = { zh: '未填决策者,权力评分过高', en: 'No decision maker named: Power too high' };

/** The Power check: a score above POWER_WITHOUT_DECISION_MAKER while the brief names no decision maker. */
export function powerNeedsDecisionMaker(powerScore: unknown, decisionMakerNamed: boolean): boolean {
  return typeof powerScore === 'number' && powerScore > POWER_WITHOUT_DECISION_MAKER && !decisionMakerNamed;
}

/** How many of the five roles have a name (TRIM(name)<>""), of BUYING_ROLES.length. */
export function roleCoverage(names: readonly unknown[]): number {
  return names.slice(0, BUYING_ROLES.length).filter((n) => !isSheetBlank(n)).length;
}
