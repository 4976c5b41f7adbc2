/**
 * `copy` (CPython's Lib/copy.py), native: copy and deepcopy with copy.py's dispatch order —
 * atomic types returned as they are, list/dict/set/tuple copied by type, then `__copy__` /
 * `__deepcopy__(memo)`, then the reduce protocol: a class's own `__reduce_ex__`/`__reduce__`, or
 * the default one of `object.__reduce_ex__(4)` (`cls.__new__(cls)` plus the instance `__dict__`
 * and `__slots__` state, and list/dict items for subclasses of list and dict), rebuilt as
 * `_reconstruct` does (`__setstate__` when defined). deepcopy keeps its memo as a Python dict keyed
 * by id(), with the `_keep_alive` list under id(memo), so `__deepcopy__` methods see what
 * copy.py gives them. copy.Error is the module's exception class.
 */
import {
  PyObject, PyType, PyModule, PyDict, PyList, PyTuple, PyInstance, None, newInt, newStr,
  newTuple, newList, newDict, raise, decref, newref, incref, call, getIter, iterNext, isSubtype, lookupType,
  lookupAttr, getAttr, setAttr, callMethod, dictGet, dictSet, dictSetStr, dictCopy, toArray, typeType, listType,
  dictType, setType, frozensetType, tupleType, intType, floatType, strType, boolType, complexType, bytesType, noneType,
  functionType, builtinFunctionType, rangeType, sliceType, propertyType, codeType, ellipsisType, notImplementedType,
  methodType, PyMethod, ExceptionType, isStr, objectType, repr, newBuiltin as newBuiltinFn, immortalize, type NativeFn,
} from '@pyglass/vm-core';
import { parseArgs, pyArgs } from './number-args.js';
import { defineFunction, defineValue } from './module-def.js';
import { immortalizeType } from './native-type.js';

const ATOMIC = (): PyType[] => [
  noneType, intType, floatType, boolType, complexType, bytesType, strType, codeType, typeType, rangeType, builtinFunctionType,
  ellipsisType, notImplementedType, functionType, propertyType,
];
const SHALLOW_IMMUTABLE = (): PyType[] => [...ATOMIC(), tupleType, frozensetType, sliceType];

let errorType: PyType | null = null;

function copyError(kind: string, cls: PyType): never {
  throw raise(errorType!, `un(${kind})copyable object of type ${repr(cls)}`);
}

/** The reduce value of x (a user __reduce_ex__/__reduce__, or object's default), or null. */
function reduceOf(x: PyObject, kind: string): PyObject[] {
  const cls = x.type;
  const rex = lookupType(cls, '__reduce_ex__');
  const rdc = lookupType(cls, '__reduce__');
  const objRex = lookupType(objectType, '__reduce_ex__');
  const objRdc = lookupType(objectType, '__reduce__');
  let rv: PyObject | null = null;
  if (rex !== null && rex !== objRex) {
    const four = newInt(4);
    rv = callMethod(x, '__reduce_ex__', [four]);
  } else if (rdc !== null && rdc !== objRdc) {
    rv = callMethod(x, '__reduce__', []);
  }
  if (rv === null) return defaultReduce(x, kind);
  if (isStr(rv)) {
    decref(rv);
    return [];
  }
  const parts = toArray(rv);
  decref(rv);
  return parts;
}

/** object.__reduce_ex__(4) for a plain instance: (copyreg.__newobj__, (cls,), state, listitems, dictitems). */
function defaultReduce(x: PyObject, kind: string): PyObject[] {
  const cls = x.type;
  if ((cls.flags & (1 << 9)) === 0 && !(x instanceof PyInstance) && !(cls.layout === 4 || cls.layout === 5 || cls.layout === 6)) copyError(kind, cls);
  const newobj = newobjFn();
  // __getnewargs__ (namedtuple, tuple subclasses) supplies cls.__new__'s arguments.
  let args: PyObject;
  if (lookupType(cls, '__getnewargs__') !== null) {
    const na = callMethod(x, '__getnewargs__', []);
    const items = toArray(na);
    decref(na);
    args = newTuple([newref(cls), ...items]);
  } else args = newTuple([newref(cls)]);
  // state: __getstate__ if the class defines one, else the __dict__ (and the slots as a second dict).
  let state: PyObject = None;
  const gs = lookupType(cls, '__getstate__');
  if (gs !== null && gs.type === functionType) state = callMethod(x, '__getstate__', []);
  else {
    const d = x.dict !== null && x.dict.size > 0 ? dictCopy(x.dict) : null;
    let slots: PyDict | null = null;
    if (x instanceof PyInstance && x.slots !== null && cls.slotNames !== null) {
      for (let i = 0; i < cls.slotNames.length; i++) {
        const v = x.slots[i];
        if (v === null || v === undefined) continue;
        if (slots === null) slots = newDict();
        dictSetStr(slots, cls.slotNames[i], v);
      }
    }
    if (slots !== null) state = newTuple([d ?? None, slots]);
    else state = d ?? None;
  }
  let listitems: PyObject = None;
  let dictitems: PyObject = None;
  if (cls.layout === 4 /* list */) listitems = getIter(x);
  if (cls.layout === 6 /* dict */) {
    const items = callMethod(x, 'items', []);
    dictitems = getIter(items);
    decref(items);
  }
  return [newobj, args, state, listitems, dictitems];
}

let newobjObj: PyObject | null = null;
function newobjFn(): PyObject {
  if (newobjObj === null) {
    // copyreg.__newobj__(cls, *args) = cls.__new__(cls, *args)
    newobjObj = immortalize(newBuiltinFn('__newobj__', (_s, a) => {
      const newFn = getAttr(a[0], '__new__');
      try {
        return call(newFn, a, null);
      } finally {
        decref(newFn);
      }
    }));
  }
  incref(newobjObj);
  return newobjObj;
}

/** copy._reconstruct(x, memo, func, args, state, listiter, dictiter). */
function reconstruct(x: PyObject, memo: PyDict | null, parts: PyObject[]): PyObject {
  const [func, argsO, state = None, listiter = None, dictiter = None] = parts;
  const deep = memo !== null;
  let args = argsO;
  if (deep && toArray(args).length > 0) args = deepcopy(args, memo);
  else incref(args);
  const argv = toArray(args);
  decref(args);
  let y: PyObject;
  try {
    y = call(func, argv, null);
  } finally {
    for (const a of argv) decref(a);
  }
  if (deep) memoSet(memo, x, y);
  if (state !== None) {
    const st = deep ? deepcopy(state, memo) : newref(state);
    try {
      if (lookupAttr(y, '__setstate__') !== null && lookupType(y.type, '__setstate__') !== null) {
        decref(callMethod(y, '__setstate__', [st]));
      } else {
        let dictState: PyObject = st;
        let slotState: PyObject = None;
        if (st instanceof PyTuple && st.items.length === 2) {
          dictState = st.items[0];
          slotState = st.items[1];
        }
        if (dictState !== None) {
          const d = getAttr(y, '__dict__');
          try {
            decref(callMethod(d, 'update', [dictState]));
          } finally {
            decref(d);
          }
        }
        if (slotState !== None) {
          const items = toArray(callMethod(slotState, 'items', []));
          for (const kv of items) {
            const [k, v] = (kv as PyTuple).items;
            setAttr(y, (k as unknown as { s: string }).s, v);
            decref(kv);
          }
        }
      }
    } finally {
      decref(st);
    }
  }
  if (listiter !== None) {
    for (let item = iterNext(listiter); item !== null; item = iterNext(listiter)) {
      const v = deep ? deepcopy(item, memo) : newref(item);
      decref(item);
      decref(callMethod(y, 'append', [v]));
      decref(v);
    }
  }
  if (dictiter !== None) {
    for (let kv = iterNext(dictiter); kv !== null; kv = iterNext(dictiter)) {
      const [k0, v0] = toArray(kv);
      decref(kv);
      const k = deep ? deepcopy(k0, memo) : newref(k0);
      const v = deep ? deepcopy(v0, memo) : newref(v0);
      decref(k0);
      decref(v0);
      y.type.mp_ass_subscript!(y, k, v);
      decref(k);
      decref(v);
    }
  }
  return y;
}

function shallowCopy(x: PyObject): PyObject {
  const cls = x.type;
  if (SHALLOW_IMMUTABLE().includes(cls)) return newref(x);
  if (cls === listType) return newList((x as PyList).items.map((v) => newref(v)));
  if (cls === dictType) return dictCopy(x as PyDict);
  if (cls === setType) return callMethod(x, 'copy', []);
  if (cls.name === 'bytearray') return callMethod(x, 'copy', []);
  if (isSubtype(cls, typeType)) return newref(x);
  const copier = lookupType(cls, '__copy__');
  if (copier !== null) return callMethod(x, '__copy__', []);
  const parts = reduceOf(x, 'shallow');
  if (parts.length === 0) return newref(x);
  try {
    return reconstruct(x, null, parts);
  } finally {
    for (const p of parts) decref(p);
  }
}

function idKey(x: PyObject): PyObject {
  return newInt(x.addr);
}
function memoGet(memo: PyDict, x: PyObject): PyObject | null {
  const k = idKey(x);
  try {
    return dictGet(memo, k);
  } finally {
    decref(k);
  }
}
function memoSet(memo: PyDict, x: PyObject, y: PyObject): void {
  const k = idKey(x);
  dictSet(memo, k, y);
  decref(k);
}
/** _keep_alive: memo[id(memo)] is a list holding every original, so ids stay unique. */
function keepAlive(memo: PyDict, x: PyObject): void {
  const k = idKey(memo);
  let l = dictGet(memo, k);
  if (l === null) {
    const nl = newList([]);
    dictSet(memo, k, nl);
    decref(nl);
    l = nl;
  }
  (l as PyList).items.push(newref(x));
  decref(k);
}

function deepcopy(x: PyObject, memo: PyDict): PyObject {
  const hit = memoGet(memo, x);
  if (hit !== null) return newref(hit);
  const cls = x.type;
  let y: PyObject;
  if (ATOMIC().includes(cls) || isSubtype(cls, typeType)) y = newref(x);
  else if (cls === listType) {
    const out = newList([]);
    memoSet(memo, x, out);
    for (const v of (x as PyList).items.slice()) out.items.push(deepcopy(v, memo));
    y = out;
  } else if (cls === tupleType) {
    const items = (x as PyTuple).items.map((v) => deepcopy(v, memo));
    const again = memoGet(memo, x);
    if (again !== null) {
      for (const v of items) decref(v);
      return newref(again);
    }
    if (items.every((v, i) => v === (x as PyTuple).items[i])) {
      for (const v of items) decref(v);
      y = newref(x);
    } else y = newTuple(items);
  } else if (cls === dictType) {
    const out = newDict();
    memoSet(memo, x, out);
    const d = x as PyDict;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === null) continue;
      const v = d.values[i]!;
      const kc = deepcopy(k, memo);
      const vc = deepcopy(v, memo);
      dictSet(out, kc, vc);
      decref(kc);
      decref(vc);
    }
    y = out;
  } else if (cls === methodType) {
    const m = x as PyMethod;
    const self = deepcopy(m.self, memo);
    y = call(methodType, [m.func, self], null);
    decref(self);
  } else {
    const copier = lookupType(cls, '__deepcopy__');
    if (copier !== null) y = callMethod(x, '__deepcopy__', [memo]);
    else {
      const parts = reduceOf(x, 'deep');
      if (parts.length === 0) y = newref(x);
      else {
        try {
          y = reconstruct(x, memo, parts);
        } finally {
          for (const p of parts) decref(p);
        }
      }
    }
  }
  if (y !== x) {
    memoSet(memo, x, y);
    keepAlive(memo, x);
  }
  return y;
}

export function initCopy(m: PyModule): void {
  if (errorType === null) {
    const name = newStr('Error');
    const bases = newTuple([newref(ExceptionType)]);
    const ns = newDict();
    const mod = newStr('copy');
    dictSetStr(ns, '__module__', mod);
    decref(mod);
    errorType = immortalizeType(call(typeType, [name, bases, ns], null) as PyType);
    decref(name);
    decref(bases);
    decref(ns);
  }
  defineValue(m, 'Error', newref(errorType));
  defineValue(m, 'error', newref(errorType));
  // copyreg.dispatch_table: reducers by type; copy() consults it after __copy__ (empty here).
  defineValue(m, 'dispatch_table', newDict());
  defineFunction(m, 'copy', (_s, a, kw) => {
    const [x] = pyArgs('copy', a, kw, ['x'], 1);
    return shallowCopy(x!);
  });
  defineFunction(m, 'deepcopy', (_s, a, kw) => {
    const [x, memoO] = pyArgs('deepcopy', a, kw, ['x', 'memo', '_nil'], 1);
    const memo = memoO === undefined || memoO === None ? newDict() : newref(memoO as PyDict);
    try {
      return deepcopy(x!, memo as PyDict);
    } finally {
      decref(memo);
    }
  });
}
