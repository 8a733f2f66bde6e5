/**
 * The Apps Script top-level functions besides the custom functions: triggers, menu items, and
 * what the sidebar calls through google.script.run. gas-webpack-plugin turns each
 * `global.NAME = (…) => …` into `function NAME(…)` at the top of Code.js.
 */
import { endpoints, menuActions } from './endpoints';
import { inspectSheet } from './inspectSheet';
import { showSidebar } from './sidebar';

// webpack's name for the global object, declared here: Apps Script code has no Node typings.
declare const global: Record<string, unknown>;

/** Simple trigger: builds the add-on menu, whatever the AuthMode (it reads nothing). */
const onOpen = (_e?: unknown): void => menuActions.open();
global.onOpen = (e?: unknown) => onOpen(e);
/** Installing the add-on runs onOpen, so the menu appears without reloading the spreadsheet. */
global.onInstall = (e?: unknown) => onOpen(e);

global.pcssMenuSetup = () => menuActions.setup();
global.pcssMenuFunnel = () => menuActions.funnel();
global.pcssShowSidebar = () => showSidebar();

global.pcssDisplayLang = () => endpoints.displayLang();
global.pcssInspect = () => endpoints.inspect();
global.pcssInspectSheet = (request: unknown) => inspectSheet(request);
global.pcssSetup = (request: unknown, token?: string) => endpoints.setup(request, token);
global.pcssFunnel = (request: unknown, token?: string) => endpoints.funnel(request, token);
global.pcssProgress = (token: unknown) => endpoints.progress(token);
