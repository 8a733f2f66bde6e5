/**
 * Entry of dist/gsheets/Code.js, the one Apps Script server file. Each module imported here
 * assigns its top-level functions to `global` (gas-webpack-plugin turns them into function
 * declarations). Later: the menu and the sidebar join here.
 */
import './customFunctions';
