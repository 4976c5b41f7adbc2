/**
 * Decimal digits of a double, as CPython's dtoa.c produces them: the shortest string that
 * round-trips (mode 0, for repr), and correctly rounded digits for a number of significant digits
 * (mode 2) or of decimals (mode 3), with round-half-even on the exact binary value.
 *
 * Results are `Digits`: the significant digits without trailing zeros and `decpt`, the position of
 * the decimal point relative to them (value = 0.d1d2… × 10**decpt), as dtoa returns them.
 *
 * Fast paths use the engine: `toExponential()` with no argument gives the shortest round-trip
 * digits; `toFixed`/`toExponential(p)` are exact for p ≤ 100 but round ties away from zero, so they
 * are used only when the exact value cannot be a tie at the cut (decided from the binary exponent:
 * a double a/2**b, a odd, has exactly b decimals, its last digit 5). Ties, integers and long
 * precisions go through an exact BigInt expansion of the double.
 */

export interface Digits {
  /** Significant digits, no leading or trailing zeros; "" for zero. */
  digits: string;
  /** value = 0.<digits> × 10**decpt. */
  decpt: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Why: index of the high word depends on the host's endianness.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** |x| = mant × 2**exp with mant odd (or 0); x finite. */
function decompose(x: number): { mant: bigint; exp: number } {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let exp: number;
  if (bexp === 0) {
    exp = -1074;
  } else {
    mant += 1n << 52n;
    exp = bexp - 1075;
  }
  if (mant === 0n) return { mant, exp: 0 };
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp++;
  }
  return { mant, exp };
}

/** Number of binary fraction digits of finite x (0 for integers): b in x = a/2**b, a odd. */
export function binaryDecimals(x: number): number {
  if (Number.isInteger(x)) return 0;
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  const bexp = (hi >>> 20) & 0x7ff;
  const exp = bexp === 0 ? -1074 : bexp - 1075;
  // trailing zero bits of the 52-bit fraction field (the implicit bit is 1 for normals)
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else {
    const h = hi & 0xfffff;
    tz = h !== 0 ? 32 + 31 - Math.clz32(h & -h) : 52;
  }
  return -(exp + tz);
}

/** The exact decimal expansion of |x| (finite, nonzero). */
export function exactDigits(x: number): Digits {
  const { mant, exp } = decompose(x);
  if (mant === 0n) return { digits: '', decpt: 0 };
  let s: string;
  let decpt: number;
  if (exp >= 0) {
    s = (mant << BigInt(exp)).toString();
    decpt = s.length;
  } else {
    s = (mant * 5n ** BigInt(-exp)).toString();
    decpt = s.length + exp;
  }
  return { digits: stripZeros(s), decpt };
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * Rounds exact digits to keep `n` digits (n may be ≤ 0: rounding happens left of the first
 * digit), half to even. The result has no trailing zeros.
 */
function roundDigits(d: Digits, n: number): Digits {
  const s = d.digits;
  if (n >= s.length) return d;
  if (n < 0) return { digits: '', decpt: d.decpt };
  let up: boolean;
  const c = s.charCodeAt(n);
  if (c > 53) up = true;
  else if (c < 53) up = false;
  else if (n + 1 < s.length) up = true; // digits after the 5 (no trailing zeros kept)
  else up = n > 0 && (s.charCodeAt(n - 1) & 1) === 1; // exact tie: to even (0 counts as even)
  if (!up) return { digits: stripZeros(s.slice(0, n)), decpt: d.decpt };
  // increment the kept prefix
  let i = n - 1;
  while (i >= 0 && s.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: '1', decpt: d.decpt + 1 };
  return { digits: s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1), decpt: d.decpt };
}

/** Parses an engine number string ("1.5e-7", "123.25", "1e+21") of |x| into Digits. */
function parseJsDigits(t: string): Digits {
  let mantissa = t;
  let e10 = 0;
  const ePos = t.indexOf('e');
  if (ePos >= 0) {
    mantissa = t.slice(0, ePos);
    e10 = Number(t.slice(ePos + 1));
  }
  const dot = mantissa.indexOf('.');
  let intPart = dot >= 0 ? mantissa.slice(0, dot) : mantissa;
  const fracPart = dot >= 0 ? mantissa.slice(dot + 1) : '';
  let all = intPart + fracPart;
  let decpt = intPart.length + e10;
  let lead = 0;
  while (lead < all.length && all.charCodeAt(lead) === 48) lead++;
  all = all.slice(lead);
  decpt -= lead;
  intPart = stripZeros(all);
  if (intPart === '') return { digits: '', decpt: 0 };
  return { digits: intPart, decpt };
}

/** Shortest digits that round-trip (repr), for finite nonzero x. */
export function shortestDigits(x: number): Digits {
  // Why toExponential(): it yields the shortest round-tripping digits, closest to x, in one call.
  return parseJsDigits(Math.abs(x).toExponential());
}

/** Correctly rounded `n` significant digits (n ≥ 1) of finite nonzero x. */
export function significantDigits(x: number, n: number): Digits {
  const ax = Math.abs(x);
  if (n <= 101 && !Number.isInteger(ax)) {
    // Exact sig digits of a non-integer = b + floor(log10 ax) + 1; a tie needs exactly n + 1.
    const est = binaryDecimals(ax) + Math.floor(Math.log10(ax)) + 1;
    if (est > n + 2 || est < n) {
      // Why: no tie can occur at this cut (est < n: the value needs no rounding at all).
      return parseJsDigits(ax.toExponential(n - 1));
    }
  }
  const d = exactDigits(ax);
  return roundDigits(d, n);
}

/** Correctly rounded to `p` decimals (p ≥ 0) of finite nonzero x; may be "" (rounds to zero). */
export function fixedDigits(x: number, p: number): Digits {
  const ax = Math.abs(x);
  if (p >= 0 && p <= 100 && ax < 1e21 && binaryDecimals(ax) !== p + 1) {
    // Why: a tie at p decimals needs exactly p + 1 binary decimals; otherwise toFixed's
    // nearest-value rounding is exact.
    return parseJsDigits(ax.toFixed(p));
  }
  const d = exactDigits(ax);
  return roundDigits(d, d.decpt + p);
}
