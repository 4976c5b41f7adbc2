/**
 * pyglass's own Toolchain (the contract in @pyglass/interfaces): our tokenizer, parser and
 * compiler for `import`, `exec`, `eval` and `compile()`; @pyglass/bytecode's marshal for `.pyc`
 * files; its disassembler for `dis`. Composition, so it lives in cli; the conformance runners in
 * tools/ use the same object.
 */
import { isPySyntaxError } from '@pyglass/ast';
import { compile, CompileError, formatDis, getInstructions, PycError, readPyc, writePyc } from '@pyglass/bytecode';
import type {
  CodeObject, CompileFailure, CompileOutcome, CompileRequest, DisassembleOptions, InstructionRecord, ModNode, PycOutcome, Toolchain,
} from '@pyglass/interfaces';
import * as fs from 'node:fs';
import { sourceToTree } from './pipeline';

/** The source line `lineno` (1-based) with its newline, as SyntaxError.text holds it. */
function lineOf(source: string, lineno: number | null): string | null {
  if (lineno === null || lineno < 1) return null;
  let start = 0;
  for (let i = 1; i < lineno; i++) {
    const nl = source.indexOf('\n', start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  const nl = source.indexOf('\n', start);
  return nl < 0 ? source.slice(start) : source.slice(start, nl + 1);
}

function lineOfFile(filename: string, lineno: number): string | null {
  try {
    return lineOf(fs.readFileSync(filename, 'utf8'), lineno);
  } catch {
    return null;
  }
}

function compileOne(source: Uint8Array | string, filename: string, request: CompileRequest): CompileOutcome {
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  try {
    const tree = sourceToTree(bytes, filename, request.mode);
    return { ok: true, code: compile(tree as ModNode, { filename, mode: request.mode, optimize: request.optimize }) };
  } catch (e) {
    let error: CompileFailure;
    if (isPySyntaxError(e)) {
      // The parser's line, with the newline CPython's tokenizer gives every line (the implicit one at EOF too).
      const text = e.text === null ? null : e.text.endsWith('\n') ? e.text : `${e.text}\n`;
      error = { type: e.type, msg: e.msg, filename, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text };
    } else if (e instanceof CompileError) {
      // As PyErr_ProgramTextObject: the line is read from the file named `filename`, so a string
      // compiled under a name that is not a file ('<string>') has no text.
      const text = e.lineno === null ? null : lineOfFile(filename, e.lineno);
      error = { type: e.type, msg: e.msg, filename, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text };
    } else throw e;
    return { ok: false, error };
  }
}

export const pyglassToolchain: Toolchain = {
  compile: compileOne,
  loadPyc(bytes: Uint8Array, filename: string): PycOutcome {
    try {
      return { ok: true, code: readPyc(bytes, filename).code };
    } catch (e) {
      if (e instanceof PycError) return { ok: false, error: { type: e.pythonType, msg: e.message } };
      return { ok: false, error: { type: 'ValueError', msg: 'bad marshal data' } };
    }
  },
  dumpPyc(code: CodeObject, sourceMtime: number, sourceSize: number): Uint8Array {
    return writePyc(code, { mode: 'timestamp', mtime: sourceMtime, sourceSize });
  },
  disassemble(code: CodeObject, options: DisassembleOptions = {}): string {
    return formatDis(code, options);
  },
  instructions(code: CodeObject, options: DisassembleOptions = {}): InstructionRecord[] {
    return getInstructions(code, options).map((i) => ({ ...i, positions: [...i.positions] as const }));
  },
};
