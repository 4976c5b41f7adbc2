/**
 * The format mini-language for int and float, as CPython 3.12's Python/formatter_unicode.c does it:
 * `format(x, spec)` = `[[fill]align][sign]["z"]["#"]["0"][width][","|"_"]["." precision][type]`.
 *
 * `parseFormatSpec` follows parse_internal_render_format_spec (including its error messages and
 * their order), `formatFloatSpec` / `formatIntSpec` follow format_float_internal /
 * format_long_internal, and the width, sign, prefix and grouping layout is calc_number_widths +
 * fill_number with _PyUnicode_InsertThousandsGrouping's zero-padding rule (which may exceed the
 * width by a separator, as CPython's does). The 'n' type uses the C locale (no grouping, '.'), as
 * a CPython process does until it calls setlocale. Errors come back as PyError records.
 */
import { DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, doubleToString } from './float-format.js';
import { overflowError, PyError, valueError } from './py-error.js';
import { decimalValue } from './unicode-digits.js';
import { getIntMaxStrDigits, intToString } from './int-str.js';

export interface FormatSpec {
  fill: string;
  /** '<', '>', '=', '^' */
  align: string;
  /** '', '+', '-', ' ' */
  sign: string;
  noNeg0: boolean;
  alternate: boolean;
  /** -1 when not given */
  width: number;
  /** '', ',' or '_'; '_4' once validated for b/o/x/X */
  thousands: string;
  /** -1 when not given */
  precision: number;
  /** the presentation type, '' when absent */
  type: string;
}

const MAX_SSIZE = 9223372036854775807n;

function isAlign(c: string): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** get_integer: Unicode decimal digits; returns [value, consumed] or a PyError on overflow. */
function getInteger(cps: string[], pos: number): [number, number] | PyError {
  let acc = 0n;
  let n = 0;
  while (pos + n < cps.length) {
    const d = decimalValue(cps[pos + n].codePointAt(0) as number);
    if (d < 0) break;
    if (acc > (MAX_SSIZE - BigInt(d)) / 10n) return valueError('Too many decimal digits in format string');
    acc = acc * 10n + BigInt(d);
    n++;
  }
  return [Number(acc), n];
}

function presentationChar(t: string): string {
  const c = t.codePointAt(0) as number;
  return c > 32 && c < 128 ? t : `\\x${c.toString(16)}`;
}

/** parse_internal_render_format_spec for a spec that is not empty. */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec | PyError {
  // Why an array of code points: the fill may be any character, astral ones included.
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  const f: FormatSpec = { fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alternate: false, width: -1, thousands: '', precision: -1, type: defaultType };
  let fillSpecified = false;
  let alignSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = cps[pos + 1];
    f.fill = cps[pos];
    fillSpecified = true;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos];
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ')) {
    f.sign = cps[pos];
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && end - pos >= 1 && cps[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  let r = getInteger(cps, pos);
  if (r instanceof PyError) return r;
  if (r[1] > 0) f.width = r[0];
  pos += r[1];
  if (end - pos > 0 && cps[pos] === ',') {
    f.thousands = ',';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === '_') {
    if (f.thousands !== '') return valueError("Cannot specify both ',' and '_'.");
    f.thousands = '_';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === ',' && f.thousands === '_') return valueError("Cannot specify both ',' and '_'.");
  if (end - pos > 0 && cps[pos] === '.') {
    pos++;
    r = getInteger(cps, pos);
    if (r instanceof PyError) return r;
    if (r[1] === 0) return valueError('Format specifier missing precision');
    f.precision = r[0];
    pos += r[1];
  }
  if (end - pos > 1) return valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = cps[pos];
  if (f.thousands !== '') {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        // Underscores group bin/oct/hex every four digits; ',' is not allowed with them.
        if (f.thousands === '_') {
          f.thousands = '_4';
          break;
        }
        return valueError(`Cannot specify '${f.thousands}' with '${presentationChar(f.type)}'.`);
      default:
        return valueError(`Cannot specify '${f.thousands}' with '${presentationChar(f.type)}'.`);
    }
  }
  return f;
}

function unknownCode(type: string, typeName: string): PyError {
  return valueError(`Unknown format code '${presentationChar(type)}' for object of type '${typeName}'`);
}

/**
 * _PyUnicode_InsertThousandsGrouping: `digits` grouped from the right every `group` digits with
 * `sep`, left-padded with '0' digits up to `minWidth` characters (separators included).
 */
function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  let remaining = digits.length;
  let out = '';
  let useSep = false;
  let broken = false;
  let pos = digits.length;
  if (group > 0) {
    for (;;) {
      let l = Math.min(group, Math.max(Math.max(remaining, minWidth), 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      out = zeros(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : '') + out;
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
      l = 0;
    }
  }
  if (!broken) {
    const l = Math.max(Math.max(remaining, minWidth), 1);
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    out = zeros(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : '') + out;
  }
  return out;
}

/** Length in code points (widths count characters, and 'c' may produce an astral one). */
function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

function repeatChar(c: string, n: number): string {
  return n > 0 ? c.repeat(n) : '';
}

/**
 * calc_number_widths + fill_number: lays out [sign][prefix][digits grouped][decimal][remainder]
 * into the spec's width and alignment. `digits` are the leading decimal digits (may be ''),
 * `remainder` what follows the decimal point (or everything after the digits when there is none).
 */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, hasDecimal: boolean, remainder: string, upper: boolean, localeN: boolean): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  // Locale: ',' → groups of 3 with ','; '_' → 3 with '_'; '_4' → 4 with '_'; 'n' (C locale) and
  // none → no grouping.
  let group = 0;
  let sep = '';
  if (!localeN) {
    if (f.thousands === ',') { group = 3; sep = ','; }
    else if (f.thousands === '_') { group = 3; sep = '_'; }
    else if (f.thousands === '_4') { group = 4; sep = '_'; }
  }
  const nDecimal = hasDecimal ? 1 : 0;
  const nonDigit = sign.length + prefix.length + nDecimal + codePointLength(remainder);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, group, sep);
  const pad = f.width - (nonDigit + grouped.length);
  let lpad = 0, spad = 0, rpad = 0;
  if (pad > 0) {
    switch (f.align) {
      case '<': rpad = pad; break;
      case '^': lpad = pad >> 1; rpad = pad - lpad; break;
      case '=': spad = pad; break;
      default: lpad = pad; break;
    }
  }
  let body = (upper ? prefix.toUpperCase() : prefix) + repeatChar(f.fill, spad) + (upper ? grouped.toUpperCase() : grouped);
  body += (hasDecimal ? '.' : '') + remainder;
  return repeatChar(f.fill, lpad) + sign + body + repeatChar(f.fill, rpad);
}

/** Splits a formatted number (no sign) into leading digits, decimal point, remainder (parse_number). */
function splitNumber(s: string): [string, boolean, string] {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const hasDecimal = i < s.length && s.charCodeAt(i) === 46;
  return [s.slice(0, i), hasDecimal, s.slice(hasDecimal ? i + 1 : i)];
}

/** format_float_internal for an already-parsed spec whose type is a float type. */
function formatFloatParsed(x: number, f: FormatSpec): string | PyError {
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  let addPct = false;
  if (precision > 2147483647) return valueError('precision too big');
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let v = x;
  if (type === '%') {
    type = 'f';
    v *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let buf = doubleToString(v, type, precision, flags);
  if (addPct) buf += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.thousands === '') return buf;
  let negative = false;
  if (buf.charCodeAt(0) === 45) {
    negative = true;
    buf = buf.slice(1);
  }
  const [digits, hasDecimal, remainder] = splitNumber(buf);
  return layoutNumber(f, negative, '', digits, hasDecimal, remainder, false, f.type === 'n');
}

/** `format(x, spec)` for a float `x`. */
export function formatFloatSpec(x: number, spec: string, typeName = 'float'): string | PyError {
  if (spec.length === 0) return doubleToString(x, 'r', 0, DTSF_ADD_DOT_0);
  const f = parseFormatSpec(spec, typeName, '', '>');
  if (f instanceof PyError) return f;
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatParsed(x, f);
    default:
      return unknownCode(f.type, typeName);
  }
}

/** int → float as CPython's PyLong_AsDouble (correctly rounded; OverflowError past the range). */
export function intToFloat(n: bigint | number): number | PyError {
  if (typeof n === 'number') return n;
  if (n >= -9007199254740992n && n <= 9007199254740992n) return Number(n);
  // Number(bigint) rounds to nearest, ties to even, as CPython's _PyLong_Frexp-based conversion.
  const v = Number(n);
  if (!Number.isFinite(v)) return overflowError('int too large to convert to float');
  return v;
}

/**
 * `format(n, spec)` for an int (a safe-integer number or a bigint). `typeName` is 'int' or the
 * subclass name ('bool'); an empty spec gives `str(n)` — for bool the caller passes its own str.
 */
export function formatIntSpec(n: bigint | number, spec: string, typeName = 'int'): string | PyError {
  if (spec.length === 0) return intToString(n);
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  if (f instanceof PyError) return f;
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntParsed(n, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const x = intToFloat(n);
      if (x instanceof PyError) return x;
      return formatFloatParsed(x, f);
    }
    default:
      return unknownCode(f.type, typeName);
  }
}

function formatIntParsed(n: bigint | number, f: FormatSpec): string | PyError {
  if (f.precision !== -1) return valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) return valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') return valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) return valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    const big = typeof n === 'bigint' ? n : BigInt(n);
    if (big < -9223372036854775808n || big > 9223372036854775807n) return overflowError('Python int too large to convert to C long');
    if (big < 0n || big > 0x10ffffn) return overflowError('%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(big));
    return layoutNumber(f, false, '', '', false, ch, false, false);
  }
  let base = 10;
  let prefix = '';
  switch (f.type) {
    case 'b': base = 2; prefix = '0b'; break;
    case 'o': base = 8; prefix = '0o'; break;
    case 'x': case 'X': base = 16; prefix = '0x'; break;
  }
  const negative = n < 0;
  let digits = (negative ? -n : n).toString(base);
  // Decimal output obeys sys.set_int_max_str_digits, as CPython's long_to_decimal_string does.
  const limit = getIntMaxStrDigits();
  if (base === 10 && limit > 0 && digits.length > limit) {
    return valueError(`Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'X' && f.type !== 'n' && f.thousands === '') {
    return (negative ? '-' : '') + (f.alternate ? prefix : '') + digits;
  }
  if (!f.alternate) prefix = '';
  if (f.type === 'X') digits = digits.toUpperCase();
  return layoutNumber(f, negative, prefix, digits, false, '', f.type === 'X', f.type === 'n');
}
