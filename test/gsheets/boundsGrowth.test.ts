import { findOurTabs } from '../../core/layout';
import { growPastBounds } from '../scenarios/boundsGrowth';
import { FakeRange } from './fake/range';
import { SheetsFakeHost } from './sheetsHost';

describe('the Sheets add-on moves the tabs\' bounds as the pipeline grows (built Code.js)', () => {
  it('writes the coaching, control, brief and grading formulas again past their bound, once', async () => {
    // The sheets each run writes cells on.
    const written: Set<string>[] = [];
    const original = FakeRange.prototype.setValues;
    const setValues = jest.spyOn(FakeRange.prototype, 'setValues').mockImplementation(function (this: FakeRange, values: unknown[][]) {
      written[written.length - 1]?.add(this.sheet.name);
      return original.call(this, values);
    });
    const host = new SheetsFakeHost();
    const run = host.run.bind(host);
    host.run = (options) => (written.push(new Set()), run(options));
    try {
      await growPastBounds(host);
    } finally {
      setValues.mockRestore();
    }
    // The last set-up found every bound in place: none of the four tabs written (the control tab
    // follows the brief's bound, which every read holds; an anchored read in Sheets knows of the
    // control tab only that it exists).
    const ours = findOurTabs(await host.read());
    const tabs = (['brief', 'grading', 'coaching', 'control'] as const).map((k) => ours.get(k)!.sheet.name);
    expect(tabs.filter((t) => written[1].has(t))).toEqual(tabs);
    expect(tabs.filter((t) => written[2].has(t))).toEqual([]);
  }, 180_000);
});
