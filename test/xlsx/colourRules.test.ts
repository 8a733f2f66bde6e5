import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { repeatedSetups } from '../scenarios/colourRules';
import { XlsxHost } from './xlsxHost';

describe('pcss apply\'s colour rules over repeated set-ups', () => {
  it('keeps one rule set per tab for the first 1 000 rows, however many set-ups add opportunities', async () => {
    const host = new XlsxHost();
    await repeatedSetups(host, async (name) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(host.path) as unknown as ArrayBuffer);
      const formattings = (wb.getWorksheet(name) as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] }).conditionalFormattings;
      return formattings.flatMap((f) => f.rules.map((r) => ({ range: f.ref, rule: r.type === 'colorScale' ? 'scale' : (r.formulae?.[0] ?? '') })));
    });
  }, 180_000);
});
