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
    if (e.message === 'unexpected EOF in multi-line statement') return null;
    if (e.message === 'EOF in multi-line string') {
      const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
      return new PySyntaxError('SyntaxError', `unterminated triple-quoted string literal (detected at line ${lines})`, line, col, line, col, null);
    }
    return new PySyntaxError('SyntaxError', e.message, line, col, line, col, physical);
  }
  if (e.type === 'IndentationError' || e.type === 'TabError') return new PySyntaxError(e.type, e.message, line, col, line, -1, physical === null ? null : `${physical}\n`);
  return new PySyntaxError(e.type as SyntaxErrorType, e.message, line, col, line, col, physical);
}
