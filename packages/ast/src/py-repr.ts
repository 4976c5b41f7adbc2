/**
 * Python's `repr()` of the values an AST holds, as CPython 3.12 prints them: str (quote choice,
 * escapes, `str.isprintable` rules), bytes, int, float, complex, None/True/False, Ellipsis, and
 * tuples/frozensets of those. `ast.dump` prints every leaf with repr, so this decides whether our
 * dumps equal CPython's byte for byte.
 */
import type { PyConstant } from '@pyglass/interfaces';
import { floatRepr } from './literals';
import { NON_PRINTABLE_RANGES } from './generated/unicode-names';

/**
 * str.isprintable() of one code point, by Python 3.12's own Unicode 15.0 data (the JS engine's
 * Unicode tables are newer and would print characters Python escapes). Binary search over the
 * generated range pairs.
 */
export function isPrintable(cp: number): boolean {
  let lo = 0;
  let hi = (NON_PRINTABLE_RANGES.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < NON_PRINTABLE_RANGES[2 * mid]) hi = mid - 1;
    else if (cp > NON_PRINTABLE_RANGES[2 * mid + 1]) lo = mid + 1;
    else return false;
  }
  return true;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** repr(str) */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let plainFrom = 0;
  // Why a scan with a plain-run start: most strings are printable ASCII and get copied in
  // slices, not character by character.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 92 && c !== quote.charCodeAt(0)) continue;
    let esc: string | null = null;
    let width = 1;
    if (c === 92) esc = '\\\\';
    else if (c === quote.charCodeAt(0)) esc = '\\' + quote;
    else if (c === 10) esc = '\\n';
    else if (c === 13) esc = '\\r';
    else if (c === 9) esc = '\\t';
    else if (c < 0x20 || c === 0x7f) esc = '\\x' + hex(c, 2);
    else {
      const cp = s.codePointAt(i) as number;
      width = cp > 0xffff ? 2 : 1;
      if (!isPrintable(cp)) {
        esc = cp <= 0xff ? '\\x' + hex(cp, 2) : cp <= 0xffff ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
      }
    }
    if (esc === null) { i += width - 1; continue; }
    out += s.slice(plainFrom, i) + esc;
    i += width - 1;
    plainFrom = i + 1;
  }
  return out + s.slice(plainFrom) + quote;
}

/**
 * repr(str) of a str given as code points (PyStr: it holds surrogates, which Python escapes as
 * \\udXXX since they are not printable). Rare values, so one code point at a time.
 */
export function strReprCodePoints(cps: readonly number[]): string {
  const hasSingle = cps.includes(39);
  const quote = hasSingle && !cps.includes(34) ? 34 : 39;
  let out = String.fromCharCode(quote);
  for (const c of cps) {
    if (c === 92) out += '\\\\';
    else if (c === quote) out += '\\' + String.fromCharCode(quote);
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += String.fromCharCode(c);
    else if ((c >= 0xd800 && c <= 0xdfff) || !isPrintable(c)) out += c <= 0xff ? '\\x' + hex(c, 2) : c <= 0xffff ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
    else out += String.fromCodePoint(c);
  }
  return out + String.fromCharCode(quote);
}

/** repr(bytes), from latin-1 text (one char per byte). */
export function bytesRepr(b: string): string {
  const quote = b.includes("'") && !b.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c === 92) out += '\\\\';
    else if (c === quote.charCodeAt(0)) out += '\\' + quote;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += b[i];
  }
  return out + quote;
}

/** repr(complex) parts: floats in repr form without a trailing ".0". */
function complexPart(r: string): string {
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

export function complexRepr(real: string, imag: string): string {
  if (real === '0.0') return `${complexPart(imag)}j`;
  const im = complexPart(imag);
  const sign = im.startsWith('-') ? '' : '+';
  return `(${complexPart(real)}${sign}${im}j)`;
}

/** repr() of a constant. */
export function constantRepr(v: PyConstant): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return strRepr(v);
  if ('$str' in v) return strReprCodePoints(v.$str);
  if ('$int' in v) return v.$int;
  if ('$float' in v) return v.$float;
  if ('$complex' in v) return complexRepr(v.$complex[0], v.$complex[1]);
  if ('$bytes' in v) return bytesRepr(v.$bytes);
  if ('$ellipsis' in v) return 'Ellipsis';
  if ('$tuple' in v) {
    const items = v.$tuple.map(constantRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if ('$frozenset' in v) return v.$frozenset.length === 0 ? 'frozenset()' : `frozenset({${v.$frozenset.map(constantRepr).join(', ')}})`;
  return '<code object>';
}

export { floatRepr };
