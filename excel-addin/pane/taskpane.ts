/// <reference types="office-js" />
/**
 * Entry of dist/excel-addin/taskpane.js: the shared pane over the Excel bridge, once Office is
 * ready. The shared runtime page also loads functions.js, so the custom functions and the pane
 * live in one runtime.
 */
import { mountPane } from '../../pane/app';
import { excelBridge } from './excelBridge';
import { applyTheme, paneTheme } from './theme';

Office.onReady(() => {
  const root = document.getElementById('pane');
  if (!root) return;
  // Office's theme (dark included), where this Office tells it.
  applyTheme(root, paneTheme(Office.context.officeTheme));
  mountPane(
    root,
    excelBridge({
      run: (work) => Excel.run(work),
      requirements: Office.context.requirements,
      displayLanguage: Office.context.displayLanguage ?? 'en',
    }),
  );
});
