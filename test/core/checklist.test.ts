import { buyerStage, checklistReport, milestoneLevel, nextStep, outOfOrderItems, readChecklist, MethodError } from '../../core';

/** A checklist with the first `n` items verified. */
const upTo = (n: number): boolean[] => Array.from({ length: 22 }, (_, i) => i < n);
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('the milestone of a checklist', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [7, 1],
    [8, 2],
    [13, 3],
    [15, 4],
    [18, 5],
    [21, 5],
    [22, 6],
  ])('with the first %i items verified is level %i', (n, level) => {
    expect(milestoneLevel(upTo(n))).toBe(level);
  });

  it('holds the milestone back while K07 is unverified', () => {
    const verified = upTo(13);
    verified[6] = false; // K07, the letter to the contact
    expect(milestoneLevel(verified)).toBe(1);
    expect(ids(outOfOrderItems(verified))).toEqual(['K08', 'K09', 'K10', 'K11', 'K12', 'K13']);
  });

  it('does not advance on items ticked ahead of an earlier gap, and reports them', () => {
    const verified = upTo(3);
    verified[9] = true;
    verified[21] = true;
    expect(milestoneLevel(verified)).toBe(0);
    expect(ids(outOfOrderItems(verified))).toEqual(['K10', 'K22']);
  });

  it('reports nothing out of order when the ticks are a prefix', () => {
    expect(outOfOrderItems(upTo(9))).toEqual([]);
  });
});

describe('the buyer stage and the next step', () => {
  it('puts a fresh opportunity in 觉察问题 with K01 next', () => {
    expect(buyerStage(upTo(0)).zh).toBe('觉察问题');
    expect(nextStep(upTo(0))?.id).toBe('K01');
  });

  it('skips K07 for the buyer stage but not for the next step', () => {
    const verified = upTo(6); // K01..K06 done, K07 (the letter) not
    expect(buyerStage(verified).id).toBe('B2');
    expect(nextStep(verified)?.id).toBe('K07');
  });

  it('ends in 感受反馈 with no next step when every item is verified', () => {
    expect(buyerStage(upTo(22)).zh).toBe('感受反馈');
    expect(nextStep(upTo(22))).toBeNull();
  });

  it('reports the stage from the first gap even when later items are ticked', () => {
    const verified = upTo(22);
    verified[13] = false; // K14
    expect(buyerStage(verified).id).toBe('B4');
    expect(nextStep(verified)?.zh).toBe('按标准选择供应商和产品');
  });
});

describe('reading checklist cells', () => {
  it('accepts the ways spreadsheets hold a tick', () => {
    const cells = [true, 1, 'x', '✓', '√', '是', 'yes', 'TRUE', ' X ', 'Ｙｅｓ', '1', false, 0, '', null, undefined, '否', 'no', 'FALSE', '0', '  ', '☐'];
    expect(readChecklist(cells)).toEqual([...Array(11).fill(true), ...Array(11).fill(false)]);
  });

  it('refuses a checklist that is not 22 cells, saying so in both languages', () => {
    expect(() => readChecklist(Array(21).fill(true))).toThrow(MethodError);
    try {
      readChecklist(Array(23).fill(true));
    } catch (e) {
      expect((e as MethodError).zh).toContain('23');
      expect((e as MethodError).en).toContain('expected 22');
    }
  });

  it('names the item whose cell it cannot read, never guessing', () => {
    const cells: unknown[] = upTo(22);
    cells[4] = 'maybe';
    expect(() => readChecklist(cells)).toThrow(/K05.*maybe/);
    cells[4] = 2;
    expect(() => readChecklist(cells)).toThrow(MethodError);
  });

  it('reports milestone, stage, next step and out-of-order items in one go', () => {
    const cells = upTo(8).map((v) => (v ? '√' : ''));
    cells[14] = '√';
    const report = checklistReport(cells);
    expect(report.level).toBe(2);
    expect(report.buyerStage.id).toBe('B2');
    expect(report.nextStep?.id).toBe('K09');
    expect(ids(report.outOfOrder)).toEqual(['K15']);
  });
});
