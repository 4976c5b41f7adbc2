/**
 * `collections.abc` (CPython's Lib/_collections_abc.py), native over our abc.ABCMeta: the one-trick
 * ABCs with their `__subclasshook__` (a class qualifies when its MRO defines the methods and none is
 * None), Collection, Sequence/MutableSequence, Mapping/MutableMapping, Set/MutableSet with the mixin
 * methods programs inherit (get, keys/items/values, pop, update, setdefault, index, count, append,
 * extend, …, each working through `self`'s protocol so subclass methods are used), and the builtin
 * types registered as CPython registers them. The abstract methods are markers with
 * `__isabstractmethod__` whose bodies do what CPython's defaults do (return 0, an empty iterator,
 * raise KeyError/IndexError…). MappingView and its family are ABCs that register the dict views and
 * collections' own view types (what Mapping.keys() returns).
 */
import {
  PyObject, PyType, PyModule, PyList, TypeErrorType, KeyErrorType, IndexErrorType, ValueErrorType, NotImplementedErrorType,
  StopIterationType, None, True, False, NotImplemented, newInt, newStr, newTuple, newList, newDict, raise, newException,
  decref, newref, call, getIter, iterNext, truth, richEq, isSubtype, lookupType, lookupAttr, getAttr, getItem, setItem,
  delItem, contains, len, toArray, dictGetStr, dictSetStr, setAttr, defMethod, newBuiltin, isDictObj, callMethod,
  classmethodType, typeType, tupleType, strType, rangeType, listType, dictType, setType, frozensetType, bytesType,
  generatorType, type NativeFn,
} from '@pyglass/vm-core';
import { checkPositional, pyArgs } from './number-args.js';
import { defineValue } from './module-def.js';
import { immortalizeType, makeNativeType } from './native-type.js';
import { abcMetaType, computeAbstracts } from './abc.js';
import { ensureCollectionTypes, collectionTypes } from './collections.js';
import { userTypes } from './collections-user.js';

/** An abstract method: `__isabstractmethod__` is True; calling it runs CPython's default body. */
class AbstractMarker extends PyObject {
  declare name: string;
  declare body: NativeFn;
  constructor(type: PyType, name: string, body: NativeFn) {
    super(type, type.basicsize);
    this.name = name;
    this.body = body;
  }
}
let markerType: PyType | null = null;
function getMarkerType(): PyType {
  if (markerType !== null) return markerType;
  markerType = makeNativeType({
    name: 'abstractmethod', module: 'collections.abc', size: 32, baseType: false, slots: (t) => {
      t.tp_call = (o, args, kw) => (o as AbstractMarker).body(args[0] ?? None, args.slice(1), kw);
      t.tp_descr_get = (self, obj) => {
        if (obj === null) return newref(self);
        const m = self as AbstractMarker;
        return newBuiltin(m.name, (_s, a, kw) => m.body(obj, a, kw), newref(obj));
      };
      t.tp_repr = (o) => `<abstract method ${(o as AbstractMarker).name}>`;
    },
  });
  dictSetStr(markerType.ns, '__isabstractmethod__', True);
  return immortalizeType(markerType);
}

/** _check_methods(C, *methods): True when C's MRO defines each (not as None), else NotImplemented. */
function checkMethods(C: PyType, names: string[]): PyObject {
  for (const name of names) {
    let found = false;
    for (const B of C.mro) {
      const v = dictGetStr(B.ns, name);
      if (v !== null) {
        if (v === None) return NotImplemented;
        found = true;
        break;
      }
    }
    if (!found) return NotImplemented;
  }
  return True;
}

interface AbcSpec {
  name: string;
  bases: string[];
  abstract: [string, NativeFn][];
  mixins?: [string, NativeFn][];
  /** The one-trick ponies' __subclasshook__ methods (checked only for the class itself). */
  hook?: string[];
  /** Names set to None (e.g. Mapping.__reversed__). */
  none?: string[];
}

const ret = (v: PyObject): NativeFn => () => newref(v);

function iterToList(o: PyObject): PyObject[] {
  return toArray(o);
}

// ---------------------------------------------------------------------------------------------
// Mixin bodies (through the object protocol on self)

const mappingGet: NativeFn = (self, a) => {
  checkPositional('get', a.length, 1, 2);
  try {
    return getItem(self, a[0]);
  } catch (e) {
    if (!(e instanceof PyObject) || !isSubtype(e.type, KeyErrorType)) throw e;
    decref(e);
    return newref(a[1] ?? None);
  }
};
const mappingContains: NativeFn = (self, a) => {
  try {
    decref(getItem(self, a[0]));
    return True;
  } catch (e) {
    if (!(e instanceof PyObject) || !isSubtype(e.type, KeyErrorType)) throw e;
    decref(e);
    return False;
  }
};
function mappingView(kind: number): NativeFn {
  return (self) => {
    const [k, i, v] = collectionTypes().views;
    const t = kind === 0 ? k : kind === 1 ? i : v;
    return call(t, [self], null);
  };
}
const mappingEq: NativeFn = (self, a) => {
  const other = a[0];
  if (!isDictObj(other) && !(abcRegistryIsMapping(other))) return NotImplemented;
  const d1 = toDict(self);
  const d2 = toDict(other);
  try {
    return richEq(d1, d2) ? True : False;
  } finally {
    decref(d1);
    decref(d2);
  }
};
function toDict(o: PyObject): PyObject {
  if (isDictObj(o)) return newref(o);
  const d = newDict();
  for (const k of iterToList(o)) {
    const v = getItem(o, k);
    setItem(d, k, v);
    decref(v);
    decref(k);
  }
  return d;
}
let mappingClass: PyType | null = null;
function abcRegistryIsMapping(o: PyObject): boolean {
  if (mappingClass === null) return false;
  const r = call(lookupAttr(mappingClass, '__instancecheck__')!, [o], null);
  const b = truth(r);
  decref(r);
  return b;
}

const mmPop: NativeFn = (self, a) => {
  checkPositional('pop', a.length, 1, 2);
  let v: PyObject;
  try {
    v = getItem(self, a[0]);
  } catch (e) {
    if (!(e instanceof PyObject) || !isSubtype(e.type, KeyErrorType) || a.length < 2) throw e;
    decref(e);
    return newref(a[1]);
  }
  delItem(self, a[0]);
  return v;
};
const mmPopitem: NativeFn = (self) => {
  const it = getIter(self);
  let k: PyObject | null;
  try {
    k = iterNext(it);
  } finally {
    decref(it);
  }
  if (k === null) throw newException(KeyErrorType, []);
  try {
    const v = getItem(self, k);
    delItem(self, k);
    return newTuple([newref(k), v]);
  } finally {
    decref(k);
  }
};
const mmClear: NativeFn = (self) => {
  for (;;) {
    try {
      decref(mmPopitem(self, [], null));
    } catch (e) {
      if (!(e instanceof PyObject) || !isSubtype(e.type, KeyErrorType)) throw e;
      decref(e);
      return None;
    }
  }
};
const mmUpdate: NativeFn = (self, a, kw) => {
  const nkw = kw === null ? 0 : kw.length;
  const npos = a.length - nkw;
  if (npos > 1) throw raise(TypeErrorType, `update expected at most 1 positional argument, got ${npos}`);
  if (npos === 1) {
    const other = a[0];
    if (isDictObj(other) || lookupType(other.type, 'keys') !== null) {
      const keysObj = callMethod(other, 'keys', []);
      const keys = iterToList(keysObj);
      decref(keysObj);
      for (const k of keys) {
        const v = getItem(other, k);
        setItem(self, k, v);
        decref(v);
        decref(k);
      }
    } else {
      for (const p of iterToList(other)) {
        const [k, v] = iterToList(p);
        decref(p);
        setItem(self, k, v);
        decref(k);
        decref(v);
      }
    }
  }
  for (let i = 0; i < nkw; i++) {
    const k = newStr(kw![i]);
    setItem(self, k, a[npos + i]);
    decref(k);
  }
  return None;
};
const mmSetdefault: NativeFn = (self, a) => {
  checkPositional('setdefault', a.length, 1, 2);
  try {
    return getItem(self, a[0]);
  } catch (e) {
    if (!(e instanceof PyObject) || !isSubtype(e.type, KeyErrorType)) throw e;
    decref(e);
  }
  const d = a[1] ?? None;
  setItem(self, a[0], d);
  return newref(d);
};

/** Sequence.__iter__: self[0], self[1], … until IndexError. */
function seqItems(self: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; ; i++) {
    const k = newInt(i);
    try {
      out.push(getItem(self, k));
    } catch (e) {
      if (!(e instanceof PyObject) || !isSubtype(e.type, IndexErrorType)) {
        for (const x of out) decref(x);
        throw e;
      }
      decref(e);
      return out;
    } finally {
      decref(k);
    }
  }
}
function listIter(items: PyObject[]): PyObject {
  const l = newList(items);
  const it = getIter(l);
  decref(l);
  return it;
}
const seqIter: NativeFn = (self) => listIter(seqItems(self));
const seqContains: NativeFn = (self, a) => {
  const items = seqItems(self);
  try {
    return items.some((v) => v === a[0] || richEq(v, a[0])) ? True : False;
  } finally {
    for (const v of items) decref(v);
  }
};
const seqReversed: NativeFn = (self) => {
  const n = len(self);
  const out: PyObject[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const k = newInt(i);
    out.push(getItem(self, k));
    decref(k);
  }
  return listIter(out);
};
const seqIndex: NativeFn = (self, a) => {
  checkPositional('index', a.length, 1, 3);
  const items = seqItems(self);
  try {
    const n = items.length;
    let start = a.length > 1 && a[1] !== None ? Number((a[1] as unknown as { n: number }).n) : 0;
    let stop = a.length > 2 && a[2] !== None ? Number((a[2] as unknown as { n: number }).n) : n;
    if (start < 0) start = Math.max(n + start, 0);
    if (stop < 0) stop += n;
    for (let i = start; i < Math.min(stop, n); i++) if (items[i] === a[0] || richEq(items[i], a[0])) return newInt(i);
    throw raise(ValueErrorType, '');
  } finally {
    for (const v of items) decref(v);
  }
};
const seqCount: NativeFn = (self, a) => {
  checkPositional('count', a.length, 1, 1);
  const items = seqItems(self);
  try {
    return newInt(items.filter((v) => v === a[0] || richEq(v, a[0])).length);
  } finally {
    for (const v of items) decref(v);
  }
};
const msAppend: NativeFn = (self, a) => {
  checkPositional('append', a.length, 1, 1);
  const n = newInt(len(self));
  try {
    decref(callMethod(self, 'insert', [n, a[0]]));
  } finally {
    decref(n);
  }
  return None;
};
const msExtend: NativeFn = (self, a) => {
  checkPositional('extend', a.length, 1, 1);
  const items = a[0] === self ? seqItems(self) : iterToList(a[0]);
  try {
    for (const v of items) decref(msAppend(self, [v], null));
  } finally {
    for (const v of items) decref(v);
  }
  return None;
};
const msPop: NativeFn = (self, a) => {
  checkPositional('pop', a.length, 0, 1);
  const idx = a.length > 0 ? newref(a[0]) : newInt(-1);
  try {
    const v = getItem(self, idx);
    delItem(self, idx);
    return v;
  } finally {
    decref(idx);
  }
};
const msRemove: NativeFn = (self, a) => {
  checkPositional('remove', a.length, 1, 1);
  const i = seqIndex(self, [a[0]], null);
  try {
    delItem(self, i);
  } finally {
    decref(i);
  }
  return None;
};
const msReverse: NativeFn = (self) => {
  const n = len(self);
  for (let i = 0; i < n >> 1; i++) {
    const a = newInt(i);
    const b = newInt(n - i - 1);
    const x = getItem(self, a);
    const y = getItem(self, b);
    setItem(self, a, y);
    setItem(self, b, x);
    for (const o of [a, b, x, y]) decref(o);
  }
  return None;
};
const msClear: NativeFn = (self) => {
  for (;;) {
    try {
      decref(msPop(self, [], null));
    } catch (e) {
      if (!(e instanceof PyObject) || !isSubtype(e.type, IndexErrorType)) throw e;
      decref(e);
      return None;
    }
  }
};
const msIadd: NativeFn = (self, a) => {
  decref(msExtend(self, a, null));
  return newref(self);
};

const raiser = (type: PyType): NativeFn => (_s, a) => {
  throw newException(type, a.length > 0 ? [newref(a[0])] : []);
};
const emptyIter: NativeFn = () => listIter([]);


// Set / MutableSet mixins (through self: iteration, `in`, len, add/discard)
let setAbc: PyType | null = null;
let iterableAbc: PyType | null = null;
function abcInstance(cls: PyType | null, o: PyObject): boolean {
  if (cls === null) return false;
  const check = lookupAttr(cls, '__instancecheck__');
  if (check === null) return false;
  try {
    const r = call(check, [o], null);
    const b = truth(r);
    decref(r);
    return b;
  } finally {
    decref(check);
  }
}
/** cls._from_iterable(items): cls(list) — what Set's operators build their results with. */
function fromIterable(self: PyObject, items: PyObject[]): PyObject {
  const l = newList(items);
  try {
    const f = lookupAttr(self, '_from_iterable');
    if (f === null) return call(self.type, [l], null);
    try {
      return call(f, [l], null);
    } finally {
      decref(f);
    }
  } finally {
    decref(l);
  }
}
function setLe(a: PyObject, b: PyObject): boolean {
  if (len(a) > len(b)) return false;
  const items = iterToList(a);
  try {
    return items.every((x) => contains(b, x));
  } finally {
    for (const x of items) decref(x);
  }
}
function setCompare(op: 'le' | 'lt' | 'ge' | 'gt' | 'eq'): NativeFn {
  return (self, a) => {
    const other = a[0];
    if (!abcInstance(setAbc, other)) return NotImplemented;
    switch (op) {
      case 'le': return setLe(self, other) ? True : False;
      case 'lt': return len(self) < len(other) && setLe(self, other) ? True : False;
      case 'ge': return setLe(other, self) ? True : False;
      case 'gt': return len(self) > len(other) && setLe(other, self) ? True : False;
      default: return len(self) === len(other) && setLe(self, other) ? True : False;
    }
  };
}
const setAnd: NativeFn = (self, a) => {
  const other = a[0];
  if (!abcInstance(iterableAbc, other)) return NotImplemented;
  const kept: PyObject[] = [];
  for (const v of iterToList(other)) {
    if (contains(self, v)) kept.push(v);
    else decref(v);
  }
  return fromIterable(self, kept);
};
const setOr: NativeFn = (self, a) => {
  const other = a[0];
  if (!abcInstance(iterableAbc, other)) return NotImplemented;
  return fromIterable(self, [...iterToList(self), ...iterToList(other)]);
};
const setSub: NativeFn = (self, a) => {
  let other = a[0];
  if (!abcInstance(setAbc, other)) {
    if (!abcInstance(iterableAbc, other)) return NotImplemented;
    other = fromIterable(self, iterToList(other));
  } else other = newref(other);
  try {
    const kept: PyObject[] = [];
    for (const v of iterToList(self)) {
      if (!contains(other, v)) kept.push(v);
      else decref(v);
    }
    return fromIterable(self, kept);
  } finally {
    decref(other);
  }
};
const setRsub: NativeFn = (self, a) => {
  let other = a[0];
  if (!abcInstance(setAbc, other)) {
    if (!abcInstance(iterableAbc, other)) return NotImplemented;
    other = fromIterable(self, iterToList(other));
  } else other = newref(other);
  try {
    const kept: PyObject[] = [];
    for (const v of iterToList(other)) {
      if (!contains(self, v)) kept.push(v);
      else decref(v);
    }
    return fromIterable(self, kept);
  } finally {
    decref(other);
  }
};
const setXor: NativeFn = (self, a) => {
  let other = a[0];
  if (!abcInstance(setAbc, other)) {
    if (!abcInstance(iterableAbc, other)) return NotImplemented;
    other = fromIterable(self, iterToList(other));
  } else other = newref(other);
  try {
    const out: PyObject[] = [];
    for (const v of iterToList(self)) {
      if (!contains(other, v)) out.push(v);
      else decref(v);
    }
    for (const v of iterToList(other)) {
      if (!contains(self, v)) out.push(v);
      else decref(v);
    }
    return fromIterable(self, out);
  } finally {
    decref(other);
  }
};
const setIsdisjoint: NativeFn = (self, a) => {
  checkPositional('isdisjoint', a.length, 1, 1);
  const items = iterToList(a[0]);
  try {
    return items.some((v) => contains(self, v)) ? False : True;
  } finally {
    for (const v of items) decref(v);
  }
};
const msetRemove: NativeFn = (self, a) => {
  checkPositional('remove', a.length, 1, 1);
  if (!contains(self, a[0])) throw newException(KeyErrorType, [newref(a[0])]);
  decref(callMethod(self, 'discard', [a[0]]));
  return None;
};
const msetPop: NativeFn = (self) => {
  const it = getIter(self);
  let v: PyObject | null;
  try {
    v = iterNext(it);
  } finally {
    decref(it);
  }
  if (v === null) throw newException(KeyErrorType, []);
  decref(callMethod(self, 'discard', [v]));
  return v;
};
const msetClear: NativeFn = (self) => {
  for (;;) {
    try {
      decref(msetPop(self, [], null));
    } catch (e) {
      if (!(e instanceof PyObject) || !isSubtype(e.type, KeyErrorType)) throw e;
      decref(e);
      return None;
    }
  }
};
const msetIor: NativeFn = (self, a) => {
  for (const v of iterToList(a[0])) {
    decref(callMethod(self, 'add', [v]));
    decref(v);
  }
  return newref(self);
};
const msetIand: NativeFn = (self, a) => {
  const diff = setSub(self, a, null);
  if (diff === NotImplemented) return diff;
  for (const v of iterToList(diff)) {
    decref(callMethod(self, 'discard', [v]));
    decref(v);
  }
  decref(diff);
  return newref(self);
};
const msetIsub: NativeFn = (self, a) => {
  const items = a[0] === self ? iterToList(self) : iterToList(a[0]);
  for (const v of items) {
    decref(callMethod(self, 'discard', [v]));
    decref(v);
  }
  return newref(self);
};
const msetIxor: NativeFn = (self, a) => {
  const other = a[0] === self ? [] : iterToList(a[0]);
  if (a[0] === self) {
    decref(msetClear(self, [], null));
    return newref(self);
  }
  for (const v of other) {
    decref(callMethod(self, contains(self, v) ? 'discard' : 'add', [v]));
    decref(v);
  }
  return newref(self);
};

// ---------------------------------------------------------------------------------------------

let built: Map<string, PyType> | null = null;

function build(): Map<string, PyType> {
  const meta = abcMetaType();
  const marker = getMarkerType();
  const out = new Map<string, PyType>();
  const specs: AbcSpec[] = [
    { name: 'Hashable', bases: [], abstract: [['__hash__', ret(newInt(0))]], hook: ['__hash__'] },
    { name: 'Iterable', bases: [], abstract: [['__iter__', emptyIter]], hook: ['__iter__'] },
    { name: 'Iterator', bases: ['Iterable'], abstract: [['__next__', raiser(StopIterationType)]], mixins: [['__iter__', (s) => newref(s)]], hook: ['__iter__', '__next__'] },
    { name: 'Reversible', bases: ['Iterable'], abstract: [['__reversed__', emptyIter]], hook: ['__reversed__', '__iter__'] },
    { name: 'Generator', bases: ['Iterator'], abstract: [['send', raiser(StopIterationType)], ['throw', raiser(StopIterationType)]], hook: ['__iter__', '__next__', 'send', 'throw', 'close'] },
    { name: 'Sized', bases: [], abstract: [['__len__', ret(newInt(0))]], hook: ['__len__'] },
    { name: 'Container', bases: [], abstract: [['__contains__', ret(False)]], hook: ['__contains__'] },
    { name: 'Callable', bases: [], abstract: [['__call__', ret(False)]], hook: ['__call__'] },
    { name: 'Collection', bases: ['Sized', 'Iterable', 'Container'], abstract: [], hook: ['__len__', '__iter__', '__contains__'] },
    {
      name: 'Sequence', bases: ['Reversible', 'Collection'], abstract: [['__getitem__', raiser(IndexErrorType)], ['__len__', ret(newInt(0))]],
      mixins: [['__iter__', seqIter], ['__contains__', seqContains], ['__reversed__', seqReversed], ['index', seqIndex], ['count', seqCount]],
    },
    {
      name: 'MutableSequence', bases: ['Sequence'],
      abstract: [['__setitem__', raiser(IndexErrorType)], ['__delitem__', raiser(IndexErrorType)], ['insert', raiser(IndexErrorType)]],
      mixins: [['append', msAppend], ['extend', msExtend], ['pop', msPop], ['remove', msRemove], ['reverse', msReverse], ['clear', msClear], ['__iadd__', msIadd]],
    },
    {
      name: 'Mapping', bases: ['Collection'], abstract: [['__getitem__', raiser(KeyErrorType)], ['__len__', ret(newInt(0))], ['__iter__', emptyIter]],
      mixins: [['get', mappingGet], ['__contains__', mappingContains], ['keys', mappingView(0)], ['items', mappingView(1)], ['values', mappingView(2)], ['__eq__', mappingEq]],
      none: ['__reversed__'],
    },
    {
      name: 'MutableMapping', bases: ['Mapping'], abstract: [['__setitem__', raiser(KeyErrorType)], ['__delitem__', raiser(KeyErrorType)]],
      mixins: [['pop', mmPop], ['popitem', mmPopitem], ['clear', mmClear], ['update', mmUpdate], ['setdefault', mmSetdefault]],
    },
    {
      name: 'Set', bases: ['Collection'], abstract: [['__contains__', ret(False)], ['__len__', ret(newInt(0))], ['__iter__', emptyIter]],
      mixins: [['__le__', setCompare('le')], ['__lt__', setCompare('lt')], ['__ge__', setCompare('ge')], ['__gt__', setCompare('gt')],
        ['__eq__', setCompare('eq')], ['__and__', setAnd], ['__rand__', setAnd], ['__or__', setOr], ['__ror__', setOr],
        ['__sub__', setSub], ['__rsub__', setRsub], ['__xor__', setXor], ['__rxor__', setXor], ['isdisjoint', setIsdisjoint]],
    },
    {
      name: 'MutableSet', bases: ['Set'], abstract: [['add', raiser(NotImplementedErrorType)], ['discard', raiser(NotImplementedErrorType)]],
      mixins: [['remove', msetRemove], ['pop', msetPop], ['clear', msetClear], ['__ior__', msetIor], ['__iand__', msetIand],
        ['__isub__', msetIsub], ['__ixor__', msetIxor]],
    },
    { name: 'MappingView', bases: ['Sized'], abstract: [] },
    { name: 'KeysView', bases: ['MappingView', 'Set'], abstract: [] },
    { name: 'ItemsView', bases: ['MappingView', 'Set'], abstract: [] },
    { name: 'ValuesView', bases: ['MappingView', 'Collection'], abstract: [] },
    { name: 'Awaitable', bases: [], abstract: [['__await__', emptyIter]], hook: ['__await__'] },
    { name: 'Coroutine', bases: ['Awaitable'], abstract: [['send', raiser(StopIterationType)], ['throw', raiser(StopIterationType)]], hook: ['__await__', 'send', 'throw', 'close'] },
    { name: 'AsyncIterable', bases: [], abstract: [['__aiter__', ret(None)]], hook: ['__aiter__'] },
    { name: 'AsyncIterator', bases: ['AsyncIterable'], abstract: [['__anext__', raiser(StopIterationType)]], hook: ['__anext__', '__aiter__'] },
    { name: 'AsyncGenerator', bases: ['AsyncIterator'], abstract: [['asend', raiser(StopIterationType)], ['athrow', raiser(StopIterationType)]], hook: ['__aiter__', '__anext__', 'asend', 'athrow', 'aclose'] },
    { name: 'Buffer', bases: [], abstract: [['__buffer__', raiser(NotImplementedErrorType)]], hook: ['__buffer__'] },
    { name: 'ByteString', bases: ['Sequence'], abstract: [] },
  ];
  for (const spec of specs) {
    const ns = newDict();
    const put = (k: string, v: PyObject): void => {
      dictSetStr(ns, k, v);
      decref(v);
    };
    put('__module__', newStr('collections.abc'));
    put('__qualname__', newStr(spec.name));
    put('__slots__', newTuple([]));
    for (const [n, body] of spec.abstract) put(n, new AbstractMarker(marker, n, body));
    for (const n of spec.none ?? []) dictSetStr(ns, n, None);
    if (spec.hook !== undefined) {
      const names = spec.hook;
      const self = spec.name;
      const hookFn = newBuiltin('__subclasshook__', (_s, a) => {
        const cls = a[0] as PyType;
        if (cls === out.get(self) && (a[1].type === typeType || isSubtype(a[1].type, typeType))) return checkMethods(a[1] as PyType, names);
        return NotImplemented;
      });
      put('__subclasshook__', call(classmethodType, [hookFn], null));
      decref(hookFn);
    }
    const name = newStr(spec.name);
    const bases = newTuple(spec.bases.map((b) => newref(out.get(b)!)));
    const cls = call(meta, [name, bases, ns], null) as PyType;
    decref(name);
    decref(bases);
    decref(ns);
    for (const [n, fn] of spec.mixins ?? []) {
      defMethod(cls, n, fn);
      setAttr(cls, n, dictGetStr(cls.ns, n)!);
    }
    // The mixins implement some inherited abstract methods (Mapping.__contains__): recount.
    if (spec.mixins !== undefined) computeAbstracts(cls);
    out.set(spec.name, immortalizeType(cls));
  }
  mappingClass = out.get('Mapping')!;
  setAbc = out.get('Set')!;
  iterableAbc = out.get('Iterable')!;
  // The registrations _collections_abc.py and collections make.
  const reg = (abcName: string, t: PyType): void => {
    const r = getAttr(out.get(abcName)!, 'register');
    decref(call(r, [t], null));
    decref(r);
  };
  reg('Sequence', tupleType);
  reg('Sequence', strType);
  reg('Sequence', rangeType);
  reg('Sequence', bytesType);
  reg('MutableSequence', listType);
  reg('MutableMapping', dictType);
  reg('Set', frozensetType);
  reg('MutableSet', setType);
  reg('Generator', generatorType);
  // dict views: KeysView/ItemsView/ValuesView register dict_keys/dict_items/dict_values.
  const probe = newDict();
  for (const [view, abcName] of [['keys', 'KeysView'], ['items', 'ItemsView'], ['values', 'ValuesView']] as const) {
    const v = callMethod(probe, view, []);
    reg(abcName, v.type);
    decref(v);
  }
  decref(probe);
  reg('ByteString', bytesType);
  ensureCollectionTypes();
  const ct = collectionTypes();
  // The views Mapping.keys()/items()/values() return (collections' native view types).
  reg('KeysView', ct.views[0]);
  reg('ItemsView', ct.views[1]);
  reg('ValuesView', ct.views[2]);
  reg('MutableSequence', ct.deque);
  reg('MutableMapping', ct.ChainMap);
  const ut = userTypes();
  if (ut !== null) {
    reg('MutableMapping', ut.dict);
    reg('MutableSequence', ut.list);
    reg('Sequence', ut.str);
  }
  return out;
}

export function initCollectionsAbc(m: PyModule): void {
  if (built === null) built = build();
  for (const [name, t] of built) defineValue(m, name, newref(t));
  void pyArgs; void PyList; void contains;
}
