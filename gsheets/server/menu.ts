import { services } from './sheetsApi';

/**
 * The add-on menu (Extensions › the add-on, named after the project). Labels carry both languages, Chinese
 * first: onOpen may run in AuthMode.NONE, where the spreadsheet (and so its locale) cannot be
 * read, and a menu that changes language with the locale would also change under a user who
 * switched it. Each item names a top-level function of Code.js.
 */
export const MENU_ITEMS = [
  { caption: '设置工作簿 Set up workbook', functionName: 'pcssMenuSetup' },
  { caption: '生成漏斗 Generate funnel', functionName: 'pcssMenuFunnel' },
  { caption: '打开侧栏 Open sidebar', functionName: 'pcssShowSidebar' },
] as const;

/** Builds the menu. Touches nothing but the UI, so it works whatever the AuthMode. */
export function buildMenu(): void {
  const menu = services().SpreadsheetApp.getUi().createAddonMenu();
  MENU_ITEMS.forEach((item, i) => {
    if (i === MENU_ITEMS.length - 1) menu.addSeparator();
    menu.addItem(item.caption, item.functionName);
  });
  menu.addToUi();
}
