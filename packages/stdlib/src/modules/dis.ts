/**
 * `_dis`, the native half of our `dis` module (packages/stdlib/lib/dis.py holds the Python half:
 * Instruction, Positions, Bytecode, get_instructions): `dis(x)` for functions, bound methods, code
 * objects, classes and modules (each code-carrying member under "Disassembly of NAME:"), and
 * source strings (compiled first); `disassemble` for a code object; `instructions(x)` as tuples;
 * `code_of(x)`; the opcode tables (`opname`, `opmap`, `cmp_op`). The text and the instruction
 * records come from the run's Toolchain — @pyglass/bytecode's disassembler, the same one
 * `pyglass dis` uses — so they equal `python3.12`'s (object addresses aside). Output goes to
 * `file`, or `sys.stdout`.
 */
import {
  PyModule, PyObject, PyStr, PyType, PyDict, TypeErrorType, None, callMethod, codeObjectOf, currentToolchain, decref, getAttr,
  importModule, isStr, newInt, newList, newStr, newDict, dictSetStrOwned, raise, splitKw, typeType, moduleType, isSubtype,
  exceptionTypes, newTuple, True, False, isInt, intToNumber, constantToObject, newref, PyInt,
} from '@pyglass/vm-core';
import { OPNAME, CMP_OP, type CodeObject, type InstructionRecord, type PyConstant } from '@pyglass/interfaces';
import { defineFunction, defineValue } from './module-def.js';

function write(file: PyObject | null, text: string): void {
  let target = file;
  let sys: PyObject | null = null;
  if (target === null || target === None) {
    sys = importModule('sys');
    target = getAttr(sys, 'stdout');
  }
  try {
    const s = newStr(text);
    decref(callMethod(target, 'write', [s]));
    decref(s);
  } finally {
    if (sys !== null) {
      decref(target);
      decref(sys);
    }
  }
}

function toolchain() {
  const t = currentToolchain();
  if (t === null) throw raise(exceptionTypes.get('SystemError')!, 'dis needs a compiler (runCode was given no toolchain)');
  return t;
}

let showCaches = false;

function disCode(co: CodeObject, file: PyObject | null): void {
  write(file, toolchain().disassemble(co, { showCaches }));
}

function truthy(o: PyObject | null | undefined): boolean {
  return o !== null && o !== undefined && o !== None && o !== False && !(isInt(o) && intToNumber(o as PyInt) === 0);
}

/** The code object dis works on for `x` (a function, method, code object or source string). */
function codeFor(x: PyObject): CodeObject {
  const co = codeObjectOf(x);
  if (co !== null) return co;
  if (isStr(x)) return compileForDis((x as PyStr).s);
  throw raise(TypeErrorType, `don't know how to disassemble ${x.type.name} objects`);
}

function argvalObject(v: InstructionRecord['argval']): PyObject {
  if (v === null) return None;
  if (typeof v === 'number') return newInt(v);
  if (typeof v === 'string') return newStr(v);
  if (Array.isArray(v)) {
    // FORMAT_VALUE's converter is the builtin function itself (str, repr or ascii), as in CPython.
    const [conv, spec] = v as readonly [string | null, boolean];
    let fn: PyObject = None;
    if (conv !== null) {
      const builtins = importModule('builtins');
      fn = getAttr(builtins, conv);
      decref(builtins);
    }
    return newTuple([fn, spec ? True : False]);
  }
  return constantToObject(v as PyConstant);
}

function intOrNone(n: number | null): PyObject {
  return n === null ? None : newInt(n);
}

function compileForDis(source: string): CodeObject {
  const r = toolchain().compile(source, '<dis>', { mode: 'exec' });
  if (!r.ok) {
    const e = raise(exceptionTypes.get(r.error.type) ?? exceptionTypes.get('SyntaxError')!, r.error.msg);
    throw e;
  }
  return r.code;
}

function disAny(x: PyObject, file: PyObject | null): void {
  const co = codeObjectOf(x);
  if (co !== null) return disCode(co, file);
  if (isStr(x)) return disCode(compileForDis((x as PyStr).s), file);
  if (x.type === moduleType || isSubtype(x.type, typeType)) {
    // Modules and classes: every member that carries code, sorted by name, as dis.dis does.
    const d = (x.type === moduleType ? x.dict : (x as PyType).ns) as PyDict;
    const items: [string, PyObject][] = [];
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === null || !isStr(k)) continue;
      let v = d.values[i]!;
      const inner = (v as unknown as { a?: PyObject }).a; // classmethod/staticmethod wrap a function
      if (codeObjectOf(v) === null && inner instanceof PyObject && codeObjectOf(inner) !== null) v = inner;
      if (codeObjectOf(v) !== null || (isSubtype(v.type, typeType) && v !== x)) items.push([(k as PyStr).s, v]);
    }
    items.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [name, v] of items) {
      write(file, `Disassembly of ${name}:\n`);
      try {
        disAny(v, file);
      } catch (e) {
        if (!(e instanceof PyObject) || !isSubtype(e.type, TypeErrorType)) throw e;
        write(file, `Sorry: ${String((e as unknown as { args: { items: PyStr[] } }).args.items[0]?.s ?? '')}\n`);
        decref(e);
      }
      write(file, '\n');
    }
    return;
  }
  throw raise(TypeErrorType, `don't know how to disassemble ${x.type.name} objects`);
}

export function initDisNative(m: PyModule): void {
  defineFunction(m, 'instructions', (_s, args, kw) => {
    // instructions(x, first_line=None, show_caches=False) → [(opname, opcode, arg, argval, argrepr,
    // offset, starts_line, is_jump_target, (lineno, end_lineno, col_offset, end_col_offset)), …]
    const [pos, k] = splitKw(args, kw);
    const x = pos[0] ?? k?.get('x') ?? None;
    const firstLine = pos[1] ?? k?.get('first_line') ?? None;
    const caches = truthy(pos[2] ?? k?.get('show_caches'));
    const records = toolchain().instructions(codeFor(x), { showCaches: caches, firstLine: firstLine === None ? undefined : intToNumber(firstLine as PyInt) });
    return newList(records.map((r) => newTuple([
      newStr(r.opname), newInt(r.opcode), intOrNone(r.arg), argvalObject(r.argval), newStr(r.argrepr), newInt(r.offset),
      intOrNone(r.starts_line), r.is_jump_target ? True : False, newTuple(r.positions.map(intOrNone)),
    ])));
  });
  defineFunction(m, 'code_of', (_s, args) => {
    const x = args[0] ?? None;
    if (codeObjectOf(x) === null && !isStr(x)) throw raise(TypeErrorType, `don't know how to disassemble ${x.type.name} objects`);
    return newref(x);
  });
  defineFunction(m, 'format', (_s, args, kw) => {
    const [pos, k] = splitKw(args, kw);
    const co = codeFor(pos[0] ?? None);
    return newStr(toolchain().disassemble(co, { showCaches: truthy(pos[1] ?? k?.get('show_caches')) }));
  });
  defineFunction(m, 'dis', (_s, args, kw) => {
    const [pos, k] = splitKw(args, kw);
    if (pos.length > 1) throw raise(TypeErrorType, `dis() takes from 0 to 1 positional arguments but ${pos.length} were given`);
    if (k !== null) for (const key of k.keys()) {
      if (!['x', 'file', 'depth', 'show_caches', 'adaptive'].includes(key)) throw raise(TypeErrorType, `dis() got an unexpected keyword argument '${key}'`);
    }
    const x = pos[0] ?? k?.get('x') ?? None;
    const file = k?.get('file') ?? null;
    if (x === None) throw raise(exceptionTypes.get('RuntimeError')!, 'no last traceback to disassemble');
    showCaches = truthy(k?.get('show_caches'));
    try {
      disAny(x, file);
    } finally {
      showCaches = false;
    }
    return None;
  });
  const disassemble = (_s: unknown, args: PyObject[], kw: string[] | null) => {
    const [pos, k] = splitKw(args, kw);
    const co = pos[0] ?? k?.get('co') ?? null;
    const code = co === null ? null : codeObjectOf(co);
    if (code === null) throw raise(TypeErrorType, 'disassemble() argument must be a code object');
    showCaches = truthy(k?.get('show_caches'));
    try {
      disCode(code, k?.get('file') ?? null);
    } finally {
      showCaches = false;
    }
    return None;
  };
  defineFunction(m, 'disassemble', disassemble);
  defineFunction(m, 'disco', disassemble);
  // The opcode tables of the `opcode` module that dis re-exports.
  defineValue(m, 'opname', newList(Array.from({ length: 256 }, (_, i) => newStr(OPNAME[i] ?? `<${i}>`))));
  const opmap = newDict();
  for (let i = 0; i < 256; i++) if (OPNAME[i] !== undefined && !OPNAME[i]!.startsWith('<')) dictSetStrOwned(opmap, OPNAME[i]!, newInt(i));
  defineValue(m, 'opmap', opmap);
  defineValue(m, 'cmp_op', newTuple(CMP_OP.map((s: string) => newStr(s))));
}
