/** The workbook layout as data: read → plan → apply, shared by every host. */
export * from './a1';
export * from './types';
export * from './tabs';
export * from './tracker';
export * from './columns';
export * from './rowKeys';
export * from './milestonesTab';
export * from './intensityTab';
export * from './rubricsTab';
export * from './otherTabs';
export * from './planSetup';
export * from './funnelTab';
export * from './levelFunnel';
export * from './applyPlan';
export * from './planRun';
