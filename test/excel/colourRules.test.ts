import { rangeRef } from '../../core/layout';
import { repeatedSetups } from '../scenarios/colourRules';
import { ExcelFakeHost } from './excelHost';

describe('the Excel add-in\'s colour rules over repeated set-ups', () => {
  it('keeps one rule set per tab for the first 1 000 rows, however many set-ups add opportunities', async () => {
    const host = new ExcelFakeHost();
    await repeatedSetups(host, async (name) =>
      host.excel.model.sheet(name)!.conditionalFormats.map((f) => ({ range: rangeRef(f.box), rule: f.type === 'ColorScale' ? 'scale' : (f.formula ?? '').replace(/^=/, '') })),
    );
  }, 180_000);
});
