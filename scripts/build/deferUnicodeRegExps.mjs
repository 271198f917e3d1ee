// Build step: regular expressions with Unicode property escapes ("\p{Lu}") are made the first time
// they are used instead of when the bundle is loaded.
//
// Why: V8 checks a regular expression literal's syntax when it parses the script, and for each
// "\p{…}" it builds the property's character set then, even inside functions that never run. The
// core's 200-odd such escapes cost 15–18 ms of every activation in Node 20 and in the extension
// host's Node 24 (a fresh-process require of dist/core.js: 61–63 ms with them, 41–45 ms without).
// `new RegExp(source, flags)` costs the same, but only when it runs, so the build rewrites:
//   - a literal inside a function: one RegExp per literal, made on its first evaluation and reused
//     (a literal without the g or y flag keeps no state a caller can see); with g or y, a fresh copy
//     of that RegExp at each evaluation, as a literal gives;
//   - a module-level `const NAME = /…/u;` (not exported, never shadowed): every reference to NAME
//     reads the same lazily made RegExp;
//   - a property of a module-level table's row (`{ verb: /…/u }`): a getter of the same.
// Other module-level literals (in an array's cells) run at load anyway and are left as written. The
// source keeps its literals (the linter and the tests read them); only bundles are rewritten.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const HELPER = '__geolensUnicodeRegExp';
const CACHE = '__geolensUnicodeRegExps';

/**
 * The module's source with its Unicode-property literals deferred, or undefined when it has none.
 * Positions keep their lines: replacements stay on their line and the helper goes on the last one.
 */
export function deferUnicodeRegExps(source, fileName = 'module.ts') {
  if (!source.includes('\\p{') && !source.includes('\\P{')) return undefined;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const patterns = [];
  const edits = [];
  const constants = new Map(); // NAME → { index, declaration }
  const shadowed = new Set();

  const patternOf = (node) => {
    const text = node.getText(file);
    const slash = text.lastIndexOf('/');
    patterns.push([text.slice(1, slash), text.slice(slash + 1)]);
    return { index: patterns.length - 1, flags: text.slice(slash + 1) };
  };
  const isUnicodeProperty = (node) => node.kind === ts.SyntaxKind.RegularExpressionLiteral && /\\[pP]\{/.test(node.getText(file));

  const visit = (node, inFunction) => {
    if (isUnicodeProperty(node)) {
      if (inFunction) {
        const { index, flags } = patternOf(node);
        edits.push({ start: node.getStart(file), end: node.getEnd(), text: /[gy]/.test(flags) ? `new RegExp(${HELPER}(${index}))` : `${HELPER}(${index})` });
      } else {
        const declaration = node.parent;
        const statement = declaration?.parent?.parent;
        const moduleConstant =
          ts.isVariableDeclaration(declaration) && declaration.initializer === node && ts.isIdentifier(declaration.name) &&
          statement && ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent) &&
          (declaration.parent.flags & ts.NodeFlags.Const) !== 0 &&
          !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if (moduleConstant) constants.set(declaration.name.text, { node, declaration });
        else if (ts.isPropertyAssignment(declaration) && declaration.initializer === node && ts.isIdentifier(declaration.name) && ts.isObjectLiteralExpression(declaration.parent)) {
          // A table's row ({ verb: /…/i, after: /…/u }): the property becomes a getter of the lazy RegExp.
          const { index } = patternOf(node);
          edits.push({ start: declaration.getStart(file), end: declaration.getEnd(), text: `get ${declaration.name.text}() { return ${HELPER}(${index}); }` });
        }
      }
    }
    if (node !== file && isBindingName(node)) {
      const owner = node.parent;
      const topLevelConstant = ts.isVariableDeclaration(owner) && ts.isSourceFile(owner.parent?.parent?.parent);
      if (!topLevelConstant) shadowed.add(node.text);
    }
    if (ts.isExportSpecifier(node)) shadowed.add((node.propertyName ?? node.name).text);
    ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)));
  };
  visit(file, false);

  const deferred = new Map();
  for (const [name, { node }] of constants) {
    if (shadowed.has(name)) continue;
    const { index } = patternOf(node);
    deferred.set(name, index);
    // The declaration stays (its name may be read by a type annotation); its value is unused.
    edits.push({ start: node.getStart(file), end: node.getEnd(), text: 'undefined as unknown as RegExp' });
  }
  if (deferred.size > 0) {
    const references = (node) => {
      if (ts.isIdentifier(node) && deferred.has(node.text) && isValueReference(node)) {
        const call = `${HELPER}(${deferred.get(node.text)})`;
        edits.push(ts.isShorthandPropertyAssignment(node.parent)
          ? { start: node.getStart(file), end: node.getEnd(), text: `${node.text}: ${call}` }
          : { start: node.getStart(file), end: node.getEnd(), text: call });
      }
      ts.forEachChild(node, references);
    };
    references(file);
  }
  if (patterns.length === 0) return undefined;

  edits.sort((a, b) => b.start - a.start);
  let code = source;
  for (const edit of edits) code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  const table = JSON.stringify(patterns);
  code += `${code.endsWith('\n') ? '' : '\n'}function ${HELPER}(index: number): RegExp { const made = (${CACHE} ??= []); return (made[index] ??= new RegExp(...(${table} as [string, string][])[index])); } var ${CACHE}: RegExp[] | undefined;\n`;
  return { code, deferred: patterns.length };
}

/** A name being declared (a variable, a parameter, a destructured name, a function or class). */
function isBindingName(node) {
  if (!ts.isIdentifier(node)) return false;
  const parent = node.parent;
  return (
    (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent) || ts.isFunctionDeclaration(parent) ||
      ts.isClassDeclaration(parent) || ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent) ||
      ts.isFunctionExpression(parent) || ts.isClassExpression(parent) || ts.isEnumDeclaration(parent)) && parent.name === node
  );
}

/** Whether an identifier reads a variable's value (not a property name, a declaration or a type). */
function isValueReference(node) {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) || ts.isTypeReferenceNode(parent) || ts.isTypeQueryNode(parent)) return false;
  if (isBindingName(node)) return false;
  if (ts.isExportSpecifier(parent) || ts.isImportSpecifier(parent)) return false;
  return true;
}

/** The esbuild plugin: rewrites the project's own TypeScript modules as they are loaded. */
export function deferUnicodeRegExpsPlugin() {
  return {
    name: 'geolens-defer-unicode-regexps',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const result = deferUnicodeRegExps(source, args.path);
        return result ? { contents: result.code, loader: 'ts' } : undefined;
      });
    },
  };
}
