/**
 * dict storage (the layout is PyDict in object.ts): lookups by JS string (globals, attributes —
 * the hot case, one Map probe), by primitive stand-in (exact str/int/float/bool keys), and by
 * hash plus `__eq__` for every other key. Insertion order is the entry order; deleted entries
 * leave holes that `compact` squeezes out once they outnumber the live ones. Setters take
 * borrowed references and incref what they store, as PyDict_SetItem does.
 */
import { PyDict, PyFloat, PyInt, PyObject, PyStr, decref, incref } from '../object.js';
import { PyHash } from '../primitives/hash-value.js';
import { boolType, dictType, floatType, intType, strType } from '../types.js';
import { internStr } from './values.js';
import { hashInto, richEq } from '../abstract.js';

const scratch = new PyHash();

/** The primitive stand-in of a key whose equality JS can decide, or undefined. */
export function primKey(k: PyObject): string | number | bigint | undefined {
  const t = k.type;
  if (t === strType) return (k as PyStr).s;
  if (t === intType || t === boolType) {
    const i = k as PyInt;
    return i.big === null ? i.n : i.big;
  }
  if (t === floatType) {
    const v = (k as PyFloat).v;
    if (v !== v) return undefined; // NaN: equal only to itself, by identity — the hashed path.
    if (Number.isInteger(v) && (v > 9007199254740991 || v < -9007199254740991)) return BigInt(v);
    return v;
  }
  return undefined;
}

function hashNumber(k: PyObject): number {
  hashInto(k, scratch);
  return scratch.hi ^ scratch.lo;
}

export function newDict(): PyDict {
  return new PyDict(dictType);
}

/** Entry position of `key`, or -1. May call `__hash__` / `__eq__`. */
export function dictFind(d: PyDict, key: PyObject): number {
  const p = primKey(key);
  if (p !== undefined) {
    const i = d.index.get(p);
    return i === undefined ? -1 : i;
  }
  if (d.hashed === null) {
    hashNumber(key); // unhashable keys raise even on an empty dict
    return -1;
  }
  const bucket = d.hashed.get(hashNumber(key));
  if (bucket === undefined) return -1;
  for (let j = 0; j < bucket.length; j++) {
    const k = d.keys[bucket[j]]!;
    if (k === key || richEq(k, key)) return bucket[j];
  }
  return -1;
}

/** Borrowed value for `key`, or null. */
export function dictGet(d: PyDict, key: PyObject): PyObject | null {
  const i = dictFind(d, key);
  return i < 0 ? null : d.values[i];
}

/** Borrowed value for the str key `s`, or null (why separate: no PyStr needed to look up a name). */
export function dictGetStr(d: PyDict, s: string): PyObject | null {
  const i = d.index.get(s);
  return i === undefined ? null : d.values[i];
}

function append(d: PyDict, key: PyObject, value: PyObject, p: string | number | bigint | undefined): void {
  const pos = d.keys.length;
  incref(key);
  incref(value);
  d.keys.push(key);
  d.values.push(value);
  if (p !== undefined) d.index.set(p, pos);
  else {
    if (d.hashed === null) d.hashed = new Map();
    const h = hashNumber(key);
    const bucket = d.hashed.get(h);
    if (bucket === undefined) d.hashed.set(h, [pos]);
    else bucket.push(pos);
  }
  d.size++;
  d.version++;
}

/** d[key] = value (both borrowed). */
export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  const i = dictFind(d, key);
  if (i >= 0) {
    const old = d.values[i]!;
    incref(value);
    d.values[i] = value;
    decref(old);
    return;
  }
  append(d, key, value, primKey(key));
}

/** d[s] = value for a str key (value borrowed). */
export function dictSetStr(d: PyDict, s: string, value: PyObject): void {
  const i = d.index.get(s);
  if (i !== undefined) {
    const old = d.values[i]!;
    incref(value);
    d.values[i] = value;
    decref(old);
    return;
  }
  append(d, internStr(s), value, s);
}

/**
 * The entry position of the exact-str key `s` in `d`, or -1: for caches that hold a position
 * while `d.version` is unchanged. Only str keys from the primitive index are found (a non-str key
 * equal to a str cannot exist: only str instances hash and compare like strs here).
 */
export function dictIndexStr(d: PyDict, s: string): number {
  const i = d.index.get(s);
  return i === undefined ? -1 : i;
}

/** d[s] = value, taking over the caller's reference to `value` (for freshly made values). */
export function dictSetStrOwned(d: PyDict, s: string, value: PyObject): void {
  dictSetStr(d, s, value);
  decref(value);
}

function removeAt(d: PyDict, i: number): void {
  const k = d.keys[i]!;
  const v = d.values[i]!;
  const p = primKey(k);
  if (p !== undefined) d.index.delete(p);
  else {
    const h = hashNumber(k);
    const bucket = d.hashed!.get(h)!;
    bucket.splice(bucket.indexOf(i), 1);
    if (bucket.length === 0) d.hashed!.delete(h);
  }
  d.keys[i] = null;
  d.values[i] = null;
  d.size--;
  d.version++;
  if (d.size === 0) {
    d.keys = [];
    d.values = [];
  } else if (d.keys.length > 16 && d.size * 2 < d.keys.length) compact(d);
  decref(k);
  decref(v);
}

/** Deletes `key`; false when absent. */
export function dictDel(d: PyDict, key: PyObject): boolean {
  const i = dictFind(d, key);
  if (i < 0) return false;
  removeAt(d, i);
  return true;
}

export function dictDelStr(d: PyDict, s: string): boolean {
  const i = d.index.get(s);
  if (i === undefined) return false;
  removeAt(d, i);
  return true;
}

/** Removes the holes left by deletions and rebuilds the indexes. */
function compact(d: PyDict): void {
  const keys: PyObject[] = [];
  const values: PyObject[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    if (d.keys[i] !== null) {
      keys.push(d.keys[i]!);
      values.push(d.values[i]!);
    }
  }
  d.keys = keys;
  d.values = values;
  d.index = new Map();
  d.hashed = null;
  for (let i = 0; i < keys.length; i++) {
    const p = primKey(keys[i]);
    if (p !== undefined) d.index.set(p, i);
    else {
      if (d.hashed === null) d.hashed = new Map();
      const h = hashNumber(keys[i]);
      const b = d.hashed.get(h);
      if (b === undefined) d.hashed.set(h, [i]);
      else b.push(i);
    }
  }
}

export function dictClear(d: PyDict): void {
  const keys = d.keys;
  const values = d.values;
  d.keys = [];
  d.values = [];
  d.index = new Map();
  d.hashed = null;
  d.size = 0;
  d.version++;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== null) {
      decref(keys[i]!);
      decref(values[i]!);
    }
  }
}

/** Releases a dict's references (tp_dealloc). */
export function dictDealloc(o: PyObject): void {
  dictClear(o as PyDict);
}

/** A new dict with the same entries. */
export function dictCopy(d: PyDict): PyDict {
  const r = newDict();
  for (let i = 0; i < d.keys.length; i++) if (d.keys[i] !== null) dictSet(r, d.keys[i]!, d.values[i]!);
  return r;
}
