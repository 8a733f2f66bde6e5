import { growPastBounds } from '../scenarios/boundsGrowth';
import { XlsxHost } from './xlsxHost';

describe('pcss apply moves the tabs\' bounds as the pipeline grows', () => {
  it('writes the coaching, control, brief and grading formulas again past their bound, once', () => growPastBounds(new XlsxHost()), 180_000);
});
