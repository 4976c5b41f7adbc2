/**
 * `bisect` (CPython's Modules/_bisectmodule.c), native: bisect_left/right and insort_left/right
 * with lo/hi and key=, over any sequence (item access through the sequence protocol, `<` only),
 * with CPython's argument errors; `bisect`/`insort` are the right-hand variants. Exact lists are
 * read directly (why: no item object round trip per probe).
 */
import {
  PyObject, PyModule, PyList, ValueErrorType, IndexErrorType, None, newInt, raise, decref, newref, call, getItem, len, truth, richCompare,
  listType, callMethod, dictGetStr, dictSetStr, PyInt, PyFloat, intType, floatType,
} from '@pyglass/vm-core';
import { asSsize, parseArgs } from './number-args.js';
import { defineFunction } from './module-def.js';

function lt(a: PyObject, b: PyObject): boolean {
  // Why: sorted lists of plain ints and floats are the common case; compare without a call.
  if (a.type === b.type) {
    if (a instanceof PyInt && a.type === intType && a.big === null && (b as PyInt).big === null) return a.n < (b as PyInt).n;
    if (a instanceof PyFloat && a.type === floatType) return a.v < (b as PyFloat).v;
  }
  const r = richCompare(a, b, 0);
  try {
    return truth(r);
  } finally {
    decref(r);
  }
}

/** The item at i: borrowed for exact lists, else a new reference the caller releases. */
function itemAt(a: PyObject, i: number): PyObject {
  if (a.type === listType) {
    const items = (a as PyList).items;
    if (i >= items.length) throw raise(IndexErrorType, 'list index out of range');
    return newref(items[i]);
  }
  const k = newInt(i);
  try {
    return getItem(a, k);
  } finally {
    decref(k);
  }
}

function search(a: PyObject, x: PyObject, lo: number, hiO: PyObject | undefined, key: PyObject, right: boolean): number {
  if (lo < 0) throw raise(ValueErrorType, 'lo must be non-negative');
  let hi = hiO === undefined || hiO === None ? len(a) : asSsize(hiO);
  while (lo < hi) {
    const mid = lo + ((hi - lo) >>> 1);
    const item = itemAt(a, mid);
    let k: PyObject;
    try {
      k = key === None ? newref(item) : call(key, [item], null);
    } finally {
      decref(item);
    }
    let goLeft: boolean;
    try {
      goLeft = right ? lt(x, k) : !lt(k, x);
    } finally {
      decref(k);
    }
    if (goLeft) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function parse(name: string, args: PyObject[], kw: string[] | null): [PyObject, PyObject, number, PyObject | undefined, PyObject] {
  const [a, x, loO, hi, key] = parseArgs(name, args, kw, ['a', 'x', 'lo', 'hi'], 2, ['key'], /* posOnly */ false);
  const lo = loO === undefined ? 0 : asSsize(loO);
  return [a!, x!, lo, hi, key ?? None];
}

export function initBisect(m: PyModule): void {
  for (const right of [false, true]) {
    const side = right ? 'right' : 'left';
    defineFunction(m, `bisect_${side}`, (_s, args, kw) => {
      const [a, x, lo, hi, key] = parse(`bisect_${side}`, args, kw);
      return newInt(search(a, x, lo, hi, key, right));
    });
    defineFunction(m, `insort_${side}`, (_s, args, kw) => {
      const [a, x, lo, hi, key] = parse(`insort_${side}`, args, kw);
      const kx = key === None ? newref(x) : call(key, [x], null);
      let i: number;
      try {
        i = search(a, kx, lo, hi, key, right);
      } finally {
        decref(kx);
      }
      if (a.type === listType) {
        (a as PyList).items.splice(i, 0, newref(x));
        return None;
      }
      const idx = newInt(i);
      try {
        decref(callMethod(a, 'insert', [idx, x]));
      } finally {
        decref(idx);
      }
      return None;
    });
  }
  // bisect = bisect_right, insort = insort_right (the same function objects).
  dictSetStr(m.dict!, 'bisect', dictGetStr(m.dict!, 'bisect_right')!);
  dictSetStr(m.dict!, 'insort', dictGetStr(m.dict!, 'insort_right')!);
}
