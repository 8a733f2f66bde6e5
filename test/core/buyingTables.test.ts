/**
 * Issue 18's tables against the transcription (docs/methodology.md §6 and §7): the buying
 * signals by group and the five roles in a buying decision, and the Power line the workbook
 * draws from the rubric.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { BUYING_ROLES, BUYING_SIGNALS, RUBRICS, SIGNAL_GROUPS, signalsOf } from '../../core/methodology';
import { POWER_WITHOUT_DECISION_MAKER } from '../../core/buyingRoleRules';
import { signalOption } from '../../core/layout/signalColumns';

const markdown = readFileSync(join(__dirname, '../../docs/methodology.md'), 'utf8');
const section = (heading: string) => markdown.slice(markdown.indexOf(heading), markdown.indexOf('\n## ', markdown.indexOf(heading) + 1));
/** Curly and straight quotes alike. */
const plain = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase();

describe('the buying signals (methodology.md §7)', () => {
  const bullets = section('## 7. Buying signals').split('\n').filter((l) => l.startsWith('- '));

  it('has the three groups of the source, in its order, each with its signals as transcribed', () => {
    expect(SIGNAL_GROUPS.map((g) => g.zh)).toEqual(['表情方面', '体态方面', '语言方面']);
    expect(bullets).toHaveLength(SIGNAL_GROUPS.length);
    SIGNAL_GROUPS.forEach((g, i) => {
      const [name, list] = bullets[i].slice(2).split(/:\s*/, 2);
      expect(name).toBe(g.en);
      const listed = list.replace(/\.$/, '').split(/;\s*/).map(plain);
      expect(signalsOf(g.key).map((s) => plain(s.en))).toEqual(listed);
    });
    expect(signalsOf('face')).toHaveLength(4);
    expect(signalsOf('body')).toHaveLength(4);
    expect(signalsOf('words')).toHaveLength(7);
  });

  it('labels every signal in both languages, and each dropdown option is one Excel list item', () => {
    for (const s of BUYING_SIGNALS) {
      expect(s.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(s.en).toMatch(/^[A-Z]/);
      for (const lang of ['zh', 'en'] as const) expect(signalOption(s, lang)).not.toMatch(/[,"]/);
    }
    // An explicit list is at most 255 characters in Excel.
    for (const g of SIGNAL_GROUPS) for (const lang of ['zh', 'en'] as const) expect(signalsOf(g.key).map((s) => signalOption(s, lang)).join(',').length).toBeLessThanOrEqual(255);
  });
});

describe('the five roles in a buying decision (methodology.md §6)', () => {
  it('are the source\'s five, in its order', () => {
    expect(BUYING_ROLES.map((r) => `${r.zh} ${r.en.toLowerCase()}`).join(', ')).toBe('决策人 decision maker, 采购人员 purchaser, 支持者 supporter, 技术人员 technical evaluator, 使用者 user');
    expect(markdown).toContain('决策人 decision maker, 采购人员 purchaser,\n  支持者 supporter, 技术人员 technical evaluator, 使用者 user');
  });

  it('draws the Power line at W3, the last level before the decision maker\'s own agreement', () => {
    const w3 = RUBRICS.power.find((l) => l.code === 'W3')!;
    expect(POWER_WITHOUT_DECISION_MAKER).toBe(w3.contact);
    expect(section('### 权力评分 Power')).toContain('| W3 | 9 | 经办人同意引荐决策者');
    expect(section('### 权力评分 Power')).toContain('| W4 | 10 | 决策者同意继续探究');
  });
});
