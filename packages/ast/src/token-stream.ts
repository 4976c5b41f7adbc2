/**
 * The parser's view of its input: the `tokenize` stream (a `Token[]` from `@pyglass/interfaces`)
 * turned once into parallel typed arrays — one small-integer kind per token (operators by their
 * exact type, keywords by their own kinds), start/end lines, start/end columns both in UTF-8 bytes
 * (what AST positions use) and in code points (what SyntaxError offsets use), and the token text.
 * COMMENT, NL and ENCODING tokens are dropped here, because CPython's parser never sees them (it
 * reads the C tokenizer, not `tokenize`); comments that are type comments become TYPE_COMMENT
 * tokens, or TYPE_IGNORE records, when the caller asked for type comments.
 */
import { TokenType, tokenColumnsOf, type Token, type TokenColumns } from '@pyglass/interfaces';

/** Token kinds as the parser sees them: the 3.12 exact token types, then one kind per keyword. */
export const enum K {
  ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6,
  LPAR = 7, RPAR = 8, LSQB = 9, RSQB = 10, COLON = 11, COMMA = 12, SEMI = 13, PLUS = 14,
  MINUS = 15, STAR = 16, SLASH = 17, VBAR = 18, AMPER = 19, LESS = 20, GREATER = 21, EQUAL = 22,
  DOT = 23, PERCENT = 24, LBRACE = 25, RBRACE = 26, EQEQUAL = 27, NOTEQUAL = 28, LESSEQUAL = 29,
  GREATEREQUAL = 30, TILDE = 31, CIRCUMFLEX = 32, LEFTSHIFT = 33, RIGHTSHIFT = 34,
  DOUBLESTAR = 35, PLUSEQUAL = 36, MINEQUAL = 37, STAREQUAL = 38, SLASHEQUAL = 39,
  PERCENTEQUAL = 40, AMPEREQUAL = 41, VBAREQUAL = 42, CIRCUMFLEXEQUAL = 43, LEFTSHIFTEQUAL = 44,
  RIGHTSHIFTEQUAL = 45, DOUBLESTAREQUAL = 46, DOUBLESLASH = 47, DOUBLESLASHEQUAL = 48, AT = 49,
  ATEQUAL = 50, RARROW = 51, ELLIPSIS = 52, COLONEQUAL = 53, EXCLAMATION = 54,
  TYPE_IGNORE = 58, TYPE_COMMENT = 59, FSTRING_START = 61, FSTRING_MIDDLE = 62,
  FSTRING_END = 63, ERRORTOKEN = 66,
  // Hard keywords (soft keywords stay NAME: the grammar decides from context).
  FALSE = 70, NONE, TRUE, AND, AS, ASSERT, ASYNC, AWAIT, BREAK, CLASS, CONTINUE, DEF, DEL, ELIF,
  ELSE, EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF, IMPORT, IN, IS, LAMBDA, NONLOCAL, NOT, OR, PASS,
  RAISE, RETURN, TRY, WHILE, WITH, YIELD,
}

/** keyword.kwlist of 3.12 → its kind. */
const KEYWORDS: ReadonlyMap<string, K> = new Map<string, K>([
  ['False', K.FALSE], ['None', K.NONE], ['True', K.TRUE], ['and', K.AND], ['as', K.AS],
  ['assert', K.ASSERT], ['async', K.ASYNC], ['await', K.AWAIT], ['break', K.BREAK],
  ['class', K.CLASS], ['continue', K.CONTINUE], ['def', K.DEF], ['del', K.DEL], ['elif', K.ELIF],
  ['else', K.ELSE], ['except', K.EXCEPT], ['finally', K.FINALLY], ['for', K.FOR], ['from', K.FROM],
  ['global', K.GLOBAL], ['if', K.IF], ['import', K.IMPORT], ['in', K.IN], ['is', K.IS],
  ['lambda', K.LAMBDA], ['nonlocal', K.NONLOCAL], ['not', K.NOT], ['or', K.OR], ['pass', K.PASS],
  ['raise', K.RAISE], ['return', K.RETURN], ['try', K.TRY], ['while', K.WHILE], ['with', K.WITH],
  ['yield', K.YIELD],
]);

/** Operator text → exact kind (token.EXACT_TOKEN_TYPES). A Map, not an object: no prototype keys. */
const OPERATORS: ReadonlyMap<string, K> = new Map<string, K>([
  ['!', K.EXCLAMATION], ['!=', K.NOTEQUAL], ['%', K.PERCENT], ['%=', K.PERCENTEQUAL],
  ['&', K.AMPER], ['&=', K.AMPEREQUAL], ['(', K.LPAR], [')', K.RPAR], ['*', K.STAR],
  ['**', K.DOUBLESTAR], ['**=', K.DOUBLESTAREQUAL], ['*=', K.STAREQUAL], ['+', K.PLUS],
  ['+=', K.PLUSEQUAL], [',', K.COMMA], ['-', K.MINUS], ['-=', K.MINEQUAL], ['->', K.RARROW],
  ['.', K.DOT], ['...', K.ELLIPSIS], ['/', K.SLASH], ['//', K.DOUBLESLASH],
  ['//=', K.DOUBLESLASHEQUAL], ['/=', K.SLASHEQUAL], [':', K.COLON], [':=', K.COLONEQUAL],
  [';', K.SEMI], ['<', K.LESS], ['<<', K.LEFTSHIFT], ['<<=', K.LEFTSHIFTEQUAL],
  ['<=', K.LESSEQUAL], ['=', K.EQUAL], ['==', K.EQEQUAL], ['>', K.GREATER],
  ['>=', K.GREATEREQUAL], ['>>', K.RIGHTSHIFT], ['>>=', K.RIGHTSHIFTEQUAL], ['@', K.AT],
  ['@=', K.ATEQUAL], ['[', K.LSQB], [']', K.RSQB], ['^', K.CIRCUMFLEX], ['^=', K.CIRCUMFLEXEQUAL],
  ['{', K.LBRACE], ['|', K.VBAR], ['|=', K.VBAREQUAL], ['}', K.RBRACE], ['~', K.TILDE],
]);

// Codes of the bracket stack (TokenStream.bracket).
const OPEN_NONE = 0;
const OPEN_PAR = 1;
const OPEN_SQB = 2;
const OPEN_BRACE = 3;
/** The brace that opens an f-string replacement field; then the same after its format-spec colon. */
const OPEN_FIELD = 4;
const OPEN_FIELD_SPEC = 5;
const OPEN_FSTRING = 6;

/** 1 for the kinds the bracket checks look at. */
const BRACKET = new Uint8Array(128);
for (const k of [K.LPAR, K.LSQB, K.LBRACE, K.RPAR, K.RSQB, K.RBRACE, K.FSTRING_START, K.FSTRING_END, K.COLON]) BRACKET[k] = 1;

export interface TypeIgnore {
  lineno: number;
  tag: string;
}

/**
 * UTF-8 byte offset of code-point column `col` in `line`. Why a loop over char codes: it allocates
 * nothing, and it is only reached for lines that are not pure ASCII.
 */
export function utf8Column(line: string, col: number): number {
  let bytes = 0;
  let i = 0;
  for (let cp = 0; cp < col; cp++) {
    if (i >= line.length) {
      if (col !== Infinity) bytes += col - cp; // past the end (a NEWLINE at EOF): one byte per missing column
      break;
    }
    const c = line.charCodeAt(i);
    if (c < 0x80) { bytes += 1; i += 1; }
    else if (c < 0x800) { bytes += 2; i += 1; }
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < line.length) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { bytes += 4; i += 2; } else { bytes += 3; i += 1; }
    } else { bytes += 3; i += 1; }
  }
  return bytes;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The first physical line of a token's `line` (multi-line tokens carry all their lines). */
function firstLine(line: string): string {
  const nl = line.indexOf('\n');
  return nl < 0 || nl === line.length - 1 ? line : line.slice(0, nl + 1);
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) i++;
  }
  return n;
}

/**
 * CPython's type-comment test (Parser/tokenizer.c): "#", optional blanks, "type", optional blanks
 * (the prefix's space matches any run of spaces and tabs), ":", optional blanks. Returns the
 * offset of the text after the prefix, or -1.
 */
function typeCommentStart(comment: string): number {
  const prefix = '# type: ';
  let p = 0;
  for (let i = 0; i < prefix.length; i++) {
    const want = prefix.charCodeAt(i);
    if (want === 32) {
      while (p < comment.length && (comment.charCodeAt(p) === 32 || comment.charCodeAt(p) === 9)) p++;
    } else if (p < comment.length && comment.charCodeAt(p) === want) {
      p++;
    } else {
      return -1;
    }
  }
  return p;
}

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;

/**
 * Index of the first character of `name` that cannot be in an identifier (`tokenize` lets such
 * characters through as NAME; CPython's tokenizer reports "invalid character"), or -1.
 */
function invalidIdentifierChar(name: string): number {
  let first = true;
  for (let i = 0; i < name.length; i++) {
    const cp = name.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    if (cp >= 0x80 && !(first ? ID_START : ID_CONTINUE).test(ch)) return i;
    first = false;
    if (cp > 0xffff) i++;
  }
  return -1;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Keyword and operator kinds without hashing every token's text. Why: a NAME or OP token's text
 * is a fresh slice of the source, and Map.get hashes it (reading every character) — the hottest
 * line of the constructor. Keywords are grouped by first character and compared directly; one-
 * character operators (most of them) come from a table; longer ones still go through the Map.
 */
const KEYWORDS_BY_FIRST: ([string, K][] | undefined)[] = [];
for (const [kw, k] of KEYWORDS) (KEYWORDS_BY_FIRST[kw.charCodeAt(0)] ??= []).push([kw, k]);
const ONE_CHAR_OPERATOR = new Int16Array(128).fill(-1);
for (const [op, k] of OPERATORS) if (op.length === 1 && op.charCodeAt(0) < 128) ONE_CHAR_OPERATOR[op.charCodeAt(0)] = k;

function keywordKind(s: string): number {
  const group = KEYWORDS_BY_FIRST[s.charCodeAt(0)];
  if (group !== undefined) {
    for (let j = 0; j < group.length; j++) {
      const entry = group[j]!;
      if (entry[0].length === s.length && entry[0] === s) return entry[1];
    }
  }
  return K.NAME;
}

function operatorKind(s: string): number {
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    if (c < 128 && ONE_CHAR_OPERATOR[c]! >= 0) return ONE_CHAR_OPERATOR[c]!;
  }
  return OPERATORS.get(s) ?? K.ERRORTOKEN;
}

export class TokenStream {
  readonly count: number;
  readonly kind: Uint8Array;
  readonly line: Int32Array;
  readonly col: Int32Array;
  readonly endLine: Int32Array;
  readonly endCol: Int32Array;
  /** Columns in code points, for SyntaxError offsets. */
  readonly cpCol: Int32Array;
  readonly cpEndCol: Int32Array;
  readonly text: string[];
  /** Index of each kept token in the original `Token[]` (for its `line` text). */
  readonly origin: Int32Array;
  readonly typeIgnores: TypeIgnore[] = [];
  /** A NAME token that is not a valid identifier (CPython's tokenizer rejects it), or null. */
  invalidName: { index: number; char: string; column: number } | null = null;
  /**
   * The first closing bracket CPython's tokenizer rejects ("unmatched ')'", "closing parenthesis
   * ']' does not match opening parenthesis '('", "f-string: unmatched ')'"), or null. `tokenize`
   * runs the C tokenizer in its extra-tokens mode, which skips these checks, so the parser makes
   * them itself.
   */
  bracketError: { index: number; msg: string } | null = null;
  /** True when the input did not end with ENDMARKER (the tokenizer stopped on an error). */
  truncated: boolean;
  /** The tokens as the tokenizer gave them, in columns. */
  readonly source: TokenColumns;

  constructor(input: readonly Token[] | TokenColumns, typeComments: boolean) {
    // Why columns: the in-process pipeline hands tokens over in columns (no object per token);
    // a Token[] (the serialized form, tests, tools) is converted once.
    const src: TokenColumns = Array.isArray(input) ? tokenColumnsOf(input as readonly Token[]) : (input as TokenColumns);
    this.source = src;
    const srcType = src.type;
    const srcString = src.string;
    const srcStartLine = src.startLine;
    const srcStartCol = src.startCol;
    const srcEndLine = src.endLine;
    const srcEndCol = src.endCol;
    const allAscii = src.ascii === true;
    const n = src.length + 1; // room for a synthetic ENDMARKER
    const kind = new Uint8Array(n);
    const line = new Int32Array(n);
    const col = new Int32Array(n);
    const endLine = new Int32Array(n);
    const endCol = new Int32Array(n);
    const cpCol = new Int32Array(n);
    const cpEndCol = new Int32Array(n);
    const origin = new Int32Array(n);
    const text: string[] = [];
    // Why a per-row cache: most lines are ASCII, where a byte column equals the code-point
    // column; the ASCII test runs once per physical line, not once per token.
    let row = -1;
    let rowText = '';
    let rowAscii = true;
    let m = 0;
    let sawEnd = false;
    // The tokenizer's bracket stack (tokenizer.c's parenstack), with f-string starts on it too.
    // Why typed arrays sized once: no allocation per bracket on the hot loop.
    const open = new Int32Array(n);
    const openKind = new Uint8Array(n); // an OPEN_* code below
    let depth = 0;
    for (let i = 0; i < src.length; i++) {
      const tString = srcString[i]!;
      let k: number = srcType[i]!;
      let shift = 0; // a TYPE_COMMENT starts after its "# type:" prefix, as CPython's does
      switch (k) {
        case TokenType.COMMENT:
          if (!typeComments) continue;
          {
            const at = typeCommentStart(tString);
            if (at < 0) continue;
            const rest = tString.slice(at);
            const afterIgnore = rest.length > 6 ? rest.charCodeAt(6) : -1;
            if (rest.startsWith('ignore') && !(afterIgnore >= 0 && (afterIgnore >= 128 || isAsciiAlnum(afterIgnore)))) {
              this.typeIgnores.push({ lineno: srcStartLine[i]!, tag: rest.slice(6) });
              continue;
            }
            k = K.TYPE_COMMENT;
            shift = at;
            text.push(rest);
            // A type comment alone on its line: CPython's tokenizer gives TYPE_COMMENT NEWLINE
            // where `tokenize` gives COMMENT NL; the NL is turned into that NEWLINE below.
          }
          break;
        case TokenType.NL:
          if (m > 0 && kind[m - 1] === K.TYPE_COMMENT && (m < 2 || kind[m - 2] === K.NEWLINE || kind[m - 2] === K.INDENT || kind[m - 2] === K.DEDENT)) {
            k = K.NEWLINE;
            text.push(tString);
            break;
          }
          continue;
        case TokenType.ENCODING:
          continue;
        case TokenType.OP:
          k = operatorKind(tString);
          text.push(tString);
          break;
        case TokenType.NAME:
          k = keywordKind(tString);
          text.push(tString);
          break;
        case TokenType.ENDMARKER:
          sawEnd = true;
          text.push(tString);
          break;
        default:
          text.push(tString);
      }
      const sr = srcStartLine[i]!;
      const er = srcEndLine[i]!;
      if (sr !== row) {
        row = sr;
        rowText = firstLine(src.line[i]!);
        // Why the source-wide flag: scanning every line for non-ASCII was the constructor's
        // hottest loop, and most sources are ASCII throughout.
        rowAscii = allAscii || isAscii(rowText);
      }
      kind[m] = k;
      line[m] = sr;
      endLine[m] = er;
      const sc = srcStartCol[i]! + shift;
      const ec = srcEndCol[i]!;
      cpCol[m] = sc;
      cpEndCol[m] = ec;
      if (k === K.NAME && !rowAscii && !isAscii(tString)) {
        // Non-ASCII identifiers are NFKC-normalized by CPython's parser (PEP 3131).
        text[text.length - 1] = tString.normalize('NFKC');
        if (this.invalidName === null) {
          const bad = invalidIdentifierChar(tString);
          if (bad >= 0) this.invalidName = { index: m, char: String.fromCodePoint(tString.codePointAt(bad) as number), column: sc + codePointLength(tString.slice(0, bad)) };
        }
      }
      col[m] = rowAscii ? sc : utf8Column(rowText, sc);
      if (er === sr) {
        endCol[m] = rowAscii ? ec : utf8Column(rowText, ec);
      } else {
        // A multi-line token ends after the text that follows its last newline. Measured on the
        // token itself: 3.12.1's `tokenize` misreports this end column when that line is not
        // ASCII (and sometimes when earlier lines are not).
        const tail = tString.slice(tString.lastIndexOf('\n') + 1);
        endCol[m] = utf8Column(tail, Infinity);
        cpEndCol[m] = codePointLength(tail);
      }
      origin[m] = i;
      if (BRACKET[k] !== 0 && this.bracketError === null) {
        depth = this.bracket(k, m, depth, open, openKind, line);
      }
      m++;
      if (sawEnd) break;
    }
    if (!sawEnd) {
      // The stream stopped early (a tokenizer error): close it so the parser always ends.
      kind[m] = K.ENDMARKER;
      const last = m > 0 ? m - 1 : -1;
      line[m] = last >= 0 ? endLine[last] : 1;
      endLine[m] = line[m];
      col[m] = last >= 0 ? endCol[last] : 0;
      endCol[m] = col[m];
      cpCol[m] = last >= 0 ? cpEndCol[last] : 0;
      cpEndCol[m] = cpCol[m];
      origin[m] = -1;
      text.push('');
      m++;
    }
    this.truncated = !sawEnd;
    this.count = m;
    this.kind = kind;
    this.line = line;
    this.col = col;
    this.endLine = endLine;
    this.endCol = endCol;
    this.cpCol = cpCol;
    this.cpEndCol = cpEndCol;
    this.text = text;
    this.origin = origin;
  }

  /**
   * One step of the tokenizer's bracket checks for token `m` of kind `k` (an opening or closing
   * bracket, or an f-string start or end); returns the new stack depth.
   */
  private bracket(k: number, m: number, depth: number, open: Int32Array, openKind: Uint8Array, line: Int32Array): number {
    switch (k) {
      case K.FSTRING_START:
        open[depth] = m; openKind[depth] = OPEN_FSTRING; return depth + 1;
      case K.FSTRING_END:
        // Drop whatever the f-string left open (the tokenizer reports that elsewhere).
        while (depth > 0 && openKind[depth - 1] !== OPEN_FSTRING) depth--;
        return depth > 0 ? depth - 1 : 0;
      case K.LPAR: open[depth] = m; openKind[depth] = OPEN_PAR; return depth + 1;
      case K.LSQB: open[depth] = m; openKind[depth] = OPEN_SQB; return depth + 1;
      case K.LBRACE: {
        // A brace right inside an f-string, or in the format spec of a replacement field, opens
        // a replacement field (curly_bracket_expr_start_depth in tokenizer.c).
        const top = depth > 0 ? openKind[depth - 1] : OPEN_NONE;
        open[depth] = m;
        openKind[depth] = top === OPEN_FSTRING || top === OPEN_FIELD_SPEC ? OPEN_FIELD : OPEN_BRACE;
        return depth + 1;
      }
      case K.COLON:
        // A colon at the top of a replacement field starts its format spec.
        if (depth > 0 && openKind[depth - 1] === OPEN_FIELD) openKind[depth - 1] = OPEN_FIELD_SPEC;
        return depth;
      default: { // a closing bracket
        const c = k === K.RPAR ? ')' : k === K.RSQB ? ']' : '}';
        const top = depth > 0 ? openKind[depth - 1] : OPEN_NONE;
        if (top === OPEN_NONE || top === OPEN_FSTRING) {
          // Inside an f-string's literal part the tokenizer never yields a closing bracket.
          if (top === OPEN_NONE) this.bracketError = { index: m, msg: `unmatched '${c}'` };
          return depth;
        }
        const want = top === OPEN_PAR ? K.RPAR : top === OPEN_SQB ? K.RSQB : K.RBRACE;
        if (k === want) return depth - 1;
        if (top === OPEN_FIELD || top === OPEN_FIELD_SPEC) {
          this.bracketError = { index: m, msg: `f-string: unmatched '${c}'` };
          return depth;
        }
        const o = top === OPEN_PAR ? '(' : top === OPEN_SQB ? '[' : '{';
        const openLine = line[open[depth - 1]];
        this.bracketError = {
          index: m,
          msg: openLine !== line[m]
            ? `closing parenthesis '${c}' does not match opening parenthesis '${o}' on line ${openLine}`
            : `closing parenthesis '${c}' does not match opening parenthesis '${o}'`,
        };
        return depth;
      }
    }
  }

  /** The physical source line `row` (1-based) as the tokens saw it, or '' when unknown. */
  rowText(row: number): string {
    // Linear search from a token on or after that row; only used on rare paths (f-string
    // debug text, error messages), so no index is built for it.
    const src = this.source;
    for (let i = 0; i < this.count; i++) {
      const o = this.origin[i];
      if (o < 0) break;
      const startRow = src.startLine[o]!;
      if (startRow <= row && src.endLine[o]! >= row) {
        const lines = src.line[o]!.split(/(?<=\n)/);
        const idx = row - startRow;
        if (idx < lines.length) return lines[idx];
      }
      if (startRow > row) break;
    }
    return '';
  }

  /** The `line` of token `i` (the physical line(s) it was found on). */
  lineOf(i: number): string {
    const o = this.origin[i];
    return o >= 0 ? this.source.line[o]! : '';
  }
}
