/**
 * Text → float as CPython 3.12 does it: `float(s)` (PyFloat_FromString: Unicode digits and spaces
 * mapped to ASCII, surrounding whitespace stripped, underscores only between digits, "inf",
 * "infinity" and "nan" in any case with an optional sign, decimal literals correctly rounded),
 * `float.fromhex(s)` and `float.hex(x)` (floatobject.c's algorithms: 13 hex digits, subnormals
 * as 0x0.…p-1022, half-even rounding of long hex strings), with CPython's error messages.
 *
 * Decimal conversion uses the engine's Number() after validating CPython's grammar — why: V8's
 * string-to-double is correctly rounded for any length, as dtoa.c's _Py_dg_strtod is.
 */
import { overflowError, PyError, valueError } from './py-error.js';
import { strRepr } from './str-repr.js';
import { transformDecimalAndSpace } from './int-str.js';

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** _Py_parse_inf_or_nan on s[pos..]: [sign] inf|infinity|nan; returns [value, end] or null. */
function parseInfOrNan(s: string, pos: number): [number, number] | null {
  let p = pos;
  let negate = false;
  if (s[p] === '-') {
    negate = true;
    p++;
  } else if (s[p] === '+') p++;
  const rest = s.slice(p, p + 8).toLowerCase();
  if (rest.startsWith('infinity')) return [negate ? -Infinity : Infinity, p + 8];
  if (rest.startsWith('inf')) return [negate ? -Infinity : Infinity, p + 3];
  if (rest.startsWith('nan')) return [negate ? -NaN : NaN, p + 3];
  return null;
}

/** Length of a decimal literal [sign] digits [. digits] [(e|E) [sign] digits] at s[pos..], or 0. */
function scanDecimal(s: string, pos: number): number {
  const n = s.length;
  let p = pos;
  if (p < n && (s.charCodeAt(p) === 43 || s.charCodeAt(p) === 45)) p++;
  let mant = 0;
  while (p < n && isDigit(s.charCodeAt(p))) {
    p++;
    mant++;
  }
  if (p < n && s.charCodeAt(p) === 46) {
    p++;
    while (p < n && isDigit(s.charCodeAt(p))) {
      p++;
      mant++;
    }
  }
  if (mant === 0) return 0;
  if (p < n && (s.charCodeAt(p) | 0x20) === 101) {
    let q = p + 1;
    if (q < n && (s.charCodeAt(q) === 43 || s.charCodeAt(q) === 45)) q++;
    if (q < n && isDigit(s.charCodeAt(q))) {
      while (q < n && isDigit(s.charCodeAt(q))) q++;
      p = q;
    }
  }
  return p - pos;
}

function cannotConvert(original: string): PyError {
  return valueError(`could not convert string to float: ${strRepr(original)}`);
}

/** `float(s)` for a str `s`. */
export function floatFromString(s: string): number | PyError {
  const t = transformDecimalAndSpace(s);
  let start = 0;
  let end = t.length;
  while (start < end && isAsciiSpace(t.charCodeAt(start))) start++;
  if (start === end) return cannotConvert(s);
  while (end - 1 > start && isAsciiSpace(t.charCodeAt(end - 1))) end--;
  let body = t.slice(start, end);
  if (body.indexOf('_') >= 0) {
    // _Py_string_to_number_with_underscores: each '_' between two digits, removed before parsing.
    let prev = 0;
    let clean = '';
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c === 95) {
        if (!isDigit(prev)) return cannotConvert(s);
      } else {
        if (prev === 95 && !isDigit(c)) return cannotConvert(s);
        clean += body[i];
      }
      prev = c;
    }
    if (prev === 95) return cannotConvert(s);
    body = clean;
  }
  const special = parseInfOrNan(body, 0);
  if (special) return special[1] === body.length ? special[0] : cannotConvert(s);
  const len = scanDecimal(body, 0);
  if (len === 0 || len !== body.length) return cannotConvert(s);
  return Number(body);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** `x.hex()`. */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return 1 / x < 0 ? '-0x0.0p+0' : '0x0.0p+0';
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  const lead = bexp === 0 ? '0' : '1';
  const e = bexp === 0 ? -1022 : bexp - 1023;
  return `${x < 0 ? '-' : ''}0x${lead}.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Bit length of a non-negative BigInt. */
export function bitLength(n: bigint): number {
  if (n === 0n) return 0;
  const h = n.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/** x × 2**s for an integer x < 2**53 whose result is exactly representable (no double rounding). */
function ldexpExact(x: number, s: number): number {
  if (s >= -1022) return s <= 1023 ? x * 2 ** s : x * 2 ** 1023 * 2 ** (s - 1023);
  return x * 2 ** (s + 1022) * 2 ** -1022;
}

/**
 * m × 2**e correctly rounded (half to even) to a double, for m ≥ 0; Infinity when it overflows.
 * Shared by fromhex and int true division.
 */
export function scaledToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const top = bitLength(m) + e; // value in [2**(top-1), 2**top)
  if (top > 1024) return Infinity;
  const lsb = Math.max(top, -1021) - 53;
  const shift = lsb - e;
  if (shift <= 0) return ldexpExact(Number(m), e);
  const S = BigInt(shift);
  let q = m >> S;
  const r = m - (q << S);
  const half = 1n << (S - 1n);
  if (r > half || (r === half && (q & 1n) === 1n)) q += 1n;
  const v = ldexpExact(Number(q), lsb);
  return v;
}

/** `float.fromhex(s)`. */
export function floatFromHex(s: string): number | PyError {
  const n = s.length;
  let p = 0;
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  let x: number;
  let negate = false;
  const special = parseInfOrNan(s, p);
  if (special) {
    x = special[0];
    p = special[1];
  } else {
    if (s[p] === '-') {
      negate = true;
      p++;
    } else if (s[p] === '+') p++;
    if (s[p] === '0' && (s[p + 1] === 'x' || s[p + 1] === 'X')) p += 2;
    let digits = '';
    let fdigits = 0;
    while (p < n && hexValue(s.charCodeAt(p)) >= 0) digits += s[p++];
    if (s[p] === '.') {
      p++;
      while (p < n && hexValue(s.charCodeAt(p)) >= 0) {
        digits += s[p++];
        fdigits++;
      }
    }
    if (digits.length === 0) return valueError('invalid hexadecimal floating-point string');
    let exp = 0n;
    if (s[p] === 'p' || s[p] === 'P') {
      p++;
      const es = p;
      if (s[p] === '-' || s[p] === '+') p++;
      if (!(p < n && isDigit(s.charCodeAt(p)))) return valueError('invalid hexadecimal floating-point string');
      while (p < n && isDigit(s.charCodeAt(p))) p++;
      exp = BigInt(s.slice(es, p));
    }
    const m = BigInt('0x' + digits);
    if (m === 0n) x = 0;
    else {
      const e = exp - 4n * BigInt(fdigits);
      const top = BigInt(bitLength(m)) + e;
      if (top > 1024n) return overflowError('hexadecimal value too large to represent as a float');
      if (top < -1200n) x = 0;
      else {
        x = scaledToDouble(m, Number(e));
        if (x === Infinity) return overflowError('hexadecimal value too large to represent as a float');
      }
    }
    if (negate) x = -x;
  }
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  if (p !== n) return valueError('invalid hexadecimal floating-point string');
  return x;
}
