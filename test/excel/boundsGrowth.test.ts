import { growPastBounds } from '../scenarios/boundsGrowth';
import { ExcelFakeHost } from './excelHost';

describe('the Excel add-in moves the tabs\' bounds as the pipeline grows', () => {
  it('writes the coaching, control, brief and grading formulas again past their bound, once', () => growPastBounds(new ExcelFakeHost()), 180_000);
});
