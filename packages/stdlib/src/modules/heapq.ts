/**
 * `heapq` (CPython's Modules/_heapqmodule.c plus heapq.py's nlargest/nsmallest/merge), native.
 * The sift functions are CPython's exactly (the bottom-up `_siftup` that walks to a leaf then sifts
 * the new item back down), because the resulting list order is observable; comparisons are `<`
 * only, as in CPython. nlargest/nsmallest return what heapq.py documents them to equal
 * (`sorted(iterable, key=key, reverse=True)[:n]` and `sorted(iterable, key=key)[:n]`); merge is a
 * lazy iterator over a heap of (key, source order, iterator) entries, stable across inputs.
 */
import {
  PyObject, PyType, PyModule, PyList, TypeErrorType, IndexErrorType, RuntimeErrorType, None, newList, raise, decref,
  newref, call, getIter, iterNext, truth, richCompare, toArray, sortItems, isSubtype, listType, PyInt, PyFloat,
  intType, floatType,
} from '@pyglass/vm-core';
import { asSsize, checkPositional, pyArgs } from './number-args.js';
import { defineFunction } from './module-def.js';
import { makeNativeType, selfIter } from './native-type.js';

const LT = 0;

/** a < b, by `<` only (PyObject_RichCompareBool(a, b, Py_LT)). */
function lt(a: PyObject, b: PyObject): boolean {
  if (a === b) return false;
  // Why: heaps of plain ints and floats are the common case; compare the numbers without a call.
  if (a.type === b.type) {
    if (a instanceof PyInt && a.type === intType && a.big === null && (b as PyInt).big === null) return a.n < (b as PyInt).n;
    if (a instanceof PyFloat && a.type === floatType) return a.v < (b as PyFloat).v;
  }
  const r = richCompare(a, b, LT);
  try {
    return truth(r);
  } finally {
    decref(r);
  }
}

function heapList(fname: string, o: PyObject, what = 'argument 1'): PyList {
  if (!(o instanceof PyList) || !(o.type === listType || isSubtype(o.type, listType))) {
    throw raise(TypeErrorType, `${fname}() ${what} must be list, not ${o.type.name}`);
  }
  return o;
}

/** Follow the path to the root, moving parents down until finding a place newitem fits. */
function siftdown(heap: PyObject[], startpos: number, pos: number, less: (a: PyObject, b: PyObject) => boolean, list: PyList): void {
  const size = heap.length;
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    const c = less(newitem, parent);
    if (list.items.length !== size) throw raise(RuntimeErrorType, 'list changed size during iteration');
    if (!c) break;
    heap[pos] = parent;
    pos = parentpos;
  }
  heap[pos] = newitem;
}

/** The bottom-up sift: move the smaller child up until hitting a leaf, then sift newitem down. */
function siftup(heap: PyObject[], pos: number, less: (a: PyObject, b: PyObject) => boolean, list: PyList): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos) {
      const c = less(heap[childpos], heap[rightpos]);
      if (list.items.length !== endpos) throw raise(RuntimeErrorType, 'list changed size during iteration');
      if (!c) childpos = rightpos;
    }
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos, less, list);
}

const gt = (a: PyObject, b: PyObject): boolean => lt(b, a);

function heapify(list: PyList, less: (a: PyObject, b: PyObject) => boolean): void {
  const heap = list.items;
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftup(heap, i, less, list);
}

function heappop(list: PyList, less: (a: PyObject, b: PyObject) => boolean): PyObject {
  const heap = list.items;
  if (heap.length === 0) throw raise(IndexErrorType, 'index out of range');
  const last = heap.pop()!;
  if (heap.length === 0) return last;
  const ret = heap[0];
  heap[0] = last;
  siftup(heap, 0, less, list);
  return ret;
}

function heapreplace(list: PyList, item: PyObject, less: (a: PyObject, b: PyObject) => boolean): PyObject {
  const heap = list.items;
  if (heap.length === 0) throw raise(IndexErrorType, 'index out of range');
  const ret = heap[0];
  heap[0] = newref(item);
  siftup(heap, 0, less, list);
  return ret;
}

// ---------------------------------------------------------------------------------------------
// merge

class MergeObject extends PyObject {
  /** Heap entries: [key, order, value, iterator]. */
  declare entries: [PyObject, number, PyObject, PyObject][];
  declare key: PyObject;
  declare reverse: boolean;
  declare started: boolean;
  declare sources: PyObject[];
  constructor(type: PyType, sources: PyObject[], key: PyObject, reverse: boolean) {
    super(type, type.basicsize);
    this.entries = [];
    this.key = key;
    this.reverse = reverse;
    this.started = false;
    this.sources = sources;
  }
}

function entryLess(m: MergeObject, a: [PyObject, number, PyObject, PyObject], b: [PyObject, number, PyObject, PyObject]): boolean {
  // Ties go to the earlier iterable, as heapq.merge's (key, order, value) tuples compare.
  if (m.reverse ? lt(b[0], a[0]) : lt(a[0], b[0])) return true;
  if (m.reverse ? lt(a[0], b[0]) : lt(b[0], a[0])) return false;
  return a[1] < b[1];
}

function mergePush(m: MergeObject, order: number, it: PyObject): void {
  const v = iterNext(it);
  if (v === null) {
    decref(it);
    return;
  }
  const k = m.key === None ? newref(v) : call(m.key, [v], null);
  const e: [PyObject, number, PyObject, PyObject] = [k, order, v, it];
  const h = m.entries;
  h.push(e);
  let pos = h.length - 1;
  while (pos > 0) {
    const parent = (pos - 1) >> 1;
    if (!entryLess(m, h[pos], h[parent])) break;
    [h[pos], h[parent]] = [h[parent], h[pos]];
    pos = parent;
  }
}

function mergePop(m: MergeObject): [PyObject, number, PyObject, PyObject] {
  const h = m.entries;
  const top = h[0];
  const last = h.pop()!;
  if (h.length > 0) {
    h[0] = last;
    let pos = 0;
    for (;;) {
      const l = 2 * pos + 1;
      const r = l + 1;
      let best = pos;
      if (l < h.length && entryLess(m, h[l], h[best])) best = l;
      if (r < h.length && entryLess(m, h[r], h[best])) best = r;
      if (best === pos) break;
      [h[pos], h[best]] = [h[best], h[pos]];
      pos = best;
    }
  }
  return top;
}

let mergeType: PyType | null = null;
function getMergeType(): PyType {
  if (mergeType !== null) return mergeType;
  mergeType = makeNativeType({
    name: 'merge', module: 'heapq', size: 64, baseType: false, slots: (t) => {
      t.tp_iter = selfIter;
      t.tp_iternext = (o) => {
        const m = o as MergeObject;
        if (!m.started) {
          m.started = true;
          const sources = m.sources;
          m.sources = [];
          sources.forEach((it, i) => mergePush(m, i, it));
        }
        if (m.entries.length === 0) return null;
        const [k, order, v, it] = mergePop(m);
        decref(k);
        mergePush(m, order, it);
        return v;
      };
      t.dealloc = (o) => {
        const m = o as MergeObject;
        for (const [k, , v, it] of m.entries) {
          decref(k);
          decref(v);
          decref(it);
        }
        for (const it of m.sources) decref(it);
        m.entries = [];
        m.sources = [];
        decref(m.key);
      };
    },
  });
  return mergeType;
}

// ---------------------------------------------------------------------------------------------

function nBest(args: PyObject[], kw: string[] | null, name: string, reverse: boolean): PyObject {
  const [nO, iterable, key] = pyArgs(name, args, kw, ['n', 'iterable', 'key'], 2);
  const n = asSsize(nO!);
  const items = toArray(iterable!);
  if (n <= 0) {
    for (const x of items) decref(x);
    return newList([]);
  }
  const sorted = sortItems(items, key === undefined || key === None ? null : key, reverse);
  const out = sorted.slice(0, n);
  for (const x of sorted.slice(n)) decref(x);
  return newList(out);
}

export function initHeapq(m: PyModule): void {
  const one = (name: string, args: PyObject[], kw: string[] | null): PyObject => {
    if (kw !== null && kw.length > 0) throw raise(TypeErrorType, `_heapq.${name}() takes no keyword arguments`);
    if (args.length !== 1) throw raise(TypeErrorType, `_heapq.${name}() takes exactly one argument (${args.length} given)`);
    return args[0];
  };
  const two = (name: string, args: PyObject[], kw: string[] | null): void => {
    if (kw !== null && kw.length > 0) throw raise(TypeErrorType, `_heapq.${name}() takes no keyword arguments`);
    checkPositional(name, args.length, 2, 2);
  };
  defineFunction(m, 'heappush', (_s, a, kw) => {
    two('heappush', a, kw);
    const list = heapList('heappush', a[0]);
    list.items.push(newref(a[1]));
    siftdown(list.items, 0, list.items.length - 1, lt, list);
    return None;
  });
  defineFunction(m, 'heappop', (_s, a, kw) => heappop(heapList('heappop', one('heappop', a, kw), 'argument'), lt));
  defineFunction(m, 'heapreplace', (_s, a, kw) => {
    two('heapreplace', a, kw);
    return heapreplace(heapList('heapreplace', a[0]), a[1], lt);
  });
  defineFunction(m, 'heappushpop', (_s, a, kw) => {
    two('heappushpop', a, kw);
    const list = heapList('heappushpop', a[0]);
    const heap = list.items;
    if (heap.length === 0 || !lt(heap[0], a[1])) return newref(a[1]);
    if (heap.length === 0) throw raise(IndexErrorType, 'index out of range');
    const ret = heap[0];
    heap[0] = newref(a[1]);
    siftup(heap, 0, lt, list);
    return ret;
  });
  defineFunction(m, 'heapify', (_s, a, kw) => {
    heapify(heapList('heapify', one('heapify', a, kw), 'argument'), lt);
    return None;
  });
  defineFunction(m, '_heapify_max', (_s, a, kw) => {
    heapify(heapList('_heapify_max', one('_heapify_max', a, kw), 'argument'), gt);
    return None;
  });
  defineFunction(m, '_heappop_max', (_s, a, kw) => heappop(heapList('_heappop_max', one('_heappop_max', a, kw), 'argument'), gt));
  defineFunction(m, '_heapreplace_max', (_s, a, kw) => {
    two('_heapreplace_max', a, kw);
    return heapreplace(heapList('_heapreplace_max', a[0]), a[1], gt);
  });
  defineFunction(m, 'nlargest', (_s, a, kw) => nBest(a, kw, 'nlargest', /* reverse */ true));
  defineFunction(m, 'nsmallest', (_s, a, kw) => nBest(a, kw, 'nsmallest', /* reverse */ false));
  defineFunction(m, 'merge', (_s, args, kw) => {
    let key: PyObject = None;
    let reverse = false;
    let npos = args.length;
    if (kw !== null && kw.length > 0) {
      npos = args.length - kw.length;
      for (let i = 0; i < kw.length; i++) {
        if (kw[i] === 'key') key = args[npos + i];
        else if (kw[i] === 'reverse') reverse = truth(args[npos + i]);
        else throw raise(TypeErrorType, `merge() got an unexpected keyword argument '${kw[i]}'`);
      }
    }
    const sources: PyObject[] = [];
    try {
      for (let i = 0; i < npos; i++) sources.push(getIter(args[i]));
    } catch (e) {
      for (const s of sources) decref(s);
      throw e;
    }
    return new MergeObject(getMergeType(), sources, newref(key), reverse);
  });
}
