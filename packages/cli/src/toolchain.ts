/**
 * pyglass's own Toolchain (the contract in @pyglass/interfaces): our tokenizer, parser and
 * compiler for `import`, `exec`, `eval` and `compile()`; @pyglass/bytecode's marshal for `.pyc`
 * files; its disassembler for `dis`. Composition, so it lives in cli; the conformance runners in
 * tools/ use the same object.
 */
import { isPySyntaxError } from '@pyglass/ast';
import { compile, CompileError, formatDis, PycError, readPyc, writePyc } from '@pyglass/bytecode';
import type { CodeObject, CompileFailure, CompileOutcome, CompileRequest, ModNode, PycOutcome, Toolchain } from '@pyglass/interfaces';
import { sourceToAst } from './pipeline';

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

function compileOne(source: Uint8Array | string, filename: string, request: CompileRequest): CompileOutcome {
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  try {
    const { tree } = sourceToAst(bytes, filename, request.mode);
    return { ok: true, code: compile(tree as ModNode, { filename, mode: request.mode, optimize: request.optimize }) };
  } catch (e) {
    let error: CompileFailure;
    if (isPySyntaxError(e)) {
      error = { type: e.type, msg: e.msg, filename, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text };
    } else if (e instanceof CompileError) {
      const text = e.lineno === null ? null : lineOf(typeof source === 'string' ? source : Buffer.from(source).toString('utf8'), e.lineno);
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
  disassemble(code: CodeObject): string {
    return formatDis(code);
  },
};
