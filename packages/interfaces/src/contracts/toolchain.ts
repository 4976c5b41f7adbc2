/**
 * The Toolchain contract: what the VM needs from the front stages while a program runs, as
 * CPython's eval loop calls its own compiler — `import` of a `.py` file, `exec`/`eval`/`compile()`
 * of a string, loading a `.pyc`, `dis`. cli builds it from @pyglass/tokens, @pyglass/ast and
 * @pyglass/bytecode (or from CPython's own stages through the oracle) and hands it to the VM, so
 * vm-core never imports a front stage and any stage stays swappable.
 *
 * Errors are data, not exceptions: a failed compile returns the fields CPython's SyntaxError (or
 * ValueError, for NUL bytes) carries, and the VM raises the identical Python exception.
 */
import type { CodeObject } from '../code';

export type CompileMode = 'exec' | 'eval' | 'single';

export interface CompileRequest {
  mode: CompileMode;
  /** `compile()`'s flags (PyCF_* and CO_FUTURE_* bits); 0 by default. */
  flags?: number;
  /** `compile()`'s optimize: -1 (the interpreter's level), 0, 1 or 2. */
  optimize?: number;
}

/** What CPython's SyntaxError (or its subclasses) carries; offsets are 1-based columns as CPython reports them. */
export interface CompileFailure {
  type: 'SyntaxError' | 'IndentationError' | 'TabError' | 'ValueError' | 'OverflowError' | 'RecursionError' | 'MemoryError' | 'UnicodeDecodeError';
  msg: string;
  filename: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  /** The offending source line with its newline, as SyntaxError.text holds it; null when unknown. */
  text: string | null;
}

export type CompileOutcome = { ok: true; code: CodeObject } | { ok: false; error: CompileFailure };

export type PycOutcome = { ok: true; code: CodeObject } | { ok: false; error: { type: 'ImportError' | 'EOFError' | 'ValueError'; msg: string } };

/** One `dis.Instruction`, as data: argval is a constant, a name, a jump target or FORMAT_VALUE's (converter, has-spec). */
export interface InstructionRecord {
  opname: string;
  opcode: number;
  arg: number | null;
  argval: import('../constant').PyConstant | number | string | readonly [string | null, boolean] | null;
  argrepr: string;
  offset: number;
  starts_line: number | null;
  is_jump_target: boolean;
  /** lineno, end_lineno, col_offset, end_col_offset (null when unknown). */
  positions: readonly [number | null, number | null, number | null, number | null];
}

export interface DisassembleOptions {
  /** Show the inline CACHE entries (dis's show_caches). */
  showCaches?: boolean;
  /** Levels of nested code objects to disassemble (dis's depth; all by default). */
  depth?: number;
  /** Report lines as if the code started at this line (get_instructions' first_line). */
  firstLine?: number;
}

export interface Toolchain {
  /** `compile(source, filename, mode, flags, dont_inherit=True, optimize)`; source as bytes (encoding declared in it) or text. */
  compile(source: Uint8Array | string, filename: string, request: CompileRequest): CompileOutcome;
  /** A `.pyc` file's bytes (header + marshal data) → its code object. */
  loadPyc(bytes: Uint8Array, filename: string): PycOutcome;
  /**
   * The `.pyc` bytes for a code object compiled from a source file with that mtime (seconds) and
   * size, in CPython 3.12's timestamp-based format.
   */
  dumpPyc(code: CodeObject, sourceMtime: number, sourceSize: number): Uint8Array;
  /** `dis.dis(code)`'s text for a code object (nested code objects included, as dis.dis prints them). */
  disassemble(code: CodeObject, options?: DisassembleOptions): string;
  /** `dis.get_instructions(code)` as records. */
  instructions(code: CodeObject, options?: DisassembleOptions): InstructionRecord[];
}
