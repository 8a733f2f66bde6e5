import { funnel } from '../../core/funnel';
import { renderFunnel, renderTable, visible } from '../../xlsx/funnelTable';

/** What a reader decoding the cell text `_x001B_[31m李明_x001B_[0m` hands over. */
const RED_REP = '\u001b[31m李明\u001b[0m';

describe('printing cell text to the terminal', () => {
  it('shows an escape sequence from a rep name instead of letting the terminal run it', () => {
    const text = renderFunnel(funnel([{ level: 3, amount: 1000, rep: RED_REP }, { level: 1, amount: 500, rep: 'clear\u001b[2Jscreen' }]), 'zh');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('␛[31m李明␛[0m');
    expect(text).toContain('clear␛[2Jscreen');
  });

  it('keeps the table one line per row when a cell holds line breaks and tabs', () => {
    const table = renderTable(['Rep', 'Count'], [['Li\nMing\r', '1'], ['Wang\tFang', '2']], [false, true]);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('Li␊Ming␍');
    expect(table).toContain('Wang␉Fang');
    const [, , first, second] = table.split('\n');
    expect(first.length).toBe(second.length);
  });

  it.each([
    ['ESC', '\u001b', '␛'],
    ['NUL', '\u0000', '␀'],
    ['BEL', '\u0007', '␇'],
    ['DEL', '\u007f', '␡'],
    ['the C1 CSI', '\u009b', '\\x9b'],
    ['NEL', '\u0085', '\\x85'],
    ['a right-to-left override', '\u202e', '\\u202e'],
    ['a bidi isolate', '\u2066', '\\u2066'],
  ])('makes %s visible', (_, control, shown) => {
    expect(visible(`a${control}b`)).toBe(`a${shown}b`);
  });

  it('leaves ordinary text, Chinese and symbols alone', () => {
    const text = '王芳 ¥1,200 — 合格决策者 ✓ é';
    expect(visible(text)).toBe(text);
  });
});
