import { rangeRef } from '../../core/layout';
import { repeatedSetups } from '../scenarios/colourRules';
import { SheetsFakeHost } from './sheetsHost';

describe('the Sheets add-on\'s colour rules over repeated set-ups (built Code.js)', () => {
  it('keeps one rule set per tab for the first 1 000 rows, however many set-ups add opportunities', async () => {
    const host = new SheetsFakeHost();
    await repeatedSetups(host, async (name) =>
      host.fake.book.sheets.find((s) => s.name === name)!.conditionalRules.flatMap((r) => r.ranges.map((x) => ({ range: rangeRef(x.box), rule: r.formula?.replace(/^=/, '') ?? 'scale' }))),
    );
  }, 180_000);
});
