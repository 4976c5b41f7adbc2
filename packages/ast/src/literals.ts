/**
 * Literal tokens to constant values, by CPython 3.12's rules: NUMBER tokens to int/float/complex
 * (ints as decimal strings of any size, floats as Python's repr), STRING tokens and f-string
 * middles to str or bytes with escape decoding (Parser/string_parser.c's behaviour: invalid
 * escapes are kept with a warning, malformed \x \u \U \N are errors, octal escapes above 0o377
 * wrap for bytes). Functions return `null` on a malformed literal and leave the message in
 * `literalError`, so the hot path has no try/catch; the parser turns it into a SyntaxError at the
 * token.
 */
import type { PyConstant, PyStr } from '@pyglass/interfaces';
import { lookupUnicodeName } from './unicode-names';

/** The message of the last literal that failed to decode. */
export let literalError = '';
/**
 * Warnings met while decoding (invalid escape sequences): the parser moves them to its list,
 * with the literal's line, after each decode (so this stays empty between literals).
 */
export const literalWarnings: string[] = [];

// ---------------------------------------------------------------------------------------------
// Numbers

/** Python's `repr(float)`: shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16. */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() without an argument gives the shortest digits that round-trip, like
  // CPython's dtoa mode 0; only the layout differs.
  const exp = x.toExponential();
  const neg = exp.charCodeAt(0) === 45;
  const ePos = exp.indexOf('e');
  const mantissa = exp.slice(neg ? 1 : 0, ePos);
  const e = Number(exp.slice(ePos + 1));
  const digits = mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa;
  const sign = neg ? '-' : '';
  const decpt = e + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
    if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const ae = Math.abs(e);
  return `${sign}${m}e${e < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
}

function stripUnderscores(s: string): string {
  return s.indexOf('_') < 0 ? s : s.split('_').join('');
}

/** A NUMBER token's value, or null (then `literalError` says why). */
export function parseNumber(text: string): PyConstant {
  const last = text.charCodeAt(text.length - 1);
  if (last === 106 || last === 74) { // j J: imaginary
    const imag = Number(stripUnderscores(text.slice(0, -1)));
    return { $complex: ['0.0', floatRepr(imag)] };
  }
  const c0 = text.charCodeAt(0);
  if (c0 === 48 && text.length > 1) { // '0'
    const c1 = text.charCodeAt(1) | 0x20;
    if (c1 === 120 || c1 === 111 || c1 === 98) { // x o b
      return { $int: BigInt('0' + String.fromCharCode(c1) + stripUnderscores(text.slice(2))).toString() };
    }
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return { $float: floatRepr(Number(stripUnderscores(text))) };
  }
  // Decimal int. Why the fast path: nearly every int literal is a short plain decimal.
  if (c0 !== 48 && text.length < 16 && text.indexOf('_') < 0) return { $int: text };
  const digits = stripUnderscores(text);
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return { $int: i === 0 ? digits : digits.slice(i) };
}

// ---------------------------------------------------------------------------------------------
// Strings

export interface StringPrefix {
  raw: boolean;
  bytes: boolean;
  unicode: boolean;
  fstring: boolean;
  /** Index of the first quote character. */
  quote: number;
}

/** Reads a literal's prefix letters (r, b, u, f in any case and order). */
export function stringPrefix(text: string): StringPrefix {
  let raw = false;
  let bytes = false;
  let unicode = false;
  let fstring = false;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 114) raw = true;
    else if (c === 98) bytes = true;
    else if (c === 117) unicode = true;
    else if (c === 102) fstring = true;
    else break;
  }
  return { raw, bytes, unicode, fstring, quote: i };
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

function readHex(s: string, at: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const h = at + k < s.length ? hexValue(s.charCodeAt(at + k)) : -1;
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

/** UTF-8 length of s[from, to) — CPython's codec errors count positions in bytes. */
function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

function unicodeError(body: string, start: number, end: number, what: string): null {
  const a = utf8Length(body, 0, start);
  const b = a + utf8Length(body, start, end) - 1;
  literalError = `(unicode error) 'unicodeescape' codec can't decode bytes in position ${a}-${b}: ${what}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// str values: a JS string, or PyStr (code points) when the str holds a surrogate code point

/** A str constant as the parser builds it (see PyStr in @pyglass/interfaces). */
export type StrValue = string | PyStr;

/**
 * Output indices (UTF-16 units) of the surrogates the current decodeStrBody call produced from
 * escapes. Why a shared array: strings with surrogate escapes are rare, and the common path then
 * costs one length check instead of an allocation per literal.
 */
const surrogateUnits: number[] = [];

/** The code points of a JS string whose units at `escaped` (sorted) are each one code point. */
function codePointsWithEscapes(s: string, escaped: readonly number[]): number[] {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < s.length;) {
    if (next < escaped.length && escaped[next] === i) { out.push(s.charCodeAt(i)); i++; next++; continue; }
    const cp = s.codePointAt(i) as number;
    // A real pair from the source text or a \U escape: its units are never escaped surrogates.
    if (cp > 0xffff && !(next < escaped.length && escaped[next] === i + 1)) { out.push(cp); i += 2; } else { out.push(s.charCodeAt(i)); i++; }
  }
  return out;
}

/** The code points of a str value. */
export function strCodePoints(v: StrValue): number[] {
  return typeof v === 'string' ? codePointsWithEscapes(v, []) : v.$str;
}

/** a + b for str values: a plain string unless either side holds a surrogate. */
export function concatStr(a: StrValue, b: StrValue): StrValue {
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  return { $str: strCodePoints(a).concat(strCodePoints(b)) };
}

export function strIsEmpty(v: StrValue): boolean {
  return typeof v === 'string' ? v.length === 0 : v.$str.length === 0;
}

/**
 * Decodes the escapes of a str literal body (not raw). Returns null on a malformed escape, and a
 * PyStr when a \u or \U escape produced a surrogate code point.
 * Why the early indexOf: most literals have no backslash and come back unchanged, uncopied.
 */
export function decodeStrBody(body: string): StrValue | null {
  let bs = body.indexOf('\\');
  if (bs < 0) return body;
  surrogateUnits.length = 0;
  let out = body.slice(0, bs);
  let i = bs;
  const n = body.length;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      bs = body.indexOf('\\', i);
      if (bs < 0) { out += body.slice(i); break; }
      out += body.slice(i, bs);
      i = bs;
      continue;
    }
    if (i + 1 >= n) { return unicodeError(body, i, i + 1, '\\ at end of string'); }
    const d = body.charCodeAt(i + 1);
    switch (d) {
      case 10: i += 2; break; // backslash-newline: a line continuation inside the literal
      case 92: out += '\\'; i += 2; break;
      case 39: out += "'"; i += 2; break;
      case 34: out += '"'; i += 2; break;
      case 97: out += '\x07'; i += 2; break;
      case 98: out += '\b'; i += 2; break;
      case 102: out += '\f'; i += 2; break;
      case 110: out += '\n'; i += 2; break;
      case 114: out += '\r'; i += 2; break;
      case 116: out += '\t'; i += 2; break;
      case 118: out += '\v'; i += 2; break;
      case 120: case 117: case 85: { // \x \u \U
        const len = d === 120 ? 2 : d === 117 ? 4 : 8;
        const v = readHex(body, i + 2, len);
        if (v < 0) {
          let end = i + 2;
          while (end < n && end < i + 2 + len && hexValue(body.charCodeAt(end)) >= 0) end++;
          const what = d === 120 ? 'truncated \\xXX escape' : d === 117 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
          return unicodeError(body, i, end, what);
        }
        if (v > 0x10ffff) return unicodeError(body, i, i + 2 + len, 'illegal Unicode character');
        if (v >= 0xd800 && v <= 0xdfff) surrogateUnits.push(out.length);
        out += String.fromCodePoint(v);
        i += 2 + len;
        break;
      }
      case 78: { // \N{name}
        if (i + 2 >= n || body.charCodeAt(i + 2) !== 123) return unicodeError(body, i, Math.min(n, i + 2), 'malformed \\N character escape');
        const close = body.indexOf('}', i + 3);
        if (close < 0 || close === i + 3) return unicodeError(body, i, close < 0 ? n : close + 1, 'malformed \\N character escape');
        const cp = lookupUnicodeName(body.slice(i + 3, close));
        if (cp < 0) return unicodeError(body, i, close + 1, 'unknown Unicode character name');
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        if (d >= 48 && d <= 55) { // octal, up to three digits
          let v = d - 48;
          let j = i + 2;
          for (let k = 0; k < 2 && j < n; k++, j++) {
            const o = body.charCodeAt(j);
            if (o < 48 || o > 55) break;
            v = v * 8 + (o - 48);
          }
          if (v > 0o377) literalWarnings.push(`invalid octal escape sequence '${body.slice(i, j)}'`);
          out += String.fromCharCode(v);
          i = j;
        } else {
          literalWarnings.push(`invalid escape sequence '\\${String.fromCodePoint(body.codePointAt(i + 1) ?? d)}'`);
          out += '\\';
          i += 1;
        }
    }
  }
  return surrogateUnits.length === 0 ? out : { $str: codePointsWithEscapes(out, surrogateUnits) };
}

/** Decodes a bytes literal body (raw or not) to latin-1 text, one char per byte. */
export function decodeBytesBody(body: string, raw: boolean): string | null {
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) > 0x7f) { literalError = 'bytes can only contain ASCII literal characters'; return null; }
  }
  let bs = body.indexOf('\\');
  if (raw || bs < 0) return body;
  let out = body.slice(0, bs);
  let i = bs;
  const n = body.length;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      bs = body.indexOf('\\', i);
      if (bs < 0) { out += body.slice(i); break; }
      out += body.slice(i, bs);
      i = bs;
      continue;
    }
    if (i + 1 >= n) { literalError = '(value error) Trailing \\ in string'; return null; }
    const d = body.charCodeAt(i + 1);
    switch (d) {
      case 10: i += 2; break;
      case 92: out += '\\'; i += 2; break;
      case 39: out += "'"; i += 2; break;
      case 34: out += '"'; i += 2; break;
      case 97: out += '\x07'; i += 2; break;
      case 98: out += '\b'; i += 2; break;
      case 102: out += '\f'; i += 2; break;
      case 110: out += '\n'; i += 2; break;
      case 114: out += '\r'; i += 2; break;
      case 116: out += '\t'; i += 2; break;
      case 118: out += '\v'; i += 2; break;
      case 120: {
        const v = readHex(body, i + 2, 2);
        if (v < 0) { literalError = `(value error) invalid \\x escape at position ${i}`; return null; }
        out += String.fromCharCode(v);
        i += 4;
        break;
      }
      default:
        if (d >= 48 && d <= 55) {
          let v = d - 48;
          let j = i + 2;
          for (let k = 0; k < 2 && j < n; k++, j++) {
            const o = body.charCodeAt(j);
            if (o < 48 || o > 55) break;
            v = v * 8 + (o - 48);
          }
          if (v > 0o377) literalWarnings.push(`invalid octal escape sequence '${body.slice(i, j)}'`);
          out += String.fromCharCode(v & 0xff);
          i = j;
        } else {
          literalWarnings.push(`invalid escape sequence '\\${String.fromCharCode(d)}'`);
          out += '\\';
          i += 1;
        }
    }
  }
  return out;
}

export interface DecodedString {
  value: PyConstant;
  bytes: boolean;
  kind: string | null;
}

/** A STRING token's value: its prefix, quotes and body decoded. Null on error (see literalError). */
export function decodeStringToken(text: string): DecodedString | null {
  const p = stringPrefix(text);
  const q = p.quote;
  const triple = text.length - q >= 6 && text.charCodeAt(q + 1) === text.charCodeAt(q) && text.charCodeAt(q + 2) === text.charCodeAt(q);
  const body = triple ? text.slice(q + 3, text.length - 3) : text.slice(q + 1, text.length - 1);
  if (p.bytes) {
    const v = decodeBytesBody(body, p.raw);
    return v === null ? null : { value: { $bytes: v }, bytes: true, kind: null };
  }
  const v = p.raw ? body : decodeStrBody(body);
  return v === null ? null : { value: v, bytes: false, kind: p.unicode ? 'u' : null };
}
