/**
 * Formatting (Python/formatter_unicode.c, Objects/unicodeobject.c's format and % code): the
 * format-spec mini-language for int, float and str (`[[fill]align][sign][z][#][0][width]
 * [grouping][.precision][type]`), `format()` / f-string FORMAT_VALUE dispatch through
 * `__format__`, `str.format` with positional, numbered and keyword fields, and `%`-formatting.
 * Float digits come from JS `toFixed`/`toExponential`, which round exact binary values as
 * CPython does except for exact decimal ties (see docs/vm.md).
 */
import { PyFloat, PyInt, PyObject, PyStr, PyTuple, PyDict, decref, newref } from './object.js';
import { callSpecial, getAttr, getItem, isSubtype, repr, str } from './abstract.js';
import { TypeErrorType, ValueErrorType, KeyErrorType, IndexErrorType, floatType, intType, strType, tupleType, boolType, exceptionTypes } from './types.js';
import { newStr, raise, bigOf, newInt } from './objects/values.js';
import { formatHook as numberFormatHook, isInt } from './objects/numbers.js';
import { formatFloatSpec, formatIntSpec } from './primitives/format-spec.js';
import { PyError } from './primitives/py-error.js';
import { boolArg, floatArg, intArg, percentFormat as primitivePercentFormat, strArg, type PercentArg, type PercentOperand } from './primitives/percent-format.js';
import { formatHook as strFormatHook, percentHook, isStr } from './objects/sequences.js';
import { splitKw } from './objects/typeobject.js';
import { dictGetStr } from './objects/dict.js';
import { asciiOf } from './eval.js';

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
/**
 * A VM object as the percent-format primitive sees it: exact int/bool/float/str as values (no
 * calls), anything else through callbacks into the object model (`__index__`, `__int__`,
 * `__float__`, `str`, `repr`). Exceptions raised by those callbacks propagate as thrown.
 */
function percentArgOf(v: PyObject): PercentArg {
  const t = v.type;
  if (t === intType) return intArg((v as PyInt).big !== null ? (v as PyInt).big! : (v as PyInt).n);
  if (t === boolType) return boolArg((v as PyInt).n !== 0);
  if (t === floatType) return floatArg((v as PyFloat).v);
  if (t === strType) return strArg((v as PyStr).s, () => repr(v), () => asciiOf(repr(v)));
  const arg: PercentArg = {
    typeName: t.name,
    isNumber: t.nb_index !== null || t.nb_int !== null || t.nb_float !== null,
    toStr: () => str(v),
    toRepr: () => repr(v),
    toAscii: () => asciiOf(repr(v)),
  };
  if (isInt(v)) arg.int = (v as PyInt).big !== null ? (v as PyInt).big! : (v as PyInt).n;
  else if (isSubtype(t, floatType)) arg.float = (v as PyFloat).v;
  else if (isStr(v)) arg.str = (v as PyStr).s;
  arg.index = () => {
    if (t.nb_index === null) return new PyError('TypeError', 'not supported');
    const r = t.nb_index(v) as PyInt;
    const n = bigOf(r);
    decref(r);
    return n;
  };
  arg.long = () => {
    const f = t.nb_int ?? t.nb_index;
    if (f === null) return new PyError('TypeError', `must be real number, not ${t.name}`);
    const r = f(v) as PyInt;
    const n = bigOf(r);
    decref(r);
    return n;
  };
  arg.toFloat = () => {
    if (t.nb_float === null) {
      if (t.nb_index === null) return new PyError('TypeError', `must be real number, not ${t.name}`);
      const r = t.nb_index(v) as PyInt;
      const x = Number(bigOf(r));
      decref(r);
      return x;
    }
    const r = t.nb_float(v) as PyFloat;
    const x = r.v;
    decref(r);
    return x;
  };
  return arg;
}

/** str % args: primitives/percent-format.ts (checked against the oracle) over the VM's objects. */
export function percentFormat(fmt: string, argsObj: PyObject): string {
  const operand: PercentOperand = {};
  const held: PyObject[] = [];
  if (argsObj.type === tupleType || isSubtype(argsObj.type, tupleType)) operand.tuple = (argsObj as PyTuple).items.map(percentArgOf);
  else {
    operand.single = percentArgOf(argsObj);
    // PyMapping_Check and not a tuple or str: `%(key)s` looks keys up in it.
    if (argsObj.type.mp_subscript !== null && !isStr(argsObj)) {
      operand.getItem = (key) => {
        const k = newStr(key);
        try {
          const item = getItem(argsObj, k);
          held.push(item);
          return percentArgOf(item);
        } finally {
          decref(k);
        }
      };
    }
  }
  try {
    return fromPrimitive(primitivePercentFormat(fmt, operand));
  } finally {
    for (const o of held) decref(o);
  }
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
