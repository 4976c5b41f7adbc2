/**
 * Source file → code object as `compile(source, filename, "exec")` makes it, shared by
 * `pyglass dis` and `pyglass compile`: pyglass's tokenizer and parser (pipeline.ts), then
 * @pyglass/bytecode's compiler. Errors come back as text printed the way CPython prints an
 * uncaught SyntaxError (the parser's, or the compiler's with the offending line and carets).
 */
import { compile, CompileError } from '@pyglass/bytecode';
import { formatSyntaxError, isPySyntaxError, PySyntaxError } from '@pyglass/ast';
import type { CodeObject, ModNode } from '@pyglass/interfaces';
import { sourceToTree } from '../pipeline';

export type CompileOutcome = { ok: true; code: CodeObject } | { ok: false; message: string };

function lineOf(source: Uint8Array, lineno: number | null): string | null {
  if (lineno === null || lineno < 1) return null;
  const lines = Buffer.from(source).toString('utf8').split(/\r\n|\r|\n/);
  return lines[lineno - 1] ?? null;
}

export function compileSource(source: Uint8Array, filename: string): CompileOutcome {
  try {
    const tree = sourceToTree(source, filename, 'exec');
    return { ok: true, code: compile(tree as ModNode, { filename, mode: 'exec' }) };
  } catch (e) {
    if (isPySyntaxError(e)) return { ok: false, message: formatSyntaxError(e, filename) };
    if (e instanceof CompileError) {
      if (e.type === 'SyntaxError' && e.lineno !== null) {
        const text = lineOf(source, e.lineno);
        const err = new PySyntaxError('SyntaxError', e.msg, e.lineno, e.offset ?? 0, e.end_lineno ?? e.lineno, e.end_offset ?? 0, text);
        return { ok: false, message: formatSyntaxError(err, filename) };
      }
      return { ok: false, message: `${e.type}: ${e.msg}\n` };
    }
    throw e;
  }
}
