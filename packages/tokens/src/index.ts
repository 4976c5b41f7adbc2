/**
 * @pyglass/tokens — Stage 1: source bytes to the `tokenize.TokenInfo` stream of CPython 3.12.
 *
 * Passes:
 *   1. Decoding (encoding.ts): for bytes, `detect_encoding` — UTF-8 BOM and PEP 263 declaration —
 *      then decoding with errors="replace"; strings are taken as they are (`generate_tokens`).
 *   2. Scanning (scanner.ts): CPython's C tokenizer state machine in `extra_tokens` mode, as the
 *      `tokenize` module runs it, producing `Token`s with code-point columns and shared lines.
 *   3. Error mapping (here): the C tokenizer's SyntaxErrors become tokenize's `TokenError`,
 *      with its rewording; IndentationError and TabError stay as they are.
 *   4. Formatting (format.ts, repr.ts): the text of `python -m tokenize [-e]`, for the CLI.
 */
import type { Token, TokenColumns } from '@pyglass/interfaces';
import { decodeSource } from './encoding';
import type { TokenizeError } from './errors';
import { Scanner, type TokenizeWarning } from './scanner';

export type { TokenizeError, TokenizeErrorType } from './errors';
export type { TokenizeWarning } from './scanner';
export { Scanner } from './scanner';
export { decodeSource, lookupCodec, type DecodedSource } from './encoding';
export { formatError, formatToken, formatTokens, formatWarnings, renderFileOutput, renderStreamOutput, type CommandOutput } from './format';
export { pyRepr } from './repr';

export const STAGE_NAME = 'tokens';

/** TokenType.ENCODING; a local constant because an imported const enum is ambient in the build. */
const ENCODING = 67;

export interface TokenizeOptions {
  /**
   * The file name CPython would know (`readline.__self__.name`); it appears in encoding error
   * messages, as in `python -m tokenize FILE`. Only used for bytes input.
   */
  filename?: string;
}

export interface TokenizeResult {
  /** Every token produced, including those before an error. */
  tokens: Token[];
  error: TokenizeError | null;
  /** Warnings CPython prints while tokenizing (to stderr, as `<string>:LINE: Category: msg`). */
  warnings: TokenizeWarning[];
}

/**
 * Tokenizes like CPython 3.12: bytes as `tokenize.tokenize` (ENCODING token first, encoding
 * detection and decoding), a string as `tokenize.generate_tokens` (no ENCODING token).
 */
export function tokenize(source: Uint8Array | string, options: TokenizeOptions = {}): TokenizeResult {
  const tokens: Token[] = [];
  let text: string;
  if (typeof source === 'string') {
    text = source;
  } else {
    const decoded = decodeSource(source, options.filename);
    if ('type' in decoded) return { tokens, error: decoded, warnings: [] };
    tokens.push({ type: ENCODING, string: decoded.encoding, start: [0, 0], end: [0, 0], line: '' });
    text = decoded.text;
  }
  const scanner = new Scanner(text);
  for (let t = scanner.next(); t !== null; t = scanner.next()) tokens.push(t);
  return { tokens, error: mapError(scanner.error), warnings: scanner.warnings };
}

/** tokenize's `_transform_msg`: the one message it rewords. */
function mapError(error: TokenizeError | null): TokenizeError | null {
  if (error !== null && error.type === 'TokenError' && error.message.includes('unterminated triple-quoted string literal')) {
    return { ...error, message: 'EOF in multi-line string' };
  }
  return error;
}

export interface TokenizeColumnsResult {
  columns: TokenColumns;
  error: TokenizeError | null;
  warnings: TokenizeWarning[];
}

function newColumns(capacity: number): TokenColumns {
  return {
    length: 0, type: new Uint8Array(capacity), string: [], startLine: new Int32Array(capacity), startCol: new Int32Array(capacity),
    endLine: new Int32Array(capacity), endCol: new Int32Array(capacity), line: [],
  };
}

function grow(c: TokenColumns): void {
  const n = c.type.length * 2;
  const copy = <T extends Uint8Array | Int32Array>(a: T, make: (n: number) => T): T => {
    const b = make(n);
    b.set(a);
    return b;
  };
  c.type = copy(c.type, (k) => new Uint8Array(k));
  c.startLine = copy(c.startLine, (k) => new Int32Array(k));
  c.startCol = copy(c.startCol, (k) => new Int32Array(k));
  c.endLine = copy(c.endLine, (k) => new Int32Array(k));
  c.endCol = copy(c.endCol, (k) => new Int32Array(k));
}

/**
 * `tokenize`, with the tokens in columns (`TokenColumns`) instead of `Token` objects: the same
 * tokens, error and warnings, for the in-process hand-off to the parser.
 */
export function tokenizeColumns(source: Uint8Array | string, options: TokenizeOptions = {}): TokenizeColumnsResult {
  let text: string;
  let columns: TokenColumns;
  if (typeof source === 'string') {
    text = source;
    columns = newColumns(64 + (text.length >> 2));
  } else {
    const decoded = decodeSource(source, options.filename);
    if ('type' in decoded) return { columns: newColumns(0), error: decoded, warnings: [] };
    text = decoded.text;
    // Why a quarter of the length: Python source averages 5–8 characters a token; grow() doubles.
    columns = newColumns(64 + (text.length >> 2));
    const i = columns.length++;
    columns.type[i] = ENCODING;
    columns.string[i] = decoded.encoding;
    columns.line[i] = '';
  }
  const scanner = new Scanner(text);
  for (;;) {
    if (columns.length === columns.type.length) grow(columns);
    if (!scanner.nextInto(columns)) break;
  }
  columns.ascii = scanner.ascii;
  return { columns, error: mapError(scanner.error), warnings: scanner.warnings };
}
