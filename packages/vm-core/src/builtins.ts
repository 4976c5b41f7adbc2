/**
 * The `builtins` module (Python/bltinmodule.c) and a first `sys` module: print, len, repr, iter,
 * next, isinstance/issubclass, getattr family, min/max/sum/any/all, sorted, abs, round, divmod,
 * pow, hex/oct/bin, chr/ord, hash, id, callable, format, enumerate/zip/map/filter/reversed as
 * iterator types, `__build_class__`, the exception classes, and `sys.getrefcount`,
 * `sys.getrecursionlimit`, `sys.exit`, `sys.argv`, `sys.getsizeof`. Output goes through the
 * run's stdout/stderr writers.
 */
import {
  IMMORTAL_FLOOR, PyBaseException, PyDict, PyFunction, PyInt, PyIter, PyList, PyModule, PyObject, PyStr, PyTuple, PyType, PyWrapper,
  decref, newref, xdecref,
} from './object.js';
import { IMMORTAL_REFCOUNT } from '@pyglass/interfaces';
import { importFrom, importName, importStar, importState } from './import.js';
import { compileBuiltin, evalBuiltin, execBuiltin } from './exec.js';
import { sched } from './threads.js';
import { getIntMaxStrDigits, setIntMaxStrDigits } from './primitives/int-str.js';
import {
  call, compareBool, getAttr, getIter, hashInto, indexValue, isInstance, isSubtype, iterNext, len, lookupAttr, lookupType, repr,
  richEq, setAttr, str, toArray, truth, attributeError, hashAsNumber, binaryOp, isStopIteration, callMethod,
} from './abstract.js';
import {
  AttributeErrorType, StopIterationType, SystemExitType, TypeErrorType, ValueErrorType, allBuiltinTypes, baseExceptionType,
  enumerateType, exceptionTypes, filterType, mapType, moduleType, reversedType, tupleType, typeType, zipType, ModuleNotFoundErrorType,
  floatType, intType, strType, callIteratorType, ImportErrorType,
} from './types.js';
import {
  Ellipsis, False, None, NotImplemented, True, newBool, newException, newFloat, newInt, newList, newStr, newTuple, raise, bigOf, newBigInt,
} from './objects/values.js';
import { dictClear, dictGetStr, dictSetStr, dictSetStrOwned, newDict } from './objects/dict.js';
import { checkArgs, newBuiltin, noKwargs, splitKw, type NativeFn } from './objects/typeobject.js';
import { PyHash } from './primitives/hash-value.js';
import { isInt, roundHalfEven } from './objects/numbers.js';
import { sortItems, isStr, strRepr } from './objects/sequences.js';
import { formatValue } from './format.js';
import { loopHooks, runBody, tstate, asciiOf, lastGeneratorReturn } from './eval.js';
import { NB_POWER, NB_FLOOR_DIVIDE, NB_REMAINDER } from '@pyglass/interfaces';
import { PyFloat } from './object.js';
import { hashInt, CPYTHON_NONE_HASH } from './primitives/hash.js';
function noneTypeRef(): PyType {
  return allBuiltinTypes.find((t) => t.name === 'NoneType')!;
}

export interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const io: IO = { stdout: () => undefined, stderr: () => undefined };

function def(d: PyDict, name: string, fn: NativeFn): void {
  const b = newBuiltin(name, fn);
  dictSetStr(d, name, b);
  decref(b);
}

/** Iterator types implemented natively: seq = the source iterator(s), in a PyWrapper. */
function initIteratorTypes(): void {
  // enumerate: a = iterator, b = count
  enumerateType.tp_new = (_t, args, kw) => {
    const [pos, k] = splitKw(args, kw);
    const it = getIter(pos[0] ?? k?.get('iterable') ?? None);
    const start = pos[1] ?? k?.get('start') ?? newInt(0);
    return new PyWrapper(enumerateType, it, newref(start), null, null, 56);
  };
  enumerateType.tp_iter = (o) => newref(o);
  enumerateType.tp_iternext = (o) => {
    const w = o as PyWrapper;
    const v = iterNext(w.a!);
    if (v === null) return null;
    const i = w.b!;
    w.b = binaryOp(i, newInt(1), 0);
    return newTuple([i, v]);
  };
  // zip: a = tuple of iterators, b = strict flag
  zipType.tp_new = (_t, args, kw) => {
    const [pos, k] = splitKw(args, kw);
    const its = pos.map((p, i) => {
      try {
        return getIter(p);
      } catch (e) {
        if (e instanceof PyBaseException && isSubtype(e.type, TypeErrorType)) throw raise(TypeErrorType, `zip argument #${i + 1} must support iteration`);
        throw e;
      }
    });
    const strict = k?.get('strict');
    return new PyWrapper(zipType, newTuple(its), strict !== undefined && truth(strict) ? True : False, null, null, 48);
  };
  zipType.tp_iter = (o) => newref(o);
  zipType.tp_iternext = (o) => {
    const w = o as PyWrapper;
    const its = (w.a as PyTuple).items;
    if (its.length === 0) return null;
    const out: PyObject[] = [];
    for (const it of its) {
      const v = iterNext(it);
      if (v === null) {
        for (const x of out) decref(x);
        return null;
      }
      out.push(v);
    }
    return newTuple(out);
  };
  // map: a = function, b = tuple of iterators
  mapType.tp_new = (_t, args) => {
    if (args.length < 2) throw raise(TypeErrorType, 'map() must have at least two arguments.');
    return new PyWrapper(mapType, newref(args[0]), newTuple(args.slice(1).map((a) => getIter(a))), null, null, 48);
  };
  mapType.tp_iter = (o) => newref(o);
  // What these iterators hold (a, b: owned references, or immortal flags) is released with them.
  const releaseWrapper = (o: PyObject): void => {
    const w = o as PyWrapper;
    xdecref(w.a);
    xdecref(w.b);
  };
  enumerateType.dealloc = zipType.dealloc = mapType.dealloc = filterType.dealloc = callIteratorType.dealloc = releaseWrapper;
  mapType.tp_iternext = (o) => {
    const w = o as PyWrapper;
    const vals: PyObject[] = [];
    for (const it of (w.b as PyTuple).items) {
      const v = iterNext(it);
      if (v === null) {
        for (const x of vals) decref(x);
        return null;
      }
      vals.push(v);
    }
    const r = call(w.a!, vals, null);
    for (const x of vals) decref(x);
    return r;
  };
  // filter: a = predicate (None = truth), b = iterator
  filterType.tp_new = (_t, args) => new PyWrapper(filterType, newref(args[0]), getIter(args[1]), null, null, 48);
  filterType.tp_iter = (o) => newref(o);
  filterType.tp_iternext = (o) => {
    const w = o as PyWrapper;
    for (;;) {
      const v = iterNext(w.b!);
      if (v === null) return null;
      let ok: boolean;
      if (w.a === None) ok = truth(v);
      else {
        const r = call(w.a!, [v], null);
        ok = truth(r);
        decref(r);
      }
      if (ok) return v;
      decref(v);
    }
  };
  reversedType.tp_new = (_t, args) => {
    const seq = args[0];
    const rev = lookupType(seq.type, '__reversed__');
    if (rev !== null) return callMethod(seq, '__reversed__', []);
    if (seq.type.mp_subscript === null || seq.type.mp_length === null) throw raise(TypeErrorType, `'${seq.type.name}' object is not reversible`);
    return new PyIter(reversedType, newref(seq), len(seq) - 1, 0, -1);
  };
  reversedType.tp_iter = (o) => newref(o);
  reversedType.tp_iternext = (o) => {
    const it = o as PyIter;
    if (it.i < 0 || it.seq === null) return null;
    const i = newInt(it.i--);
    const v = it.seq.type.mp_subscript!(it.seq, i);
    decref(i);
    return v;
  };
  callIteratorType.tp_iter = (o) => newref(o);
  callIteratorType.tp_iternext = (o) => {
    const w = o as PyWrapper;
    const v = call(w.a!, [], null);
    if (richEq(v, w.b!)) {
      decref(v);
      return null;
    }
    return v;
  };
}

function minmax(args: PyObject[], kwnames: string[] | null, name: string, op: number): PyObject {
  const [pos, kw] = splitKw(args, kwnames);
  const key = kw?.get('key') ?? None;
  const dflt = kw?.get('default');
  let items: PyObject[];
  if (pos.length === 0) throw raise(TypeErrorType, `${name} expected at least 1 argument, got 0`);
  if (pos.length === 1) items = toArray(pos[0]);
  else {
    if (dflt !== undefined) throw raise(TypeErrorType, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = pos.map((p) => newref(p));
  }
  if (items.length === 0) {
    if (dflt !== undefined) return newref(dflt);
    throw raise(ValueErrorType, `${name}() iterable argument is empty`);
  }
  // The items (new references from toArray) and the key results are released on every exit.
  let bestKey: PyObject | null = null;
  try {
    let best = items[0];
    bestKey = key === None ? best : call(key, [best], null);
    for (let i = 1; i < items.length; i++) {
      const k = key === None ? items[i] : call(key, [items[i]], null);
      let better: boolean;
      try {
        better = compareBool(k, bestKey, op);
      } catch (e) {
        if (key !== None) decref(k);
        throw e;
      }
      if (better) {
        best = items[i];
        if (key !== None) decref(bestKey);
        bestKey = k;
      } else if (key !== None) decref(k);
    }
    return newref(best);
  } finally {
    if (key !== None && bestKey !== null) decref(bestKey);
    for (const x of items) decref(x);
  }
}

export function makeBuiltins(): PyDict {
  const b = newDict();
  for (const t of allBuiltinTypes) {
    if (['int', 'bool', 'float', 'str', 'list', 'tuple', 'dict', 'set', 'frozenset', 'object', 'type', 'range', 'slice', 'property',
      'classmethod', 'staticmethod', 'super', 'enumerate', 'zip', 'map', 'filter', 'reversed', 'bytes', 'complex'].includes(t.name)) dictSetStr(b, t.name, t);
  }
  for (const [name, t] of exceptionTypes) dictSetStr(b, name, t);
  dictSetStr(b, 'None', None);
  dictSetStr(b, 'Ellipsis', Ellipsis);
  dictSetStr(b, 'NotImplemented', NotImplemented);
  dictSetStr(b, 'True', True);
  dictSetStr(b, 'False', False);
  dictSetStr(b, 'EnvironmentError', exceptionTypes.get('OSError')!);
  dictSetStr(b, 'IOError', exceptionTypes.get('OSError')!);

  def(b, 'print', (_s, args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    const sepO = kw?.get('sep') ?? None;
    const endO = kw?.get('end') ?? None;
    const file = kw?.get('file') ?? None;
    if (sepO !== None && !isStr(sepO)) throw raise(TypeErrorType, `sep must be None or a string, not ${sepO.type.name}`);
    if (endO !== None && !isStr(endO)) throw raise(TypeErrorType, `end must be None or a string, not ${endO.type.name}`);
    const sep = sepO === None ? ' ' : (sepO as PyStr).s;
    const end = endO === None ? '\n' : (endO as PyStr).s;
    let text = '';
    for (let i = 0; i < pos.length; i++) {
      if (i) text += sep;
      text += str(pos[i]);
    }
    text += end;
    if (file === None || file === stdoutObj) io.stdout(text);
    else if (file === stderrObj) io.stderr(text);
    else {
      const t = newStr(text);
      decref(callMethod(file, 'write', [t]));
      decref(t);
    }
    return None;
  });
  def(b, 'len', (_s, a, kw) => {
    noKwargs('len', kw);
    checkArgs('len', a, 1, 1);
    return newInt(len(a[0]));
  });
  def(b, 'repr', (_s, a) => newStr(repr(a[0])));
  def(b, 'ascii', (_s, a) => newStr(asciiOf(repr(a[0]))));
  def(b, 'iter', (_s, a) => {
    if (a.length === 2) return new PyWrapper(callIteratorType, newref(a[0]), newref(a[1]), null, null, 48);
    return getIter(a[0]);
  });
  def(b, 'next', (_s, a) => {
    const it = a[0];
    if (it.type.tp_iternext === null) throw raise(TypeErrorType, `'${it.type.name}' object is not an iterator`);
    const v = it.type.tp_iternext(it);
    if (v !== null) return v;
    if (a.length > 1) return newref(a[1]);
    if (it.type.name === 'generator') {
      const rv = lastGeneratorReturn();
      if (rv !== None) throw newException(StopIterationType, [newref(rv)]);
    }
    throw newException(StopIterationType, []);
  });
  const classCheck = (fnName: string, test: (cls: PyType) => boolean, o: PyObject): boolean => {
    if (o.type === tupleType) return (o as PyTuple).items.some((c) => classCheck(fnName, test, c));
    if (!(o.type === typeType || isSubtype(o.type, typeType))) {
      throw raise(TypeErrorType, `${fnName}() arg 2 must be a type, a tuple of types, or a union`);
    }
    const hook = o.type !== typeType ? lookupType(o.type, fnName === 'isinstance' ? '__instancecheck__' : '__subclasscheck__') : null;
    // A metaclass's own __instancecheck__/__subclasscheck__ (a Python function or a native method, as abc.ABCMeta's).
    if (hook !== null && (hook.type.name === 'function' || hook.type.name === 'method_descriptor')) return truth(call(hook, [o, testArg], null));
    return test(o as PyType);
  };
  let testArg: PyObject = None;
  def(b, 'isinstance', (_s, a) => {
    checkArgs('isinstance', a, 2, 2);
    testArg = a[0];
    return newBool(classCheck('isinstance', (c) => isInstance(a[0], c), a[1]));
  });
  def(b, 'issubclass', (_s, a) => {
    checkArgs('issubclass', a, 2, 2);
    if (!(a[0].type === typeType || isSubtype(a[0].type, typeType))) throw raise(TypeErrorType, 'issubclass() arg 1 must be a class');
    testArg = a[0];
    return newBool(classCheck('issubclass', (c) => isSubtype(a[0] as PyType, c), a[1]));
  });
  def(b, 'getattr', (_s, a) => {
    if (!isStr(a[1])) throw raise(TypeErrorType, `attribute name must be string, not '${a[1].type.name}'`);
    if (a.length > 2) return lookupAttr(a[0], a[1].s) ?? newref(a[2]);
    return getAttr(a[0], a[1].s);
  });
  def(b, 'setattr', (_s, a) => (setAttr(a[0], (a[1] as PyStr).s, a[2]), None));
  def(b, 'delattr', (_s, a) => (setAttr(a[0], (a[1] as PyStr).s, null), None));
  def(b, 'hasattr', (_s, a) => {
    if (!isStr(a[1])) throw raise(TypeErrorType, `attribute name must be string, not '${a[1].type.name}'`);
    const v = lookupAttr(a[0], a[1].s);
    if (v === null) return False;
    decref(v);
    return True;
  });
  def(b, 'min', (_s, a, kw) => minmax(a, kw, 'min', 0));
  def(b, 'max', (_s, a, kw) => minmax(a, kw, 'max', 4));
  def(b, 'sum', (_s, args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    let acc: PyObject = newref(pos[1] ?? kw?.get('start') ?? newInt(0));
    if (isStr(acc)) throw raise(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]");
    const it = getIter(pos[0]);
    for (let v = iterNext(it); v !== null; v = iterNext(it)) {
      const r = binaryOp(acc, v, 0);
      decref(acc);
      decref(v);
      acc = r;
    }
    decref(it);
    return acc;
  });
  // any/all: the iterator and each item are released (on every exit, exceptions included).
  const anyAll = (iterable: PyObject, want: boolean): PyObject => {
    const it = getIter(iterable);
    try {
      for (let v = iterNext(it); v !== null; v = iterNext(it)) {
        const t = truth(v);
        decref(v);
        if (t === want) return want ? True : False;
      }
      return want ? False : True;
    } finally {
      decref(it);
    }
  };
  def(b, 'any', (_s, a) => anyAll(a[0], /* want */ true));
  def(b, 'all', (_s, a) => anyAll(a[0], /* want */ false));
  def(b, 'sorted', (_s, args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    if (pos.length !== 1) throw raise(TypeErrorType, `sorted expected 1 argument, got ${pos.length}`);
    const items = toArray(pos[0]);
    const key = kw?.get('key') ?? None;
    const rev = kw?.get('reverse');
    return newList(sortItems(items, key === None ? null : key, rev !== undefined && truth(rev)));
  });
  def(b, 'abs', (_s, a) => {
    const f = a[0].type.nb_absolute;
    if (f === null) throw raise(TypeErrorType, `bad operand type for abs(): '${a[0].type.name}'`);
    return f(a[0]);
  });
  def(b, 'round', (_s, args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    const x = pos[0];
    const nd = pos[1] ?? kw?.get('ndigits') ?? None;
    if (isInt(x)) {
      if (nd === None) return newBigInt(bigOf(x));
      const n = indexValue(nd);
      if (n >= 0) return newBigInt(bigOf(x));
      const m = 10n ** BigInt(-n);
      const v = bigOf(x);
      let q = v / m;
      let r = v % m;
      if (r < 0n) {
        r += m;
        q -= 1n;
      }
      if (2n * r > m || (2n * r === m && q % 2n !== 0n)) q += 1n;
      return newBigInt(q * m);
    }
    const f = lookupType(x.type, '__round__');
    if (f === null) throw raise(TypeErrorType, `type ${x.type.name} doesn't define __round__ method`);
    return callMethod(x, '__round__', nd === None ? [] : [nd]);
  });
  def(b, 'divmod', (_s, a) => {
    const q = binaryOp(a[0], a[1], NB_FLOOR_DIVIDE);
    const r = binaryOp(a[0], a[1], NB_REMAINDER);
    return newTuple([q, r]);
  });
  def(b, 'pow', (_s, a) => {
    if (a.length === 3 && a[2] !== None) return callMethod(a[0], '__pow__', [a[1], a[2]]);
    return binaryOp(a[0], a[1], NB_POWER);
  });
  const radix = (prefix: string, base: number) => (_s: PyObject, a: PyObject[]) => {
    const v = bigOf(indexInt(a[0]));
    return newStr((v < 0n ? '-' : '') + prefix + (v < 0n ? -v : v).toString(base));
  };
  def(b, 'hex', radix('0x', 16));
  def(b, 'oct', radix('0o', 8));
  def(b, 'bin', radix('0b', 2));
  def(b, 'chr', (_s, a) => {
    const n = indexValue(a[0]);
    if (n < 0 || n > 0x10ffff) throw raise(ValueErrorType, 'chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(n));
  });
  def(b, 'ord', (_s, a) => {
    if (!isStr(a[0])) throw raise(TypeErrorType, `ord() expected string of length 1, but ${a[0].type.name} found`);
    const s = a[0].s;
    const cp = s.codePointAt(0);
    if (cp === undefined || [...s].length !== 1) throw raise(TypeErrorType, `ord() expected a character, but string of length ${s.length} found`);
    return newInt(cp);
  });
  const h = new PyHash();
  def(b, 'hash', (_s, a) => {
    hashInto(a[0], h);
    const n = hashAsNumber(h);
    return Number.isSafeInteger(n) ? newInt(n) : newBigInt((BigInt(h.hi) << 32n) | BigInt(h.lo >>> 0));
  });
  def(b, 'id', (_s, a) => newInt(a[0].addr));
  def(b, 'callable', (_s, a) => newBool(a[0].type.tp_call !== null || a[0].type.name === 'function'));
  def(b, 'format', (_s, a) => formatValue(a[0], a.length > 1 ? (a[1] as PyStr).s : ''));
  def(b, 'vars', (_s, a) => {
    if (a.length === 0) return newref(tstate.frame?.locals ?? tstate.frame!.globals);
    const d = lookupAttr(a[0], '__dict__');
    if (d === null) throw raise(TypeErrorType, 'vars() argument must have __dict__ attribute');
    return d;
  });
  def(b, 'globals', () => newref(tstate.frame!.globals));
  def(b, 'locals', () => newref(tstate.frame!.locals ?? newDict()));
  def(b, 'dir', (_s, a) => {
    const names = new Set<string>();
    const add = (d: PyDict | null) => {
      if (d !== null) for (const k of d.keys) if (k !== null) names.add((k as PyStr).s);
    };
    if (a.length === 0) add(tstate.frame!.locals ?? tstate.frame!.globals);
    else {
      const o = a[0];
      add(o.dict);
      const t = o.type === typeType || isSubtype(o.type, typeType) ? (o as PyType) : o.type;
      for (const c of t.mro) add(c.ns);
    }
    return newList([...names].sort().map((n) => newStr(n)));
  });
  def(b, 'input', () => {
    throw raise(exceptionTypes.get('EOFError')!, 'EOF when reading a line');
  });
  def(b, '__build_class__', (_s, args, kwnames) => buildClass(args, kwnames, b));
  loopHooks.buildClass = dictGetStr(b, '__build_class__');
  def(b, '__import__', (_s, args, kwnames) => {
    // __import__(name, globals=None, locals=None, fromlist=(), level=0)
    const [pos, k] = splitKw(args, kwnames);
    const arg = (i: number, n: string): PyObject | null => pos[i] ?? k?.get(n) ?? null;
    if (k !== null) for (const key of k.keys()) {
      if (!['name', 'globals', 'locals', 'fromlist', 'level'].includes(key)) throw raise(TypeErrorType, `__import__() got an unexpected keyword argument '${key}'`);
    }
    const name = arg(0, 'name');
    if (name === null) throw raise(TypeErrorType, "__import__() missing required argument 'name' (pos 1)");
    if (pos.length > 5) throw raise(TypeErrorType, `__import__() takes at most 5 arguments (${pos.length} given)`);
    if (!isStr(name)) throw raise(TypeErrorType, 'module name must be a string');
    const g = arg(1, 'globals');
    const fromlist = arg(3, 'fromlist') ?? None;
    const levelObj = arg(4, 'level');
    const level = levelObj === null ? 0 : indexValue(levelObj);
    const globals = g !== null && g !== None && g instanceof PyDict ? g : null;
    return importName((name as PyStr).s, fromlist, level, globals);
  });
  def(b, 'compile', compileBuiltin);
  def(b, 'exec', execBuiltin);
  def(b, 'eval', evalBuiltin);
  loopHooks.importName = importName;
  loopHooks.importFrom = importFrom;
  loopHooks.importStar = importStar;
  return b;
}

function indexInt(o: PyObject): PyInt {
  if (isInt(o)) return o;
  if (o.type.nb_index !== null) return o.type.nb_index(o) as PyInt;
  throw raise(TypeErrorType, `'${o.type.name}' object cannot be interpreted as an integer`);
}

/** __build_class__(func, name, *bases, metaclass=None, **kwds). */
function buildClass(args: PyObject[], kwnames: string[] | null, builtins: PyDict): PyObject {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length < 2) throw raise(TypeErrorType, '__build_class__: not enough arguments');
  const func = pos[0] as PyFunction;
  const name = pos[1];
  const bases = pos.slice(2);
  let meta: PyObject | null = kw?.get('metaclass') ?? null;
  if (kw !== null) kw.delete('metaclass');
  if (meta === null) meta = bases.length ? bases[0].type : typeType;
  if (meta.type === typeType || isSubtype(meta.type, typeType)) {
    // The most derived metaclass of the bases (calculate_metaclass).
    let winner = meta as PyType;
    for (const base of bases) {
      const t = base.type;
      if (isSubtype(winner, t)) continue;
      if (isSubtype(t, winner)) winner = t;
      else throw raise(TypeErrorType, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    }
    meta = winner;
  }
  const basesTuple = newTuple(bases.map((x) => newref(x)));
  let ns: PyDict;
  const prepare = lookupAttr(meta, '__prepare__');
  if (prepare !== null && prepare.type.name !== 'builtin_function_or_method') ns = call(prepare, [name, basesTuple], null) as PyDict;
  else ns = newDict();
  const cell = runBody(func.code, func.globals, builtins, ns, func);
  const kwNames: string[] = [];
  const kwVals: PyObject[] = [];
  if (kw !== null) for (const [k, v] of kw) {
    kwNames.push(k);
    kwVals.push(v);
  }
  const cls = call(meta, [name, basesTuple, ns, ...kwVals], kwNames.length ? kwNames : null);
  decref(cell);
  return cls;
}

// ---------------------------------------------------------------------------------------------
// sys

export const stdoutObj = new PyObject(objectTypeRef(), 16);
export const stderrObj = new PyObject(objectTypeRef(), 16);
function objectTypeRef(): PyType {
  return allBuiltinTypes[1];
}


export function makeSys(argv: string[], syspath: string[] = []): PyModule {
  const d = newDict();
  const sys = new PyModule(moduleType, 'sys', d);
  dictSetStrOwned(d, '__name__', newStr('sys'));
  dictSetStrOwned(d, 'argv', newList(argv.map((a) => newStr(a))));
  dictSetStrOwned(d, 'maxsize', newInt(9007199254740991));
  dictSetStrOwned(d, 'byteorder', newStr('little'));
  dictSetStrOwned(d, 'platform', newStr('linux'));
  dictSetStrOwned(d, 'version_info', newTuple([newInt(3), newInt(12), newInt(1), newStr('final'), newInt(0)]));
  const fns: [string, NativeFn][] = [
    ['getrefcount', (_s, a) => newInt(a[0].rc > IMMORTAL_FLOOR ? IMMORTAL_REFCOUNT : a[0].rc)],
    ['getrecursionlimit', () => newInt(tstate.recursionLimit)],
    ['setrecursionlimit', (_s, a) => {
      const n = indexValue(a[0]);
      if (n < 1) throw raise(ValueErrorType, 'recursion limit must be greater or equal than 1');
      tstate.recursionLimit = n;
      return None;
    }],
    ['exit', (_s, a) => {
      throw newException(SystemExitType, a.length ? [newref(a[0])] : []);
    }],
    ['getsizeof', (_s, a) => newInt(sizeOf(a[0]))],
    ['intern', (_s, a) => newref(a[0])],
    ['exc_info', () => {
      const e = tstate.excInfo;
      if (e === None) return newTuple([None, None, None]);
      return newTuple([newref(e.type), newref(e), newref((e as PyBaseException).traceback ?? None)]);
    }],
    ['exception', () => newref(tstate.excInfo)],
    ['get_int_max_str_digits', () => newInt(getIntMaxStrDigits())],
    ['set_int_max_str_digits', (_s, a, kw) => {
      const [pos, k] = splitKw(a, kw);
      const v = pos[0] ?? k?.get('maxdigits');
      if (v === undefined) throw raise(TypeErrorType, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
      const err = setIntMaxStrDigits(indexValue(v));
      if (err !== null) throw raise(ValueErrorType, err.message);
      return None;
    }],
    ['getswitchinterval', () => newFloat(sched.intervalMs / 1000)],
    ['setswitchinterval', (_s, a) => {
      const v = a[0];
      const secs = v instanceof PyFloat ? v.v : v !== undefined && isInt(v) ? Number(bigOf(v as PyInt)) : NaN;
      if (v === undefined || Number.isNaN(secs) && !(v instanceof PyFloat)) throw raise(TypeErrorType, `must be real number, not ${v === undefined ? 'nothing' : v.type.name}`);
      if (!(secs > 0)) throw raise(ValueErrorType, 'switch interval must be strictly positive');
      sched.intervalMs = secs * 1000;
      return None;
    }],
  ];
  for (const [n, fn] of fns) dictSetStrOwned(d, n, newBuiltin(n, fn, newref(sys)));
  const out = new PyModule(moduleType, 'stdout', newDict());
  def(out.dict!, 'write', (_s, a) => {
    io.stdout((a[0] as PyStr).s);
    return newInt((a[0] as PyStr).s.length);
  });
  def(out.dict!, 'flush', () => None);
  const err = new PyModule(moduleType, 'stderr', newDict());
  def(err.dict!, 'write', (_s, a) => {
    io.stderr((a[0] as PyStr).s);
    return newInt((a[0] as PyStr).s.length);
  });
  def(err.dict!, 'flush', () => None);
  dictSetStrOwned(d, 'stdout', out);
  dictSetStrOwned(d, 'stderr', err);
  // sys.modules: the run's module registry, which the import system reads and writes.
  const mods = newDict();
  dictSetStrOwned(mods, 'sys', sys); // sys.modules owns the module; makeSys returns it borrowed
  dictSetStrOwned(d, 'modules', mods);
  importState.modules = mods;
  const path = newList(syspath.map((p) => newStr(p)));
  dictSetStrOwned(d, 'path', path);
  importState.path = path;
  return sys;
}

/**
 * Finalization of a run's `sys` (what Py_FinalizeEx does to the sys dict): its dict is cleared,
 * which breaks the module ↔ bound-builtin cycles, and the module is released.
 */
export function releaseSys(): void {
  const mods = importState.modules;
  if (mods === null) return;
  const sys = dictGetStr(mods, 'sys');
  importState.modules = null;
  importState.path = null;
  if (sys === null) return;
  newref(sys);
  dictClear(mods);
  dictClear(sys.dict!);
  decref(sys);
}

function sizeOf(o: PyObject): number {
  const t = o.type;
  if (t === intType || isSubtype(t, intType)) {
    const v = bigOf(o as PyInt);
    if (v === 0n) return 28;
    const bits = (v < 0n ? -v : v).toString(2).length;
    return 24 + 4 * Math.ceil(bits / 30);
  }
  if (t === floatType) return 24;
  if (t === strType) {
    const s = (o as PyStr).s;
    let max = 0;
    for (let i = 0; i < s.length; i++) max = Math.max(max, s.charCodeAt(i));
    return max < 128 ? 41 + s.length : max < 256 ? 57 + s.length : 58 + 2 * s.length;
  }
  if (t.layout === 5) return 40 + 8 * (o as PyTuple).items.length;
  if (t.layout === 4) return 56 + 8 * (o as PyList).items.length;
  return t.basicsize;
}

function moduleGetAttr(o: PyObject, name: string): PyObject | null {
  const v = dictGetStr(o.dict!, name);
  if (v !== null) return newref(v);
  if (name === '__dict__') return newref(o.dict!);
  return null;
}

export function initBuiltinTypes(): void {
  initIteratorTypes();
  moduleType.tp_getattro = moduleGetAttr;
  // types.ModuleType(name, doc=None): module_init sets __name__, __doc__ and None for
  // __package__, __loader__ and __spec__.
  // The arguments are read by tp_init (module_init), as CPython's module type does.
  moduleType.tp_new = (t) => new PyModule(t, '?', newDict());
  moduleType.tp_init = (self, args, kw) => {
    const [pos, k] = splitKw(args, kw);
    if (k !== null) for (const key of k.keys()) if (key !== 'name' && key !== 'doc') throw raise(TypeErrorType, `module() got an unexpected keyword argument '${key}'`);
    const name = pos[0] ?? k?.get('name') ?? null;
    const doc = pos[1] ?? k?.get('doc') ?? None;
    if (pos.length > 2) throw raise(TypeErrorType, `module() takes at most 2 arguments (${pos.length} given)`);
    if (name === null) throw raise(TypeErrorType, "module() missing required argument 'name' (pos 1)");
    if (!isStr(name)) throw raise(TypeErrorType, `module() argument 'name' must be str, not ${name.type.name}`);
    const d = self.dict!;
    (self as PyModule).name = (name as PyStr).s;
    dictSetStr(d, '__name__', name);
    dictSetStr(d, '__doc__', doc);
    dictSetStr(d, '__package__', None);
    dictSetStr(d, '__loader__', None);
    dictSetStr(d, '__spec__', None);
  };
  moduleType.tp_setattro = (o, name, v) => {
    if (v === null) {
      if (dictGetStr(o.dict!, name) === null) throw attributeError(o, name);
      return;
    }
    dictSetStr(o.dict!, name, v);
  };
  // importlib's _module_repr: `from '<file>'` for a module with __file__, `(built-in)` for sys,
  // builtins and pyglass's native modules, `(frozen)` for the Python modules shipped with pyglass.
  moduleType.tp_repr = (o) => {
    const d = o.dict;
    const nameObj = d === null ? null : dictGetStr(d, '__name__');
    const name = nameObj !== null && isStr(nameObj) ? (nameObj as PyStr).s : (o as PyModule).name;
    const file = d === null ? null : dictGetStr(d, '__file__');
    if (file !== null && isStr(file)) return `<module '${name}' from '${(file as PyStr).s}'>`;
    const table = importState.table;
    if (name === 'sys' || name === 'builtins' || table?.native.has(name)) return `<module '${name}' (built-in)>`;
    if (table?.sources.has(name)) return `<module '${name}' (frozen)>`;
    return `<module '${name}'>`;
  };
  noneTypeRef().tp_repr = () => 'None';
  noneTypeRef().tp_hash = (_o, out) => hashInt(CPYTHON_NONE_HASH, out);
  noneTypeRef().nb_bool = () => false;
  allBuiltinTypes.find((t) => t.name === 'NotImplementedType')!.tp_repr = () => 'NotImplemented';
  allBuiltinTypes.find((t) => t.name === 'ellipsis')!.tp_repr = () => 'Ellipsis';
  void AttributeErrorType; void baseExceptionType; void ImportErrorType; void isStopIteration; void roundHalfEven;
  void newFloat; void PyFloat; void strRepr; void richEq;
}
