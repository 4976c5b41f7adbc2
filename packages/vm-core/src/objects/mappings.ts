/**
 * dict, set and frozenset as Python sees them (Objects/dictobject.c, setobject.c): the methods,
 * views and iterators of dict over the storage in dict.ts, and set/frozenset over the
 * primitives' SetTable (so iteration order equals CPython's for the same hashes and operations).
 */
import { PyDict, PyIter, PyObject, PySet, PyTuple, PyType, decref, incref, newref } from '../object.js';
import { PyHash } from '../primitives/hash-value.js';
import { FrozensetHasher } from '../primitives/hash.js';
import { SetTable } from '../primitives/set-table.js';
import { EQ, NE, call, getIter, hashInto, isSubtype, iterNext, lookupType, repr, richEq, toArray } from '../abstract.js';
import {
  KeyErrorType, TypeErrorType, ValueErrorType, dictItemIteratorType, dictItemsType, dictKeyIteratorType, dictKeysType, dictType,
  dictValueIteratorType, dictValuesType, frozensetType, setIteratorType, setType, RuntimeErrorType,
} from '../types.js';
import { dictClear, dictCopy, dictDealloc, dictDel, dictFind, dictGet, dictSet, newDict } from './dict.js';
import { False, None, NotImplemented, True, newBool, newException, newInt, newList, newTuple, raise } from './values.js';
import { defClassMethod, defMethod, splitKw } from './typeobject.js';
import { reprGuard } from './sequences.js';
import { NB_AND, NB_OR, NB_SUBTRACT, NB_XOR } from '@pyglass/interfaces';

export function isDictObj(o: PyObject): o is PyDict {
  return o.type === dictType || isSubtype(o.type, dictType);
}

/** KeyError(key), as dict lookups raise it. */
export function keyError(key: PyObject): PyObject {
  return newException(KeyErrorType, [newref(key)]);
}

/** dict.update / dict(x) semantics: a mapping (has keys()) or an iterable of pairs. */
export function dictMerge(d: PyDict, src: PyObject): void {
  if (isDictObj(src)) {
    for (let i = 0; i < src.keys.length; i++) if (src.keys[i] !== null) dictSet(d, src.keys[i]!, src.values[i]!);
    return;
  }
  if (lookupType(src.type, 'keys') !== null) {
    const keysFn = src.type.tp_getattro!(src, 'keys')!;
    const keysObj = call(keysFn, [], null);
    decref(keysFn);
    let keys: PyObject[];
    try {
      keys = toArray(keysObj);
    } finally {
      decref(keysObj);
    }
    for (const k of keys) {
      const v = src.type.mp_subscript!(src, k);
      dictSet(d, k, v);
      decref(v);
      decref(k);
    }
    return;
  }
  const pairs = toArray(src);
  pairs.forEach((p, i) => {
    const kv = toArray(p);
    if (kv.length !== 2) throw raise(ValueErrorType, `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
    dictSet(d, kv[0], kv[1]);
    decref(kv[0]);
    decref(kv[1]);
    decref(p);
  });
}

function dictRepr(o: PyObject): string {
  const d = o as PyDict;
  if (reprGuard.has(o)) return '{...}';
  reprGuard.add(o);
  try {
    const parts: string[] = [];
    for (let i = 0; i < d.keys.length; i++) if (d.keys[i] !== null) parts.push(`${repr(d.keys[i]!)}: ${repr(d.values[i]!)}`);
    return `{${parts.join(', ')}}`;
  } finally {
    reprGuard.delete(o);
  }
}

/** A dict view or iterator: seq = the dict, i = position, end = the dict's version at creation. */
function dictIter(type: PyType, d: PyDict): PyIter {
  return new PyIter(type, newref(d), 0, d.size, 0);
}

function nextPos(it: PyIter): number {
  const d = it.seq as PyDict;
  if (d.size !== it.end) {
    it.end = -1;
    throw raise(RuntimeErrorType, 'dictionary changed size during iteration');
  }
  while (it.i < d.keys.length && d.keys[it.i] === null) it.i++;
  return it.i < d.keys.length ? it.i++ : -1;
}

function viewItems(v: PyObject, kind: number): PyObject[] {
  const d = (v as PyIter).seq as PyDict;
  const out: PyObject[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    if (d.keys[i] === null) continue;
    if (kind === 0) out.push(newref(d.keys[i]!));
    else if (kind === 1) out.push(newref(d.values[i]!));
    else out.push(newTuple([newref(d.keys[i]!), newref(d.values[i]!)]));
  }
  return out;
}

function initDict(): void {
  dictType.tp_new = (type) => (type === dictType ? newDict() : new PyDict(type));
  dictType.tp_init = (self, args, kw) => {
    const [pos, k] = splitKw(args, kw);
    if (pos.length > 1) throw raise(TypeErrorType, `dict expected at most 1 argument, got ${pos.length}`);
    if (pos.length) dictMerge(self as PyDict, pos[0]);
    if (k !== null) for (const [name, v] of k) dictSet(self as PyDict, newStrKey(name), v);
  };
  dictType.tp_repr = dictRepr;
  dictType.tp_hash = null;
  dictType.mp_length = (o) => (o as PyDict).size;
  dictType.dealloc = dictDealloc;
  dictType.mp_subscript = (o, key) => {
    const d = o as PyDict;
    const v = dictGet(d, key);
    if (v !== null) return newref(v);
    if (d.type !== dictType) {
      const missing = lookupType(d.type, '__missing__');
      if (missing !== null) return call(missing, [d, key], null);
    }
    throw keyError(key);
  };
  dictType.mp_ass_subscript = (o, key, value) => {
    if (value === null) {
      if (!dictDel(o as PyDict, key)) throw keyError(key);
    } else dictSet(o as PyDict, key, value);
  };
  dictType.sq_contains = (o, key) => dictFind(o as PyDict, key) >= 0;
  dictType.tp_iter = (o) => dictIter(dictKeyIteratorType, o as PyDict);
  dictType.tp_richcompare = (a, b, op) => {
    if (!isDictObj(b) || (op !== EQ && op !== NE)) return NotImplemented;
    const x = a as PyDict;
    let same = x.size === b.size;
    if (same) {
      for (let i = 0; i < x.keys.length && same; i++) {
        if (x.keys[i] === null) continue;
        const v = dictGet(b, x.keys[i]!);
        same = v !== null && richEq(x.values[i]!, v);
      }
    }
    return newBool(op === EQ ? same : !same);
  };
  dictType.nb[NB_OR] = (a, b) => {
    if (!isDictObj(a) || !isDictObj(b)) return NotImplemented;
    const r = dictCopy(a);
    dictMerge(r, b);
    return r;
  };
  dictType.nb[13 + NB_OR] = (a, b) => {
    dictMerge(a as PyDict, b);
    return newref(a);
  };
  const dm = (name: string, fn: (d: PyDict, a: PyObject[], kw: string[] | null) => PyObject) =>
    defMethod(dictType, name, (self, a, kw) => fn(self as PyDict, a, kw));
  dm('get', (d, a) => newref(dictGet(d, a[0]) ?? a[1] ?? None));
  dm('setdefault', (d, a) => {
    const v = dictGet(d, a[0]);
    if (v !== null) return newref(v);
    dictSet(d, a[0], a[1] ?? None);
    return newref(a[1] ?? None);
  });
  dm('pop', (d, a) => {
    const v = dictGet(d, a[0]);
    if (v === null) {
      if (a.length > 1) return newref(a[1]);
      throw keyError(a[0]);
    }
    incref(v);
    dictDel(d, a[0]);
    return v;
  });
  dm('popitem', (d) => {
    for (let i = d.keys.length - 1; i >= 0; i--) {
      if (d.keys[i] !== null) {
        const k = newref(d.keys[i]!), v = newref(d.values[i]!);
        dictDel(d, k);
        return newTuple([k, v]);
      }
    }
    throw raise(KeyErrorType, 'popitem(): dictionary is empty');
  });
  dm('keys', (d) => dictIter(dictKeysType, d));
  dm('values', (d) => dictIter(dictValuesType, d));
  dm('items', (d) => dictIter(dictItemsType, d));
  dm('update', (d, args, kw) => {
    const [pos, k] = splitKw(args, kw);
    if (pos.length) dictMerge(d, pos[0]);
    if (k !== null) for (const [name, v] of k) dictSet(d, newStrKey(name), v);
    return None;
  });
  dm('clear', (d) => (dictClear(d), None));
  dm('copy', (d) => dictCopy(d));
  defClassMethod(dictType, 'fromkeys', (cls, a) => {
    const d = call(cls, [], null) as PyDict;
    for (const k of toArray(a[0])) {
      dictSet(d, k, a[1] ?? None);
      decref(k);
    }
    return d;
  });

  // reversed(d): the keys in reverse insertion order.
  defMethod(dictType, '__reversed__', (o) => {
    const d = o as PyDict;
    const keys: PyObject[] = [];
    for (let i = d.keys.length - 1; i >= 0; i--) if (d.keys[i] !== null) keys.push(newref(d.keys[i]!));
    const l = newList(keys);
    const it = getIter(l);
    decref(l);
    return it;
  });

  const views: [PyType, PyType, number, string][] = [
    [dictKeysType, dictKeyIteratorType, 0, 'dict_keys'],
    [dictValuesType, dictValueIteratorType, 1, 'dict_values'],
    [dictItemsType, dictItemIteratorType, 2, 'dict_items'],
  ];
  for (const [view, iter, kind, name] of views) {
    view.tp_iter = (o) => dictIter(iter, (o as PyIter).seq as PyDict);
    view.mp_length = (o) => ((o as PyIter).seq as PyDict).size;
    view.tp_repr = (o) => `${name}([${viewItems(o, kind).map((x) => repr(x)).join(', ')}])`;
    view.dealloc = (o) => decref((o as PyIter).seq!);
    if (kind !== 1) {
      view.sq_contains = (o, v) => {
        const d = (o as PyIter).seq as PyDict;
        if (kind === 0) return dictFind(d, v) >= 0;
        const kv = (v as PyTuple).items;
        const got = dictGet(d, kv[0]);
        return got !== null && richEq(got, kv[1]);
      };
    }
    // reversed(d.keys()) & co: the items in reverse insertion order (a snapshot list's iterator).
    defMethod(view, '__reversed__', (o) => {
      const l = newList(viewItems(o, kind).reverse());
      const it = getIter(l);
      decref(l);
      return it;
    });
    iter.tp_iter = (o) => newref(o);
    iter.dealloc = view.dealloc;
    iter.tp_iternext = (o) => {
      const it = o as PyIter;
      const i = nextPos(it);
      if (i < 0) return null;
      const d = it.seq as PyDict;
      if (kind === 0) return newref(d.keys[i]!);
      if (kind === 1) return newref(d.values[i]!);
      return newTuple([newref(d.keys[i]!), newref(d.values[i]!)]);
    };
  }
}

let strKeyMaker: ((s: string) => PyObject) | null = null;
export function setStrKeyMaker(f: (s: string) => PyObject): void {
  strKeyMaker = f;
}
function newStrKey(s: string): PyObject {
  return strKeyMaker!(s);
}

// ---------------------------------------------------------------------------------------------
// set and frozenset

const h = new PyHash();

function isSetObj(o: PyObject): o is PySet {
  return o.type === setType || o.type === frozensetType || isSubtype(o.type, setType) || isSubtype(o.type, frozensetType);
}

export function newSet(type: PyType = setType): PySet {
  return new PySet(type, new SetTable<PyObject>((a, b) => richEq(a, b)));
}

export function setAdd(s: PySet, key: PyObject): void {
  hashInto(key, h);
  if (s.table.add(key, h)) incref(key);
}

export function setContains(s: PySet, key: PyObject): boolean {
  hashInto(key, h);
  return s.table.has(key, h);
}

function setDiscard(s: PySet, key: PyObject): boolean {
  hashInto(key, h);
  // The table does not hand back the stored key; the stored one is equal and we hold a ref to it.
  const idx = s.table.lookup(key, h);
  if (idx < 0) return false;
  const stored = s.table.keys[idx] as PyObject;
  s.table.discard(key, h);
  decref(stored);
  return true;
}

export function setItems(s: PySet): PyObject[] {
  const out: PyObject[] = [];
  const keys = s.table.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== undefined && typeof k !== 'symbol') out.push(k as PyObject);
  }
  return out;
}

function fromIterable(type: PyType, src: PyObject | undefined): PySet {
  const s = newSet(type);
  if (src !== undefined) {
    for (const x of toArray(src)) {
      setAdd(s, x);
      decref(x);
    }
  }
  return s;
}

function setRepr(o: PyObject): string {
  const s = o as PySet;
  const items = setItems(s);
  const name = o.type.name;
  if (items.length === 0) return `${name}()`;
  if (reprGuard.has(o)) return `${name}(...)`;
  reprGuard.add(o);
  try {
    const body = `{${items.map((x) => repr(x)).join(', ')}}`;
    return o.type === setType ? body : `${name}(${body})`;
  } finally {
    reprGuard.delete(o);
  }
}

function initSet(): void {
  for (const t of [setType, frozensetType]) {
    t.tp_repr = setRepr;
    t.mp_length = (o) => (o as PySet).table.used;
    t.sq_contains = (o, v) => setContains(o as PySet, v);
    t.tp_iter = (o) => new PyIter(setIteratorType, newref(o), 0, (o as PySet).table.used, 0);
    t.dealloc = (o) => {
      for (const x of setItems(o as PySet)) decref(x);
    };
    t.tp_richcompare = (a, b, op) => {
      if (!isSetObj(b)) return NotImplemented;
      const x = a as PySet;
      const sub = (p: PySet, q: PySet) => setItems(p).every((k) => setContains(q, k));
      const n = x.table.used, m = b.table.used;
      switch (op) {
        case 0: return newBool(n < m && sub(x, b));
        case 1: return newBool(sub(x, b));
        case 2: return newBool(n === m && sub(x, b));
        case 3: return newBool(!(n === m && sub(x, b)));
        case 4: return newBool(n > m && sub(b, x));
        default: return newBool(sub(b, x));
      }
    };
    const binop = (f: (a: PySet, b: PySet) => PyObject[]) => (a: PyObject, b: PyObject) => {
      if (!isSetObj(a) || !isSetObj(b)) return NotImplemented;
      const r = newSet(a.type === frozensetType ? frozensetType : setType);
      for (const k of f(a, b)) setAdd(r, k);
      return r;
    };
    t.nb[NB_OR] = binop((a, b) => [...setItems(a), ...setItems(b)]);
    t.nb[NB_AND] = binop((a, b) => setItems(a).filter((k) => setContains(b, k)));
    t.nb[NB_SUBTRACT] = binop((a, b) => setItems(a).filter((k) => !setContains(b, k)));
    t.nb[NB_XOR] = binop((a, b) => [...setItems(a).filter((k) => !setContains(b, k)), ...setItems(b).filter((k) => !setContains(a, k))]);
    const sm = (name: string, fn: (s: PySet, a: PyObject[]) => PyObject) => defMethod(t, name, (self, a) => fn(self as PySet, a));
    const other = (o: PyObject): PySet => (isSetObj(o) ? o : fromIterable(setType, o));
    sm('issubset', (s, a) => newBool(setItems(s).every((k) => setContains(other(a[0]), k))));
    sm('issuperset', (s, a) => newBool(setItems(other(a[0])).every((k) => setContains(s, k))));
    sm('isdisjoint', (s, a) => newBool(!setItems(s).some((k) => setContains(other(a[0]), k))));
    sm('union', (s, a) => a.reduce<PyObject>((acc, o) => t.nb[NB_OR]!(acc, other(o)), s));
    sm('intersection', (s, a) => a.reduce<PyObject>((acc, o) => t.nb[NB_AND]!(acc, other(o)), s));
    sm('difference', (s, a) => a.reduce<PyObject>((acc, o) => t.nb[NB_SUBTRACT]!(acc, other(o)), s));
    sm('symmetric_difference', (s, a) => t.nb[NB_XOR]!(s, other(a[0])));
    sm('copy', (s) => fromIterable(s.type === frozensetType ? frozensetType : setType, s));
  }
  setType.tp_new = (type, args) => newSet(type);
  setType.tp_init = (self, args) => {
    if (args.length) for (const x of toArray(args[0])) {
      setAdd(self as PySet, x);
      decref(x);
    }
  };
  setType.tp_hash = null;
  frozensetType.tp_new = (type, args) => fromIterable(type, args[0]);
  const fh = new FrozensetHasher();
  const lane = new PyHash();
  frozensetType.tp_hash = (o, out) => {
    const items = setItems(o as PySet);
    fh.start();
    for (const k of items) {
      hashInto(k, lane);
      fh.add(lane);
    }
    fh.finish(items.length, out);
  };
  const sm = (name: string, fn: (s: PySet, a: PyObject[]) => PyObject) => defMethod(setType, name, (self, a) => fn(self as PySet, a));
  sm('add', (s, a) => (setAdd(s, a[0]), None));
  sm('discard', (s, a) => (setDiscard(s, a[0]), None));
  sm('remove', (s, a) => {
    if (!setDiscard(s, a[0])) throw keyError(a[0]);
    return None;
  });
  sm('pop', (s) => {
    const k = s.table.pop();
    if (k === undefined) throw raise(KeyErrorType, 'pop from an empty set');
    return k;
  });
  sm('clear', (s) => {
    for (const x of setItems(s)) decref(x);
    s.table.clear();
    return None;
  });
  sm('update', (s, a) => {
    for (const o of a) for (const x of toArray(o)) {
      setAdd(s, x);
      decref(x);
    }
    return None;
  });
  setType.nb[13 + NB_OR] = (a, b) => {
    for (const x of setItems(b as PySet)) setAdd(a as PySet, x);
    return newref(a);
  };
  setIteratorType.tp_iter = (o) => newref(o);
  setIteratorType.tp_iternext = (o) => {
    const it = o as PyIter;
    if (it.seq === null) return null;
    const s = it.seq as PySet;
    if (s.table.used !== it.end) throw raise(RuntimeErrorType, 'Set changed size during iteration');
    const keys = s.table.keys;
    while (it.i < keys.length) {
      const k = keys[it.i++];
      if (k !== undefined && typeof k !== 'symbol') return newref(k as PyObject);
    }
    decref(s);
    it.seq = null;
    return null;
  };
}

export function initMappings(): void {
  initDict();
  initSet();
  void getIter; void iterNext; void newList; void newInt; void False; void True;
}
