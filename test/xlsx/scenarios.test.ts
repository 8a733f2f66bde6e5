import { describeScenarios } from '../scenarios/describeScenarios';
import { XlsxHost } from './xlsxHost';

describeScenarios('set-up scenarios on the .xlsx host', () => new XlsxHost(), { timeoutMs: 180_000 });
