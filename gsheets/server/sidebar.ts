import { services } from './sheetsApi';

/** The sidebar's file in the Apps Script project (dist/gsheets/Sidebar.html, built from pane/). */
export const SIDEBAR_FILE = 'Sidebar';
export const SIDEBAR_TITLE = '销售进程管理 · Sales Process';

/**
 * Opens the sidebar: the shared pane, served as a plain HTML file (not a template, so nothing
 * in it is evaluated by HtmlService; cell text reaches it only through google.script.run and is
 * set as text).
 */
export function showSidebar(): void {
  const { HtmlService, SpreadsheetApp } = services();
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
