/**
 * A TypeScript transformer for the bundles (webpack.config.js): every `const` declared inside a
 * function is written as `let`. terser never does this itself, and for code that type-checks the
 * two behave the same: TypeScript already refuses any assignment to a `const`, block scope, the
 * temporal dead zone and a loop's binding per iteration are the same for both. Module-level
 * constants stay `const`, what webpack's tree shaking reads. Two bytes per declaration, and
 * terser can then join a `let` to its neighbours: ~2 kB of Code.js and of workbook.js.
 */
const ts = require('typescript');

module.exports = function letDeclarations() {
  return (context) => (sourceFile) => {
    const visit = (node) => {
      if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) {
        const declarations = node.declarations.map((d) => ts.visitEachChild(d, visit, context));
        return ts.setTextRange(ts.factory.createVariableDeclarationList(declarations, ts.NodeFlags.Let), node);
      }
      return ts.visitEachChild(node, visit, context);
    };
    // A module-level declaration stays as written; what it holds (functions, arrows) is visited.
    const topLevel = (statement) =>
      ts.isVariableStatement(statement)
        ? ts.factory.updateVariableStatement(
            statement,
            statement.modifiers,
            ts.factory.updateVariableDeclarationList(statement.declarationList, statement.declarationList.declarations.map((d) => ts.visitEachChild(d, visit, context))),
          )
        : ts.visitNode(statement, visit);
    return ts.factory.updateSourceFile(sourceFile, sourceFile.statements.map(topLevel));
  };
};
