/**
 * int ↔ text as CPython 3.12 does it: `int(s, base)` (PyLong_FromUnicodeObject: Unicode decimal
 * digits and spaces mapped to ASCII first, then PyLong_FromString's grammar — sign, base-0 prefix
 * detection, one underscore between digits or after a prefix, no "old octal"), `str(n)` with the
 * `sys.set_int_max_str_digits` limit (4300 by default, checked both ways for non-power-of-two
 * bases), `bin`/`oct`/`hex`, and the exact ValueError messages.
 *
 * Values are JS numbers when they are safe integers and BigInts otherwise — why: small ints are
 * the common case and number arithmetic does not allocate. Errors come back as PyError records.
 */
import { PyError, valueError } from './py-error.js';
import { strRepr } from './str-repr.js';
import { decimalValue, isSpace } from './unicode-digits.js';

/** `sys.int_info.default_max_str_digits`. */
export const DEFAULT_MAX_STR_DIGITS = 4300;
/** `sys.int_info.str_digits_check_threshold`. */
export const STR_DIGITS_CHECK_THRESHOLD = 640;

let maxStrDigits = DEFAULT_MAX_STR_DIGITS;

/** `sys.get_int_max_str_digits()`. */
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** `sys.set_int_max_str_digits(n)`: 0 (no limit) or at least 640. */
export function setIntMaxStrDigits(n: number): PyError | null {
  if (n !== 0 && n < STR_DIGITS_CHECK_THRESHOLD) return valueError(`maxdigits must be 0 or larger than ${STR_DIGITS_CHECK_THRESHOLD}`);
  maxStrDigits = n;
  return null;
}

/** A safe integer as a number, otherwise the BigInt. */
export function normalizeInt(n: bigint): bigint | number {
  return n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
}

// Digit values of ASCII characters for bases up to 36 (99 = not a digit). Why a table: one load
// per character instead of three range comparisons.
const DIGIT_VALUE = new Uint8Array(128).fill(99);
for (let i = 0; i < 10; i++) DIGIT_VALUE[48 + i] = i;
for (let i = 0; i < 26; i++) {
  DIGIT_VALUE[65 + i] = 10 + i;
  DIGIT_VALUE[97 + i] = 10 + i;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: characters below 127 stay, other spaces become ' ',
 * other decimal digits their ASCII digit; anything else becomes '?' and ends the text.
 */
export function transformDecimalAndSpace(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp < 127) out += String.fromCharCode(cp);
    else if (isSpace(cp)) out += ' ';
    else {
      const dv = decimalValue(cp);
      if (dv < 0) return out + '?';
      out += String.fromCharCode(48 + dv);
    }
  }
  return out;
}

function invalidLiteral(base: number, original: string): PyError {
  // %.200R: the repr, cut to 200 characters.
  const r = Array.from(strRepr(original));
  return valueError(`invalid literal for int() with base ${base}: ${r.length > 200 ? r.slice(0, 200).join('') : r.join('')}`);
}

/** Digits of `s[start, end)` in `base` as a BigInt (or number when short), no validation. */
function digitsValue(s: string, start: number, end: number, base: number, hasUnderscore: boolean): bigint | number {
  let t = hasUnderscore ? s.slice(start, end).replace(/_/g, '') : s.slice(start, end);
  if (base === 10) {
    // Why: up to 15 decimal digits fit a double exactly; longer strings go through BigInt's
    // native decimal parser.
    return t.length <= 15 ? Number(t) : normalizeInt(BigInt(t));
  }
  if (base === 16 || base === 8 || base === 2) {
    return normalizeInt(BigInt((base === 16 ? '0x' : base === 8 ? '0o' : '0b') + t));
  }
  // Other bases: chunked accumulation, 6 digits at a time (36**6 < 2**31).
  t = t.toLowerCase();
  let acc = 0n;
  const B = BigInt(base);
  let i = 0;
  while (i < t.length) {
    const n = Math.min(6, t.length - i);
    acc = acc * B ** BigInt(n) + BigInt(parseInt(t.slice(i, i + n), base));
    i += n;
  }
  return normalizeInt(acc);
}

/** `int(s, base)` for a str `s`; base 0 or 2..36. */
export function intFromString(s: string, base = 10): bigint | number | PyError {
  if ((base !== 0 && base < 2) || base > 36) return valueError('int() base must be >= 2 and <= 36, or 0');
  const t = transformDecimalAndSpace(s);
  const n = t.length;
  let pos = 0;
  while (pos < n && isAsciiSpace(t.charCodeAt(pos))) pos++;
  let negative = false;
  if (pos < n && t.charCodeAt(pos) === 43) pos++;
  else if (pos < n && t.charCodeAt(pos) === 45) {
    negative = true;
    pos++;
  }
  let errorIfNonzero = false;
  const c0 = pos < n ? t.charCodeAt(pos) : 0;
  const c1 = pos + 1 < n ? t.charCodeAt(pos + 1) | 0x20 : 0;
  let b = base;
  if (b === 0) {
    if (c0 !== 48) b = 10;
    else if (c1 === 120) b = 16;
    else if (c1 === 111) b = 8;
    else if (c1 === 98) b = 2;
    else {
      errorIfNonzero = true;
      b = 10;
    }
  }
  if (c0 === 48 && ((b === 16 && c1 === 120) || (b === 8 && c1 === 111) || (b === 2 && c1 === 98))) {
    pos += 2;
    if (pos < n && t.charCodeAt(pos) === 95) pos++; // one underscore may follow a prefix
  }
  // digits ( '_'? digits )*
  const start = pos;
  let digits = 0;
  let prevUnderscore = true; // a leading underscore is an error
  let hasUnderscore = false;
  while (pos < n) {
    const c = t.charCodeAt(pos);
    if (c === 95) {
      if (prevUnderscore) return invalidLiteral(base, s);
      prevUnderscore = true;
      hasUnderscore = true;
    } else if (c < 128 && DIGIT_VALUE[c] < b) {
      digits++;
      prevUnderscore = false;
    } else break;
    pos++;
  }
  if (digits === 0 || prevUnderscore) return invalidLiteral(base, s);
  if ((b & (b - 1)) !== 0 && digits > STR_DIGITS_CHECK_THRESHOLD && maxStrDigits > 0 && digits > maxStrDigits) {
    return valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const end = pos;
  while (pos < n && isAsciiSpace(t.charCodeAt(pos))) pos++;
  if (pos !== n) return invalidLiteral(base, s);
  let v = digitsValue(t, start, end, b, hasUnderscore);
  if (errorIfNonzero && v !== 0 && v !== 0n) return invalidLiteral(base, s);
  if (negative) v = typeof v === 'number' ? (v === 0 ? 0 : -v) : -v;
  return v;
}

/** `str(n)` / `repr(n)` for an int, with the max-str-digits limit. */
export function intToString(n: bigint | number): string | PyError {
  if (typeof n === 'number') return String(n);
  const s = n.toString();
  if (maxStrDigits > 0) {
    const digits = s.length - (n < 0n ? 1 : 0);
    if (digits > maxStrDigits) {
      return valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
    }
  }
  return s;
}

function prefixed(n: bigint | number, radix: number, prefix: string): string {
  const neg = n < 0;
  const digits = (neg ? -n : n).toString(radix);
  return (neg ? '-' : '') + prefix + digits;
}

/** `bin(n)`. */
export function intBin(n: bigint | number): string {
  return prefixed(n, 2, '0b');
}

/** `oct(n)`. */
export function intOct(n: bigint | number): string {
  return prefixed(n, 8, '0o');
}

/** `hex(n)`. */
export function intHex(n: bigint | number): string {
  return prefixed(n, 16, '0x');
}
