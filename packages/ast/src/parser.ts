/**
 * The Python 3.12 parser: hand-written recursive descent over a TokenStream (token kinds in a
 * typed array, an index `pos`), following the rules of CPython's Grammar/python.gram — each
 * parse method carries the rule it implements. Binary operators use precedence climbing
 * (one loop instead of six nested rules); assignment targets are parsed as expressions and then
 * checked and given Store/Del context, as the grammar's target rules accept exactly the
 * expressions that pass that check. Backtracking is limited to the few places the grammar needs
 * it (the soft keywords `match`/`type`, parenthesized with-items), decided by a token scan, not
 * by exceptions. Node positions follow CPython's EXTRA: the first token of the rule to the last
 * non-NEWLINE/INDENT/DEDENT token consumed.
 */
import type { AliasNode, ArgNode, ArgumentsNode, BoolopNode, CmpopNode, ComprehensionNode, Constant, ExceptHandler, ExprContextNode, ExprNode, Expression, FunctionType, Interactive, JoinedStr, KeywordNode, MatchCaseNode, Module, OperatorNode, PatternNode, PyConstant, StmtNode, TypeParamNode, WithitemNode } from '@pyglass/interfaces';
import * as N from './nodes';
import { DEL, LOAD, OPS, STORE, type PositionedNode } from './nodes';
import { K, type TokenStream } from './token-stream';
import { PySyntaxError, type SyntaxErrorType } from './syntax-error';
import { isPrintable } from './py-repr';
import { concatStr, decodeStrBody, decodeStringToken, literalError, literalWarnings, parseNumber, strIsEmpty, stringPrefix, type StrValue } from './literals';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

/** A warning compile() emits while parsing (3.12: invalid escape sequences, a SyntaxWarning). */
export interface SyntaxWarningRecord {
  category: 'SyntaxWarning';
  message: string;
  /** The line of the literal's first token, which is what CPython reports. */
  lineno: number;
}

// Why lookup tables indexed by token kind: one array read per decision instead of a chain of
// comparisons, in the hottest code of the parser.
const BIN_PREC = new Uint8Array(128);
const BIN_OP: OperatorNode[] = [];
function binop(k: K, prec: number, op: OperatorNode['_type']): void { BIN_PREC[k] = prec; BIN_OP[k] = OPS[op]; }
binop(K.VBAR, 1, 'BitOr');
binop(K.CIRCUMFLEX, 2, 'BitXor');
binop(K.AMPER, 3, 'BitAnd');
binop(K.LEFTSHIFT, 4, 'LShift'); binop(K.RIGHTSHIFT, 4, 'RShift');
binop(K.PLUS, 5, 'Add'); binop(K.MINUS, 5, 'Sub');
binop(K.STAR, 6, 'Mult'); binop(K.SLASH, 6, 'Div'); binop(K.DOUBLESLASH, 6, 'FloorDiv');
binop(K.PERCENT, 6, 'Mod'); binop(K.AT, 6, 'MatMult');

const AUG_OP: (OperatorNode | undefined)[] = [];
AUG_OP[K.PLUSEQUAL] = OPS.Add; AUG_OP[K.MINEQUAL] = OPS.Sub; AUG_OP[K.STAREQUAL] = OPS.Mult;
AUG_OP[K.ATEQUAL] = OPS.MatMult; AUG_OP[K.SLASHEQUAL] = OPS.Div; AUG_OP[K.PERCENTEQUAL] = OPS.Mod;
AUG_OP[K.AMPEREQUAL] = OPS.BitAnd; AUG_OP[K.VBAREQUAL] = OPS.BitOr; AUG_OP[K.CIRCUMFLEXEQUAL] = OPS.BitXor;
AUG_OP[K.LEFTSHIFTEQUAL] = OPS.LShift; AUG_OP[K.RIGHTSHIFTEQUAL] = OPS.RShift;
AUG_OP[K.DOUBLESTAREQUAL] = OPS.Pow; AUG_OP[K.DOUBLESLASHEQUAL] = OPS.FloorDiv;

const CMP_OP: (CmpopNode | undefined)[] = [];
CMP_OP[K.EQEQUAL] = OPS.Eq; CMP_OP[K.NOTEQUAL] = OPS.NotEq; CMP_OP[K.LESS] = OPS.Lt;
CMP_OP[K.LESSEQUAL] = OPS.LtE; CMP_OP[K.GREATER] = OPS.Gt; CMP_OP[K.GREATEREQUAL] = OPS.GtE;
CMP_OP[K.IN] = OPS.In; CMP_OP[K.IS] = OPS.Is; CMP_OP[K.NOT] = OPS.NotIn;

/** Kinds that can begin an expression (star_expressions). */
const STARTS_EXPR = new Uint8Array(128);
for (const k of [K.NAME, K.NUMBER, K.STRING, K.FSTRING_START, K.LPAR, K.LSQB, K.LBRACE, K.MINUS,
  K.PLUS, K.TILDE, K.STAR, K.ELLIPSIS, K.NOT, K.LAMBDA, K.AWAIT, K.NONE, K.TRUE, K.FALSE]) STARTS_EXPR[k] = 1;

const SOFT_KEYWORDS = new Set(['_', 'case', 'match', 'type']);

const WHITESPACE_KIND = new Uint8Array(128);
WHITESPACE_KIND[K.NEWLINE] = 1; WHITESPACE_KIND[K.INDENT] = 1; WHITESPACE_KIND[K.DEDENT] = 1; WHITESPACE_KIND[K.ENDMARKER] = 1;

const BRACKET_CLOSE: Record<number, number> = { [K.LPAR]: K.RPAR, [K.LSQB]: K.RSQB, [K.LBRACE]: K.RBRACE };

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: ExprNode): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (typeof v === 'object' && v !== null && '$ellipsis' in v) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return e._type;
  }
}

interface ParamsResult {
  args: ArgumentsNode;
}

export class Parser {
  readonly ts: TokenStream;
  readonly k: Uint8Array;
  readonly text: string[];
  pos = 0;
  readonly typeComments: boolean;
  readonly featureVersion: number;

  readonly tokenError: PySyntaxError | null;
  /** Warnings, in the order CPython emits them. */
  readonly warnings: SyntaxWarningRecord[] = [];
  /** Index of the token where the tokenizer's own checks stopped the stream, or -1. */
  private readonly stopAt: number = -1;
  /** First token of the last assignment value parsed (for error messages). */
  private valueStart = 0;

  constructor(ts: TokenStream, typeComments: boolean, featureVersion: number, tokenError: PySyntaxError | null = null, private readonly tokenErrorIsLiteral = false) {
    const bad = ts.invalidName;
    const br = ts.bracketError;
    if (br !== null && (bad === null || br.index < bad.index)) {
      // A closing bracket the C tokenizer rejects: the stream ends there, with its error at it.
      ts.kind[br.index] = K.ENDMARKER;
      ts.truncated = true;
      this.stopAt = br.index;
      const i = br.index;
      tokenError = new PySyntaxError('SyntaxError', br.msg, ts.line[i], ts.cpCol[i] + 1, ts.line[i], ts.cpCol[i] + 1, ts.lineOf(i));
    } else if (bad !== null) {
      // CPython's tokenizer stops at an invalid identifier character: the parser sees the tokens
      // before it, then that error.
      ts.kind[bad.index] = K.ENDMARKER;
      ts.truncated = true;
      const code = bad.char.codePointAt(0) as number;
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      const msg = isPrintable(code) ? `invalid character '${bad.char}' (U+${hex})` : `invalid non-printable character U+${hex}`;
      tokenError = new PySyntaxError('SyntaxError', msg, ts.line[bad.index], bad.column + 1, ts.line[bad.index], bad.column + 1, ts.lineOf(bad.index));
    }
    this.tokenError = tokenError;
    this.ts = ts;
    this.k = ts.kind;
    this.text = ts.text;
    this.typeComments = typeComments;
    this.featureVersion = featureVersion;
    N.bindTokens(ts);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (CPython's EXTRA end). */
  private last(): number {
    let i = this.pos - 1;
    while (i > 0 && WHITESPACE_KIND[this.k[i]] === 1) i--;
    return i;
  }

  /** A SyntaxError spanning tokens `from`..`to` (inclusive). */
  error(msg: string, from: number, to: number = from, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    const ts = this.ts;
    const line = ts.line[from];
    return new PySyntaxError(type, msg, line, ts.cpCol[from] + 1, ts.endLine[to], ts.cpEndCol[to] + 1, this.lineText(from));
  }

  /** A SyntaxError spanning two nodes (RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
  errorNodes(msg: string, a: PositionedNode, b: PositionedNode = a): PySyntaxError {
    // Nodes built by this parser always carry their end position (the generated types allow None).
    return this.errorSpan(msg, a.lineno, a.col_offset, b.end_lineno ?? b.lineno, b.end_col_offset ?? b.col_offset);
  }

  /** A SyntaxError from a (line, byte column) start to a (line, byte column) end. */
  errorSpan(msg: string, line: number, byteCol: number, endLine: number, endByteCol: number): PySyntaxError {
    return new PySyntaxError('SyntaxError', msg, line, this.cpOffset(line, byteCol) + 1, endLine, this.cpOffset(endLine, endByteCol) + 1, this.ts.rowText(line));
  }

  /** Byte column → code-point column on a row (for error offsets of nodes). */
  private cpOffset(row: number, byteCol: number): number {
    const text = this.ts.rowText(row);
    let bytes = 0;
    let cp = 0;
    for (let i = 0; i < text.length && bytes < byteCol; i++, cp++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c < 0xdc00) { bytes += 4; i++; }
      else bytes += 3;
    }
    return cp + Math.max(0, byteCol - bytes);
  }

  private lineText(i: number): string | null {
    const line = this.ts.lineOf(i);
    if (line === '' && this.k[i] === K.ENDMARKER) return null;
    const nl = line.indexOf('\n');
    return nl >= 0 && nl < line.length - 1 ? line.slice(0, nl + 1) : line;
  }

  /** The generic "invalid syntax" at the current token (or the tokenizer's story at EOF). */
  syntaxError(at: number = this.pos): PySyntaxError {
    const k = this.k[at];
    if (k === K.ENDMARKER && this.ts.truncated) {
      const open = this.unclosedBracket();
      if (this.tokenError && !(open >= 0 && this.tokenError.msg === 'unexpected EOF while parsing')) return this.tokenError;
      if (open >= 0) return this.neverClosed(open);
      return this.error('unexpected EOF while parsing', at);
    }
    if (k === K.INDENT) {
      // CPython's INDENT tokens have no column: the error takes the tokenizer's cursor, just
      // after the indentation, and no end.
      const ts = this.ts;
      return new PySyntaxError('IndentationError', 'unexpected indent', ts.line[at], ts.cpEndCol[at], ts.line[at], -1, this.lineText(at));
    }
    if (k === K.DEDENT && at > 0) {
      return this.error('unindent does not match any outer indentation level', at, at, 'IndentationError');
    }
    if (k === K.ERRORTOKEN || k === K.EXCLAMATION) return this.error('invalid syntax', at);
    return this.error('invalid syntax', at);
  }

  /** IndentationError at the current token; a DEDENT has no column (offset 0, no end). */
  private indentError(msg: string): PySyntaxError {
    const at = this.pos;
    if (this.k[at] === K.DEDENT) return new PySyntaxError('IndentationError', msg, this.ts.line[at], 0, this.ts.line[at], -1, this.lineText(at));
    return this.error(msg, at, at, 'IndentationError');
  }

  /**
   * CHECK_VERSION of python.gram: `what` is "only supported in Python 3.<minor> and greater" when
   * `featureVersion` is older. CPython raises it at the last token its parser had fetched when
   * the rule's action ran (`at`: the rule's last token, or the lookahead after it).
   */
  private checkVersion(minor: number, what: string, at: number): void {
    if (this.featureVersion >= minor) return;
    const msg = `${what} only supported in Python 3.${minor} and greater`;
    const ts = this.ts;
    const k = this.k[at];
    if (k === K.DEDENT || k === K.INDENT || k === K.ENDMARKER) {
      // These tokens have no column in CPython's tokenizer: the error takes its cursor, which
      // for a DEDENT at the end of the source sits after the last line (and its newline).
      let row = ts.line[at];
      let col = ts.cpCol[at];
      let text = this.lineText(at);
      if (text === null || text === '') {
        row -= 1;
        text = ts.rowText(row);
        col = [...text].length + (text.endsWith('\n') ? 0 : 1);
      }
      throw new PySyntaxError('SyntaxError', msg, row, col, row, -1, text);
    }
    throw new PySyntaxError('SyntaxError', msg, ts.line[at], ts.cpCol[at] + 1, ts.line[at], ts.cpEndCol[at] + 1, this.lineText(at));
  }

  /** Moves the warnings of the literal just decoded (token `i`) to the parse's list. */
  private takeLiteralWarnings(i: number): void {
    for (const message of literalWarnings) this.warnings.push({ category: 'SyntaxWarning', message, lineno: this.ts.line[i] });
    literalWarnings.length = 0;
  }

  /** Index of the bracket closing the one at `open` (or the last token when none does). */
  private closingBracket(open: number): number {
    let depth = 0;
    for (let i = open; i < this.ts.count; i++) {
      const k = this.k[i];
      if (k === K.LPAR || k === K.LSQB || k === K.LBRACE) depth++;
      else if (k === K.RPAR || k === K.RSQB || k === K.RBRACE) { if (--depth === 0) return i; }
    }
    return this.ts.count - 1;
  }

  /**
   * CPython's last step after a failed parse (_PyPegen_set_syntax_error): the tokenizer reads the
   * rest of the source, and its error wins — the one that ended the stream, or "'(' was never
   * closed" when the stream ends inside brackets opened on an earlier line than the error.
   */
  finalError(e: PySyntaxError): PySyntaxError {
    if (this.tokenError !== null && this.tokenError.msg === 'unexpected EOF while parsing' && this.ts.truncated) {
      // EOF after a line continuation: inside brackets, CPython names the open bracket.
      const open = this.unclosedBracket();
      if (open >= 0) return this.neverClosed(open);
    }
    if (!this.ts.truncated || e === this.tokenError || this.tokenErrorIsLiteral) return e;
    // A tokenizer error met inside an f-string does not replace the parser's error there.
    if (this.tokenError) {
      // Where the stream stops: a rejected bracket or identifier (the parser's lookahead reaches
      // the token before it), else the end of what the tokenizer gave.
      const end = this.stopAt >= 0 ? this.stopAt - 1 : this.ts.count - 1;
      const beforeEnd = e.lineno < this.ts.line[end] || (e.lineno === this.ts.line[end] && e.offset < this.ts.cpCol[end] + 1);
      return beforeEnd && this.endsInsideFstring() ? e : this.tokenError;
    }
    const open = this.unclosedBracket();
    if (open >= 0 && e.lineno > this.ts.line[open]) return this.neverClosed(open);
    return e;
  }

  private endsInsideFstring(): boolean {
    let depth = 0;
    for (let i = 0; i < this.ts.count; i++) {
      const k = this.k[i];
      if (k === K.FSTRING_START) depth++;
      else if (k === K.FSTRING_END) depth--;
    }
    return depth > 0;
  }

  private neverClosed(open: number): PySyntaxError {
    const ts = this.ts;
    return new PySyntaxError('SyntaxError', `'${this.text[open]}' was never closed`, ts.line[open], ts.cpCol[open] + 1, ts.line[open], 0, this.lineText(open));
  }

  /** The innermost bracket left open at the end of the token stream, or -1. */
  private unclosedBracket(): number {
    const stack: number[] = [];
    for (let i = 0; i < this.ts.count; i++) {
      const k = this.k[i];
      if (k === K.LPAR || k === K.LSQB || k === K.LBRACE) stack.push(i);
      else if ((k === K.RPAR || k === K.RSQB || k === K.RBRACE) && stack.length > 0) stack.pop();
    }
    return stack.length > 0 ? stack[stack.length - 1] : -1;
  }

  private expect(kind: K): number {
    if (this.k[this.pos] !== kind) throw this.syntaxError();
    return this.pos++;
  }

  private expectColon(): void {
    if (this.k[this.pos] !== K.COLON) {
      if (this.k[this.pos] === K.NEWLINE) throw this.error("expected ':'", this.pos - 1 >= 0 ? this.pos : this.pos);
      throw this.syntaxError();
    }
    this.pos++;
  }

  private name(): string {
    if (this.k[this.pos] !== K.NAME) throw this.syntaxError();
    return this.text[this.pos++];
  }

  // ---------------------------------------------------------------------------------------------
  // Start rules

  /** file: [statements] ENDMARKER */
  file(): Module {
    const body: StmtNode[] = [];
    while (this.k[this.pos] !== K.ENDMARKER) this.statement(body);
    if (this.ts.truncated) throw this.syntaxError(this.pos);
    return N.Module(body, this.ts.typeIgnores.map((t) => N.TypeIgnore(t.lineno, t.tag)));
  }

  /** interactive: statement_newline */
  interactive(): Interactive {
    const body: StmtNode[] = [];
    const k = this.k[this.pos];
    if (k === K.NEWLINE) {
      // statement_newline: NEWLINE → a Pass (CPython's interactive empty line)
      const s = this.pos++;
      body.push(N.Pass(s, s));
    } else if (k === K.ENDMARKER) {
      throw this.error('invalid syntax', this.pos);
    } else if (this.isCompoundStart()) {
      this.statement(body);
      if (this.k[this.pos] === K.NEWLINE) this.pos++;
    } else {
      this.simpleStmts(body);
    }
    while (this.k[this.pos] === K.NEWLINE) this.pos++;
    if (this.k[this.pos] !== K.ENDMARKER) throw this.error('multiple statements found while compiling a single statement', this.pos);
    return N.Interactive(body);
  }

  /** eval: expressions NEWLINE* ENDMARKER */
  evalInput(): Expression {
    const body = this.expressions();
    while (this.k[this.pos] === K.NEWLINE) this.pos++;
    if (this.k[this.pos] !== K.ENDMARKER) throw this.syntaxError();
    return N.Expression(body);
  }

  /** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
  funcType(): FunctionType {
    this.expect(K.LPAR);
    const argtypes: ExprNode[] = [];
    while (this.k[this.pos] !== K.RPAR) {
      // type_expressions: ','.expression+ with optional '*' expression / '**' expression
      const k = this.k[this.pos];
      if (k === K.STAR || k === K.DOUBLESTAR) {
        // type_expressions: '*' expression / '**' expression — the expression alone
        this.pos++;
        argtypes.push(this.expression());
      } else {
        argtypes.push(this.expression());
      }
      if (this.k[this.pos] !== K.COMMA) break;
      this.pos++;
    }
    this.expect(K.RPAR);
    this.expect(K.RARROW);
    const returns = this.expression();
    while (this.k[this.pos] === K.NEWLINE) this.pos++;
    if (this.k[this.pos] !== K.ENDMARKER) throw this.syntaxError();
    return N.FunctionType(argtypes, returns);
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  private isCompoundStart(): boolean {
    switch (this.k[this.pos]) {
      case K.DEF: case K.IF: case K.CLASS: case K.WITH: case K.FOR: case K.TRY: case K.WHILE: case K.AT:
        return true;
      case K.ASYNC:
        return true;
      case K.NAME:
        return this.text[this.pos] === 'match' && this.looksLikeMatch();
      default:
        return false;
    }
  }

  /** statement: compound_stmt | simple_stmts — appends to `out`. */
  private statement(out: StmtNode[]): void {
    switch (this.k[this.pos]) {
      case K.DEF: out.push(this.functionDef([], this.pos)); return;
      case K.IF: out.push(this.ifStmt()); return;
      case K.CLASS: out.push(this.classDef([], this.pos)); return;
      case K.WITH: out.push(this.withStmt(this.pos, false)); return;
      case K.FOR: out.push(this.forStmt(this.pos, false)); return;
      case K.TRY: out.push(this.tryStmt()); return;
      case K.WHILE: out.push(this.whileStmt()); return;
      case K.AT: out.push(this.decorated()); return;
      case K.ASYNC: {
        const s = this.pos;
        const next = this.k[s + 1];
        this.pos++;
        if (next === K.DEF) out.push(this.functionDef([], s));
        else if (next === K.WITH) out.push(this.withStmt(s, true));
        else if (next === K.FOR) out.push(this.forStmt(s, true));
        else throw this.syntaxError();
        return;
      }
      case K.NAME:
        if (this.text[this.pos] === 'match' && this.looksLikeMatch()) { out.push(this.matchStmt()); return; }
        break;
      case K.INDENT:
        throw this.syntaxError();
      default:
        break;
    }
    this.simpleStmts(out);
  }

  /**
   * simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
   */
  private simpleStmts(out: StmtNode[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      const k = this.k[this.pos];
      if (k === K.NEWLINE) { this.pos++; return; }
      if (k === K.SEMI) {
        this.pos++;
        if (this.k[this.pos] === K.NEWLINE) { this.pos++; return; }
        continue;
      }
      throw this.syntaxError();
    }
  }

  /**
   * simple_stmt: assignment | &"type" type_alias | star_expressions | &'return' return_stmt
   *   | &('import' | 'from') import_stmt | &'raise' raise_stmt | 'pass' | &'del' del_stmt
   *   | &'yield' yield_stmt | &'assert' assert_stmt | 'break' | 'continue' | &'global' global_stmt
   *   | &'nonlocal' nonlocal_stmt
   */
  private simpleStmt(): StmtNode {
    const s = this.pos;
    switch (this.k[s]) {
      case K.PASS: this.pos++; return N.Pass(s, s);
      case K.BREAK: this.pos++; return N.Break(s, s);
      case K.CONTINUE: this.pos++; return N.Continue(s, s);
      case K.RETURN: {
        // return_stmt: 'return' [star_expressions]
        this.pos++;
        const value = STARTS_EXPR[this.k[this.pos]] === 1 ? this.starExpressions() : null;
        return N.Return(value, s, this.last());
      }
      case K.IMPORT: return this.importName();
      case K.FROM: return this.importFrom();
      case K.RAISE: {
        // raise_stmt: 'raise' expression ['from' expression] | 'raise'
        this.pos++;
        let exc: ExprNode | null = null;
        let cause: ExprNode | null = null;
        if (STARTS_EXPR[this.k[this.pos]] === 1) {
          exc = this.expression();
          if (this.k[this.pos] === K.FROM) { this.pos++; cause = this.expression(); }
        }
        return N.Raise(exc, cause, s, this.last());
      }
      case K.DEL: {
        // del_stmt: 'del' del_targets &(';' | NEWLINE)
        this.pos++;
        const targets: ExprNode[] = [];
        for (;;) {
          const t = this.targetElement(/* allowStar */ true);
          this.setContext(t, DEL, 'del');
          targets.push(t);
          if (this.k[this.pos] !== K.COMMA) break;
          this.pos++;
          const k = this.k[this.pos];
          if (k === K.SEMI || k === K.NEWLINE) break;
        }
        const k = this.k[this.pos];
        if (k !== K.SEMI && k !== K.NEWLINE) throw this.syntaxError();
        return N.Delete(targets, s, this.last());
      }
      case K.ASSERT: {
        // assert_stmt: 'assert' expression [',' expression]
        this.pos++;
        const test = this.expression();
        let msg: ExprNode | null = null;
        if (this.k[this.pos] === K.COMMA) { this.pos++; msg = this.expression(); }
        return N.Assert(test, msg, s, this.last());
      }
      case K.GLOBAL: case K.NONLOCAL: {
        // global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+
        const isGlobal = this.k[s] === K.GLOBAL;
        this.pos++;
        const names = [this.name()];
        while (this.k[this.pos] === K.COMMA) { this.pos++; names.push(this.name()); }
        return isGlobal ? N.Global(names, s, this.last()) : N.Nonlocal(names, s, this.last());
      }
      case K.NAME:
        if (this.text[s] === 'type' && this.k[s + 1] === K.NAME && (this.k[s + 2] === K.EQUAL || this.k[s + 2] === K.LSQB)) return this.typeAlias();
        break;
      default:
        break;
    }
    return this.exprOrAssignment();
  }

  /**
   * assignment:
   *   | NAME ':' expression ['=' annotated_rhs]
   *   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
   *   | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
   *   | single_target augassign ~ (yield_expr | star_expressions)
   * star_expressions (an expression statement) otherwise.
   */
  private exprOrAssignment(): StmtNode {
    const s = this.pos;
    if (STARTS_EXPR[this.k[s]] !== 1 && this.k[s] !== K.YIELD) throw this.syntaxError();
    const first = this.k[s] === K.YIELD ? this.yieldExpr() : this.starExpressions();
    const k = this.k[this.pos];
    if (k === K.EQUAL) {
      const targets: ExprNode[] = [first];
      let value: ExprNode = first;
      while (this.k[this.pos] === K.EQUAL) {
        this.pos++;
        this.valueStart = this.pos;
        value = this.k[this.pos] === K.YIELD ? this.yieldExpr() : this.starExpressions();
        targets.push(value);
      }
      targets.pop();
      for (const t of targets) {
        if (this.invalidTarget(t, STORE) !== null) throw this.assignmentError(targets, value, s);
      }
      let typeComment: string | null = null;
      if (this.k[this.pos] === K.TYPE_COMMENT) typeComment = this.text[this.pos++];
      return N.Assign(targets, value, typeComment, s, this.last());
    }
    if (k === K.COLON) {
      // Annotated assignment: the target is a single name, attribute or subscript.
      const t = first._type;
      const parenthesized = this.k[s] === K.LPAR;
      if (t === 'Tuple') throw this.errorNodes('only single target (not tuple) can be annotated', first);
      if (t === 'List') throw this.errorNodes('only single target (not list) can be annotated', first);
      if (t !== 'Name' && t !== 'Attribute' && t !== 'Subscript') throw this.errorNodes('illegal target for annotation', first);
      first.ctx = STORE;
      this.pos++;
      const annotation = this.expression();
      let value: ExprNode | null = null;
      if (this.k[this.pos] === K.EQUAL) {
        this.pos++;
        value = this.k[this.pos] === K.YIELD ? this.yieldExpr() : this.starExpressions();
      }
      return N.AnnAssign(first, annotation, value, t === 'Name' && !parenthesized ? 1 : 0, s, this.last());
    }
    const aug = k < 128 ? AUG_OP[k] : undefined;
    if (aug !== undefined) {
      const t = first._type;
      if (t !== 'Name' && t !== 'Attribute' && t !== 'Subscript') {
        throw this.errorNodes(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
      }
      first.ctx = STORE;
      if (k === K.ATEQUAL) this.checkVersion(5, "The '@' operator is", this.pos);
      this.pos++;
      const value = this.k[this.pos] === K.YIELD ? this.yieldExpr() : this.starExpressions();
      return N.AugAssign(first, aug, value, s, this.last());
    }
    if (first._type === 'Name' && (first.id === 'print' || first.id === 'exec') && this.k[s + 1] !== K.LPAR && STARTS_EXPR[k] === 1) {
      // invalid_legacy_expression: NAME !'(' star_expressions, for print and exec
      const b = this.starExpressions();
      throw this.errorNodes(`Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`, first, b);
    }
    return N.ExprStmt(first, s, this.last());
  }

  /**
   * Gives an expression parsed as a target its Store/Del context, checking that it is one
   * (star_targets / del_targets); raises CPython's "cannot assign to …" / "cannot delete …".
   */
  private setContext(e: ExprNode, ctx: ExprContextNode, what: 'assign' | 'del' | 'for' | 'with' | 'comp'): void {
    const invalid = this.invalidTarget(e, ctx);
    if (invalid === null) return;
    throw this.errorNodes(`cannot ${ctx === DEL ? 'delete' : 'assign to'} ${exprName(invalid)}`, invalid);
  }

  /**
   * Gives a target its context; returns the first node that cannot be one (CPython's
   * _PyPegen_get_invalid_target), leaving the context of the rest unspecified, or null.
   */
  private invalidTarget(e: ExprNode, ctx: ExprContextNode): ExprNode | null {
    switch (e._type) {
      case 'Name': case 'Attribute': case 'Subscript':
        e.ctx = ctx;
        return null;
      case 'Starred':
        if (ctx === DEL) return e;
        e.ctx = ctx;
        return this.invalidTarget(e.value, ctx);
      case 'Tuple': case 'List':
        e.ctx = ctx;
        for (const x of e.elts) {
          const bad = this.invalidTarget(x, ctx);
          if (bad !== null) return bad;
        }
        return null;
      default:
        return e;
    }
  }

  /** Index of the token where a node starts (a linear search backwards from `pos`; error paths only). */
  private tokenAt(e: PositionedNode): number {
    const ts = this.ts;
    for (let i = Math.min(this.pos, ts.count - 1); i >= 0; i--) {
      if (ts.line[i] === e.lineno && ts.col[i] === e.col_offset) return i;
      if (ts.line[i] < e.lineno) break;
    }
    return 0;
  }

  /**
   * The error for an assignment with an invalid target (invalid_assignment, and
   * invalid_named_expression which the second pass meets first for `target = value`).
   */
  private assignmentError(targets: ExprNode[], value: ExprNode, s: number): PySyntaxError {
    for (const t of targets) {
      const bad = this.invalidTarget(t, STORE);
      if (bad === null) continue;
      if ((t._type === 'Yield' || t._type === 'YieldFrom') && this.k[this.tokenAt(t) - 1] !== K.LPAR) {
        return this.errorNodes('assignment to yield expression not possible', t);
      }
      const t0 = targets[0];
      const k0 = this.k[s];
      // !(list | tuple | genexp | 'True' | 'None' | 'False') a=bitwise_or '=' bitwise_or !('=' | ':=')
      const excluded = k0 === K.LSQB || k0 === K.TRUE || k0 === K.NONE || k0 === K.FALSE ||
        (k0 === K.LPAR && (t0._type === 'Tuple' || t0._type === 'GeneratorExp') && t0.col_offset === this.ts.col[s] && t0.lineno === this.ts.line[s]);
      const rhsFirst = value._type === 'Tuple' && !(this.k[this.valueStart] === K.LPAR) ? value.elts[0] ?? value : value;
      if (targets.length === 1 && !excluded && isBitwiseOrLevel(t0) && !(t0._type === 'Tuple' && this.k[s] !== K.LPAR) && isBitwiseOrLevel(rhsFirst)) {
        return this.errorNodes(`cannot assign to ${exprName(t0)} here. Maybe you meant '==' instead of '='?`, t0);
      }
      return this.errorNodes(`cannot assign to ${exprName(bad)}`, bad);
    }
    return this.syntaxError();
  }

  /** type_alias: "type" NAME [type_params] '=' expression */
  private typeAlias(): StmtNode {
    const s = this.pos++;
    const ns = this.pos;
    const name = N.Name(this.name(), STORE, ns, ns);
    const typeParams = this.k[this.pos] === K.LSQB ? this.typeParams() : [];
    this.expect(K.EQUAL);
    const value = this.expression();
    this.checkVersion(12, 'Type statement is', this.pos);
    return N.TypeAlias(name, typeParams, value, s, this.last());
  }

  /** import_name: 'import' dotted_as_names */
  private importName(): StmtNode {
    const s = this.pos++;
    const names: AliasNode[] = [];
    for (;;) {
      // dotted_as_name: dotted_name ['as' NAME]
      const as = this.pos;
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.k[this.pos] === K.AS) { this.pos++; asname = this.name(); }
      names.push(N.alias(name, asname, as, this.last()));
      if (this.k[this.pos] !== K.COMMA) break;
      this.pos++;
    }
    if (this.k[this.pos] === K.FROM && asnameless(names)) {
      // invalid_import: 'import' ','.dotted_name+ 'from' dotted_name — reported from 'import' to
      // the tokenizer's position after the token it last read.
      this.pos++;
      if (this.k[this.pos] === K.NAME) {
        this.dottedName();
        const ts = this.ts;
        const at = this.pos;
        throw new PySyntaxError('SyntaxError', "Did you mean to use 'from ... import ...' instead?", ts.line[s], ts.cpCol[s] + 1, ts.endLine[at], ts.cpEndCol[at], this.lineText(s));
      }
      throw this.syntaxError();
    }
    return N.Import(names, s, this.last());
  }

  /** dotted_name: dotted_name '.' NAME | NAME */
  private dottedName(): string {
    let name = this.name();
    while (this.k[this.pos] === K.DOT) { this.pos++; name += '.' + this.name(); }
    return name;
  }

  /**
   * import_from:
   *   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
   *   | 'from' ('.' | '...')+ 'import' import_from_targets
   * import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
   */
  private importFrom(): StmtNode {
    const s = this.pos++;
    let level = 0;
    for (;;) {
      const k = this.k[this.pos];
      if (k === K.DOT) level += 1;
      else if (k === K.ELLIPSIS) level += 3;
      else break;
      this.pos++;
    }
    let module: string | null = null;
    if (this.k[this.pos] !== K.IMPORT || level === 0) module = this.dottedName();
    this.expect(K.IMPORT);
    const names: AliasNode[] = [];
    if (this.k[this.pos] === K.STAR) {
      const st = this.pos++;
      names.push(N.alias('*', null, st, st));
    } else {
      const paren = this.k[this.pos] === K.LPAR;
      if (paren) this.pos++;
      for (;;) {
        const as = this.pos;
        const name = this.name();
        let asname: string | null = null;
        if (this.k[this.pos] === K.AS) { this.pos++; asname = this.name(); }
        names.push(N.alias(name, asname, as, this.last()));
        if (this.k[this.pos] !== K.COMMA) break;
        this.pos++;
        if (paren && this.k[this.pos] === K.RPAR) break;
        if (!paren && this.k[this.pos] === K.NEWLINE) {
          throw this.error('trailing comma not allowed without surrounding parentheses', this.pos);
        }
      }
      if (paren) this.expect(K.RPAR);
    }
    return N.ImportFrom(module, names, level, s, this.last());
  }

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts */
  private block(what: string, headerTok: number): StmtNode[] {
    const body: StmtNode[] = [];
    if (this.k[this.pos] === K.NEWLINE) {
      this.pos++;
      if (this.k[this.pos] !== K.INDENT) throw this.indentError(`expected an indented block after ${what} on line ${this.ts.line[headerTok]}`);
      this.pos++;
      while (this.k[this.pos] !== K.DEDENT && this.k[this.pos] !== K.ENDMARKER) this.statement(body);
      if (this.k[this.pos] === K.DEDENT) this.pos++;
      return body;
    }
    this.simpleStmts(body);
    return body;
  }

  /** decorators: ('@' named_expression NEWLINE)+, then a class or function definition */
  private decorated(): StmtNode {
    const decorators: ExprNode[] = [];
    while (this.k[this.pos] === K.AT) {
      this.pos++;
      decorators.push(this.namedExpression());
      this.expect(K.NEWLINE);
    }
    const s = this.pos;
    const k = this.k[s];
    if (k === K.DEF) return this.functionDef(decorators, s);
    if (k === K.ASYNC && this.k[s + 1] === K.DEF) { this.pos++; return this.functionDef(decorators, s); }
    if (k === K.CLASS) return this.classDef(decorators, s);
    throw this.syntaxError();
  }

  /**
   * function_def_raw:
   *   | ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
   * (`pos` is at 'def'; `s` is the first token, 'async' or 'def')
   */
  private functionDef(decorators: ExprNode[], s: number): StmtNode {
    const isAsync = this.k[s] === K.ASYNC;
    const defTok = this.pos++;
    const name = this.name();
    const typeParams = this.k[this.pos] === K.LSQB ? this.typeParams() : [];
    if (this.k[this.pos] !== K.LPAR) throw this.error("expected '('", this.pos); // &&'('
    this.pos++;
    const args = this.params(K.RPAR, /* annotations */ true).args;
    this.expect(K.RPAR);
    let returns: ExprNode | null = null;
    if (this.k[this.pos] === K.RARROW) { this.pos++; returns = this.expression(); }
    // &&':' — a forced token: "expected ':'" whatever comes instead
    if (this.k[this.pos] !== K.COLON) throw this.error("expected ':'", this.pos);
    this.pos++;
    let typeComment: string | null = null;
    // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT
    if (this.k[this.pos] === K.TYPE_COMMENT) {
      typeComment = this.text[this.pos++];
    } else if (this.k[this.pos] === K.NEWLINE && this.k[this.pos + 1] === K.TYPE_COMMENT && this.k[this.pos + 2] === K.NEWLINE && this.k[this.pos + 3] === K.INDENT) {
      typeComment = this.text[this.pos + 1];
      this.pos += 2;
    }
    const body = this.block(`function definition`, defTok);
    if (isAsync) this.checkVersion(5, 'Async functions are', this.pos - 1);
    const e = this.last();
    return isAsync
      ? N.AsyncFunctionDef(name, args, body, decorators, returns, typeComment, typeParams, s, e)
      : N.FunctionDef(name, args, body, decorators, returns, typeComment, typeParams, s, e);
  }

  /** class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
  private classDef(decorators: ExprNode[], s: number): StmtNode {
    const classTok = this.pos++;
    const name = this.name();
    const typeParams = this.k[this.pos] === K.LSQB ? this.typeParams() : [];
    let bases: ExprNode[] = [];
    let keywords: KeywordNode[] = [];
    if (this.k[this.pos] === K.LPAR) {
      const open = this.pos++;
      const r = this.callArguments(open);
      if (r.generator !== null) throw this.errorNodes('invalid syntax', r.generator);
      bases = r.args;
      keywords = r.keywords;
    }
    this.expectColon();
    const body = this.block('class definition', classTok);
    return N.ClassDef(name, bases, keywords, body, decorators, typeParams, s, this.last());
  }

  /**
   * type_params: '[' ','.type_param+ [','] ']'
   * type_param: NAME [':' expression] | '*' NAME | '**' NAME
   */
  private typeParams(): TypeParamNode[] {
    this.pos++;
    const out: TypeParamNode[] = [];
    while (this.k[this.pos] !== K.RSQB) {
      const s = this.pos;
      const k = this.k[s];
      if (k === K.STAR || k === K.DOUBLESTAR) {
        this.pos++;
        const name = this.name();
        if (this.k[this.pos] === K.COLON) {
          const colon = this.pos++;
          const bound = this.expression();
          throw this.errorSpan(k === K.STAR ? 'cannot use bound with TypeVarTuple' : 'cannot use bound with ParamSpec', this.ts.line[colon], this.ts.col[colon], bound.end_lineno ?? bound.lineno, bound.end_col_offset ?? bound.col_offset);
        }
        out.push(k === K.STAR ? N.TypeVarTuple(name, s, this.last()) : N.ParamSpec(name, s, this.last()));
      } else {
        const name = this.name();
        let bound: ExprNode | null = null;
        if (this.k[this.pos] === K.COLON) { this.pos++; bound = this.expression(); }
        out.push(N.TypeVar(name, bound, s, this.last()));
      }
      if (this.k[this.pos] !== K.COMMA) break;
      this.pos++;
    }
    if (out.length === 0) throw this.error('Type parameter list cannot be empty', this.pos - 1, this.pos);
    this.expect(K.RSQB);
    this.checkVersion(12, 'Type parameter lists are', this.pos - 1);
    return out;
  }

  /**
   * parameters (def) and lambda_parameters (lambda), one loop for both:
   *   [posonly '/'] args [ '*' [vararg] kwonly ] ['**' kwarg], defaults trailing, TYPE_COMMENTs
   *   after commas when asked for.
   */
  private params(close: K, annotations: boolean): ParamsResult {
    const posonly: ArgNode[] = [];
    const args: ArgNode[] = [];
    const defaults: ExprNode[] = [];
    const kwonly: ArgNode[] = [];
    const kwDefaults: (ExprNode | null)[] = [];
    let vararg: ArgNode | null = null;
    let kwarg: ArgNode | null = null;
    let seenStar = false;
    let seenSlash = false;
    let bareStar = -1;
    while (this.k[this.pos] !== close) {
      const s = this.pos;
      const k = this.k[s];
      if (kwarg && (k === K.SLASH || k === K.STAR || k === K.DOUBLESTAR || k === K.NAME)) {
        throw this.error('arguments cannot follow var-keyword argument', s);
      }
      if (k === K.LPAR) {
        // invalid_parameters: param_no_default* '(' param_no_default+ ','? ')'
        const close = this.closingBracket(s);
        throw this.error(annotations ? 'Function parameters cannot be parenthesized' : 'Lambda expression parameters cannot be parenthesized', s, close);
      }
      if (k === K.SLASH) {
        if (seenSlash) throw this.error('/ may appear only once', s);
        if (seenStar) throw this.error('/ must be ahead of *', s);
        if (args.length === 0) throw this.error('at least one argument must precede /', s);
        this.pos++;
        seenSlash = true;
        for (const a of args) posonly.push(a);
        args.length = 0;
      } else if (k === K.STAR) {
        if (seenStar) throw this.error('* argument may appear only once', s);
        if (kwarg) throw this.error('arguments cannot follow var-keyword argument', s);
        this.pos++;
        seenStar = true;
        if (this.k[this.pos] === K.COMMA) {
          bareStar = s;
        } else if (this.k[this.pos] === close) {
          throw this.error('named arguments must follow bare *', s);
        } else {
          vararg = this.param(annotations, /* starAnnotation */ true);
          if (this.k[this.pos] === K.EQUAL) throw this.error('var-positional argument cannot have default value', this.pos);
        }
      } else if (k === K.DOUBLESTAR) {
        if (kwarg) throw this.error('arguments cannot follow var-keyword argument', s);
        this.pos++;
        kwarg = this.param(annotations, false);
        if (this.k[this.pos] === K.EQUAL) throw this.error('var-keyword argument cannot have default value', this.pos);
      } else {
        if (kwarg) throw this.error('arguments cannot follow var-keyword argument', s);
        const p = this.param(annotations, false);
        let def: ExprNode | null = null;
        if (this.k[this.pos] === K.EQUAL) {
          const eq = this.pos++;
          const nk = this.k[this.pos];
          if (nk === K.RPAR || nk === K.COMMA) throw this.error('expected default value expression', eq); // invalid_default
          def = this.expression();
        }
        if (seenStar) {
          kwonly.push(p);
          kwDefaults.push(def);
        } else {
          args.push(p);
          if (def !== null) defaults.push(def);
          else if (defaults.length > 0) throw this.errorNodes('parameter without a default follows parameter with a default', p);
        }
        if (seenStar) bareStar = -1;
      }
      if (this.k[this.pos] === K.STAR && k === K.SLASH) throw this.error('expected comma between / and *', this.pos);
      if (this.k[this.pos] !== K.COMMA) {
        if (this.k[this.pos] === K.TYPE_COMMENT) this.attachParamTypeComment(k === K.SLASH ? null : (kwarg ?? (k === K.STAR ? vararg : (seenStar ? kwonly[kwonly.length - 1] : args[args.length - 1]))));
        break;
      }
      this.pos++;
      if (this.k[this.pos] === K.TYPE_COMMENT) {
        this.attachParamTypeComment(k === K.SLASH ? null : (k === K.DOUBLESTAR ? kwarg : (k === K.STAR ? vararg : (seenStar ? kwonly[kwonly.length - 1] : args[args.length - 1]))));
      }
    }
    if (bareStar >= 0) throw this.error('named arguments must follow bare *', bareStar);
    if (seenSlash) this.checkVersion(8, 'Positional-only parameters are', this.pos);
    return { args: N.argumentsNode(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults) };
  }

  private attachParamTypeComment(p: ArgNode | null): void {
    if (p === null) throw this.syntaxError();
    p.type_comment = this.text[this.pos++];
  }

  /** param: NAME annotation? ; param_star_annotation: NAME star_annotation */
  private param(annotations: boolean, starAnnotation: boolean): ArgNode {
    const s = this.pos;
    const name = this.name();
    let annotation: ExprNode | null = null;
    if (annotations && this.k[this.pos] === K.COLON) {
      this.pos++;
      annotation = starAnnotation && this.k[this.pos] === K.STAR ? this.starExpression() : this.expression();
    }
    return N.arg(name, annotation, null, s, this.last());
  }

  /** if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block]) */
  private ifStmt(): StmtNode {
    const s = this.pos++;
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block(`'${this.text[s]}' statement`, s);
    let orelse: StmtNode[] = [];
    if (this.k[this.pos] === K.ELIF) {
      orelse = [this.ifStmt()];
    } else if (this.k[this.pos] === K.ELSE) {
      orelse = this.elseBlock();
    }
    return N.If(test, body, orelse, s, this.last());
  }

  /** else_block: 'else' &&':' block */
  private elseBlock(): StmtNode[] {
    const e = this.pos++;
    if (this.k[this.pos] !== K.COLON) throw this.error("expected ':'", this.pos);
    this.pos++;
    return this.block(`'else' statement`, e);
  }

  /** while_stmt: 'while' named_expression ':' block [else_block] */
  private whileStmt(): StmtNode {
    const s = this.pos++;
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block(`'while' statement`, s);
    const orelse = this.k[this.pos] === K.ELSE ? this.elseBlock() : [];
    return N.While(test, body, orelse, s, this.last());
  }

  /** for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block] */
  private forStmt(s: number, isAsync: boolean): StmtNode {
    const forTok = this.pos++;
    const target = this.starTargets('for');
    this.expect(K.IN);
    const iter = this.starExpressions();
    this.expectColon();
    let typeComment: string | null = null;
    if (this.k[this.pos] === K.TYPE_COMMENT) typeComment = this.text[this.pos++];
    const body = this.block(`'for' statement`, forTok);
    const orelse = this.k[this.pos] === K.ELSE ? this.elseBlock() : [];
    if (isAsync) this.checkVersion(5, 'Async for loops are', this.pos);
    return isAsync ? N.AsyncFor(target, iter, body, orelse, typeComment, s, this.last()) : N.For(target, iter, body, orelse, typeComment, s, this.last());
  }

  /**
   * with_stmt:
   *   | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
   *   | ['async'] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
   */
  private withStmt(s: number, isAsync: boolean): StmtNode {
    const withTok = this.pos++;
    const items: WithitemNode[] = [];
    let typeComment: string | null = null;
    let parenthesized = false;
    if (this.k[this.pos] === K.LPAR && this.parenthesizedWithItems()) {
      parenthesized = true;
      this.pos++;
      while (this.k[this.pos] !== K.RPAR) {
        items.push(this.withItem());
        if (this.k[this.pos] !== K.COMMA) break;
        this.pos++;
      }
      this.expect(K.RPAR);
      this.expectColon();
    } else {
      for (;;) {
        items.push(this.withItem());
        if (this.k[this.pos] !== K.COMMA) break;
        this.pos++;
      }
      // `with (a):` is the grammar's parenthesized form too (its first alternative matches), so
      // it counts as a parenthesized context manager for feature_version.
      if (this.featureVersion < 9 && items.length === 1 && this.k[withTok + 1] === K.LPAR && this.k[this.pos] === K.COLON && this.closingBracket(withTok + 1) === this.pos - 1) {
        const item = items[0];
        const ce = item.context_expr;
        const t = ce._type;
        parenthesized = item.optional_vars === null && t !== 'GeneratorExp' && t !== 'Yield' && t !== 'YieldFrom' && !(ce._type === 'Tuple' && ce.elts.length === 0);
      }
      this.expectColon();
      if (this.k[this.pos] === K.TYPE_COMMENT) typeComment = this.text[this.pos++];
    }
    const body = this.block(`'with' statement`, withTok);
    if (parenthesized) this.checkVersion(9, 'Parenthesized context managers are', this.pos - 1);
    if (isAsync) this.checkVersion(5, 'Async with statements are', this.pos - 1);
    return isAsync ? N.AsyncWith(items, body, typeComment, s, this.last()) : N.With(items, body, typeComment, s, this.last());
  }

  /**
   * Whether `with (` opens the parenthesized form: the matching ')' is followed by ':' and the
   * parentheses hold more than a plain expression (a top-level comma or an 'as'). When they hold
   * a single item without 'as', both forms give the same tree.
   */
  private parenthesizedWithItems(): boolean {
    let depth = 0;
    let sawAs = false;
    let sawComma = false;
    for (let i = this.pos; i < this.ts.count; i++) {
      const k = this.k[i];
      if (k === K.LPAR || k === K.LSQB || k === K.LBRACE) depth++;
      else if (k === K.RPAR || k === K.RSQB || k === K.RBRACE) {
        depth--;
        if (depth === 0) return (this.k[i + 1] === K.COLON || this.k[i + 1] === K.NEWLINE) && (sawAs || sawComma);
      } else if (depth === 1 && k === K.AS) sawAs = true;
      else if (depth === 1 && k === K.COMMA) sawComma = true;
      else if (k === K.NEWLINE || k === K.ENDMARKER) return false;
    }
    return false;
  }

  /** with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
  private withItem(): WithitemNode {
    const e = this.expression();
    let vars: ExprNode | null = null;
    if (this.k[this.pos] === K.AS) {
      this.pos++;
      vars = this.targetElement(/* allowStar */ true);
      const k = this.k[this.pos];
      if (k !== K.COMMA && k !== K.RPAR && k !== K.COLON && k !== K.NEWLINE) throw this.syntaxError();
      this.setContext(vars, STORE, 'with');
    }
    return N.withitem(e, vars);
  }

  /**
   * try_stmt:
   *   | 'try' &&':' block finally_block
   *   | 'try' &&':' block except_block+ [else_block] [finally_block]
   *   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
   */
  private tryStmt(): StmtNode {
    const s = this.pos++;
    if (this.k[this.pos] !== K.COLON) throw this.error("expected ':'", this.pos);
    this.pos++;
    const body = this.block(`'try' statement`, s);
    const handlers: ExceptHandler[] = [];
    let star = -1;
    while (this.k[this.pos] === K.EXCEPT) {
      // except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
      // except_star_block: 'except' '*' expression ['as' NAME] ':' block
      const hs = this.pos++;
      const isStar = this.k[this.pos] === K.STAR;
      if (star === -1) star = isStar ? 1 : 0;
      else if ((star === 1) !== isStar) throw this.error("cannot have both 'except' and 'except*' on the same 'try'", hs, isStar ? hs + 1 : hs);
      if (isStar) this.pos++;
      let type: ExprNode | null = null;
      let name: string | null = null;
      if (this.k[this.pos] === K.NEWLINE) throw this.error("expected ':'", this.pos);
      if (this.k[this.pos] !== K.COLON || isStar) {
        if (isStar && this.k[this.pos] === K.COLON) throw this.error('expected one or more exception types', this.pos);
        type = this.expression();
        if (this.k[this.pos] === K.COMMA) {
          // except A, B: — CPython's "multiple exception types must be parenthesized"
          throw this.errorNodes('multiple exception types must be parenthesized', type);
        }
        if (this.k[this.pos] === K.AS) { this.pos++; name = this.name(); }
      }
      this.expectColon();
      const hbody = this.block(isStar ? `'except*' statement` : `'except' statement`, hs);
      handlers.push(N.ExceptHandler(type, name, hbody, hs, this.last()));
    }
    const orelse = handlers.length > 0 && this.k[this.pos] === K.ELSE ? this.elseBlock() : [];
    let finalbody: StmtNode[] = [];
    if (this.k[this.pos] === K.FINALLY) {
      const f = this.pos++;
      if (this.k[this.pos] !== K.COLON) throw this.error("expected ':'", this.pos);
      this.pos++;
      finalbody = this.block(`'finally' statement`, f);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      throw this.error("expected 'except' or 'finally' block", this.pos);
    }
    if (star === 1) this.checkVersion(11, 'Exception groups are', this.pos);
    return star === 1 ? N.TryStar(body, handlers, orelse, finalbody, s, this.last()) : N.Try(body, handlers, orelse, finalbody, s, this.last());
  }

  // ---------------------------------------------------------------------------------------------
  // match statement and patterns

  /**
   * `match` is a soft keyword: it starts a match statement when the logical line ends with ':'
   * and the next token cannot continue `match` as a name in an expression statement.
   */
  private looksLikeMatch(): boolean {
    const next = this.k[this.pos + 1];
    if (STARTS_EXPR[next] !== 1) return false;
    let i = this.pos + 1;
    while (i < this.ts.count && this.k[i] !== K.NEWLINE && this.k[i] !== K.ENDMARKER) i++;
    // A line without the ':' but followed by an indented block is a match statement missing its
    // colon (invalid_match_stmt: "expected ':'").
    return this.k[i] === K.NEWLINE && (this.k[i + 1] === K.INDENT || this.k[i - 1] === K.COLON);
  }

  /**
   * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
   * subject_expr: star_named_expression ',' star_named_expressions? | named_expression
   */
  private matchStmt(): StmtNode {
    const s = this.pos++;
    const ss = this.pos;
    let subject = this.k[ss] === K.STAR ? this.starNamedExpression() : this.namedExpression();
    if (this.k[this.pos] === K.COMMA) {
      const elts = [subject];
      while (this.k[this.pos] === K.COMMA) {
        this.pos++;
        if (this.k[this.pos] === K.COLON) break;
        elts.push(this.starNamedExpression());
      }
      subject = N.Tuple(elts, LOAD, ss, this.last());
    } else if (subject._type === 'Starred') {
      throw this.syntaxError();
    }
    this.expectColon();
    this.expect(K.NEWLINE);
    if (this.k[this.pos] !== K.INDENT) throw this.indentError(`expected an indented block after 'match' statement on line ${this.ts.line[s]}`);
    this.pos++;
    const cases: MatchCaseNode[] = [];
    while (this.k[this.pos] === K.NAME && this.text[this.pos] === 'case') {
      // case_block: "case" patterns guard? ':' block
      const cs = this.pos++;
      const pattern = this.patterns();
      let guard: ExprNode | null = null;
      if (this.k[this.pos] === K.IF) { this.pos++; guard = this.namedExpression(); }
      this.expectColon();
      const body = this.block(`'case' statement`, cs);
      cases.push(N.match_case(pattern, guard, body));
    }
    if (cases.length === 0) throw this.syntaxError();
    if (this.k[this.pos] !== K.DEDENT) throw this.syntaxError();
    this.checkVersion(10, 'Pattern matching is', this.pos);
    this.pos++;
    return N.Match(subject, cases, s, this.last());
  }

  /** patterns: open_sequence_pattern | pattern */
  private patterns(): PatternNode {
    const s = this.pos;
    const first = this.maybeStarPattern();
    if (this.k[this.pos] !== K.COMMA) {
      if (first._type === 'MatchStar') throw this.syntaxError();
      return first;
    }
    const items = [first];
    while (this.k[this.pos] === K.COMMA) {
      this.pos++;
      const k = this.k[this.pos];
      if (k === K.COLON || k === K.IF) break;
      items.push(this.maybeStarPattern());
    }
    return N.MatchSequence(items, s, this.last());
  }

  /** maybe_star_pattern: star_pattern | pattern */
  private maybeStarPattern(): PatternNode {
    if (this.k[this.pos] === K.STAR) {
      // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
      const s = this.pos++;
      const name = this.name();
      return N.MatchStar(name === '_' ? null : name, s, this.last());
    }
    return this.pattern();
  }

  /** pattern: as_pattern | or_pattern ; as_pattern: or_pattern 'as' pattern_capture_target */
  private pattern(): PatternNode {
    const s = this.pos;
    const p = this.orPattern();
    if (this.k[this.pos] === K.AS) {
      this.pos++;
      const nt = this.pos;
      if (this.k[nt] !== K.NAME) throw this.error('invalid pattern target', nt);
      const name = this.text[this.pos++];
      if (name === '_') throw this.error("cannot use '_' as a target", nt);
      return N.MatchAs(p, name, s, this.last());
    }
    return p;
  }

  /** or_pattern: '|'.closed_pattern+ */
  private orPattern(): PatternNode {
    const s = this.pos;
    const first = this.closedPattern();
    if (this.k[this.pos] !== K.VBAR) return first;
    const alts = [first];
    while (this.k[this.pos] === K.VBAR) { this.pos++; alts.push(this.closedPattern()); }
    return N.MatchOr(alts, s, this.last());
  }

  /**
   * closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
   *   | group_pattern | sequence_pattern | mapping_pattern | class_pattern
   */
  private closedPattern(): PatternNode {
    const s = this.pos;
    switch (this.k[s]) {
      case K.NUMBER: case K.MINUS: {
        const v = this.signedOrComplexNumber();
        return N.MatchValue(v, s, this.last());
      }
      case K.STRING: case K.FSTRING_START: {
        const v = this.strings();
        if (v._type === 'JoinedStr') throw this.errorNodes('patterns may only match literals and attribute lookups', v);
        return N.MatchValue(v, s, this.last());
      }
      case K.NONE: this.pos++; return N.MatchSingleton(null, s, s);
      case K.TRUE: this.pos++; return N.MatchSingleton(true, s, s);
      case K.FALSE: this.pos++; return N.MatchSingleton(false, s, s);
      case K.NAME: {
        const next = this.k[s + 1];
        if (next === K.DOT || next === K.LPAR) {
          const cls = this.nameOrAttr();
          if (this.k[this.pos] === K.LPAR) return this.classPattern(cls, s);
          return N.MatchValue(cls, s, this.last());
        }
        const name = this.text[this.pos++];
        return N.MatchAs(null, name === '_' ? null : name, s, s);
      }
      case K.LPAR: {
        // group_pattern: '(' pattern ')' ; sequence_pattern: '(' open_sequence_pattern? ')'
        this.pos++;
        if (this.k[this.pos] === K.RPAR) { this.pos++; return N.MatchSequence([], s, this.pos - 1); }
        const first = this.maybeStarPattern();
        if (this.k[this.pos] === K.RPAR && first._type !== 'MatchStar') { this.pos++; return first; }
        const items = [first];
        while (this.k[this.pos] === K.COMMA) {
          this.pos++;
          if (this.k[this.pos] === K.RPAR) break;
          items.push(this.maybeStarPattern());
        }
        this.expect(K.RPAR);
        return N.MatchSequence(items, s, this.pos - 1);
      }
      case K.LSQB: {
        // sequence_pattern: '[' maybe_sequence_pattern? ']'
        this.pos++;
        const items: PatternNode[] = [];
        while (this.k[this.pos] !== K.RSQB) {
          items.push(this.maybeStarPattern());
          if (this.k[this.pos] !== K.COMMA) break;
          this.pos++;
        }
        this.expect(K.RSQB);
        return N.MatchSequence(items, s, this.pos - 1);
      }
      case K.LBRACE: return this.mappingPattern();
      default:
        throw this.syntaxError();
    }
  }

  /** name_or_attr: attr | NAME ; attr: name_or_attr '.' NAME */
  private nameOrAttr(): ExprNode {
    const s = this.pos;
    let e: ExprNode = N.Name(this.text[this.pos++], LOAD, s, s);
    while (this.k[this.pos] === K.DOT) {
      this.pos++;
      const attr = this.name();
      e = N.Attribute(e, attr, LOAD, s, this.pos - 1);
    }
    return e;
  }

  /**
   * signed_number: NUMBER | '-' NUMBER
   * complex_number: signed_real_number ('+' | '-') imaginary_number
   */
  private signedOrComplexNumber(): ExprNode {
    const s = this.pos;
    let v: ExprNode;
    if (this.k[s] === K.MINUS) {
      this.pos++;
      const ns = this.pos;
      if (this.k[ns] !== K.NUMBER) throw this.syntaxError();
      this.pos++;
      v = N.UnaryOp(OPS.USub, N.Constant(this.number(ns), null, ns, ns), s, ns);
    } else {
      this.pos++;
      v = N.Constant(this.number(s), null, s, s);
    }
    const k = this.k[this.pos];
    if (k === K.PLUS || k === K.MINUS) {
      this.pos++;
      const is = this.pos;
      if (this.k[is] !== K.NUMBER) throw this.syntaxError();
      this.pos++;
      const imag = this.number(is);
      if (typeof imag !== 'object' || imag === null || !('$complex' in imag)) throw this.errorNodes('imaginary number required in complex literal', N.Constant(imag, null, is, is));
      v = N.BinOp(v, k === K.PLUS ? OPS.Add : OPS.Sub, N.Constant(imag, null, is, is), s, is);
    }
    return v;
  }

  /** class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')' */
  private classPattern(cls: ExprNode, s: number): PatternNode {
    this.pos++;
    const patterns: PatternNode[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: PatternNode[] = [];
    while (this.k[this.pos] !== K.RPAR) {
      if (this.k[this.pos] === K.NAME && this.k[this.pos + 1] === K.EQUAL) {
        kwdAttrs.push(this.text[this.pos]);
        this.pos += 2;
        kwdPatterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwdAttrs.length > 0) throw this.errorNodes('positional patterns follow keyword patterns', p);
        patterns.push(p);
      }
      if (this.k[this.pos] !== K.COMMA) break;
      this.pos++;
    }
    this.expect(K.RPAR);
    return N.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, s, this.pos - 1);
  }

  /**
   * mapping_pattern: '{' [items_pattern ','] [double_star_pattern] ','? '}'
   * key_value_pattern: (literal_expr | attr) ':' pattern
   */
  private mappingPattern(): PatternNode {
    const s = this.pos++;
    const keys: ExprNode[] = [];
    const patterns: PatternNode[] = [];
    let rest: string | null = null;
    while (this.k[this.pos] !== K.RBRACE) {
      if (this.k[this.pos] === K.DOUBLESTAR) {
        this.pos++;
        rest = this.name();
        if (this.k[this.pos] === K.COMMA) this.pos++;
        break;
      }
      const ks = this.pos;
      let key: ExprNode;
      switch (this.k[ks]) {
        case K.NUMBER: case K.MINUS: key = this.signedOrComplexNumber(); break;
        case K.STRING: case K.FSTRING_START: key = this.strings(); break;
        case K.NONE: this.pos++; key = N.Constant(null, null, ks, ks); break;
        case K.TRUE: this.pos++; key = N.Constant(true, null, ks, ks); break;
        case K.FALSE: this.pos++; key = N.Constant(false, null, ks, ks); break;
        case K.NAME:
          key = this.nameOrAttr();
          if (key._type === 'Name') throw this.syntaxError(ks + 1);
          break;
        default: throw this.syntaxError();
      }
      this.expect(K.COLON);
      keys.push(key);
      patterns.push(this.pattern());
      if (this.k[this.pos] !== K.COMMA) break;
      this.pos++;
    }
    this.expect(K.RBRACE);
    return N.MatchMapping(keys, patterns, rest, s, this.pos - 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Targets

  /**
   * star_targets: star_target !',' | star_target (',' star_target)* [',']
   * (followed by 'in' in for statements and comprehensions)
   */
  private starTargets(what: 'for' | 'comp'): ExprNode {
    const s = this.pos;
    const first = this.targetElement(/* allowStar */ true);
    if (this.k[this.pos] !== K.COMMA) {
      this.setContext(first, STORE, what);
      return first;
    }
    const elts = [first];
    while (this.k[this.pos] === K.COMMA) {
      this.pos++;
      if (this.k[this.pos] === K.IN) break;
      elts.push(this.targetElement(true));
    }
    const t = N.Tuple(elts, STORE, s, this.last());
    this.setContext(t, STORE, what);
    return t;
  }

  /**
   * star_target: '*' (!'*' star_target) | target_with_star_atom — parsed at the bitwise_or level
   * (no comparisons, so `for x in y` stops before 'in'), checked by setContext.
   */
  private targetElement(allowStar: boolean): ExprNode {
    if (allowStar && this.k[this.pos] === K.STAR) {
      const s = this.pos++;
      const inner = this.targetElement(false);
      return N.Starred(inner, LOAD, s, this.last());
    }
    return this.bitwiseOr();
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  /** expressions: expression (',' expression)* [','] */
  private expressions(): ExprNode {
    const s = this.pos;
    const first = this.expression();
    if (this.k[this.pos] !== K.COMMA) return first;
    const elts = [first];
    while (this.k[this.pos] === K.COMMA) {
      this.pos++;
      if (STARTS_EXPR[this.k[this.pos]] !== 1) break;
      elts.push(this.expression());
    }
    return N.Tuple(elts, LOAD, s, this.last());
  }

  /** star_expressions: star_expression (',' star_expression)* [','] */
  starExpressions(): ExprNode {
    const s = this.pos;
    const first = this.starExpression();
    if (this.k[this.pos] !== K.COMMA) return first;
    const elts = [first];
    while (this.k[this.pos] === K.COMMA) {
      this.pos++;
      if (STARTS_EXPR[this.k[this.pos]] !== 1) break;
      elts.push(this.starExpression());
    }
    return N.Tuple(elts, LOAD, s, this.last());
  }

  /** star_expression: '*' bitwise_or | expression */
  private starExpression(): ExprNode {
    if (this.k[this.pos] === K.STAR) {
      const s = this.pos++;
      const value = this.bitwiseOr();
      return N.Starred(value, LOAD, s, this.last());
    }
    return this.expression();
  }

  /** star_named_expression: '*' bitwise_or | named_expression */
  private starNamedExpression(): ExprNode {
    if (this.k[this.pos] === K.STAR) {
      const s = this.pos++;
      const value = this.bitwiseOr();
      return N.Starred(value, LOAD, s, this.last());
    }
    return this.namedExpression();
  }

  /** named_expression: assignment_expression | expression !':=' ; assignment_expression: NAME ':=' ~ expression */
  private namedExpression(inCall = false): ExprNode {
    const s = this.pos;
    if (this.k[s] === K.NAME && this.k[s + 1] === K.COLONEQUAL) {
      const target = N.Name(this.text[s], STORE, s, s);
      this.pos += 2;
      const value = this.expression();
      this.checkVersion(8, 'Assignment expressions are', this.pos);
      return N.NamedExpr(target, value, s, this.last());
    }
    const e = this.expression();
    if (this.k[this.pos] === K.COLONEQUAL) {
      throw this.errorNodes(`cannot use assignment expressions with ${exprName(e)}`, e);
    }
    if (this.k[this.pos] === K.EQUAL && !inCall) throw this.namedExpressionEqualsError(e, s);
    return e;
  }

  /**
   * invalid_named_expression, for `expr = value` where an expression is expected:
   *   | NAME '=' bitwise_or !('='|':=') → "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
   *   | !(list|tuple|genexp|True|None|False) bitwise_or '=' bitwise_or !('='|':=')
   *       → "cannot assign to %s here. Maybe you meant '==' instead of '='?"
   */
  private namedExpressionEqualsError(e: ExprNode, s: number): PySyntaxError {
    const eq = this.pos;
    const generic = this.syntaxError(eq);
    const k0 = this.k[s];
    const excluded = k0 === K.LSQB || k0 === K.TRUE || k0 === K.NONE || k0 === K.FALSE ||
      (k0 === K.LPAR && (e._type === 'Tuple' || e._type === 'GeneratorExp') && e.col_offset === this.ts.col[s]);
    if (!isBitwiseOrLevel(e) || (excluded && e._type !== 'Name')) return generic;
    this.pos++;
    if (STARTS_EXPR[this.k[this.pos]] !== 1 || this.k[this.pos] === K.STAR || this.k[this.pos] === K.NOT || this.k[this.pos] === K.LAMBDA) { this.pos = eq; return generic; }
    let b: ExprNode;
    try { b = this.bitwiseOr(); } catch { this.pos = eq; return generic; }
    const nk = this.k[this.pos];
    this.pos = eq;
    if (nk === K.EQUAL || nk === K.COLONEQUAL) return generic;
    if (e._type === 'Name' && k0 === K.NAME) return this.errorNodes("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, b);
    if (excluded) return generic;
    return this.errorNodes(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
  }

  /**
   * invalid_expression: !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
   * inside brackets → "invalid syntax. Perhaps you forgot a comma?" (from a to b). Called where
   * an element list expected ',' or its closing bracket; returns the generic error otherwise.
   */
  private forgotComma(prev: ExprNode): PySyntaxError {
    const generic = this.syntaxError();
    if (STARTS_EXPR[this.k[this.pos]] !== 1 || this.k[this.pos] === K.STAR) return generic;
    if (!isBitwiseOrLevel(prev) && prev._type !== 'Compare' && prev._type !== 'BoolOp' && prev._type !== 'UnaryOp') return generic;
    if (prev._type === 'Name' && (prev.id === 'print' || prev.id === 'exec')) return generic;
    const ps = this.tokenAt(prev);
    if (this.k[ps] === K.NAME && (this.k[ps + 1] === K.STRING || this.k[ps + 1] === K.FSTRING_START)) return generic;
    if (this.k[ps] === K.NAME && SOFT_KEYWORDS.has(this.text[ps])) return generic;
    const at = this.pos;
    let b: ExprNode;
    try { b = this.expression(); } catch { this.pos = at; return generic; }
    this.pos = at;
    return this.errorNodes('invalid syntax. Perhaps you forgot a comma?', prev, b);
  }

  /** expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
  expression(): ExprNode {
    const s = this.pos;
    if (this.k[s] === K.LAMBDA) return this.lambdef();
    const body = this.disjunction();
    if (this.k[this.pos] === K.IF) {
      this.pos++;
      const test = this.disjunction();
      if (this.k[this.pos] !== K.ELSE) {
        throw this.errorNodes("expected 'else' after 'if' expression", body, test);
      }
      this.pos++;
      const orelse = this.expression();
      return N.IfExp(test, body, orelse, s, this.last());
    }
    return body;
  }

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
  private yieldExpr(): ExprNode {
    const s = this.pos++;
    if (this.k[this.pos] === K.FROM) {
      this.pos++;
      const v = this.expression();
      return N.YieldFrom(v, s, this.last());
    }
    const value = STARTS_EXPR[this.k[this.pos]] === 1 ? this.starExpressions() : null;
    return N.Yield(value, s, this.last());
  }

  /** lambdef: 'lambda' [lambda_params] ':' expression */
  private lambdef(): ExprNode {
    const s = this.pos++;
    const args = this.params(K.COLON, /* annotations */ false).args;
    this.expect(K.COLON);
    const body = this.expression();
    return N.Lambda(args, body, s, this.last());
  }

  /** disjunction: conjunction ('or' conjunction)+ | conjunction */
  private disjunction(): ExprNode {
    const s = this.pos;
    const first = this.conjunction();
    if (this.k[this.pos] !== K.OR) return first;
    const values = [first];
    while (this.k[this.pos] === K.OR) { this.pos++; values.push(this.conjunction()); }
    return N.BoolOp(OPS.Or, values, s, this.last());
  }

  /** conjunction: inversion ('and' inversion)+ | inversion */
  private conjunction(): ExprNode {
    const s = this.pos;
    const first = this.inversion();
    if (this.k[this.pos] !== K.AND) return first;
    const values = [first];
    while (this.k[this.pos] === K.AND) { this.pos++; values.push(this.inversion()); }
    return N.BoolOp(OPS.And, values, s, this.last());
  }

  /** inversion: 'not' inversion | comparison */
  private inversion(): ExprNode {
    if (this.k[this.pos] === K.NOT) {
      const s = this.pos++;
      const operand = this.inversion();
      return N.UnaryOp(OPS.Not, operand, s, this.last());
    }
    return this.comparison();
  }

  /** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
  private comparison(): ExprNode {
    const s = this.pos;
    const left = this.bitwiseOr();
    let k = this.k[this.pos];
    let op = k < 128 ? CMP_OP[k] : undefined;
    if (op === undefined || (k === K.NOT && this.k[this.pos + 1] !== K.IN)) return left;
    const ops: CmpopNode[] = [];
    const comparators: ExprNode[] = [];
    while (op !== undefined) {
      if (k === K.NOT) {
        if (this.k[this.pos + 1] !== K.IN) break;
        this.pos += 2;
      } else if (k === K.IS && this.k[this.pos + 1] === K.NOT) {
        op = OPS.IsNot;
        this.pos += 2;
      } else {
        this.pos++;
      }
      ops.push(op);
      comparators.push(this.bitwiseOr());
      k = this.k[this.pos];
      op = k < 128 ? CMP_OP[k] : undefined;
    }
    return N.Compare(left, ops, comparators, s, this.last());
  }

  /** bitwise_or … term: the left-associative binary operators, by precedence climbing. */
  bitwiseOr(): ExprNode {
    return this.binary(1);
  }

  private binary(minPrec: number): ExprNode {
    const s = this.pos;
    let left = this.factor();
    for (;;) {
      const k = this.k[this.pos];
      const prec = BIN_PREC[k];
      if (prec < minPrec || prec === 0) return left;
      this.pos++;
      const right = this.binary(prec + 1);
      if (k === K.AT && this.featureVersion < 5) this.checkVersion(5, "The '@' operator is", this.pos);
      left = N.BinOp(left, BIN_OP[k], right, s, this.last());
    }
  }

  /** factor: '+' factor | '-' factor | '~' factor | power */
  private factor(): ExprNode {
    const k = this.k[this.pos];
    if (k === K.MINUS || k === K.PLUS || k === K.TILDE) {
      const s = this.pos++;
      const operand = this.factor();
      return N.UnaryOp(k === K.MINUS ? OPS.USub : k === K.PLUS ? OPS.UAdd : OPS.Invert, operand, s, this.last());
    }
    return this.power();
  }

  /** power: await_primary '**' factor | await_primary ; await_primary: AWAIT primary | primary */
  private power(): ExprNode {
    const s = this.pos;
    let base: ExprNode;
    if (this.k[s] === K.AWAIT) {
      this.pos++;
      const v = this.primary();
      this.checkVersion(5, 'Await expressions are', this.pos);
      base = N.Await(v, s, this.last());
    } else {
      base = this.primary();
    }
    if (this.k[this.pos] === K.DOUBLESTAR) {
      this.pos++;
      const right = this.factor();
      return N.BinOp(base, OPS.Pow, right, s, this.last());
    }
    return base;
  }

  /**
   * primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
   *   | primary '[' slices ']' | atom
   */
  private primary(): ExprNode {
    const s = this.pos;
    let e = this.atom();
    for (;;) {
      const k = this.k[this.pos];
      if (k === K.DOT) {
        this.pos++;
        const attr = this.name();
        e = N.Attribute(e, attr, LOAD, s, this.pos - 1);
      } else if (k === K.LPAR) {
        const open = this.pos++;
        const r = this.callArguments(open);
        e = N.Call(e, r.args, r.keywords, s, this.pos - 1);
      } else if (k === K.LSQB) {
        this.pos++;
        const slice = this.slices();
        this.expect(K.RSQB);
        e = N.Subscript(e, slice, LOAD, s, this.pos - 1);
      } else {
        return e;
      }
    }
  }

  /**
   * arguments: args [','] &')'
   * args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
   *   | kwargs
   * kwargs: kwarg_or_starred / kwarg_or_double_starred lists
   * Consumes the closing ')'. A lone generator argument (`f(x for x in y)`) becomes a
   * GeneratorExp spanning the parentheses.
   */
  private callArguments(open: number): { args: ExprNode[]; keywords: KeywordNode[]; generator: ExprNode | null } {
    const args: ExprNode[] = [];
    const keywords: KeywordNode[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    let generator: ExprNode | null = null;
    while (this.k[this.pos] !== K.RPAR) {
      const s = this.pos;
      const k = this.k[s];
      if (k === K.STAR) {
        this.pos++;
        if (sawDoubleStar && (this.k[this.pos] === K.RPAR || this.k[this.pos] === K.COMMA)) {
          throw this.error('iterable argument unpacking follows keyword argument unpacking', s);
        }
        const v = this.expression();
        if (this.k[this.pos] === K.EQUAL) { this.pos++; this.expression(); throw this.error('cannot assign to iterable argument unpacking', s, this.last()); }
        const st = N.Starred(v, LOAD, s, this.last());
        if (sawDoubleStar) throw this.errorNodes('iterable argument unpacking follows keyword argument unpacking', st);
        args.push(st);
      } else if (k === K.DOUBLESTAR) {
        this.pos++;
        const v = this.expression();
        if (this.k[this.pos] === K.EQUAL) { this.pos++; this.expression(); throw this.error('cannot assign to keyword argument unpacking', s, this.last()); }
        keywords.push(N.keyword(null, v, s, this.last()));
        sawDoubleStar = true;
      } else if (k === K.NAME && this.k[s + 1] === K.EQUAL) {
        const name = this.text[s];
        this.pos += 2;
        if (this.k[this.pos] === K.COMMA || this.k[this.pos] === K.RPAR) throw this.error('expected argument value expression', s, s + 1);
        const v = this.expression();
        keywords.push(N.keyword(name, v, s, this.last()));
        sawKeyword = true;
      } else {
        if ((k === K.TRUE || k === K.FALSE || k === K.NONE) && this.k[s + 1] === K.EQUAL) {
          throw this.error(`cannot assign to ${this.text[s]}`, s, s + 1); // invalid_kwarg
        }
        const e = this.namedExpression(/* inCall */ true);
        if (this.k[this.pos] === K.FOR || (this.k[this.pos] === K.ASYNC && this.k[this.pos + 1] === K.FOR)) {
          const gens = this.forIfClauses();
          if (args.length === 0 && keywords.length === 0 && this.k[this.pos] === K.RPAR) {
            generator = N.GeneratorExp(e, gens, open, this.pos);
            args.push(generator);
            break;
          }
          const g = N.GeneratorExp(e, gens, s, this.last());
          throw this.errorNodes('Generator expression must be parenthesized', g);
        }
        if (this.k[this.pos] === K.EQUAL) {
          throw this.errorNodes('expression cannot contain assignment, perhaps you meant "=="?', e);
        }
        // RAISE_SYNTAX_ERROR without a location: the last token fetched, the call's ')'.
        if (sawDoubleStar) throw this.error('positional argument follows keyword argument unpacking', this.closingBracket(open));
        if (sawKeyword) throw this.error('positional argument follows keyword argument', this.closingBracket(open));
        args.push(e);
      }
      if (this.k[this.pos] !== K.COMMA) {
        if (this.k[this.pos] !== K.RPAR) {
          const prev = args.length > 0 ? args[args.length - 1] : null;
          if (prev !== null && this.last() === this.pos - 1 && prev.end_col_offset === this.ts.endCol[this.pos - 1]) throw this.forgotComma(prev);
        }
        break;
      }
      this.pos++;
    }
    this.expect(K.RPAR);
    return { args, keywords, generator };
  }

  /**
   * slices: slice !',' | ','.(slice | starred_expression)+ [',']
   * slice: [expression] ':' [expression] [':' [expression]] | named_expression
   */
  private slices(): ExprNode {
    const s = this.pos;
    const first = this.sliceItem();
    if (this.k[this.pos] !== K.COMMA) {
      // a lone starred expression is not a `slice`: the second alternative makes it a tuple
      return first._type === 'Starred' ? N.Tuple([first], LOAD, s, this.last()) : first;
    }
    const elts = [first];
    while (this.k[this.pos] === K.COMMA) {
      this.pos++;
      if (this.k[this.pos] === K.RSQB) break;
      elts.push(this.sliceItem());
    }
    return N.Tuple(elts, LOAD, s, this.last());
  }

  private sliceItem(): ExprNode {
    const s = this.pos;
    const k = this.k[s];
    if (k === K.STAR) {
      this.pos++;
      const v = this.bitwiseOr();
      return N.Starred(v, LOAD, s, this.last());
    }
    let lower: ExprNode | null = null;
    if (k !== K.COLON) {
      lower = this.namedExpression();
      if (this.k[this.pos] !== K.COLON) return lower;
      if (lower._type === 'NamedExpr') throw this.syntaxError();
    }
    this.pos++; // ':'
    let upper: ExprNode | null = null;
    let step: ExprNode | null = null;
    let kk = this.k[this.pos];
    if (kk !== K.COLON && kk !== K.COMMA && kk !== K.RSQB) upper = this.expression();
    if (this.k[this.pos] === K.COLON) {
      this.pos++;
      kk = this.k[this.pos];
      if (kk !== K.COMMA && kk !== K.RSQB) step = this.expression();
    }
    return N.Slice(lower, upper, step, s, this.last());
  }

  /**
   * atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
   *   | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
   */
  private atom(): ExprNode {
    const s = this.pos;
    switch (this.k[s]) {
      case K.NAME: this.pos++; return N.Name(this.text[s], LOAD, s, s);
      case K.ERRORTOKEN: throw this.syntaxError();
      case K.NUMBER: this.pos++; return N.Constant(this.number(s), null, s, s);
      case K.STRING: case K.FSTRING_START: return this.strings();
      case K.NONE: this.pos++; return N.Constant(null, null, s, s);
      case K.TRUE: this.pos++; return N.Constant(true, null, s, s);
      case K.FALSE: this.pos++; return N.Constant(false, null, s, s);
      case K.ELLIPSIS: this.pos++; return N.Constant({ $ellipsis: null }, null, s, s);
      case K.LPAR: return this.parenAtom();
      case K.LSQB: return this.listAtom();
      case K.LBRACE: return this.braceAtom();
      default:
        throw this.syntaxError();
    }
  }

  private number(i: number): PyConstant {
    const text = this.text[i];
    if (this.featureVersion < 6 && text.indexOf('_') >= 0) {
      // _PyPegen_number_token, at the literal itself
      throw new PySyntaxError('SyntaxError', 'Underscores in numeric literals are only supported in Python 3.6 and greater', this.ts.line[i], this.ts.cpCol[i] + 1, this.ts.line[i], this.ts.cpEndCol[i] + 1, this.lineText(i));
    }
    const c0 = text.charCodeAt(0);
    if (c0 === 48 && text.length > 1) {
      // "leading zeros in decimal integer literals are not permitted"
      const c1 = text.charCodeAt(1) | 0x20;
      if (c1 !== 120 && c1 !== 111 && c1 !== 98 && c1 !== 46 && c1 !== 101 && c1 !== 106) {
        let allZero = true;
        let j = 1;
        for (; j < text.length; j++) {
          const c = text.charCodeAt(j);
          if (c === 46 || c === 101 || c === 69 || c === 106 || c === 74) { allZero = true; break; }
          if (c !== 48 && c !== 95) allZero = false;
        }
        if (!allZero && j === text.length) {
          const e = this.error('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', i);
          throw new PySyntaxError(e.type, e.msg, e.lineno, e.offset, e.lineno, e.offset + 1, e.text);
        }
      }
    }
    return parseNumber(text);
  }

  /** tuple | group | genexp: '(' … ')' */
  private parenAtom(): ExprNode {
    const s = this.pos++;
    const k = this.k[this.pos];
    if (k === K.RPAR) { this.pos++; return N.Tuple([], LOAD, s, s + 1); }
    if (k === K.YIELD) {
      const y = this.yieldExpr();
      this.expect(K.RPAR);
      return y;
    }
    const first = this.starNamedExpression();
    const k2 = this.k[this.pos];
    if (k2 === K.RPAR) {
      if (first._type === 'Starred') throw this.errorNodes('cannot use starred expression here', first);
      this.pos++;
      return first;
    }
    if (k2 === K.FOR || (k2 === K.ASYNC && this.k[this.pos + 1] === K.FOR)) {
      if (first._type === 'Starred') throw this.errorNodes('iterable unpacking cannot be used in comprehension', first);
      const gens = this.forIfClauses();
      this.expect(K.RPAR);
      return N.GeneratorExp(first, gens, s, this.pos - 1);
    }
    if (k2 !== K.COMMA) throw this.forgotComma(first);
    const elts = [first];
    while (this.k[this.pos] === K.COMMA) {
      this.pos++;
      if (this.k[this.pos] === K.RPAR) break;
      elts.push(this.starNamedExpression());
    }
    if (this.k[this.pos] !== K.RPAR) throw this.forgotComma(elts[elts.length - 1]);
    this.pos++;
    return N.Tuple(elts, LOAD, s, this.pos - 1);
  }

  /** list: '[' [star_named_expressions] ']' ; listcomp: '[' named_expression for_if_clauses ']' */
  private listAtom(): ExprNode {
    const s = this.pos++;
    if (this.k[this.pos] === K.RSQB) { this.pos++; return N.List([], LOAD, s, s + 1); }
    const first = this.starNamedExpression();
    const k = this.k[this.pos];
    if (k === K.FOR || (k === K.ASYNC && this.k[this.pos + 1] === K.FOR)) {
      if (first._type === 'Starred') throw this.errorNodes('iterable unpacking cannot be used in comprehension', first);
      const gens = this.forIfClauses();
      this.expect(K.RSQB);
      return N.ListComp(first, gens, s, this.pos - 1);
    }
    const elts = [first];
    while (this.k[this.pos] === K.COMMA) {
      this.pos++;
      if (this.k[this.pos] === K.RSQB) break;
      elts.push(this.starNamedExpression());
    }
    if (this.k[this.pos] !== K.RSQB) throw this.elementListError(elts);
    this.pos++;
    return N.List(elts, LOAD, s, this.pos - 1);
  }

  /**
   * dict: '{' [double_starred_kvpairs] '}' ; set: '{' star_named_expressions '}'
   * dictcomp: '{' kvpair for_if_clauses '}' ; setcomp: '{' named_expression for_if_clauses '}'
   */
  private braceAtom(): ExprNode {
    const s = this.pos++;
    if (this.k[this.pos] === K.RBRACE) { this.pos++; return N.Dict([], [], s, s + 1); }
    if (this.k[this.pos] === K.DOUBLESTAR) return this.dictRest(s, [], []);
    const first = this.starNamedExpression();
    const k = this.k[this.pos];
    if (k === K.COLON && first._type !== 'Starred') {
      this.pos++;
      const value = this.dictValue();
      const k2 = this.k[this.pos];
      if (k2 === K.FOR || (k2 === K.ASYNC && this.k[this.pos + 1] === K.FOR)) {
        const gens = this.forIfClauses();
        this.expect(K.RBRACE);
        return N.DictComp(first, value, gens, s, this.pos - 1);
      }
      const keys: (ExprNode | null)[] = [first];
      const values: ExprNode[] = [value];
      if (this.k[this.pos] === K.COMMA) {
        this.pos++;
        return this.dictRest(s, keys, values);
      }
      if (this.k[this.pos] !== K.RBRACE) throw this.forgotComma(value);
      this.pos++;
      return N.Dict(keys, values, s, this.pos - 1);
    }
    if (k === K.FOR || (k === K.ASYNC && this.k[this.pos + 1] === K.FOR)) {
      if (first._type === 'Starred') throw this.errorNodes('iterable unpacking cannot be used in comprehension', first);
      const gens = this.forIfClauses();
      this.expect(K.RBRACE);
      return N.SetComp(first, gens, s, this.pos - 1);
    }
    const elts = [first];
    while (this.k[this.pos] === K.COMMA) {
      this.pos++;
      if (this.k[this.pos] === K.RBRACE) break;
      elts.push(this.starNamedExpression());
    }
    if (this.k[this.pos] !== K.RBRACE) throw this.elementListError(elts);
    this.pos++;
    return N.SetNode(elts, s, this.pos - 1);
  }

  /** A dict value after 'key:' — with invalid_kvpair's errors for '*' and a missing value. */
  private dictValue(): ExprNode {
    const k = this.k[this.pos];
    if (k === K.STAR) {
      const st = this.pos++;
      this.bitwiseOr();
      throw this.error('cannot use a starred expression in a dictionary value', st, this.last());
    }
    if (k === K.RBRACE || k === K.COMMA) throw this.error("expression expected after dictionary key and ':'", this.pos - 1);
    return this.expression();
  }

  private throwColonExpected(key: ExprNode): never {
    const endLine = key.end_lineno ?? key.lineno;
    const col = this.cpOffset(endLine, key.end_col_offset ?? key.col_offset);
    throw new PySyntaxError('SyntaxError', "':' expected after dictionary key", key.lineno, col, endLine, 0, this.ts.rowText(key.lineno));
  }

  /** The error where a list or set display expected ',' or its closing bracket. */
  private elementListError(elts: ExprNode[]): PySyntaxError {
    const k = this.k[this.pos];
    if ((k === K.FOR || (k === K.ASYNC && this.k[this.pos + 1] === K.FOR)) && elts.length > 1) {
      // invalid_comprehension: ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
      return this.errorNodes('did you forget parentheses around the comprehension target?', elts[0], elts[elts.length - 1]);
    }
    return this.forgotComma(elts[elts.length - 1]);
  }

  /** double_starred_kvpair: '**' bitwise_or | kvpair — the rest of a dict display. */
  private dictRest(s: number, keys: (ExprNode | null)[], values: ExprNode[]): ExprNode {
    while (this.k[this.pos] !== K.RBRACE) {
      if (this.k[this.pos] === K.DOUBLESTAR) {
        this.pos++;
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        const key = this.expression();
        if (this.k[this.pos] !== K.COLON) {
          if (this.k[this.pos] === K.RBRACE || this.k[this.pos] === K.COMMA) {
            // invalid_kvpair: a=expression !(':') — at the key's last character, no end
            return this.throwColonExpected(key);
          }
          throw this.forgotComma(key);
        }
        this.pos++;
        keys.push(key);
        values.push(this.dictValue());
      }
      if (this.k[this.pos] !== K.COMMA) {
        if (this.k[this.pos] !== K.RBRACE) throw this.forgotComma(values[values.length - 1]);
        break;
      }
      this.pos++;
    }
    this.expect(K.RBRACE);
    return N.Dict(keys, values, s, this.pos - 1);
  }

  /** for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ */
  private forIfClauses(): ComprehensionNode[] {
    const gens: ComprehensionNode[] = [];
    for (;;) {
      let isAsync = 0;
      if (this.k[this.pos] === K.ASYNC && this.k[this.pos + 1] === K.FOR) { isAsync = 1; this.pos++; }
      else if (this.k[this.pos] !== K.FOR) break;
      this.pos++;
      const target = this.starTargets('comp');
      this.expect(K.IN);
      const iter = this.disjunction();
      const ifs: ExprNode[] = [];
      while (this.k[this.pos] === K.IF) { this.pos++; ifs.push(this.disjunction()); }
      if (isAsync === 1) this.checkVersion(6, 'Async comprehensions are', this.pos);
      gens.push(N.comprehension(target, iter, ifs, isAsync));
    }
    return gens;
  }

  // ---------------------------------------------------------------------------------------------
  // Strings and f-strings

  /** strings: (fstring | string)+ — adjacent literals concatenated (_PyPegen_concatenate_strings). */
  strings(): ExprNode {
    const s = this.pos;
    if (this.k[s] === K.STRING && this.k[s + 1] !== K.STRING && this.k[s + 1] !== K.FSTRING_START) {
      // Why a fast path: a lone plain literal is by far the most common case.
      this.pos++;
      const d = decodeStringToken(this.text[s]);
      if (literalWarnings.length > 0) this.takeLiteralWarnings(s);
      if (d === null) throw this.error(literalError, s);
      return N.Constant(d.value, d.kind, s, s);
    }
    const parts: (Constant | JoinedStr)[] = [];
    let sawBytes = false;
    let sawStr = false;
    let sawF = false;
    let kind: string | null = null;
    for (;;) {
      const k = this.k[this.pos];
      if (k === K.STRING) {
        const i = this.pos++;
        const d = decodeStringToken(this.text[i]);
        if (literalWarnings.length > 0) this.takeLiteralWarnings(i);
        if (d === null) throw this.error(literalError, i);
        if (d.bytes) sawBytes = true; else sawStr = true;
        if (parts.length === 0) kind = d.kind;
        parts.push(N.Constant(d.value, d.kind, i, i));
      } else if (k === K.FSTRING_START) {
        sawF = true;
        parts.push(this.fstring());
      } else {
        break;
      }
    }
    const e = this.last();
    // RAISE_SYNTAX_ERROR without a location: CPython points at the last token it fetched, the
    // one after the literals.
    if (sawBytes && (sawStr || sawF)) throw this.error('cannot mix bytes and nonbytes literals', this.pos);
    if (sawBytes) {
      let v = '';
      for (const p of parts) if (p._type === 'Constant') v += (p.value as { $bytes: string }).$bytes;
      return N.Constant({ $bytes: v }, null, s, e);
    }
    if (!sawF) {
      let v: StrValue = '';
      for (const p of parts) if (p._type === 'Constant') v = concatStr(v, p.value as StrValue);
      return N.Constant(v, kind, s, e);
    }
    // Flatten the f-strings' values, fold runs of constants, drop empty constants.
    const flat: ExprNode[] = [];
    for (const p of parts) {
      if (p._type === 'JoinedStr') for (const v of p.values) flat.push(v);
      else flat.push(p);
    }
    const values: ExprNode[] = [];
    for (let i = 0; i < flat.length; i++) {
      let el = flat[i];
      if (el._type === 'Constant') {
        if (i + 1 < flat.length && flat[i + 1]._type === 'Constant') {
          const firstEl = el;
          let lastEl = el;
          let v: StrValue = '';
          let j = i;
          for (; j < flat.length; j++) {
            const fj = flat[j];
            if (fj._type !== 'Constant') break;
            v = concatStr(v, fj.value as StrValue);
            lastEl = fj;
          }
          i = j - 1;
          el = N.ConstantAt(v, firstEl.kind, firstEl.lineno, firstEl.col_offset, lastEl.end_lineno ?? lastEl.lineno, lastEl.end_col_offset ?? lastEl.col_offset);
        }
        if (strIsEmpty(el.value as StrValue)) continue;
      }
      values.push(el);
    }
    return N.JoinedStr(values, s, e);
  }

  /** fstring: FSTRING_START fstring_middle* FSTRING_END */
  private fstring(): JoinedStr {
    const s = this.pos++;
    const raw = stringPrefix(this.text[s]).raw;
    const values: ExprNode[] = [];
    for (;;) {
      const k = this.k[this.pos];
      if (k === K.FSTRING_MIDDLE) {
        const c = this.fstringMiddle(this.pos, raw);
        this.pos++;
        if (!strIsEmpty(c.value as StrValue)) values.push(c);
      } else if (k === K.LBRACE) {
        this.replacementField(values);
      } else if (k === K.FSTRING_END) {
        this.pos++;
        break;
      } else {
        throw this.syntaxError();
      }
    }
    return N.JoinedStr(values, s, this.pos - 1);
  }

  /**
   * A Constant for an FSTRING_MIDDLE token. It ends where the next token starts: `tokenize`
   * reports an escaped brace ("{{") as one character, so its own end column falls short.
   */
  private fstringMiddle(i: number, raw: boolean): Constant {
    const text = this.text[i];
    const v = raw ? text : decodeStrBody(text);
    if (literalWarnings.length > 0) this.takeLiteralWarnings(i);
    if (v === null) throw this.error(literalError, i);
    const ts = this.ts;
    return N.ConstantAt(v, null, ts.line[i], ts.col[i], ts.line[i + 1], ts.col[i + 1]);
  }

  /**
   * fstring_replacement_field:
   *   '{' (yield_expr | star_expressions) '='? [fstring_conversion] [fstring_full_format_spec] '}'
   * fstring_conversion: "!" NAME ; fstring_full_format_spec: ':' fstring_format_spec*
   * Pushes the FormattedValue (preceded by the debug text Constant for `{x=}`) onto `out`.
   */
  private replacementField(out: ExprNode[]): void {
    const s = this.pos++;
    const k0 = this.k[this.pos];
    // invalid_replacement_field, in CPython's order
    if (k0 === K.EQUAL || k0 === K.EXCLAMATION || k0 === K.COLON || k0 === K.RBRACE) {
      throw this.error(`f-string: valid expression required before '${this.text[this.pos]}'`, this.pos);
    }
    if (k0 === K.LAMBDA) this.lambdaInFstring();
    if (STARTS_EXPR[k0] !== 1 && k0 !== K.YIELD) throw this.error("f-string: expecting a valid expression after '{'", this.pos);
    const value = k0 === K.YIELD ? this.yieldExpr() : this.starExpressions();
    let kn = this.k[this.pos];
    if (kn !== K.EQUAL && kn !== K.EXCLAMATION && kn !== K.COLON && kn !== K.RBRACE) {
      throw this.error("f-string: expecting '=', or '!', or ':', or '}'", this.pos);
    }
    let debug = -1;
    if (kn === K.EQUAL) {
      debug = this.pos++;
      kn = this.k[this.pos];
      if (kn !== K.EXCLAMATION && kn !== K.COLON && kn !== K.RBRACE) throw this.error("f-string: expecting '!', or ':', or '}'", this.pos);
    }
    let conversion = -1;
    let convTok = -1;
    if (this.k[this.pos] === K.EXCLAMATION) {
      this.pos++;
      convTok = this.pos;
      const ck = this.k[convTok];
      if (ck === K.COLON || ck === K.RBRACE) throw this.error('f-string: missing conversion character', convTok);
      if (ck !== K.NAME) throw this.error('f-string: invalid conversion character', convTok);
      const c = this.text[convTok];
      if (c.length !== 1 || (c !== 's' && c !== 'r' && c !== 'a')) {
        throw this.error(`f-string: invalid conversion character '${c}': expected 's', 'r', or 'a'`, convTok);
      }
      conversion = c.charCodeAt(0);
      this.pos++;
      if (this.k[this.pos] !== K.COLON && this.k[this.pos] !== K.RBRACE) throw this.error("f-string: expecting ':' or '}'", this.pos);
    }
    let spec: ExprNode | null = null;
    if (this.k[this.pos] === K.COLON) {
      const colon = this.pos++;
      const items: ExprNode[] = [];
      for (;;) {
        const k = this.k[this.pos];
        if (k === K.FSTRING_MIDDLE) { items.push(this.fstringMiddle(this.pos, false)); this.pos++; }
        else if (k === K.LBRACE) this.replacementField(items);
        else break;
      }
      if (items.length === 1 && items[0]._type === 'Constant' && strIsEmpty(items[0].value as StrValue)) items.length = 0;
      spec = N.JoinedStr(items, colon, this.pos - 1);
      if (this.k[this.pos] !== K.RBRACE) throw this.error("f-string: expecting '}', or format specs", this.pos);
    }
    if (this.k[this.pos] !== K.RBRACE) throw this.error("f-string: expecting '}'", this.pos);
    this.pos++;
    const e = this.pos - 1;
    if (debug >= 0 && conversion === -1 && spec === null) conversion = 114; // !r for `{x=}`
    const fv = N.FormattedValue(value, conversion, spec, s, e);
    if (debug >= 0) {
      const ts = this.ts;
      const textTok = debug + 1; // the '!', ':' or '}' after the '='
      const debugText = this.debugText(s, textTok);
      let endLine: number;
      let endCol: number;
      if (convTok >= 0) { endLine = ts.line[convTok]; endCol = ts.col[convTok] - 1; }
      else if (spec !== null) { endLine = spec.lineno; endCol = spec.col_offset; }
      else { endLine = ts.endLine[e]; endCol = ts.endCol[e] - 1; }
      out.push(N.ConstantAt(debugText, null, fv.lineno, fv.col_offset + 1, endLine, endCol));
    }
    out.push(fv);
  }

  /**
   * The source of an f-string debug expression (`{expr=}`): from after token `open` to before
   * token `close`, without the comments the tokenizer skipped (CPython keeps only the text).
   */
  private debugText(open: number, close: number): string {
    const ts = this.ts;
    const src = ts.source;
    let row = ts.line[open];
    let col = ts.cpEndCol[open];
    let out = '';
    for (let o = ts.origin[open] + 1; o < ts.origin[close]; o++) {
      if (src.type[o] === 64) { // COMMENT
        out += this.sourceBetween(row, col, src.startLine[o]!, src.startCol[o]!);
        row = src.endLine[o]!;
        col = src.endCol[o]!;
      }
    }
    return out + this.sourceBetween(row, col, ts.line[close], ts.cpCol[close]);
  }

  /**
   * invalid_expression: 'lambda' [lambda_params] ':' &(FSTRING_MIDDLE | fstring_replacement_field)
   * — inside a replacement field the ':' starts the format spec.
   */
  private lambdaInFstring(): void {
    let i = this.pos + 1;
    while (i < this.ts.count && this.k[i] !== K.COLON && this.k[i] !== K.RBRACE && this.k[i] !== K.FSTRING_END) i++;
    if (this.k[i] === K.COLON && (this.k[i + 1] === K.FSTRING_MIDDLE || this.k[i + 1] === K.LBRACE)) {
      throw this.error('f-string: lambda expressions are not allowed without parentheses', this.pos, i);
    }
  }

  /** Source text from (row, code-point col) to (row2, col2), from the tokens' lines. */
  private sourceBetween(row: number, col: number, row2: number, col2: number): string {
    if (row === row2) return sliceCodePoints(this.ts.rowText(row), col, col2);
    let out = sliceCodePoints(this.ts.rowText(row), col, Infinity);
    for (let r = row + 1; r < row2; r++) out += this.ts.rowText(r);
    return out + sliceCodePoints(this.ts.rowText(row2), 0, col2);
  }
}

/** Whether an expression can come from the bitwise_or rule (no comparison, not, and/or, if-else, lambda). */
function isBitwiseOrLevel(e: ExprNode): boolean {
  switch (e._type) {
    case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Starred': case 'Yield': case 'YieldFrom':
      return false;
    case 'UnaryOp':
      return e.op._type !== 'Not';
    default:
      return true;
  }
}

function asnameless(names: AliasNode[]): boolean {
  for (const n of names) if (n.asname !== null) return false;
  return true;
}

function sliceCodePoints(s: string, from: number, to: number): string {
  let i = 0;
  let cp = 0;
  let a = -1;
  for (; i < s.length; cp++) {
    if (cp === from) a = i;
    if (cp === to) break;
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
  }
  if (a < 0) a = cp === from ? i : s.length;
  return s.slice(a, i);
}

export { BRACKET_CLOSE };
