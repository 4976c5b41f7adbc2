/**
 * The error a tokenization ends with, as the 3.12 `tokenize` module raises it: `TokenError` for
 * the C tokenizer's plain SyntaxErrors (which `tokenize` converts), `IndentationError` and
 * `TabError` unchanged, and `SyntaxError` for the encoding problems `detect_encoding` finds before
 * any token.
 */

export type TokenizeErrorType = 'SyntaxError' | 'IndentationError' | 'TabError' | 'TokenError';

export interface TokenizeError {
  type: TokenizeErrorType;
  /** The message exactly as CPython words it (after tokenize's own rewording). */
  message: string;
  /** 1-based line, or null when CPython gives no position (encoding errors). */
  line: number | null;
  /** The column `python -m tokenize` prints (`e.offset` / the TokenError's column), or null. */
  column: number | null;
}
