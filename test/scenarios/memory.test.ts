import { describeScenarios } from './describeScenarios';
import { MemoryHost } from './memoryHost';

describeScenarios('set-up scenarios on the reference (in-memory) host', () => new MemoryHost());
