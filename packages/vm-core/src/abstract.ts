/**
 * The abstract object protocol (CPython's Objects/abstract.c and object.c): attribute access with
 * descriptors, calls, repr/str, hashing, rich comparison with reflection, binary and unary
 * operators with the reflected-operand and NotImplemented rules, truth, len, iteration, item
 * access and `in`. Every operation dispatches through type slots (object.ts), never by searching
 * for a dunder name at the call. Results are new references; arguments are borrowed.
 */
import {
  PyBaseException, PyDict, PyFunction, PyInt, PyObject, PyStr, PyTuple, PyType, TPFLAGS_BASE_EXC_SUBCLASS, decref, newref,
  nextTypeVersion,
} from './object.js';
import { PyHash, hashToNumber } from './primitives/hash-value.js';
import { hashPointer } from './primitives/hash.js';
import {
  AttributeErrorType, IndexErrorType, OverflowErrorType, StopIterationType, TypeErrorType, functionType, intType, moduleType,
  strType, typeType,
} from './types.js';
import { False, None, NotImplemented, True, newStr, raise } from './objects/values.js';
import { dictGetStr } from './objects/dict.js';
import { NB_SYMBOLS } from '@pyglass/interfaces';
import { callFunction } from './eval.js';

export function typeName(o: PyObject): string {
  return o.type.name;
}

export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

export function isInstance(o: PyObject, t: PyType): boolean {
  return o.type === t || isSubtype(o.type, t);
}

export function isExceptionType(o: PyObject): o is PyType {
  return o.type === typeType || isSubtype(o.type, typeType) ? ((o as PyType).flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0 : false;
}

/** _PyType_Lookup: the attribute `name` in the type's MRO dicts (borrowed), or null; cached per type. */
export function lookupType(t: PyType, name: string): PyObject | null {
  const c = t.cache.get(name);
  if (c !== undefined) return c;
  let found: PyObject | null = null;
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) {
    const v = dictGetStr(mro[i].ns, name);
    if (v !== null) {
      found = v;
      break;
    }
  }
  t.cache.set(name, found);
  return found;
}

/** Forgets cached lookups of `t` and its subclasses (after a change to a class namespace). */
export function invalidateLookups(t: PyType): void {
  t.cache.clear();
  t.versionTag = nextTypeVersion();
  for (const s of t.subclasses) invalidateLookups(s);
}

/** PyObject_GenericGetAttr; null when not found (the caller raises AttributeError). */
export function genericGetAttr(o: PyObject, name: string): PyObject | null {
  const tp = o.type;
  const descr = lookupType(tp, name);
  let get = null;
  if (descr !== null) {
    get = descr.type.tp_descr_get;
    if (get !== null && descr.type.tp_descr_set !== null) return get(descr, o, tp);
  }
  if (o.dict !== null) {
    const v = dictGetStr(o.dict, name);
    if (v !== null) return newref(v);
  }
  if (get !== null) return get(descr!, o, tp);
  if (descr !== null) return newref(descr);
  return null;
}

export function attributeError(o: PyObject, name: string): PyBaseException {
  let msg: string;
  if (o.type === typeType || isSubtype(o.type, typeType)) msg = `type object '${(o as PyType).name}' has no attribute '${name}'`;
  else if (o.type === moduleType) msg = `module '${(o as unknown as { name: string }).name}' has no attribute '${name}'`;
  else msg = `'${o.type.name}' object has no attribute '${name}'`;
  const e = raise(AttributeErrorType, msg);
  return e;
}

/** getattr(o, name), raising AttributeError. */
export function getAttr(o: PyObject, name: string): PyObject {
  const v = o.type.tp_getattro!(o, name);
  if (v === null) throw attributeError(o, name);
  return v;
}

/** getattr(o, name, None)-style lookup: null when missing (AttributeError swallowed). */
export function lookupAttr(o: PyObject, name: string): PyObject | null {
  try {
    return o.type.tp_getattro!(o, name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.type, AttributeErrorType)) return null;
    throw e;
  }
}

export function setAttr(o: PyObject, name: string, value: PyObject | null): void {
  const set = o.type.tp_setattro;
  if (set === null) throw raise(TypeErrorType, `'${o.type.name}' object has no attributes (assign to .${name})`);
  set(o, name, value);
}

// ---------------------------------------------------------------------------------------------
// Calls

/** callable(*args, **dict(zip(kwnames, trailing args))). */
export function call(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (f.type === functionType) return callFunction(f as PyFunction, args, kwnames);
  const c = f.type.tp_call;
  if (c === null) throw raise(TypeErrorType, `'${f.type.name}' object is not callable`);
  return c(f, args, kwnames);
}

export function call0(f: PyObject): PyObject {
  return call(f, [], null);
}

export function call1(f: PyObject, a: PyObject): PyObject {
  return call(f, [a], null);
}

/** Looks up `name` on the type (a special method lookup: instance dict ignored) and calls it bound to `o`. */
export function callSpecial(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = lookupType(o.type, name);
  if (m === null) return null;
  if (m.type === functionType) return callFunction(m as PyFunction, [o, ...args], null);
  const get = m.type.tp_descr_get;
  if (get === null) return call(m, args, null);
  const bound = get(m, o, o.type);
  try {
    return call(bound, args, null);
  } finally {
    decref(bound);
  }
}

export function callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
  const m = getAttr(o, name);
  try {
    return call(m, args, null);
  } finally {
    decref(m);
  }
}

// ---------------------------------------------------------------------------------------------
// repr, str, hash

export function repr(o: PyObject): string {
  const r = o.type.tp_repr;
  if (r === null) return `<${o.type.name} object at 0x${o.addr.toString(16).padStart(16, '0')}>`;
  return r(o);
}

export function str(o: PyObject): string {
  if (o.type === strType) return (o as PyStr).s;
  const s = o.type.tp_str;
  return s === null ? repr(o) : s(o);
}

/** hash(o) into `out`; TypeError for unhashable types. */
export function hashInto(o: PyObject, out: PyHash): void {
  const h = o.type.tp_hash;
  if (h === null) throw raise(TypeErrorType, `unhashable type: '${o.type.name}'`);
  h(o, out);
}

/** object.__hash__: from the address. */
export function pointerHash(o: PyObject, out: PyHash): void {
  hashPointer(o.addr, out);
}

export function hashAsNumber(h: PyHash): number {
  const n = hashToNumber(h);
  return n === null ? h.hi * 4294967296 + (h.lo >>> 0) : n;
}

// ---------------------------------------------------------------------------------------------
// Rich comparison

export const LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
const SWAPPED = [GT, GE, EQ, NE, LT, LE];
const CMP_TEXT = ['<', '<=', '==', '!=', '>', '>='];

/** PyObject_RichCompare: a new reference. */
export function richCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const at = a.type;
  const bt = b.type;
  let checkedReverse = false;
  if (at !== bt && bt.tp_richcompare !== null && isSubtype(bt, at) && bt.tp_richcompare !== at.tp_richcompare) {
    checkedReverse = true;
    const r = bt.tp_richcompare(b, a, SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  if (at.tp_richcompare !== null) {
    const r = at.tp_richcompare(a, b, op);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse && bt.tp_richcompare !== null) {
    const r = bt.tp_richcompare(b, a, SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  if (op === EQ) return a === b ? True : False;
  if (op === NE) return a !== b ? True : False;
  throw raise(TypeErrorType, `'${CMP_TEXT[op]}' not supported between instances of '${at.name}' and '${bt.name}'`);
}

/** a == b as a JS boolean (identity first, as PyObject_RichCompareBool). */
export function richEq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const r = richCompare(a, b, EQ);
  if (r === True) return true;
  if (r === False) return false;
  const t = truth(r);
  decref(r);
  return t;
}

export function compareBool(a: PyObject, b: PyObject, op: number): boolean {
  const r = richCompare(a, b, op);
  if (r === True) return true;
  if (r === False) return false;
  const t = truth(r);
  decref(r);
  return t;
}

// ---------------------------------------------------------------------------------------------
// Truth, len, index

export function truth(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const b = o.type.nb_bool;
  if (b !== null) return b(o);
  const l = o.type.mp_length;
  if (l !== null) return l(o) !== 0;
  return true;
}

export function len(o: PyObject): number {
  const l = o.type.mp_length;
  if (l === null) throw raise(TypeErrorType, `object of type '${o.type.name}' has no len()`);
  return l(o);
}

/** operator.index(o) as a JS number (OverflowError past a safe integer, as Py_ssize_t would). */
export function indexValue(o: PyObject, what = ''): number {
  if (o.type === intType || o.type.nb_index !== null) {
    const i = (o.type === intType ? o : o.type.nb_index!(o)) as PyInt;
    if (i.big !== null) throw raise(IndexErrorType, `cannot fit 'int' into an index-sized integer`);
    return i.n;
  }
  throw raise(TypeErrorType, what || `'${o.type.name}' object cannot be interpreted as an integer`);
}

export function overflow(msg: string): PyBaseException {
  return raise(OverflowErrorType, msg);
}

// ---------------------------------------------------------------------------------------------
// Iteration

export function getIter(o: PyObject): PyObject {
  const f = o.type.tp_iter;
  if (f !== null) {
    const it = f(o);
    if (it.type.tp_iternext === null) {
      const name = it.type.name;
      decref(it);
      throw raise(TypeErrorType, `iter() returned non-iterator of type '${name}'`);
    }
    return it;
  }
  if (o.type.mp_subscript !== null && lookupType(o.type, '__getitem__') !== null) return seqIterFactory!(o);
  throw raise(TypeErrorType, `'${o.type.name}' object is not iterable`);
}

/** Set by objects/iterators.ts: the sequence iterator for types with only __getitem__. */
export let seqIterFactory: ((o: PyObject) => PyObject) | null = null;
export function setSeqIterFactory(f: (o: PyObject) => PyObject): void {
  seqIterFactory = f;
}

/** next(it): a new reference, or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  const n = it.type.tp_iternext;
  if (n === null) throw raise(TypeErrorType, `'${it.type.name}' object is not an iterator`);
  return n(it);
}

/** Every item of an iterable, as new references. */
export function toArray(o: PyObject): PyObject[] {
  if (o.type.layout === 4 /* LAYOUT_LIST */ || o.type.layout === 5 /* LAYOUT_TUPLE */) {
    const items = (o as PyTuple).items.slice();
    for (let i = 0; i < items.length; i++) items[i].rc++;
    return items;
  }
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    for (let v = iterNext(it); v !== null; v = iterNext(it)) out.push(v);
  } finally {
    decref(it);
  }
  return out;
}

/** Whether `e` is a StopIteration (for iterators written in Python). */
export function isStopIteration(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException && isSubtype(e.type, StopIterationType);
}

// ---------------------------------------------------------------------------------------------
// Items

export function getItem(o: PyObject, key: PyObject): PyObject {
  const f = o.type.mp_subscript;
  if (f === null) {
    if (o.type === typeType || isSubtype(o.type, typeType)) {
      const cg = lookupAttr(o, '__class_getitem__');
      if (cg !== null) return call(cg, [key], null);
      throw raise(TypeErrorType, `type '${(o as PyType).name}' is not subscriptable`);
    }
    throw raise(TypeErrorType, `'${o.type.name}' object is not subscriptable`);
  }
  return f(o, key);
}

export function setItem(o: PyObject, key: PyObject, value: PyObject): void {
  const f = o.type.mp_ass_subscript;
  if (f === null) throw raise(TypeErrorType, `'${o.type.name}' object does not support item assignment`);
  f(o, key, value);
}

export function delItem(o: PyObject, key: PyObject): void {
  const f = o.type.mp_ass_subscript;
  if (f === null) throw raise(TypeErrorType, `'${o.type.name}' object does not support item deletion`);
  f(o, key, null);
}

/** `item in o` (PySequence_Contains): sq_contains, else iteration. */
export function contains(o: PyObject, item: PyObject): boolean {
  const f = o.type.sq_contains;
  if (f !== null) return f(o, item);
  if (o.type.tp_iter === null && o.type.mp_subscript === null) throw raise(TypeErrorType, `argument of type '${o.type.name}' is not iterable`);
  const it = getIter(o);
  try {
    for (let v = iterNext(it); v !== null; v = iterNext(it)) {
      const eq = richEq(v, item);
      decref(v);
      if (eq) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}

// ---------------------------------------------------------------------------------------------
// Operators

const NB_INPLACE = 13;

/** binary_op1: the left operand's slot, the right's (first if it is a subclass), NotImplemented. */
function binaryOp1(a: PyObject, b: PyObject, op: number): PyObject {
  const slotv = a.type.nb[op];
  let slotw = b.type !== a.type ? b.type.nb[op] : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && isSubtype(b.type, a.type)) {
      const x = slotw(a, b);
      if (x !== NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(a, b);
    if (x !== NotImplemented) return x;
  }
  if (slotw !== null) return slotw(a, b);
  return NotImplemented;
}

/** Hook for sequence concatenation/repetition messages (set by objects/sequences). */
export const sequenceFallback = {
  concatName: null as ((o: PyObject) => string | null) | null,
};

function binaryTypeError(a: PyObject, b: PyObject, op: number): PyBaseException {
  const base = op >= NB_INPLACE ? op - NB_INPLACE : op;
  if (base === 0 /* NB_ADD */ && sequenceFallback.concatName !== null) {
    const n = sequenceFallback.concatName(a);
    if (n !== null) return raise(TypeErrorType, `can only concatenate ${n} (not "${b.type.name}") to ${n}`);
  }
  if (base === 5 /* NB_MULTIPLY */ && sequenceFallback.concatName !== null) {
    if (sequenceFallback.concatName(a) !== null || sequenceFallback.concatName(b) !== null) {
      const other = sequenceFallback.concatName(a) !== null ? b : a;
      return raise(TypeErrorType, `can't multiply sequence by non-int of type '${other.type.name}'`);
    }
  }
  if (base === 8 /* NB_POWER */) return raise(TypeErrorType, `unsupported operand type(s) for ${NB_SYMBOLS[op]} or pow(): '${a.type.name}' and '${b.type.name}'`);
  return raise(TypeErrorType, `unsupported operand type(s) for ${NB_SYMBOLS[op]}: '${a.type.name}' and '${b.type.name}'`);
}

/** a <op> b for a BINARY_OP oparg (0..25): in-place ops try the in-place slot first. */
export function binaryOp(a: PyObject, b: PyObject, op: number): PyObject {
  if (op >= NB_INPLACE) {
    const f = a.type.nb[op];
    if (f !== null) {
      const x = f(a, b);
      if (x !== NotImplemented) return x;
    }
    const x = binaryOp1(a, b, op - NB_INPLACE);
    if (x !== NotImplemented) return x;
    throw binaryTypeError(a, b, op);
  }
  const x = binaryOp1(a, b, op);
  if (x !== NotImplemented) return x;
  throw binaryTypeError(a, b, op);
}

export function unaryNegative(o: PyObject): PyObject {
  const f = o.type.nb_negative;
  if (f === null) throw raise(TypeErrorType, `bad operand type for unary -: '${o.type.name}'`);
  return f(o);
}

export function unaryPositive(o: PyObject): PyObject {
  const f = o.type.nb_positive;
  if (f === null) throw raise(TypeErrorType, `bad operand type for unary +: '${o.type.name}'`);
  return f(o);
}

export function unaryInvert(o: PyObject): PyObject {
  const f = o.type.nb_invert;
  if (f === null) throw raise(TypeErrorType, `bad operand type for unary ~: '${o.type.name}'`);
  return f(o);
}

/** The str of an object as a PyStr (new reference). */
export function strObject(o: PyObject): PyStr {
  if (o.type === strType) return newref(o as PyStr);
  return newStr(str(o));
}

export function isDict(o: PyObject): o is PyDict {
  return o.type.layout === 6;
}
