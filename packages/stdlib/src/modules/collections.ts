/**
 * `collections` (and `_collections`), native: deque (a ring buffer with maxlen, rotate and every
 * method, its iterators and CPython's errors), defaultdict, OrderedDict and Counter (dict
 * subclasses over vm-core's insertion-ordered PyDict), namedtuple (a tuple subclass built with
 * `type()`, a native `__new__` that binds arguments and words errors as a Python function would,
 * and `_tuplegetter` field descriptors) and ChainMap. CPython writes OrderedDict, Counter,
 * namedtuple and ChainMap in Python; here they are native so programs can use them without the
 * source-module loader, and because they are hot in real programs.
 */
import {
  PyObject, PyType, PyModule, PyDict, PyTuple, PyList, PyStr, PyInt, TypeErrorType, ValueErrorType, IndexErrorType, KeyErrorType,
  RuntimeErrorType, NotImplementedErrorType, AttributeErrorType, None, True, False, NotImplemented, newInt, newStr, newTuple,
  newList, newDict, raise, newException, decref, newref, xdecref, incref, call, getIter, iterNext, truth, repr, richEq,
  compareBool, binaryOp, isInt, isSubtype, isInstance, toArray, lookupType, lookupAttr, getAttr, setAttr,
  dictGet, dictSet, dictDel, dictGetStr, dictSetStr, dictCopy, dictMerge, isDictObj, keyError, tupleType, dictType, typeType,
  strType, reprGuard, seqCompare, tstate, defGetSet, newBuiltin, isStr, len, defMethod,
  staticmethodType, classmethodType, strRepr, setType, getItem,
  type NativeFn,
} from '@pyglass/vm-core';
import { asSsize, checkPositional, methNoArgs, methO, parseArgs, pyArgs } from './number-args.js';
import { immortalizeType, makeNativeType, selfIter } from './native-type.js';
import { defineFunction, defineValue } from './module-def.js';
import { initUserCollections } from './collections-user.js';

const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_INPLACE_ADD = 13;
const NB_INPLACE_MULTIPLY = 18;
const NB_OR = 7;
const NB_AND = 1;
const NB_SUBTRACT = 10;
const EQ = 2;
const NE = 3;

function noKw(name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) throw raise(TypeErrorType, `${name}() takes no keyword arguments`);
}

// =============================================================================================
// deque

/**
 * A ring buffer: `items` has a power-of-two capacity and `head` indexes the leftmost element. Why:
 * appends and pops at both ends are O(1) without shifting a JS array.
 */
class DequeObject extends PyObject {
  declare items: (PyObject | null)[];
  declare head: number;
  declare len: number;
  /** -1 for unbounded. */
  declare maxlen: number;
  /** Bumped by every mutation, so iterators can detect one (CPython's `state`). */
  declare state: number;
  constructor(type: PyType) {
    super(type, type.basicsize);
    this.items = new Array<PyObject | null>(8).fill(null);
    this.head = 0;
    this.len = 0;
    this.maxlen = -1;
    this.state = 0;
  }
}

function dqGrow(d: DequeObject): void {
  const cap = d.items.length;
  const n = new Array<PyObject | null>(cap * 2).fill(null);
  for (let i = 0; i < d.len; i++) n[i] = d.items[(d.head + i) & (cap - 1)];
  d.items = n;
  d.head = 0;
}
function dqAt(d: DequeObject, i: number): PyObject {
  return d.items[(d.head + i) & (d.items.length - 1)]!;
}
function dqSet(d: DequeObject, i: number, v: PyObject): void {
  d.items[(d.head + i) & (d.items.length - 1)] = v;
}
/** Takes over the reference to v. */
function dqPushRight(d: DequeObject, v: PyObject): void {
  if (d.maxlen === 0) {
    decref(v);
    return;
  }
  if (d.len === d.items.length) dqGrow(d);
  dqSet(d, d.len, v);
  d.len++;
  d.state++;
  if (d.maxlen >= 0 && d.len > d.maxlen) decref(dqPopLeft(d));
}
function dqPushLeft(d: DequeObject, v: PyObject): void {
  if (d.maxlen === 0) {
    decref(v);
    return;
  }
  if (d.len === d.items.length) dqGrow(d);
  d.head = (d.head - 1) & (d.items.length - 1);
  d.items[d.head] = v;
  d.len++;
  d.state++;
  if (d.maxlen >= 0 && d.len > d.maxlen) decref(dqPopRight(d));
}
function dqPopRight(d: DequeObject): PyObject {
  if (d.len === 0) throw raise(IndexErrorType, 'pop from an empty deque');
  const i = (d.head + d.len - 1) & (d.items.length - 1);
  const v = d.items[i]!;
  d.items[i] = null;
  d.len--;
  d.state++;
  return v;
}
function dqPopLeft(d: DequeObject): PyObject {
  if (d.len === 0) throw raise(IndexErrorType, 'pop from an empty deque');
  const v = d.items[d.head]!;
  d.items[d.head] = null;
  d.head = (d.head + 1) & (d.items.length - 1);
  d.len--;
  d.state++;
  return v;
}
function dqToArray(d: DequeObject): PyObject[] {
  const out = new Array<PyObject>(d.len);
  for (let i = 0; i < d.len; i++) out[i] = dqAt(d, i);
  return out;
}
function dqClear(d: DequeObject): void {
  const items = dqToArray(d);
  d.items = new Array<PyObject | null>(8).fill(null);
  d.head = 0;
  d.len = 0;
  d.state++;
  for (const x of items) decref(x);
}
function dqExtend(d: DequeObject, iterable: PyObject, left: boolean): void {
  if (iterable === d) {
    const items = dqToArray(d);
    for (const x of items) incref(x);
    for (const x of items) (left ? dqPushLeft : dqPushRight)(d, x);
    return;
  }
  const it = getIter(iterable);
  try {
    for (let v = iterNext(it); v !== null; v = iterNext(it)) (left ? dqPushLeft : dqPushRight)(d, v);
  } finally {
    decref(it);
  }
}
function dqRotate(d: DequeObject, n: number): void {
  const len = d.len;
  if (len <= 1) return;
  n %= len;
  if (n < 0) n += len;
  if (n === 0) return;
  // Rotating right by n: move the last n elements to the front (each move is O(1) in the ring).
  if (n <= len / 2) {
    for (let i = 0; i < n; i++) {
      const v = dqPopRightRaw(d);
      d.head = (d.head - 1) & (d.items.length - 1);
      d.items[d.head] = v;
      d.len++;
    }
  } else {
    for (let i = 0; i < len - n; i++) {
      const v = d.items[d.head]!;
      d.items[d.head] = null;
      d.head = (d.head + 1) & (d.items.length - 1);
      d.items[(d.head + d.len - 1) & (d.items.length - 1)] = v;
    }
  }
  d.state++;
}
function dqPopRightRaw(d: DequeObject): PyObject {
  const i = (d.head + d.len - 1) & (d.items.length - 1);
  const v = d.items[i]!;
  d.items[i] = null;
  d.len--;
  return v;
}
function dqIndex(d: DequeObject, o: PyObject): number {
  const i = asSsize(o);
  const j = i < 0 ? i + d.len : i;
  if (j < 0 || j >= d.len) throw raise(IndexErrorType, 'deque index out of range');
  return j;
}
/** Rebuilds the deque from an array (references taken over). */
function dqReplace(d: DequeObject, items: PyObject[]): void {
  let cap = 8;
  while (cap < items.length) cap *= 2;
  d.items = new Array<PyObject | null>(cap).fill(null);
  for (let i = 0; i < items.length; i++) d.items[i] = items[i];
  d.head = 0;
  d.len = items.length;
  d.state++;
}

class DequeIter extends PyObject {
  declare deque: DequeObject;
  declare index: number;
  declare state: number;
  declare reverse: boolean;
  constructor(type: PyType, deque: DequeObject, reverse: boolean) {
    super(type, type.basicsize);
    this.deque = deque;
    this.index = 0;
    this.state = deque.state;
    this.reverse = reverse;
  }
}

// =============================================================================================
// namedtuple's field accessor

class TupleGetter extends PyObject {
  declare index: number;
  declare doc: PyObject;
  constructor(type: PyType, index: number, doc: PyObject) {
    super(type, type.basicsize);
    this.index = index;
    this.doc = doc;
  }
}

// =============================================================================================
// ChainMap

class ChainMapObject extends PyObject {
  declare maps: PyList;
  constructor(type: PyType, maps: PyList) {
    super(type, type.basicsize);
    this.maps = maps;
  }
}

// =============================================================================================

interface Types {
  deque: PyType;
  dequeIter: PyType;
  dequeRevIter: PyType;
  defaultdict: PyType;
  OrderedDict: PyType;
  Counter: PyType;
  tuplegetter: PyType;
  ChainMap: PyType;
}
let types: Types | null = null;

function dequeRepr(o: PyObject): string {
  const d = o as DequeObject;
  const name = d.type.name;
  if (reprGuard.has(o)) return '[...]';
  reprGuard.add(o);
  try {
    const body = `[${dqToArray(d).map((x) => repr(x)).join(', ')}]`;
    return d.maxlen >= 0 ? `${name}(${body}, maxlen=${d.maxlen})` : `${name}(${body})`;
  } finally {
    reprGuard.delete(o);
  }
}

function isDeque(o: PyObject): o is DequeObject {
  return o instanceof DequeObject;
}

/** A new deque of the same type and maxlen holding `items` (new references taken over). */
function dequeLike(d: DequeObject, items: PyObject[]): DequeObject {
  const n = new DequeObject(d.type);
  n.maxlen = d.maxlen;
  for (const x of items) dqPushRight(n, x);
  return n;
}

function buildTypes(): Types {
  const dequeIter = makeNativeType({
    name: '_deque_iterator', module: 'collections', size: 64, baseType: false, slots: (t) => {
      t.tp_iter = selfIter;
      t.tp_iternext = (o) => {
        const it = o as DequeIter;
        const d = it.deque;
        if (it.state !== d.state) throw raise(RuntimeErrorType, 'deque mutated during iteration');
        if (it.index >= d.len) return null;
        const v = dqAt(d, it.reverse ? d.len - 1 - it.index : it.index);
        it.index++;
        return newref(v);
      };
      t.dealloc = (o) => decref((o as DequeIter).deque);
    },
    methods: {
      __length_hint__: (self) => newInt(Math.max(0, (self as DequeIter).deque.len - (self as DequeIter).index)),
    },
  });
  const dequeRevIter = makeNativeType({
    name: '_deque_reverse_iterator', module: 'collections', size: 64, baseType: false, slots: (t) => {
      t.tp_iter = selfIter;
      t.tp_iternext = dequeIter.tp_iternext;
      t.dealloc = dequeIter.dealloc;
    },
  });

  const dm: Record<string, NativeFn> = {
    append: (self, a, kw) => (methO('deque.append', a, kw), dqPushRight(self as DequeObject, newref(a[0])), None),
    appendleft: (self, a, kw) => (methO('deque.appendleft', a, kw), dqPushLeft(self as DequeObject, newref(a[0])), None),
    pop: (self, a, kw) => (methNoArgs('deque.pop', a, kw), dqPopRight(self as DequeObject)),
    popleft: (self, a, kw) => (methNoArgs('deque.popleft', a, kw), dqPopLeft(self as DequeObject)),
    extend: (self, a, kw) => (methO('deque.extend', a, kw), dqExtend(self as DequeObject, a[0], /* left */ false), None),
    extendleft: (self, a, kw) => (methO('deque.extendleft', a, kw), dqExtend(self as DequeObject, a[0], /* left */ true), None),
    clear: (self, a, kw) => (methNoArgs('deque.clear', a, kw), dqClear(self as DequeObject), None),
    copy: (self, a, kw) => {
      methNoArgs('deque.copy', a ?? [], kw ?? null);
      const d = self as DequeObject;
      const items = dqToArray(d);
      for (const x of items) incref(x);
      if (d.type === types!.deque) return dequeLike(d, items);
      for (const x of items) decref(x);
      const args: PyObject[] = [d];
      if (d.maxlen >= 0) args.push(newInt(d.maxlen));
      return call(d.type, args, null);
    },
    count: (self, a, kw) => {
      methO('deque.count', a, kw);
      const d = self as DequeObject;
      const state = d.state;
      let n = 0;
      for (let i = 0; i < d.len; i++) {
        const v = newref(dqAt(d, i));
        const same = v === a[0] || richEq(v, a[0]);
        decref(v);
        if (d.state !== state) throw raise(RuntimeErrorType, 'deque mutated during iteration');
        if (same) n++;
      }
      return newInt(n);
    },
    index: (self, a, kw) => {
      noKw('index', kw);
      if (a.length < 1) throw raise(TypeErrorType, `index() takes at least 1 argument (${a.length} given)`);
      if (a.length > 3) throw raise(TypeErrorType, `index() takes at most 3 arguments (${a.length} given)`);
      const d = self as DequeObject;
      const sliceIndex = (o: PyObject): number => {
        if (!isInt(o) && o.type.nb_index === null) throw raise(TypeErrorType, 'slice indices must be integers or have an __index__ method');
        return asSsize(o);
      };
      let start = a.length > 1 ? sliceIndex(a[1]) : 0;
      let stop = a.length > 2 ? sliceIndex(a[2]) : d.len;
      if (start < 0) start = Math.max(0, start + d.len);
      if (stop < 0) stop = Math.max(0, stop + d.len);
      stop = Math.min(stop, d.len);
      const state = d.state;
      for (let i = start; i < stop; i++) {
        const v = newref(dqAt(d, i));
        const same = v === a[0] || richEq(v, a[0]);
        decref(v);
        if (d.state !== state) throw raise(RuntimeErrorType, 'deque mutated during iteration');
        if (same) return newInt(i);
      }
      throw raise(ValueErrorType, `${repr(a[0])} is not in deque`);
    },
    insert: (self, a, kw) => {
      noKw('insert', kw);
      if (a.length !== 2) throw raise(TypeErrorType, `insert() takes exactly 2 arguments (${a.length} given)`);
      const d = self as DequeObject;
      let i = asSsize(a[0]);
      if (d.maxlen >= 0 && d.len >= d.maxlen) throw raise(IndexErrorType, 'deque already at its maximum size');
      if (i < 0) i = Math.max(0, i + d.len);
      if (i > d.len) i = d.len;
      const items = dqToArray(d);
      items.splice(i, 0, newref(a[1]));
      dqReplace(d, items);
      return None;
    },
    remove: (self, a, kw) => {
      methO('deque.remove', a, kw);
      const d = self as DequeObject;
      for (let i = 0; i < d.len; i++) {
        const v = newref(dqAt(d, i));
        let same: boolean;
        try {
          same = v === a[0] || richEq(v, a[0]);
        } finally {
          decref(v);
        }
        if (same) {
          const items = dqToArray(d);
          const [gone] = items.splice(i, 1);
          dqReplace(d, items);
          decref(gone);
          return None;
        }
      }
      throw raise(ValueErrorType, `${repr(a[0])} is not in deque`);
    },
    reverse: (self, a, kw) => {
      methNoArgs('deque.reverse', a, kw);
      const d = self as DequeObject;
      dqReplace(d, dqToArray(d).reverse());
      return None;
    },
    rotate: (self, a, kw) => {
      noKw('deque.rotate', kw);
      checkPositional('deque.rotate', a.length, 0, 1);
      dqRotate(self as DequeObject, a.length > 0 ? asSsize(a[0]) : 1);
      return None;
    },
    __copy__: (self, a, kw) => dm.copy(self, a, kw),
    __reduce__: (self) => {
      // (type, () or ((), maxlen), __dict__ or None, iter(self)), as deque_reduce.
      const d = self as DequeObject;
      const state = d.dict !== null && d.dict.size > 0 ? newref(d.dict) : None;
      const args = d.maxlen < 0 ? newTuple([]) : newTuple([newTuple([]), newInt(d.maxlen)]);
      const it = new DequeIter(types!.dequeIter, newref(d), /* reverse */ false);
      return newTuple([newref(d.type), args, state, it]);
    },
    __reversed__: (self) => new DequeIter(dequeRevIter, newref(self as DequeObject), /* reverse */ true),
  };
  const deque = makeNativeType({
    name: 'deque', module: 'collections', size: 624, unhashable: true, slots: (t) => {
      t.tp_new = (type) => new DequeObject(type);
      t.tp_init = (self, args, kw) => {
        const [iterable, maxlenO] = parseArgs('deque', args, kw, ['iterable', 'maxlen'], 0, [], /* posOnly */ false);
        const d = self as DequeObject;
        let maxlen = -1;
        if (maxlenO !== undefined && maxlenO !== None) {
          if (!isInt(maxlenO) && maxlenO.type.nb_index === null) throw raise(TypeErrorType, 'an integer is required');
          maxlen = asSsize(maxlenO);
          if (maxlen < 0) throw raise(ValueErrorType, 'maxlen must be non-negative');
        }
        d.maxlen = maxlen;
        if (d.len > 0) dqClear(d);
        if (iterable !== undefined) dqExtend(d, iterable, /* left */ false);
      };
      t.tp_repr = dequeRepr;
      t.tp_hash = null;
      t.tp_iter = (o) => new DequeIter(dequeIter, newref(o as DequeObject), /* reverse */ false);
      t.mp_length = (o) => (o as DequeObject).len;
      t.nb_bool = (o) => (o as DequeObject).len > 0;
      t.mp_subscript = (o, key) => {
        const d = o as DequeObject;
        if (!isInt(key) && key.type.nb_index === null) throw raise(TypeErrorType, `sequence index must be integer, not '${key.type.name}'`);
        return newref(dqAt(d, dqIndex(d, key)));
      };
      t.mp_ass_subscript = (o, key, value) => {
        const d = o as DequeObject;
        if (!isInt(key) && key.type.nb_index === null) throw raise(TypeErrorType, `sequence index must be integer, not '${key.type.name}'`);
        const i = dqIndex(d, key);
        const old = dqAt(d, i);
        if (value === null) {
          const items = dqToArray(d);
          items.splice(i, 1);
          dqReplace(d, items);
        } else {
          dqSet(d, i, newref(value));
          d.state++;
        }
        decref(old);
      };
      t.sq_contains = (o, item) => {
        const d = o as DequeObject;
        const state = d.state;
        for (let i = 0; i < d.len; i++) {
          const v = newref(dqAt(d, i));
          const same = v === item || richEq(v, item);
          decref(v);
          if (d.state !== state) throw raise(RuntimeErrorType, 'deque mutated during iteration');
          if (same) return true;
        }
        return false;
      };
      t.tp_richcompare = (a, b, op) => {
        if (!isDeque(b)) return NotImplemented;
        return seqCompare(dqToArray(a as DequeObject), dqToArray(b), op);
      };
      t.nb[NB_ADD] = (a, b) => {
        if (!isDeque(a)) return NotImplemented;
        if (!isDeque(b)) throw raise(TypeErrorType, `can only concatenate deque (not "${b.type.name}") to deque`);
        const items = [...dqToArray(a), ...dqToArray(b)];
        for (const x of items) incref(x);
        return dequeLike(a, items);
      };
      t.nb[NB_MULTIPLY] = (a, b) => {
        const d = isDeque(a) ? a : isDeque(b) ? b : null;
        const n = d === a ? b : a;
        if (d === null || (!isInt(n) && n.type.nb_index === null)) return NotImplemented;
        const k = asSsize(n);
        const src = dqToArray(d);
        const items: PyObject[] = [];
        for (let r = 0; r < k; r++) for (const x of src) items.push(newref(x));
        return dequeLike(d, items);
      };
      t.nb[NB_INPLACE_ADD] = (a, b) => {
        dqExtend(a as DequeObject, b, /* left */ false);
        return newref(a);
      };
      t.nb[NB_INPLACE_MULTIPLY] = (a, b) => {
        const d = a as DequeObject;
        if (!isInt(b) && b.type.nb_index === null) return NotImplemented;
        const k = asSsize(b);
        const src = dqToArray(d);
        for (const x of src) incref(x);
        if (k <= 0) dqClear(d);
        for (let r = 1; r < k; r++) for (const x of src) dqPushRight(d, newref(x));
        for (const x of src) decref(x);
        return newref(a);
      };
      t.dealloc = (o) => {
        const d = o as DequeObject;
        const items = dqToArray(d);
        d.items = [];
        d.len = 0;
        for (const x of items) decref(x);
      };
    },
    methods: dm,
  });
  defGetSet(deque, 'maxlen', (o) => ((o as DequeObject).maxlen < 0 ? None : newInt((o as DequeObject).maxlen)));

  // -------------------------------------------------------------------------------------------
  // defaultdict

  const defaultdict = makeNativeType({
    name: 'defaultdict', module: 'collections', size: 72, base: dictType, slots: (t) => {
      t.tp_new = (type) => {
        const d = new PyDict(type);
        d.dict = newDict();
        return d;
      };
      t.tp_init = (self, args, kw) => {
        let rest = args;
        const nkw = kw === null ? 0 : kw.length;
        let factory: PyObject = None;
        if (args.length - nkw > 0) {
          factory = args[0];
          if (factory !== None && factory.type.tp_call === null && factory.type.name !== 'function') {
            throw raise(TypeErrorType, 'first argument must be callable or None');
          }
          rest = args.slice(1);
        }
        dictSetStr(self.dict!, 'default_factory', factory);
        dictType.tp_init!(self, rest, kw);
      };
      t.tp_repr = (o) => {
        const f = dictGetStr(o.dict!, 'default_factory') ?? None;
        let fr: string;
        if (reprGuard.has(f)) fr = '...';
        else fr = repr(f);
        return `${o.type.name}(${fr}, ${dictType.tp_repr!(o)})`;
      };
    },
    methods: {
      __missing__: (self, a) => {
        checkPositional('__missing__', a.length, 1, 1);
        const f = dictGetStr(self.dict!, 'default_factory') ?? None;
        if (f === None) throw newException(KeyErrorType, [newref(a[0])]);
        const v = call(f, [], null);
        dictSet(self as PyDict, a[0], v);
        return v;
      },
      copy: (self) => copyDefaultDict(self as PyDict),
      __copy__: (self) => copyDefaultDict(self as PyDict),
      __or__: (self, a) => {
        if (!isDictObj(a[0])) return NotImplemented;
        const r = copyDefaultDict(self as PyDict);
        dictMerge(r, a[0]);
        return r;
      },
    },
  });
  // default_factory lives in the instance namespace, exposed as a writable attribute.
  defaultdict.hasInstanceDict = true;

  // -------------------------------------------------------------------------------------------
  // OrderedDict

  const OrderedDict = makeNativeType({
    name: 'OrderedDict', module: 'collections', size: 104, base: dictType, slots: (t) => {
      t.tp_new = (type) => new PyDict(type);
      t.tp_repr = (o) => {
        const d = o as PyDict;
        if (d.size === 0) return `${o.type.name}()`;
        if (reprGuard.has(o)) return '...';
        return `${o.type.name}(${dictType.tp_repr!(o)})`;
      };
      t.tp_richcompare = (a, b, op) => {
        if ((op === EQ || op === NE) && b.type !== undefined && isInstance(b, OrderedDictRef())) {
          const x = a as PyDict;
          const y = b as PyDict;
          const xs = dictItems(x);
          const ys = dictItems(y);
          let same = xs.length === ys.length;
          for (let i = 0; same && i < xs.length; i++) same = richEq(xs[i][0], ys[i][0]) && richEq(xs[i][1], ys[i][1]);
          return (op === EQ) === same ? True : False;
        }
        return dictType.tp_richcompare!(a, b, op);
      };
    },
    methods: {
      move_to_end: (self, a, kw) => {
        const [key, lastO] = parseArgs('move_to_end', a, kw, ['key', 'last'], 1, [], /* posOnly */ false);
        const d = self as PyDict;
        const v = dictGet(d, key!);
        if (v === null) throw keyError(key!);
        const last = lastO === undefined ? true : truth(lastO);
        moveToEnd(d, key!, last);
        return None;
      },
      popitem: (self, a, kw) => {
        const [lastO] = parseArgs('popitem', a, kw, ['last'], 0, [], /* posOnly */ false);
        const d = self as PyDict;
        if (d.size === 0) throw newException(KeyErrorType, [newStr('dictionary is empty')]);
        const last = lastO === undefined ? true : truth(lastO);
        const items = dictItems(d);
        const [k, v] = items[last ? items.length - 1 : 0];
        incref(k);
        incref(v);
        dictDel(d, k);
        return newTuple([k, v]);
      },
      __reversed__: (self) => {
        const keys = dictItems(self as PyDict).map(([k]) => newref(k)).reverse();
        const l = newList(keys);
        const it = getIter(l);
        decref(l);
        return it;
      },
      copy: (self) => {
        const r = call(self.type, [self], null);
        return r;
      },
      __copy__: (self) => call(self.type, [self], null),
    },
  });

  // -------------------------------------------------------------------------------------------
  // Counter

  const Counter = makeNativeType({
    name: 'Counter', module: 'collections', size: 72, base: dictType, slots: (t) => {
      t.tp_new = (type) => new PyDict(type);
      t.tp_init = (self, args, kw) => {
        const nkw = kw === null ? 0 : kw.length;
        const npos = args.length - nkw;
        if (npos > 1) throw raise(TypeErrorType, `expected at most 1 argument, got ${npos}`);
        counterUpdate(self as PyDict, npos === 1 ? args[0] : null, kw === null ? null : args.slice(npos), kw, /* sign */ 1);
      };
      t.tp_repr = (o) => {
        const d = o as PyDict;
        if (d.size === 0) return `${o.type.name}()`;
        if (reprGuard.has(o)) return '...';
        reprGuard.add(o);
        try {
          let items: [PyObject, PyObject][];
          try {
            items = mostCommon(d, -1);
          } catch (e) {
            if (e instanceof PyObject && isSubtype(e.type, TypeErrorType)) {
              decref(e);
              return `${o.type.name}(${dictType.tp_repr!(o)})`;
            }
            throw e;
          }
          return `${o.type.name}({${items.map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}})`;
        } finally {
          reprGuard.delete(o);
        }
      };
      t.tp_richcompare = (a, b, op) => {
        if (!isInstance(b, CounterRef())) return NotImplemented;
        const x = a as PyDict;
        const y = b as PyDict;
        const zero = newInt(0);
        const get = (d: PyDict, k: PyObject): PyObject => dictGet(d, k) ?? zero;
        // ==: every count equal (missing = 0); <=: every count ≤ …; < is <= and !=.
        const allKeys = [...dictItems(x).map(([k]) => k), ...dictItems(y).map(([k]) => k)];
        const cmp = (o: number): boolean => allKeys.every((k) => compareBool(get(x, k), get(y, k), o));
        switch (op) {
          case EQ: return cmp(EQ) ? True : False;
          case NE: return cmp(EQ) ? False : True;
          case 1: return cmp(1) ? True : False;
          case 5: return cmp(5) ? True : False;
          case 0: return cmp(1) && !cmp(EQ) ? True : False;
          default: return cmp(5) && !cmp(EQ) ? True : False;
        }
      };
      t.nb[NB_ADD] = (a, b) => counterBinary(a, b, 'add');
      t.nb[NB_SUBTRACT] = (a, b) => counterBinary(a, b, 'sub');
      t.nb[NB_OR] = (a, b) => counterBinary(a, b, 'or');
      t.nb[NB_AND] = (a, b) => counterBinary(a, b, 'and');
      t.nb[NB_INPLACE_ADD] = (a, b) => counterInplace(a, b, 'add');
      t.nb[13 + NB_SUBTRACT] = (a, b) => counterInplace(a, b, 'sub');
      t.nb[13 + NB_OR] = (a, b) => counterInplace(a, b, 'or');
      t.nb[13 + NB_AND] = (a, b) => counterInplace(a, b, 'and');
      t.nb_positive = (a) => counterUnary(a as PyDict, /* negate */ false);
      t.nb_negative = (a) => counterUnary(a as PyDict, /* negate */ true);
    },
    methods: {
      __missing__: () => newInt(0),
      most_common: (self, a, kw) => {
        const [nO] = pyArgs('Counter.most_common', a, kw, ['n'], 0, [], 1);
        const n = nO === undefined || nO === None ? -1 : Math.max(0, asSsize(nO));
        return newList(mostCommon(self as PyDict, n).map(([k, v]) => newTuple([newref(k), newref(v)])));
      },
      elements: (self, a, kw) => {
        pyArgs('Counter.elements', a, kw, [], 0, [], 1);
        const out: PyObject[] = [];
        for (const [k, v] of dictItems(self as PyDict)) {
          const n = asSsize(v);
          for (let i = 0; i < n; i++) out.push(newref(k));
        }
        const l = newList(out);
        const it = getIter(l);
        decref(l);
        return it;
      },
      total: (self, a, kw) => {
        pyArgs('Counter.total', a, kw, [], 0, [], 1);
        let acc: PyObject = newInt(0);
        for (const [, v] of dictItems(self as PyDict)) {
          const r = binaryOp(acc, v, NB_ADD);
          decref(acc);
          acc = r;
        }
        return acc;
      },
      update: (self, a, kw) => {
        const nkw = kw === null ? 0 : kw.length;
        const npos = a.length - nkw;
        if (npos > 1) throw raise(TypeErrorType, `expected at most 1 argument, got ${npos}`);
        counterUpdate(self as PyDict, npos === 1 ? a[0] : null, kw === null ? null : a.slice(npos), kw, /* sign */ 1);
        return None;
      },
      subtract: (self, a, kw) => {
        const nkw = kw === null ? 0 : kw.length;
        const npos = a.length - nkw;
        if (npos > 1) throw raise(TypeErrorType, `expected at most 1 argument, got ${npos}`);
        counterUpdate(self as PyDict, npos === 1 ? a[0] : null, kw === null ? null : a.slice(npos), kw, /* sign */ -1);
        return None;
      },
      copy: (self) => call(self.type, [self], null),
      __copy__: (self) => call(self.type, [self], null),
      __delitem__: (self, a) => {
        dictDel(self as PyDict, a[0]);
        return None;
      },
    },
    classMethods: {
      fromkeys: () => {
        throw raise(NotImplementedErrorType, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.');
      },
    },
  });
  // Counter's `del c[k]` ignores a missing key: its mapping slot must not raise.
  Counter.mp_ass_subscript = (o, key, value) => {
    if (value === null) dictDel(o as PyDict, key);
    else dictSet(o as PyDict, key, value);
  };

  // -------------------------------------------------------------------------------------------
  // _tuplegetter

  const tuplegetter = makeNativeType({
    name: '_tuplegetter', module: 'collections', size: 32, baseType: false, slots: (t) => {
      t.tp_new = (type, args, kw) => {
        noKw('_tuplegetter', kw);
        checkPositional('_tuplegetter', args.length, 2, 2);
        return new TupleGetter(type, asSsize(args[0]), newref(args[1]));
      };
      t.tp_descr_get = (d, obj) => {
        const g = d as TupleGetter;
        if (obj === null) return newref(d);
        if (!(obj instanceof PyTuple)) {
          throw raise(TypeErrorType, `descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${obj.type.name}' object`);
        }
        if (g.index >= obj.items.length) throw raise(IndexErrorType, 'tuple index out of range');
        return newref(obj.items[g.index]);
      };
      t.tp_descr_set = () => {
        throw raise(AttributeErrorType, "can't set attribute");
      };
      t.tp_repr = (o) => `_tuplegetter(${(o as TupleGetter).index}, ${repr((o as TupleGetter).doc)})`;
      t.dealloc = (o) => decref((o as TupleGetter).doc);
    },
  });
  defGetSet(tuplegetter, '__doc__', (o) => newref((o as TupleGetter).doc));

  // -------------------------------------------------------------------------------------------
  // ChainMap

  const ChainMap = makeNativeType({
    name: 'ChainMap', module: 'collections', size: 56, unhashable: true, pythonClass: true, slots: (t) => {
      t.tp_new = (type, args) => {
        const maps = args.length === 0 ? [newDict()] : args.map((a) => newref(a));
        return new ChainMapObject(type, newList(maps));
      };
      t.tp_init = () => undefined;
      t.mp_subscript = (o, key) => {
        const c = o as ChainMapObject;
        for (const m of c.maps.items) {
          try {
            return m.type.mp_subscript!(m, key);
          } catch (e) {
            if (e instanceof PyObject && isSubtype(e.type, KeyErrorType)) {
              decref(e);
              continue;
            }
            throw e;
          }
        }
        const missing = lookupType(c.type, '__missing__');
        if (missing !== null) return call(missing, [c, key], null);
        throw keyError(key);
      };
      t.mp_ass_subscript = (o, key, value) => {
        const c = o as ChainMapObject;
        const first = c.maps.items[0];
        if (value !== null) {
          first.type.mp_ass_subscript!(first, key, value);
          return;
        }
        try {
          first.type.mp_ass_subscript!(first, key, null);
        } catch (e) {
          if (e instanceof PyObject && isSubtype(e.type, KeyErrorType)) {
            decref(e);
            throw newException(KeyErrorType, [newStr(`Key not found in the first mapping: ${repr(key)}`)]);
          }
          throw e;
        }
      };
      t.mp_length = (o) => chainKeys(o as ChainMapObject).length;
      t.tp_iter = (o) => {
        const l = newList(chainKeys(o as ChainMapObject).map((k) => newref(k)));
        const it = getIter(l);
        decref(l);
        return it;
      };
      t.sq_contains = (o, key) => (o as ChainMapObject).maps.items.some((m) => m.type.sq_contains !== null ? m.type.sq_contains(m, key) : false);
      t.nb_bool = (o) => (o as ChainMapObject).maps.items.some((m) => truth(m));
      t.tp_repr = (o) => {
        const c = o as ChainMapObject;
        if (reprGuard.has(o)) return '...';
        reprGuard.add(o);
        try {
          return `${o.type.name}(${c.maps.items.map((m) => repr(m)).join(', ')})`;
        } finally {
          reprGuard.delete(o);
        }
      };
      t.tp_getattro = (o, name) => {
        if (name === 'maps') return newref((o as ChainMapObject).maps);
        return dictType.base!.tp_getattro!(o, name);
      };
      t.dealloc = (o) => decref((o as ChainMapObject).maps);
    },
    methods: {
      get: (self, a) => {
        checkPositional('get', a.length, 1, 2);
        const c = self as ChainMapObject;
        for (const m of c.maps.items) if (m.type.sq_contains !== null && m.type.sq_contains(m, a[0])) return m.type.mp_subscript!(m, a[0]);
        return newref(a[1] ?? None);
      },
      new_child: (self, a, kw) => {
        const c = self as ChainMapObject;
        const [mO] = parseArgs('new_child', a, kw === null ? null : [], ['m'], 0, [], /* posOnly */ false);
        let m: PyObject;
        if (mO === undefined || mO === None) m = newDict();
        else m = newref(mO);
        if (kw !== null && kw.length > 0) {
          const npos = a.length - kw.length;
          for (let i = 0; i < kw.length; i++) {
            const k = newStr(kw[i]);
            m.type.mp_ass_subscript!(m, k, a[npos + i]);
            decref(k);
          }
        }
        try {
          return call(c.type, [m, ...c.maps.items], null);
        } finally {
          decref(m);
        }
      },
      copy: (self) => {
        const c = self as ChainMapObject;
        const first = callMethodSafe(c.maps.items[0], 'copy');
        const r = call(c.type, [first, ...c.maps.items.slice(1)], null);
        decref(first);
        return r;
      },
      __copy__: (self) => chainCopy(self),
      __reduce__: (self) => {
        const c = self as ChainMapObject;
        return newTuple([newref(c.type), newTuple(c.maps.items.map((m) => newref(m)))]);
      },
      pop: (self, a) => {
        checkPositional('pop', a.length, 1, 2);
        const first = (self as ChainMapObject).maps.items[0];
        const pop = getAttr(first, 'pop');
        try {
          return call(pop, [a[0]], null);
        } catch (e) {
          if (e instanceof PyObject && isSubtype(e.type, KeyErrorType)) {
            decref(e);
            if (a.length > 1) return newref(a[1]);
            throw newException(KeyErrorType, [newStr(`Key not found in the first mapping: ${repr(a[0])}`)]);
          }
          throw e;
        } finally {
          decref(pop);
        }
      },
      popitem: (self) => {
        const first = (self as ChainMapObject).maps.items[0];
        const f = getAttr(first, 'popitem');
        try {
          return call(f, [], null);
        } catch (e) {
          if (e instanceof PyObject && isSubtype(e.type, KeyErrorType)) {
            decref(e);
            throw newException(KeyErrorType, [newStr('No keys found in the first mapping.')]);
          }
          throw e;
        } finally {
          decref(f);
        }
      },
      clear: (self) => {
        const first = (self as ChainMapObject).maps.items[0];
        decref(callMethodSafe(first, 'clear'));
        return None;
      },
      keys: (self) => chainView(self as ChainMapObject, 'keys'),
      values: (self) => chainView(self as ChainMapObject, 'values'),
      items: (self) => chainView(self as ChainMapObject, 'items'),
      __or__: (self, a) => {
        const r = chainCopy(self) as ChainMapObject;
        const first = r.maps.items[0];
        decref(callMethodSafe(first, 'update', [a[0]]));
        return r;
      },
      __ior__: (self, a) => {
        const first = (self as ChainMapObject).maps.items[0];
        decref(callMethodSafe(first, 'update', [a[0]]));
        return newref(self);
      },
    },
  });
  defGetSet(ChainMap, 'parents', (o) => {
    const c = o as ChainMapObject;
    return call(c.type, c.maps.items.slice(1), null);
  });
  defGetSet(ChainMap, 'maps', (o) => newref((o as ChainMapObject).maps), (o, v) => {
    if (v === null || !(v instanceof PyList)) throw raise(TypeErrorType, 'maps must be a list');
    const c = o as ChainMapObject;
    const old = c.maps;
    c.maps = newref(v);
    decref(old);
  });
  // Namespace entries added after makeNativeType (maxlen, parents …) become immortal with their types.
  for (const t of [deque, dequeIter, dequeRevIter, defaultdict, OrderedDict, Counter, tuplegetter, ChainMap]) immortalizeType(t);
  return { deque, dequeIter, dequeRevIter, defaultdict, OrderedDict, Counter, tuplegetter, ChainMap };
}

function OrderedDictRef(): PyType {
  return types!.OrderedDict;
}
function CounterRef(): PyType {
  return types!.Counter;
}

function callMethodSafe(o: PyObject, name: string, args: PyObject[] = []): PyObject {
  const f = getAttr(o, name);
  try {
    return call(f, args, null);
  } finally {
    decref(f);
  }
}

function chainCopy(self: PyObject): PyObject {
  const c = self as ChainMapObject;
  const first = callMethodSafe(c.maps.items[0], 'copy');
  const r = call(c.type, [first, ...c.maps.items.slice(1)], null);
  decref(first);
  return r;
}

/** The ChainMap's keys in iteration order: dict.fromkeys over the maps from last to first. */
function chainKeys(c: ChainMapObject): PyObject[] {
  const d = newDict();
  try {
    for (let i = c.maps.items.length - 1; i >= 0; i--) {
      const keys = toArray(c.maps.items[i]);
      for (const k of keys) {
        dictSet(d, k, None);
        decref(k);
      }
    }
    return dictItems(d).map(([k]) => k);
  } finally {
    // The keys stay alive through the maps that hold them.
    decref(d);
  }
}

/**
 * collections.abc's KeysView / ItemsView / ValuesView over any mapping (ChainMap.keys() & co):
 * live views that iterate the mapping and look values up through it; `&`, `|`, `-`, `^` give sets.
 */
class MappingViewObject extends PyObject {
  declare mapping: PyObject;
  /** 0 keys, 1 items, 2 values. */
  declare kind: number;
  constructor(type: PyType, mapping: PyObject, kind: number) {
    super(type, type.basicsize);
    this.mapping = mapping;
    this.kind = kind;
  }
}
let viewTypes: PyType[] | null = null;

function viewItems(v: MappingViewObject): PyObject[] {
  const keys = toArray(v.mapping);
  if (v.kind === 0) return keys;
  const out: PyObject[] = [];
  try {
    for (const k of keys) {
      const val = getItem(v.mapping, k);
      out.push(v.kind === 1 ? newTuple([newref(k), val]) : val);
    }
  } finally {
    for (const k of keys) decref(k);
  }
  return out;
}

function getViewTypes(): PyType[] {
  if (viewTypes !== null) return viewTypes;
  const names = ['KeysView', 'ItemsView', 'ValuesView'];
  viewTypes = names.map((name, kind) => immortalizeType(makeNativeType({
    name, module: 'collections.abc', size: 32, baseType: false, unhashable: kind !== 2, pythonClass: true, slots: (t) => {
      t.tp_new = (type, args) => {
        checkPositional(name, args.length, 1, 1);
        return new MappingViewObject(type, newref(args[0]), kind);
      };
      t.tp_iter = (o) => {
        const l = newList(viewItems(o as MappingViewObject));
        const it = getIter(l);
        decref(l);
        return it;
      };
      t.mp_length = (o) => len((o as MappingViewObject).mapping);
      t.sq_contains = (o, x) => {
        const v = o as MappingViewObject;
        if (v.kind === 0) return v.mapping.type.sq_contains !== null ? v.mapping.type.sq_contains(v.mapping, x) : false;
        const items = viewItems(v);
        try {
          if (v.kind === 2) return items.some((y) => y === x || richEq(y, x));
          if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
          return items.some((y) => {
            const [k, val] = (y as PyTuple).items;
            return (k === x.items[0] || richEq(k, x.items[0])) && (val === x.items[1] || richEq(val, x.items[1]));
          });
        } finally {
          for (const y of items) decref(y);
        }
      };
      t.tp_repr = (o) => `${o.type.name}(${repr((o as MappingViewObject).mapping)})`;
      if (kind !== 2) {
        // Set operations (Set mixins): the view as a set, combined with the other operand's set.
        for (const op of [NB_AND, NB_OR, NB_SUBTRACT, 12 /* NB_XOR */]) {
          t.nb[op] = (a, b) => {
            const toSet = (x: PyObject): PyObject => {
              if (x instanceof MappingViewObject) {
                const l = newList(viewItems(x));
                try {
                  return call(setType, [l], null);
                } finally {
                  decref(l);
                }
              }
              return call(setType, [x], null);
            };
            const x = toSet(a);
            let y: PyObject;
            try {
              y = toSet(b);
            } catch (e) {
              decref(x);
              throw e;
            }
            try {
              return binaryOp(x, y, op);
            } finally {
              decref(x);
              decref(y);
            }
          };
        }
      }
      t.dealloc = (o) => decref((o as MappingViewObject).mapping);
    },
  })));
  return viewTypes;
}

/** keys()/items()/values() of a ChainMap: KeysView(self) & co, as the Mapping mixins return. */
function chainView(c: ChainMapObject, kind: string): PyObject {
  const k = kind === 'keys' ? 0 : kind === 'items' ? 1 : 2;
  return new MappingViewObject(getViewTypes()[k], newref(c), k);
}

/** The live (key, value) pairs of a dict, borrowed, in order. */
function dictItems(d: PyDict): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null) out.push([k, d.values[i]!]);
  }
  return out;
}

/** Moves `key` to the end (or the front) of the dict's order. */
function moveToEnd(d: PyDict, key: PyObject, last: boolean): void {
  const v = newref(dictGet(d, key)!);
  const k = newref(d.keys[findKeyIndex(d, key)]!);
  dictDel(d, key);
  if (last) {
    dictSet(d, k, v);
  } else {
    const rest = dictItems(d).map(([a, b]) => [newref(a), newref(b)] as [PyObject, PyObject]);
    for (const [a] of rest) dictDel(d, a);
    dictSet(d, k, v);
    for (const [a, b] of rest) {
      dictSet(d, a, b);
      decref(a);
      decref(b);
    }
  }
  decref(k);
  decref(v);
}
function findKeyIndex(d: PyDict, key: PyObject): number {
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null && (k === key || richEq(k, key))) return i;
  }
  return -1;
}

function copyDefaultDict(d: PyDict): PyDict {
  const f = dictGetStr(d.dict!, 'default_factory') ?? None;
  const r = call(d.type, [f, d], null) as PyDict;
  return r;
}

/** Counter.most_common order: counts descending, ties in insertion order (a stable sort). */
function mostCommon(d: PyDict, n: number): [PyObject, PyObject][] {
  const items = dictItems(d);
  const idx = items.map((_, i) => i);
  // Insertion sort by count with compareBool keeps ties stable and raises as Python's sort would.
  const sorted: number[] = [];
  for (const i of idx) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareBool(items[sorted[mid]][1], items[i][1], 0)) hi = mid;
      else lo = mid + 1;
    }
    sorted.splice(lo, 0, i);
  }
  const out = sorted.map((i) => items[i]);
  return n < 0 ? out : out.slice(0, n);
}

/** Counter.update / subtract from a mapping, an iterable and keyword counts. */
function counterUpdate(d: PyDict, src: PyObject | null, kwVals: PyObject[] | null, kwNames: string[] | null, sign: number): void {
  const addCount = (k: PyObject, n: PyObject): void => {
    const cur = dictGet(d, k);
    // Why: counting by ones over small ints is the hot path of Counter(iterable).
    if (cur !== null && sign > 0 && cur instanceof PyInt && cur.type.name === 'int' && cur.big === null && n instanceof PyInt &&
        n.type.name === 'int' && n.big === null && Number.isSafeInteger(cur.n + n.n)) {
      const r = newInt(cur.n + n.n);
      dictSet(d, k, r);
      decref(r);
      return;
    }
    let r: PyObject;
    if (cur === null) r = sign > 0 ? newref(n) : binaryOp(newInt(0), n, NB_SUBTRACT);
    else r = binaryOp(cur, n, sign > 0 ? NB_ADD : NB_SUBTRACT);
    dictSet(d, k, r);
    decref(r);
  };
  if (src !== null) {
    if (isDictObj(src) || lookupType(src.type, 'items') !== null && lookupType(src.type, 'keys') !== null) {
      if (sign > 0 && d.size === 0 && isDictObj(src) && src.type === dictType) dictMerge(d, src);
      else {
        const items = callMethodSafe(src, 'items');
        const pairs = toArray(items);
        decref(items);
        for (const p of pairs) {
          const kv = toArray(p);
          addCount(kv[0], kv[1]);
          decref(kv[0]);
          decref(kv[1]);
          decref(p);
        }
      }
    } else {
      const it = getIter(src);
      const one = newInt(1);
      try {
        for (let v = iterNext(it); v !== null; v = iterNext(it)) {
          try {
            addCount(v, one);
          } finally {
            decref(v);
          }
        }
      } finally {
        decref(it);
      }
    }
  }
  if (kwNames !== null && kwVals !== null) {
    for (let i = 0; i < kwNames.length; i++) {
      const k = newStr(kwNames[i]);
      addCount(k, kwVals[i]);
      decref(k);
    }
  }
}

type CounterOp = 'add' | 'sub' | 'or' | 'and';

function counterCombine(a: PyDict, b: PyDict, op: CounterOp): PyDict {
  const r = new PyDict(types!.Counter);
  const zero = newInt(0);
  const put = (k: PyObject, v: PyObject): void => {
    if (compareBool(v, zero, 4)) dictSet(r, k, v);
  };
  for (const [k, v] of dictItems(a)) {
    const o = dictGet(b, k);
    let n: PyObject;
    if (op === 'add') n = o === null ? newref(v) : binaryOp(v, o, NB_ADD);
    else if (op === 'sub') n = o === null ? newref(v) : binaryOp(v, o, NB_SUBTRACT);
    else if (op === 'or') n = o === null ? newref(v) : newref(compareBool(v, o, 0) ? o : v);
    else n = o === null ? newInt(0) : newref(compareBool(v, o, 0) ? v : o);
    put(k, n);
    decref(n);
  }
  for (const [k, v] of dictItems(b)) {
    if (dictGet(a, k) !== null) continue;
    if (op === 'add' || op === 'or') put(k, v);
    else if (op === 'sub') {
      const n = binaryOp(zero, v, NB_SUBTRACT);
      put(k, n);
      decref(n);
    }
  }
  return r;
}

function counterBinary(a: PyObject, b: PyObject, op: CounterOp): PyObject {
  if (!isInstance(a, types!.Counter) || !isInstance(b, types!.Counter)) return NotImplemented;
  return counterCombine(a as PyDict, b as PyDict, op);
}

function counterInplace(a: PyObject, b: PyObject, op: CounterOp): PyObject {
  if (!isInstance(b, types!.Counter)) return NotImplemented;
  const r = counterCombine(a as PyDict, b as PyDict, op);
  const d = a as PyDict;
  for (const [k] of dictItems(d).map(([k0]) => [newref(k0)] as [PyObject])) {
    dictDel(d, k);
    decref(k);
  }
  dictMerge(d, r);
  decref(r);
  return newref(a);
}

function counterUnary(a: PyDict, negate: boolean): PyObject {
  const r = new PyDict(types!.Counter);
  const zero = newInt(0);
  for (const [k, v] of dictItems(a)) {
    if (negate ? compareBool(v, zero, 0) : compareBool(v, zero, 4)) {
      const n = negate ? binaryOp(zero, v, NB_SUBTRACT) : newref(v);
      dictSet(r, k, n);
      decref(n);
    }
  }
  return r;
}

// =============================================================================================
// namedtuple

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** str.isidentifier for the ASCII and BMP letters programs use (XID_Start / XID_Continue approximated by \p{L}\p{N}). */
function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);
}

function plural(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Makes a namedtuple class (the validated typename and fields; defaults aligned to the right). */
export function makeNamedTuple(typename: string, fields: string[], defaults: PyObject[], module: string): PyType {
  const n = fields.length;
  const qual = `${typename}.__new__`;
  const tupleNew = (cls: PyType, items: PyObject[]): PyObject => new PyTuple(cls, items);
  const newFn: NativeFn = (_s, args, kw) => {
    // args[0] is the class (staticmethod __new__(_cls, f1, f2, …)).
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    if (npos < 1) throw raise(TypeErrorType, `${qual}() missing 1 required positional argument: '_cls'`);
    const cls = args[0] as PyType;
    const given = npos - 1;
    if (given > n) {
      const min = n - defaults.length;
      const takes = min === n ? `${n + 1} positional argument${n + 1 === 1 ? '' : 's'}` : `from ${min + 1} to ${n + 1} positional arguments`;
      throw raise(TypeErrorType, `${qual}() takes ${takes} but ${npos} ${npos === 1 ? 'was' : 'were'} given`);
    }
    const vals: (PyObject | null)[] = new Array(n).fill(null);
    for (let i = 0; i < given; i++) vals[i] = args[1 + i];
    for (let i = 0; i < nkw; i++) {
      const name = kw![i];
      const idx = fields.indexOf(name);
      if (idx < 0) {
        if (name === '_cls') throw raise(TypeErrorType, `${qual}() got multiple values for argument '_cls'`);
        throw raise(TypeErrorType, `${qual}() got an unexpected keyword argument '${name}'`);
      }
      if (vals[idx] !== null) throw raise(TypeErrorType, `${qual}() got multiple values for argument '${name}'`);
      vals[idx] = args[npos + i];
    }
    const firstDefault = n - defaults.length;
    const missing: string[] = [];
    for (let i = 0; i < n; i++) {
      if (vals[i] === null) {
        if (i >= firstDefault) vals[i] = defaults[i - firstDefault];
        else missing.push(fields[i]);
      }
    }
    if (missing.length > 0) {
      throw raise(TypeErrorType, `${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${plural(missing)}`);
    }
    return tupleNew(cls, vals.map((v) => newref(v!)));
  };
  const ns = newDict();
  const set = (k: string, v: PyObject): void => {
    dictSetStr(ns, k, v);
    decref(v);
  };
  set('__doc__', newStr(`${typename}(${fields.join(', ')})`));
  set('__slots__', newTuple([]));
  set('_fields', newTuple(fields.map((f) => newStr(f))));
  const fd = newDict();
  for (let i = 0; i < defaults.length; i++) {
    const k = newStr(fields[n - defaults.length + i]);
    dictSet(fd, k, defaults[i]);
    decref(k);
  }
  set('_field_defaults', fd);
  set('__match_args__', newTuple(fields.map((f) => newStr(f))));
  set('__module__', newStr(module));
  const methods: [string, NativeFn][] = [];
  const wrap = (kind: PyObject | null, name: string, fn: NativeFn, qualname: string): PyObject => {
    const b = newBuiltin(name, fn, None, qualname);
    const r = call(kind!, [b], null);
    decref(b);
    return r;
  };
  const method = (name: string, fn: NativeFn): void => {
    methods.push([name, fn]);
  };
  set('__new__', wrap(staticmethodType, '__new__', newFn, qual));
  set('_make', wrap(classmethodType, '_make', (_s, args) => {
    const cls = args[0] as PyType;
    const items = toArray(args[1]);
    if (items.length !== n) {
      for (const x of items) decref(x);
      throw raise(TypeErrorType, `Expected ${n} arguments, got ${items.length}`);
    }
    return tupleNew(cls, items);
  }, `${typename}._make`));
  method('_replace', (self, args, kw) => {
    const t = self as PyTuple;
    const nkw = kw === null ? 0 : kw.length;
    if (args.length - nkw > 0) throw raise(TypeErrorType, `${typename}._replace() takes 1 positional argument but ${args.length - nkw + 1} were given`);
    const vals = t.items.slice();
    const unknown: string[] = [];
    for (let i = 0; i < nkw; i++) {
      const idx = fields.indexOf(kw![i]);
      if (idx < 0) unknown.push(kw![i]);
      else vals[idx] = args[i];
    }
    if (unknown.length > 0) throw raise(ValueErrorType, `Got unexpected field names: [${unknown.map((u) => `'${u}'`).join(', ')}]`);
    return tupleNew(t.type, vals.map((v) => newref(v)));
  });
  method('__repr__', (self) => {
    const t = self as PyTuple;
    return newStr(`${t.type.name}(${fields.map((f, i) => `${f}=${repr(t.items[i])}`).join(', ')})`);
  });
  method('_asdict', (self) => {
    const t = self as PyTuple;
    const d = newDict();
    fields.forEach((f, i) => {
      const k = newStr(f);
      dictSet(d, k, t.items[i]);
      decref(k);
    });
    return d;
  });
  method('__getnewargs__', (self) => newTuple((self as PyTuple).items.map((x) => newref(x))));
  fields.forEach((f, i) => set(f, new TupleGetter(types!.tuplegetter, i, newStr(`Alias for field number ${i}`))));
  const name = newStr(typename);
  const bases = newTuple([newref(tupleType)]);
  let cls: PyType;
  try {
    cls = call(typeType, [name, bases, ns], null) as PyType;
  } finally {
    decref(name);
    decref(bases);
    decref(ns);
  }
  // Methods are method descriptors (they bind `self`); setting them through setattr resolves the
  // type's slots (__repr__ → tp_repr) as a class body would have.
  for (const [mname, fn] of methods) {
    defMethod(cls, mname, fn);
    setAttr(cls, mname, dictGetStr(cls.ns, mname)!);
  }
  return cls;
}

export function namedtupleFn(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [tn, fn, renameO, defaultsO, moduleO] = pyArgs('namedtuple', args, kw, ['typename', 'field_names'], 2,
    ['rename', 'defaults', 'module']);
  let fieldObjs: PyObject[];
  if (isStr(fn!)) {
    fieldObjs = fn.s.replace(/,/g, ' ').split(/\s+/).filter((x) => x !== '').map((x) => newStr(x));
  } else {
    fieldObjs = toArray(fn!).map((x) => {
      const s = newStr(x.type === strType ? (x as PyStr).s : strOf(x));
      decref(x);
      return s;
    });
  }
  const typename = isStr(tn!) ? tn.s : strOf(tn!);
  let fields = fieldObjs.map((f) => (f as PyStr).s);
  for (const f of fieldObjs) decref(f);
  const rename = renameO !== undefined && truth(renameO);
  if (rename) {
    const seen = new Set<string>();
    fields = fields.map((name, i) => {
      const bad = !isIdentifier(name) || KEYWORDS.has(name) || name.startsWith('_') || seen.has(name);
      seen.add(name);
      return bad ? `_${i}` : name;
    });
  }
  for (const name of [typename, ...fields]) {
    if (!isIdentifier(name)) throw raise(ValueErrorType, `Type names and field names must be valid identifiers: ${strRepr(name)}`);
    if (KEYWORDS.has(name)) throw raise(ValueErrorType, `Type names and field names cannot be a keyword: ${strRepr(name)}`);
  }
  const seen = new Set<string>();
  for (const name of fields) {
    if (name.startsWith('_') && !rename) throw raise(ValueErrorType, `Field names cannot start with an underscore: ${strRepr(name)}`);
    if (seen.has(name)) throw raise(ValueErrorType, `Encountered duplicate field name: ${strRepr(name)}`);
    seen.add(name);
  }
  let defaults: PyObject[] = [];
  if (defaultsO !== undefined && defaultsO !== None) {
    defaults = toArray(defaultsO);
    if (defaults.length > fields.length) {
      for (const x of defaults) decref(x);
      throw raise(TypeErrorType, 'Got more default values than field names');
    }
  }
  let module: string;
  if (moduleO !== undefined && moduleO !== None) module = strOf(moduleO);
  else {
    const g = tstate.frame?.globals ?? null;
    const m = g === null ? null : dictGetStr(g, '__name__');
    module = m !== null && isStr(m) ? m.s : '__main__';
  }
  // The class keeps the defaults (new references) in _field_defaults and in __new__'s closure.
  return makeNamedTuple(typename, fields, defaults, module);
}

function strOf(o: PyObject): string {
  return o.type.tp_str !== null ? o.type.tp_str(o) : repr(o);
}

// =============================================================================================

/** Makes the collections types once per process (namedtuple needs _tuplegetter). */
export function ensureCollectionTypes(): void {
  if (types === null) types = buildTypes();
}

/** The process-wide collections types (for collections.abc's registrations and mixins). */
export function collectionTypes(): { deque: PyType; ChainMap: PyType; views: PyType[] } {
  ensureCollectionTypes();
  return { deque: types!.deque, ChainMap: types!.ChainMap, views: getViewTypes() };
}

export function initCollections(m: PyModule): void {
  if (types === null) types = buildTypes();
  for (const name of ['deque', 'defaultdict', 'OrderedDict', 'Counter', 'ChainMap', '_tuplegetter'] as const) {
    const t = name === '_tuplegetter' ? types.tuplegetter : types[name];
    defineValue(m, name, newref(t));
  }
  defineFunction(m, 'namedtuple', namedtupleFn);
  initUserCollections(m);
  // A package, as CPython's collections is: collections.abc is imported as its submodule.
  defineValue(m, '__path__', newList([]));
  defineFunction(m, '_count_elements', (_s, a) => {
    checkPositional('_count_elements', a.length, 2, 2);
    const d = a[0] as PyDict;
    const it = getIter(a[1]);
    const one = newInt(1);
    try {
      for (let v = iterNext(it); v !== null; v = iterNext(it)) {
        try {
          const cur = d.type.mp_subscript === dictType.mp_subscript ? dictGet(d, v) : null;
          const r = cur === null ? newref(one) : binaryOp(cur, one, NB_ADD);
          d.type.mp_ass_subscript!(d, v, r);
          decref(r);
        } finally {
          decref(v);
        }
      }
    } finally {
      decref(it);
    }
    return None;
  });
}

