/** The pure core: methodology tables and the engine. Knows no host. */
export * from './methodology';
export * from './errors';
export * from './cells/cellValue';
export * from './cells/checkmark';
export * from './cells/amount';
export * from './cells/score';
export * from './lookup';
export * from './checklist';
export * from './rubric';
export * from './intensity';
export * from './customerGrade';
export * from './funnel';
export * from './activityMix';
export * from './pipeline';
