/**
 * The tokenizer proper: a state machine over decoded source text that reproduces, token for token
 * and error for error, CPython 3.12's C tokenizer as the `tokenize` module drives it (readline
 * input, `extra_tokens` on). It keeps the C tokenizer's observable state — the line buffer that
 * grows while a token spans lines (`buf`), the current line (`lineStart`..`inp`), the indentation
 * and bracket stacks, the f-string mode stack — as integer offsets into one string, so no line is
 * copied and no character is allocated. `Scanner.next()` plays `tokenizeriter_next`: it turns the
 * raw token into a `Token` with code-point columns and the shared `line` string.
 */
import type { Token, TokenColumns } from '@pyglass/interfaces';
import * as chars from './chars';
import type { TokenizeError, TokenizeErrorType } from './errors';

// Token type numbers of 3.12's `token` module, as module-local constants. Why not TokenType:
// it is a const enum of another package, which per-file transpilers (tsx, swc) cannot inline,
// so every use would be a property load through a module getter in the hottest code.
const T_COLON = 11; // TokenType.COLON
const T_COMMENT = 64; // TokenType.COMMENT
const T_DEDENT = 6; // TokenType.DEDENT
const T_DOT = 23; // TokenType.DOT
const T_ELLIPSIS = 52; // TokenType.ELLIPSIS
const T_ENDMARKER = 0; // TokenType.ENDMARKER
const T_ERRORTOKEN = 66; // TokenType.ERRORTOKEN
const T_FSTRING_END = 63; // TokenType.FSTRING_END
const T_FSTRING_MIDDLE = 62; // TokenType.FSTRING_MIDDLE
const T_FSTRING_START = 61; // TokenType.FSTRING_START
const T_INDENT = 5; // TokenType.INDENT
const T_NAME = 1; // TokenType.NAME
const T_NEWLINE = 4; // TokenType.NEWLINE
const T_NL = 65; // TokenType.NL
const T_NUMBER = 2; // TokenType.NUMBER
const T_OP = 55; // TokenType.OP
const T_STRING = 3; // TokenType.STRING

// Local bindings of the character tables and helpers, for the same reason: an imported binding
// is read through a getter on each use once transpiled to CommonJS.
const CHAR_CLASS: Uint8Array = chars.CHAR_CLASS;
const IDENT_START = 1; // IDENT_START
const IDENT_CHAR = 2; // IDENT_CHAR
const HEX_DIGIT = 8; // CharFlag.HEX_DIGIT
const TWO_CHAR: Uint8Array = chars.TWO_CHAR;
const isThreeCharOp = chars.isThreeCharOp;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHexDigit(c: number): boolean {
  return c >= 0 && c < 128 && (CHAR_CLASS[c] & HEX_DIGIT) !== 0;
}
function isIdentChar(c: number): boolean {
  return c >= 128 || (c >= 0 && (CHAR_CLASS[c] & IDENT_CHAR) !== 0);
}
function isTwoCharOp(c1: number, c2: number): boolean {
  return c1 < 128 && c2 >= 0 && c2 < 128 && TWO_CHAR[(c1 << 7) | c2] === 1;
}
function isPrintableAscii(c: number): boolean {
  return c >= 0x20 && c !== 0x7f;
}

const EOF = -1;
/** Returned by `decimalTail` after it raised an error (C returns 0, a valid char for us). */
const TAIL_ERROR = -2;

// Character codes used by name, so the state machine reads like tokenizer.c.
const NL = 0x0a;
const CR = 0x0d;
const FF = 0x0c;
const TAB = 0x09;
const SPACE = 0x20;
const HASH = 0x23;
const BACKSLASH = 0x5c;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const DOT = 0x2e;
const UNDERSCORE = 0x5f;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LPAR = 0x28;
const RPAR = 0x29;
const LSQB = 0x5b;
const RSQB = 0x5d;
const COLON = 0x3a;
const EXCL = 0x21;
const EQUAL = 0x3d;
const ZERO = 0x30;

/** `tok->done` codes (Include/errcode.h). */
const enum Done {
  OK = 10,
  EOF = 11,
  TOKEN = 13,
  TABSPACE = 18,
  TOODEEP = 20,
  DEDENT = 21,
  DECODE = 22,
  EOFS = 23,
  EOLS = 24,
  LINECONT = 25,
  /** A SyntaxError was raised with its own message and position. */
  ERROR = 17,
}

/** Limits of tokenizer.h, 3.12. */
const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
const MAX_EXPR_NESTING = 3;
const TABSIZE = 8;

/** Raw token kinds beyond the public ones: the tokenizer's error result. */
const ERRORTOKEN = T_ERRORTOKEN;

const enum ModeKind {
  REGULAR = 0,
  FSTRING = 1,
}

/** One entry of the f-string mode stack (`tokenizer_mode`); monomorphic, reused in place. */
class Mode {
  kind = ModeKind.REGULAR;
  curlyDepth = 0;
  exprStartDepth = 0;
  quote = 0;
  quoteSize = 0;
  raw = false;
  /** Offset of the f-string's first character (its prefix). */
  fStart = 0;
  /** Offset of the line the f-string starts on. */
  fMultiLineStart = 0;
  fLineStart = 0;
  debug = false;
  inFormatSpec = false;
}

/** A warning the tokenizer emits (`SyntaxWarning` for `\{` in a non-raw f-string). */
export interface TokenizeWarning {
  category: 'SyntaxWarning';
  message: string;
  line: number;
}

export class Scanner {
  private readonly src: string;
  /** Length of `src`, which always ends in "\n" when not empty (see `implicitNewlineAt`). */
  private readonly srcLen: number;
  /** Offset of the newline we appended to a last line that had none, or -1 (C: "fake one"). */
  private readonly implicitNewlineAt: number;
  /** Whether `src` holds astral characters (two UTF-16 units, one code point). */
  private readonly astral: boolean;
  /** Whether `src` holds any non-ASCII character (columns then need conversion). */
  private readonly nonAscii: boolean;
  /** First NUL in `src`, or -1. */
  private readonly firstNull: number;

  // Buffer and line state (tok->buf, cur, inp, line_start, multi_line_start, lineno, ...).
  private buf = 0;
  private cur = 0;
  private inp = 0;
  private lineStart = 0;
  private multiLineStart = 0;
  private lineno = 0;
  private firstLineno = 0;
  private implicitNewline = false;
  private start = -1;
  private done = Done.OK;
  private atbol = true;
  private pendin = 0;
  private indent = 0;
  private readonly indstack = new Int32Array(MAXINDENT);
  private readonly altindstack = new Int32Array(MAXINDENT);
  private level = 0;
  private readonly parenstack = new Int32Array(MAXLEVEL);
  private contLine = false;
  private commentNewline = false;
  private readonly modes: Mode[] = [];
  private modeIndex = 0;

  // The raw token just produced (token.start / token.end), -1 for NULL.
  private pStart = -1;
  private pEnd = -1;

  /** The error that stopped tokenizing (set with `done`). */
  error: TokenizeError | null = null;
  readonly warnings: TokenizeWarning[] = [];
  private finished = false;

  // The `line` string of the last token, shared by every token of that line (why: one slice per
  // physical line instead of one per token).
  private lineCacheStart = -1;
  private lineCacheEnd = -1;
  private lineCache = '';

  constructor(text: string) {
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== NL) {
      // Why: the C tokenizer appends a newline to a last line without one and remembers it;
      // appending once here keeps every line "\n"-terminated so scanning loops need no end check.
      this.src = text + '\n';
      this.implicitNewlineAt = text.length;
    } else {
      this.src = text;
      this.implicitNewlineAt = -1;
    }
    this.srcLen = this.src.length;
    this.astral = /[\uD800-\uDFFF]/.test(text);
    this.nonAscii = /[^\x00-\x7f]/.test(text);
    this.firstNull = text.indexOf('\0');
    const base = new Mode();
    this.modes.push(base);
    for (let i = 1; i < MAXFSTRINGLEVEL; i++) this.modes.push(new Mode());
  }

  // ---------------------------------------------------------------------------------------------
  // Character input: tok_nextc, tok_backup, tok_underflow_readline.

  private nextc(): number {
    for (;;) {
      if (this.cur !== this.inp) return this.src.charCodeAt(this.cur++);
      if (this.done !== Done.OK) return EOF;
      if (!this.underflow()) {
        this.cur = this.inp;
        return EOF;
      }
      this.lineStart = this.cur;
      if (this.firstNull >= 0 && this.lineHasNull()) {
        this.raiseAt('TokenError', 'source code cannot contain null bytes', this.lineno, 0);
        this.cur = this.inp;
        return EOF;
      }
    }
  }

  private lineHasNull(): boolean {
    const i = this.src.indexOf('\0', this.lineStart);
    return i >= 0 && i < this.inp;
  }

  private backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  /** Reads the next physical line into the buffer; false at end of input. */
  private underflow(): boolean {
    if (this.start === -1 && this.modeIndex === 0) {
      // Not inside a token: the buffer restarts with the new line.
      this.buf = this.inp;
      this.cur = this.inp;
    }
    if (this.inp >= this.srcLen) {
      this.done = Done.EOF;
      return false;
    }
    const nl = this.src.indexOf('\n', this.inp);
    const end = nl < 0 ? this.srcLen : nl + 1;
    this.implicitNewline = nl === this.implicitNewlineAt;
    this.inp = end;
    this.lineno++;
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Errors.

  private raiseAt(type: TokenizeErrorType, message: string, line: number, column: number): void {
    if (this.error === null) this.error = { type, message, line, column };
    this.done = Done.ERROR;
  }

  /** `syntaxerror()`: the message at the current line, column = code points up to `cur`. */
  private syntaxError(message: string): number {
    this.raiseAt('TokenError', message, this.lineno, this.cpLen(this.lineStart, this.cur));
    return ERRORTOKEN;
  }

  private indentError(): number {
    this.done = Done.TABSPACE;
    this.cur = this.inp;
    return ERRORTOKEN;
  }

  /** `_tokenizer_error` of Python-tokenize.c: the error for a `done` code without a message. */
  private doneError(): void {
    if (this.error !== null) return;
    let type: TokenizeErrorType = 'TokenError';
    let message: string;
    switch (this.done) {
      case Done.EOF: {
        // CPython passes the byte length of the buffer here, not a character offset.
        const offset = this.inp - this.buf < 0 ? 0 : this.utf8Len(this.buf, this.inp);
        this.error = { type: 'TokenError', message: 'unexpected EOF in multi-line statement', line: this.lineno, column: offset };
        return;
      }
      case Done.TOKEN:
        message = 'invalid token';
        break;
      case Done.DEDENT:
        type = 'IndentationError';
        message = 'unindent does not match any outer indentation level';
        break;
      case Done.TABSPACE:
        type = 'TabError';
        message = 'inconsistent use of tabs and spaces in indentation';
        break;
      case Done.TOODEEP:
        type = 'IndentationError';
        message = 'too many levels of indentation';
        break;
      case Done.LINECONT:
        message = 'unexpected character after line continuation character';
        break;
      default:
        message = 'unknown tokenization error';
    }
    // The error line is the whole buffer without its final newline; the offset counts that line
    // plus one, as _PyPegen_byte_offset_to_character_offset does when given the full length.
    const column = this.inp > this.buf ? this.cpLen(this.buf, this.inp - 1) + 1 : 0;
    this.error = { type, message, line: this.lineno, column };
  }

  // ---------------------------------------------------------------------------------------------
  // Columns. CPython reports code points; JS strings index UTF-16 units.

  private cpLen(from: number, to: number): number {
    if (!this.astral || to <= from) return to - from;
    let n = to - from;
    for (let i = from; i < to; i++) {
      const u = this.src.charCodeAt(i);
      if (u >= 0xdc00 && u <= 0xdfff && i > from) {
        const prev = this.src.charCodeAt(i - 1);
        if (prev >= 0xd800 && prev <= 0xdbff) n--;
      }
    }
    return n;
  }

  /**
   * The end column of a string token that spans lines, as 3.12.1 computes it: the end's byte
   * offset in its own line, converted to characters against the text of the token's *first*
   * line onwards (CPython decodes that many bytes of the wrong line; a cut character counts one).
   */
  private multiLineEndColumn(ls: number, pEnd: number): number {
    let n = this.utf8Len(this.lineStart, pEnd);
    let i = ls;
    let count = 0;
    while (n > 0) {
      const u = this.src.charCodeAt(i);
      let size: number;
      let units = 1;
      if (u < 0x80) size = 1;
      else if (u < 0x800) size = 2;
      else if (u >= 0xd800 && u <= 0xdbff) {
        const lo = this.src.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          size = 4;
          units = 2;
        } else size = 3;
      } else size = 3;
      count++;
      if (size > n) break;
      n -= size;
      i += units;
    }
    return count;
  }

  private utf8Len(from: number, to: number): number {
    let n = 0;
    for (let i = from; i < to; i++) {
      const u = this.src.charCodeAt(i);
      if (u < 0x80) n += 1;
      else if (u < 0x800) n += 2;
      else if (u >= 0xd800 && u <= 0xdbff && i + 1 < to) {
        const lo = this.src.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          n += 4;
          i++;
        } else n += 3;
      } else n += 3;
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------
  // tokenizeriter_next: one public token, or null at the end or after an error.

  next(): Token | null {
    if (!this.advance()) return null;
    return { type: this.tType, string: this.tString, start: [this.tLine, this.tCol], end: [this.tEndLine, this.tEndCol], line: this.tLineText };
  }

  /**
   * The next token into `columns` at index `columns.length` (which the caller has room for); false
   * at the end or on an error, as next() returns null. Why: the in-process pipeline hands tokens
   * to the parser in columns, without an object and two position arrays per token.
   */
  /** Whether the whole source is ASCII. */
  get ascii(): boolean {
    return !this.nonAscii;
  }

  nextInto(columns: TokenColumns): boolean {
    if (!this.advance()) return false;
    const i = columns.length++;
    columns.type[i] = this.tType;
    columns.string[i] = this.tString;
    columns.startLine[i] = this.tLine;
    columns.startCol[i] = this.tCol;
    columns.endLine[i] = this.tEndLine;
    columns.endCol[i] = this.tEndCol;
    columns.line[i] = this.tLineText;
    return true;
  }

  // The token advance() produced.
  private tType = 0;
  private tString = '';
  private tLine = 0;
  private tCol = 0;
  private tEndLine = 0;
  private tEndCol = 0;
  private tLineText = '';

  /** Scans the next token into the t* fields; false at the end or on an error. */
  private advance(): boolean {
    if (this.finished) return false;
    this.pStart = -1;
    this.pEnd = -1;
    const mode = this.modes[this.modeIndex];
    let type = mode.kind === ModeKind.REGULAR ? this.normalMode(mode) : this.fstringMode(mode);
    if (this.done === Done.DECODE) type = ERRORTOKEN;
    if (type === ERRORTOKEN) {
      this.doneError();
      this.finished = true;
      return false;
    }
    if (this.error !== null) {
      // The C tokenizer raised (a NUL on the line it just read) yet still returned a token (a
      // DEDENT computed from the empty indentation): the iterator returns a value with an
      // exception set, which CPython turns into this SystemError. Its text names a memory
      // address we cannot know; we write 0x0.
      this.error = { type: 'SystemError', message: '<built-in method __new__ of type object at 0x0> returned a result with an exception set', line: null, column: null };
      this.finished = true;
      return false;
    }
    const pStart = this.pStart;
    const pEnd = this.pEnd;
    let str = pStart < 0 || pEnd < 0 ? '' : this.src.slice(pStart, pEnd);
    const trailing = type === T_ENDMARKER || (type === T_DEDENT && this.done === Done.EOF);
    const isStringLit = type === T_STRING || type === T_FSTRING_MIDDLE;
    const ls = isStringLit ? this.multiLineStart : this.lineStart;
    let line: string;
    if (trailing) {
      line = '';
    } else {
      let lineEnd = this.inp;
      if (lineEnd - ls >= 1 && this.implicitNewline) lineEnd--;
      if (ls === this.lineCacheStart && lineEnd === this.lineCacheEnd) {
        line = this.lineCache;
      } else {
        line = this.src.slice(ls, lineEnd);
        this.lineCacheStart = ls;
        this.lineCacheEnd = lineEnd;
        this.lineCache = line;
      }
    }
    let lineno = isStringLit ? this.firstLineno : this.lineno;
    let endLineno = this.lineno;
    let col = -1;
    let endCol = -1;
    if (pStart >= 0 && pStart >= ls) col = this.cpLen(ls, pStart);
    if (pEnd >= 0 && pEnd >= this.lineStart) endCol = ls === this.lineStart || !this.nonAscii ? this.cpLen(this.lineStart, pEnd) : this.multiLineEndColumn(ls, pEnd);
    if (trailing) {
      lineno = endLineno = lineno + 1;
      col = endCol = 0;
    }
    if (type > T_DEDENT && type < T_OP) {
      type = T_OP;
    } else if (type === T_NEWLINE) {
      // With an implicit newline CPython keeps the raw text, which is "" — or "\r" when the last
      // line ends in a lone CR.
      if (!this.implicitNewline) str = this.src.charCodeAt(this.start) === CR ? '\r\n' : '\n';
      endCol++;
    } else if (type === T_NL) {
      if (this.implicitNewline) str = '';
    }
    if (type === T_ENDMARKER) this.finished = true;
    this.tType = type;
    this.tString = str;
    this.tLine = lineno;
    this.tCol = col;
    this.tEndLine = endLineno;
    this.tEndCol = endCol;
    this.tLineText = line;
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // tok_get_normal_mode.

  private normalMode(mode: Mode): number {
    let c: number;
    let blankline = false;
    // nextline:
    for (;;) {
      this.start = -1;
      blankline = false;
      if (this.atbol) {
        let col = 0;
        let altcol = 0;
        this.atbol = false;
        let contLineCol = 0;
        for (;;) {
          c = this.nextc();
          if (c === SPACE) {
            col++;
            altcol++;
          } else if (c === TAB) {
            col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE;
            altcol = altcol + 1;
          } else if (c === FF) {
            col = altcol = 0;
          } else if (c === BACKSLASH) {
            contLineCol = contLineCol !== 0 ? contLineCol : col;
            if ((c = this.continuationLine()) === -1) return ERRORTOKEN;
          } else {
            break;
          }
        }
        this.backup(c);
        if (c === HASH || c === NL || c === CR) blankline = true;
        if (!blankline && this.level === 0) {
          col = contLineCol !== 0 ? contLineCol : col;
          altcol = contLineCol !== 0 ? contLineCol : altcol;
          const indent = this.indent;
          if (col === this.indstack[indent]) {
            if (altcol !== this.altindstack[indent]) return this.indentError();
          } else if (col > this.indstack[indent]) {
            if (indent + 1 >= MAXINDENT) {
              this.done = Done.TOODEEP;
              this.cur = this.inp;
              return ERRORTOKEN;
            }
            if (altcol <= this.altindstack[indent]) return this.indentError();
            this.pendin++;
            this.indstack[++this.indent] = col;
            this.altindstack[this.indent] = altcol;
          } else {
            while (this.indent > 0 && col < this.indstack[this.indent]) {
              this.pendin--;
              this.indent--;
            }
            if (col !== this.indstack[this.indent]) {
              this.done = Done.DEDENT;
              this.cur = this.inp;
              return ERRORTOKEN;
            }
            if (altcol !== this.altindstack[this.indent]) return this.indentError();
          }
        }
      }

      this.start = this.cur;
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pStart = this.cur;
          this.pEnd = this.cur;
          this.pendin++;
          return T_DEDENT;
        }
        this.pStart = this.buf;
        this.pEnd = this.cur;
        this.pendin--;
        return T_INDENT;
      }

      // again: (re-entered after a backslash continuation)
      for (;;) {
        this.start = -1;
        do {
          c = this.nextc();
        } while (c === SPACE || c === TAB || c === FF);
        this.start = this.cur - 1;

        if (c === HASH) {
          // Why a direct scan: a comment never spans lines and every line ends in "\n", so the
          // loop needs neither nextc() nor an end-of-input check.
          const src = this.src;
          let p = this.cur;
          let u = src.charCodeAt(p);
          while (u !== NL && u !== CR) u = src.charCodeAt(++p);
          this.cur = p;
          this.pStart = this.start;
          this.pEnd = p;
          this.commentNewline = blankline;
          return T_COMMENT;
        }

        if (c === EOF) {
          if (this.level !== 0) return ERRORTOKEN;
          return this.done === Done.EOF ? T_ENDMARKER : ERRORTOKEN;
        }

        // Identifier (most frequent token!)
        if (c < 128 ? (CHAR_CLASS[c] & IDENT_START) !== 0 : true) {
          return this.nameOrPrefixedString(c, mode);
        }

        if (c === CR) c = this.nextc();

        if (c === NL) {
          this.atbol = true;
          if (blankline || this.level > 0) {
            if (this.commentNewline) this.commentNewline = false;
            this.pStart = this.start;
            this.pEnd = this.cur;
            return T_NL;
          }
          if (this.commentNewline) {
            this.commentNewline = false;
            this.pStart = this.start;
            this.pEnd = this.cur;
            return T_NL;
          }
          this.pStart = this.start;
          this.pEnd = this.cur - 1;
          this.contLine = false;
          return T_NEWLINE;
        }

        if (c === DOT) {
          c = this.nextc();
          if (isDigit(c)) return this.number(c, /* entry */ NumberEntry.FRACTION);
          if (c === DOT) {
            c = this.nextc();
            if (c === DOT) {
              this.pStart = this.start;
              this.pEnd = this.cur;
              return T_ELLIPSIS;
            }
            this.backup(c);
            this.backup(DOT);
          } else {
            this.backup(c);
          }
          this.pStart = this.start;
          this.pEnd = this.cur;
          return T_DOT;
        }

        if (isDigit(c)) return this.number(c, NumberEntry.START);

        if (c === DQUOTE || c === SQUOTE) return this.stringLiteral(c);

        if (c === BACKSLASH) {
          if ((c = this.continuationLine()) === -1) return ERRORTOKEN;
          this.contLine = true;
          continue; // goto again
        }

        return this.punctuation(c, mode);
      }
    }
  }

  /** tok_continuation_line: after a backslash, the newline and the first char of the next line. */
  private continuationLine(): number {
    let c = this.nextc();
    if (c === CR) c = this.nextc();
    if (c !== NL) {
      this.done = Done.LINECONT;
      return -1;
    }
    c = this.nextc();
    if (c === EOF) {
      this.done = Done.EOF;
      this.cur = this.inp;
      return -1;
    }
    this.backup(c);
    return c;
  }

  /** A name, or the prefix of a string literal (b, r, u, f in CPython's allowed combinations). */
  private nameOrPrefixedString(c: number, mode: Mode): number {
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true;
      else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
      else break;
      c = this.nextc();
      if (c === DQUOTE || c === SQUOTE) {
        if (sawF) return this.fstringStart(c);
        return this.stringLiteral(c);
      }
    }
    // Why a direct scan: names end before the line's final "\n", so no underflow can happen.
    const src = this.src;
    let p = this.cur;
    if (isIdentChar(c)) {
      let u = src.charCodeAt(p);
      while (u >= 128 || (CHAR_CLASS[u] & IDENT_CHAR) !== 0) u = src.charCodeAt(++p);
      this.cur = p;
    } else {
      this.backup(c);
    }
    void mode;
    this.pStart = this.start;
    this.pEnd = this.cur;
    return T_NAME;
  }

  /** tok_decimal_tail: digits with single underscores; returns the char after them. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== UNDERSCORE) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError('invalid decimal literal');
        return TAIL_ERROR;
      }
    }
    return c;
  }

  /** Numbers, entered at the first digit or (after ".") at the fraction. */
  private number(c: number, entry: NumberEntry): number {
    if (entry === NumberEntry.START) {
      if (c === ZERO) {
        c = this.nextc();
        if (c === 0x78 || c === 0x58) {
          // Hex
          c = this.nextc();
          do {
            if (c === UNDERSCORE) c = this.nextc();
            if (!isHexDigit(c)) {
              this.backup(c);
              return this.syntaxError('invalid hexadecimal literal');
            }
            do {
              c = this.nextc();
            } while (isHexDigit(c));
          } while (c === UNDERSCORE);
          return this.endNumber(c);
        }
        if (c === 0x6f || c === 0x4f) {
          // Octal
          c = this.nextc();
          do {
            if (c === UNDERSCORE) c = this.nextc();
            if (c < 0x30 || c >= 0x38) {
              if (isDigit(c)) return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
              this.backup(c);
              return this.syntaxError('invalid octal literal');
            }
            do {
              c = this.nextc();
            } while (c >= 0x30 && c < 0x38);
          } while (c === UNDERSCORE);
          if (isDigit(c)) return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
          return this.endNumber(c);
        }
        if (c === 0x62 || c === 0x42) {
          // Binary
          c = this.nextc();
          do {
            if (c === UNDERSCORE) c = this.nextc();
            if (c !== 0x30 && c !== 0x31) {
              if (isDigit(c)) return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
              this.backup(c);
              return this.syntaxError('invalid binary literal');
            }
            do {
              c = this.nextc();
            } while (c === 0x30 || c === 0x31);
          } while (c === UNDERSCORE);
          if (isDigit(c)) return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
          return this.endNumber(c);
        }
        // Maybe old-style octal; with extra tokens CPython accepts it as a NUMBER.
        for (;;) {
          if (c === UNDERSCORE) {
            c = this.nextc();
            if (!isDigit(c)) {
              this.backup(c);
              return this.syntaxError('invalid decimal literal');
            }
          }
          if (c !== ZERO) break;
          c = this.nextc();
        }
        if (isDigit(c)) {
          c = this.decimalTail();
          if (c === TAIL_ERROR) return ERRORTOKEN;
        }
        if (c === DOT) {
          c = this.nextc();
          return this.number(c, NumberEntry.FRACTION);
        }
        if (c === 0x65 || c === 0x45) return this.number(c, NumberEntry.EXPONENT);
        if (c === 0x6a || c === 0x4a) return this.number(c, NumberEntry.IMAGINARY);
        return this.endNumber(c);
      }
      // Decimal
      c = this.decimalTail();
      if (c === TAIL_ERROR) return ERRORTOKEN;
      if (c === DOT) {
        c = this.nextc();
        entry = NumberEntry.FRACTION;
      } else {
        entry = NumberEntry.EXPONENT;
      }
    }
    if (entry === NumberEntry.FRACTION) {
      if (isDigit(c)) {
        c = this.decimalTail();
        if (c === TAIL_ERROR) return ERRORTOKEN;
      }
      entry = NumberEntry.EXPONENT;
    }
    if (entry === NumberEntry.EXPONENT) {
      if (c === 0x65 || c === 0x45) {
        const e = c;
        c = this.nextc();
        if (c === 0x2b || c === 0x2d) {
          c = this.nextc();
          if (!isDigit(c)) {
            this.backup(c);
            return this.syntaxError('invalid decimal literal');
          }
        } else if (!isDigit(c)) {
          this.backup(c);
          this.backup(e);
          this.pStart = this.start;
          this.pEnd = this.cur;
          return T_NUMBER;
        }
        c = this.decimalTail();
        if (c === TAIL_ERROR) return ERRORTOKEN;
      }
      if (c !== 0x6a && c !== 0x4a) return this.endNumber(c);
    }
    // Imaginary
    c = this.nextc();
    return this.endNumber(c);
  }

  private endNumber(c: number): number {
    this.backup(c);
    this.pStart = this.start;
    this.pEnd = this.cur;
    return T_NUMBER;
  }

  /** The opening of an f-string: pushes an f-string mode (f_string_quote: in tokenizer.c). */
  private fstringStart(quote: number): number {
    let quoteSize = 1;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    const afterQuote = this.nextc();
    if (afterQuote === quote) {
      const afterAfter = this.nextc();
      if (afterAfter === quote) {
        quoteSize = 3;
      } else {
        this.backup(afterAfter);
        this.backup(afterQuote);
      }
    }
    if (afterQuote !== quote) this.backup(afterQuote);
    this.pStart = this.start;
    this.pEnd = this.cur;
    if (this.modeIndex + 1 >= MAXFSTRINGLEVEL) return this.syntaxError('too many nested f-strings');
    const m = this.modes[++this.modeIndex];
    m.kind = ModeKind.FSTRING;
    m.quote = quote;
    m.quoteSize = quoteSize;
    m.fStart = this.start;
    m.fMultiLineStart = this.lineStart;
    m.fLineStart = this.lineno;
    m.debug = false;
    m.inFormatSpec = false;
    const first = this.src.charCodeAt(this.start) | 0x20;
    m.raw = first === 0x66 ? (this.src.charCodeAt(this.start + 1) | 0x20) === 0x72 : true;
    m.curlyDepth = 0;
    m.exprStartDepth = -1;
    return T_FSTRING_START;
  }

  /** A string literal after its prefix (letter_quote: in tokenizer.c). */
  private stringLiteral(quote: number): number {
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) this.backup(c);

    const src = this.src;
    while (endQuoteSize !== quoteSize) {
      // Why the inline fast path: most characters of a string are plain; reading them straight
      // from the current line skips nextc()'s underflow checks.
      if (this.cur !== this.inp) {
        c = src.charCodeAt(this.cur++);
      } else {
        c = this.nextc();
        if (this.done === Done.ERROR) return ERRORTOKEN;
        if (this.done === Done.DECODE) break;
      }
      if (c === EOF || (quoteSize === 1 && c === NL)) {
        this.cur = this.start + 1;
        this.lineStart = this.multiLineStart;
        const detectedAt = this.lineno;
        this.lineno = this.firstLineno;
        if (this.modeIndex > 0) {
          const m = this.modes[this.modeIndex];
          if (m.quote === quote && m.quoteSize === quoteSize) return this.syntaxError("f-string: expecting '}'");
        }
        if (quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted string literal (detected at line ${detectedAt})`);
          return ERRORTOKEN;
        }
        this.syntaxError(`unterminated string literal (detected at line ${detectedAt})`);
        return ERRORTOKEN;
      }
      if (c === quote) {
        endQuoteSize += 1;
      } else {
        endQuoteSize = 0;
        if (c === BACKSLASH) {
          c = this.nextc();
          if (c === CR) c = this.nextc();
          if (this.done === Done.ERROR) return ERRORTOKEN;
        }
      }
    }
    this.pStart = this.start;
    this.pEnd = this.cur;
    return T_STRING;
  }

  /** Operators and brackets, with the f-string bookkeeping of `{`, `}`, `:` and `!`. */
  private punctuation(c: number, mode: Mode): number {
    if (c >= 128) {
      // Only reachable after a lone CR: the C tokenizer then makes a one-byte token of CR and
      // the first UTF-8 byte of this character, and fails to decode it.
      return this.cutCharacter(c);
    }
    const insideFstring = this.modeIndex > 0;
    if ((c === COLON || c === RBRACE || c === EXCL || c === LBRACE) && insideFstring && mode.exprStartDepth >= 0) {
      const cursor = mode.curlyDepth - (c !== LBRACE ? 1 : 0);
      if (c === COLON && cursor === mode.exprStartDepth) {
        mode.kind = ModeKind.FSTRING;
        mode.inFormatSpec = true;
        this.pStart = this.start;
        this.pEnd = this.cur;
        return T_COLON;
      }
    }

    const c2 = this.nextc();
    if (isTwoCharOp(c, c2)) {
      const c3 = this.nextc();
      if (!isThreeCharOp(c, c2, c3)) this.backup(c3);
      this.pStart = this.start;
      this.pEnd = this.cur;
      return T_OP;
    }
    this.backup(c2);

    switch (c) {
      case LPAR:
      case LSQB:
      case LBRACE:
        if (this.level >= MAXLEVEL) return this.syntaxError('too many nested parentheses');
        this.parenstack[this.level] = c;
        this.level++;
        if (insideFstring) mode.curlyDepth++;
        break;
      case RPAR:
      case RSQB:
      case RBRACE:
        if (insideFstring && mode.curlyDepth === 0 && c === RBRACE) {
          return this.syntaxError("f-string: single '}' is not allowed");
        }
        if (this.level > 0) this.level--;
        if (insideFstring) {
          // 3.12.1 lets the depth go negative here (later 3.12 releases raise "f-string:
          // unmatched"); the oracle is 3.12.1.
          mode.curlyDepth--;
          if (c === RBRACE && mode.curlyDepth === mode.exprStartDepth) {
            mode.exprStartDepth--;
            mode.kind = ModeKind.FSTRING;
            mode.inFormatSpec = false;
            mode.debug = false;
          }
        }
        break;
      default:
        break;
    }

    if (c < 128 && !isPrintableAscii(c)) {
      return this.syntaxError(`invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    if (c === EQUAL && mode.exprStartDepth >= 0) mode.debug = true;
    this.pStart = this.start;
    this.pEnd = this.cur;
    return T_OP;
  }

  /** The UnicodeDecodeError of a token that ends inside a character's UTF-8 bytes. */
  private cutCharacter(unit: number): number {
    let cp = unit;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const lo = this.src.charCodeAt(this.cur);
      if (lo >= 0xdc00 && lo <= 0xdfff) cp = 0x10000 + ((unit - 0xd800) << 10) + (lo - 0xdc00);
    }
    const lead = cp < 0x800 ? 0xc0 | (cp >> 6) : cp < 0x10000 ? 0xe0 | (cp >> 12) : 0xf0 | (cp >> 18);
    const position = this.utf8Len(this.start, this.cur - 1);
    this.error = {
      type: 'UnicodeDecodeError',
      message: `'utf-8' codec can't decode byte 0x${lead.toString(16)} in position ${position}: unexpected end of data`,
      line: null,
      column: null,
    };
    this.done = Done.ERROR;
    return ERRORTOKEN;
  }

  // ---------------------------------------------------------------------------------------------
  // tok_get_fstring_mode.

  private fstringMode(mode: Mode): number {
    let endQuoteSize = 0;
    let unicodeEscape = false;
    this.start = this.cur;
    this.firstLineno = this.lineno;

    const startChar = this.nextc();
    if (startChar === LBRACE) {
      const peek1 = this.nextc();
      this.backup(peek1);
      this.backup(startChar);
      if (peek1 !== LBRACE) {
        mode.exprStartDepth++;
        if (mode.exprStartDepth >= MAX_EXPR_NESTING) return this.syntaxError('f-string: expressions nested too deeply');
        mode.kind = ModeKind.REGULAR;
        return this.normalMode(mode);
      }
    } else {
      this.backup(startChar);
    }

    let atEnd = true;
    for (let i = 0; i < mode.quoteSize; i++) {
      const q = this.nextc();
      if (q !== mode.quote) {
        this.backup(q);
        atEnd = false;
        break;
      }
    }
    if (atEnd) {
      this.pStart = this.start;
      this.pEnd = this.cur;
      this.modeIndex--;
      return T_FSTRING_END;
    }

    // f_string_middle:
    this.multiLineStart = this.lineStart;
    while (endQuoteSize !== mode.quoteSize) {
      const c = this.nextc();
      if (this.done === Done.ERROR || this.done === Done.DECODE) return ERRORTOKEN;
      const inFormatSpec = mode.inFormatSpec && mode.exprStartDepth >= 0;
      if (c === EOF || (mode.quoteSize === 1 && c === NL)) {
        if (inFormatSpec && c === NL) {
          this.backup(c);
          mode.kind = ModeKind.REGULAR;
          mode.inFormatSpec = false;
          this.pStart = this.start;
          this.pEnd = this.cur;
          return T_FSTRING_MIDDLE;
        }
        this.cur = mode.fStart + 1;
        this.lineStart = mode.fMultiLineStart;
        const detectedAt = this.lineno;
        this.lineno = mode.fLineStart;
        if (mode.quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted f-string literal (detected at line ${detectedAt})`);
          return ERRORTOKEN;
        }
        return this.syntaxError(`unterminated f-string literal (detected at line ${detectedAt})`);
      }
      if (c === mode.quote) {
        endQuoteSize += 1;
        continue;
      }
      endQuoteSize = 0;
      if (c === LBRACE) {
        const peek = this.nextc();
        if (peek !== LBRACE || inFormatSpec) {
          this.backup(peek);
          this.backup(c);
          mode.exprStartDepth++;
          if (mode.exprStartDepth >= MAX_EXPR_NESTING) return this.syntaxError('f-string: expressions nested too deeply');
          mode.kind = ModeKind.REGULAR;
          mode.inFormatSpec = false;
          this.pStart = this.start;
          this.pEnd = this.cur;
        } else {
          this.pStart = this.start;
          this.pEnd = this.cur - 1;
        }
        return T_FSTRING_MIDDLE;
      } else if (c === RBRACE) {
        if (unicodeEscape) {
          this.pStart = this.start;
          this.pEnd = this.cur;
          return T_FSTRING_MIDDLE;
        }
        const peek = this.nextc();
        if (peek === RBRACE && !inFormatSpec && mode.curlyDepth === 0) {
          this.pStart = this.start;
          this.pEnd = this.cur - 1;
        } else {
          this.backup(peek);
          this.backup(c);
          mode.kind = ModeKind.REGULAR;
          this.pStart = this.start;
          this.pEnd = this.cur;
        }
        return T_FSTRING_MIDDLE;
      } else if (c === BACKSLASH) {
        let peek = this.nextc();
        if (peek === CR) peek = this.nextc();
        if (peek === LBRACE || peek === RBRACE) {
          if (!mode.raw) this.warn(`invalid escape sequence '\\${String.fromCharCode(peek)}'`);
          this.backup(peek);
          continue;
        }
        if (!mode.raw && peek === 0x4e) {
          peek = this.nextc();
          if (peek === LBRACE) unicodeEscape = true;
          else this.backup(peek);
        }
      }
    }
    for (let i = 0; i < mode.quoteSize; i++) this.backup(mode.quote);
    this.pStart = this.start;
    this.pEnd = this.cur;
    return T_FSTRING_MIDDLE;
  }

  private warn(message: string): void {
    this.warnings.push({ category: 'SyntaxWarning', message, line: this.lineno });
  }
}

/** Where `Scanner.number` starts: the C code jumps into the middle with gotos. */
const enum NumberEntry {
  START = 0,
  FRACTION = 1,
  EXPONENT = 2,
  IMAGINARY = 3,
}
