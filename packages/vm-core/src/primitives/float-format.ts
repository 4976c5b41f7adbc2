/**
 * Float to text as CPython 3.12's PyOS_double_to_string / format_float_short (Python/pystrtod.c):
 * `repr(x)` and `str(x)` (shortest round-trip digits, exponent form when the decimal point is
 * left of 4 zeros or right of 16 digits, ".0" on integers), and the 'e', 'f', 'g' and 'r' codes
 * with a precision and the sign / add-dot-0 / alternate / no-negative-zero flags that `format()`
 * and `%`-formatting build on. Rounding is CPython's: correctly rounded, ties to even, on the exact
 * binary value (float-digits.ts).
 */
import { fixedDigits, shortestDigits, significantDigits, type Digits } from './float-digits.js';

/** Always write a sign (Py_DTSF_SIGN). */
export const DTSF_SIGN = 1;
/** Add ".0" to integral results in fixed notation (Py_DTSF_ADD_DOT_0). */
export const DTSF_ADD_DOT_0 = 2;
/** Alternate form: keep the decimal point and trailing zeros (Py_DTSF_ALT). */
export const DTSF_ALT = 4;
/** Drop the sign of a result that is zero after rounding (Py_DTSF_NO_NEG_0, the 'z' option). */
export const DTSF_NO_NEG_0 = 8;

const ZERO: Digits = { digits: '0', decpt: 1 };

/**
 * `PyOS_double_to_string(x, code, precision, flags)`. `code` is one of e E f F g G r; precision
 * is ignored for 'r'. Returns the text (never padded).
 */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const lower = upper ? code.toLowerCase() : code;
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  if (x !== x || x === Infinity || x === -Infinity) {
    // Infinities keep their sign; a NaN's sign is ignored.
    const isNan = x !== x;
    let s = isNan ? (upper ? 'NAN' : 'nan') : upper ? 'INF' : 'inf';
    if (!isNan && neg) s = '-' + s;
    else if (flags & DTSF_SIGN) s = '+' + s;
    return s;
  }
  let d: Digits;
  let mode: 'e' | 'f' | 'g' | 'r' = lower as 'e' | 'f' | 'g' | 'r';
  if (mode === 'g' && precision === 0) precision = 1;
  if (x === 0) {
    d = mode === 'f' ? { digits: '', decpt: -precision } : ZERO;
  } else if (mode === 'r') {
    d = shortestDigits(x);
  } else if (mode === 'e') {
    d = significantDigits(x, precision + 1);
  } else if (mode === 'g') {
    d = significantDigits(x, precision);
  } else {
    d = fixedDigits(x, precision);
    if (d.digits === '') d = { digits: '', decpt: -precision };
  }
  return layout(d, neg, mode, precision, flags, upper);
}

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

/** The layout step of format_float_short. */
function layout(d: Digits, neg: boolean, code: 'e' | 'f' | 'g' | 'r', precision: number, flags: number, upper: boolean): string {
  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  let useExp = false;
  let vEnd = digitsLen;
  switch (code) {
    case 'e':
      // CPython has already turned the precision into a digit count (precision + 1).
      useExp = true;
      vEnd = precision + 1;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  if (vEnd < digitsLen) vEnd = digitsLen;

  let isZero = true;
  for (let i = 0; i < digitsLen; i++) {
    if (digits.charCodeAt(i) !== 48) {
      isZero = false;
      break;
    }
  }
  let out = '';
  if (neg && !(isZero && flags & DTSF_NO_NEG_0)) out = '-';
  else if (flags & DTSF_SIGN) out = '+';

  if (decpt <= 0) {
    out += zeros(decpt - vStart) + '.' + zeros(-decpt);
  }
  if (0 < decpt && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out += zeros(decpt - digitsLen) + '.' + zeros(vEnd - decpt);
  } else {
    out += zeros(vEnd - digitsLen);
  }
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}

/** `repr(x)` (and `str(x)`, which is the same in Python 3) for a float. */
export function floatRepr(x: number): string {
  // Why a fast path: small integral values are the most common floats printed.
  if (Number.isInteger(x) && x !== 0 && Math.abs(x) < 1e16) return String(x) + '.0';
  return doubleToString(x, 'r', 0, DTSF_ADD_DOT_0);
}

/** `str(x)` for a float (identical to repr in Python 3). */
export const floatStr = floatRepr;
