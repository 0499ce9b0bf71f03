import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/engine/text/typeset';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The code's own words that people read: the UI's, the way to the desk, and the engine's where
 * it writes for people (the ticket, the trail, the agent's view). Not the checker's messages
 * (src/engine/contract, graph) nor the settings' (src/settings/settingsSchema.ts), which quote
 * code and patterns to authors; not src/engine/fields, whose messages stepView typesets and
 * whose samples are values as typed.
 */
const sources = [
  'src/ui',
  'src/settings/wayToDesk.ts',
  'src/engine/handOff',
  'src/engine/session',
  'src/engine/catalog',
];

/** The checker's messages about flows/categories.json and flows/en/categories.json, to authors, like src/engine/contract's. */
const authorMessages = new Set([
  'src/engine/catalog/categories.ts',
  'src/engine/catalog/parseJson.ts',
]);

function sourceFiles(source: string): string[] {
  if (/\.tsx?$/.test(source)) return [source];
  return readdirSync(path.join(root, source), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(source, file));
}

/** JSX text as React renders it (Babel's rule): lines trimmed where they meet, blank ones dropped. */
function jsxText(raw: string): string {
  const lines = raw.split(/\r\n|\n|\r/);
  const lastFilled = lines.findLastIndex((line) => /[^ \t]/.test(line));
  return lines
    .map((line, index) => {
      let kept = line.replace(/\t/g, ' ');
      if (index > 0) kept = kept.replace(/^ +/, '');
      if (index < lines.length - 1) kept = kept.replace(/ +$/, '');
      return kept === '' || index === lastFilled ? kept : `${kept} `;
    })
    .join('')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)));
}

/** Stands for a value or an element next to a text: not a space, not a letter, not a digit. */
const other = '\u0001';

/**
 * What an element's children read as, together: a `{' '}` and the text after it are one
 * sentence. Values and child elements stand as `other`.
 */
function childrenText(children: ts.NodeArray<ts.JsxChild>): string {
  return children
    .map((child) => {
      if (ts.isJsxText(child)) return jsxText(child.text);
      if (ts.isJsxExpression(child)) {
        if (child.expression === undefined) return '';
        if (ts.isStringLiteralLike(child.expression)) return child.expression.text;
      }
      return other;
    })
    .join('');
}

/** Checked with its siblings, as part of its element's text. */
function partOfElementText(node: ts.Node): boolean {
  if (ts.isJsxText(node)) return true;
  return (
    ts.isJsxExpression(node.parent) &&
    (ts.isJsxElement(node.parent.parent) || ts.isJsxFragment(node.parent.parent))
  );
}

/** Typeset at display: a string given to typeset() may be written with ordinary spaces. */
function typesetLater(node: ts.Node): boolean {
  const literal = ts.isTemplateSpan(node.parent) ? node.parent.parent : node;
  const outer = ts.isTemplateExpression(literal.parent) ? literal.parent : literal;
  const call = outer.parent;
  return (
    ts.isCallExpression(call) &&
    ts.isIdentifier(call.expression) &&
    call.expression.text === 'typeset'
  );
}

/** Each piece of text in the file that typeset() would change, with its line. */
function untypeset(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isJsxElement(node) || ts.isJsxFragment(node)) text = childrenText(node.children);
    else if (ts.isStringLiteral(node) && ts.isJsxAttribute(node.parent)) {
      // An attribute in quotes is HTML-like: \u202f would show as such, &#x202F; is decoded.
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      if (node.text.includes('\\u'))
        found.push(`${file}:${String(line + 1)}: \\u dans un attribut JSX : écrivez &#x202F;`);
      text = jsxText(node.text);
    } else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      !ts.isImportDeclaration(node.parent) &&
      !ts.isExportDeclaration(node.parent) &&
      !partOfElementText(node)
    )
      text = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      text = node.text;
    // Framed by a neutral character: a piece next to a value (`${a} : ${b}`) is still prose.
    const framed = text === undefined ? undefined : `${other}${text}${other}`;
    if (framed !== undefined && typeset(framed) !== framed && !typesetLater(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      const fixed = typeset(framed)
        .slice(1, -1)
        .replace(/\u202f/g, '\\u202f')
        .replace(/\u00a0/g, '\\u00a0');
      found.push(`${file}:${String(line + 1)}: « ${text ?? ''} » → « ${fixed} »`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the code’s own texts', () => {
  it('are written typeset, or given to typeset() at display', () => {
    // In JSX, write &#x202F; (narrow no-break space) or &nbsp;; in a string, \u202f or \u00a0.
    const files = sources.flatMap(sourceFiles).filter((file) => !authorMessages.has(file));
    expect(files.flatMap(untypeset)).toEqual([]);
  });
});
