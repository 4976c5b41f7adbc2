/**
 * The singletons (None, NotImplemented, Ellipsis, True, False, the small ints −5..256, the empty
 * tuple and str, the one-character latin-1 strs) and the constructors every other file uses to
 * make ints, floats, strs, tuples and lists, plus the helpers that raise a Python exception from
 * native code (`throw raise(TypeErrorType, msg)`). Singletons are immortal, as in CPython 3.12.
 */
import {
  FLOAT_MAXFREELIST, FREELISTED, PyBaseException, PyFloat, PyInt, PyList, PyObject, PyStr, PyTuple, PyType,
  floatFreeList, immortalize, memory, newref,
} from '../object.js';
import {
  boolType, ellipsisType, floatType, intType, listType, noneType, notImplementedType, strType, tupleType,
} from '../types.js';

export const None = immortalize(new PyObject(noneType, 16));
export const NotImplemented = immortalize(new PyObject(notImplementedType, 16));
export const Ellipsis = immortalize(new PyObject(ellipsisType, 16));
export const False = immortalize(new PyInt(boolType, 0, null, 28));
export const True = immortalize(new PyInt(boolType, 1, null, 28));

const SMALL_MIN = -5;
const SMALL_MAX = 256;
/** Why a table: `_PyLong_SMALL_INTS` — these ints are shared and immortal, so `is` works on them. */
const smallInts: PyInt[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) smallInts.push(immortalize(new PyInt(intType, i, null, 28)));

export const MAX_SAFE = 9007199254740991;

/** sys.getsizeof of an int: 24 + 4 bytes per 30-bit digit (at least one digit, as 3.12 counts 0). */
function intSize(n: number): number {
  const a = n < 0 ? -n : n;
  return a < 1073741824 ? 28 : a < 1152921504606846976 ? 32 : 36;
}
function bigSize(b: bigint): number {
  // The bit length from the hex digits: a quarter of the characters of toString(2), which made
  // every big-int result cost a string four times its size (fib(20000) ran 33x slower than CPython).
  const hex = (b < 0n ? -b : b).toString(16);
  const bits = (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
  return 24 + 4 * Math.max(1, Math.ceil(bits / 30));
}

/** A new reference to the int `n` (a safe integer). */
export function newInt(n: number): PyInt {
  if (n >= SMALL_MIN && n <= SMALL_MAX && (n | 0) === n) return smallInts[n - SMALL_MIN];
  return new PyInt(intType, n, null, intSize(n));
}

/** A new reference to the int `b`, kept as a number when it fits (the PyInt invariant). */
export function newBigInt(b: bigint): PyInt {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return newInt(Number(b));
  return new PyInt(intType, 0, b, bigSize(b));
}

/** The value of an int as a bigint. */
export function bigOf(o: PyInt): bigint {
  return o.big !== null ? o.big : BigInt(o.n);
}

export function newBool(b: boolean): PyInt {
  return b ? True : False;
}

export function newFloat(v: number): PyFloat {
  const fl = floatFreeList;
  if (fl.count > 0) {
    const f = fl.items[--fl.count]!;
    fl.items[fl.count] = null;
    f.rc = 1;
    f.v = v;
    memory.live++;
    if (memory.liveSet !== null) memory.liveSet.add(f);
    return f;
  }
  return new PyFloat(floatType, v);
}

/** float's tp_dealloc: an exact float goes onto the free list while it has room (float_dealloc). */
export function floatDealloc(o: PyObject): void {
  const fl = floatFreeList;
  if (o.type === floatType && fl.count < FLOAT_MAXFREELIST) {
    fl.items[fl.count++] = o as PyFloat;
    o.rc = FREELISTED;
  }
}

/** sys.getsizeof of a str: compact ASCII 40+n+1, latin-1 56+n+1, UCS-2 56+2(n+1), UCS-4 56+4(n+1). */
function strSize(s: string): number {
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  const n = s.length;
  if (max < 128) return 41 + n;
  if (max < 256) return 57 + n;
  return 58 + 2 * n;
}

const emptyStr = immortalize(new PyStr(strType, '', 41));
const charStrs: PyStr[] = [];
for (let i = 0; i < 256; i++) charStrs.push(immortalize(new PyStr(strType, String.fromCharCode(i), i < 128 ? 42 : 58)));
/** Interned strs (identifiers and constants from code objects): one object per text, immortal. */
const interned = new Map<string, PyStr>();

/** A new reference to a str holding `s`. */
export function newStr(s: string): PyStr {
  if (s.length <= 1) {
    if (s.length === 0) return emptyStr;
    const c = s.charCodeAt(0);
    if (c < 256) return charStrs[c];
  }
  return new PyStr(strType, s, strSize(s));
}

/** The interned str for `s` (sys.intern): identifiers and names share one object. */
export function internStr(s: string): PyStr {
  if (s.length <= 1) return newStr(s);
  let o = interned.get(s);
  if (o === undefined) {
    o = immortalize(new PyStr(strType, s, strSize(s)));
    interned.set(s, o);
  }
  return o;
}

export const emptyTuple = immortalize(new PyTuple(tupleType, []));

/** A new tuple that takes ownership of the references in `items`. */
export function newTuple(items: PyObject[]): PyTuple {
  if (items.length === 0) return emptyTuple;
  return new PyTuple(tupleType, items);
}

/** A new tuple holding new references to `items` (borrowed). */
export function tupleOf(...items: PyObject[]): PyTuple {
  for (let i = 0; i < items.length; i++) newref(items[i]);
  return newTuple(items);
}

/** A new list that takes ownership of the references in `items`. */
export function newList(items: PyObject[]): PyList {
  return new PyList(listType, items);
}

// ---------------------------------------------------------------------------------------------
// Exceptions from native code

/** A new exception instance of `type` with the given args (owned). */
export function newException(type: PyType, args: PyObject[]): PyBaseException {
  return new PyBaseException(type, newTuple(args));
}

/** An exception of `type` with message `msg`, to be thrown: `throw raise(TypeErrorType, '…')`. */
export function raise(type: PyType, msg: string): PyBaseException {
  return newException(type, [newStr(msg)]);
}
