/**
 * Argument conversions shared by the native modules, with CPython's error messages: a float from
 * any real number (PyFloat_AsDouble: float layout, `__float__`, then `__index__`), an int from
 * `__index__` (PyNumber_Index) as a bigint or a JS number, an int object from a finite double
 * (PyLong_FromDouble), positional-argument count checks worded as Argument Clinic words them,
 * keyword-only argument parsing, and the exact binary decomposition of a double.
 */
import {
  PyFloat, PyInt, PyObject, OverflowErrorType, TypeErrorType, ValueErrorType, newInt, newBigInt, bigOf, raise, decref,
  isInt,
} from '@pyglass/vm-core';

/** The value of an int object as a double, with PyLong_AsDouble's OverflowError. */
export function intToDouble(o: PyInt): number {
  if (o.big === null) return o.n;
  const v = Number(o.big); // why: Number(bigint) rounds half to even, as PyLong_AsDouble does
  if (v === Infinity || v === -Infinity) throw raise(OverflowErrorType, 'int too large to convert to float');
  return v;
}

/** PyFloat_AsDouble. */
export function asDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt && isInt(o)) return intToDouble(o);
  const t = o.type;
  if (t.nb_float !== null) {
    const r = t.nb_float(o);
    if (!(r instanceof PyFloat)) {
      const name = r.type.name;
      decref(r);
      throw raise(TypeErrorType, `${t.name}.__float__ returned non-float (type ${name})`);
    }
    const v = r.v;
    decref(r);
    return v;
  }
  if (t.nb_index !== null) {
    const i = asIndexObject(o);
    const v = intToDouble(i);
    decref(i);
    return v;
  }
  throw raise(TypeErrorType, `must be real number, not ${t.name}`);
}

/** PyNumber_Index: a new reference to an exact-or-subclass int. */
export function asIndexObject(o: PyObject): PyInt {
  if (isInt(o)) {
    o.rc++;
    return o;
  }
  const f = o.type.nb_index;
  if (f === null) throw raise(TypeErrorType, `'${o.type.name}' object cannot be interpreted as an integer`);
  const r = f(o);
  if (!isInt(r)) {
    const name = r.type.name;
    decref(r);
    throw raise(TypeErrorType, `__index__ returned non-int (type ${name})`);
  }
  return r;
}

/** operator.index(o) as a bigint. */
export function asBigIndex(o: PyObject): bigint {
  if (isInt(o)) return bigOf(o);
  const r = asIndexObject(o);
  const v = bigOf(r);
  decref(r);
  return v;
}

/**
 * operator.index(o) as a JS number, for Py_ssize_t arguments: OverflowError past ±(2**63 - 1)
 * with `msg` ("Python int too large to convert to C ssize_t" by default). Values between 2**53 and
 * 2**63 are returned as doubles (callers treat them as "huge").
 */
export function asSsize(o: PyObject, msg = 'Python int too large to convert to C ssize_t'): number {
  if (isInt(o) && o.big === null) return o.n;
  const v = asBigIndex(o);
  if (v > 9223372036854775807n || v < -9223372036854775808n) throw raise(OverflowErrorType, msg);
  return Number(v);
}

/** An int object from a JS integer-valued number or a bigint. */
export function intFrom(v: number | bigint): PyInt {
  if (typeof v === 'bigint') return newBigInt(v);
  return Number.isSafeInteger(v) ? newInt(v + 0) : newBigInt(BigInt(v));
}

/** PyLong_FromDouble of an integral double (floor/ceil/trunc results), with its errors. */
export function intFromDouble(x: number): PyInt {
  if (x !== x) throw raise(ValueErrorType, 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw raise(OverflowErrorType, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? newInt(t + 0) : newBigInt(BigInt(t));
}

/** "f() takes exactly N arguments (M given)" and friends (_PyArg_CheckPositional's wording). */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    if (min === max) throw raise(TypeErrorType, `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    throw raise(TypeErrorType, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    if (min === max) throw raise(TypeErrorType, `${name} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
    throw raise(TypeErrorType, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/**
 * Argument Clinic's parse of `name(pos..., *, kwonly...)`: returns the positional arguments and the
 * keyword values in `kwNames` order (undefined when absent), with the messages CPython gives for
 * too many positional arguments, unknown keywords and a keyword given twice.
 */
export function parseArgs(
  fname: string, args: PyObject[], kwnames: string[] | null, posNames: readonly string[], minPos: number,
  kwOnly: readonly string[], posOnly = true,
): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const maxPos = posNames.length;
  const total = maxPos + kwOnly.length;
  const out: (PyObject | undefined)[] = new Array(total).fill(undefined);
  const plural = (n: number): string => (n === 1 ? '' : 's');
  if (args.length > total && (nkw > 0 || !posOnly)) {
    throw raise(TypeErrorType, `${fname}() takes at most ${total} argument${plural(total)} (${args.length} given)`);
  }
  if (npos > maxPos) {
    if (maxPos === 0) throw raise(TypeErrorType, `${fname}() takes no positional arguments`);
    throw raise(TypeErrorType,
      `${fname}() takes ${minPos === maxPos ? 'exactly' : 'at most'} ${maxPos} positional argument${plural(maxPos)} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  // Positional-only parameters are counted before any keyword is looked at (_PyArg_UnpackKeywords).
  if (posOnly && npos < minPos) {
    throw raise(TypeErrorType,
      `${fname}() takes ${minPos === maxPos ? 'exactly' : 'at least'} ${minPos} positional argument${plural(minPos)} (${npos} given)`);
  }
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    let idx = kwOnly.indexOf(name);
    if (idx >= 0) idx += maxPos;
    else if (!posOnly) idx = posNames.indexOf(name);
    if (idx < 0) throw raise(TypeErrorType, `'${name}' is an invalid keyword argument for ${fname}()`);
    if (out[idx] !== undefined) {
      throw raise(TypeErrorType, `argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    }
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < minPos; i++) {
    if (out[i] !== undefined) continue;
    if (!posOnly) throw raise(TypeErrorType, `${fname}() missing required argument '${posNames[i]}' (pos ${i + 1})`);
    throw raise(TypeErrorType,
      `${fname}() takes ${minPos === maxPos ? 'exactly' : 'at least'} ${minPos} positional argument${plural(minPos)} (${npos} given)`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Exact binary decomposition of doubles

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/**
 * frexp: [m, e] with x = m × 2**e and 0.5 ≤ |m| < 1 (x itself and 0 for zero, inf and nan).
 * Bit manipulation instead of log2: why — exact for subnormals and free of rounding.
 */
export function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  F64[0] = x;
  let hi = U32[1];
  let e = (hi >>> 20) & 0x7ff;
  let adj = 0;
  if (e === 0) {
    F64[0] = x * 18014398509481984; // 2**54: makes a subnormal normal
    hi = U32[1];
    e = (hi >>> 20) & 0x7ff;
    adj = -54;
  }
  U32[1] = (hi & 0x800fffff) | (1022 << 20);
  return [F64[0], e - 1022 + adj];
}

/** x as m × 2**e with m an integer (a bigint, sign included) — x must be finite. */
export function decompose(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const [m, e] = frexp(x);
  return [BigInt(m * 9007199254740992), e - 53]; // m × 2**53 is an integer
}

// ---------------------------------------------------------------------------------------------
// Python-function argument binding (for what CPython writes in Python: random.py, copy.py …)

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Binds arguments as a Python `def qualname(self?, p1, p2=…, *, k1=…)` would, with the messages of
 * Python's own binding (ceval's positional/keyword checks): `params` are positional-or-keyword (the
 * first `required` of them without defaults), `kwOnly` keyword-only with defaults; `selfCount` is 1
 * for methods, whose `self` counts in "takes N positional arguments".
 */
export function pyArgs(
  qualname: string, args: PyObject[], kwnames: string[] | null, params: readonly string[], required: number,
  kwOnly: readonly string[] = [], selfCount = 0,
): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const maxPos = params.length;
  if (npos > maxPos) {
    const lo = required + selfCount;
    const hi = maxPos + selfCount;
    const takes = lo === hi ? `${hi} positional argument${hi === 1 ? '' : 's'}` : `from ${lo} to ${hi} positional arguments`;
    const given = npos + selfCount;
    throw raise(TypeErrorType, `${qualname}() takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  const out: (PyObject | undefined)[] = new Array(maxPos + kwOnly.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    let idx = params.indexOf(name);
    if (idx < 0) {
      idx = kwOnly.indexOf(name);
      if (idx >= 0) idx += maxPos;
    }
    if (idx < 0) throw raise(TypeErrorType, `${qualname}() got an unexpected keyword argument '${name}'`);
    if (out[idx] !== undefined) throw raise(TypeErrorType, `${qualname}() got multiple values for argument '${name}'`);
    out[idx] = args[npos + k];
  }
  const missing: string[] = [];
  for (let i = 0; i < required; i++) if (out[i] === undefined) missing.push(params[i]);
  if (missing.length > 0) {
    throw raise(TypeErrorType,
      `${qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quoteList(missing)}`);
  }
  return out;
}

/** METH_O: "q() takes exactly one argument (n given)" / "q() takes no keyword arguments". */
export function methO(qualname: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) throw raise(TypeErrorType, `${qualname}() takes no keyword arguments`);
  if (args.length !== 1) throw raise(TypeErrorType, `${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_NOARGS: "q() takes no arguments (n given)". */
export function methNoArgs(qualname: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(TypeErrorType, `${qualname}() takes no keyword arguments`);
  if (args.length !== 0) throw raise(TypeErrorType, `${qualname}() takes no arguments (${args.length} given)`);
}
