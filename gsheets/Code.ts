/**
 * Entry of dist/gsheets/Code.js, the one Apps Script server file. Each module required here
 * assigns its top-level functions to `global` (gas-webpack-plugin turns them into function
 * declarations): the custom functions, then the menu, the sidebar and what the sidebar calls.
 * Required, not imported: webpack then makes each the root of its own concatenation of modules,
 * the only place gas-webpack-plugin looks for those assignments (webpack.config.js).
 */
declare const require: (id: string) => unknown;
require('./customFunctions');
require('./server/globals');
