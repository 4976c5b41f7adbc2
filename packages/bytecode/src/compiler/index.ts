/**
 * `compile(tree, options)`: AST → CPython 3.12 code object, as `compile(source, filename, mode,
 * dont_inherit=True, optimize=...)` produces it. The passes, in CPython's order:
 *   1. future features (`from __future__ import ...` at the top of a module)
 *   2. the AST optimizer: constant folding (ast-optimizer.ts)
 *   3. the symbol table (../symtable/symtable.ts)
 *   4. code generation, one unit per scope (codegen.ts)
 *   5. per unit: the flow-graph passes (flowgraph.ts) and assembly (assemble.ts)
 * Errors are thrown as CompileError with CPython's type, message and position.
 */
import type { CodeObject, ModNode, StmtNode } from '@pyglass/interfaces';
import { buildSymbolTable, CompileError } from '../symtable/symtable';
import { AstOptimizer } from './ast-optimizer';
import { Compiler } from './codegen';
import { resetCodeKeys } from './constants';
import type { Location } from './flowgraph';

export interface CompileOptions {
  filename?: string;
  mode?: 'exec' | 'eval' | 'single';
  /** -1 (the interpreter's level, 0 here), 0, 1 (no asserts, __debug__ False) or 2 (also no docstrings). */
  optimize?: number;
  /** compile()'s flags: CO_FUTURE_* bits. */
  flags?: number;
}

const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
const CO_FUTURE_ANNOTATIONS = 0x1000000;
const KNOWN_FUTURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'generator_stop']);

function futureFeatures(mod: ModNode): { features: number; location: Location | null } {
  let features = 0;
  let location: Location | null = null;
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return { features, location };
  const body: StmtNode[] = mod.body;
  let i = 0;
  const first = body[0];
  if (first && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') i = 1;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (s._type !== 'ImportFrom' || s.module !== '__future__') break;
    for (const a of s.names) {
      if (KNOWN_FUTURES.has(a.name)) continue;
      if (a.name === 'annotations') features |= CO_FUTURE_ANNOTATIONS;
      else if (a.name === 'barry_as_FLUFL') features |= CO_FUTURE_BARRY_AS_BDFL;
      // future.c reports these at the statement, with no end column (PyErr_SyntaxLocationObject).
      else if (a.name === 'braces') throw new CompileError('SyntaxError', 'not a chance', s.lineno, s.col_offset + 1, s.lineno, null);
      else throw new CompileError('SyntaxError', `future feature ${a.name} is not defined`, s.lineno, s.col_offset + 1, s.lineno, null);
    }
    location = { lineno: s.lineno, endLineno: s.end_lineno ?? s.lineno, col: s.col_offset, endCol: s.end_col_offset ?? s.col_offset };
  }
  return { features, location };
}

/**
 * Compiles a module AST (our parser's or the oracle's JSON form) to its code object. The tree is
 * rewritten in place by the AST optimizer, as CPython's compile() rewrites its own copy.
 */
export function compile(tree: ModNode, options: CompileOptions = {}): CodeObject {
  resetCodeKeys();
  const optimize = options.optimize === undefined || options.optimize < 0 ? 0 : options.optimize;
  const future = futureFeatures(tree);
  const features = future.features | ((options.flags ?? 0) & (CO_FUTURE_ANNOTATIONS | CO_FUTURE_BARRY_AS_BDFL));
  new AstOptimizer(optimize, (features & CO_FUTURE_ANNOTATIONS) !== 0).run(tree);
  const st = buildSymbolTable(tree, { futureAnnotations: (features & CO_FUTURE_ANNOTATIONS) !== 0 });
  const c = new Compiler(st, {
    filename: options.filename ?? '<string>',
    optimize,
    flags: options.flags ?? 0,
    interactive: false,
    futureFeatures: features,
    futureLocation: future.location,
  });
  return c.compileModule(tree);
}

export { CompileError };
