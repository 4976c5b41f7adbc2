/**
 * The arithmetic rules of CPython 3.12's int and float that are easy to get subtly wrong: true
 * division (correctly rounded for big ints), floor division and modulo (floor semantics, the sign
 * of zero results, float divmod's correction step), power (float_pow's special cases, 3-argument
 * pow with modular inverse), `round()` for floats (correctly rounded via the decimal digits, as
 * double_round does) and ints, `int.bit_length`, `int.to_bytes` / `int.from_bytes`, and the exact
 * exception types and messages (ZeroDivisionError "float modulo", OverflowError "(34, 'Numerical
 * result out of range')", …).
 *
 * Ints are safe-integer numbers or BigInts (normalized: a BigInt result that fits becomes a
 * number); floats are numbers. Errors come back as PyError records.
 */
import { fixedDigits } from './float-digits.js';
import { bitLength, scaledToDouble } from './float-parse.js';
import { correctlyRoundedPow } from './float-pow.js';
import { normalizeInt } from './int-str.js';
import { overflowError, PyError, valueError } from './py-error.js';

export type PyInt = number | bigint;

const zeroDivision = (m: string): PyError => new PyError('ZeroDivisionError', m);
/** What CPython raises when libm reports ERANGE: OSError-style args, printed as a tuple. */
const RANGE_ERROR = "(34, 'Numerical result out of range')";

function big(n: PyInt): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}

/** float(n) for an int: correctly rounded, OverflowError past the double range. */
export function intAsFloat(n: PyInt): number | PyError {
  if (typeof n === 'number') return n;
  const v = Number(n);
  return Number.isFinite(v) ? v : overflowError('int too large to convert to float');
}

/** `a / b` for ints: correctly rounded (long_true_divide). */
export function intTrueDivide(a: PyInt, b: PyInt): number | PyError {
  if (b === 0 || b === 0n) return zeroDivision('division by zero');
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) <= 2 ** 53 && Math.abs(b) <= 2 ** 53) {
    // Why: both are exact doubles, and IEEE division is correctly rounded.
    return a / b;
  }
  let x = big(a);
  let y = big(b);
  const negative = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return negative ? -0 : 0;
  // Scale so the quotient has at least 55 significant bits, then keep a sticky bit for the
  // remainder: rounding q·2**-k then equals rounding the exact quotient.
  const k = Math.max(0, 55 - (bitLength(x) - bitLength(y)));
  const num = x << BigInt(k);
  let q = num / y;
  const r = num - q * y;
  q = (q << 1n) | (r !== 0n ? 1n : 0n);
  const v = scaledToDouble(q, -k - 1);
  if (v === Infinity) return overflowError('integer division result too large for a float');
  return negative ? -v : v;
}


/** `a // b` for ints. */
export function intFloorDivide(a: PyInt, b: PyInt): PyInt | PyError {
  if (b === 0 || b === 0n) return zeroDivision('integer division or modulo by zero');
  // Why the bound: below 2**52 the double quotient is never rounded across an integer.
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 52) return Math.floor(a / b) + 0;
  const x = big(a);
  const y = big(b);
  let q = x / y;
  if ((x % y !== 0n) && (x < 0n !== y < 0n)) q -= 1n;
  return normalizeInt(q);
}

/** `a % b` for ints (sign of the divisor). */
export function intModulo(a: PyInt, b: PyInt): PyInt | PyError {
  if (b === 0 || b === 0n) return zeroDivision('integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
  }
  const x = big(a);
  const y = big(b);
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normalizeInt(r);
}

/** `divmod(a, b)` for ints. */
export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] | PyError {
  if (b === 0 || b === 0n) return zeroDivision('integer division or modulo by zero');
  return [intFloorDivide(a, b) as PyInt, intModulo(a, b) as PyInt];
}

/** `a / b` for floats. */
export function floatTrueDivide(a: number, b: number): number | PyError {
  if (b === 0) return zeroDivision('float division by zero');
  return a / b;
}

/** float_rem: fmod, then moved into the divisor's sign; a zero takes the divisor's sign. */
function floatRem(vx: number, wx: number): number {
  let mod = vx % wx;
  // `mod !== 0` is C's `if (mod)`: NaN counts as true there, unlike in JS.
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  return mod;
}

/** `a % b` for floats. */
export function floatModulo(a: number, b: number): number | PyError {
  if (b === 0) return zeroDivision('float modulo');
  return floatRem(a, b);
}

/** _float_div_mod: quotient from the unadjusted fmod, corrected with it, then snapped to an integer. */
function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = vx / wx; // copysign(0.0, vx / wx)
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** `a // b` for floats. */
export function floatFloorDivide(a: number, b: number): number | PyError {
  if (b === 0) return zeroDivision('float floor division by zero');
  return floatDivMod(a, b)[0];
}

/** `divmod(a, b)` for floats. */
export function floatDivmod(a: number, b: number): [number, number] | PyError {
  if (b === 0) return zeroDivision('float divmod()');
  return floatDivMod(a, b);
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x) < 2 ** 53 && Math.abs(x % 2) === 1;
}

/**
 * `a ** b` for floats (float_pow). Returns null when the result is complex (a negative base with
 * a non-integral exponent: the VM computes it with complex power, as CPython delegates).
 */
export function floatPow(iv: number, iw: number): number | PyError | null {
  if (iw === 0) return 1;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1 ? 1 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const a = Math.abs(iv);
    if (a === 1) return 1;
    if (iw > 0 === a > 1) return Infinity;
    return 0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) return zeroDivision('0.0 cannot be raised to a negative power');
    return odd ? iv : 0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return null;
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1) return negate ? -1 : 1;
  // Why not Math.pow: V8's pow is not correctly rounded; glibc's, which CPython calls, is.
  let ix = correctlyRoundedPow(iv, iw);
  if (ix === Infinity) return overflowError(RANGE_ERROR);
  if (negate) ix = -ix;
  return ix;
}

/** `a ** b` for ints (b ≥ 0 gives an int; b < 0 a float through float_pow). */
export function intPow(a: PyInt, b: PyInt): PyInt | number | PyError {
  if (b < 0) {
    const x = intAsFloat(a);
    if (x instanceof PyError) return x;
    const y = intAsFloat(b);
    if (y instanceof PyError) return y;
    const r = floatPow(x, y);
    return r === null ? NaN : r;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normalizeInt(big(a) ** big(b));
}

/** `pow(a, b, m)` for ints. */
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt | PyError {
  let mod = big(m);
  if (mod === 0n) return valueError('pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = big(a) % mod;
  if (base < 0n) base += mod;
  let e = big(b);
  if (e < 0n) {
    const inv = modInverse(base, mod);
    if (inv === null) return valueError('base is not invertible for the given modulus');
    base = inv;
    e = -e;
  }
  let result = mod === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (negMod && result !== 0n) result -= mod;
  return normalizeInt(result);
}

function modInverse(a: bigint, m: bigint): bigint | null {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return null;
  return ((oldS % m) + m) % m;
}

/**
 * Exact comparison of an int with a float (float_richcompare): -1, 0 or 1, or NaN when x is NaN
 * (every ordering is then False and != is True). No rounding: 2**53 + 1 > 2.0**53.
 */
export function compareIntFloat(i: PyInt, x: number): number {
  if (x !== x) return NaN;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  if (typeof i === 'number') return i < x ? -1 : i > x ? 1 : 0; // both exact doubles
  const fl = Math.floor(x);
  const f = BigInt(fl);
  if (i < f) return -1;
  if (i > f) return 1;
  return fl === x ? 0 : -1; // i == floor(x) < x
}

/** `int(x)` for a float: truncation toward zero (PyLong_FromDouble), with CPython's errors. */
export function floatToInt(x: number): PyInt | PyError {
  if (x !== x) return valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) return overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t + 0 : normalizeInt(BigInt(t));
}

/** `round(x)` for a float: the nearest int, ties to even. */
export function floatRoundToInt(x: number): PyInt | PyError {
  if (x !== x) return valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) return overflowError('cannot convert float infinity to integer');
  let r = Math.round(x);
  // Math.round rounds half up; CPython's round() rounds half to even.
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return Number.isSafeInteger(r) ? r + 0 : normalizeInt(BigInt(r));
}

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** `round(x, ndigits)` for a float (double_round: correctly rounded decimal, back to a double). */
export function floatRound(x: number, ndigits: number): number | PyError {
  if (!Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  if (x === 0) return x;
  const d = fixedDigits(x, ndigits);
  if (d.digits === '') return x < 0 ? -0 : 0;
  const rounded = Number(`${x < 0 ? '-' : ''}0.${d.digits}e${d.decpt}`);
  if (!Number.isFinite(rounded)) return overflowError('rounded value too large to represent');
  return rounded;
}

/** `round(n, ndigits)` for an int: half to even at 10**-ndigits. */
export function intRound(n: PyInt, ndigits: number): PyInt {
  if (ndigits >= 0) return n;
  const p = 10n ** BigInt(-ndigits);
  const x = big(n);
  let q = x / p;
  let r = x - q * p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normalizeInt(q * p);
}

/** `n.bit_length()`. */
export function intBitLength(n: PyInt): number {
  if (typeof n === 'number') {
    const a = Math.abs(n);
    if (a < 4294967296) return 32 - Math.clz32(a);
    return bitLength(BigInt(a));
  }
  return bitLength(n < 0n ? -n : n);
}

/** `n.to_bytes(length, byteorder, signed=signed)`. */
export function intToBytes(n: PyInt, length: number, byteorder: string, signed: boolean): Uint8Array | PyError {
  if (byteorder !== 'little' && byteorder !== 'big') return valueError("byteorder must be either 'little' or 'big'");
  if (length < 0) return valueError('length argument must be non-negative');
  let x = big(n);
  if (x < 0n && !signed) return overflowError("can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (signed) {
    const lim = length === 0 ? 0n : 1n << (bits - 1n);
    if (x >= lim || x < -lim) return overflowError('int too big to convert');
    if (x < 0n) x += 1n << bits;
  } else if (x >> bits !== 0n) return overflowError('int too big to convert');
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[byteorder === 'little' ? i : length - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

/** `int.from_bytes(bytes, byteorder, signed=signed)`. */
export function intFromBytes(bytes: Uint8Array, byteorder: string, signed: boolean): PyInt | PyError {
  if (byteorder !== 'little' && byteorder !== 'big') return valueError("byteorder must be either 'little' or 'big'");
  let x = 0n;
  const n = bytes.length;
  for (let i = 0; i < n; i++) x = (x << 8n) | BigInt(bytes[byteorder === 'big' ? i : n - 1 - i]);
  if (signed && n > 0 && bytes[byteorder === 'big' ? 0 : n - 1] & 0x80) x -= 1n << BigInt(8 * n);
  return normalizeInt(x);
}
