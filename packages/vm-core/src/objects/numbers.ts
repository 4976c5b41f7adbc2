/**
 * int, bool and float (Objects/longobject.c, boolobject.c, floatobject.c): arithmetic with
 * Python's floor division and modulo signs, arbitrary precision through BigInt only when a value
 * leaves the safe-integer range (why: number arithmetic is several times faster and most ints are
 * small), comparisons across int and float, hashing through primitives/hash.ts, float repr with
 * Python's switch to exponent notation (< 1e-4 or ≥ 1e16), and the constructors `int(x, base)`
 * and `float(x)` with CPython's error messages.
 */
import { PyFloat, PyInt, PyObject, PyStr, PyType, newref, type BinaryFunc } from '../object.js';
import { PyHash } from '../primitives/hash-value.js';
import { floatRepr } from '../primitives/float-format.js';
import { floatFromString } from '../primitives/float-parse.js';
import { intFromString, intToString } from '../primitives/int-str.js';
import { PyError } from '../primitives/py-error.js';
import { hashBigInt, hashFloat, hashInt } from '../primitives/hash.js';
import { hashAsNumber, indexValue, isSubtype, str, EQ, NE, LT, LE, GT, GE } from '../abstract.js';
import { OverflowErrorType, TypeErrorType, ValueErrorType, ZeroDivisionErrorType, boolType, exceptionTypes, floatType, intType, strType } from '../types.js';
import { False, MAX_SAFE, NotImplemented, True, bigOf, newBigInt, newBool, newFloat, newInt, newStr, newTuple, raise, floatDealloc } from './values.js';
import { defGetSet, defMethod, intMakers, splitKw } from './typeobject.js';
import {
  NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR,
} from '@pyglass/interfaces';

export function isInt(o: PyObject): o is PyInt {
  return o.type === intType || o.type === boolType || isSubtype(o.type, intType);
}

function isFloat(o: PyObject): o is PyFloat {
  return o.type === floatType || isSubtype(o.type, floatType);
}

/** An int as a JS number (exact only when `big` is null). */
export function intToNumber(o: PyInt): number {
  return o.big !== null ? Number(o.big) : o.n;
}

// ---------------------------------------------------------------------------------------------
// int arithmetic: number fast paths, BigInt when a result leaves the safe range

export function intAdd(a: PyInt, b: PyInt): PyObject {
  if (a.big === null && b.big === null) {
    const r = a.n + b.n;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r);
  }
  return newBigInt(bigOf(a) + bigOf(b));
}

export function intSub(a: PyInt, b: PyInt): PyObject {
  if (a.big === null && b.big === null) {
    const r = a.n - b.n;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r);
  }
  return newBigInt(bigOf(a) - bigOf(b));
}

export function intMul(a: PyInt, b: PyInt): PyObject {
  if (a.big === null && b.big === null) {
    const r = a.n * b.n;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r === 0 ? 0 : r);
  }
  return newBigInt(bigOf(a) * bigOf(b));
}

function zeroDiv(msg: string): never {
  throw raise(ZeroDivisionErrorType, msg);
}

export function intFloorDiv(a: PyInt, b: PyInt): PyObject {
  if (a.big === null && b.big === null) {
    if (b.n === 0) zeroDiv('integer division or modulo by zero');
    let r = a.n % b.n;
    if (r !== 0 && r < 0 !== b.n < 0) r += b.n;
    return newInt((a.n - r) / b.n);
  }
  const x = bigOf(a), y = bigOf(b);
  if (y === 0n) zeroDiv('integer division or modulo by zero');
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return newBigInt(q);
}

export function intMod(a: PyInt, b: PyInt): PyObject {
  if (a.big === null && b.big === null) {
    if (b.n === 0) zeroDiv('integer modulo by zero');
    let r = a.n % b.n;
    if (r !== 0 && r < 0 !== b.n < 0) r += b.n;
    return newInt(r === 0 ? 0 : r);
  }
  const x = bigOf(a), y = bigOf(b);
  if (y === 0n) zeroDiv('integer modulo by zero');
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return newBigInt(r);
}

export function intTrueDiv(a: PyInt, b: PyInt): PyObject {
  const y = intToNumber(b);
  if (y === 0 && (b.big === null || b.big === 0n)) zeroDiv('division by zero');
  if (a.big === null && b.big === null) return newFloat(a.n / b.n);
  const q = Number(bigOf(a)) / Number(bigOf(b));
  if (!Number.isFinite(q)) throw raise(OverflowErrorType, 'integer division result too large for a float');
  return newFloat(q);
}

export function intPow(a: PyInt, b: PyInt): PyObject {
  const e = bigOf(b);
  if (e < 0n) {
    const base = intToNumber(a);
    if (base === 0) zeroDiv('0.0 cannot be raised to a negative power');
    return newFloat(Math.pow(base, Number(e)));
  }
  if (a.big === null && b.big === null) {
    // Exact square-and-multiply on numbers while the result stays safe (why: no BigInt for 2**10).
    let result = 1, base = a.n, n = b.n, ok = true;
    while (n > 0) {
      if (n & 1) {
        result *= base;
        if (result > MAX_SAFE || result < -MAX_SAFE) {
          ok = false;
          break;
        }
      }
      n = Math.floor(n / 2);
      if (n > 0) {
        base *= base;
        if (base > MAX_SAFE) {
          ok = false;
          break;
        }
      }
    }
    if (ok) return newInt(result);
  }
  return newBigInt(bigOf(a) ** e);
}

function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyObject {
  let mod = bigOf(m);
  if (mod === 0n) throw raise(ValueErrorType, 'pow() 3rd argument cannot be 0');
  let e = bigOf(b);
  if (e < 0n) throw raise(ValueErrorType, 'base is not invertible for the given modulus');
  const neg = mod < 0n;
  if (neg) mod = -mod;
  let base = ((bigOf(a) % mod) + mod) % mod;
  let r = 1n % mod;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (neg && r !== 0n) r -= mod;
  return newBigInt(r);
}

function intLshift(a: PyInt, b: PyInt): PyObject {
  const s = bigOf(b);
  if (s < 0n) throw raise(ValueErrorType, 'negative shift count');
  return newBigInt(bigOf(a) << s);
}

function intRshift(a: PyInt, b: PyInt): PyObject {
  const s = bigOf(b);
  if (s < 0n) throw raise(ValueErrorType, 'negative shift count');
  if (a.big === null && s < 64n) return newInt(Math.floor(a.n / 2 ** Number(s)));
  return newBigInt(bigOf(a) >> s);
}

function bitwise(a: PyInt, b: PyInt, op: number): PyObject {
  const bothBool = a.type === boolType && b.type === boolType;
  if (a.big === null && b.big === null && (a.n | 0) === a.n && (b.n | 0) === b.n) {
    const r = op === NB_AND ? a.n & b.n : op === NB_OR ? a.n | b.n : a.n ^ b.n;
    return bothBool ? newBool(r !== 0) : newInt(r);
  }
  const x = bigOf(a), y = bigOf(b);
  return newBigInt(op === NB_AND ? x & y : op === NB_OR ? x | y : x ^ y);
}

/** Wraps an int operation as an nb slot: NotImplemented unless both operands are ints. */
function intSlot(f: (a: PyInt, b: PyInt) => PyObject): BinaryFunc {
  return (a, b) => (isInt(a) && isInt(b) ? f(a, b) : NotImplemented);
}

export function compareNumbers(x: number, y: number, op: number): boolean {
  switch (op) {
    case LT: return x < y;
    case LE: return x <= y;
    case EQ: return x === y;
    case NE: return x !== y;
    case GT: return x > y;
    default: return x >= y;
  }
}

function compareBig(x: bigint, y: bigint, op: number): boolean {
  switch (op) {
    case LT: return x < y;
    case LE: return x <= y;
    case EQ: return x === y;
    case NE: return x !== y;
    case GT: return x > y;
    default: return x >= y;
  }
}

function intRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isInt(b)) return NotImplemented;
  const x = a as PyInt;
  if (x.big === null && b.big === null) return compareNumbers(x.n, b.n, op) ? True : False;
  return compareBig(bigOf(x), bigOf(b), op) ? True : False;
}

export function intRepr(o: PyObject): string {
  const i = o as PyInt;
  // A big int goes through the primitive that enforces sys.get_int_max_str_digits() (4300), as
  // CPython's int.__repr__ does (ValueError beyond it).
  return i.big !== null ? fromPrimitive(intToString(i.big)) : String(i.n);
}

// ---------------------------------------------------------------------------------------------
// float

/** repr(float): the shortest round-tripping digits, laid out as Python does (float_repr_style 'short'). */
/** float repr: primitives/float-format.ts (shortest round-trip digits, CPython's repr rules). */
export { floatRepr };

/** A float operand's value: float, or int converted (OverflowError when too large); null otherwise. */
function asDouble(o: PyObject): number | null {
  if (isFloat(o)) return o.v;
  if (isInt(o)) {
    if (o.big === null) return o.n;
    const d = Number(o.big);
    if (!Number.isFinite(d)) throw raise(OverflowErrorType, 'int too large to convert to float');
    return d;
  }
  return null;
}

function floatSlot(f: (x: number, y: number) => PyObject): BinaryFunc {
  return (a, b) => {
    const x = asDouble(a);
    if (x === null) return NotImplemented;
    const y = asDouble(b);
    if (y === null) return NotImplemented;
    return f(x, y);
  };
}

export function floatFloorMod(x: number, y: number): [number, number] {
  if (y === 0) zeroDiv('float floor division by zero');
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else mod = y < 0 ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = x / y < 0 ? -0 : 0;
  return [floordiv, mod];
}

function floatPow(x: number, y: number): PyObject {
  if (x === 0 && y < 0) zeroDiv('0.0 cannot be raised to a negative power');
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) throw raise(ValueErrorType, 'math domain error');
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw raise(OverflowErrorType, '(34, \'Numerical result out of range\')');
  return newFloat(r);
}

function floatRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = (a as PyFloat).v;
  if (isFloat(b)) return compareNumbers(x, b.v, op) ? True : False;
  if (isInt(b)) {
    if (b.big === null || !Number.isFinite(x)) return compareNumbers(x, intToNumber(b), op) ? True : False;
    if (Number.isInteger(x)) return compareBig(BigInt(x), b.big, op) ? True : False;
    return compareNumbers(x, Number(b.big), op) ? True : False;
  }
  return NotImplemented;
}

/**
 * round(x, n) for floats: Python rounds the exact binary value half-to-even (dtoa), so the
 * value is scaled exactly with BigInt arithmetic (why: toFixed's decimal rounding differs on
 * values like 2.675, whose binary value is just below the tie).
 */
export function roundFloat(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (n > 323) return x;
  const f = new Float64Array([x]);
  const u = new BigUint64Array(f.buffer)[0];
  const neg = u >> 63n === 1n;
  const be = Number((u >> 52n) & 0x7ffn);
  let mant = u & 0xfffffffffffffn;
  let e: number;
  if (be === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = be - 1075;
  }
  let num = mant;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (n >= 0) num *= 10n ** BigInt(n);
  else den *= 10n ** BigInt(-n);
  let q = num / den;
  const r = num % den;
  if (2n * r > den || (2n * r === den && (q & 1n) === 1n)) q += 1n;
  const text = n >= 0 ? `${q}e-${n}` : `${q}e${-n}`;
  const v = Number(text);
  return neg ? -v : v;
}

export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) return 2 * Math.round(x / 2);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Constructors

/** A primitive's result, or its PyError raised as the Python exception it names. */
function fromPrimitive<T>(r: T | PyError): T {
  if (r instanceof PyError) throw raise(exceptionTypes.get(r.type) ?? ValueErrorType, r.message);
  return r;
}

/** A new int from a primitive's number-or-bigint value. */
function intOfValue(v: bigint | number): PyInt {
  return typeof v === 'number' ? newInt(v) : newBigInt(v);
}

function intNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const [pos, kw] = splitKw(args, kwnames);
  const baseArg = pos[1] ?? kw?.get('base') ?? null;
  let r: PyObject;
  if (pos.length === 0) r = newInt(0);
  else if (baseArg !== null) {
    const x = pos[0];
    const base = indexValue(baseArg);
    if (base !== 0 && (base < 2 || base > 36)) throw raise(ValueErrorType, 'int() base must be >= 2 and <= 36, or 0');
    if (x.type !== strType && !isSubtype(x.type, strType)) throw raise(TypeErrorType, "int() can't convert non-string with explicit base");
    // primitives/int-str.ts: CPython's literal rules and messages (checked against the oracle).
    r = intOfValue(fromPrimitive(intFromString((x as PyStr).s, base)));
  } else {
    const x = pos[0];
    if (isInt(x)) r = x.big !== null ? newBigInt(x.big) : newInt(x.n);
    else if (isFloat(x)) {
      if (!Number.isFinite(x.v)) throw raise(x.v !== x.v ? ValueErrorType : OverflowErrorType, x.v !== x.v ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      const t = Math.trunc(x.v);
      r = t <= MAX_SAFE && t >= -MAX_SAFE ? newInt(t === 0 ? 0 : t) : newBigInt(BigInt(t));
    } else if (x.type === strType || isSubtype(x.type, strType)) {
      r = intOfValue(fromPrimitive(intFromString((x as PyStr).s, 10)));
    } else if (x.type.nb_int !== null) r = x.type.nb_int(x);
    else if (x.type.nb_index !== null) r = x.type.nb_index(x);
    else throw raise(TypeErrorType, `int() argument must be a string, a bytes-like object or a real number, not '${x.type.name}'`);
  }
  if (type === intType) return r;
  const i = r as PyInt;
  return new PyInt(type, i.n, i.big, 28);
}

/** Set by str.ts (repr of a str), to keep this file free of an import cycle at load. */
export let strRepr: (s: string) => string = (s) => `'${s}'`;
export function setStrRepr(f: (s: string) => string): void {
  strRepr = f;
}

function floatNew(type: PyType, args: PyObject[]): PyObject {
  let v = 0;
  if (args.length > 0) {
    const x = args[0];
    // PyNumber_Float: an exact float argument is returned itself.
    if (type === floatType && x.type === floatType) return newref(x);
    if (isFloat(x)) v = x.v;
    else if (isInt(x)) v = asDouble(x)!;
    else if (x.type === strType || isSubtype(x.type, strType)) {
      // primitives/float-parse.ts: CPython's float(str) rules and messages.
      v = fromPrimitive(floatFromString((x as PyStr).s));
    } else if (x.type.nb_float !== null) v = (x.type.nb_float(x) as PyFloat).v;
    else throw raise(TypeErrorType, `float() argument must be a string or a real number, not '${x.type.name}'`);
  }
  return type === floatType ? newFloat(v) : new PyFloat(type, v);
}

// ---------------------------------------------------------------------------------------------

function intHash(o: PyObject, out: PyHash): void {
  const i = o as PyInt;
  if (i.big !== null) hashBigInt(i.big, out);
  else hashInt(i.n, out);
}

export function initNumbers(): void {
  intType.tp_new = intNew;
  intType.tp_repr = intRepr;
  intType.tp_hash = intHash;
  intType.tp_richcompare = intRichCompare;
  intType.nb_bool = (o) => (o as PyInt).n !== 0 || (o as PyInt).big !== null;
  intType.nb_index = (o) => (o.type === intType ? (o.rc++, o) : newBigInt(bigOf(o as PyInt)));
  intType.nb_int = intType.nb_index;
  intType.nb_float = (o) => newFloat(asDouble(o)!);
  intType.nb_negative = (o) => ((o as PyInt).big === null ? newInt(-(o as PyInt).n || 0) : newBigInt(-(o as PyInt).big!));
  intType.nb_positive = intType.nb_index;
  intType.nb_absolute = (o) => ((o as PyInt).big === null ? newInt(Math.abs((o as PyInt).n)) : newBigInt((o as PyInt).big! < 0n ? -(o as PyInt).big! : (o as PyInt).big!));
  intType.nb_invert = (o) => ((o as PyInt).big === null ? newInt(-(o as PyInt).n - 1) : newBigInt(-(o as PyInt).big! - 1n));
  intType.nb[NB_ADD] = intSlot(intAdd);
  intType.nb[NB_SUBTRACT] = intSlot(intSub);
  intType.nb[NB_MULTIPLY] = intSlot(intMul);
  intType.nb[NB_FLOOR_DIVIDE] = intSlot(intFloorDiv);
  intType.nb[NB_REMAINDER] = intSlot(intMod);
  intType.nb[NB_TRUE_DIVIDE] = intSlot(intTrueDiv);
  intType.nb[NB_POWER] = intSlot(intPow);
  intType.nb[NB_LSHIFT] = intSlot(intLshift);
  intType.nb[NB_RSHIFT] = intSlot(intRshift);
  intType.nb[NB_AND] = intSlot((a, b) => bitwise(a, b, NB_AND));
  intType.nb[NB_OR] = intSlot((a, b) => bitwise(a, b, NB_OR));
  intType.nb[NB_XOR] = intSlot((a, b) => bitwise(a, b, NB_XOR));
  defMethod(intType, 'bit_length', (self) => newInt(bigOf(self as PyInt) === 0n ? 0 : (bigOf(self as PyInt) < 0n ? -bigOf(self as PyInt) : bigOf(self as PyInt)).toString(2).length));
  defMethod(intType, '__format__', (self, args) => newStr(formatHook.int!(self as PyInt, (args[0] as PyStr).s)));
  defMethod(intType, '__divmod__', (self, args) => {
    if (!isInt(args[0])) return NotImplemented;
    return newTuple([intFloorDiv(self as PyInt, args[0]), intMod(self as PyInt, args[0])]);
  });
  defMethod(intType, '__pow__', (self, args) => {
    if (args.length > 1 && args[1] !== (null as unknown)) {
      if (!isInt(args[0]) || !isInt(args[1])) return NotImplemented;
      return intPowMod(self as PyInt, args[0], args[1]);
    }
    return intType.nb[NB_POWER]!(self, args[0]);
  });
  defGetSet(intType, 'real', (o) => newBigInt(bigOf(o as PyInt)));
  defGetSet(intType, 'imag', () => newInt(0));
  intMakers.fromHash = (h) => {
    const n = hashAsNumber(h);
    return Number.isSafeInteger(n) ? newInt(n) : newBigInt((BigInt(h.hi) << 32n) | BigInt(h.lo >>> 0));
  };
  intMakers.fromNumber = (n) => newInt(n);

  boolType.tp_new = (_t, args) => (args.length === 0 ? False : newBool(truthHook.f!(args[0])));
  boolType.tp_repr = (o) => (o === True ? 'True' : 'False');
  boolType.nb[NB_AND] = intSlot((a, b) => bitwise(a, b, NB_AND));
  boolType.nb[NB_OR] = intSlot((a, b) => bitwise(a, b, NB_OR));
  boolType.nb[NB_XOR] = intSlot((a, b) => bitwise(a, b, NB_XOR));

  floatType.tp_new = floatNew;
  floatType.tp_repr = (o) => floatRepr((o as PyFloat).v);
  floatType.tp_hash = (o, out) => hashFloat((o as PyFloat).v, out, o.addr);
  floatType.tp_richcompare = floatRichCompare;
  floatType.nb_bool = (o) => (o as PyFloat).v !== 0;
  floatType.nb_negative = (o) => newFloat(-(o as PyFloat).v);
  // float_pos / float_float: an exact float is returned itself (a new reference), as in CPython.
  floatType.nb_positive = (o) => (o.type === floatType ? newref(o) : newFloat((o as PyFloat).v));
  floatType.nb_absolute = (o) => newFloat(Math.abs((o as PyFloat).v));
  floatType.nb_float = (o) => (o.type === floatType ? newref(o) : newFloat((o as PyFloat).v));
  floatType.dealloc = floatDealloc;
  floatType.nb_int = (o) => intNew(intType, [o], null);
  floatType.nb[NB_ADD] = floatSlot((x, y) => newFloat(x + y));
  floatType.nb[NB_SUBTRACT] = floatSlot((x, y) => newFloat(x - y));
  floatType.nb[NB_MULTIPLY] = floatSlot((x, y) => newFloat(x * y));
  floatType.nb[NB_TRUE_DIVIDE] = floatSlot((x, y) => (y === 0 ? zeroDiv('float division by zero') : newFloat(x / y)));
  floatType.nb[NB_FLOOR_DIVIDE] = floatSlot((x, y) => newFloat(floatFloorMod(x, y)[0]));
  floatType.nb[NB_REMAINDER] = floatSlot((x, y) => (y === 0 ? zeroDiv('float modulo') : newFloat(floatFloorMod(x, y)[1])));
  floatType.nb[NB_POWER] = floatSlot(floatPow);
  defMethod(floatType, 'is_integer', (self) => newBool(Number.isInteger((self as PyFloat).v)));
  defMethod(floatType, '__format__', (self, args) => newStr(formatHook.float!((self as PyFloat).v, (args[0] as PyStr).s)));
  defMethod(floatType, '__round__', (self, args) => {
    const v = (self as PyFloat).v;
    if (args.length === 0 || args[0] === (None_ as PyObject)) {
      if (!Number.isFinite(v)) throw raise(v !== v ? ValueErrorType : OverflowErrorType, v !== v ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      const r = roundHalfEven(v);
      return Math.abs(r) <= MAX_SAFE ? newInt(r || 0) : newBigInt(BigInt(r));
    }
    return newFloat(roundFloat(v, indexValue(args[0])));
  });
  defGetSet(floatType, 'real', (o) => newFloat((o as PyFloat).v));
  defGetSet(floatType, 'imag', () => newFloat(0));
  void str;
}

/** Late hooks (format mini-language lives in format.ts; truth in abstract). */
export const formatHook = {
  int: null as ((o: PyInt, spec: string) => string) | null,
  float: null as ((v: number, spec: string) => string) | null,
};
export const truthHook = { f: null as ((o: PyObject) => boolean) | null };
let None_: PyObject | null = null;
export function setNoneForNumbers(n: PyObject): void {
  None_ = n;
}
