/**
 * The tokenizer's error (as the 3.12 `tokenize` module reports it, and @pyglass/tokens with it)
 * turned into the error CPython's parser reports for the same source, to hand to `parse` as
 * `tokenError`. `tokenize` rewords a few C tokenizer errors and turns SyntaxErrors into
 * TokenError; an EOF inside brackets is left to the parser, which words it itself
 * ("'(' was never closed").
 */
import { PySyntaxError, type SyntaxErrorType } from './syntax-error';

/** Structurally the TokenizeError of @pyglass/tokens (this package does not import it). */
export interface TokenizerErrorRecord {
  type: string;
  message: string;
  line: number | null;
  column: number | null;
}

export function tokenErrorForParser(e: TokenizerErrorRecord | null, source: string): PySyntaxError | null {
  if (e === null) return null;
  const line = e.line ?? 0;
  const col = e.column ?? 0;
  // compile() reports the offending physical line as the error's text: without its newline for
  // the tokenizer's own errors, with it for indentation errors (checked against python3.12).
  const physical = line > 0 ? (source.split(/\r\n|\r|\n/)[line - 1] ?? null) : null;
  if (e.type === 'TokenError') {
    if (e.message === 'unexpected EOF in multi-line statement') {
      // A source ending in a line continuation: CPython's tokenizer meets EOF just after the
      // backslash (the parser still prefers "'(' was never closed" inside brackets).
      const m = /\\(\r\n|\r|\n)?$/.exec(source);
      if (m === null) return null;
      const before = source.slice(0, m.index);
      const row = before.split(/\r\n|\r|\n/).length;
      const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
      const offset = [...source.slice(lineStart, m.index)].length + 2;
      return new PySyntaxError('SyntaxError', 'unexpected EOF while parsing', row, offset, row, -1, source.slice(lineStart));
    }
    if (e.message === 'unexpected character after line continuation character' && physical !== null) {
      // `tokenize` points past the end of the line; CPython's tokenizer at the character after
      // the backslash (offset 1-based, end offset 0).
      const at = continuationBackslash(physical);
      if (at >= 0) return new PySyntaxError('SyntaxError', e.message, line, [...physical.slice(0, at)].length + 2, line, 0, physical);
    }
    if (e.message === 'EOF in multi-line string') {
      const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
      return new PySyntaxError('SyntaxError', `unterminated triple-quoted string literal (detected at line ${lines})`, line, col, line, col, null);
    }
    return new PySyntaxError('SyntaxError', e.message, line, col, line, col, physical);
  }
  if (e.type === 'IndentationError' || e.type === 'TabError') return new PySyntaxError(e.type, e.message, line, col, line, -1, physical === null ? null : `${physical}\n`);
  return new PySyntaxError(e.type as SyntaxErrorType, e.message, line, col, line, col, physical);
}

/**
 * Index of the first backslash of `line` that is outside string literals and comments and is
 * not followed by a newline (a stray line-continuation character), or -1.
 */
function continuationBackslash(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 35) return -1; // '#': the rest is a comment
    if (c === 39 || c === 34) { // a string literal: skip to its closing quote
      const triple = line.charCodeAt(i + 1) === c && line.charCodeAt(i + 2) === c;
      const quote = triple ? line.slice(i, i + 3) : line[i];
      let j = i + quote.length;
      while (j < line.length && !line.startsWith(quote, j)) j += line.charCodeAt(j) === 92 ? 2 : 1;
      i = j + quote.length - 1;
      continue;
    }
    if (c === 92) {
      const d = line.charCodeAt(i + 1);
      if (d !== 10 && d !== 13 && i + 1 < line.length) return i;
    }
  }
  return -1;
}
