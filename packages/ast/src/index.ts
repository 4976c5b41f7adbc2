/**
 * @pyglass/ast — Stage 2: tokens to the tree of CPython 3.12's `ast` module.
 *
 * Passes, in order:
 *   1. token-stream.ts — the `tokenize` stream becomes typed arrays: COMMENT/NL/ENCODING dropped
 *      (type comments kept as TYPE_COMMENT tokens when asked), keywords and operators given
 *      their own kinds, columns converted to UTF-8 bytes.
 *   2. parser.ts — recursive descent over those arrays, one method per grammar rule of
 *      Grammar/python.gram, building nodes (nodes.ts) with CPython's positions; literals are
 *      decoded on the way (literals.ts, unicode-names.ts).
 *   3. errors — the parser raises PySyntaxError with CPython's type, message and position.
 * dump.ts prints a tree exactly as `ast.dump` does.
 */
import type { Expression, FunctionType, Interactive, ModNode, Module, Token, TokenColumns } from '@pyglass/interfaces';
import { Parser, type ParseMode, type SyntaxWarningRecord } from './parser';
import { literalWarnings } from './literals';
import { TokenStream } from './token-stream';
import { PySyntaxError } from './syntax-error';

/** Any AST node: the generated union of @pyglass/interfaces, re-exported under the name the cli has always imported. */
export type { AstNode } from '@pyglass/interfaces';
export type { PositionedNode } from './nodes';
export { PySyntaxError, isPySyntaxError, type SyntaxErrorType } from './syntax-error';
export { dump, type DumpOptions } from './dump';
export { formatSyntaxError } from './error-display';
export { tokenErrorForParser, type TokenizerErrorRecord } from './token-errors';
export { sourceForParser, type ParserInput, type Tokenized } from './source-errors';
export { constantRepr, strRepr, strReprCodePoints, bytesRepr } from './py-repr';
export type { ParseMode, SyntaxWarningRecord } from './parser';

export const STAGE_NAME = 'ast';

export interface ParseOptions {
  mode?: ParseMode;
  /** As `ast.parse(..., type_comments=True)`: TYPE_COMMENT fields and TypeIgnore entries. */
  typeComments?: boolean;
  /** As `feature_version=(3, N)`: newer syntax is rejected with CPython's "… only supported in Python 3.N and greater". */
  featureVersion?: number;
  filename?: string;
  /**
   * The error that ended the token stream, when the tokenizer stopped early: raised when the
   * parser reaches the end of the tokens it got, as CPython's parser meets its tokenizer's error.
   */
  tokenError?: PySyntaxError | null;
  /**
   * `tokenError` is the decoding error of the string literal the tokens stop before
   * (sourceForParser's `literalError`): CPython raises it when the parse reaches that literal, so
   * an earlier syntax error is reported instead of it.
   */
  tokenErrorIsLiteral?: boolean;
  /**
   * Where to append the SyntaxWarnings compile() would emit (invalid escape sequences), in its
   * order — also those met before a SyntaxError. parseWithWarnings returns them instead.
   */
  warnings?: SyntaxWarningRecord[];
}

export interface ParseResult {
  tree: ModNode;
  warnings: SyntaxWarningRecord[];
}

/** parse(), returning the tree together with the SyntaxWarnings compile() would emit. */
export function parseWithWarnings(tokens: readonly Token[] | TokenColumns, options: ParseOptions = {}): ParseResult {
  const warnings: SyntaxWarningRecord[] = [];
  const tree = parse(tokens, { ...options, warnings });
  return { tree, warnings };
}

/**
 * Parses a 3.12 `tokenize` stream (as `tokenize.tokenize` yields it, ENCODING first or not) into
 * the tree `ast.parse` returns. Throws PySyntaxError for invalid programs. The result type follows
 * the mode when it is known statically: Module (exec, the default), Expression (eval),
 * Interactive (single), FunctionType (func_type); otherwise the `mod` union, ModNode.
 */
export function parse(tokens: readonly Token[] | TokenColumns, options?: ParseOptions & { mode?: 'exec' }): Module;
export function parse(tokens: readonly Token[] | TokenColumns, options: ParseOptions & { mode: 'eval' }): Expression;
export function parse(tokens: readonly Token[] | TokenColumns, options: ParseOptions & { mode: 'single' }): Interactive;
export function parse(tokens: readonly Token[] | TokenColumns, options: ParseOptions & { mode: 'func_type' }): FunctionType;
export function parse(tokens: readonly Token[] | TokenColumns, options?: ParseOptions): ModNode;
export function parse(tokens: readonly Token[] | TokenColumns, options: ParseOptions = {}): ModNode {
  const ts = new TokenStream(tokens, options.typeComments ?? false);
  const p = new Parser(ts, options.typeComments ?? false, options.featureVersion ?? 12, options.tokenError ?? null, options.tokenErrorIsLiteral ?? false);
  literalWarnings.length = 0;
  try {
    switch (options.mode ?? 'exec') {
      case 'exec': return p.file();
      case 'eval': return p.evalInput();
      case 'single': return p.interactive();
      case 'func_type': return p.funcType();
      default: throw new Error(`parse() mode must be 'exec', 'eval', 'single' or 'func_type'`);
    }
  } catch (e) {
    if (e instanceof PySyntaxError) throw p.finalError(e);
    if (e instanceof RangeError) {
      // JS stack exhausted by very deep nesting: CPython's parser stops such input too (its
      // MAXSTACK limit), raising MemoryError with this message and no position.
      throw new PySyntaxError('MemoryError', 'Parser stack overflowed - Python source too complex to parse', 0, 0, 0, 0, null);
    }
    throw e;
  } finally {
    if (options.warnings !== undefined) for (const w of p.warnings) options.warnings.push(w);
  }
}
