/**
 * A TypeScript transformer for the Apps Script build only (webpack.config.js, gsheets): drops
 * every `description` and `example` property from the object literals of core/functions/. They
 * are the custom functions' reference texts, which the generator writes into the JSDoc above
 * each function (gsheets/Code.ts, what Sheets shows) and into Excel's metadata; the
 * Apps Script runtime never reads them, and bundled as data they cost about 10 kB of Code.js's
 * 150 kB budget. test/functions/gsheetsBundle.test.ts runs every function from the built file.
 */
const path = require('path');
const ts = require('typescript');

const FUNCTIONS_DIR = path.join(__dirname, '..', '..', 'core', 'functions') + path.sep;
const DROPPED = new Set(['description', 'example']);

const dropped = (p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && DROPPED.has(p.name.text);

module.exports = function stripFunctionDocs() {
  return (context) => (sourceFile) => {
    if (!path.resolve(sourceFile.fileName).startsWith(FUNCTIONS_DIR)) return sourceFile;
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node) && node.properties.some(dropped)) {
        const kept = node.properties.filter((p) => !dropped(p)).map((p) => ts.visitNode(p, visit));
        return ts.factory.updateObjectLiteralExpression(node, kept);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit);
  };
};
