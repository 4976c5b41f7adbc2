/**
 * The sequence types and their iterators (Objects/unicodeobject.c, listobject.c, tupleobject.c,
 * rangeobject.c, sliceobject.c, iterobject.c): str with its common methods and repr quoting rules,
 * list (stable sort with `key`/`reverse`, as Timsort's result), tuple (hash as 3.12), range,
 * slice with CPython's index clamping, and the per-type iterators, whose `tp_iternext` returns
 * null at the end instead of raising (why: `for` loops then never allocate a StopIteration).
 */
import { PyInt, PyIter, PyList, PyObject, PyStr, PyTuple, PyType, PyWrapper, decref, incref, newref } from '../object.js';
import { PyHash } from '../primitives/hash-value.js';
import { TupleHasher, hashStr } from '../primitives/hash.js';
import {
  EQ, NE, call, compareBool, getIter, hashInto, indexValue, isSubtype, iterNext, repr, richCompare, richEq, sequenceFallback, setSeqIterFactory,
  str, toArray, truth,
} from '../abstract.js';
import {
  IndexErrorType, TypeErrorType, ValueErrorType, listIteratorType, listReverseIteratorType, listType, rangeIteratorType, rangeType,
  seqIteratorType, sliceType, strIteratorType, strType, tupleIteratorType, tupleType,
} from '../types.js';
import { False, None, NotImplemented, True, emptyTuple, newBool, newInt, newList, newStr, newTuple, raise } from './values.js';
import { checkArgs, defGetSet, defMethod, noKwargs, splitKw } from './typeobject.js';
import { NB_ADD, NB_MULTIPLY, NB_REMAINDER } from '@pyglass/interfaces';
import { isInt, setStrRepr } from './numbers.js';

// ---------------------------------------------------------------------------------------------
// Indices and slices

export class PySlice extends PyObject {
  declare start: PyObject;
  declare stop: PyObject;
  declare step: PyObject;
  constructor(start: PyObject, stop: PyObject, step: PyObject) {
    super(sliceType, 40);
    this.start = newref(start);
    this.stop = newref(stop);
    this.step = newref(step);
  }
}

/** PySlice_GetIndicesEx: [start, stop, step, length] for a sequence of length `len`. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  let step = s.step === None ? 1 : indexValue(s.step, 'slice indices must be integers or None or have an __index__ method');
  if (step === 0) throw raise(ValueErrorType, 'slice step cannot be zero');
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? len - 1 : len;
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? upper : lower;
  else {
    start = indexValue(s.start, 'slice indices must be integers or None or have an __index__ method');
    if (start < 0) start = Math.max(start + len, lower);
    else start = Math.min(start, upper);
  }
  if (s.stop === None) stop = step < 0 ? lower : upper;
  else {
    stop = indexValue(s.stop, 'slice indices must be integers or None or have an __index__ method');
    if (stop < 0) stop = Math.max(stop + len, lower);
    else stop = Math.min(stop, upper);
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  step = step | 0 || step;
  return [start, stop, step, n];
}

/** A normalised index for item access, or IndexError with `what` ("list index out of range"). */
function seqIndex(key: PyObject, len: number, what: string, kind: string): number {
  if (!isInt(key)) {
    if (key.type.nb_index === null) throw raise(TypeErrorType, `${kind} indices must be integers or slices, not ${key.type.name}`);
  }
  let i = indexValue(key);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw raise(IndexErrorType, what);
  return i;
}

function sliceOf<T>(items: T[], s: PySlice): T[] {
  const [start, , step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + n);
  const out: T[] = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

// ---------------------------------------------------------------------------------------------
// str

/** repr of a str: single quotes unless the text has ' and no ", with CPython's escapes. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && c < 0xa0) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c === 0xad) out += '\\xad';
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += ch + s[i + 1];
      i++;
    } else if (c >= 0xd800 && c < 0xe000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + quote;
}

export function isStr(o: PyObject): o is PyStr {
  return o.type === strType || isSubtype(o.type, strType);
}

function argStr(o: PyObject, fn: string, n = 1): string {
  if (!isStr(o)) throw raise(TypeErrorType, `${fn} arg ${n} must be str, not ${o.type.name}`);
  return o.s;
}

const WS = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
function isWs(ch: string): boolean {
  return WS.includes(ch);
}

function strip(s: string, chars: string | null, left: boolean, right: boolean): string {
  const set = chars === null ? null : chars;
  let a = 0, b = s.length;
  const test = (ch: string) => (set === null ? isWs(ch) : set.includes(ch));
  if (left) while (a < b && test(s[a])) a++;
  if (right) while (b > a && test(s[b - 1])) b--;
  return s.slice(a, b);
}

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isWs(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let j = n;
      while (j > i && isWs(s[j - 1])) j--;
      out.push(s.slice(i, j));
      break;
    }
    let j = i;
    while (j < n && !isWs(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function strList(parts: string[]): PyList {
  return newList(parts.map((p) => newStr(p)));
}

function optInt(o: PyObject | undefined, dflt: number): number {
  return o === undefined || o === None ? dflt : indexValue(o);
}

function strIsCase(s: string, test: (ch: string) => boolean): PyObject {
  if (s.length === 0) return False;
  for (const ch of s) if (!test(ch)) return False;
  return True;
}

function initStr(): void {
  setStrRepr(strRepr);
  strType.tp_new = (type, args, kw) => {
    const [pos] = splitKw(args, kw);
    const s = pos.length === 0 ? '' : str(pos[0]);
    return type === strType ? newStr(s) : new PyStr(type, s, 41 + s.length);
  };
  strType.tp_repr = (o) => strRepr((o as PyStr).s);
  strType.tp_str = (o) => (o as PyStr).s;
  strType.tp_hash = (o, out) => {
    const p = o as PyStr;
    if (!p.hashed) {
      hashStr(p.s, out);
      p.hashHi = out.hi;
      p.hashLo = out.lo;
      p.hashed = true;
      return;
    }
    out.hi = p.hashHi;
    out.lo = p.hashLo;
  };
  strType.tp_richcompare = (a, b, op) => {
    if (!isStr(b)) return NotImplemented;
    const x = (a as PyStr).s, y = b.s;
    switch (op) {
      case 0: return x < y ? True : False;
      case 1: return x <= y ? True : False;
      case 2: return x === y ? True : False;
      case 3: return x !== y ? True : False;
      case 4: return x > y ? True : False;
      default: return x >= y ? True : False;
    }
  };
  strType.mp_length = (o) => (o as PyStr).s.length;
  strType.sq_contains = (o, item) => {
    if (!isStr(item)) throw raise(TypeErrorType, `'in <string>' requires string as left operand, not ${item.type.name}`);
    return (o as PyStr).s.includes(item.s);
  };
  strType.mp_subscript = (o, key) => {
    const s = (o as PyStr).s;
    if (key.type === sliceType) return newStr(sliceOf(s.split(''), key as PySlice).join(''));
    return newStr(s[seqIndex(key, s.length, 'string index out of range', 'string')]);
  };
  strType.tp_iter = (o) => new PyIter(strIteratorType, newref(o), 0, 0, 1);
  strType.nb[NB_ADD] = (a, b) => (isStr(a) && isStr(b) ? newStr(a.s + b.s) : NotImplemented);
  strType.nb[NB_MULTIPLY] = (a, b) => {
    if (isStr(a) && isInt(b)) return newStr(b.n > 0 ? a.s.repeat(b.n) : '');
    if (isStr(b) && isInt(a)) return newStr(a.n > 0 ? b.s.repeat(a.n) : '');
    return NotImplemented;
  };
  strType.nb[NB_REMAINDER] = (a, b) => (isStr(a) ? newStr(percentHook.f!(a.s, b)) : NotImplemented);
  strIteratorType.tp_iter = (o) => newref(o);
  strIteratorType.tp_iternext = (o) => {
    const it = o as PyIter;
    const s = (it.seq as PyStr).s;
    if (it.i >= s.length) return null;
    return newStr(s[it.i++]);
  };
  sequenceFallback.concatName = (o) => (isStr(o) ? 'str' : o.type === listType || isSubtype(o.type, listType) ? 'list' : o.type === tupleType || isSubtype(o.type, tupleType) ? 'tuple' : null);

  const m = (name: string, fn: (s: string, args: PyObject[], kw: string[] | null) => PyObject) =>
    defMethod(strType, name, (self, args, kw) => fn((self as PyStr).s, args, kw));
  m('upper', (s) => newStr(s.toUpperCase()));
  m('lower', (s) => newStr(s.toLowerCase()));
  m('swapcase', (s) => newStr([...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')));
  m('capitalize', (s) => newStr(s.length ? s[0].toUpperCase() + s.slice(1).toLowerCase() : ''));
  m('title', (s) => newStr(s.toLowerCase().replace(/(^|[^A-Za-z\u00c0-\uffff])([a-z\u00e0-\uffff])/g, (_x, p, c) => p + c.toUpperCase())));
  m('strip', (s, a) => newStr(strip(s, a[0] === undefined || a[0] === None ? null : argStr(a[0], 'strip'), true, true)));
  m('lstrip', (s, a) => newStr(strip(s, a[0] === undefined || a[0] === None ? null : argStr(a[0], 'lstrip'), true, false)));
  m('rstrip', (s, a) => newStr(strip(s, a[0] === undefined || a[0] === None ? null : argStr(a[0], 'rstrip'), false, true)));
  m('split', (s, args, kw) => {
    const [a, k] = splitKw(args, kw);
    const sep = a[0] ?? k?.get('sep') ?? None;
    const max = optInt(a[1] ?? k?.get('maxsplit'), -1);
    if (sep === None) return strList(splitWs(s, max));
    const d = argStr(sep, 'split');
    if (d === '') throw raise(ValueErrorType, 'empty separator');
    const parts = s.split(d);
    if (max >= 0 && parts.length > max + 1) return strList([...parts.slice(0, max), parts.slice(max).join(d)]);
    return strList(parts);
  });
  m('rsplit', (s, args, kw) => {
    const [a, k] = splitKw(args, kw);
    const sep = a[0] ?? k?.get('sep') ?? None;
    const max = optInt(a[1] ?? k?.get('maxsplit'), -1);
    if (sep === None) {
      if (max < 0) return strList(splitWs(s, -1));
      const rev = splitWs([...s].reverse().join(''), max).map((p) => [...p].reverse().join('')).reverse();
      return strList(rev);
    }
    const d = argStr(sep, 'rsplit');
    const parts = s.split(d);
    if (max >= 0 && parts.length > max + 1) return strList([parts.slice(0, parts.length - max).join(d), ...parts.slice(parts.length - max)]);
    return strList(parts);
  });
  m('splitlines', (s, a) => {
    const keep = a.length > 0 && truth(a[0]);
    const out: string[] = [];
    let i = 0, start = 0;
    while (i < s.length) {
      const c = s[i];
      if ('\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'.includes(c)) {
        let end = i + 1;
        if (c === '\r' && s[i + 1] === '\n') end++;
        out.push(s.slice(start, keep ? end : i));
        start = i = end;
      } else i++;
    }
    if (start < s.length) out.push(s.slice(start));
    return strList(out);
  });
  m('join', (s, a) => {
    const items = toArray(a[0]);
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (!isStr(it)) {
        for (const x of items) decref(x);
        throw raise(TypeErrorType, `sequence item ${i}: expected str instance, ${it.type.name} found`);
      }
      parts.push(it.s);
    }
    for (const x of items) decref(x);
    return newStr(parts.join(s));
  });
  m('replace', (s, a) => {
    const old = argStr(a[0], 'replace'), nw = argStr(a[1], 'replace', 2);
    let count = optInt(a[2], -1);
    if (count < 0) return newStr(old === '' ? s.split('').join(nw).replace(/^/, nw) + (s.length ? nw : '') : s.split(old).join(nw));
    let out = '', i = 0;
    while (count-- > 0) {
      const j = s.indexOf(old, i);
      if (j < 0) break;
      out += s.slice(i, j) + nw;
      i = j + old.length;
    }
    return newStr(out + s.slice(i));
  });
  const bounds = (s: string, a: PyObject[]): [number, number] => {
    let start = optInt(a[1], 0), end = optInt(a[2], s.length);
    if (start < 0) start = Math.max(0, start + s.length);
    if (end < 0) end = Math.max(0, end + s.length);
    return [start, Math.min(end, s.length)];
  };
  const find = (s: string, a: PyObject[], rev: boolean): number => {
    const sub = argStr(a[0], rev ? 'rfind' : 'find');
    const [start, end] = bounds(s, a);
    if (end - start < sub.length) return -1;
    const region = s.slice(start, end);
    const i = rev ? region.lastIndexOf(sub) : region.indexOf(sub);
    return i < 0 ? -1 : i + start;
  };
  m('find', (s, a) => newInt(find(s, a, false)));
  m('rfind', (s, a) => newInt(find(s, a, true)));
  m('index', (s, a) => {
    const i = find(s, a, false);
    if (i < 0) throw raise(ValueErrorType, 'substring not found');
    return newInt(i);
  });
  m('rindex', (s, a) => {
    const i = find(s, a, true);
    if (i < 0) throw raise(ValueErrorType, 'substring not found');
    return newInt(i);
  });
  m('count', (s, a) => {
    const sub = argStr(a[0], 'count');
    const [start, end] = bounds(s, a);
    const region = s.slice(start, end);
    if (sub === '') return newInt(region.length + 1);
    return newInt(region.split(sub).length - 1);
  });
  const affix = (s: string, a: PyObject[], ends: boolean): PyObject => {
    const [start, end] = bounds(s, a);
    const region = s.slice(start, end);
    const x = a[0];
    const opts = x.type === tupleType ? (x as PyTuple).items : [x];
    for (const o of opts) {
      if (!isStr(o)) throw raise(TypeErrorType, `${ends ? 'endswith' : 'startswith'} first arg must be str or a tuple of str, not ${o.type.name}`);
      if (ends ? region.endsWith(o.s) : region.startsWith(o.s)) return True;
    }
    return False;
  };
  m('startswith', (s, a) => affix(s, a, false));
  m('endswith', (s, a) => affix(s, a, true));
  const pad = (s: string, a: PyObject[], where: number): PyObject => {
    const w = indexValue(a[0]);
    const fill = a[1] === undefined ? ' ' : argStr(a[1], 'pad');
    if (w <= s.length) return newStr(s);
    const total = w - s.length;
    if (where < 0) return newStr(s + fill.repeat(total));
    if (where > 0) return newStr(fill.repeat(total) + s);
    const left = Math.floor(total / 2) + (total & w & 1);
    return newStr(fill.repeat(left) + s + fill.repeat(total - left));
  };
  m('ljust', (s, a) => pad(s, a, -1));
  m('rjust', (s, a) => pad(s, a, 1));
  m('center', (s, a) => pad(s, a, 0));
  m('zfill', (s, a) => {
    const w = indexValue(a[0]);
    if (s.length >= w) return newStr(s);
    const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
    return newStr(sign + '0'.repeat(w - s.length) + s.slice(sign.length));
  });
  m('partition', (s, a) => {
    const sep = argStr(a[0], 'partition');
    const i = s.indexOf(sep);
    if (i < 0) return newTuple([newStr(s), newStr(''), newStr('')]);
    return newTuple([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
  });
  m('rpartition', (s, a) => {
    const sep = argStr(a[0], 'rpartition');
    const i = s.lastIndexOf(sep);
    if (i < 0) return newTuple([newStr(''), newStr(''), newStr(s)]);
    return newTuple([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
  });
  m('isdigit', (s) => strIsCase(s, (c) => /\p{Nd}/u.test(c)));
  m('isdecimal', (s) => strIsCase(s, (c) => /\p{Nd}/u.test(c)));
  m('isnumeric', (s) => strIsCase(s, (c) => /\p{N}/u.test(c)));
  m('isalpha', (s) => strIsCase(s, (c) => /\p{L}/u.test(c)));
  m('isalnum', (s) => strIsCase(s, (c) => /[\p{L}\p{N}]/u.test(c)));
  m('isspace', (s) => strIsCase(s, isWs));
  m('isidentifier', (s) => newBool(/^[\p{L}_][\p{L}\p{N}_]*$/u.test(s)));
  m('islower', (s) => newBool(/\p{Ll}/u.test(s) && !/\p{Lu}|\p{Lt}/u.test(s)));
  m('isupper', (s) => newBool(/\p{Lu}/u.test(s) && !/\p{Ll}|\p{Lt}/u.test(s)));
  m('istitle', (s) => newBool(/\p{L}/u.test(s) && s === s.toLowerCase().replace(/(^|[^\p{L}])(\p{Ll})/gu, (_x, p, c) => p + c.toUpperCase())));
  m('expandtabs', (s, a) => {
    const size = optInt(a[0], 8);
    let out = '', col = 0;
    for (const c of s) {
      if (c === '\t') {
        const n = size > 0 ? size - (col % size) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return newStr(out);
  });
  m('removeprefix', (s, a) => {
    const p = argStr(a[0], 'removeprefix');
    return newStr(p && s.startsWith(p) ? s.slice(p.length) : s);
  });
  m('removesuffix', (s, a) => {
    const p = argStr(a[0], 'removesuffix');
    return newStr(p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  });
  m('format', (s, a, kw) => newStr(formatHook.strFormat!(s, a, kw)));
  m('encode', (s, a) => encodeHook.f!(s, a));
  m('__format__', (s, a) => newStr(formatHook.str!(s, (a[0] as PyStr).s)));
}

/** Late hooks set by format.ts and bytes support. */
export const formatHook = {
  strFormat: null as ((s: string, args: PyObject[], kw: string[] | null) => string) | null,
  str: null as ((s: string, spec: string) => string) | null,
};
export const percentHook = { f: null as ((s: string, args: PyObject) => string) | null };
export const encodeHook = { f: null as ((s: string, args: PyObject[]) => PyObject) | null };

// ---------------------------------------------------------------------------------------------
// list and tuple

function isList(o: PyObject): o is PyList {
  return o.type === listType || isSubtype(o.type, listType);
}
function isTuple(o: PyObject): o is PyTuple {
  return o.type === tupleType || isSubtype(o.type, tupleType);
}

export function seqRepr(items: PyObject[], open: string, close: string, self: PyObject): string {
  if (reprGuard.has(self)) return open + '...' + close;
  reprGuard.add(self);
  try {
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) parts.push(repr(items[i]));
    if (open === '(' && items.length === 1) return `(${parts[0]},)`;
    return open + parts.join(', ') + close;
  } finally {
    reprGuard.delete(self);
  }
}
/** Objects whose repr is being computed (Py_ReprEnter), so cycles print as [...]. */
export const reprGuard = new Set<PyObject>();

/** Lexicographic comparison of two item arrays (list_richcompare). */
export function seqCompare(a: PyObject[], b: PyObject[], op: number): PyObject {
  if ((op === EQ || op === NE) && a.length !== b.length) return op === EQ ? False : True;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (!richEq(a[i], b[i])) break;
  }
  if (i >= a.length || i >= b.length) {
    const x = a.length, y = b.length;
    const r = op === 0 ? x < y : op === 1 ? x <= y : op === 2 ? x === y : op === 3 ? x !== y : op === 4 ? x > y : x >= y;
    return r ? True : False;
  }
  if (op === EQ) return False;
  if (op === NE) return True;
  return richCompare(a[i], b[i], op);
}

function releaseAll(items: PyObject[]): void {
  for (let i = 0; i < items.length; i++) decref(items[i]);
}

/** A stable sort of `items` by `key` results (list.sort). */
export function sortItems(items: PyObject[], key: PyObject | null, reverse: boolean): PyObject[] {
  const keys = key === null ? items : items.map((it) => call(key, [it], null));
  const idx = items.map((_, i) => i);
  let error: unknown = null;
  const lt = (x: PyObject, y: PyObject): boolean => compareBool(x, y, 0);
  try {
    // Why a merge sort: Array.prototype.sort is stable, but a comparator that throws leaves it
    // in an unspecified state; keeping the comparisons in JS lets the error surface cleanly.
    idx.sort((i, j) => {
      if (error !== null) return 0;
      try {
        if (reverse) return lt(keys[j], keys[i]) ? -1 : lt(keys[i], keys[j]) ? 1 : 0;
        return lt(keys[i], keys[j]) ? -1 : lt(keys[j], keys[i]) ? 1 : 0;
      } catch (e) {
        error = e;
        return 0;
      }
    });
  } finally {
    if (key !== null) releaseAll(keys);
  }
  if (error !== null) throw error;
  return idx.map((i) => items[i]);
}

function listSetSlice(l: PyList, s: PySlice, value: PyObject | null): void {
  const [start, stop, step, n] = sliceIndices(s, l.items.length);
  const values = value === null ? [] : toArray(value);
  if (step === 1) {
    const removed = l.items.splice(start, Math.max(0, stop - start), ...values);
    releaseAll(removed);
    return;
  }
  if (value === null) {
    const keep: PyObject[] = [];
    const drop = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
    l.items.forEach((it, i) => (drop.has(i) ? decref(it) : keep.push(it)));
    l.items = keep;
    return;
  }
  if (values.length !== n) {
    releaseAll(values);
    throw raise(ValueErrorType, `attempt to assign sequence of size ${values.length} to extended slice of size ${n}`);
  }
  for (let i = 0, j = start; i < n; i++, j += step) {
    const old = l.items[j];
    l.items[j] = values[i];
    decref(old);
  }
}

function initListTuple(): void {
  listType.tp_new = (type) => (type === listType ? newList([]) : new PyList(type, []));
  listType.tp_init = (self, args) => {
    const l = self as PyList;
    releaseAll(l.items);
    l.items = args.length ? toArray(args[0]) : [];
  };
  listType.tp_repr = (o) => seqRepr((o as PyList).items, '[', ']', o);
  listType.tp_hash = null;
  listType.mp_length = (o) => (o as PyList).items.length;
  listType.tp_richcompare = (a, b, op) => (isList(b) ? seqCompare((a as PyList).items, b.items, op) : NotImplemented);
  listType.mp_subscript = (o, key) => {
    const items = (o as PyList).items;
    if (key.type === sliceType) {
      const r = sliceOf(items, key as PySlice);
      for (const x of r) incref(x);
      return newList(r);
    }
    return newref(items[seqIndex(key, items.length, 'list index out of range', 'list')]);
  };
  listType.mp_ass_subscript = (o, key, value) => {
    const l = o as PyList;
    if (key.type === sliceType) return listSetSlice(l, key as PySlice, value);
    const i = seqIndex(key, l.items.length, value === null ? 'list assignment index out of range' : 'list assignment index out of range', 'list');
    const old = l.items[i];
    if (value === null) l.items.splice(i, 1);
    else l.items[i] = newref(value);
    decref(old);
  };
  listType.sq_contains = (o, v) => {
    const items = (o as PyList).items;
    for (let i = 0; i < items.length; i++) if (items[i] === v || richEq(items[i], v)) return true;
    return false;
  };
  listType.tp_iter = (o) => new PyIter(listIteratorType, newref(o), 0, 0, 1);
  listType.dealloc = (o) => releaseAll((o as PyList).items);
  listType.nb[NB_ADD] = (a, b) => {
    if (!isList(a) || !isList(b)) return NotImplemented;
    const items = a.items.concat(b.items);
    for (const x of items) incref(x);
    return newList(items);
  };
  listType.nb[13 /* NB_INPLACE_ADD */] = (a, b) => {
    const more = toArray(b);
    (a as PyList).items.push(...more);
    return newref(a);
  };
  const repeat = (items: PyObject[], n: number): PyObject[] => {
    const out: PyObject[] = [];
    for (let k = 0; k < n; k++) for (const x of items) out.push(newref(x));
    return out;
  };
  listType.nb[NB_MULTIPLY] = (a, b) => {
    if (isList(a) && isInt(b)) return newList(repeat(a.items, b.n));
    if (isList(b) && isInt(a)) return newList(repeat(b.items, a.n));
    return NotImplemented;
  };
  listIteratorType.tp_iter = (o) => newref(o);
  listIteratorType.tp_iternext = (o) => {
    const it = o as PyIter;
    if (it.seq === null) return null;
    const items = (it.seq as PyList).items;
    if (it.i < items.length) return newref(items[it.i++]);
    decref(it.seq);
    it.seq = null;
    return null;
  };
  listIteratorType.dealloc = (o) => {
    if ((o as PyIter).seq !== null) decref((o as PyIter).seq!);
  };
  listReverseIteratorType.tp_iter = (o) => newref(o);
  listReverseIteratorType.tp_iternext = (o) => {
    const it = o as PyIter;
    if (it.seq === null) return null;
    const items = (it.seq as PyList).items;
    if (it.i >= 0 && it.i < items.length) return newref(items[it.i--]);
    decref(it.seq);
    it.seq = null;
    return null;
  };

  const lm = (name: string, fn: (l: PyList, args: PyObject[], kw: string[] | null) => PyObject) =>
    defMethod(listType, name, (self, args, kw) => fn(self as PyList, args, kw));
  lm('append', (l, a, kw) => {
    noKwargs('list.append', kw);
    checkArgs('list.append', a, 1, 1);
    l.items.push(newref(a[0]));
    return None;
  });
  lm('extend', (l, a) => {
    l.items.push(...toArray(a[0]));
    return None;
  });
  lm('insert', (l, a) => {
    let i = indexValue(a[0]);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    l.items.splice(i, 0, newref(a[1]));
    return None;
  });
  lm('pop', (l, a) => {
    if (l.items.length === 0) throw raise(IndexErrorType, 'pop from empty list');
    let i = a.length ? indexValue(a[0]) : l.items.length - 1;
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw raise(IndexErrorType, 'pop index out of range');
    return l.items.splice(i, 1)[0];
  });
  lm('remove', (l, a) => {
    for (let i = 0; i < l.items.length; i++) {
      if (richEq(l.items[i], a[0])) {
        decref(l.items.splice(i, 1)[0]);
        return None;
      }
    }
    throw raise(ValueErrorType, 'list.remove(x): x not in list');
  });
  lm('index', (l, a) => {
    const start = optInt(a[1], 0);
    for (let i = Math.max(0, start < 0 ? start + l.items.length : start); i < l.items.length; i++) if (richEq(l.items[i], a[0])) return newInt(i);
    throw raise(ValueErrorType, `${repr(a[0])} is not in list`);
  });
  lm('count', (l, a) => newInt(l.items.filter((x) => richEq(x, a[0])).length));
  lm('reverse', (l) => {
    l.items.reverse();
    return None;
  });
  lm('clear', (l) => {
    const old = l.items;
    l.items = [];
    releaseAll(old);
    return None;
  });
  lm('copy', (l) => newList(l.items.map((x) => newref(x))));
  lm('sort', (l, args, kw) => {
    const [pos, k] = splitKw(args, kw);
    if (pos.length) throw raise(TypeErrorType, 'sort() takes no positional arguments');
    const key = k?.get('key') ?? None;
    const rev = k?.get('reverse');
    const items = l.items;
    l.items = [];
    try {
      l.items = sortItems(items, key === None ? null : key, rev !== undefined && truth(rev));
    } catch (e) {
      l.items = items;
      throw e;
    }
    return None;
  });
  defMethod(listType, '__reversed__', (self) => new PyIter(listReverseIteratorType, newref(self), (self as PyList).items.length - 1, 0, -1));

  tupleType.tp_new = (type, args) => {
    const items = args.length ? toArray(args[0]) : [];
    if (type === tupleType) {
      if (args.length && args[0].type === tupleType) {
        releaseAll(items);
        return newref(args[0]);
      }
      return newTuple(items);
    }
    return new PyTuple(type, items);
  };
  tupleType.tp_repr = (o) => seqRepr((o as PyTuple).items, '(', ')', o);
  tupleType.mp_length = (o) => (o as PyTuple).items.length;
  tupleType.tp_richcompare = (a, b, op) => (isTuple(b) ? seqCompare((a as PyTuple).items, b.items, op) : NotImplemented);
  const hasher = new TupleHasher();
  const lane = new PyHash();
  tupleType.tp_hash = (o, out) => {
    const items = (o as PyTuple).items;
    const lanes: PyHash[] = [];
    for (let i = 0; i < items.length; i++) {
      hashInto(items[i], lane);
      const h = new PyHash();
      h.hi = lane.hi;
      h.lo = lane.lo;
      lanes.push(h);
    }
    hasher.start();
    for (const h of lanes) hasher.add(h);
    hasher.finish(items.length, out);
  };
  tupleType.mp_subscript = (o, key) => {
    const items = (o as PyTuple).items;
    if (key.type === sliceType) {
      const r = sliceOf(items, key as PySlice);
      for (const x of r) incref(x);
      return newTuple(r);
    }
    return newref(items[seqIndex(key, items.length, 'tuple index out of range', 'tuple')]);
  };
  tupleType.sq_contains = listType.sq_contains;
  tupleType.tp_iter = (o) => new PyIter(tupleIteratorType, newref(o), 0, 0, 1);
  tupleType.dealloc = (o) => releaseAll((o as PyTuple).items);
  tupleType.nb[NB_ADD] = (a, b) => {
    if (!isTuple(a) || !isTuple(b)) return NotImplemented;
    const items = a.items.concat(b.items);
    for (const x of items) incref(x);
    return newTuple(items);
  };
  tupleType.nb[NB_MULTIPLY] = (a, b) => {
    if (isTuple(a) && isInt(b)) return newTuple(repeat(a.items, b.n));
    if (isTuple(b) && isInt(a)) return newTuple(repeat(b.items, a.n));
    return NotImplemented;
  };
  tupleIteratorType.tp_iter = (o) => newref(o);
  tupleIteratorType.tp_iternext = listIteratorType.tp_iternext;
  tupleIteratorType.dealloc = listIteratorType.dealloc;
  defMethod(tupleType, 'index', (self, a) => {
    const items = (self as PyTuple).items;
    for (let i = 0; i < items.length; i++) if (richEq(items[i], a[0])) return newInt(i);
    throw raise(ValueErrorType, 'tuple.index(x): x not in tuple');
  });
  defMethod(tupleType, 'count', (self, a) => newInt((self as PyTuple).items.filter((x) => richEq(x, a[0])).length));
}

// ---------------------------------------------------------------------------------------------
// range and slice

export class PyRange extends PyObject {
  declare start: number;
  declare stop: number;
  declare step: number;
  declare length: number;
  constructor(start: number, stop: number, step: number) {
    super(rangeType, 48);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = step > 0 ? (stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0) : start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

function initRange(): void {
  rangeType.tp_new = (_t, args, kw) => {
    noKwargs('range', kw);
    if (args.length === 0) throw raise(TypeErrorType, 'range expected at least 1 argument, got 0');
    if (args.length > 3) throw raise(TypeErrorType, `range expected at most 3 arguments, got ${args.length}`);
    const v = args.map((a) => indexValue(a));
    if (v.length === 1) return new PyRange(0, v[0], 1);
    if (v[2] === 0) throw raise(ValueErrorType, 'range() arg 3 must not be zero');
    return new PyRange(v[0], v[1], v.length === 3 ? v[2] : 1);
  };
  rangeType.tp_repr = (o) => {
    const r = o as PyRange;
    return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
  };
  rangeType.mp_length = (o) => (o as PyRange).length;
  rangeType.tp_iter = (o) => {
    const r = o as PyRange;
    return new PyIter(rangeIteratorType, null, r.start, r.length, r.step);
  };
  rangeType.mp_subscript = (o, key) => {
    const r = o as PyRange;
    if (key.type === sliceType) {
      const [start, , step, n] = sliceIndices(key as PySlice, r.length);
      const s = r.start + start * r.step;
      return new PyRange(s, s + n * step * r.step, step * r.step);
    }
    const i = seqIndex(key, r.length, 'range object index out of range', 'range');
    return newInt(r.start + i * r.step);
  };
  rangeType.sq_contains = (o, v) => {
    const r = o as PyRange;
    if (!isInt(v) || (v as PyInt).big !== null) {
      for (let i = 0; i < r.length; i++) {
        const x = newInt(r.start + i * r.step);
        if (richEq(x, v)) return true;
      }
      return false;
    }
    const n = (v as PyInt).n;
    if (r.step > 0 ? n < r.start || n >= r.stop : n > r.start || n <= r.stop) return false;
    return (n - r.start) % r.step === 0;
  };
  rangeType.tp_richcompare = (a, b, op) => {
    if (b.type !== rangeType || (op !== EQ && op !== NE)) return NotImplemented;
    const x = a as PyRange, y = b as PyRange;
    const same = x.length === y.length && (x.length === 0 || (x.start === y.start && (x.length === 1 || x.step === y.step)));
    return newBool(op === EQ ? same : !same);
  };
  defGetSet(rangeType, 'start', (o) => newInt((o as PyRange).start));
  defGetSet(rangeType, 'stop', (o) => newInt((o as PyRange).stop));
  defGetSet(rangeType, 'step', (o) => newInt((o as PyRange).step));
  defMethod(rangeType, 'index', (self, a) => {
    const r = self as PyRange;
    if (!rangeType.sq_contains!(r, a[0])) throw raise(ValueErrorType, `${repr(a[0])} is not in range`);
    return newInt(((a[0] as PyInt).n - r.start) / r.step);
  });
  defMethod(rangeType, '__reversed__', (self) => {
    const r = self as PyRange;
    return new PyIter(rangeIteratorType, null, r.start + (r.length - 1) * r.step, r.length, -r.step);
  });
  rangeIteratorType.tp_iter = (o) => newref(o);
  // i = next value, end = remaining count, step.
  rangeIteratorType.tp_iternext = (o) => {
    const it = o as PyIter;
    if (it.end <= 0) return null;
    it.end--;
    const v = it.i;
    it.i += it.step;
    return newInt(v);
  };

  sliceType.tp_new = (_t, args) => {
    if (args.length === 1) return new PySlice(None, args[0], None);
    return new PySlice(args[0], args[1], args[2] ?? None);
  };
  sliceType.tp_repr = (o) => {
    const s = o as PySlice;
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  };
  sliceType.dealloc = (o) => {
    const s = o as PySlice;
    decref(s.start);
    decref(s.stop);
    decref(s.step);
  };
  defGetSet(sliceType, 'start', (o) => newref((o as PySlice).start));
  defGetSet(sliceType, 'stop', (o) => newref((o as PySlice).stop));
  defGetSet(sliceType, 'step', (o) => newref((o as PySlice).step));

  // The iterator for objects that only have __getitem__ (PySeqIter).
  seqIteratorType.tp_iter = (o) => newref(o);
  seqIteratorType.tp_iternext = (o) => {
    const it = o as PyIter;
    if (it.seq === null) return null;
    try {
      const v = it.seq.type.mp_subscript!(it.seq, newInt(it.i));
      it.i++;
      return v;
    } catch (e) {
      if (e instanceof PyObject && (isSubtype(e.type, IndexErrorType) || isSubtype(e.type, stopIterationRef()))) {
        decref(it.seq);
        it.seq = null;
        return null;
      }
      throw e;
    }
  };
  setSeqIterFactory((o) => new PyIter(seqIteratorType, newref(o), 0, 0, 1));
}

function stopIterationRef(): PyType {
  return (getIter as unknown as { stop?: PyType }).stop ?? IndexErrorType;
}

export function initSequences(): void {
  initStr();
  initListTuple();
  initRange();
  void emptyTuple;
  void iterNext;
  void PyWrapper;
}
