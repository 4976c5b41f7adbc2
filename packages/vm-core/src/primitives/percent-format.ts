/**
 * `str % args` (printf-style formatting) as CPython 3.12's PyUnicode_Format does it: the
 * `%[(key)][flags][width|*][.precision|.*][h|l|L]conversion` grammar, conversions
 * d i u o x X e E f F g G c s r a and `%%`, the argument rules (a tuple, a single value, or a
 * mapping for `%(key)s`), and CPython's error types and messages.
 *
 * Arguments are `PercentArg` records so that no object model is imposed: numbers carry their
 * value, and anything needing the VM (str(), repr(), ascii(), __index__, __int__, __float__) is a
 * callback. `intArg`, `floatArg`, `strArg` and `boolArg` build them for built-in values.
 */
import { DTSF_ALT, doubleToString, floatRepr } from './float-format.js';
import { intToFloat } from './format-spec.js';
import { overflowError, PyError, typeError, valueError } from './py-error.js';
import { getIntMaxStrDigits, intToString } from './int-str.js';

export interface PercentArg {
  /** type(x).__name__, for error messages */
  typeName: string;
  /** the value of an int (bool included) */
  int?: bigint | number;
  /** the value of a float */
  float?: number;
  /** the value of a str */
  str?: string;
  /** PyNumber_Check: the object has __index__, __int__ or __float__ (or is complex) */
  isNumber?: boolean;
  /** __index__ for other objects (o, x, X, c); a PyError of type TypeError means "not supported" */
  index?: () => bigint | PyError;
  /** int(x) (PyNumber_Long) for other objects (d, i, u) */
  long?: () => bigint | PyError;
  /** float(x) (PyFloat_AsDouble) for other objects (e, f, g) */
  toFloat?: () => number | PyError;
  /** str(x), repr(x), ascii(x) */
  toStr: () => string | PyError;
  toRepr: () => string | PyError;
  toAscii: () => string | PyError;
}

/** The right operand of `%`. */
export interface PercentOperand {
  /** the items, when the operand is a tuple */
  tuple?: PercentArg[];
  /** the operand itself, when it is not a tuple */
  single?: PercentArg;
  /** when the single operand is a mapping (not a tuple or str): `operand[key]` */
  getItem?: (key: string) => PercentArg | PyError;
}

const NOT_ENOUGH = typeError('not enough arguments for format string');

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;
const SSIZE_MAX = 9223372036854775807;
const INT_MAX = 2147483647;

function bigOf(n: bigint | number): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}

// Argument records for built-in values: classes with prototype methods, so that making one
// allocates one small object and no closures (why: `'%.3f' % x` makes one per call).

class IntArg implements PercentArg {
  readonly isNumber = true;
  constructor(readonly int: bigint | number, readonly typeName: string) {}
  // str/repr obey sys.set_int_max_str_digits (a ValueError record beyond it), as int's own do.
  toStr(): string | PyError {
    return intToString(this.int);
  }
  toRepr(): string | PyError {
    return intToString(this.int);
  }
  toAscii(): string {
    return String(this.int);
  }
}

class BoolArg implements PercentArg {
  readonly isNumber = true;
  readonly typeName = 'bool';
  readonly int: number;
  constructor(readonly value: boolean) {
    this.int = value ? 1 : 0;
  }
  toStr(): string {
    return this.value ? 'True' : 'False';
  }
  toRepr(): string {
    return this.toStr();
  }
  toAscii(): string {
    return this.toStr();
  }
}

class FloatArg implements PercentArg {
  readonly isNumber = true;
  readonly typeName = 'float';
  constructor(readonly float: number) {}
  toStr(): string {
    return floatRepr(this.float);
  }
  toRepr(): string {
    return floatRepr(this.float);
  }
  toAscii(): string {
    return floatRepr(this.float);
  }
}

/** A built-in int argument. */
export function intArg(n: bigint | number, typeName = 'int'): PercentArg {
  return new IntArg(n, typeName);
}

/** A bool argument (an int subclass whose str is True/False). */
export function boolArg(b: boolean): PercentArg {
  return new BoolArg(b);
}

/** A built-in float argument. */
export function floatArg(x: number): PercentArg {
  return new FloatArg(x);
}

/** A str argument; its repr/ascii come from the VM (or strRepr/strAscii). */
export function strArg(s: string, repr: () => string | PyError, ascii: () => string | PyError): PercentArg {
  return { typeName: 'str', str: s, isNumber: false, toStr: () => s, toRepr: repr, toAscii: ascii };
}

interface Spec {
  flags: number;
  width: number;
  prec: number;
  ch: string;
}

/** `format % operand`. */
export function percentFormat(format: string, operand: PercentOperand): string | PyError {
  const isDict = operand.tuple === undefined && operand.getItem !== undefined;
  let args: PercentArg[] | PercentArg = operand.tuple ?? (operand.single as PercentArg);
  let arglen = operand.tuple ? operand.tuple.length : -1;
  let argidx = operand.tuple ? 0 : -2;
  const n = format.length;
  let out = '';
  let pos = 0;


  while (pos < n) {
    // Why indexOf: copy literal runs in one slice instead of per character.
    const pct = format.indexOf('%', pos);
    if (pct < 0) {
      out += format.slice(pos);
      break;
    }
    out += format.slice(pos, pct);
    pos = pct + 1;
    if (pos < n && format.charCodeAt(pos) === 37) {
      out += '%';
      pos++;
      continue;
    }
    const spec: Spec = { flags: 0, width: -1, prec: -1, ch: '' };
    // %(key)
    if (pos < n && format[pos] === '(') {
      if (!isDict) return typeError('format requires a mapping');
      pos++;
      const keyStart = pos;
      let depth = 1;
      while (depth > 0 && pos < n) {
        const c = format[pos];
        if (c === ')') depth--;
        else if (c === '(') depth++;
        pos++;
      }
      if (depth > 0) return valueError('incomplete format key');
      const v = (operand.getItem as (key: string) => PercentArg | PyError)(format.slice(keyStart, pos - 1));
      if (v instanceof PyError) return v;
      args = v;
      arglen = -1;
      argidx = -2;
    }
    // flags
    let ch = '';
    let more = false;
    while (pos < n) {
      ch = format[pos++];
      if (ch === '-') spec.flags |= F_LJUST;
      else if (ch === '+') spec.flags |= F_SIGN;
      else if (ch === ' ') spec.flags |= F_BLANK;
      else if (ch === '#') spec.flags |= F_ALT;
      else if (ch === '0') spec.flags |= F_ZERO;
      else {
        more = true;
        break;
      }
    }
    if (!more) return valueError('incomplete format');
    // width
    if (ch === '*') {
      const v = argidx < arglen ? (arglen < 0 ? (argidx++, args as PercentArg) : (args as PercentArg[])[argidx++]) : NOT_ENOUGH;
      if (v instanceof PyError) return v;
      if (v.int === undefined) return typeError('* wants int');
      let w = bigOf(v.int);
      if (w > BigInt(SSIZE_MAX) || w < -BigInt(SSIZE_MAX) - 1n) return overflowError('Python int too large to convert to C ssize_t');
      if (w < 0n) {
        spec.flags |= F_LJUST;
        w = -w;
      }
      spec.width = Number(w);
      if (pos >= n) return valueError('incomplete format');
      ch = format[pos++];
    } else if (ch >= '0' && ch <= '9') {
      let w = ch.charCodeAt(0) - 48;
      let done = false;
      while (pos < n) {
        ch = format[pos++];
        if (ch < '0' || ch > '9') {
          done = true;
          break;
        }
        const d = ch.charCodeAt(0) - 48;
        if (w > (SSIZE_MAX - d) / 10) return valueError('width too big');
        w = w * 10 + d;
      }
      spec.width = w;
      if (!done) return valueError('incomplete format');
    }
    // precision
    if (ch === '.') {
      spec.prec = 0;
      if (pos >= n) return valueError('incomplete format');
      ch = format[pos++];
      if (ch === '*') {
        const v = argidx < arglen ? (arglen < 0 ? (argidx++, args as PercentArg) : (args as PercentArg[])[argidx++]) : NOT_ENOUGH;
        if (v instanceof PyError) return v;
        if (v.int === undefined) return typeError('* wants int');
        const p = bigOf(v.int);
        if (p > BigInt(INT_MAX) || p < -BigInt(INT_MAX) - 1n) return overflowError('Python int too large to convert to C int');
        spec.prec = p < 0n ? 0 : Number(p);
        if (pos >= n) return valueError('incomplete format');
        ch = format[pos++];
      } else if (ch >= '0' && ch <= '9') {
        let p = ch.charCodeAt(0) - 48;
        let done = false;
        while (pos < n) {
          ch = format[pos++];
          if (ch < '0' || ch > '9') {
            done = true;
            break;
          }
          const d = ch.charCodeAt(0) - 48;
          if (p > (INT_MAX - d) / 10) return valueError('precision too big');
          p = p * 10 + d;
        }
        spec.prec = p;
        if (!done) return valueError('incomplete format');
      }
    }
    if (ch === 'h' || ch === 'l' || ch === 'L') {
      if (pos >= n) return valueError('incomplete format');
      ch = format[pos++];
    }
    spec.ch = ch;
    // unicode_format_getnextarg (inline: a closure over the mutable index would allocate a context)
    const v = argidx < arglen ? (arglen < 0 ? (argidx++, args as PercentArg) : (args as PercentArg[])[argidx++]) : NOT_ENOUGH;
    if (v instanceof PyError) return v;
    const r = formatOne(v, spec, pos - 1);
    if (r instanceof PyError) return r;
    out += r;
  }
  if (argidx < arglen && !isDict) return typeError('not all arguments converted during string formatting');
  return out;
}

/** Formats one argument (unicode_format_arg_format + unicode_format_arg_output). */
function formatOne(v: PercentArg, spec: Spec, index: number): string | PyError {
  let s: string;
  let isNumber = false;
  switch (spec.ch) {
    case 's': case 'r': case 'a': {
      const r = spec.ch === 's' ? (v.str !== undefined ? v.str : v.toStr()) : spec.ch === 'r' ? v.toRepr() : v.toAscii();
      if (r instanceof PyError) return r;
      s = r;
      if (spec.prec >= 0) s = truncateCodePoints(s, spec.prec);
      break;
    }
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
      const r = formatLong(v, spec);
      if (r instanceof PyError) return r;
      s = r;
      isNumber = true;
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      let x: number | PyError;
      if (v.float !== undefined) x = v.float;
      else if (v.int !== undefined) x = intToFloat(v.int);
      else if (v.toFloat) x = v.toFloat();
      else x = typeError(`must be real number, not ${v.typeName}`);
      if (x instanceof PyError) return x;
      s = doubleToString(x, spec.ch, spec.prec < 0 ? 6 : spec.prec, spec.flags & F_ALT ? DTSF_ALT : 0);
      isNumber = true;
      break;
    }
    case 'c': {
      const r = formatChar(v);
      if (r instanceof PyError) return r;
      s = r;
      break;
    }
    default: {
      const c = spec.ch.charCodeAt(0);
      const shown = c >= 31 && c <= 126 ? spec.ch : '?';
      return valueError(`unsupported format character '${shown}' (0x${(spec.ch.codePointAt(0) as number).toString(16)}) at index ${index}`);
    }
  }
  return pad(s, spec, isNumber);
}

function truncateCodePoints(s: string, n: number): string {
  if (s.length <= n) return s;
  const cps = Array.from(s);
  return cps.length <= n ? s : cps.slice(0, n).join('');
}

function formatChar(v: PercentArg): string | PyError {
  if (v.str !== undefined) {
    const cps = Array.from(v.str);
    if (cps.length === 1) return cps[0];
    return typeError('%c requires int or char');
  }
  let n: bigint;
  if (v.int !== undefined) n = bigOf(v.int);
  else if (v.index) {
    const r = v.index();
    if (r instanceof PyError) return r.type === 'TypeError' ? typeError('%c requires int or char') : r;
    n = r;
  } else return typeError('%c requires int or char');
  if (n < 0n || n > 0x10ffffn) return overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

/** mainformatlong + _PyUnicode_FormatLong: digits with sign, optional 0x/0o prefix, precision zeros. */
function formatLong(v: PercentArg, spec: Spec): string | PyError {
  const type = spec.ch;
  const wrongType = (): PyError =>
    typeError(type === 'o' || type === 'x' || type === 'X' ? `%${type} format: an integer is required, not ${v.typeName}` : `%${type} format: a real number is required, not ${v.typeName}`);
  let n: bigint;
  if (v.int !== undefined) {
    n = bigOf(v.int);
  } else {
    if (!v.isNumber) return wrongType();
    let r: bigint | PyError;
    if (type === 'o' || type === 'x' || type === 'X') {
      r = v.index ? v.index() : wrongType();
    } else if (v.float !== undefined) {
      const x = v.float;
      if (x !== x) r = valueError('cannot convert float NaN to integer');
      else if (!Number.isFinite(x)) r = overflowError('cannot convert float infinity to integer');
      else r = BigInt(Math.trunc(x));
    } else {
      r = v.long ? v.long() : wrongType();
    }
    if (r instanceof PyError) return r.type === 'TypeError' ? wrongType() : r;
    n = r;
  }
  const neg = n < 0n;
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  let digits = (neg ? -n : n).toString(base);
  // Decimal output obeys sys.set_int_max_str_digits, as in CPython.
  const limit = getIntMaxStrDigits();
  if (base === 10 && limit > 0 && digits.length > limit) {
    return valueError(`Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  if (spec.prec > digits.length) digits = '0'.repeat(spec.prec - digits.length) + digits;
  let prefix = '';
  if (spec.flags & F_ALT && base !== 10) prefix = type === 'o' ? '0o' : '0x';
  let s = (neg ? '-' : '') + prefix + digits;
  if (type === 'X') s = s.toUpperCase();
  return s;
}

/** unicode_format_arg_output: sign flags, zero/space padding, left justification. */
function pad(s: string, spec: Spec, isNumber: boolean): string {
  const width = spec.width;
  const flags = spec.flags;
  let len = codePointLength(s);
  if ((width === -1 || width <= len) && !(isNumber && flags & (F_SIGN | F_BLANK))) return s;
  let sign = '';
  let body = s;
  if (isNumber) {
    const c0 = s[0];
    if (c0 === '-' || c0 === '+') {
      sign = c0;
      body = s.slice(1);
      len--;
    } else if (flags & F_SIGN) sign = '+';
    else if (flags & F_BLANK) sign = ' ';
  }
  const fill = isNumber && flags & F_ZERO ? '0' : ' ';
  let w = width < len ? len : width;
  let out = '';
  if (sign) {
    if (fill !== ' ') out += sign;
    if (w > len) w--;
  }
  let prefix = '';
  if (flags & F_ALT && (spec.ch === 'x' || spec.ch === 'X' || spec.ch === 'o')) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (fill !== ' ') out += prefix;
    w -= 2;
    if (w < 0) w = 0;
    len -= 2;
  }
  if (w > len && !(flags & F_LJUST)) {
    out += fill.repeat(w - len);
    w = len;
  }
  if (fill === ' ') out += sign + prefix;
  out += body;
  if (w > len) out += ' '.repeat(w - len);
  return out;
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
