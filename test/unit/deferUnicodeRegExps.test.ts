// The build step that makes Unicode-property regular expressions on first use: the rewritten
// module must behave exactly as written, and no "\p{…}" literal may be left where it is deferrable.
import assert from 'node:assert/strict';
import { transformSync } from 'esbuild';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { deferUnicodeRegExps } from '../../scripts/build/deferUnicodeRegExps.mjs';

/** Runs a TypeScript module body (as esbuild would compile it) and returns what it exports as `out`. */
function run(source: string): Record<string, unknown> {
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs' });
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

const MODULE = `
const CAPITALISED = /^\\p{Lu}\\p{Ll}+$/u;
const PLAIN = /^[a-z]+$/;
const SHADOWED = /\\p{L}+/u;
const TABLE = [
  { name: 'upper', pattern: /\\p{Lu}/u },
  { name: 'digits', pattern: /\\p{Nd}+/gu },
];
export function capitalised(word: string): boolean { return CAPITALISED.test(word) && !PLAIN.test(word); }
export function shorthand() { return { CAPITALISED }; }
export function shadow(SHADOWED: string) { return SHADOWED.length; }
export function letters(text: string) { return text.match(SHADOWED)?.[0]; }
export function words(text: string): string[] { return text.match(/\\p{L}+/gu) ?? []; }
export function firstWordAt(text: string, from: number): string | undefined {
  const re = /\\p{L}+/gu;
  re.lastIndex = from;
  return re.exec(text)?.[0];
}
export function sameObjectTwice(): boolean { const a = () => /\\p{L}/u; return a() === a(); }
export function freshGlobalEachTime(): boolean { const a = () => /\\p{L}/gu; return a() !== a(); }
export function table(text: string) { return TABLE.map((row) => [row.name, row.pattern.source, text.replace(row.pattern, '#')]); }
export const flags = () => [CAPITALISED.flags, TABLE[1].pattern.flags];
`;

describe('deferUnicodeRegExps (build step)', () => {
  const result = deferUnicodeRegExps(MODULE, 'sample.ts');
  const written = run(MODULE) as Record<string, (...args: unknown[]) => unknown>;
  const deferred = run(result.code) as Record<string, (...args: unknown[]) => unknown>;

  it('leaves no deferrable "\\p{…}" literal in the module and keeps its lines', () => {
    assert.equal(result.code.split('\n').length, MODULE.split('\n').length + 1);
    const body = result.code.slice(0, result.code.lastIndexOf('function __geolensUnicodeRegExp'));
    // Only the shadowed constant stays a literal: a parameter of the same name hides it in one function.
    assert.deepEqual(body.match(/\/[^/\n]*\\p\{[^/\n]*\/[a-z]*/g), ['/\\p{L}+/u']);
    assert.equal(deferUnicodeRegExps('const A = /[a-z]/u;', 'plain.ts'), undefined);
  });

  it('behaves as the module as written: tests, matches, shorthand properties, shadowing, tables, flags', () => {
    for (const [name, args] of [
      ['capitalised', ['Ärger']], ['capitalised', ['ärger']], ['capitalised', ['ABC']],
      ['letters', ['12 Ωmega 3']], ['shadow', ['abc']], ['words', ['Ελλάδα and Türkiye, 2024']],
      ['firstWordAt', ['alpha beta gamma', 6]], ['freshGlobalEachTime', []],
      ['table', ['Ab 12 Cd 345']], ['flags', []],
    ] as const) assert.deepEqual(deferred[name](...args), written[name](...args), name);
    const fromShorthand = deferred.shorthand() as { CAPITALISED: RegExp };
    assert.ok(fromShorthand.CAPITALISED instanceof RegExp && fromShorthand.CAPITALISED.test('Örebro'));
  });

  it('a literal without g or y in a function is one shared RegExp (the one difference, and no state is kept in it)', () => {
    assert.equal(written.sameObjectTwice(), false);
    assert.equal(deferred.sameObjectTwice(), true);
  });

  it('a global literal in a function starts from lastIndex 0 at each evaluation, as a literal does', () => {
    assert.equal(deferred.firstWordAt('alpha beta', 6), 'beta');
    assert.deepEqual(deferred.words('one two'), ['one', 'two']);
    assert.deepEqual(deferred.words('three'), ['three']);
  });
});
