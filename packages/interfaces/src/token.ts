/**
 * The source → tokens boundary: one record per `tokenize.TokenInfo` of CPython 3.12.
 *
 * Token type numbers are those of 3.12's `token` module (they changed between versions, so they
 * are facts of 3.12, not of "Python"). Columns are code-point offsets into the line, as the
 * `tokenize` module reports them (not UTF-16 units and not UTF-8 bytes); lines are 1-based.
 */

/** Token type numbers of CPython 3.12's `token` module. */
export const TokenType = {
  ENDMARKER: 0,
  NAME: 1,
  NUMBER: 2,
  STRING: 3,
  NEWLINE: 4,
  INDENT: 5,
  DEDENT: 6,
  LPAR: 7,
  RPAR: 8,
  LSQB: 9,
  RSQB: 10,
  COLON: 11,
  COMMA: 12,
  SEMI: 13,
  PLUS: 14,
  MINUS: 15,
  STAR: 16,
  SLASH: 17,
  VBAR: 18,
  AMPER: 19,
  LESS: 20,
  GREATER: 21,
  EQUAL: 22,
  DOT: 23,
  PERCENT: 24,
  LBRACE: 25,
  RBRACE: 26,
  EQEQUAL: 27,
  NOTEQUAL: 28,
  LESSEQUAL: 29,
  GREATEREQUAL: 30,
  TILDE: 31,
  CIRCUMFLEX: 32,
  LEFTSHIFT: 33,
  RIGHTSHIFT: 34,
  DOUBLESTAR: 35,
  PLUSEQUAL: 36,
  MINEQUAL: 37,
  STAREQUAL: 38,
  SLASHEQUAL: 39,
  PERCENTEQUAL: 40,
  AMPEREQUAL: 41,
  VBAREQUAL: 42,
  CIRCUMFLEXEQUAL: 43,
  LEFTSHIFTEQUAL: 44,
  RIGHTSHIFTEQUAL: 45,
  DOUBLESTAREQUAL: 46,
  DOUBLESLASH: 47,
  DOUBLESLASHEQUAL: 48,
  AT: 49,
  ATEQUAL: 50,
  RARROW: 51,
  ELLIPSIS: 52,
  COLONEQUAL: 53,
  EXCLAMATION: 54,
  OP: 55,
  AWAIT: 56,
  ASYNC: 57,
  TYPE_IGNORE: 58,
  TYPE_COMMENT: 59,
  SOFT_KEYWORD: 60,
  FSTRING_START: 61,
  FSTRING_MIDDLE: 62,
  FSTRING_END: 63,
  COMMENT: 64,
  NL: 65,
  ERRORTOKEN: 66,
  ENCODING: 67,
  N_TOKENS: 68,
  NT_OFFSET: 256,
} as const;
export type TokenType = (typeof TokenType)[keyof typeof TokenType];

/** `token.tok_name`: number → name, for the 3.12 token types. */
export const TOKEN_NAMES: readonly string[] = [
  'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'LPAR', 'RPAR', 'LSQB',
  'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS', 'STAR', 'SLASH', 'VBAR', 'AMPER', 'LESS',
  'GREATER', 'EQUAL', 'DOT', 'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL', 'LESSEQUAL',
  'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT', 'DOUBLESTAR', 'PLUSEQUAL',
  'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL', 'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL',
  'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH',
  'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL', 'RARROW', 'ELLIPSIS', 'COLONEQUAL', 'EXCLAMATION', 'OP',
  'AWAIT', 'ASYNC', 'TYPE_IGNORE', 'TYPE_COMMENT', 'SOFT_KEYWORD', 'FSTRING_START',
  'FSTRING_MIDDLE', 'FSTRING_END', 'COMMENT', 'NL', 'ERRORTOKEN', 'ENCODING', 'N_TOKENS',
];

/** `token.EXACT_TOKEN_TYPES`: operator text → exact type (what `tokenize -e` prints for OP). */
export const EXACT_TOKEN_TYPES: Readonly<Record<string, number>> = {
  '!': 54, '!=': 28, '%': 24, '%=': 40, '&': 19, '&=': 41, '(': 7, ')': 8, '*': 16, '**': 35,
  '**=': 46, '*=': 38, '+': 14, '+=': 36, ',': 12, '-': 15, '-=': 37, '->': 51, '.': 23,
  '...': 52, '/': 17, '//': 47, '//=': 48, '/=': 39, ':': 11, ':=': 53, ';': 13, '<': 20,
  '<<': 33, '<<=': 44, '<=': 29, '=': 22, '==': 27, '>': 21, '>=': 30, '>>': 34, '>>=': 45,
  '@': 49, '@=': 50, '[': 9, ']': 10, '^': 32, '^=': 43, '{': 25, '|': 18, '|=': 42, '}': 26,
  '~': 31,
};

/** A position as `tokenize` reports it: (1-based line, 0-based code-point column). */
export type TokenPosition = readonly [line: number, column: number];

/**
 * One `tokenize.TokenInfo`. `type` is the generic type (OP for every operator); the exact type
 * of an operator is `EXACT_TOKEN_TYPES[string]`, as `TokenInfo.exact_type` computes it.
 */
export interface Token {
  type: number;
  string: string;
  start: TokenPosition;
  end: TokenPosition;
  /** The physical line(s) the token was found on, as `TokenInfo.line`. */
  line: string;
}

/** `TokenInfo.exact_type`. */
export function exactType(token: Token): number {
  if (token.type === TokenType.OP) {
    const exact = EXACT_TOKEN_TYPES[token.string];
    if (exact !== undefined) return exact;
  }
  return token.type;
}

/**
 * A token stream in columns (struct of arrays): the same fields as `Token[]`, token `i` being
 * `{ type: type[i], string: string[i], start: [startLine[i], startCol[i]], end: [endLine[i],
 * endCol[i]], line: line[i] }`. The in-process hand-off between the tokenizer and the parser
 * (cli's pipeline, the Toolchain): no object and no two position arrays per token. `Token[]`
 * stays the serialized form; `tokenColumnsOf` converts one to the other.
 */
export interface TokenColumns {
  length: number;
  type: Uint8Array;
  string: string[];
  startLine: Int32Array;
  startCol: Int32Array;
  endLine: Int32Array;
  endCol: Int32Array;
  line: string[];
  /** True when the whole source is ASCII (columns in bytes and in code points then agree); optional. */
  ascii?: boolean;
}

/** The columns of a `Token[]`. */
export function tokenColumnsOf(tokens: readonly Token[]): TokenColumns {
  const n = tokens.length;
  const c: TokenColumns = {
    length: n, type: new Uint8Array(n), string: new Array<string>(n), startLine: new Int32Array(n), startCol: new Int32Array(n),
    endLine: new Int32Array(n), endCol: new Int32Array(n), line: new Array<string>(n),
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    c.type[i] = t.type;
    c.string[i] = t.string;
    c.startLine[i] = t.start[0];
    c.startCol[i] = t.start[1];
    c.endLine[i] = t.end[0];
    c.endCol[i] = t.end[1];
    c.line[i] = t.line;
  }
  return c;
}

/** Token `i` of `columns` as a `Token`. */
export function tokenAt(columns: TokenColumns, i: number): Token {
  return {
    type: columns.type[i]!, string: columns.string[i]!, start: [columns.startLine[i]!, columns.startCol[i]!],
    end: [columns.endLine[i]!, columns.endCol[i]!], line: columns.line[i]!,
  };
}
