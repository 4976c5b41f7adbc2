/**
 * The builtins that compile while a program runs — `compile()`, `exec()`, `eval()` — through
 * the run's Toolchain (our tokenizer, parser and compiler, handed in by cli), as CPython's
 * bltinmodule.c calls its compiler: strings and bytes compile with the given mode, code objects
 * run as they are, `globals` gains `__builtins__` when it lacks it, and `locals` defaults to the
 * globals (or to the caller's namespace when neither is given).
 */
import type { CodeObject } from '@pyglass/interfaces';
import { PyBytes, PyDict, PyFunction, PyMethod, PyObject, PyStr, decref, newref } from './object.js';
import { CodeInfo } from './code.js';
import { dictGetStr, dictSetStr } from './objects/dict.js';
import { None, raise } from './objects/values.js';
import { isDict, isSubtype } from './abstract.js';
import { splitKw, type NativeFn } from './objects/typeobject.js';
import { isStr } from './objects/sequences.js';
import { runBody, tstate } from './eval.js';
import { compileFailureToException, importState, prepareLongLived } from './import.js';
import { TypeErrorType, ValueErrorType, bytesType, codeType, exceptionTypes } from './types.js';

/** PyCF_ONLY_AST: compile() returns an AST, which needs the `ast` module. */
const PYCF_ONLY_AST = 0x400;

/** Code objects compiled during runs, by mode, filename and source: `eval` in a loop compiles once. */
const compiled = new Map<string, CodeInfo>();

function sourceOf(o: PyObject, fn: string): string | Uint8Array {
  if (isStr(o)) return (o as PyStr).s;
  if (o.type === bytesType || isSubtype(o.type, bytesType)) {
    return (o as PyBytes).b;
  }
  if (fn === 'compile') throw raise(TypeErrorType, 'compile() arg 1 must be a string, bytes or AST object');
  throw raise(TypeErrorType, `${fn}() arg 1 must be a string, bytes or code object`);
}

function compileCode(source: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single', optimize: number): CodeInfo {
  const text = typeof source === 'string' ? source : Buffer.from(source).toString('latin1');
  if (text.includes('\0')) throw raise(exceptionType('SyntaxError'), 'source code string cannot contain null bytes');
  const key = `${mode}\0${optimize}\0${filename}\0${typeof source === 'string' ? 's' : 'b'}\0${text}`;
  const have = compiled.get(key);
  if (have !== undefined) return have;
  const t = importState.toolchain;
  if (t === null) throw raise(exceptionType('SystemError'), 'this run has no compiler (runCode was given no toolchain)');
  const r = t.compile(source, filename, { mode, optimize });
  if (!r.ok) throw compileFailureToException(r.error);
  const info = prepareLongLived(r.code as CodeObject);
  if (compiled.size < 4096) compiled.set(key, info);
  return info;
}

function exceptionType(name: string) {
  return exceptionTypes.get(name)!;
}

/** The globals and locals exec/eval run with, and the builtins of those globals. */
function namespaces(fn: string, g: PyObject | null, l: PyObject | null): [PyDict, PyObject, PyDict] {
  const frame = tstate.frame;
  let globals: PyDict;
  let locals: PyObject;
  if (g === null || g === None) {
    if (frame === null) throw raise(exceptionType('SystemError'), `${fn}(): no current frame`);
    globals = frame.globals;
    locals = l === null || l === None ? (frame.locals ?? frame.globals) : l;
  } else {
    if (!isDict(g)) throw raise(TypeErrorType, fn === 'exec' ? `exec() globals must be a dict, not ${g.type.name}` : 'globals must be a dict');
    globals = g as PyDict;
    locals = l === null || l === None ? g : l;
  }
  if (fn === 'eval' && locals !== globals && !isDict(locals) && locals.type.mp_subscript === null) throw raise(TypeErrorType, 'locals must be a mapping');
  let builtins = dictGetStr(globals, '__builtins__');
  if (builtins === null) {
    dictSetStr(globals, '__builtins__', importState.builtins!);
    builtins = importState.builtins!;
  }
  const b = builtins instanceof PyDict ? builtins : (builtins.dict ?? importState.builtins!);
  return [globals, locals, b];
}

function run(code: CodeInfo, fn: string, g: PyObject | null, l: PyObject | null): PyObject {
  const [globals, locals, builtins] = namespaces(fn, g, l);
  if (!(locals instanceof PyDict)) throw raise(TypeErrorType, `${fn}() locals other than a dict are not supported by pyglass yet`);
  return runBody(code, globals, builtins, locals, null);
}

export const compileBuiltin: NativeFn = (_s, args, kw) => {
  const [pos, k] = splitKw(args, kw);
  const names = ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'];
  const arg = (i: number): PyObject | null => pos[i] ?? k?.get(names[i]!) ?? null;
  if (k !== null) for (const key of k.keys()) if (!names.includes(key) && key !== '_feature_version') throw raise(TypeErrorType, `compile() got an unexpected keyword argument '${key}'`);
  for (let i = 0; i < 3; i++) if (arg(i) === null) throw raise(TypeErrorType, `compile() missing required argument '${names[i]}' (pos ${i + 1})`);
  const src = arg(0)!;
  const filenameObj = arg(1)!;
  const modeObj = arg(2)!;
  if (!isStr(modeObj)) throw raise(TypeErrorType, `compile() argument 'mode' must be str, not ${modeObj.type.name}`);
  const mode = (modeObj as PyStr).s;
  const flagsObj = arg(3);
  const flags = flagsObj === null ? 0 : Number((flagsObj as unknown as { n: number }).n ?? 0);
  const optObj = arg(5);
  const optimize = optObj === null ? -1 : Number((optObj as unknown as { n: number }).n ?? -1);
  if (flags & PYCF_ONLY_AST) throw raise(ValueErrorType, 'compile() with PyCF_ONLY_AST needs the ast module, which pyglass does not provide yet');
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') throw raise(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
  if (src.type === codeType) return newref(src);
  const filename = isStr(filenameObj) ? (filenameObj as PyStr).s : String((filenameObj as unknown as { s?: string }).s ?? filenameObj.type.name);
  return newref(compileCode(sourceOf(src, 'compile'), filename, mode, optimize));
};

function execOrEval(fn: 'exec' | 'eval'): NativeFn {
  return (_s, args, kw) => {
    const [pos, k] = splitKw(args, kw);
    if (k !== null) for (const key of k.keys()) {
      if (fn === 'exec' && key === 'closure') continue;
      if (key === 'globals' || key === 'locals') continue;
      throw raise(TypeErrorType, `${fn}() got an unexpected keyword argument '${key}'`);
    }
    if (pos.length === 0) throw raise(TypeErrorType, `${fn} expected at least 1 argument, got 0`);
    if (pos.length > 3) throw raise(TypeErrorType, `${fn} expected at most 3 arguments, got ${pos.length}`);
    const src = pos[0]!;
    const g = pos[1] ?? k?.get('globals') ?? null;
    const l = pos[2] ?? k?.get('locals') ?? null;
    let code: CodeInfo;
    if (src.type === codeType) code = src as unknown as CodeInfo;
    else {
      let source = sourceOf(src, fn);
      // eval() ignores leading spaces and tabs (builtin_eval_impl strips them).
      if (fn === 'eval' && typeof source === 'string') source = source.replace(/^[ \t]+/, '');
      code = compileCode(source, '<string>', fn, -1);
    }
    const r = run(code, fn, g, l);
    if (fn === 'exec') {
      decref(r);
      return None;
    }
    return r;
  };
}

export const execBuiltin = execOrEval('exec');
export const evalBuiltin = execOrEval('eval');

/** The run's Toolchain (for native modules such as `dis`); null when runCode was given none. */
export function currentToolchain(): import('@pyglass/interfaces').Toolchain | null {
  return importState.toolchain;
}

/**
 * The CodeObject (boundary form) behind a function, bound method, code object, class or module
 * code — what `dis` disassembles; null when `o` carries no code.
 */
export function codeObjectOf(o: PyObject): CodeObject | null {
  let x: PyObject = o;
  if (x instanceof PyMethod) x = x.func;
  if (x instanceof PyFunction) return x.code.source;
  if (x instanceof CodeInfo) return x.source;
  return null;
}
