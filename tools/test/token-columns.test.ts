/**
 * The in-process token hand-off (TokenColumns, issue 5's source → code speed): tokenizeColumns
 * gives exactly the tokens tokenize gives, column for column, and the parser builds the same tree
 * from the columns as from the Token[] — on a sample of CPython's standard library and on sources
 * with non-ASCII text, tokenizer errors and encodings.
 */
import * as fs from 'node:fs';
import { parse, tokenErrorForParser } from '@pyglass/ast';
import { tokenColumnsOf } from '@pyglass/interfaces';
import { tokenize, tokenizeColumns } from '@pyglass/tokens';
import { corpus, corpusPath, describeWithOracle } from '../oracle';
import { evenSample } from '../conformance/allowlist';

function treeOf(run: () => unknown): string {
  try {
    return JSON.stringify(run());
  } catch (e) {
    return `error: ${(e as Error).message} ${JSON.stringify(e)}`;
  }
}

function check(source: Buffer, file: string): void {
  const a = tokenize(source, { filename: file });
  const b = tokenizeColumns(source, { filename: file });
  const { ascii, ...columns } = b.columns;
  const expected = tokenColumnsOf(a.tokens);
  expect({ ...columns, type: [...columns.type.subarray(0, columns.length)], startLine: [...columns.startLine.subarray(0, columns.length)],
    startCol: [...columns.startCol.subarray(0, columns.length)], endLine: [...columns.endLine.subarray(0, columns.length)],
    endCol: [...columns.endCol.subarray(0, columns.length)] })
    .toEqual({ ...expected, type: [...expected.type], startLine: [...expected.startLine], startCol: [...expected.startCol],
      endLine: [...expected.endLine], endCol: [...expected.endCol] });
  expect(b.error).toEqual(a.error);
  expect(typeof ascii).toBe('boolean');
  const text = source.toString('utf8');
  const fromTokens = treeOf(() => parse(a.tokens, { filename: file, tokenError: tokenErrorForParser(a.error, text) }));
  const fromColumns = treeOf(() => parse(b.columns, { filename: file, tokenError: tokenErrorForParser(b.error, text) }));
  expect(fromColumns).toBe(fromTokens);
}

describe('token columns', () => {
  it.each([
    ['ascii', 'def f(a, b=2):\n    return a + b  # done\n'],
    ['non-ASCII names and strings', 'café = "naïve ☕"\nπ = 3.14\nprint(f"{café!r:>10} {π=}")\n'],
    ['astral characters', 's = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"\nx = 1\n'],
    ['a tokenizer error', 'x = (1,\ny = "unterminated\n'],
    ['a declared encoding', '# -*- coding: latin-1 -*-\ns = "\xe9t\xe9"\n'],
    ['type comments', 'x = []  # type: list[int]\n'],
  ])('%s', (_name, src) => {
    check(Buffer.from(src, _name === 'a declared encoding' ? 'latin1' : 'utf8'), 'case.py');
  });
});

describeWithOracle('token columns on a sample of the standard library', () => {
  const c = corpus();
  const files = evenSample(c.files.filter((f) => f.tokenizeError === null), 40);
  it.each(files.map((f) => [f.path, f] as const))('%s', (_p, f) => {
    const file = corpusPath(c, f);
    check(fs.readFileSync(file), file);
  });
});
