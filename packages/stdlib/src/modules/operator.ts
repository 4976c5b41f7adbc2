/**
 * The `operator` module, native (CPython's Modules/_operator.c, which operator.py re-exports): one
 * function per operator over the abstract object protocol — arithmetic and in-place operators by
 * BINARY_OP oparg, comparisons, item access, `index`, `length_hint`, `countOf`/`indexOf`, `call`
 * — the dunder aliases (`__add__` …) and the callable types itemgetter, attrgetter (dotted names
 * split once at construction) and methodcaller, with CPython's reprs and errors. Registered as both
 * `operator` and `_operator`.
 */
import {
  PyObject, PyType, PyModule, PyStr, TypeErrorType, ValueErrorType, NotImplemented, None, True, False, newInt, newBigInt,
  newTuple, raise, decref, newref, incref, call, getAttr, getItem, setItem, delItem, contains, richCompare,
  richEq, binaryOp, unaryNegative, unaryPositive, unaryInvert, truth, repr, len, getIter, iterNext, isInt,
  lookupType, callSpecial, dictType, isSubtype, newBuiltin, type NativeFn,
} from '@pyglass/vm-core';
import { asBigIndex, asSsize, checkPositional } from './number-args.js';
import { makeNativeType } from './native-type.js';
import { defineValue, oneArg } from './module-def.js';

const BINARY: [string, number][] = [
  ['add', 0], ['and_', 1], ['floordiv', 2], ['lshift', 3], ['matmul', 4], ['mul', 5], ['mod', 6], ['or_', 7], ['pow', 8],
  ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
  ['iadd', 13], ['iand', 14], ['ifloordiv', 15], ['ilshift', 16], ['imatmul', 17], ['imul', 18], ['imod', 19], ['ior', 20],
  ['ipow', 21], ['irshift', 22], ['isub', 23], ['itruediv', 24], ['ixor', 25],
];
const COMPARE: [string, number][] = [['lt', 0], ['le', 1], ['eq', 2], ['ne', 3], ['gt', 4], ['ge', 5]];

function noKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(TypeErrorType, `${name}() takes no keyword arguments`);
}
function two(name: string, args: PyObject[], kw: string[] | null): void {
  noKw(`_operator.${name}`, kw);
  checkPositional(name, args.length, 2, 2);
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(o: PyObject): boolean {
  if (o.type === dictType || isSubtype(o.type, dictType)) return false;
  return lookupType(o.type, '__getitem__') !== null;
}

function concat(a: PyObject, b: PyObject, inplace: boolean): PyObject {
  if (!isSequence(a)) throw raise(TypeErrorType, `'${a.type.name}' object can't be concatenated`);
  return binaryOp(a, b, inplace ? 13 : 0);
}

/** operator.length_hint(obj, default=0) (PyObject_LengthHint). */
function lengthHint(o: PyObject, dflt: number): number {
  if (o.type.mp_length !== null) {
    try {
      return len(o);
    } catch (e) {
      if (!(e instanceof PyObject) || !isSubtype(e.type, TypeErrorType)) throw e;
      decref(e);
    }
  }
  if (lookupType(o.type, '__length_hint__') === null) return dflt;
  const r = callSpecial(o, '__length_hint__', [])!;
  if (r === NotImplemented) return dflt;
  if (!isInt(r)) {
    const n = r.type.name;
    decref(r);
    throw raise(TypeErrorType, `__length_hint__ must be an integer, not ${n}`);
  }
  const v = asSsize(r);
  decref(r);
  if (v < 0) throw raise(ValueErrorType, '__length_hint__() should return >= 0');
  return v;
}

// ---------------------------------------------------------------------------------------------
// itemgetter, attrgetter, methodcaller

class GetterObject extends PyObject {
  /** itemgetter: the items; attrgetter: the names, each split at dots. */
  declare items: PyObject[];
  declare paths: string[][];
  constructor(type: PyType, items: PyObject[], paths: string[][]) {
    super(type, type.basicsize);
    this.items = items;
    this.paths = paths;
  }
}

class MethodCallerObject extends PyObject {
  declare name: PyStr;
  declare args: PyObject[];
  declare kwnames: string[];
  constructor(type: PyType, name: PyStr, args: PyObject[], kwnames: string[]) {
    super(type, type.basicsize);
    this.name = name;
    this.args = args;
    this.kwnames = kwnames;
  }
}

function releaseGetter(o: PyObject): void {
  const g = o as GetterObject;
  for (const x of g.items) decref(x);
  g.items = [];
}

function dotted(o: PyObject, path: string[]): PyObject {
  let cur = newref(o);
  for (const name of path) {
    try {
      const n = getAttr(cur, name);
      decref(cur);
      cur = n;
    } catch (e) {
      decref(cur);
      throw e;
    }
  }
  return cur;
}

let types: { itemgetter: PyType; attrgetter: PyType; methodcaller: PyType } | null = null;

function buildTypes(): NonNullable<typeof types> {
  const itemgetter = makeNativeType({
    name: 'itemgetter', module: 'operator', size: 32, slots: (t) => {
      t.tp_new = (type, args, kw) => {
        noKw('itemgetter', kw);
        if (args.length < 1) throw raise(TypeErrorType, `itemgetter expected 1 argument, got ${args.length}`);
        return new GetterObject(type, args.map((a) => newref(a)), []);
      };
      t.tp_call = (o, args, kw) => {
        const g = o as GetterObject;
        noKw('itemgetter', kw);
        checkPositional('itemgetter', args.length, 1, 1);
        if (g.items.length === 1) return getItem(args[0], g.items[0]);
        const out: PyObject[] = [];
        try {
          for (const k of g.items) out.push(getItem(args[0], k));
        } catch (e) {
          for (const x of out) decref(x);
          throw e;
        }
        return newTuple(out);
      };
      t.tp_repr = (o) => `operator.itemgetter(${(o as GetterObject).items.map((x) => repr(x)).join(', ')})`;
      t.dealloc = releaseGetter;
    },
  });
  const attrgetter = makeNativeType({
    name: 'attrgetter', module: 'operator', size: 32, slots: (t) => {
      t.tp_new = (type, args, kw) => {
        noKw('attrgetter', kw);
        if (args.length < 1) throw raise(TypeErrorType, `attrgetter expected 1 argument, got ${args.length}`);
        const paths: string[][] = [];
        for (const a of args) {
          if (!(a instanceof PyStr)) throw raise(TypeErrorType, 'attribute name must be a string');
          paths.push(a.s.split('.'));
        }
        return new GetterObject(type, args.map((a) => newref(a)), paths);
      };
      t.tp_call = (o, args, kw) => {
        const g = o as GetterObject;
        noKw('attrgetter', kw);
        checkPositional('attrgetter', args.length, 1, 1);
        if (g.paths.length === 1) return dotted(args[0], g.paths[0]);
        const out: PyObject[] = [];
        try {
          for (const p of g.paths) out.push(dotted(args[0], p));
        } catch (e) {
          for (const x of out) decref(x);
          throw e;
        }
        return newTuple(out);
      };
      t.tp_repr = (o) => `operator.attrgetter(${(o as GetterObject).items.map((x) => repr(x)).join(', ')})`;
      t.dealloc = releaseGetter;
    },
  });
  const methodcaller = makeNativeType({
    name: 'methodcaller', module: 'operator', size: 48, slots: (t) => {
      t.tp_new = (type, args, kw) => {
        const nkw = kw === null ? 0 : kw.length;
        const npos = args.length - nkw;
        if (npos < 1) throw raise(TypeErrorType, 'methodcaller needs at least one argument, the method name');
        if (!(args[0] instanceof PyStr)) throw raise(TypeErrorType, 'method name must be a string');
        return new MethodCallerObject(type, newref(args[0]), args.slice(1).map((a) => newref(a)), kw === null ? [] : kw.slice());
      };
      t.tp_call = (o, args, kw) => {
        const m = o as MethodCallerObject;
        noKw('methodcaller', kw);
        checkPositional('methodcaller', args.length, 1, 1);
        const f = getAttr(args[0], m.name.s);
        try {
          return call(f, m.args, m.kwnames.length > 0 ? m.kwnames : null);
        } finally {
          decref(f);
        }
      };
      t.tp_repr = (o) => {
        const m = o as MethodCallerObject;
        const parts = [repr(m.name)];
        const npos = m.args.length - m.kwnames.length;
        for (let i = 0; i < npos; i++) parts.push(repr(m.args[i]));
        for (let i = 0; i < m.kwnames.length; i++) parts.push(`${m.kwnames[i]}=${repr(m.args[npos + i])}`);
        return `operator.methodcaller(${parts.join(', ')})`;
      };
      t.dealloc = (o) => {
        const m = o as MethodCallerObject;
        decref(m.name);
        for (const x of m.args) decref(x);
        m.args = [];
      };
    },
  });
  return { itemgetter, attrgetter, methodcaller };
}

export function initOperator(m: PyModule): void {
  const fns: [string, NativeFn][] = [];
  for (const [name, op] of BINARY) fns.push([name, (_s, a, kw) => (two(name, a, kw), binaryOp(a[0], a[1], op))]);
  for (const [name, op] of COMPARE) fns.push([name, (_s, a, kw) => (two(name, a, kw), richCompare(a[0], a[1], op))]);
  const unary = (name: string, f: (o: PyObject) => PyObject): void => {
    fns.push([name, (_s, a, kw) => f(oneArg(`_operator.${name}`, a, kw))]);
  };
  unary('abs', (o) => {
    const f = o.type.nb_absolute;
    if (f === null) throw raise(TypeErrorType, `bad operand type for abs(): '${o.type.name}'`);
    return f(o);
  });
  unary('neg', unaryNegative);
  unary('pos', unaryPositive);
  unary('inv', unaryInvert);
  unary('invert', unaryInvert);
  unary('not_', (o) => (truth(o) ? False : True));
  unary('truth', (o) => (truth(o) ? True : False));
  unary('index', (o) => (isInt(o) && o.type.name === 'int' ? newref(o) : newBigInt(asBigIndex(o))));
  fns.push(['is_', (_s, a, kw) => (two('is_', a, kw), a[0] === a[1] ? True : False)]);
  fns.push(['is_not', (_s, a, kw) => (two('is_not', a, kw), a[0] !== a[1] ? True : False)]);
  fns.push(['concat', (_s, a, kw) => (two('concat', a, kw), concat(a[0], a[1], /* inplace */ false))]);
  fns.push(['iconcat', (_s, a, kw) => (two('iconcat', a, kw), concat(a[0], a[1], /* inplace */ true))]);
  fns.push(['contains', (_s, a, kw) => (two('contains', a, kw), contains(a[0], a[1]) ? True : False)]);
  fns.push(['getitem', (_s, a, kw) => (two('getitem', a, kw), getItem(a[0], a[1]))]);
  fns.push(['setitem', (_s, a, kw) => {
    noKw('_operator.setitem', kw);
    checkPositional('setitem', a.length, 3, 3);
    setItem(a[0], a[1], a[2]);
    return None;
  }]);
  fns.push(['delitem', (_s, a, kw) => (two('delitem', a, kw), delItem(a[0], a[1]), None)]);
  fns.push(['countOf', (_s, a, kw) => {
    two('countOf', a, kw);
    const it = getIter(a[0]);
    let n = 0;
    try {
      for (let v = iterNext(it); v !== null; v = iterNext(it)) {
        const same = v === a[1] || richEq(v, a[1]);
        decref(v);
        if (same) n++;
      }
    } finally {
      decref(it);
    }
    return newInt(n);
  }]);
  fns.push(['indexOf', (_s, a, kw) => {
    two('indexOf', a, kw);
    const it = getIter(a[0]);
    let n = 0;
    try {
      for (let v = iterNext(it); v !== null; v = iterNext(it)) {
        const same = v === a[1] || richEq(v, a[1]);
        decref(v);
        if (same) return newInt(n);
        n++;
      }
    } finally {
      decref(it);
    }
    throw raise(ValueErrorType, 'sequence.index(x): x not in sequence');
  }]);
  fns.push(['length_hint', (_s, a, kw) => {
    if (kw !== null && kw.length > 0) throw raise(TypeErrorType, '_operator.length_hint() takes no keyword arguments');
    checkPositional('length_hint', a.length, 1, 2);
    let dflt = 0;
    if (a.length > 1) {
      if (!isInt(a[1])) throw raise(TypeErrorType, `'${a[1].type.name}' object cannot be interpreted as an integer`);
      dflt = asSsize(a[1]);
    }
    return newInt(lengthHint(a[0], dflt));
  }]);
  fns.push(['call', (_s, a, kw) => {
    const npos = a.length - (kw === null ? 0 : kw.length);
    if (npos < 1) throw raise(TypeErrorType, `call expected at least 1 argument, got ${npos}`);
    return call(a[0], a.slice(1), kw);
  }]);
  for (const [name, fn] of fns) {
    const b = newBuiltin(name, fn, newref(m));
    defineValue(m, name, b);
    // The dunder alias (`__add__`, `__not__`, `__inv__` …) is the same function object.
    if (!NO_DUNDER.has(name)) {
      incref(b);
      defineValue(m, `__${name.endsWith('_') ? name.slice(0, -1) : name}__`, b);
    }
  }
  if (types === null) types = buildTypes();
  defineValue(m, 'itemgetter', newref(types.itemgetter));
  defineValue(m, 'attrgetter', newref(types.attrgetter));
  defineValue(m, 'methodcaller', newref(types.methodcaller));
  // operator._abs: the builtin abs, which operator.py saves before defining its own.
  const abs = fns.find(([n]) => n === 'abs')!;
  defineValue(m, '_abs', newBuiltin('abs', abs[1], None));
}

/** The functions without a dunder alias in operator.py. */
const NO_DUNDER = new Set(['truth', 'is_', 'is_not', 'countOf', 'indexOf', 'length_hint']);
