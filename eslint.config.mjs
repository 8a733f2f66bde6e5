// @ts-check
import tseslint from 'typescript-eslint';

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
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
