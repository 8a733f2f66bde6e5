/// <reference types="office-js" />
/**
 * Everything the Excel bridge runs — core's planner, the Excel reader and applier, the coaching
 * view — as one module the pane loads on its first action (excelBridge.ts imports it lazily):
 * webpack makes it its own file, workbook.js, so taskpane.js is the pane's shell alone and draws
 * before the planner has arrived.
 */
export { workbookInfo } from '../../core/report/summaries';
export { detectFeatures } from '../workbook/features';
export { generateFreshFunnel, readForInspect, setupWorkbook } from '../workbook';
export { coachWorkbook } from './coach';
