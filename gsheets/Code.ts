/**
 * Entry of dist/gsheets/Code.js, the one Apps Script server file. Each module imported here
 * assigns its top-level functions to `global` (gas-webpack-plugin turns them into function
 * declarations): the custom functions, then the menu, the sidebar and what the sidebar calls.
 */
import './customFunctions';
import './server/globals';
