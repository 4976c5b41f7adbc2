/**
 * Formatting (Python/formatter_unicode.c, Objects/unicodeobject.c's format and % code): the
 * format-spec mini-language for int, float and str (`[[fill]align][sign][z][#][0][width]
 * [grouping][.precision][type]`), `format()` / f-string FORMAT_VALUE dispatch through
 * `__format__`, `str.format` with positional, numbered and keyword fields, and `%`-formatting.
 * Float digits come from JS `toFixed`/`toExponential`, which round exact binary values as
 * CPython does except for exact decimal ties (see docs/vm.md).
 */
import { PyFloat, PyInt, PyObject, PyStr, PyTuple, PyDict, decref, newref } from './object.js';
import { callSpecial, getAttr, getItem, indexValue, isSubtype, repr, str } from './abstract.js';
import { TypeErrorType, ValueErrorType, KeyErrorType, IndexErrorType, floatType, intType, strType, tupleType, boolType, exceptionTypes } from './types.js';
import { newStr, raise, bigOf, newInt } from './objects/values.js';
import { formatHook as numberFormatHook, isInt } from './objects/numbers.js';
import { formatFloatSpec, formatIntSpec } from './primitives/format-spec.js';
import { PyError } from './primitives/py-error.js';
import { formatHook as strFormatHook, percentHook, isStr } from './objects/sequences.js';
import { splitKw } from './objects/typeobject.js';
import { isDictObj } from './objects/mappings.js';
import { dictGetStr } from './objects/dict.js';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(spec: string, kind: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(spec);
  if (m === null) throw raise(ValueErrorType, `Invalid format specifier '${spec}' for object of type '${kind}'`);
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : -1,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  };
}

function pad(body: string, sign: string, s: Spec, defaultAlign: string): string {
  const total = sign.length + body.length;
  if (s.width <= total) return sign + body;
  const fill = s.fill.repeat(s.width - total);
  const align = s.align || defaultAlign;
  if (align === '<') return sign + body + fill;
  if (align === '>') return fill + sign + body;
  if (align === '=') return sign + fill + body;
  const left = Math.floor((s.width - total) / 2);
  return s.fill.repeat(left) + sign + body + s.fill.repeat(s.width - total - left);
}

/** A primitive's result, or its PyError raised as the Python exception it names. */
function fromPrimitive<T>(r: T | PyError): T {
  if (r instanceof PyError) throw raise(exceptionTypes.get(r.type) ?? ValueErrorType, r.message);
  return r;
}

/** format(int, spec): primitives/format-spec.ts (checked against the oracle). */
export function formatInt(o: PyInt, spec: string): string {
  return fromPrimitive(formatIntSpec(o.big !== null ? o.big : o.n, spec));
}

/** format(float, spec): primitives/format-spec.ts (checked against the oracle). */
export function formatFloat(value: number, spec: string): string {
  return fromPrimitive(formatFloatSpec(value, spec));
}

export function formatStr(value: string, spec: string): string {
  if (spec === '') return value;
  const s = parseSpec(spec, 'str');
  if (s.type !== '' && s.type !== 's') throw raise(ValueErrorType, `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== '-' && spec.includes(s.sign)) throw raise(ValueErrorType, 'Sign not allowed in string format specifier');
  if (s.align === '=') throw raise(ValueErrorType, "'=' alignment not allowed in string format specifier");
  const body = s.precision >= 0 ? value.slice(0, s.precision) : value;
  return pad(body, '', s, '<');
}

/** format(v, spec): `__format__`, with the builtin types' fast paths. */
export function formatValue(v: PyObject, spec: string): PyStr {
  if (v.type === strType) return spec === '' ? ((v.rc++, v as PyStr)) : newStr(formatStr((v as PyStr).s, spec));
  if (v.type === intType) return newStr(formatInt(v as PyInt, spec));
  if (v.type === floatType) return newStr(formatFloat((v as PyFloat).v, spec));
  if (v.type === boolType && spec === '') return newStr(str(v));
  const r = callSpecial(v, '__format__', [newStr(spec)]);
  if (r === null || !isStr(r)) throw raise(TypeErrorType, `__format__ must return a str, not ${r === null ? 'NoneType' : r.type.name}`);
  return r;
}

/** str.format: {}, {0}, {name}, {0.attr}, {0[key]}, !r/!s/!a conversions, nested specs. */
export function strFormat(fmt: string, args: PyObject[], kwnames: string[] | null): string {
  const [pos, kw] = splitKw(args, kwnames);
  let auto = 0;
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (j >= fmt.length) throw raise(ValueErrorType, "expected '}' before end of string");
      const field = fmt.slice(i + 1, j);
      i = j + 1;
      let conv = '';
      let spec = '';
      let name = field;
      const colon = field.search(/[:!]/);
      if (colon >= 0) {
        name = field.slice(0, colon);
        let rest = field.slice(colon);
        if (rest[0] === '!') {
          conv = rest[1];
          rest = rest.slice(2);
        }
        if (rest[0] === ':') spec = rest.slice(1);
      }
      spec = spec.replace(/\{([^{}]*)\}/g, (_m, inner) => {
        const x = lookupField(inner, pos, kw, () => auto++);
        const t = str(x);
        decref(x);
        return t;
      });
      let v = lookupField(name, pos, kw, () => auto++);
      if (conv === 'r' || conv === 's') {
        const c = newStr(conv === 'r' ? repr(v) : str(v));
        decref(v);
        v = c;
      }
      const r = formatValue(v, spec);
      decref(v);
      out += r.s;
      decref(r);
    } else if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw raise(ValueErrorType, "Single '}' encountered in format string");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The object a replacement field names (a new reference). */
function lookupField(name: string, pos: PyObject[], kw: Map<string, PyObject> | null, next: () => number): PyObject {
  const m = /^([^.[]*)(.*)$/s.exec(name)!;
  let v: PyObject;
  const head = m[1];
  if (head === '') {
    const n = next();
    if (n >= pos.length) throw raise(IndexErrorType, `Replacement index ${n} out of range for positional args tuple`);
    v = pos[n];
  } else if (/^\d+$/.test(head)) {
    const n = Number(head);
    if (n >= pos.length) throw raise(IndexErrorType, `Replacement index ${n} out of range for positional args tuple`);
    v = pos[n];
  } else {
    const k = kw?.get(head);
    if (k === undefined) throw newKeyError(head);
    v = k;
  }
  v = newref(v);
  let rest = m[2];
  while (rest) {
    const a = /^\.(\w+)/.exec(rest);
    if (a) {
      const owner = v;
      v = getAttr(owner, a[1]);
      decref(owner);
      rest = rest.slice(a[0].length);
      continue;
    }
    const b = /^\[([^\]]*)\]/.exec(rest);
    if (b) {
      const owner = v;
      const key = /^\d+$/.test(b[1]) ? newInt(Number(b[1])) : newStr(b[1]);
      v = getItem(owner, key);
      decref(key);
      decref(owner);
      rest = rest.slice(b[0].length);
      continue;
    }
    break;
  }
  return v;
}

function newKeyError(name: string): PyObject {
  return raise(KeyErrorType, `'${name}'`) && keyErr(name);
}
function keyErr(name: string): PyObject {
  const e = raise(KeyErrorType, '');
  (e.args as PyTuple).items[0] = newStr(name);
  return e;
}

/** The `%` operator on str (printf-style formatting). */
export function percentFormat(fmt: string, argsObj: PyObject): string {
  const isMapping = isDictObj(argsObj);
  const args = argsObj.type === tupleType || isSubtype(argsObj.type, tupleType) ? (argsObj as PyTuple).items : [argsObj];
  let ai = 0;
  let out = '';
  const nextArg = (): PyObject => {
    if (ai >= args.length) throw raise(TypeErrorType, 'not enough arguments for format string');
    return args[ai++];
  };
  const re = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/gs;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(fmt)) !== null) {
    out += fmt.slice(last, m.index);
    last = re.lastIndex;
    const [, key, flags, w, p, conv] = m;
    if (conv === '%') {
      out += '%';
      continue;
    }
    let width = w === '*' ? indexValue(nextArg()) : w ? Number(w) : -1;
    const prec = p === '*' ? indexValue(nextArg()) : p !== undefined ? Number(p) : -1;
    const v = key !== undefined ? getItem(argsObj, newStr(key)) : isMapping && args.length === 1 && conv !== '%' ? nextArg() : nextArg();
    let body: string;
    let neg = false;
    switch (conv) {
      case 's': body = str(v); if (prec >= 0) body = body.slice(0, prec); break;
      case 'r': body = repr(v); if (prec >= 0) body = body.slice(0, prec); break;
      case 'a': body = repr(v); break;
      case 'c': body = isStr(v) ? v.s : String.fromCodePoint(indexValue(v)); break;
      case 'd': case 'i': case 'u': {
        let n: bigint;
        if (isInt(v)) n = bigOf(v);
        else if (v.type === floatType) n = BigInt(Math.trunc((v as PyFloat).v));
        else throw raise(TypeErrorType, `%${conv} format: a real number is required, not ${v.type.name}`);
        neg = n < 0n;
        body = (neg ? -n : n).toString();
        if (prec >= 0) body = body.padStart(prec, '0');
        break;
      }
      case 'x': case 'X': case 'o': {
        if (!isInt(v)) throw raise(TypeErrorType, `%${conv} format: an integer is required, not ${v.type.name}`);
        const n = bigOf(v);
        neg = n < 0n;
        body = (neg ? -n : n).toString(conv === 'o' ? 8 : 16);
        if (conv === 'X') body = body.toUpperCase();
        if (flags.includes('#')) body = (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') + body;
        break;
      }
      default: {
        let x: number;
        if (v.type === floatType || isSubtype(v.type, floatType)) x = (v as PyFloat).v;
        else if (isInt(v)) x = Number(bigOf(v));
        else throw raise(TypeErrorType, `must be real number, not ${v.type.name}`);
        neg = x < 0 || Object.is(x, -0);
        const spec = `${flags.includes('#') ? '#' : ''}.${prec < 0 ? 6 : prec}${conv}`;
        body = formatFloat(Math.abs(x), spec);
      }
    }
    const sign = neg ? '-' : flags.includes('+') && 'diuxXoeEfFgG'.includes(conv) ? '+' : flags.includes(' ') && 'diuxXoeEfFgG'.includes(conv) ? ' ' : '';
    const total = sign.length + body.length;
    if (width > total) {
      if (flags.includes('-')) body = sign + body + ' '.repeat(width - total);
      else if (flags.includes('0') && conv !== 's' && conv !== 'r' && conv !== 'c' && conv !== 'a') body = sign + '0'.repeat(width - total) + body;
      else body = ' '.repeat(width - total) + sign + body;
    } else body = sign + body;
    void width;
    width = 0;
    out += body;
  }
  out += fmt.slice(last);
  if (!isMapping && ai < args.length && argsObj.type === tupleType) throw raise(TypeErrorType, 'not all arguments converted during string formatting');
  if (!isMapping && argsObj.type !== tupleType && ai === 0 && !/%[^%]/.test(fmt)) throw raise(TypeErrorType, 'not all arguments converted during string formatting');
  return out;
}

export function initFormat(): void {
  numberFormatHook.int = formatInt;
  numberFormatHook.float = formatFloat;
  strFormatHook.strFormat = strFormat;
  strFormatHook.str = formatStr;
  percentHook.f = percentFormat;
  void PyDict;
  void dictGetStr;
}
