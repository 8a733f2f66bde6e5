/** The Excel host's workbook side: read → core plan → apply, for the task pane to call. */
export { setupWorkbook, generateFunnel, generateFreshFunnel } from './operations';
export type { Progress, SetupWorkbookOptions, FunnelWorkbookOptions, SetupSummary, FunnelSummary, RunSummary } from './operations';
export { readWorkbook } from './reader';
export { readForInspect, readForSetup } from './selectiveRead';
export { readForFunnel } from './funnelRead';
export type { ReadResult } from './reader';
export { applyPlanToExcel, FUNNEL_CHART_NAME } from './applier';
export { detectFeatures } from './features';
export type { ExcelFeatures, Requirements } from './features';
export { mapExcelError } from './errors';
