/**
 * `functools` (and `_functools`), native: reduce, partial (flattening nested partials, CPython's
 * repr), cmp_to_key's KeyWrapper, the LRU cache wrapper (`lru_cache`/`cache`, keys made as
 * `_make_key` makes them, LRU order kept by re-inserting a hit at the end of an ordered dict,
 * cache_info as a CacheInfo namedtuple), update_wrapper/wraps, total_ordering (the twelve derived
 * comparisons with NotImplemented passed through) and cached_property. CPython writes the last
 * four in Python; they are native here so they work before the source-module loader and cost no
 * interpreted frames per call.
 */
import {
  PyObject, PyType, PyModule, PyDict, PyTuple, PyStr, PyMethod, TypeErrorType, ValueErrorType, AttributeErrorType, None, True, False, NotImplemented, newInt, newStr, newTuple, newDict, raise, decref, newref, xdecref, incref, call, getIter,
  iterNext, truth, repr, richCompare, isInt, isSubtype, lookupType, lookupAttr, getAttr, setAttr, dictGet, dictSet, dictDel,
  dictGetStr, dictSetStr, dictCopy, isDictObj, methodType, typeType, objectType, defMethod, newBuiltin, isStr,
  intType, strType, propertyType, immortalize, strRepr, callMethod, type NativeFn,
} from '@pyglass/vm-core';
import { checkPositional, parseArgs, pyArgs } from './number-args.js';
import { immortalizeType, makeNativeType } from './native-type.js';
import { defineFunction, defineValue } from './module-def.js';
import { ensureCollectionTypes, makeNamedTuple, namedtupleFn } from './collections.js';
import { abcCacheToken } from './abc.js';
import { newMappingProxy } from './types.js';

function noKw(name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) throw raise(TypeErrorType, `${name}() takes no keyword arguments`);
}
function isCallable(o: PyObject): boolean {
  return o.type.tp_call !== null || o.type.name === 'function';
}

// ---------------------------------------------------------------------------------------------
// partial

class PartialObject extends PyObject {
  declare fn: PyObject;
  declare args: PyTuple;
  declare kw: PyDict;
  constructor(type: PyType, fn: PyObject, args: PyTuple, kw: PyDict) {
    super(type, type.basicsize);
    this.fn = fn;
    this.args = args;
    this.kw = kw;
  }
}

function partialCall(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const p = o as PartialObject;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const pos = p.args.items.length === 0 ? args.slice(0, npos) : [...p.args.items, ...args.slice(0, npos)];
  if (p.kw.size === 0) {
    if (nkw === 0) return call(p.fn, pos, null);
    return call(p.fn, [...pos, ...args.slice(npos)], kwnames);
  }
  // Stored keywords first, call keywords override them (a merged dict, in that order).
  const names: string[] = [];
  const vals: PyObject[] = [];
  const d = p.kw;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === null) continue;
    const name = (k as PyStr).s;
    const j = kwnames === null ? -1 : kwnames.indexOf(name);
    names.push(name);
    vals.push(j >= 0 ? args[npos + j] : d.values[i]!);
  }
  for (let i = 0; i < nkw; i++) {
    if (!names.includes(kwnames![i])) {
      names.push(kwnames![i]);
      vals.push(args[npos + i]);
    }
  }
  return call(p.fn, [...pos, ...vals], names);
}

function partialRepr(o: PyObject, qualifiedName: string): string {
  const p = o as PartialObject;
  const parts = [repr(p.fn), ...p.args.items.map((a) => repr(a))];
  const d = p.kw;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null) parts.push(`${(k as PyStr).s}=${repr(d.values[i]!)}`);
  }
  return `${qualifiedName}(${parts.join(', ')})`;
}

// ---------------------------------------------------------------------------------------------
// cmp_to_key

class KeyWrapperObject extends PyObject {
  declare cmp: PyObject;
  declare obj: PyObject | null;
  constructor(type: PyType, cmp: PyObject, obj: PyObject | null) {
    super(type, type.basicsize);
    this.cmp = cmp;
    this.obj = obj;
  }
}

// ---------------------------------------------------------------------------------------------
// lru_cache

class LruWrapperObject extends PyObject {
  declare fn: PyObject;
  /** -1 = unbounded (maxsize=None). */
  declare maxsize: number;
  declare typed: boolean;
  declare cache: PyDict;
  declare hits: number;
  declare misses: number;
  constructor(type: PyType, fn: PyObject, maxsize: number, typed: boolean) {
    super(type, type.basicsize);
    this.fn = fn;
    this.maxsize = maxsize;
    this.typed = typed;
    this.cache = newDict();
    this.hits = 0;
    this.misses = 0;
  }
}

/** The `kwd_mark` separator of _make_key (one object per process, as CPython's is per module). */
let kwdMark: PyObject | null = null;

/** _make_key(args, kwds, typed): the bare argument for one exact int/str, else a flat tuple. */
function makeKey(args: PyObject[], kwnames: string[] | null, typed: boolean): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (nkw === 0 && npos === 1 && !typed) {
    const a = args[0];
    if (a.type === intType || a.type === strType) return newref(a);
  }
  const items: PyObject[] = [];
  for (let i = 0; i < npos; i++) items.push(newref(args[i]));
  if (nkw > 0) {
    items.push(newref(kwdMark!));
    for (let i = 0; i < nkw; i++) {
      items.push(newStr(kwnames![i]));
      items.push(newref(args[npos + i]));
    }
  }
  if (typed) {
    for (let i = 0; i < npos; i++) items.push(newref(args[i].type));
    for (let i = 0; i < nkw; i++) items.push(newref(args[npos + i].type));
  }
  return newTuple(items);
}

function lruCall(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const w = o as LruWrapperObject;
  if (w.maxsize === 0) {
    w.misses++;
    return call(w.fn, args, kwnames);
  }
  const key = makeKey(args, kwnames, w.typed);
  try {
    const hit = dictGet(w.cache, key);
    if (hit !== null) {
      w.hits++;
      const r = newref(hit);
      if (w.maxsize > 0) {
        // Most recently used goes to the end of the ordered cache.
        dictDel(w.cache, key);
        dictSet(w.cache, key, r);
      }
      return r;
    }
    w.misses++;
    const r = call(w.fn, args, kwnames);
    // The call may have filled this key already (recursion): keep the first result.
    if (dictGet(w.cache, key) !== null) return r;
    if (w.maxsize > 0 && w.cache.size >= w.maxsize) {
      const d = w.cache;
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i];
        if (k !== null) {
          incref(k);
          dictDel(d, k);
          decref(k);
          break;
        }
      }
    }
    dictSet(w.cache, key, r);
    return r;
  } finally {
    decref(key);
  }
}

// ---------------------------------------------------------------------------------------------
// cached_property

class CachedPropertyObject extends PyObject {
  declare func: PyObject;
  declare attrname: PyObject;
  constructor(type: PyType, func: PyObject) {
    super(type, type.basicsize);
    this.func = func;
    this.attrname = None;
  }
}


// ---------------------------------------------------------------------------------------------
// singledispatch, singledispatchmethod, partialmethod

class DispatchObject extends PyObject {
  declare func: PyObject;
  declare registry: PyDict;
  declare funcname: string;
  constructor(type: PyType, func: PyObject, registry: PyDict, funcname: string) {
    super(type, type.basicsize);
    this.func = func;
    this.registry = registry;
    this.funcname = funcname;
  }
}

class DispatchMethodObject extends PyObject {
  declare dispatcher: DispatchObject;
  declare func: PyObject;
  constructor(type: PyType, dispatcher: DispatchObject, func: PyObject) {
    super(type, type.basicsize);
    this.dispatcher = dispatcher;
    this.func = func;
  }
}

/** reprlib.recursive_repr's wrapper: the objects whose repr is running (by id) get the fill value. */
class RecursiveReprObject extends PyObject {
  declare func: PyObject;
  declare fill: PyObject;
  declare running: Set<number>;
  constructor(type: PyType, func: PyObject, fill: PyObject) {
    super(type, type.basicsize);
    this.func = func;
    this.fill = fill;
    this.running = new Set();
  }
}

class PartialMethodObject extends PyObject {
  declare func: PyObject;
  declare args: PyTuple;
  declare kw: PyDict;
  constructor(type: PyType, func: PyObject, args: PyTuple, kw: PyDict) {
    super(type, type.basicsize);
    this.func = func;
    this.args = args;
    this.kw = kw;
  }
}

function isClass(o: PyObject): boolean {
  return o.type === typeType || isSubtype(o.type, typeType);
}

/** _find_impl without ABCs: the first class of cls.__mro__ with a registered implementation. */
function dispatchFor(d: DispatchObject, cls: PyType): PyObject {
  // The class's own MRO first (object last): a concrete registration wins.
  for (const t of cls.mro) {
    if (t === objectType) break;
    const impl = dictGet(d.registry, t);
    if (impl !== null) return impl;
  }
  // Then registered ABCs the class is a (virtual) subclass of — _compose_mro puts them before
  // object — the most derived one when several match (Sequence before Iterable).
  let best: PyType | null = null;
  const reg = d.registry;
  for (let i = 0; i < reg.keys.length; i++) {
    const k = reg.keys[i];
    if (k === null || k === objectType || !isClass(k) || !isAbcClass(k as PyType)) continue;
    const abcCls = k as PyType;
    if (!abcIsSubclass(cls, abcCls)) continue;
    if (best === null || abcIsSubclass(abcCls, best)) best = abcCls;
  }
  if (best !== null) return dictGet(reg, best)!;
  return dictGet(reg, objectType) ?? d.func;
}

/** A class made by abc.ABCMeta (or a subclass of it). */
function isAbcClass(t: PyType): boolean {
  const meta = t.type;
  return meta !== typeType && lookupType(meta, '__subclasscheck__') !== null && meta.name !== 'type';
}
/** issubclass(sub, cls) through cls's metaclass hook. */
function abcIsSubclass(sub: PyType, cls: PyType): boolean {
  const hook = lookupAttr(cls, '__subclasscheck__');
  if (hook === null) return isSubtype(sub, cls);
  try {
    const r = call(hook, [sub], null);
    const b = truth(r);
    decref(r);
    return b;
  } finally {
    decref(hook);
  }
}

/** register(cls, func=None): a class (decorator or direct), or an annotated function. */
function dispatchRegister(d: DispatchObject, args: PyObject[], kw: string[] | null): PyObject {
  const [clsO, funcO] = parseArgs('register', args, kw, ['cls', 'func'], 1, [], /* posOnly */ false);
  const cls = clsO!;
  if (isClass(cls)) {
    if (funcO === undefined || funcO === None) {
      return newBuiltin('<lambda>', (_s, a) => {
        checkPositional('<lambda>', a.length, 1, 1);
        dictSet(d.registry, cls, a[0]);
        return newref(a[0]);
      }, None, 'singledispatch.<locals>.register.<locals>.<lambda>');
    }
    dictSet(d.registry, cls, funcO);
    return newref(funcO);
  }
  if (funcO !== undefined && funcO !== None) {
    throw raise(TypeErrorType, `Invalid first argument to \`register()\`. ${repr(cls)} is not a class or union type.`);
  }
  const ann = lookupAttr(cls, '__annotations__');
  const invalid = (): never => {
    throw raise(TypeErrorType,
      `Invalid first argument to \`register()\`: ${repr(cls)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
  };
  if (ann === null || !isDictObj(ann) || ann.size === 0) {
    xdecref(ann);
    invalid();
  }
  // The first annotated parameter's annotation (get_type_hints order: the annotations dict's order).
  const a = ann as PyDict;
  let target: PyObject | null = null;
  let argname = '';
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k === null) continue;
    argname = isStr(k) ? k.s : '';
    target = a.values[i];
    break;
  }
  decref(ann!);
  if (target === null || !isClass(target)) {
    throw raise(TypeErrorType, `Invalid annotation for ${strRepr(argname)}. ${target === null ? 'None' : repr(target)} is not a class.`);
  }
  dictSet(d.registry, target, cls);
  return newref(cls);
}

function partialMethodRepr(o: PyObject): string {
  const p = o as PartialMethodObject;
  const args = p.args.items.map((a) => repr(a)).join(', ');
  const kws: string[] = [];
  const d = p.kw;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null) kws.push(`${(k as PyStr).s}=${repr(d.values[i]!)}`);
  }
  return `functools.partialmethod(${repr(p.func)}, ${args}, ${kws.join(', ')})`;
}

// ---------------------------------------------------------------------------------------------

interface Types {
  recursiveRepr: PyType;
  dispatch: PyType;
  dispatchMethod: PyType;
  partialMethod: PyType;
  partial: PyType;
  keyWrapper: PyType;
  lru: PyType;
  cachedProperty: PyType;
  cacheInfo: PyType;
}
let types: Types | null = null;

function buildTypes(): Types {
  const partial = makeNativeType({
    name: 'partial', module: 'functools', size: 72, slots: (t) => {
      t.tp_new = (type, args, kw) => {
        const nkw = kw === null ? 0 : kw.length;
        const npos = args.length - nkw;
        if (npos < 1) throw raise(TypeErrorType, "type 'partial' takes at least one argument");
        let fn = args[0];
        if (!isCallable(fn)) throw raise(TypeErrorType, 'the first argument must be callable');
        let pargs: PyObject[] = [];
        let pkw: PyDict | null = null;
        if (fn instanceof PartialObject && (fn.dict === null || fn.dict.size === 0)) {
          pargs = fn.args.items;
          pkw = fn.kw;
          fn = fn.fn;
        }
        const items = [...pargs, ...args.slice(1, npos)].map((a) => newref(a));
        const d = pkw === null ? newDict() : dictCopy(pkw);
        for (let i = 0; i < nkw; i++) {
          const k = newStr(kw![i]);
          dictSet(d, k, args[npos + i]);
          decref(k);
        }
        return new PartialObject(type, newref(fn), newTuple(items), d);
      };
      t.tp_call = partialCall;
      t.tp_repr = (o) => partialRepr(o, o.type === partial ? 'functools.partial' : o.type.name);
      t.dealloc = (o) => {
        const p = o as PartialObject;
        decref(p.fn);
        decref(p.args);
        decref(p.kw);
      };
    },
  });
  partial.hasInstanceDict = true;
  defMethod(partial, '__reduce__', (self) => {
    const p = self as PartialObject;
    const kw = p.kw.size > 0 ? newref(p.kw) : None;
    const d = p.dict !== null && p.dict.size > 0 ? newref(p.dict) : None;
    return newTuple([newref(p.type), newTuple([newref(p.fn)]), newTuple([newref(p.fn), newref(p.args), kw, d])]);
  });
  defMethod(partial, '__setstate__', (self, a) => {
    checkPositional('__setstate__', a.length, 1, 1);
    const st = a[0];
    if (!(st instanceof PyTuple) || st.items.length !== 4) throw raise(TypeErrorType, 'argument to __setstate__ must be a tuple');
    const [fn, args, kw, d] = st.items;
    if (!isCallable(fn) || !(args instanceof PyTuple) || (kw !== None && !isDictObj(kw))) throw raise(TypeErrorType, 'invalid partial state');
    const p = self as PartialObject;
    const oldFn = p.fn;
    const oldArgs = p.args;
    const oldKw = p.kw;
    p.fn = newref(fn);
    p.args = newTuple(args.items.map((x) => newref(x)));
    p.kw = kw === None ? newDict() : dictCopy(kw as PyDict);
    decref(oldFn);
    decref(oldArgs);
    decref(oldKw);
    if (d !== None) {
      if (p.dict === null) p.dict = newDict();
      decref(callMethod(p.dict, 'update', [d]));
    }
    return None;
  });
  for (const [name, get] of [
    ['func', (p: PartialObject) => p.fn], ['args', (p: PartialObject) => p.args], ['keywords', (p: PartialObject) => p.kw],
  ] as const) {
    dictSetStr(partial.ns, name, memberGetter(name, (o) => newref(get(o as PartialObject))));
  }

  const keyWrapper = makeNativeType({
    name: 'KeyWrapper', module: 'functools', size: 32, baseType: false, unhashable: true, slots: (t) => {
      t.tp_call = (o, args, kw) => {
        const k = o as KeyWrapperObject;
        const [obj] = parseArgs('K', args, kw, ['obj'], 1, [], /* posOnly */ false);
        return new KeyWrapperObject(t, newref(k.cmp), newref(obj!));
      };
      t.tp_richcompare = (a, b, op) => {
        if (!(b instanceof KeyWrapperObject)) throw raise(TypeErrorType, 'other argument must be K instance');
        const x = a as KeyWrapperObject;
        if (x.obj === null || b.obj === null) throw raise(AttributeErrorType, 'object');
        const r = call(x.cmp, [x.obj, b.obj], null);
        const zero = newInt(0);
        try {
          return richCompare(r, zero, op);
        } finally {
          decref(r);
        }
      };
      t.dealloc = (o) => {
        const k = o as KeyWrapperObject;
        decref(k.cmp);
        xdecref(k.obj);
      };
    },
  });
  dictSetStr(keyWrapper.ns, 'obj', memberGetter('obj', (o) => {
    const k = o as KeyWrapperObject;
    if (k.obj === null) throw raise(AttributeErrorType, 'obj');
    return newref(k.obj);
  }));

  ensureCollectionTypes();
  const cacheInfo = immortalizeType(makeNamedTuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], [], 'functools'));

  const lru = makeNativeType({
    name: '_lru_cache_wrapper', module: 'functools', size: 88, slots: (t) => {
      t.tp_call = lruCall;
      t.tp_descr_get = (self, obj) => (obj === null ? newref(self) : new PyMethod(methodType, newref(self), newref(obj)));
      t.dealloc = (o) => {
        const w = o as LruWrapperObject;
        decref(w.fn);
        decref(w.cache);
      };
    },
    methods: {
      cache_info: (self) => {
        const w = self as LruWrapperObject;
        return new PyTuple(types!.cacheInfo, [newInt(w.hits), newInt(w.misses), w.maxsize < 0 ? None : newInt(w.maxsize), newInt(w.cache.size)]);
      },
      cache_clear: (self) => {
        const w = self as LruWrapperObject;
        const old = w.cache;
        w.cache = newDict();
        w.hits = 0;
        w.misses = 0;
        decref(old);
        return None;
      },
      cache_parameters: (self) => {
        const w = self as LruWrapperObject;
        const d = newDict();
        const put = (k: string, v: PyObject): void => {
          const ks = newStr(k);
          dictSet(d, ks, v);
          decref(ks);
        };
        put('maxsize', w.maxsize < 0 ? None : newInt(w.maxsize));
        put('typed', w.typed ? True : False);
        return d;
      },
      __copy__: (self) => newref(self),
      __deepcopy__: (self) => newref(self),
    },
  });
  lru.hasInstanceDict = true;

  const cachedProperty = makeNativeType({
    name: 'cached_property', module: 'functools', size: 48, slots: (t) => {
      t.tp_new = (type, args, kw) => {
        const [func] = parseArgs('cached_property', args, kw, ['func'], 1, [], /* posOnly */ false);
        const c = new CachedPropertyObject(type, newref(func!));
        c.dict = newDict();
        const doc = lookupAttr(func!, '__doc__');
        if (doc !== null) {
          dictSetStr(c.dict, '__doc__', doc);
          decref(doc);
        }
        const mod = lookupAttr(func!, '__module__');
        if (mod !== null) {
          dictSetStr(c.dict, '__module__', mod);
          decref(mod);
        }
        return c;
      };
      t.tp_init = () => undefined;
      t.tp_descr_get = (self, instance) => {
        const c = self as CachedPropertyObject;
        if (instance === null) return newref(self);
        if (c.attrname === None) throw raise(TypeErrorType, 'Cannot use cached_property instance without calling __set_name__ on it.');
        const name = (c.attrname as PyStr).s;
        const cache = lookupAttr(instance, '__dict__');
        if (cache === null) {
          throw raise(TypeErrorType, `No '__dict__' attribute on ${reprStr(instance.type.name)} instance to cache ${reprStr(name)} property.`);
        }
        try {
          if (isDictObj(cache)) {
            const v = dictGet(cache, c.attrname);
            if (v !== null) return newref(v);
          }
          const val = call(c.func, [instance], null);
          try {
            if (cache.type.mp_ass_subscript === null) throw raise(TypeErrorType, '');
            cache.type.mp_ass_subscript(cache, c.attrname, val);
          } catch (e) {
            if (e instanceof PyObject && isSubtype(e.type, TypeErrorType)) {
              decref(e);
              decref(val);
              throw raise(TypeErrorType,
                `The '__dict__' attribute on ${reprStr(instance.type.name)} instance does not support item assignment for caching ${reprStr(name)} property.`);
            }
            throw e;
          }
          return val;
        } finally {
          decref(cache);
        }
      };
      t.dealloc = (o) => {
        const c = o as CachedPropertyObject;
        decref(c.func);
        decref(c.attrname);
      };
    },
    methods: {
      __set_name__: (self, a) => {
        checkPositional('__set_name__', a.length, 2, 2);
        const c = self as CachedPropertyObject;
        const name = a[1];
        if (c.attrname === None) {
          c.attrname = newref(name);
        } else if (!(isStr(name) && isStr(c.attrname) && name.s === c.attrname.s)) {
          throw raise(TypeErrorType,
            `Cannot assign the same cached_property to two different names (${repr(c.attrname)} and ${repr(name)}).`);
        }
        return None;
      },
    },
  });
  cachedProperty.hasInstanceDict = true;
  dictSetStr(cachedProperty.ns, 'attrname', memberGetter('attrname', (o) => newref((o as CachedPropertyObject).attrname)));
  dictSetStr(cachedProperty.ns, 'func', memberGetter('func', (o) => newref((o as CachedPropertyObject).func)));


  const dispatch = makeNativeType({
    name: 'singledispatch', module: 'functools', size: 48, baseType: false, slots: (t) => {
      t.tp_call = (o, args, kw) => {
        const d = o as DispatchObject;
        const npos = args.length - (kw === null ? 0 : kw.length);
        if (npos < 1) throw raise(TypeErrorType, `${d.funcname} requires at least 1 positional argument`);
        return call(dispatchFor(d, args[0].type), args, kw);
      };
      t.tp_descr_get = (self, obj) => (obj === null ? newref(self) : new PyMethod(methodType, newref(self), newref(obj)));
      t.tp_repr = (o) => {
        const q = o.dict === null ? null : dictGetStr(o.dict, '__qualname__');
        return `<function ${q !== null && isStr(q) ? q.s : (o as DispatchObject).funcname} at 0x${o.addr.toString(16).padStart(16, '0')}>`;
      };
      t.dealloc = (o) => {
        const d = o as DispatchObject;
        decref(d.func);
        decref(d.registry);
      };
    },
    methods: {
      register: (self, a, kw) => dispatchRegister(self as DispatchObject, a, kw),
      dispatch: (self, a) => {
        checkPositional('dispatch', a.length, 1, 1);
        if (!isClass(a[0])) throw raise(TypeErrorType, `${repr(a[0])} is not a class`);
        return newref(dispatchFor(self as DispatchObject, a[0] as PyType));
      },
      _clear_cache: () => None,
    },
  });
  dispatch.hasInstanceDict = true;
  dictSetStr(dispatch.ns, 'registry', memberGetter('registry', (o) => newMappingProxy((o as DispatchObject).registry)));

  const dispatchMethod = makeNativeType({
    name: 'singledispatchmethod', module: 'functools', size: 40, slots: (t) => {
      t.tp_new = (type, args, kw) => {
        const [func] = parseArgs('singledispatchmethod', args, kw, ['func'], 1, [], /* posOnly */ false);
        const f = func!;
        if (!isCallable(f) && lookupType(f.type, '__get__') === null) throw raise(TypeErrorType, `${repr(f)} is not callable or a descriptor`);
        const d = makeDispatcher(f);
        return new DispatchMethodObject(type, d, newref(f));
      };
      t.tp_init = () => undefined;
      t.tp_descr_get = (self, obj, type) => {
        const m = self as DispatchMethodObject;
        const owner = type ?? (obj === null ? None : obj.type);
        return newBuiltin(m.dispatcher.funcname, (_s, args, kw) => {
          const npos = args.length - (kw === null ? 0 : kw.length);
          if (npos < 1) throw raise(TypeErrorType, `${m.dispatcher.funcname} requires at least 1 positional argument`);
          const impl = dispatchFor(m.dispatcher, args[0].type);
          const get = impl.type.tp_descr_get;
          const bound = get === null ? newref(impl) : get(impl, obj, owner as PyType);
          try {
            return call(bound, args, kw);
          } finally {
            decref(bound);
          }
        }, None);
      };
      t.dealloc = (o) => {
        const m = o as DispatchMethodObject;
        decref(m.dispatcher);
        decref(m.func);
      };
    },
    methods: {
      register: (self, a, kw) => dispatchRegister((self as DispatchMethodObject).dispatcher, a, kw),
    },
  });
  dispatchMethod.hasInstanceDict = true;

  const partialMethod = makeNativeType({
    name: 'partialmethod', module: 'functools', size: 56, slots: (t) => {
      t.tp_new = (type, args, kw) => {
        const nkw = kw === null ? 0 : kw.length;
        const npos = args.length - nkw;
        if (npos < 1) throw raise(TypeErrorType, "partialmethod.__init__() missing 1 required positional argument: 'func'");
        let func = args[0];
        if (!isCallable(func) && lookupType(func.type, '__get__') === null) throw raise(TypeErrorType, `${repr(func)} is not callable or a descriptor`);
        let pargs: PyObject[] = [];
        let d = newDict();
        if (func instanceof PartialMethodObject) {
          pargs = func.args.items;
          decref(d);
          d = dictCopy(func.kw);
          func = func.func;
        }
        for (let i = 0; i < nkw; i++) {
          const k = newStr(kw![i]);
          dictSet(d, k, args[npos + i]);
          decref(k);
        }
        return new PartialMethodObject(type, newref(func), newTuple([...pargs, ...args.slice(1, npos)].map((a) => newref(a))), d);
      };
      t.tp_init = () => undefined;
      t.tp_repr = partialMethodRepr;
      t.tp_descr_get = (self, obj, type) => {
        const p = self as PartialMethodObject;
        const get = p.func.type.tp_descr_get;
        if (get !== null) {
          const nf = get(p.func, obj, type ?? (obj === null ? (None as unknown as PyType) : obj.type));
          if (nf !== p.func) {
            const r = new PartialObject(types!.partial, nf, newref(p.args), dictCopy(p.kw));
            const selfO = lookupAttr(nf, '__self__');
            if (selfO !== null) {
              r.dict = newDict();
              dictSetStr(r.dict, '__self__', selfO);
              decref(selfO);
            }
            return r;
          }
          decref(nf);
        }
        // The unbound method: cls_or_self first, then the stored arguments.
        const unbound = newBuiltin('_method', (_s, args, kw) => {
          const nkw = kw === null ? 0 : kw.length;
          const npos = args.length - nkw;
          const pos = [args[0], ...p.args.items, ...args.slice(1, npos)];
          const names: string[] = [];
          const vals: PyObject[] = [];
          const d = p.kw;
          for (let i = 0; i < d.keys.length; i++) {
            const k = d.keys[i];
            if (k === null) continue;
            const name = (k as PyStr).s;
            const j = kw === null ? -1 : kw.indexOf(name);
            names.push(name);
            vals.push(j >= 0 ? args[npos + j] : d.values[i]!);
          }
          for (let i = 0; i < nkw; i++) {
            if (!names.includes(kw![i])) {
              names.push(kw![i]);
              vals.push(args[npos + i]);
            }
          }
          return call(p.func, [...pos, ...vals], names.length > 0 ? names : null);
        }, None, 'partialmethod._make_unbound_method.<locals>._method');
        if (obj === null) return unbound;
        const m = new PyMethod(methodType, unbound, newref(obj));
        return m;
      };
      t.dealloc = (o) => {
        const p = o as PartialMethodObject;
        decref(p.func);
        decref(p.args);
        decref(p.kw);
      };
    },
  });
  partialMethod.hasInstanceDict = true;
  const recursiveRepr = makeNativeType({
    name: 'recursive_repr_wrapper', module: 'reprlib', size: 40, baseType: false, slots: (t) => {
      t.tp_call = (o, args, kw) => {
        const w = o as RecursiveReprObject;
        if (args.length < 1) return call(w.func, args, kw);
        const key = args[0].addr;
        if (w.running.has(key)) return newref(w.fill);
        w.running.add(key);
        try {
          return call(w.func, args, kw);
        } finally {
          w.running.delete(key);
        }
      };
      t.tp_descr_get = (self, obj) => (obj === null ? newref(self) : new PyMethod(methodType, newref(self), newref(obj)));
      t.dealloc = (o) => {
        const w = o as RecursiveReprObject;
        decref(w.func);
        decref(w.fill);
      };
    },
  });
  recursiveRepr.hasInstanceDict = true;
  // Namespace entries added after makeNativeType (member getters …) become immortal with their types.
  for (const t of [partial, keyWrapper, lru, cachedProperty, cacheInfo, dispatch, dispatchMethod, partialMethod, recursiveRepr]) immortalizeType(t);
  return { partial, keyWrapper, lru, cachedProperty, cacheInfo, dispatch, dispatchMethod, partialMethod, recursiveRepr };
}

function reprStr(s: string): string {
  const o = newStr(s);
  try {
    return repr(o);
  } finally {
    decref(o);
  }
}

/** A read-only attribute descriptor (a property over a native getter). */
function memberGetter(name: string, get: (o: PyObject) => PyObject): PyObject {
  const getter = newBuiltin(name, (_s, a) => get(a[0]));
  const prop = call(propertyType, [getter], null);
  decref(getter);
  return prop;
}

// ---------------------------------------------------------------------------------------------
// update_wrapper, total_ordering

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__', '__type_params__'];
const WRAPPER_UPDATES = ['__dict__'];

function strList(o: PyObject): string[] {
  const items = tupleLike(o);
  return items.map((x) => (isStr(x) ? x.s : repr(x)));
}
function tupleLike(o: PyObject): PyObject[] {
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    for (let v = iterNext(it); v !== null; v = iterNext(it)) {
      out.push(v);
      decref(v);
    }
  } finally {
    decref(it);
  }
  return out;
}

function updateWrapper(wrapper: PyObject, wrapped: PyObject, assigned: string[], updated: string[]): PyObject {
  for (const attr of assigned) {
    const v = lookupAttr(wrapped, attr);
    if (v === null) continue;
    try {
      setAttr(wrapper, attr, v);
    } finally {
      decref(v);
    }
  }
  for (const attr of updated) {
    const target = getAttr(wrapper, attr);
    const src = lookupAttr(wrapped, attr);
    try {
      const upd = getAttr(target, 'update');
      try {
        decref(call(upd, [src ?? newDict()], null));
      } finally {
        decref(upd);
      }
    } finally {
      decref(target);
      xdecref(src);
    }
  }
  setAttr(wrapper, '__wrapped__', wrapped);
  return newref(wrapper);
}

/** The derived comparisons of total_ordering: [root][i] = [name, derive(self, other, rootResult)]. */
type Derive = (self: PyObject, other: PyObject, r: PyObject) => PyObject;
const notOf = (r: PyObject): PyObject => (truth(r) ? False : True);
const ne = (a: PyObject, b: PyObject): PyObject => richCompare(a, b, 3);
const eq = (a: PyObject, b: PyObject): PyObject => richCompare(a, b, 2);
/** `not r and self != other` */
const notAndNe: Derive = (s, o, r) => (truth(r) ? False : ne(s, o));
/** `r or self == other` */
const orEq: Derive = (s, o, r) => (truth(r) ? newref(r) : eq(s, o));
/** `not r or self == other` */
const notOrEq: Derive = (s, o, r) => (truth(r) ? eq(s, o) : True);
/** `r and self != other` */
const andNe: Derive = (s, o, r) => (truth(r) ? ne(s, o) : newref(r));
const not: Derive = (_s, _o, r) => notOf(r);
const CONVERT: Record<string, [string, string, Derive][]> = {
  __lt__: [['__gt__', '_gt_from_lt', notAndNe], ['__le__', '_le_from_lt', orEq], ['__ge__', '_ge_from_lt', not]],
  __le__: [['__ge__', '_ge_from_le', notOrEq], ['__lt__', '_lt_from_le', andNe], ['__gt__', '_gt_from_le', not]],
  __gt__: [['__lt__', '_lt_from_gt', notAndNe], ['__ge__', '_ge_from_gt', orEq], ['__le__', '_le_from_gt', not]],
  __ge__: [['__le__', '_le_from_ge', notOrEq], ['__gt__', '_gt_from_ge', andNe], ['__lt__', '_lt_from_ge', not]],
};

function totalOrdering(cls: PyObject): PyObject {
  const roots: string[] = [];
  for (const op of Object.keys(CONVERT)) {
    const mine = lookupAttr(cls, op);
    const base = lookupAttr(objectType, op);
    if (mine !== base) roots.push(op);
    xdecref(mine);
    xdecref(base);
  }
  if (roots.length === 0) throw raise(ValueErrorType, 'must define at least one ordering operation: < > <= >=');
  const root = roots.reduce((a, b) => (a > b ? a : b));
  const t = cls as PyType;
  for (const [opname, , derive] of CONVERT[root]) {
    if (roots.includes(opname)) continue;
    const fn: NativeFn = (self, a) => {
      checkPositional(opname, a.length, 1, 1);
      const rootFn = lookupType(self.type, root);
      if (rootFn === null) return NotImplemented;
      const r = call(rootFn, [self, a[0]], null);
      if (r === NotImplemented) return r;
      try {
        return derive(self, a[0], r);
      } finally {
        decref(r);
      }
    };
    defMethod(t, opname, fn);
    setAttr(t, opname, dictGetStr(t.ns, opname)!);
  }
  return newref(cls);
}

// ---------------------------------------------------------------------------------------------

/** The dispatcher of singledispatch(func): registry {object: func}, name from func.__name__. */
function makeDispatcher(func: PyObject): DispatchObject {
  const reg = newDict();
  dictSet(reg, objectType, func);
  const nameO = lookupAttr(func, '__name__');
  const name = nameO !== null && isStr(nameO) ? nameO.s : 'singledispatch function';
  xdecref(nameO);
  return new DispatchObject(types!.dispatch, newref(func), reg, name);
}

export function initFunctools(m: PyModule): void {
  if (kwdMark === null) kwdMark = immortalize(call(objectType, [], null));
  if (types === null) types = buildTypes();
  const T = types;
  defineValue(m, 'partial', newref(T.partial));
  defineValue(m, '_lru_cache_wrapper', newref(T.lru));
  defineValue(m, 'cached_property', newref(T.cachedProperty));
  defineValue(m, '_CacheInfo', newref(T.cacheInfo));
  defineValue(m, 'WRAPPER_ASSIGNMENTS', newTuple(WRAPPER_ASSIGNMENTS.map((s) => newStr(s))));
  defineValue(m, 'WRAPPER_UPDATES', newTuple(WRAPPER_UPDATES.map((s) => newStr(s))));

  defineFunction(m, 'reduce', (_s, args, kw) => {
    noKw('reduce', kw);
    checkPositional('reduce', args.length, 2, 3);
    let it: PyObject;
    try {
      it = getIter(args[1]);
    } catch (e) {
      if (e instanceof PyObject && isSubtype(e.type, TypeErrorType)) {
        decref(e);
        throw raise(TypeErrorType, 'reduce() arg 2 must support iteration');
      }
      throw e;
    }
    let acc: PyObject | null = args.length > 2 ? newref(args[2]) : null;
    try {
      for (let v = iterNext(it); v !== null; v = iterNext(it)) {
        if (acc === null) {
          acc = v;
          continue;
        }
        try {
          const r = call(args[0], [acc, v], null);
          decref(acc);
          acc = r;
        } finally {
          decref(v);
        }
      }
    } catch (e) {
      xdecref(acc);
      throw e;
    } finally {
      decref(it);
    }
    if (acc === null) throw raise(TypeErrorType, 'reduce() of empty iterable with no initial value');
    return acc;
  });
  defineFunction(m, 'cmp_to_key', (_s, args, kw) => {
    const [mycmp] = parseArgs('cmp_to_key', args, kw, ['mycmp'], 1, [], /* posOnly */ false);
    return new KeyWrapperObject(T.keyWrapper, newref(mycmp!), null);
  });
  const makeWrapper = (fn: PyObject, maxsize: number, typed: boolean): PyObject => {
    const w = new LruWrapperObject(T.lru, newref(fn), maxsize, typed);
    try {
      decref(updateWrapper(w, fn, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES));
    } catch (e) {
      decref(w);
      throw e;
    }
    return w;
  };
  defineFunction(m, 'lru_cache', (_s, args, kw) => {
    const [maxO, typedO] = pyArgs('lru_cache', args, kw, ['maxsize', 'typed'], 0);
    let maxsize = 128;
    const typed = typedO !== undefined && truth(typedO);
    if (maxO !== undefined) {
      if (isInt(maxO)) maxsize = Math.max(0, maxO.big !== null ? (maxO.big < 0n ? 0 : Number.MAX_SAFE_INTEGER) : maxO.n);
      else if (isCallable(maxO) && (typedO === undefined || typedO === True || typedO === False)) {
        return makeWrapper(maxO, 128, typed);
      } else if (maxO === None) maxsize = -1;
      else throw raise(TypeErrorType, 'Expected first argument to be an integer, a callable, or None');
    }
    const decorator = newBuiltin('decorating_function', (_d, a) => {
      checkPositional('decorating_function', a.length, 1, 1);
      return makeWrapper(a[0], maxsize, typed);
    }, None, 'lru_cache.<locals>.decorating_function');
    return decorator;
  });
  defineFunction(m, 'cache', (_s, args, kw) => {
    const [fn] = pyArgs('cache', args, kw, ['user_function'], 1);
    return makeWrapper(fn!, -1, false);
  });
  const uw: NativeFn = (_s, args, kw) => {
    const [wrapper, wrapped, assigned, updated] = pyArgs('update_wrapper', args, kw, ['wrapper', 'wrapped', 'assigned', 'updated'], 2);
    return updateWrapper(wrapper!, wrapped!, assigned === undefined ? WRAPPER_ASSIGNMENTS : strList(assigned),
      updated === undefined ? WRAPPER_UPDATES : strList(updated));
  };
  const uwObj = newBuiltin('update_wrapper', uw, newref(m));
  defineValue(m, 'update_wrapper', newref(uwObj));
  defineFunction(m, 'wraps', (_s, args, kw) => {
    const [wrapped, assigned, updated] = pyArgs('wraps', args, kw, ['wrapped', 'assigned', 'updated'], 1);
    const d = newDict();
    const put = (k: string, v: PyObject): void => {
      const ks = newStr(k);
      dictSet(d, ks, v);
      decref(ks);
      decref(v);
    };
    put('wrapped', newref(wrapped!));
    put('assigned', assigned !== undefined ? newref(assigned) : newTuple(WRAPPER_ASSIGNMENTS.map((s) => newStr(s))));
    put('updated', updated !== undefined ? newref(updated) : newTuple(WRAPPER_UPDATES.map((s) => newStr(s))));
    return new PartialObject(T.partial, newref(uwObj), newTuple([]), d);
  });
  decref(uwObj);
  defineFunction(m, 'singledispatch', (_s, args, kw) => {
    const [func] = pyArgs('singledispatch', args, kw, ['func'], 1);
    const d = makeDispatcher(func!);
    try {
      decref(updateWrapper(d, func!, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES));
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  });
  defineValue(m, 'singledispatchmethod', newref(T.dispatchMethod));
  // Names functools.py imports and re-exports: abc's get_cache_token, collections' namedtuple.
  defineFunction(m, 'get_cache_token', () => newInt(abcCacheToken()));
  defineFunction(m, 'namedtuple', namedtupleFn);
  defineFunction(m, 'recursive_repr', (_s, args, kw) => {
    const [fillO] = parseArgs('recursive_repr', args, kw, ['fillvalue'], 0, [], /* posOnly */ false);
    const fill = fillO ?? newStr('...');
    if (fillO !== undefined) incref(fill);
    return newBuiltin('decorating_function', (_d, a) => {
      checkPositional('decorating_function', a.length, 1, 1);
      const fn = a[0];
      const w = new RecursiveReprObject(T.recursiveRepr, newref(fn), newref(fill));
      w.dict = newDict();
      for (const name of ['__module__', '__doc__', '__name__', '__qualname__']) {
        const v = lookupAttr(fn, name);
        if (v !== null) {
          dictSetStr(w.dict, name, v);
          decref(v);
        }
      }
      const ann = lookupAttr(fn, '__annotations__');
      const annV = ann ?? newDict();
      dictSetStr(w.dict, '__annotations__', annV);
      decref(annV);
      return w;
    }, fill, 'recursive_repr.<locals>.decorating_function');
  });
  defineValue(m, 'partialmethod', newref(T.partialMethod));
  defineFunction(m, 'total_ordering', (_s, args, kw) => {
    const [cls] = pyArgs('total_ordering', args, kw, ['cls'], 1);
    return totalOrdering(cls!);
  });
}

