/**
 * The error the parser reports, shaped as CPython's SyntaxError instance: exception type name,
 * `msg`, 1-based `lineno`, 1-based `offset` and `end_offset` counted in code points (as the
 * exception reports them, not the UTF-8 bytes of AST columns), and the offending line as `text`.
 * It is thrown as a JS exception (an Error subclass, so stack-less catching stays cheap and tools
 * see a message), and is also a plain data record that serializes to the oracle's error JSON.
 */
/** The SyntaxError family, plus the MemoryError CPython's parser raises for too-deep nesting. */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError' | 'MemoryError';

export class PySyntaxError extends Error {
  readonly type: SyntaxErrorType;
  readonly msg: string;
  readonly lineno: number;
  readonly offset: number;
  readonly end_lineno: number;
  readonly end_offset: number;
  readonly text: string | null;

  constructor(type: SyntaxErrorType, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number, text: string | null) {
    super(`${msg} (line ${lineno})`);
    this.name = type;
    this.type = type;
    this.msg = msg;
    this.lineno = lineno;
    this.offset = offset;
    this.end_lineno = endLineno;
    this.end_offset = endOffset;
    this.text = text;
  }

  /** The oracle's error record (tools/oracle/py/ast_json.py). */
  toJSON(): { type: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number; text: string | null } {
    return { type: this.type, msg: this.msg, lineno: this.lineno, offset: this.offset, end_lineno: this.end_lineno, end_offset: this.end_offset, text: this.text };
  }
}

export function isPySyntaxError(e: unknown): e is PySyntaxError {
  return e instanceof PySyntaxError;
}
