/**
 * `abc` (CPython's Lib/abc.py over Modules/_abc.c), native: ABCMeta — a metaclass that records a
 * class's `__abstractmethods__` when it is made (names whose value has a true
 * `__isabstractmethod__`, incl. properties, classmethods and staticmethods over abstract functions,
 * and inherited ones not overridden), refuses to instantiate a class that still has some (with
 * 3.12's message), and answers isinstance/issubclass through `__subclasshook__`, the MRO, the
 * registry of `register()`ed classes and the subclasses' answers (CPython's `_abc_subclasscheck`
 * order, without its caches) — plus ABC, abstractmethod, the deprecated abstract* wrappers and
 * get_cache_token. The registries hold classes without references: vm-core never frees classes.
 */
import {
  PyObject, PyType, PyModule, TypeErrorType, RuntimeErrorType, None, True, False, NotImplemented, newInt, newStr,
  newTuple, newDict, raise, decref, newref, call, truth, isSubtype, lookupType, lookupAttr, setAttr, dictGetStr, dictSetStr,
  typeType, propertyType, classmethodType, staticmethodType, frozensetType, isStr, toArray, type NativeFn,
} from '@pyglass/vm-core';
import { checkPositional, pyArgs } from './number-args.js';
import { defineFunction, defineValue } from './module-def.js';
import { immortalizeType, makeNativeType } from './native-type.js';

/** register()ed virtual subclasses, by ABC. */
const registries = new WeakMap<PyType, PyType[]>();
/** Bumped by every register(), as _abc_invalidation_counter. */
let invalidationCounter = 0;

function isClass(o: PyObject): o is PyType {
  return o.type === typeType || isSubtype(o.type, typeType);
}

/** getattr(value, "__isabstractmethod__", False), seeing through property/classmethod/staticmethod. */
function isAbstract(value: PyObject): boolean {
  if (value.type === propertyType || isSubtype(value.type, propertyType)) {
    for (const name of ['fget', 'fset', 'fdel']) {
      const f = lookupAttr(value, name);
      if (f === null) continue;
      const abs = f !== None && isAbstract(f);
      decref(f);
      if (abs) return true;
    }
    return false;
  }
  if (value.type === classmethodType || value.type === staticmethodType) {
    const f = lookupAttr(value, '__func__');
    if (f !== null) {
      const abs = isAbstract(f);
      decref(f);
      if (abs) return true;
    }
  }
  const v = lookupAttr(value, '__isabstractmethod__');
  if (v === null) return false;
  try {
    return truth(v);
  } finally {
    decref(v);
  }
}

/** ABCMeta.__new__'s bookkeeping: the class's __abstractmethods__ frozenset. */
export function computeAbstracts(cls: PyType): void {
  const names: string[] = [];
  const ns = cls.ns;
  for (let i = 0; i < ns.keys.length; i++) {
    const k = ns.keys[i];
    if (k === null || !isStr(k)) continue;
    if (isAbstract(ns.values[i]!)) names.push(k.s);
  }
  const bases = cls.bases !== null ? cls.bases.items : [];
  for (const base of bases) {
    const am = lookupAttr(base, '__abstractmethods__');
    if (am === null) continue;
    for (const n of toArray(am)) {
      if (isStr(n) && !names.includes(n.s)) {
        const value = lookupAttr(cls, n.s);
        if (value !== null) {
          if (isAbstract(value)) names.push(n.s);
          decref(value);
        }
      }
      decref(n);
    }
    decref(am);
  }
  const l = names.map((n) => newStr(n));
  const tup = newTuple(l);
  const fs = call(frozensetType, [tup], null);
  decref(tup);
  setAttr(cls, '__abstractmethods__', fs);
  decref(fs);
}

/** issubclass(sub, c), through c's __subclasscheck__ when c is an ABC. */
function issub(sub: PyType, c: PyType): boolean {
  if (abcMeta !== null && (c.type === abcMeta || isSubtype(c.type, abcMeta))) return abcSubclassCheck(c, sub);
  return sub === c || isSubtype(sub, c);
}

/** _abc_subclasscheck: __subclasshook__, then the MRO, the registry and the subclasses. */
function abcSubclassCheck(cls: PyType, subclass: PyObject): boolean {
  if (!isClass(subclass)) throw raise(TypeErrorType, 'issubclass() arg 1 must be a class');
  const hook = lookupAttr(cls, '__subclasshook__');
  if (hook !== null) {
    let ok: PyObject;
    try {
      ok = call(hook, [subclass], null);
    } finally {
      decref(hook);
    }
    if (ok !== NotImplemented) {
      const r = truth(ok);
      decref(ok);
      return r;
    }
  }
  if (subclass.mro.includes(cls)) return true;
  for (const r of registries.get(cls) ?? []) if (issub(subclass, r)) return true;
  for (const s of cls.subclasses.slice()) if (issub(subclass, s)) return true;
  return false;
}

let abcMeta: PyType | null = null;
let abcClass: PyType | null = null;

function buildABCMeta(): PyType {
  const typeCall = typeType.tp_call!;
  const typeNew = typeType.tp_new!;
  const methods: Record<string, NativeFn> = {
    __instancecheck__: (cls, a) => {
      checkPositional('__instancecheck__', a.length, 1, 1);
      const inst = a[0];
      const c = cls as PyType;
      if (abcSubclassCheck(c, inst.type)) return True;
      const declared = lookupAttr(inst, '__class__');
      if (declared === null) return False;
      try {
        return declared !== inst.type && isClass(declared) && abcSubclassCheck(c, declared) ? True : False;
      } finally {
        decref(declared);
      }
    },
    __subclasscheck__: (cls, a) => {
      checkPositional('__subclasscheck__', a.length, 1, 1);
      return abcSubclassCheck(cls as PyType, a[0]) ? True : False;
    },
    register: (cls, a, kw) => {
      const [sub] = pyArgs('ABCMeta.register', a, kw, ['subclass'], 1, [], 1);
      const subclass = sub!;
      if (!isClass(subclass)) throw raise(TypeErrorType, 'Can only register classes');
      const c = cls as PyType;
      if (issub(subclass, c)) return newref(subclass);
      if (issub(c, subclass)) throw raise(RuntimeErrorType, 'Refusing to create an inheritance cycle');
      const reg = registries.get(c) ?? [];
      reg.push(subclass);
      registries.set(c, reg);
      invalidationCounter++;
      return newref(subclass);
    },
    _abc_registry_clear: (cls) => {
      registries.delete(cls as PyType);
      return None;
    },
    _abc_caches_clear: () => None,
  };
  const t = makeNativeType({
    name: 'ABCMeta', module: 'abc', size: 920, base: typeType, pythonClass: true, slots: (tt) => {
      tt.tp_new = (meta, args, kw) => {
        const cls = typeNew(meta, args, kw);
        if (isClass(cls) && cls.type !== typeType) computeAbstracts(cls);
        return cls;
      };
      tt.tp_call = (cls, args, kw) => {
        // object_new's check: a class with abstract methods left cannot be instantiated.
        if (isClass(cls) && cls.type !== typeType) {
          const am = dictGetStr((cls as PyType).ns, '__abstractmethods__');
          if (am !== null) {
            const names = toArray(am).map((n) => {
              const s = isStr(n) ? n.s : '';
              decref(n);
              return s;
            }).sort();
            if (names.length > 0) {
              throw raise(TypeErrorType, `Can't instantiate abstract class ${(cls as PyType).name} without an implementation for abstract method${names.length > 1 ? 's' : ''} ${names.map((n) => `'${n}'`).join(', ')}`);
            }
          }
        }
        return typeCall(cls, args, kw);
      };
    },
    methods,
  });
  return immortalizeType(t);
}

function buildABC(meta: PyType): PyType {
  const ns = newDict();
  const put = (k: string, v: PyObject): void => {
    dictSetStr(ns, k, v);
    decref(v);
  };
  put('__module__', newStr('abc'));
  put('__qualname__', newStr('ABC'));
  put('__doc__', newStr('Helper class that provides a standard way to create an ABC using\ninheritance.\n'));
  put('__slots__', newTuple([]));
  const name = newStr('ABC');
  const bases = newTuple([]);
  try {
    return immortalizeType(call(meta, [name, bases, ns], null) as PyType);
  } finally {
    decref(name);
    decref(bases);
    decref(ns);
  }
}

/** abc.get_cache_token(): the registry invalidation counter. */
export function abcCacheToken(): number {
  return invalidationCounter;
}

/** abc.ABCMeta (made once per process). */
export function abcMetaType(): PyType {
  if (abcMeta === null) {
    abcMeta = buildABCMeta();
    abcClass = buildABC(abcMeta);
  }
  return abcMeta;
}

export function initAbc(m: PyModule): void {
  if (abcMeta === null) {
    abcMeta = buildABCMeta();
    abcClass = buildABC(abcMeta);
  }
  defineValue(m, 'ABCMeta', newref(abcMeta));
  defineValue(m, 'ABC', newref(abcClass!));
  const markAbstract = (f: PyObject): void => setAttr(f, '__isabstractmethod__', True);
  defineFunction(m, 'abstractmethod', (_s, a, kw) => {
    const [f] = pyArgs('abstractmethod', a, kw, ['funcobj'], 1);
    markAbstract(f!);
    return newref(f!);
  });
  defineFunction(m, 'abstractclassmethod', (_s, a, kw) => {
    const [f] = pyArgs('abstractclassmethod', a, kw, ['callable'], 1);
    markAbstract(f!);
    return call(classmethodType, [f!], null);
  });
  defineFunction(m, 'abstractstaticmethod', (_s, a, kw) => {
    const [f] = pyArgs('abstractstaticmethod', a, kw, ['callable'], 1);
    markAbstract(f!);
    return call(staticmethodType, [f!], null);
  });
  defineFunction(m, 'abstractproperty', (_s, a, kw) => {
    const [fget, fset, fdel, doc] = pyArgs('abstractproperty', a, kw, ['fget', 'fset', 'fdel', 'doc'], 0);
    if (fget !== undefined && fget !== None) markAbstract(fget);
    return call(propertyType, [fget ?? None, fset ?? None, fdel ?? None, doc ?? None], null);
  });
  defineFunction(m, 'get_cache_token', () => newInt(invalidationCounter));
  defineFunction(m, 'update_abstractmethods', (_s, a, kw) => {
    const [cls] = pyArgs('update_abstractmethods', a, kw, ['cls'], 1);
    if (isClass(cls!) && lookupType(cls, '__abstractmethods__') !== null) computeAbstracts(cls);
    return newref(cls!);
  });
}
