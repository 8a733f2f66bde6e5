// @ts-check
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

// Microsoft's rules for Office.js code (load before read, sync before read, no context.sync() in
// a loop, isNullObject for null objects, no navigational loads...): the rules of the plugin's
// recommended config, without the rest of it (its parser, Prettier, eslint:recommended). Each is
// an error here, so a new finding fails `npm run lint` instead of scrolling past as a warning.
const OFFICE_ADDINS_RULES = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.keys(config.rules ?? {}))
    .filter((rule) => rule.startsWith('office-addins/'))
    .map((rule) => [rule, 'error']),
);

const HOST_GLOBALS = ['Office', 'Excel', 'CustomFunctions', 'SpreadsheetApp', 'HtmlService', 'LockService', 'PropertiesService', 'Session', 'google', 'window', 'document', 'process', 'require', 'Buffer'];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'out/**', 'node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // core/ is pure: it must not reach any host (Excel, Sheets, ExcelJS, the browser, Node).
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...HOST_GLOBALS.map((name) => ({ name, message: 'core/ is pure: hosts call core, never the other way.' }))],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['exceljs', 'hyperformula', 'fs', 'path', 'os', 'node:*', 'child_process', '@microsoft/*', 'office-*'], message: 'core/ is pure: no host or Node module.' },
            { group: ['../excel-addin/*', '../gsheets/*', '../xlsx/*', '../../excel-addin/*', '../../gsheets/*', '../../xlsx/*'], message: 'core/ must not import a host.' },
          ],
        },
      ],
    },
  },
  {
    files: ['excel-addin/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: OFFICE_ADDINS_RULES,
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
