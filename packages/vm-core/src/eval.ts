/**
 * Frames and the evaluation loop (CPython's Python/ceval.c + bytecodes.c, 3.12).
 *
 * One function, `evalFrame`, runs 3.12 code units with one `switch`. A Python-to-Python call
 * pushes a new Frame and continues in the same loop (no JS recursion), so recursion depth is
 * limited by `sys.getrecursionlimit()` and raises RecursionError with CPython's message, and a
 * frame can be left suspended (generators). Native code that calls back into Python (`__eq__`
 * from a dict, `key=` in sorted, `__init__` from a type call) re-enters `evalFrame` with an
 * "entry" frame, as CPython's C code re-enters `_PyEval_EvalFrame`; those frames count toward the
 * same recursion depth. Exceptions are JS throws of the Python exception object (no JS Error, so
 * no stack capture); the loop's single catch looks the handler up in the exception table (3.11
 * zero-cost try), unwinds the value stack, and otherwise pops the frame, adding a traceback entry
 * per frame as CPython's PyTraceBack_Here does.
 *
 * The value stack lives in the same array as the locals (`f`, locals then stack, as CPython's
 * localsplus), and `null` is CPython's NULL. Reference counts follow CPython's stack discipline:
 * the stack and locals own references; an instruction that consumes operands decrefs them.
 */
import {
  PyBaseException, PyBuiltin, PyCell, PyDict, PyFloat, PyFunction, PyInt, PyList, PyObject, PyStr, PyTraceback, PyTuple, PyType,
  DEALLOCATED, deallocate, decref, incref, newref, xdecref, immortalize, PyMethod,
} from './object.js';
import { OPNAME } from '@pyglass/interfaces';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, CodeInfo, GlobalCacheEntry } from './code.js';
import {
  binaryOp, call, compareBool, contains, delItem, getAttr, getItem, getIter, isInstance, isSubtype, iterNext, lookupType,
  richCompare, setAttr, setItem, str, repr, truth, unaryInvert, unaryNegative, unaryPositive, isStopIteration, toArray, lookupAttr,
  len, callSpecial,
} from './abstract.js';
import {
  AssertionErrorType, AttributeErrorType, ImportErrorType, ModuleNotFoundErrorType, NameErrorType, RecursionErrorType, RuntimeErrorType,
  StopIterationType, SystemErrorType, TypeErrorType, UnboundLocalErrorType, ValueErrorType, baseExceptionType, boolType, dictType,
  frameType, functionType, generatorType, intType, listType, methodDescriptorType, strType, superType, tracebackType, tupleType,
  typeType, floatType, cellType, KeyErrorType, GeneratorExitType, objectType,
} from './types.js';
import {
  False, None, True, emptyTuple, internStr, newBool, newException, newFloat, newInt, newList, newStr, newTuple, raise,
} from './objects/values.js';
import { dictDel, dictDelStr, dictGet, dictGetStr, dictIndexStr, dictSet, dictSetStr, newDict } from './objects/dict.js';
import { isDictObj, dictMerge, newSet, setAdd, keyError } from './objects/mappings.js';
import { PySlice, isStr } from './objects/sequences.js';
import { intAdd, intSub, compareNumbers, isInt } from './objects/numbers.js';
import { superHook } from './objects/functions.js';
import { formatValue } from './format.js';

// ---------------------------------------------------------------------------------------------
// Frames and the thread state

export class Frame {
  declare code: CodeInfo;
  declare func: PyFunction | null;
  declare globals: PyDict;
  declare builtins: PyDict;
  /** f_locals for module and class bodies (LOAD_NAME / STORE_NAME); null in functions. */
  declare locals: PyDict | null;
  /** localsplus followed by the value stack. */
  f: (PyObject | null)[];
  declare sp: number;
  /** Index of the next code unit to run. */
  declare pc: number;
  /** Index of the instruction that ran last (for tracebacks and the exception table). */
  declare lasti: number;
  declare back: Frame | null;
  /** Returning from (or yielding out of) this frame returns from evalFrame to its JS caller. */
  declare entry: boolean;
  declare gen: PyGen | null;
  declare frameObj: PyFrameObject | null;
  /** A frame object was made for it (a traceback may still show it), so it is never reused. */
  declare exposed: boolean;
  constructor(code: CodeInfo, func: PyFunction | null, globals: PyDict, builtins: PyDict, locals: PyDict | null) {
    this.code = code;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.f = new Array(code.nlocalsplus + code.stacksize + 1).fill(null);
    this.sp = code.nlocalsplus;
    this.pc = 0;
    this.lasti = -1;
    this.back = null;
    this.entry = false;
    this.gen = null;
    this.frameObj = null;
    this.exposed = false;
  }
}

/**
 * Frames of finished function calls, kept per code object for the next call of it. Why: a call
 * otherwise allocates a Frame and its localsplus array (the largest per-call cost after the
 * call itself); CPython likewise carves frames out of a per-thread data stack instead of the heap.
 * A frame is reused only if nothing can still see it (no generator, no frame object).
 */
const FRAME_POOL_MAX = 32;

function functionFrame(code: CodeInfo, func: PyFunction): Frame {
  const pool = code.framePool as Frame[];
  if (pool.length === 0) return new Frame(code, func, func.globals, func.builtins, null);
  const frame = pool.pop()!;
  frame.func = func;
  frame.globals = func.globals;
  frame.builtins = func.builtins;
  return frame;
}

/** Puts a returned frame (its slots already released by discardFrame) back in its code's pool. */
function recycleFrame(frame: Frame): void {
  if (frame.gen !== null || frame.exposed || frame.locals !== null) return;
  const pool = frame.code.framePool as Frame[];
  if (pool.length >= FRAME_POOL_MAX) return;
  frame.func = null;
  frame.back = null;
  frame.sp = frame.code.nlocalsplus;
  frame.pc = 0;
  frame.lasti = -1;
  frame.entry = false;
  pool.push(frame);
}

/** The Python-visible frame object, made only when something asks (tracebacks, sys._getframe). */
export class PyFrameObject extends PyObject {
  declare frame: Frame;
  constructor(frame: Frame) {
    super(frameType, 120);
    this.frame = frame;
  }
}

function frameObjectOf(frame: Frame): PyFrameObject {
  frame.exposed = true;
  if (frame.frameObj === null) frame.frameObj = new PyFrameObject(frame);
  return frame.frameObj;
}

export interface ThreadState {
  frame: Frame | null;
  /** Python frames on this thread's stack (the recursion depth). */
  depth: number;
  recursionLimit: number;
  /** The exception being handled (sys.exception()), or None. */
  excInfo: PyObject;
  /**
   * evalFrame activations of this thread on the JS stack. A green thread can be switched out only
   * when it is 1: deeper, native code (a generator's FOR_ITER, `__init__` from type.__call__) is
   * on the stack between frames, and it holds the GIL, as CPython's C code does.
   */
  nesting: number;
}

export const tstate: ThreadState = { frame: null, depth: 0, recursionLimit: 1000, excInfo: None, nesting: 0 };

/**
 * The eval breaker (CPython's eval_breaker): `flag` is nonzero only while more than one green
 * thread exists or a blocking call asked to park, so the loop's safe points cost one load and
 * compare otherwise. `check(blocking)` is threads.ts's decision — true when this thread must
 * give up the GIL now; the loop then saves its place and returns SWITCHED.
 */
export const evalBreaker = {
  flag: 0,
  /**
   * Checks left until `check` is called: a decrement per safe point instead of a call, so a
   * running thread pays almost nothing between clock reads. A blocking call sets it to 0.
   */
  countdown: 0,
  check: null as ((afterBlockingCall: boolean) => boolean) | null,
};

/** What evalFrame returns when its thread was switched out at a safe point (threads.ts resumes it). */
export const SWITCHED: PyObject = immortalize(new PyObject(objectType, 16));

// ---------------------------------------------------------------------------------------------
// Generators

export class PyGen extends PyObject {
  declare frame: Frame;
  declare started: boolean;
  declare finished: boolean;
  declare running: boolean;
  declare name: string;
  declare qualname: string;
  /** Set by YIELD_VALUE so the resumer can tell a yield from a return. */
  declare yielded: boolean;
  constructor(frame: Frame, name: string, qualname: string) {
    super(generatorType, 200);
    this.frame = frame;
    this.started = false;
    this.finished = false;
    this.running = false;
    this.name = name;
    this.qualname = qualname;
    this.yielded = false;
  }
}

/** Resumes a generator with `value`; returns the yielded value, or null with `retval` set on return. */
let genReturnValue: PyObject = None;
/** The value the last finished generator returned (for StopIteration.value from next()). */
export function lastGeneratorReturn(): PyObject {
  return genReturnValue;
}
export function genResume(g: PyGen, value: PyObject, exc: PyBaseException | null = null): PyObject | null {
  if (g.running) throw raise(ValueErrorType, 'generator already executing');
  if (g.finished) {
    if (exc !== null) throw exc;
    genReturnValue = None;
    return null;
  }
  const frame = g.frame;
  if (!g.started) {
    if (value !== None && exc === null) throw raise(TypeErrorType, "can't send non-None value to a just-started generator");
    g.started = true;
  } else if (exc === null) frame.f[frame.sp++] = newref(value);
  g.running = true;
  g.yielded = false;
  frame.entry = true;
  frame.back = tstate.frame;
  let r: PyObject;
  try {
    r = exc === null ? evalFrame(frame) : evalFrameThrow(frame, exc);
  } catch (e) {
    g.running = false;
    g.finished = true;
    if (isStopIteration(e)) throw raise(RuntimeErrorType, 'generator raised StopIteration');
    throw e;
  }
  g.running = false;
  if (g.yielded) return r;
  g.finished = true;
  genReturnValue = r;
  return null;
}

function genSendOrStop(g: PyGen, value: PyObject): PyObject {
  const r = genResume(g, value);
  if (r !== null) return r;
  const v = genReturnValue;
  if (v === None) throw newException(StopIterationType, []);
  return throwStop(v);
}

function throwStop(v: PyObject): never {
  const e = newException(StopIterationType, [v]);
  throw e;
}

function genClose(g: PyGen): PyObject {
  if (!g.started || g.finished) {
    g.finished = true;
    return None;
  }
  try {
    const r = genResume(g, None, newException(GeneratorExitType, []));
    if (r !== null) {
      if (--r.rc === 0) deallocate(r);
      throw raise(RuntimeErrorType, 'generator ignored GeneratorExit');
    }
  } catch (e) {
    if (e instanceof PyBaseException && (isSubtype(e.type, GeneratorExitType) || isSubtype(e.type, StopIterationType))) {
      if (--e.rc === 0) deallocate(e);
      return None;
    }
    throw e;
  }
  return None;
}

function initGenerators(): void {
  // gen_dealloc: a generator suspended at a yield is closed first (PEP 342's finalizer, so its
  // `finally` blocks run), then whatever its frame still holds is released.
  generatorType.dealloc = (o) => {
    const g = o as PyGen;
    if (g.started && !g.finished && !g.running) {
      o.rc = 1;
      try {
        genClose(g);
      } catch {
        // CPython reports an exception from the finalizer as unraisable; it never propagates.
      }
      o.rc = DEALLOCATED;
    }
    g.finished = true;
    discardFrame(g.frame);
  };
  generatorType.tp_iter = (o) => newref(o);
  generatorType.tp_iternext = (o) => genResume(o as PyGen, None);
  generatorType.tp_repr = (o) => `<generator object ${(o as PyGen).qualname} at 0x${o.addr.toString(16).padStart(16, '0')}>`;
  const gm = (name: string, fn: (g: PyGen, args: PyObject[]) => PyObject) => {
    const b = new PyBuiltin(methodDescriptorType, name, `generator.${name}`, ((self: PyObject, args: PyObject[]) => fn(self as PyGen, args)) as never, null);
    dictSetStr(generatorType.ns, name, b);
  };
  gm('send', (g, a) => genSendOrStop(g, a[0]));
  gm('__next__', (g) => genSendOrStop(g, None));
  gm('throw', (g, a) => {
    let e = a[0];
    if (e.type === typeType || isSubtype(e.type, typeType)) e = call(e, a[1] !== undefined && a[1] !== None ? [a[1]] : [], null);
    const r = genResume(g, None, e as PyBaseException);
    if (r !== null) return r;
    return genReturnValue === None ? (() => { throw newException(StopIterationType, []); })() : throwStop(genReturnValue);
  });
  gm('close', (g) => genClose(g));
}

// ---------------------------------------------------------------------------------------------
// Calls

function argName(code: CodeInfo): string {
  return code.qualname;
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Binds call arguments into a new frame's locals (CPython's initialize_locals), with its messages. */
function bindArgs(frame: Frame, func: PyFunction, args: PyObject[], kwnames: string[] | null): void {
  const code = func.code;
  const f = frame.f;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argcount = code.argcount;
  const flags = code.flags;
  let kwdict: PyDict | null = null;
  const total = code.totalargs;
  if (flags & CO_VARKEYWORDS) {
    kwdict = newDict();
    f[total + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const n = npos < argcount ? npos : argcount;
  for (let i = 0; i < n; i++) f[i] = newref(args[i]);
  if (flags & CO_VARARGS) {
    const extra: PyObject[] = [];
    for (let i = n; i < npos; i++) extra.push(newref(args[i]));
    f[total] = newTuple(extra);
  } else if (npos > argcount) {
    tooManyPositional(func, npos, nkw, kwnames, args);
  }
  if (nkw > 0) {
    const names = code.localsplusnames;
    let posonlyAsKw: string[] | null = null;
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const value = args[npos + k];
      let j = -1;
      for (let i = code.posonlyargcount; i < total; i++) {
        if (names[i] === name) {
          j = i;
          break;
        }
      }
      if (j < 0) {
        if (kwdict !== null) {
          dictSetStr(kwdict, name, value);
          continue;
        }
        for (let i = 0; i < code.posonlyargcount; i++) if (names[i] === name) (posonlyAsKw ??= []).push(name);
        if (posonlyAsKw !== null) continue;
        throw raise(TypeErrorType, `${argName(code)}() got an unexpected keyword argument '${name}'`);
      }
      if (f[j] !== null) throw raise(TypeErrorType, `${argName(code)}() got multiple values for argument '${name}'`);
      f[j] = newref(value);
    }
    if (posonlyAsKw !== null) {
      throw raise(TypeErrorType, `${argName(code)}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
    }
  }
  if (npos < argcount) {
    const defaults = func.defaults === null ? [] : func.defaults.items;
    const m = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (f[i] === null) {
        if (i >= m) f[i] = newref(defaults[i - m]);
        else missing.push(code.localsplusnames[i]);
      }
    }
    if (missing.length) {
      throw raise(TypeErrorType, `${argName(code)}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${quoteList(missing)}`);
    }
  }
  if (code.kwonlyargcount > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (f[i] !== null) continue;
      const name = code.localsplusnames[i];
      const d = func.kwdefaults === null ? null : dictGetStr(func.kwdefaults, name);
      if (d !== null) f[i] = newref(d);
      else missing.push(name);
    }
    if (missing.length) {
      throw raise(TypeErrorType, `${argName(code)}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? 's' : ''}: ${quoteList(missing)}`);
    }
  }
}

function tooManyPositional(func: PyFunction, npos: number, nkw: number, kwnames: string[] | null, args: PyObject[]): never {
  const code = func.code;
  const ndef = func.defaults === null ? 0 : func.defaults.items.length;
  const argcount = code.argcount;
  let kwonlyGiven = 0;
  if (kwnames !== null) for (const k of kwnames) if (code.localsplusnames.slice(argcount, code.totalargs).includes(k)) kwonlyGiven++;
  const plural = argcount !== 1 || ndef > 0;
  const takes = ndef > 0 ? `from ${argcount - ndef} to ${argcount}` : `${argcount}`;
  const kwPart = kwonlyGiven ? ` positional argument${npos !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})` : '';
  const given = kwPart ? `${npos}${kwPart}` : `${npos}`;
  void nkw;
  void args;
  throw raise(TypeErrorType, `${argName(code)}() takes ${takes} positional argument${plural ? 's' : ''} but ${given} ${npos === 1 && !kwPart ? 'was' : 'were'} given`);
}

function pushFrameCheck(): void {
  if (tstate.depth >= tstate.recursionLimit) throw raise(RecursionErrorType, 'maximum recursion depth exceeded');
}

/** A new frame for calling `func` (arguments bound); not yet on the thread's stack. */
function makeFrame(func: PyFunction, args: PyObject[], kwnames: string[] | null): Frame {
  const code = func.code;
  const frame = functionFrame(code, func);
  bindArgs(frame, func, args, kwnames);
  return frame;
}

function discardFrame(frame: Frame): void {
  // The frame object (if one was made) lives on only through the tracebacks that hold it.
  const fo = frame.frameObj;
  if (fo !== null) {
    frame.frameObj = null;
    if (--fo.rc === 0) deallocate(fo);
  }
  const f = frame.f;
  for (let i = 0; i < frame.sp; i++) {
    const v = f[i];
    if (v !== null) {
      f[i] = null;
      if (--v.rc === 0) deallocate(v);
    }
  }
}

/** Calls a Python function from native code: re-enters the loop with an entry frame. */
export function callFunction(func: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
  const frame = makeFrame(func, args, kwnames);
  if (func.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return newGenerator(frame, func);
  pushFrameCheck();
  frame.entry = true;
  frame.back = tstate.frame;
  return evalFrame(frame);
}

function newGenerator(frame: Frame, func: PyFunction): PyObject {
  if (func.code.flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)) throw raise(SystemErrorType, 'coroutines and async generators are not supported yet');
  const g = new PyGen(frame, func.name.s, func.qualname.s);
  frame.gen = g;
  return g;
}

/** Runs a code object as a module or class body with the given namespaces. */
export function runBody(code: CodeInfo, globals: PyDict, builtins: PyDict, locals: PyDict, func: PyFunction | null): PyObject {
  pushFrameCheck();
  const frame = new Frame(code, func, globals, builtins, locals);
  if (func !== null && func.closure !== null) {
    // COPY_FREE_VARS will read the closure from func.
  }
  frame.entry = true;
  frame.back = tstate.frame;
  return evalFrame(frame);
}

// ---------------------------------------------------------------------------------------------
// Exceptions

/** Converts whatever was thrown into a Python exception (JS stack overflow → RecursionError). */
function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/.test(e.message)) return raise(RecursionErrorType, 'maximum recursion depth exceeded');
  throw e;
}

function findHandler(table: Int32Array, lasti: number): number {
  for (let i = 0; i < table.length; i += 4) {
    if (lasti >= table[i] && lasti < table[i + 1]) return i;
  }
  return -1;
}

function addTraceback(exc: PyBaseException, frame: Frame): void {
  const tb = new PyTraceback(tracebackType, exc.traceback, newref(frameObjectOf(frame)), frame.lasti, frame.code.lineOf(frame.lasti));
  exc.traceback = tb;
}

function exceptionMatches(exc: PyObject, cls: PyObject): boolean {
  if (cls.type === tupleType) {
    for (const c of (cls as PyTuple).items) if (exceptionMatches(exc, c)) return true;
    return false;
  }
  if (!((cls.type === typeType || isSubtype(cls.type, typeType)) && isSubtype(cls as PyType, baseExceptionType))) {
    throw raise(TypeErrorType, 'catching classes that do not inherit from BaseException is not allowed');
  }
  return isSubtype(exc.type, cls as PyType);
}

/** An exception instance from `raise X` (a class is called with no arguments). */
function makeRaisable(x: PyObject): PyBaseException {
  if ((x.type === typeType || isSubtype(x.type, typeType)) && isSubtype(x as PyType, baseExceptionType)) {
    const e = call(x, [], null);
    if (!(e instanceof PyBaseException)) throw raise(TypeErrorType, `calling ${repr(x)} should have returned an instance of BaseException, not ${e.type.name}`);
    return e;
  }
  if (x instanceof PyBaseException) return newref(x);
  throw raise(TypeErrorType, 'exceptions must derive from BaseException');
}

// ---------------------------------------------------------------------------------------------
// Name lookup errors

function nameError(name: string): PyBaseException {
  const e = raise(NameErrorType, `name '${name}' is not defined`);
  return e;
}

function unboundLocal(name: string): PyBaseException {
  return raise(UnboundLocalErrorType, `cannot access local variable '${name}' where it is not associated with a value`);
}

function unboundFree(code: CodeInfo, i: number): PyBaseException {
  const name = code.localsplusnames[i];
  if (code.localspluskinds[i] & CO_FAST_FREE) {
    return raise(NameErrorType, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  return unboundLocal(name);
}

// ---------------------------------------------------------------------------------------------
// The loop

/**
 * LOAD_ATTR's type lookup with a per-instruction inline cache keyed by (type, version tag), as
 * CPython's LOAD_ATTR specialisations key on tp_version_tag: a hit costs two compares instead of a
 * Map lookup. The cached descriptor is borrowed; a namespace change renews the version, so a
 * stale entry is never used.
 */
function cachedTypeLookup(code: CodeInfo, at: number, tp: PyType, name: string): PyObject | null {
  if (code.attrCacheType[at] === tp && code.attrCacheVersion[at] === tp.versionTag) return code.attrCacheDescr[at];
  const descr = lookupType(tp, name);
  code.attrCacheType[at] = tp;
  code.attrCacheVersion[at] = tp.versionTag;
  code.attrCacheDescr[at] = descr;
  return descr;
}

/** LOAD_GLOBAL's miss path: look the name up and refill the cache entry (null if not found). */
function loadGlobalSlow(ce: GlobalCacheEntry, globals: PyDict, builtins: PyDict, name: string): PyObject | null {
  ce.globals = globals;
  ce.globalsVersion = globals.version;
  let i = dictIndexStr(globals, name);
  if (i >= 0) {
    ce.index = i;
    ce.inBuiltins = false;
    return globals.values[i];
  }
  i = dictIndexStr(builtins, name);
  if (i < 0) {
    ce.globals = null;
    return null;
  }
  ce.builtins = builtins;
  ce.builtinsVersion = builtins.version;
  ce.index = i;
  ce.inBuiltins = true;
  return builtins.values[i];
}

/** Resumes a generator frame by throwing `exc` in at its current instruction. */
function evalFrameThrow(frame: Frame, exc: PyBaseException): PyObject {
  tstate.nesting++;
  try {
    return evalFrameImpl(frame, exc);
  } finally {
    tstate.nesting--;
  }
}

export function evalFrame(frame: Frame): PyObject {
  tstate.nesting++;
  try {
    return evalFrameImpl(frame, null);
  } finally {
    tstate.nesting--;
  }
}

/** Hooks the loop needs from builtins (set by builtins.ts). */
export const loopHooks = {
  buildClass: null as PyObject | null,
  importName: null as ((name: string, fromlist: PyObject, level: number, globals: PyDict) => PyObject) | null,
  /** import.ts's importFrom and importStar (set by builtins.ts; a hook because import.ts runs frames). */
  importFrom: null as ((module: PyObject, name: string) => PyObject) | null,
  importStar: null as ((module: PyObject, locals: PyDict) => void) | null,
};

function evalFrameImpl(entryFrame: Frame, pendingThrow: PyBaseException | null): PyObject {
  /** The exception being handled: set by a Python-level raise (break dispatch) or by the catch. */
  let raised: PyBaseException | null = null;
  let frame = entryFrame;
  tstate.frame = frame;
  tstate.depth++;
  let code = frame.code;
  let units = code.units;
  let consts = code.consts;
  let names = code.names;
  let f = frame.f;
  let sp = frame.sp;
  let pc = frame.pc;
  let lasti = frame.lasti;
  let kwnames: string[] | null = null;
  let skipTraceback = false;
  let reraiseLasti = -1;

  for (;;) {
    try {
      if (pendingThrow !== null) {
        const e = pendingThrow;
        pendingThrow = null;
        throw e;
      }
      // Python-level raises (RAISE_VARARGS, RERAISE) leave this loop with `break dispatch` and
      // go to the handler lookup below without a JS throw. Why: a JS throw out of this large
      // function cost microseconds each (a try/except in a loop ran ~45x slower than CPython).
      dispatch: for (;;) {
        let word = units[pc++];
        let opcode = word & 255;
        let oparg = word >>> 8;
        while (opcode === 144 /* EXTENDED_ARG */) {
          word = units[pc++];
          opcode = word & 255;
          oparg = (oparg << 8) | (word >>> 8);
        }
        lasti = pc - 1;
        switch (opcode) {
          case 9 /* NOP */:
          case 151 /* RESUME */:
            // A safe point (function entry): the thread may be switched out here.
            if (evalBreaker.flag !== 0 && --evalBreaker.countdown <= 0 && evalBreaker.check!(/* afterBlockingCall */ false)) {
              frame.sp = sp;
              frame.pc = pc;
              frame.lasti = lasti;
              tstate.depth--;
              return SWITCHED;
            }
            break;
          case 0 /* CACHE */:
            throw raise(SystemErrorType, 'executed a CACHE entry');
          case 124 /* LOAD_FAST */:
          case 127 /* LOAD_FAST_CHECK */: {
            const v = f[oparg];
            if (v === null) throw unboundLocal(code.localsplusnames[oparg]);
            v.rc++;
            f[sp++] = v;
            break;
          }
          case 143 /* LOAD_FAST_AND_CLEAR */: {
            f[sp++] = f[oparg];
            f[oparg] = null;
            break;
          }
          case 125 /* STORE_FAST */: {
            const old = f[oparg];
            f[oparg] = f[--sp];
            f[sp] = null;
            if (old !== null) if (--old.rc === 0) deallocate(old);
            break;
          }
          case 126 /* DELETE_FAST */: {
            const old = f[oparg];
            if (old === null) throw unboundLocal(code.localsplusnames[oparg]);
            f[oparg] = null;
            if (--old.rc === 0) deallocate(old);
            break;
          }
          case 100 /* LOAD_CONST */: {
            const v = consts[oparg];
            v.rc++;
            f[sp++] = v;
            break;
          }
          case 1 /* POP_TOP */: {
            const v = f[--sp];
            f[sp] = null;
            if (v !== null) if (--v.rc === 0) deallocate(v);
            break;
          }
          case 2 /* PUSH_NULL */:
            f[sp++] = null;
            break;
          case 4 /* END_FOR */: {
            for (let k = 0; k < 2; k++) {
              const v = f[--sp];
              f[sp] = null;
              if (v !== null) if (--v.rc === 0) deallocate(v);
            }
            break;
          }
          case 5 /* END_SEND */: {
            const v = f[--sp]!;
            const recv = f[sp - 1]!;
            f[sp - 1] = v;
            f[sp] = null;
            if (--recv.rc === 0) deallocate(recv);
            break;
          }
          case 120 /* COPY */: {
            const v = f[sp - oparg]!;
            v.rc++;
            f[sp++] = v;
            break;
          }
          case 99 /* SWAP */: {
            const t = f[sp - 1];
            f[sp - 1] = f[sp - oparg];
            f[sp - oparg] = t;
            break;
          }
          case 11 /* UNARY_NEGATIVE */: {
            const v = f[sp - 1]!;
            f[sp - 1] = unaryNegative(v);
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 12 /* UNARY_NOT */: {
            const v = f[sp - 1]!;
            f[sp - 1] = truth(v) ? FALSE : TRUE;
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 15 /* UNARY_INVERT */: {
            const v = f[sp - 1]!;
            f[sp - 1] = unaryInvert(v);
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 122 /* BINARY_OP */: {
            // Both operands stay on the stack until the result exists: if the operation raises,
            // the unwinder releases them (CPython's pop_2_error), instead of leaking `b`.
            const b = f[sp - 1]!;
            const a = f[sp - 2]!;
            let r: PyObject;
            // Why: the specialised fast paths of CPython's BINARY_OP_ADD_INT etc., inline.
            const at = a.type;
            const bt = b.type;
            if (at === INT_TYPE && bt === INT_TYPE && (oparg === 0 /* NB_ADD */ || oparg === 13 /* NB_INPLACE_ADD */)) r = intAdd(a as PyInt, b as PyInt);
            else if (at === INT_TYPE && bt === INT_TYPE && (oparg === 10 /* NB_SUBTRACT */ || oparg === 23 /* NB_INPLACE_SUBTRACT */)) r = intSub(a as PyInt, b as PyInt);
            else if ((at === FLOAT_TYPE || bt === FLOAT_TYPE) && (at === FLOAT_TYPE || (at === INT_TYPE && (a as PyInt).big === null)) &&
                (bt === FLOAT_TYPE || (bt === INT_TYPE && (b as PyInt).big === null))) {
              // BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_FLOAT (and float/int mixes, where the int is a
              // safe integer and so converts exactly, as float(int) does): IEEE arithmetic is what
              // CPython's float slots compute; other operators take the generic path.
              const x = at === FLOAT_TYPE ? (a as PyFloat).v : (a as PyInt).n;
              const y = bt === FLOAT_TYPE ? (b as PyFloat).v : (b as PyInt).n;
              switch (oparg) {
                case 0 /* NB_ADD */:
                case 13 /* NB_INPLACE_ADD */:
                  r = newFloat(x + y);
                  break;
                case 10 /* NB_SUBTRACT */:
                case 23 /* NB_INPLACE_SUBTRACT */:
                  r = newFloat(x - y);
                  break;
                case 5 /* NB_MULTIPLY */:
                case 18 /* NB_INPLACE_MULTIPLY */:
                  r = newFloat(x * y);
                  break;
                case 11 /* NB_TRUE_DIVIDE */:
                case 24 /* NB_INPLACE_TRUE_DIVIDE */:
                  r = y !== 0 ? newFloat(x / y) : binaryOp(a, b, oparg);
                  break;
                default:
                  r = binaryOp(a, b, oparg);
              }
            } else r = binaryOp(a, b, oparg);
            f[--sp] = null;
            f[sp - 1] = r;
            if (--a.rc === 0) deallocate(a);
            if (--b.rc === 0) deallocate(b);
            pc += 1;
            break;
          }
          case 107 /* COMPARE_OP */: {
            const b = f[--sp]!;
            const a = f[sp - 1]!;
            f[sp] = null;
            const cmp = oparg >> 4;
            let r: PyObject;
            if (a.type === INT_TYPE && b.type === INT_TYPE && (a as PyInt).big === null && (b as PyInt).big === null) {
              r = compareNumbers((a as PyInt).n, (b as PyInt).n, cmp) ? TRUE : FALSE;
            } else r = richCompare(a, b, cmp);
            f[sp - 1] = r;
            if (--a.rc === 0) deallocate(a);
            if (--b.rc === 0) deallocate(b);
            pc += 1;
            break;
          }
          case 117 /* IS_OP */: {
            const b = f[--sp]!;
            const a = f[sp - 1]!;
            f[sp] = null;
            f[sp - 1] = (a === b) !== (oparg === 1) ? TRUE : FALSE;
            if (--a.rc === 0) deallocate(a);
            if (--b.rc === 0) deallocate(b);
            break;
          }
          case 118 /* CONTAINS_OP */: {
            const b = f[--sp]!;
            const a = f[sp - 1]!;
            f[sp] = null;
            f[sp - 1] = contains(b, a) !== (oparg === 1) ? TRUE : FALSE;
            if (--a.rc === 0) deallocate(a);
            if (--b.rc === 0) deallocate(b);
            break;
          }
          case 25 /* BINARY_SUBSCR */: {
            const key = f[--sp]!;
            const container = f[sp - 1]!;
            f[sp] = null;
            let r: PyObject;
            if (container.type === LIST_TYPE && key.type === INT_TYPE) {
              const items = (container as PyList).items;
              let i = (key as PyInt).n;
              if (i < 0) i += items.length;
              if ((key as PyInt).big === null && i >= 0 && i < items.length) r = newref(items[i]);
              else r = getItem(container, key);
            } else r = getItem(container, key);
            f[sp - 1] = r;
            if (--container.rc === 0) deallocate(container);
            if (--key.rc === 0) deallocate(key);
            pc += 1;
            break;
          }
          case 60 /* STORE_SUBSCR */: {
            const key = f[--sp]!;
            const container = f[--sp]!;
            const v = f[--sp]!;
            f[sp] = f[sp + 1] = f[sp + 2] = null;
            setItem(container, key, v);
            if (--key.rc === 0) deallocate(key);
            if (--container.rc === 0) deallocate(container);
            if (--v.rc === 0) deallocate(v);
            pc += 1;
            break;
          }
          case 61 /* DELETE_SUBSCR */: {
            const key = f[--sp]!;
            const container = f[--sp]!;
            f[sp] = f[sp + 1] = null;
            delItem(container, key);
            if (--key.rc === 0) deallocate(key);
            if (--container.rc === 0) deallocate(container);
            break;
          }
          case 26 /* BINARY_SLICE */: {
            const stop = f[--sp]!;
            const start = f[--sp]!;
            const container = f[sp - 1]!;
            const s = new PySlice(start, stop, NONE);
            f[sp] = f[sp + 1] = null;
            f[sp - 1] = getItem(container, s);
            if (--s.rc === 0) deallocate(s);
            if (--start.rc === 0) deallocate(start);
            if (--stop.rc === 0) deallocate(stop);
            if (--container.rc === 0) deallocate(container);
            break;
          }
          case 27 /* STORE_SLICE */: {
            const stop = f[--sp]!;
            const start = f[--sp]!;
            const container = f[--sp]!;
            const v = f[--sp]!;
            f[sp] = f[sp + 1] = f[sp + 2] = f[sp + 3] = null;
            const s = new PySlice(start, stop, NONE);
            setItem(container, s, v);
            if (--s.rc === 0) deallocate(s);
            if (--start.rc === 0) deallocate(start);
            if (--stop.rc === 0) deallocate(stop);
            if (--container.rc === 0) deallocate(container);
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 133 /* BUILD_SLICE */: {
            const step = oparg === 3 ? f[--sp]! : NONE;
            const stop = f[--sp]!;
            const start = f[sp - 1]!;
            f[sp] = f[sp + 1] = null;
            f[sp - 1] = new PySlice(start, stop, step);
            if (--start.rc === 0) deallocate(start);
            if (--stop.rc === 0) deallocate(stop);
            if (oparg === 3) if (--step.rc === 0) deallocate(step);
            break;
          }
          case 68 /* GET_ITER */: {
            const v = f[sp - 1]!;
            f[sp - 1] = getIter(v);
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 69 /* GET_YIELD_FROM_ITER */: {
            const v = f[sp - 1]!;
            if (v.type !== generatorType) {
              f[sp - 1] = getIter(v);
              if (--v.rc === 0) deallocate(v);
            }
            break;
          }
          case 93 /* FOR_ITER */: {
            const it = f[sp - 1]!;
            const next = it.type.tp_iternext;
            if (next === null) throw raise(TypeErrorType, `'${it.type.name}' object is not an iterator`);
            const v = next(it);
            if (v !== null) {
              f[sp++] = v;
              pc += 1;
            } else {
              f[--sp] = null;
              if (--it.rc === 0) deallocate(it);
              pc += 1 + oparg + 1;
            }
            break;
          }
          case 123 /* SEND */: {
            const v = f[sp - 1]!;
            const recv = f[sp - 2]!;
            let r: PyObject | null;
            if (recv.type === generatorType) {
              r = genResume(recv as PyGen, v);
              if (r === null) r = newref(genReturnValue);
            } else {
              let res: PyObject | null = null;
              let done = false;
              try {
                res = v === NONE ? iterNext(recv) : call(getAttr(recv, 'send'), [v], null);
                if (res === null) {
                  done = true;
                  res = NONE;
                }
              } catch (e) {
                if (!isStopIteration(e)) throw e;
                done = true;
                res = (e as PyBaseException).args.items[0] ?? NONE;
                res.rc++;
              }
              if (done) {
                f[sp - 1] = res;
                if (--v.rc === 0) deallocate(v);
                pc += 1 + oparg;
                break;
              }
              r = res;
              f[sp - 1] = r;
              if (--v.rc === 0) deallocate(v);
              pc += 1;
              break;
            }
            if (--v.rc === 0) deallocate(v);
            if ((recv as PyGen).finished && !(recv as PyGen).yielded) {
              f[sp - 1] = r;
              pc += 1 + oparg;
            } else {
              f[sp - 1] = r;
              pc += 1;
            }
            break;
          }
          case 150 /* YIELD_VALUE */: {
            const v = f[--sp]!;
            f[sp] = null;
            frame.sp = sp;
            frame.pc = pc;
            frame.lasti = lasti;
            frame.gen!.yielded = true;
            tstate.frame = frame.back;
            tstate.depth--;
            return v;
          }
          case 75 /* RETURN_GENERATOR */:
            // The generator object was made by the call; resuming starts here: push the sent NONE.
            f[sp++] = NONE;
            break;
          case 83 /* RETURN_VALUE */:
          case 121 /* RETURN_CONST */: {
            let v: PyObject;
            if (opcode === 121 /* RETURN_CONST */) {
              v = consts[oparg];
              v.rc++;
            } else {
              v = f[--sp]!;
              f[sp] = null;
            }
            frame.sp = sp;
            discardFrame(frame);
            tstate.depth--;
            const back = frame.back;
            const entry = frame.entry;
            recycleFrame(frame);
            if (entry) {
              tstate.frame = back;
              return v;
            }
            frame = back!;
            tstate.frame = frame;
            code = frame.code;
            units = code.units;
            consts = code.consts;
            names = code.names;
            f = frame.f;
            sp = frame.sp;
            pc = frame.pc;
            f[sp++] = v;
            break;
          }
          case 116 /* LOAD_GLOBAL */: {
            const ce = code.globalCache[oparg >> 1];
            const g = frame.globals;
            let v: PyObject | null;
            if (ce.globals === g && ce.globalsVersion === g.version) {
              if (!ce.inBuiltins) v = g.values[ce.index];
              else {
                const b = frame.builtins;
                v = ce.builtins === b && ce.builtinsVersion === b.version ? b.values[ce.index] : loadGlobalSlow(ce, g, b, names[oparg >> 1]);
              }
            } else v = loadGlobalSlow(ce, g, frame.builtins, names[oparg >> 1]);
            if (v === null) throw nameError(names[oparg >> 1]);
            if (oparg & 1) f[sp++] = null;
            v.rc++;
            f[sp++] = v;
            pc += 4;
            break;
          }
          case 97 /* STORE_GLOBAL */: {
            const v = f[--sp]!;
            f[sp] = null;
            dictSetStr(frame.globals, names[oparg], v);
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 98 /* DELETE_GLOBAL */:
            if (!dictDelStr(frame.globals, names[oparg])) throw nameError(names[oparg]);
            break;
          case 101 /* LOAD_NAME */: {
            const name = names[oparg];
            let v: PyObject | null = frame.locals !== null ? dictGetStr(frame.locals, name) : null;
            if (v === null) v = dictGetStr(frame.globals, name);
            if (v === null) v = dictGetStr(frame.builtins, name);
            if (v === null) throw nameError(name);
            v.rc++;
            f[sp++] = v;
            break;
          }
          case 90 /* STORE_NAME */: {
            const v = f[--sp]!;
            f[sp] = null;
            if (frame.locals === null) throw raise(SystemErrorType, `no locals found when storing '${names[oparg]}'`);
            dictSetStr(frame.locals, names[oparg], v);
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 91 /* DELETE_NAME */:
            if (frame.locals === null || !dictDelStr(frame.locals, names[oparg])) throw nameError(names[oparg]);
            break;
          case 87 /* LOAD_LOCALS */:
            if (frame.locals === null) throw raise(SystemErrorType, 'no locals found');
            f[sp++] = newref(frame.locals);
            break;
          case 175 /* LOAD_FROM_DICT_OR_GLOBALS */: {
            const mapping = f[--sp]!;
            f[sp] = null;
            const name = names[oparg];
            let v = isDictObj(mapping) ? dictGetStr(mapping, name) : null;
            if (v === null) v = dictGetStr(frame.globals, name);
            if (v === null) v = dictGetStr(frame.builtins, name);
            if (--mapping.rc === 0) deallocate(mapping);
            if (v === null) throw nameError(name);
            f[sp++] = newref(v);
            break;
          }
          case 176 /* LOAD_FROM_DICT_OR_DEREF */: {
            const mapping = f[--sp]!;
            f[sp] = null;
            const name = code.localsplusnames[oparg];
            let v = isDictObj(mapping) ? dictGetStr(mapping, name) : null;
            if (--mapping.rc === 0) deallocate(mapping);
            if (v === null) {
              v = (f[oparg] as PyCell).ref;
              if (v === null) throw unboundFree(code, oparg);
            }
            f[sp++] = newref(v);
            break;
          }
          case 135 /* MAKE_CELL */: {
            const init = f[oparg];
            f[oparg] = new PyCell(cellType, init);
            break;
          }
          case 136 /* LOAD_CLOSURE */: {
            const c = f[oparg]!;
            c.rc++;
            f[sp++] = c;
            break;
          }
          case 137 /* LOAD_DEREF */: {
            const v = (f[oparg] as PyCell).ref;
            if (v === null) throw unboundFree(code, oparg);
            v.rc++;
            f[sp++] = v;
            break;
          }
          case 138 /* STORE_DEREF */: {
            const v = f[--sp]!;
            f[sp] = null;
            const c = f[oparg] as PyCell;
            const old = c.ref;
            c.ref = v;
            if (old !== null) if (--old.rc === 0) deallocate(old);
            break;
          }
          case 139 /* DELETE_DEREF */: {
            const c = f[oparg] as PyCell;
            if (c.ref === null) throw unboundFree(code, oparg);
            const old = c.ref;
            c.ref = null;
            if (--old.rc === 0) deallocate(old);
            break;
          }
          case 149 /* COPY_FREE_VARS */: {
            const closure = frame.func!.closure!;
            const base = code.nlocalsplus - oparg;
            for (let i = 0; i < oparg; i++) f[base + i] = newref(closure[i]);
            break;
          }
          case 106 /* LOAD_ATTR */: {
            const owner = f[sp - 1]!;
            const name = names[oparg >> 1];
            if (oparg & 1) {
              // Method load: push (function, self) without making a bound method when the
              // attribute is a plain function or method descriptor found on the type.
              const tp = owner.type;
              if (tp.tp_getattro === objectGetAttr) {
                const descr = cachedTypeLookup(code, lasti, tp, name);
                if (descr !== null && (descr.type === FUNCTION_TYPE || descr.type === METHOD_DESCRIPTOR_TYPE) &&
                    (owner.dict === null || dictGetStr(owner.dict, name) === null)) {
                  descr.rc++;
                  f[sp - 1] = descr;
                  f[sp++] = owner;
                  pc += 9;
                  break;
                }
              }
              const v = getAttr(owner, name);
              f[sp - 1] = null;
              f[sp++] = v;
              if (--owner.rc === 0) deallocate(owner);
            } else {
              // LOAD_ATTR_INSTANCE_VALUE's case: generic getattr, no attribute of that name on the
              // type (so no descriptor can take precedence), found in the instance __dict__.
              const d = owner.dict;
              let v: PyObject | null = null;
              if (d !== null && owner.type.tp_getattro === objectGetAttr && cachedTypeLookup(code, lasti, owner.type, name) === null) {
                v = dictGetStr(d, name);
                if (v !== null) v.rc++;
              }
              if (v === null) v = getAttr(owner, name);
              f[sp - 1] = v;
              if (--owner.rc === 0) deallocate(owner);
            }
            pc += 9;
            break;
          }
          case 95 /* STORE_ATTR */: {
            const owner = f[--sp]!;
            const v = f[--sp]!;
            f[sp] = f[sp + 1] = null;
            setAttr(owner, names[oparg], v);
            if (--owner.rc === 0) deallocate(owner);
            if (--v.rc === 0) deallocate(v);
            pc += 4;
            break;
          }
          case 96 /* DELETE_ATTR */: {
            const owner = f[--sp]!;
            f[sp] = null;
            setAttr(owner, names[oparg], null);
            if (--owner.rc === 0) deallocate(owner);
            break;
          }
          case 141 /* LOAD_SUPER_ATTR */: {
            const self = f[--sp]!;
            const cls = f[--sp]!;
            const globalSuper = f[--sp]!;
            f[sp] = f[sp + 1] = f[sp + 2] = null;
            const name = names[oparg >> 2];
            let sup: PyObject;
            if (globalSuper === builtinSuper) {
              sup = call(superType, [cls, self], null);
            } else sup = call(globalSuper, oparg & 2 ? [cls, self] : [], null);
            const v = getAttr(sup, name);
            if (--sup.rc === 0) deallocate(sup);
            if (--self.rc === 0) deallocate(self);
            if (--cls.rc === 0) deallocate(cls);
            if (--globalSuper.rc === 0) deallocate(globalSuper);
            if (oparg & 1) f[sp++] = null;
            f[sp++] = v;
            pc += 1;
            break;
          }
          case 172 /* KW_NAMES */:
            kwnames = ((consts[oparg] as PyTuple).items as PyStr[]).map((s) => s.s);
            break;
          case 171 /* CALL */: {
            const names2 = kwnames;
            kwnames = null;
            const isMeth = f[sp - oparg - 2] !== null;
            const total = isMeth ? oparg + 1 : oparg;
            const callable = isMeth ? f[sp - oparg - 2]! : f[sp - oparg - 1]!;
            const argBase = sp - total;
            pc += 3;
            if (callable.type === FUNCTION_TYPE) {
              const func = callable as PyFunction;
              const fcode = func.code;
              if (!(fcode.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
                // Python-to-Python call: a new frame, same loop.
                if (tstate.depth >= tstate.recursionLimit) throw raise(RecursionErrorType, 'maximum recursion depth exceeded');
                const nf = functionFrame(fcode, func);
                if (names2 === null && total === fcode.argcount && (fcode.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && fcode.kwonlyargcount === 0) {
                  // Why: the common exact-positional case moves the references without binding logic.
                  const nff = nf.f;
                  for (let i = 0; i < total; i++) {
                    nff[i] = f[argBase + i];
                    f[argBase + i] = null;
                  }
                } else {
                  const args = f.slice(argBase, sp) as PyObject[];
                  bindArgs(nf, func, args, names2);
                  for (let i = argBase; i < sp; i++) {
                    decref(f[i]!);
                    f[i] = null;
                  }
                }
                sp = argBase - (isMeth ? 1 : 2);
                f[sp] = null;
                f[sp + 1] = null;
                if (--callable.rc === 0) deallocate(callable);
                frame.sp = sp;
                frame.pc = pc;
                frame.lasti = lasti;
                nf.back = frame;
                frame = nf;
                tstate.frame = frame;
                tstate.depth++;
                code = fcode;
                units = code.units;
                consts = code.consts;
                names = code.names;
                f = frame.f;
                sp = frame.sp;
                pc = 0;
                lasti = -1;
                break;
              }
            }
            frame.sp = sp;
            frame.lasti = lasti;
            let r: PyObject;
            if (isMeth && callable.type === METHOD_DESCRIPTOR_TYPE) {
              const args = f.slice(argBase + 1, sp) as PyObject[];
              r = ((callable as PyBuiltin).fn as unknown as (s: PyObject, a: PyObject[], k: string[] | null) => PyObject)(f[argBase]!, args, names2);
            } else {
              const args = f.slice(argBase, sp) as PyObject[];
              r = call(callable, args, names2);
            }
            for (let i = argBase; i < sp; i++) {
              decref(f[i]!);
              f[i] = null;
            }
            // Stack below the arguments: [callable, self] for a method call, [NULL, callable]
            // otherwise; self was released with the arguments, so only `callable` is left.
            sp = argBase - (isMeth ? 1 : 2);
            if (--callable.rc === 0) deallocate(callable);
            f[sp + 1] = null;
            f[sp++] = r;
            // A native call that blocks (lock.acquire, time.sleep, join) parks its thread right
            // after it returns; the waker may replace its result (the top of the stack) on wake-up.
            if (evalBreaker.flag !== 0 && --evalBreaker.countdown <= 0 && evalBreaker.check!(/* afterBlockingCall */ true)) {
              frame.sp = sp;
              frame.pc = pc;
              frame.lasti = lasti;
              tstate.depth--;
              return SWITCHED;
            }
            break;
          }
          case 142 /* CALL_FUNCTION_EX */: {
            const kwargs = oparg & 1 ? f[--sp]! : null;
            const callargs = f[--sp]!;
            const func = f[--sp]!;
            const nul = f[--sp];
            f[sp] = f[sp + 1] = f[sp + 2] = f[sp + 3] = null;
            const args = callargs.type === tupleType ? (callargs as PyTuple).items.slice() : toArray(callargs);
            let kn: string[] | null = null;
            if (kwargs !== null && (kwargs as PyDict).size > 0) {
              kn = [];
              const d = kwargs as PyDict;
              for (let i = 0; i < d.keys.length; i++) {
                if (d.keys[i] === null) continue;
                kn.push((d.keys[i] as PyStr).s);
                args.push(d.values[i]!);
              }
            }
            // toArray gave new references (a non-tuple iterable); tuple items are borrowed.
            const ownedArgs = callargs.type === tupleType ? 0 : args.length - (kn === null ? 0 : kn.length);
            frame.sp = sp;
            frame.lasti = lasti;
            // A Python function (or a method bound to one): a new frame in this loop, as CALL does,
            // so `f(*args, **kw)` neither recurses in JS nor pins a green thread to its slice.
            let pyFunc: PyFunction | null = null;
            let boundSelf: PyObject | null = null;
            if (func.type === FUNCTION_TYPE) pyFunc = func as PyFunction;
            else if (func instanceof PyMethod && func.func.type === FUNCTION_TYPE) {
              pyFunc = func.func as PyFunction;
              boundSelf = func.self;
            }
            if (pyFunc !== null && !(pyFunc.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
              let nf: Frame;
              try {
                if (tstate.depth >= tstate.recursionLimit) throw raise(RecursionErrorType, 'maximum recursion depth exceeded');
                nf = functionFrame(pyFunc.code, pyFunc);
                if (boundSelf !== null) args.unshift(boundSelf);
                bindArgs(nf, pyFunc, args, kn);
              } finally {
                // The frame holds its own references now (or the call failed): release ours.
                for (let i = boundSelf !== null ? 1 : 0, n = i + ownedArgs; i < n; i++) decref(args[i]!);
                if (--callargs.rc === 0) deallocate(callargs);
                if (kwargs !== null) if (--kwargs.rc === 0) deallocate(kwargs);
                if (nul !== null) if (--nul.rc === 0) deallocate(nul);
                if (--func.rc === 0) deallocate(func);
              }
              frame.sp = sp;
              frame.pc = pc;
              frame.lasti = lasti;
              nf.back = frame;
              frame = nf;
              tstate.frame = frame;
              tstate.depth++;
              code = pyFunc.code;
              units = code.units;
              consts = code.consts;
              names = code.names;
              f = frame.f;
              sp = frame.sp;
              pc = 0;
              lasti = -1;
              break;
            }
            let r: PyObject;
            try {
              r = call(func, args, kn);
            } finally {
              for (let i = 0; i < ownedArgs; i++) decref(args[i]!);
              if (--callargs.rc === 0) deallocate(callargs);
              if (kwargs !== null) if (--kwargs.rc === 0) deallocate(kwargs);
              if (--func.rc === 0) deallocate(func);
              if (nul !== null) if (--nul.rc === 0) deallocate(nul);
            }
            f[sp++] = r;
            // A blocking call made through f(*args) parks here, as after CALL.
            if (evalBreaker.flag !== 0 && --evalBreaker.countdown <= 0 && evalBreaker.check!(/* afterBlockingCall */ true)) {
              frame.sp = sp;
              frame.pc = pc;
              frame.lasti = lasti;
              tstate.depth--;
              return SWITCHED;
            }
            break;
          }
          case 132 /* MAKE_FUNCTION */: {
            const fcode = f[--sp] as CodeInfo;
            f[sp] = null;
            const fn = new PyFunction(FUNCTION_TYPE, fcode, frame.globals, frame.builtins, internStr(fcode.name), newStr(fcode.qualname));
            if (oparg & 0x08) {
              const c = f[--sp] as PyTuple;
              f[sp] = null;
              fn.closure = c.items.map((x) => newref(x as PyCell));
              if (--c.rc === 0) deallocate(c);
            }
            if (oparg & 0x04) {
              fn.annotations = f[--sp];
              f[sp] = null;
            }
            if (oparg & 0x02) {
              fn.kwdefaults = f[--sp] as PyDict;
              f[sp] = null;
            }
            if (oparg & 0x01) {
              fn.defaults = f[--sp] as PyTuple;
              f[sp] = null;
            }
            const c0 = fcode.consts[0];
            if (c0 !== undefined && c0.type === strType) fn.doc = c0;
            f[sp++] = fn;
            break;
          }
          case 85 /* SETUP_ANNOTATIONS */:
            if (frame.locals !== null && dictGetStr(frame.locals, '__annotations__') === null) {
              const d = newDict();
              dictSetStr(frame.locals, '__annotations__', d);
              if (--d.rc === 0) deallocate(d);
            }
            break;
          case 71 /* LOAD_BUILD_CLASS */:
            f[sp++] = newref(loopHooks.buildClass!);
            break;
          case 74 /* LOAD_ASSERTION_ERROR */:
            f[sp++] = newref(AssertionErrorType);
            break;
          case 102 /* BUILD_TUPLE */: {
            const items = f.slice(sp - oparg, sp) as PyObject[];
            for (let i = sp - oparg; i < sp; i++) f[i] = null;
            sp -= oparg;
            f[sp++] = newTuple(items);
            break;
          }
          case 103 /* BUILD_LIST */: {
            const items = f.slice(sp - oparg, sp) as PyObject[];
            for (let i = sp - oparg; i < sp; i++) f[i] = null;
            sp -= oparg;
            f[sp++] = newList(items);
            break;
          }
          case 104 /* BUILD_SET */: {
            const s = newSet();
            for (let i = sp - oparg; i < sp; i++) {
              setAdd(s, f[i]!);
              decref(f[i]!);
              f[i] = null;
            }
            sp -= oparg;
            f[sp++] = s;
            break;
          }
          case 105 /* BUILD_MAP */: {
            const d = newDict();
            for (let i = sp - 2 * oparg; i < sp; i += 2) {
              dictSet(d, f[i]!, f[i + 1]!);
              decref(f[i]!);
              decref(f[i + 1]!);
              f[i] = f[i + 1] = null;
            }
            sp -= 2 * oparg;
            f[sp++] = d;
            break;
          }
          case 156 /* BUILD_CONST_KEY_MAP */: {
            const keys = f[--sp] as PyTuple;
            f[sp] = null;
            const d = newDict();
            for (let i = 0; i < oparg; i++) {
              const v = f[sp - oparg + i]!;
              dictSet(d, keys.items[i], v);
              if (--v.rc === 0) deallocate(v);
              f[sp - oparg + i] = null;
            }
            if (--keys.rc === 0) deallocate(keys);
            sp -= oparg;
            f[sp++] = d;
            break;
          }
          case 157 /* BUILD_STRING */: {
            let s = '';
            for (let i = sp - oparg; i < sp; i++) {
              s += (f[i] as PyStr).s;
              decref(f[i]!);
              f[i] = null;
            }
            sp -= oparg;
            f[sp++] = newStr(s);
            break;
          }
          case 155 /* FORMAT_VALUE */: {
            const spec = oparg & 4 ? f[--sp] : null;
            if (spec !== null) f[sp] = null;
            const v = f[sp - 1]!;
            const conv = oparg & 3;
            let x: PyObject = v;
            if (conv === 1) x = newStr(str(v));
            else if (conv === 2) x = newStr(repr(v));
            else if (conv === 3) x = newStr(asciiOf(repr(v)));
            else x.rc++;
            let formatted: PyObject;
            try {
              formatted = formatValue(x, spec === null ? '' : (spec as PyStr).s);
            } finally {
              // On an error `v` is still on the stack for the unwinder; the converted value and
              // the popped spec are ours to release either way.
              if (--x.rc === 0) deallocate(x);
              if (spec !== null) if (--spec.rc === 0) deallocate(spec);
            }
            f[sp - 1] = formatted;
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 145 /* LIST_APPEND */: {
            const v = f[--sp]!;
            f[sp] = null;
            (f[sp - oparg] as PyList).items.push(v);
            break;
          }
          case 146 /* SET_ADD */: {
            const v = f[--sp]!;
            f[sp] = null;
            setAdd(f[sp - oparg] as never, v);
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 147 /* MAP_ADD */: {
            const v = f[--sp]!;
            const k = f[--sp]!;
            f[sp] = f[sp + 1] = null;
            dictSet(f[sp - oparg] as PyDict, k, v);
            if (--k.rc === 0) deallocate(k);
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 162 /* LIST_EXTEND */: {
            const v = f[--sp]!;
            f[sp] = null;
            if (v.type.tp_iter === null && v.type.mp_subscript === null) {
              throw raise(TypeErrorType, `Value after * must be an iterable, not ${v.type.name}`);
            }
            (f[sp - oparg] as PyList).items.push(...toArray(v));
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 163 /* SET_UPDATE */: {
            const v = f[--sp]!;
            f[sp] = null;
            for (const x of toArray(v)) {
              setAdd(f[sp - oparg] as never, x);
              if (--x.rc === 0) deallocate(x);
            }
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 165 /* DICT_UPDATE */: {
            const v = f[--sp]!;
            f[sp] = null;
            if (!isDictObj(v) && lookupType(v.type, 'keys') === null) {
              throw raise(TypeErrorType, `'${v.type.name}' object is not a mapping`);
            }
            dictMerge(f[sp - oparg] as PyDict, v);
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 164 /* DICT_MERGE */: {
            const v = f[--sp]!;
            f[sp] = null;
            const target = f[sp - oparg] as PyDict;
            const funcObj = f[sp - oparg - 3];
            if (!isDictObj(v) && lookupType(v.type, 'keys') === null) {
              throw raise(TypeErrorType, `${funcDesc(funcObj)} argument after ** must be a mapping, not ${v.type.name}`);
            }
            const src = newDict();
            dictMerge(src, v);
            for (let i = 0; i < src.keys.length; i++) {
              const k = src.keys[i];
              if (k === null) continue;
              if (dictGet(target, k) !== null) throw raise(TypeErrorType, `${funcDesc(funcObj)} got multiple values for keyword argument '${str(k)}'`);
              dictSet(target, k, src.values[i]!);
            }
            if (--src.rc === 0) deallocate(src);
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 92 /* UNPACK_SEQUENCE */: {
            const seq = f[--sp]!;
            f[sp] = null;
            let items: PyObject[];
            if ((seq.type === tupleType || seq.type === LIST_TYPE) && (seq as PyTuple).items.length === oparg) {
              items = (seq as PyTuple).items;
              for (let i = oparg - 1; i >= 0; i--) f[sp++] = newref(items[i]);
            } else {
              if (seq.type.tp_iter === null && seq.type.mp_subscript === null) {
                throw raise(TypeErrorType, `cannot unpack non-iterable ${seq.type.name} object`);
              }
              const it = getIter(seq);
              items = [];
              for (let v = iterNext(it); v !== null; v = iterNext(it)) {
                items.push(v);
                if (items.length > oparg) break;
              }
              if (--it.rc === 0) deallocate(it);
              if (items.length < oparg) {
                for (const x of items) if (--x.rc === 0) deallocate(x);
                throw raise(ValueErrorType, `not enough values to unpack (expected ${oparg}, got ${items.length})`);
              }
              if (items.length > oparg) {
                for (const x of items) if (--x.rc === 0) deallocate(x);
                const n = seq.type === LIST_TYPE || seq.type === tupleType || seq.type === strType || isDictObj(seq) ? `, got ${len(seq)}` : '';
                throw raise(ValueErrorType, `too many values to unpack (expected ${oparg}${n})`);
              }
              for (let i = oparg - 1; i >= 0; i--) f[sp++] = items[i];
            }
            if (--seq.rc === 0) deallocate(seq);
            pc += 1;
            break;
          }
          case 94 /* UNPACK_EX */: {
            const before = oparg & 0xff;
            const after = oparg >> 8;
            const seq = f[--sp]!;
            f[sp] = null;
            if (seq.type.tp_iter === null && seq.type.mp_subscript === null) throw raise(TypeErrorType, `cannot unpack non-iterable ${seq.type.name} object`);
            const items = toArray(seq);
            if (--seq.rc === 0) deallocate(seq);
            if (items.length < before + after) {
              for (const x of items) if (--x.rc === 0) deallocate(x);
              throw raise(ValueErrorType, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
            }
            for (let i = items.length - 1; i >= items.length - after; i--) f[sp++] = items[i];
            f[sp++] = newList(items.slice(before, items.length - after));
            for (let i = before - 1; i >= 0; i--) f[sp++] = items[i];
            break;
          }
          case 110 /* JUMP_FORWARD */:
            pc += oparg;
            break;
          case 140 /* JUMP_BACKWARD */:
            pc -= oparg;
            // A safe point (a backward jump): the thread may be switched out here.
            if (evalBreaker.flag !== 0 && --evalBreaker.countdown <= 0 && evalBreaker.check!(/* afterBlockingCall */ false)) {
              frame.sp = sp;
              frame.pc = pc;
              frame.lasti = lasti;
              tstate.depth--;
              return SWITCHED;
            }
            break;
          case 134 /* JUMP_BACKWARD_NO_INTERRUPT */:
            pc -= oparg;
            break;
          case 114 /* POP_JUMP_IF_FALSE */: {
            const v = f[--sp]!;
            f[sp] = null;
            if (v === FALSE || (v !== TRUE && !truth(v))) pc += oparg;
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 115 /* POP_JUMP_IF_TRUE */: {
            const v = f[--sp]!;
            f[sp] = null;
            if (v === TRUE || (v !== FALSE && truth(v))) pc += oparg;
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 129 /* POP_JUMP_IF_NONE */: {
            const v = f[--sp]!;
            f[sp] = null;
            if (v === NONE) pc += oparg;
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 128 /* POP_JUMP_IF_NOT_NONE */: {
            const v = f[--sp]!;
            f[sp] = null;
            if (v !== NONE) pc += oparg;
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 130 /* RAISE_VARARGS */: {
            if (oparg === 0) {
              const e = tstate.excInfo;
              if (e === NONE) throw raise(RuntimeErrorType, 'No active exception to reraise');
              skipTraceback = true;
              raised = newref(e) as PyBaseException;
              break dispatch;
            }
            let cause: PyObject | null = null;
            if (oparg === 2) {
              cause = f[--sp]!;
              f[sp] = null;
            }
            const x = f[--sp]!;
            f[sp] = null;
            const e = makeRaisable(x);
            if (--x.rc === 0) deallocate(x);
            if (cause !== null) {
              if (cause === NONE) e.cause = null;
              else {
                const c = makeRaisable(cause);
                e.cause = c;
              }
              e.suppressContext = true;
              if (--cause.rc === 0) deallocate(cause);
            }
            raised = e;
            break dispatch;
          }
          case 119 /* RERAISE */: {
            const e = f[--sp]!;
            f[sp] = null;
            if (oparg) {
              // The traceback reports the original instruction; the handler lookup below still
              // uses this RERAISE's own offset (CPython's INSTR_OFFSET, not f_lasti).
              reraiseLasti = (f[sp - oparg] as PyInt).n;
            }
            skipTraceback = true;
            raised = e as PyBaseException;
            break dispatch;
          }
          case 35 /* PUSH_EXC_INFO */: {
            const e = f[sp - 1]!;
            f[sp - 1] = tstate.excInfo;
            f[sp++] = e;
            tstate.excInfo = newref(e);
            break;
          }
          case 89 /* POP_EXCEPT */: {
            const prev = f[--sp]!;
            f[sp] = null;
            const cur = tstate.excInfo;
            tstate.excInfo = prev;
            if (--cur.rc === 0) deallocate(cur);
            break;
          }
          case 36 /* CHECK_EXC_MATCH */: {
            const cls = f[sp - 1]!;
            const exc = f[sp - 2]!;
            f[sp - 1] = exceptionMatches(exc, cls) ? TRUE : FALSE;
            if (--cls.rc === 0) deallocate(cls);
            break;
          }
          case 37 /* CHECK_EG_MATCH */:
            throw raise(SystemErrorType, 'except* is not supported yet');
          case 53 /* BEFORE_WITH */: {
            const mgr = f[sp - 1]!;
            const enter = lookupType(mgr.type, '__enter__');
            const exit = lookupType(mgr.type, '__exit__');
            if (enter === null) throw raise(TypeErrorType, `'${mgr.type.name}' object does not support the context manager protocol`);
            if (exit === null) throw raise(TypeErrorType, `'${mgr.type.name}' object does not support the context manager protocol (missed __exit__ method)`);
            const boundExit = getAttr(mgr, '__exit__');
            f[sp - 1] = boundExit;
            frame.sp = sp;
            if (enter.type === FUNCTION_TYPE && !((enter as PyFunction).code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
              // A Python `__enter__` runs as a frame of this loop (its result lands above the bound
              // __exit__ when it returns), not through a native re-entry: a green thread may then
              // block or be switched inside it (`with condition:` waits on a lock).
              const func = enter as PyFunction;
              const fcode = func.code;
              if (tstate.depth >= tstate.recursionLimit) {
                if (--mgr.rc === 0) deallocate(mgr);
                throw raise(RecursionErrorType, 'maximum recursion depth exceeded');
              }
              const nf = functionFrame(fcode, func);
              if (fcode.argcount === 1 && (fcode.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && fcode.kwonlyargcount === 0) {
                nf.f[0] = mgr; // the stack's reference moves to the new frame
              } else {
                try {
                  bindArgs(nf, func, [mgr], null);
                } finally {
                  if (--mgr.rc === 0) deallocate(mgr);
                }
              }
              frame.pc = pc;
              frame.lasti = lasti;
              nf.back = frame;
              frame = nf;
              tstate.frame = frame;
              tstate.depth++;
              code = fcode;
              units = code.units;
              consts = code.consts;
              names = code.names;
              f = frame.f;
              sp = frame.sp;
              pc = 0;
              lasti = -1;
              break;
            }
            const res = callSpecial(mgr, '__enter__', [])!;
            if (--mgr.rc === 0) deallocate(mgr);
            f[sp++] = res;
            // `with lock:` blocks in __enter__: park as after a blocking CALL.
            if (evalBreaker.flag !== 0 && --evalBreaker.countdown <= 0 && evalBreaker.check!(/* afterBlockingCall */ true)) {
              frame.sp = sp;
              frame.pc = pc;
              frame.lasti = lasti;
              tstate.depth--;
              return SWITCHED;
            }
            break;
          }
          case 49 /* WITH_EXCEPT_START */: {
            const val = f[sp - 1]! as PyBaseException;
            const exitFunc = f[sp - 4]!;
            const r = call(exitFunc, [val.type, val, val.traceback ?? NONE], null);
            f[sp++] = r;
            break;
          }
          case 55 /* CLEANUP_THROW */: {
            const excValue = f[--sp]!;
            f[sp] = null;
            if (isStopIteration(excValue)) {
              const value = newref((excValue as PyBaseException).args.items[0] ?? NONE);
              const last = f[--sp]!;
              const sub = f[sp - 1]!;
              f[sp] = null;
              if (--last.rc === 0) deallocate(last);
              if (--sub.rc === 0) deallocate(sub);
              f[sp - 1] = NONE;
              f[sp++] = value;
              if (--excValue.rc === 0) deallocate(excValue);
            } else {
              skipTraceback = true;
              throw excValue;
            }
            break;
          }
          case 30 /* GET_LEN */: {
            f[sp] = newInt(len(f[sp - 1]!));
            sp++;
            break;
          }
          case 31 /* MATCH_MAPPING */: {
            const v = f[sp - 1]!;
            f[sp++] = isDictObj(v) ? TRUE : FALSE;
            break;
          }
          case 32 /* MATCH_SEQUENCE */: {
            const v = f[sp - 1]!;
            const t = v.type;
            f[sp++] = (isSubtype(t, LIST_TYPE) || isSubtype(t, tupleType) || t.name === 'range') && !isSubtype(t, strType) ? TRUE : FALSE;
            break;
          }
          case 33 /* MATCH_KEYS */: {
            const keys = f[sp - 1] as PyTuple;
            const subject = f[sp - 2]!;
            const values: PyObject[] = [];
            let ok = true;
            for (const k of keys.items) {
              const v = isDictObj(subject) ? dictGet(subject, k) : null;
              if (v === null) {
                ok = false;
                break;
              }
              values.push(newref(v));
            }
            if (ok) f[sp++] = newTuple(values);
            else {
              for (const v of values) if (--v.rc === 0) deallocate(v);
              f[sp++] = NONE;
            }
            break;
          }
          case 152 /* MATCH_CLASS */: {
            const attrNames = f[--sp] as PyTuple;
            const cls = f[--sp]!;
            const subject = f[sp - 1]!;
            f[sp] = f[sp + 1] = null;
            f[sp - 1] = matchClass(subject, cls, oparg, attrNames);
            if (--attrNames.rc === 0) deallocate(attrNames);
            if (--cls.rc === 0) deallocate(cls);
            if (--subject.rc === 0) deallocate(subject);
            break;
          }
          case 173 /* CALL_INTRINSIC_1 */: {
            const v = f[sp - 1]!;
            let r: PyObject;
            switch (oparg) {
              case 5 /* INTRINSIC_UNARY_POSITIVE */:
                r = unaryPositive(v);
                break;
              case 6 /* INTRINSIC_LIST_TO_TUPLE */:
                r = newTuple((v as PyList).items.map((x) => newref(x)));
                break;
              case 3 /* INTRINSIC_STOPITERATION_ERROR */:
                if (isStopIteration(v)) {
                  const e = raise(RuntimeErrorType, 'generator raised StopIteration');
                  e.cause = newref(v as PyBaseException);
                  e.context = newref(v as PyBaseException);
                  e.suppressContext = true;
                  throw e;
                }
                r = newref(v);
                break;
              case 2 /* INTRINSIC_IMPORT_STAR */: {
                loopHooks.importStar!(v, frame.locals!);
                r = NONE;
                break;
              }
              default:
                throw raise(SystemErrorType, `intrinsic ${oparg} is not supported yet`);
            }
            f[sp - 1] = r;
            if (--v.rc === 0) deallocate(v);
            break;
          }
          case 108 /* IMPORT_NAME */: {
            const fromlist = f[--sp]!;
            const level = f[--sp]! as PyInt;
            f[sp] = f[sp + 1] = null;
            const m = loopHooks.importName!(names[oparg], fromlist, level.n, frame.globals);
            if (--fromlist.rc === 0) deallocate(fromlist);
            f[sp++] = m;
            break;
          }
          case 109 /* IMPORT_FROM */: {
            const mod = f[sp - 1]!;
            f[sp++] = loopHooks.importFrom!(mod, names[oparg]);
            break;
          }
          case 3 /* INTERPRETER_EXIT */:
            throw raise(SystemErrorType, 'INTERPRETER_EXIT');
          default:
            throw raise(SystemErrorType, `unknown opcode ${opcode} (${OPNAME[opcode] ?? '?'})`);
        }
      }
    } catch (thrown) {
      raised = toPyException(thrown);
    }
    {
      const exc = raised!;
      raised = null;
      frame.lasti = lasti;
      frame.sp = sp;
      let lookupAt = lasti;
      if (reraiseLasti >= 0) {
        frame.lasti = reraiseLasti;
        reraiseLasti = -1;
      }
      // Context chaining at the first catch (what _PyErr_SetObject does at raise time).
      const handled = tstate.excInfo;
      if (handled !== NONE && handled !== exc && exc.context === null) exc.context = newref(handled as PyBaseException);
      if (!skipTraceback) addTraceback(exc, frame);
      skipTraceback = false;
      kwnames = null;
      for (;;) {
        const h = findHandler(frame.code.exceptionTable, lookupAt);
        if (h >= 0) {
          const table = frame.code.exceptionTable;
          const depth = table[h + 3] >> 1;
          const pushLasti = table[h + 3] & 1;
          const base = frame.code.nlocalsplus + depth;
          const ff = frame.f;
          while (frame.sp > base) {
            const v = ff[--frame.sp];
            ff[frame.sp] = null;
            if (v !== null) if (--v.rc === 0) deallocate(v);
          }
          if (pushLasti) ff[frame.sp++] = newInt(frame.lasti);
          frame.lasti = lookupAt;
          ff[frame.sp++] = exc;
          frame.pc = table[h + 2];
          break;
        }
        // No handler: the frame is done.
        discardFrame(frame);
        tstate.depth--;
        if (frame.gen !== null) frame.gen.finished = true;
        if (frame.entry) {
          tstate.frame = frame.back;
          throw exc;
        }
        frame = frame.back!;
        tstate.frame = frame;
        lookupAt = frame.lasti;
        addTraceback(exc, frame);
      }
      code = frame.code;
      units = code.units;
      consts = code.consts;
      names = code.names;
      f = frame.f;
      sp = frame.sp;
      pc = frame.pc;
      lasti = frame.lasti;
    }
  }
}

function funcDesc(o: PyObject | null | undefined): string {
  if (o && o.type === functionType) return `${(o as PyFunction).qualname.s}()`;
  if (o && o.type.name === 'builtin_function_or_method') return `${(o as PyBuiltin).name}()`;
  return o ? `${o.type.name} object` : 'function';
}

function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 65536) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}
export { asciiOf };

/** Types whose single positional pattern matches the subject itself (_Py_TPFLAGS_MATCH_SELF). */
function matchSelf(t: PyType): boolean {
  return [boolType, intType, floatType, strType, listType, tupleType, dictType].some((b) => b === t) || ['bytes', 'bytearray', 'set', 'frozenset'].includes(t.name);
}

function matchClass(subject: PyObject, cls: PyObject, nargs: number, kwNames: PyTuple): PyObject {
  if (!(cls.type === typeType || isSubtype(cls.type, typeType))) throw raise(TypeErrorType, 'called match pattern must be a class');
  if (!isInstance(subject, cls as PyType)) return None;
  const out: PyObject[] = [];
  const seen = new Set<string>();
  if (nargs > 0) {
    const matchArgs = lookupAttr(cls, '__match_args__');
    if (matchArgs === null) {
      let t: PyType | null = cls as PyType;
      while (t !== null && !matchSelf(t)) t = t.base;
      if (t === null || t === objectType) throw raise(TypeErrorType, `${(cls as PyType).name}() accepts 0 positional sub-patterns (${nargs} given)`);
      if (nargs > 1) throw raise(TypeErrorType, `${(cls as PyType).name}() accepts 1 positional sub-pattern (${nargs} given)`);
      out.push(newref(subject));
    } else {
      const names = (matchArgs as PyTuple).items;
      if (nargs > names.length) throw raise(TypeErrorType, `${(cls as PyType).name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${nargs} given)`);
      for (let i = 0; i < nargs; i++) {
        const n = (names[i] as PyStr).s;
        seen.add(n);
        const v = lookupAttr(subject, n);
        if (v === null) {
          for (const x of out) if (--x.rc === 0) deallocate(x);
          return None;
        }
        out.push(v);
      }
    }
  }
  for (const k of kwNames.items) {
    const n = (k as PyStr).s;
    if (seen.has(n)) throw raise(TypeErrorType, `${(cls as PyType).name}() got multiple sub-patterns for attribute '${n}'`);
    const v = lookupAttr(subject, n);
    if (v === null) {
      for (const x of out) if (--x.rc === 0) deallocate(x);
      return None;
    }
    out.push(v);
  }
  return newTuple(out);
}

/** The generic getattr of `object`, for the method-load shortcut (set in init). */
let objectGetAttr: unknown = null;
let builtinSuper: PyObject = superType;

function zeroArgSuper(): [PyType, PyObject] {
  const frame = tstate.frame;
  if (frame === null) throw raise(RuntimeErrorType, 'super(): no current frame');
  const code = frame.code;
  if (code.argcount === 0 && !(code.flags & CO_VARARGS)) throw raise(RuntimeErrorType, 'super(): no arguments');
  let first = frame.f[0];
  if (first !== null && code.localspluskinds[0] & CO_FAST_CELL && first.type === cellType) first = (first as PyCell).ref;
  if (first === null) throw raise(RuntimeErrorType, 'super(): arg[0] deleted');
  const i = code.localsplusnames.indexOf('__class__');
  if (i < 0 || !(code.localspluskinds[i] & CO_FAST_FREE)) throw raise(RuntimeErrorType, 'super(): __class__ cell not found');
  const cell = frame.f[i] as PyCell;
  if (cell === null || cell.ref === null) throw raise(RuntimeErrorType, 'super(): empty __class__ cell');
  return [cell.ref as PyType, first];
}

/*
 * Why `if (--x.rc === 0) deallocate(x)` instead of `decref(x)` throughout this file: the loop is
 * too large for TurboFan to inline every decref call, and a call per operand costs more than
 * the test.
 *
 * Why module-local copies: imported bindings compile (under esbuild/tsx and swc) to getter calls
 * on the exporting module; the loop reads these on nearly every instruction.
 */
let NONE: PyObject = null as unknown as PyObject;
let TRUE: PyObject = null as unknown as PyObject;
let FALSE: PyObject = null as unknown as PyObject;
let INT_TYPE: PyType = null as unknown as PyType;
let LIST_TYPE: PyType = null as unknown as PyType;
let FLOAT_TYPE: PyType = null as unknown as PyType;
let FUNCTION_TYPE: PyType = null as unknown as PyType;
let METHOD_DESCRIPTOR_TYPE: PyType = null as unknown as PyType;

export function initEval(): void {
  NONE = None;
  TRUE = True;
  FALSE = False;
  INT_TYPE = intType;
  LIST_TYPE = listType;
  FLOAT_TYPE = floatType;
  FUNCTION_TYPE = functionType;
  METHOD_DESCRIPTOR_TYPE = methodDescriptorType;
  objectGetAttr = objectType.tp_getattro;
  builtinSuper = superType;
  superHook.zeroArgs = zeroArgSuper;
  initGenerators();
  void AttributeErrorType; void ModuleNotFoundErrorType; void KeyErrorType; void keyError; void compareBool; void incref; void xdecref;
  void dictDel; void isStr; void isInt; void emptyTuple; void newBool; void throwStop;
}
