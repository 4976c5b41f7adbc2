/**
 * The error a tokenization ends with, as the 3.12 `tokenize` module raises it: `TokenError` for
 * the C tokenizer's plain SyntaxErrors (which `tokenize` converts), `IndentationError` and
 * `TabError` unchanged, and `SyntaxError` for the encoding problems `detect_encoding` finds before
 * any token. `UnicodeDecodeError` and `SystemError` are what 3.12.1 raises in two corner cases
 * (a lone CR before a non-ASCII character; a NUL on a line that dedents); `python -m tokenize`
 * reports those as "unexpected error: …" followed by a traceback.
 */

export type TokenizeErrorType =
  | 'SyntaxError'
  | 'IndentationError'
  | 'TabError'
  | 'TokenError'
  /** Freak cases where CPython's tokenize fails with a non-syntax exception (see scanner.ts). */
  | 'UnicodeDecodeError'
  | 'SystemError';

export interface TokenizeError {
  type: TokenizeErrorType;
  /** The message exactly as CPython words it (after tokenize's own rewording). */
  message: string;
  /** 1-based line, or null when CPython gives no position (encoding errors). */
  line: number | null;
  /** The column `python -m tokenize` prints (`e.offset` / the TokenError's column), or null. */
  column: number | null;
}
