/**
 * The Apps Script top-level functions besides the custom functions: triggers, menu items, and
 * what the sidebar calls through google.script.run. gas-webpack-plugin turns each
 * `global.NAME = (…) => …` into `function NAME(…)` at the top of Code.js.
 */
import { endpoints, menuActions } from './endpoints';
import { showSidebar } from './sidebar';

type GasGlobal = Record<string, unknown>;

/** Simple trigger: builds the add-on menu, whatever the AuthMode (it reads nothing). */
const onOpen = (_e?: unknown): void => menuActions.open();
(global as GasGlobal).onOpen = (e?: unknown) => onOpen(e);
/** Installing the add-on runs onOpen, so the menu appears without reloading the spreadsheet. */
(global as GasGlobal).onInstall = (e?: unknown) => onOpen(e);

(global as GasGlobal).pcssMenuSetup = () => menuActions.setup();
(global as GasGlobal).pcssMenuFunnel = () => menuActions.funnel();
(global as GasGlobal).pcssShowSidebar = () => showSidebar();

(global as GasGlobal).pcssDisplayLang = () => endpoints.displayLang();
(global as GasGlobal).pcssInspect = () => endpoints.inspect();
(global as GasGlobal).pcssSetup = (request: unknown, token?: string) => endpoints.setup(request, token);
(global as GasGlobal).pcssFunnel = (request: unknown, token?: string) => endpoints.funnel(request, token);
(global as GasGlobal).pcssProgress = (token: unknown) => endpoints.progress(token);
