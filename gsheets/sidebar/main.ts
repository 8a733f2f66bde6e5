/**
 * The sidebar's script, inlined into dist/gsheets/Sidebar.html: the shared pane over the
 * google.script.run bridge.
 */
import { mountPane } from '../../pane/app';
import type { ScriptRunner } from './scriptRun';
import { sheetsBridge } from './sheetsBridge';

declare const google: { script: { run: ScriptRunner } };

const root = document.getElementById('pane');
if (root) mountPane(root, sheetsBridge(() => google.script.run));
