/**
 * `types` (CPython's Lib/types.py), native: the names programs use — the builtin types under their
 * `types` names (FunctionType, LambdaType, MethodType, BuiltinFunctionType, ModuleType,
 * GeneratorType, CodeType, CellType, FrameType, TracebackType, NoneType, EllipsisType,
 * NotImplementedType and the descriptor types), SimpleNamespace (keyword init, `namespace(a=1)`
 * repr, equality by attributes) and MappingProxyType (a read-only view of a mapping), plus
 * resolve_bases/prepare_class/new_class for classes made at run time.
 */
import {
  PyObject, PyType, PyModule, PyDict, PyTuple, TypeErrorType, None, True, False, NotImplemented, newStr, newTuple, newDict,
  raise, decref, newref, call, getIter, repr, richEq, isSubtype, isInstance, isDictObj, dictGetStr, dictSetStr, dictCopy, getItem, contains, len, reprGuard, callMethod, lookupAttr, typeType, functionType, methodType, builtinFunctionType,
  moduleType, generatorType, noneType, codeType, cellType, tracebackType, frameType, ellipsisType, notImplementedType,
  methodDescriptorType, wrapperDescriptorType, classmethodDescriptorType, getsetDescriptorType, memberDescriptorType,
  isStr, lookupType, toArray, strRepr, AttributeErrorType, propertyType, newBuiltin, type NativeFn,
} from '@pyglass/vm-core';
import { checkPositional, parseArgs } from './number-args.js';
import { defineFunction, defineValue } from './module-def.js';
import { immortalizeType, makeNativeType } from './native-type.js';

class ProxyObject extends PyObject {
  declare mapping: PyObject;
  constructor(type: PyType, mapping: PyObject) {
    super(type, type.basicsize);
    this.mapping = mapping;
  }
}

let built: { ns: PyType; proxy: PyType } | null = null;

function build(): { ns: PyType; proxy: PyType } {
  const ns = makeNativeType({
    name: 'SimpleNamespace', module: 'types', size: 48, unhashable: true, slots: (t) => {
      t.tp_init = (self, args, kw) => {
        const nkw = kw === null ? 0 : kw.length;
        const npos = args.length - nkw;
        if (npos > 1) throw raise(TypeErrorType, `SimpleNamespace expected at most 1 argument, got ${npos}`);
        if (self.dict === null) self.dict = newDict();
        if (npos === 1) {
          // 3.12 accepts no positional argument; 3.13 adds a mapping. Keep 3.12's error.
          throw raise(TypeErrorType, 'no positional arguments expected');
        }
        for (let i = 0; i < nkw; i++) dictSetStr(self.dict, kw![i], args[npos + i]);
      };
      t.tp_repr = (o) => {
        const name = o.type === ns ? 'namespace' : o.type.name;
        if (reprGuard.has(o)) return `${name}(...)`;
        reprGuard.add(o);
        try {
          const d = o.dict;
          const parts: string[] = [];
          if (d !== null) {
            for (let i = 0; i < d.keys.length; i++) {
              const k = d.keys[i];
              if (k !== null && isStr(k)) parts.push(`${k.s}=${repr(d.values[i]!)}`);
            }
          }
          return `${name}(${parts.join(', ')})`;
        } finally {
          reprGuard.delete(o);
        }
      };
      t.tp_richcompare = (a, b, op) => {
        if ((op !== 2 && op !== 3) || !isInstance(b, ns)) return NotImplemented;
        const da = a.dict ?? newDict();
        const db = b.dict ?? newDict();
        const same = richEq(da, db);
        if (a.dict === null) decref(da);
        if (b.dict === null) decref(db);
        return (op === 2) === same ? True : False;
      };
    },
  });
  ns.hasInstanceDict = true;

  const proxy = makeNativeType({
    name: 'mappingproxy', module: 'builtins', size: 24, baseType: false, slots: (t) => {
      t.tp_new = (type, args, kw) => {
        const [mapping] = parseArgs('mappingproxy', args, kw, ['mapping'], 1, [], /* posOnly */ false);
        const m = mapping!;
        if (lookupType(m.type, '__getitem__') === null || lookupType(m.type, 'keys') === null || m.type.name === 'list' || m.type.name === 'tuple') {
          throw raise(TypeErrorType, `mappingproxy() argument must be a mapping, not ${m.type.name}`);
        }
        return new ProxyObject(type, newref(m));
      };
      t.mp_subscript = (o, k) => getItem((o as ProxyObject).mapping, k);
      t.mp_length = (o) => len((o as ProxyObject).mapping);
      t.sq_contains = (o, k) => contains((o as ProxyObject).mapping, k);
      t.tp_iter = (o) => getIter((o as ProxyObject).mapping);
      t.tp_repr = (o) => `mappingproxy(${repr((o as ProxyObject).mapping)})`;
      t.tp_str = (o) => {
        const m = (o as ProxyObject).mapping;
        return m.type.tp_str !== null ? m.type.tp_str(m) : repr(m);
      };
      t.tp_richcompare = (a, b, op) => {
        const m = (a as ProxyObject).mapping;
        return m.type.tp_richcompare !== null ? m.type.tp_richcompare(m, b, op) : NotImplemented;
      };
      t.dealloc = (o) => decref((o as ProxyObject).mapping);
    },
    methods: {
      get: (self, a) => {
        checkPositional('get', a.length, 1, 2);
        return callMethod((self as ProxyObject).mapping, 'get', a.length === 1 ? [a[0], None] : a);
      },
      keys: (self) => callMethod((self as ProxyObject).mapping, 'keys', []),
      values: (self) => callMethod((self as ProxyObject).mapping, 'values', []),
      items: (self) => callMethod((self as ProxyObject).mapping, 'items', []),
      copy: (self) => callMethod((self as ProxyObject).mapping, 'copy', []),
      __or__: (self, a) => {
        const m = (self as ProxyObject).mapping;
        const c = isDictObj(m) ? dictCopy(m as PyDict) : callMethod(m, 'copy', []);
        try {
          decref(callMethod(c, 'update', [a[0] instanceof ProxyObject ? a[0].mapping : a[0]]));
        } catch (e) {
          decref(c);
          throw e;
        }
        return c;
      },
    },
  });
  return { ns: immortalizeType(ns), proxy: immortalizeType(proxy) };
}


/** types.DynamicClassAttribute: a property whose class-level access raises AttributeError (enum). */
class DynamicAttrObject extends PyObject {
  declare fget: PyObject;
  declare fset: PyObject;
  declare fdel: PyObject;
  declare abstract: boolean;
  constructor(type: PyType, fget: PyObject, fset: PyObject, fdel: PyObject) {
    super(type, type.basicsize);
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.abstract = false;
  }
}
let dynamicAttrType: PyType | null = null;
function buildDynamicAttr(): PyType {
  const copyWith = (slot: 'fget' | 'fset' | 'fdel'): NativeFn => (self, a) => {
    checkPositional(slot === 'fget' ? 'getter' : slot === 'fset' ? 'setter' : 'deleter', a.length, 1, 1);
    const d = self as DynamicAttrObject;
    const parts = { fget: d.fget, fset: d.fset, fdel: d.fdel };
    parts[slot] = a[0];
    const doc = self.dict !== null ? dictGetStr(self.dict, '__doc__') : null;
    return call(d.type, [parts.fget, parts.fset, parts.fdel, doc ?? None], null);
  };
  const t = makeNativeType({
    name: 'DynamicClassAttribute', module: 'types', size: 56, pythonClass: true, slots: (tt) => {
      tt.tp_new = (type, args, kw) => {
        const [fget, fset, fdel, doc] = parseArgs('DynamicClassAttribute', args, kw, ['fget', 'fset', 'fdel', 'doc'], 0, [], /* posOnly */ false);
        const d = new DynamicAttrObject(type, newref(fget ?? None), newref(fset ?? None), newref(fdel ?? None));
        d.dict = newDict();
        let docV: PyObject | null = doc !== undefined && doc !== None ? newref(doc) : null;
        if (docV === null && d.fget !== None) docV = lookupAttr(d.fget, '__doc__');
        dictSetStr(d.dict, '__doc__', docV ?? None);
        if (docV !== null) decref(docV);
        const abs = d.fget !== None ? lookupAttr(d.fget, '__isabstractmethod__') : null;
        d.abstract = abs !== null && abs !== None && abs !== False;
        if (abs !== null) decref(abs);
        dictSetStr(d.dict, '__isabstractmethod__', d.abstract ? True : False);
        return d;
      };
      tt.tp_init = () => undefined;
      tt.tp_descr_get = (self, instance) => {
        const d = self as DynamicAttrObject;
        if (instance === null) {
          if (d.abstract) return newref(self);
          throw raise(AttributeErrorType, '');
        }
        if (d.fget === None) throw raise(AttributeErrorType, 'unreadable attribute');
        return call(d.fget, [instance], null);
      };
      tt.tp_descr_set = (self, instance, value) => {
        const d = self as DynamicAttrObject;
        if (value === null) {
          if (d.fdel === None) throw raise(AttributeErrorType, "can't delete attribute");
          decref(call(d.fdel, [instance], null));
          return;
        }
        if (d.fset === None) throw raise(AttributeErrorType, "can't set attribute");
        decref(call(d.fset, [instance, value], null));
      };
      tt.dealloc = (o) => {
        const d = o as DynamicAttrObject;
        decref(d.fget);
        decref(d.fset);
        decref(d.fdel);
      };
    },
    methods: { getter: copyWith('fget'), setter: copyWith('fset'), deleter: copyWith('fdel') },
  });
  t.hasInstanceDict = true;
  for (const name of ['fget', 'fset', 'fdel'] as const) {
    const getter = newBuiltin(name, (_s, a) => newref((a[0] as DynamicAttrObject)[name]));
    const prop = call(propertyType, [getter], null);
    decref(getter);
    dictSetStr(t.ns, name, prop);
    decref(prop);
  }
  return immortalizeType(t);
}

/** types.resolve_bases: bases with __mro_entries__ replaced by what it returns. */
function resolveBases(bases: PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  for (const b of bases) {
    if (b.type === typeType || isSubtype(b.type, typeType) || lookupAttr(b, '__mro_entries__') === null) {
      out.push(newref(b));
      continue;
    }
    const basesTuple = newTuple(bases.map((x) => newref(x)));
    const r = callMethod(b, '__mro_entries__', [basesTuple]);
    decref(basesTuple);
    if (!(r instanceof PyTuple)) {
      decref(r);
      throw raise(TypeErrorType, '__mro_entries__ must return a tuple');
    }
    for (const x of r.items) out.push(newref(x));
    decref(r);
  }
  return out;
}

export function initTypes(m: PyModule): void {
  if (built === null) built = build();
  const aliases: [string, PyType][] = [
    ['FunctionType', functionType], ['LambdaType', functionType], ['MethodType', methodType],
    ['BuiltinFunctionType', builtinFunctionType], ['BuiltinMethodType', builtinFunctionType], ['ModuleType', moduleType],
    ['GeneratorType', generatorType], ['CodeType', codeType], ['CellType', cellType], ['FrameType', frameType],
    ['TracebackType', tracebackType], ['NoneType', noneType], ['EllipsisType', ellipsisType],
    ['NotImplementedType', notImplementedType], ['MethodDescriptorType', methodDescriptorType],
    ['WrapperDescriptorType', wrapperDescriptorType], ['ClassMethodDescriptorType', classmethodDescriptorType],
    ['GetSetDescriptorType', getsetDescriptorType], ['MemberDescriptorType', memberDescriptorType],
    ['SimpleNamespace', built.ns], ['MappingProxyType', built.proxy],
    // A bound slot wrapper (object().__str__) is a builtin method in vm-core.
    ['MethodWrapperType', builtinFunctionType],
  ];
  if (dynamicAttrType === null) dynamicAttrType = buildDynamicAttr();
  aliases.push(['DynamicClassAttribute', dynamicAttrType]);
  for (const [name, t] of aliases) defineValue(m, name, newref(t));
  defineFunction(m, 'resolve_bases', (_s, a) => {
    checkPositional('resolve_bases', a.length, 1, 1);
    const bases = toArray(a[0]);
    try {
      return newTuple(resolveBases(bases));
    } finally {
      for (const b of bases) decref(b);
    }
  });
  defineFunction(m, 'get_original_bases', (_s, a) => {
    checkPositional('get_original_bases', a.length, 1, 1);
    const cls = a[0];
    if (!(cls.type === typeType || isSubtype(cls.type, typeType))) {
      throw raise(TypeErrorType, `Expected an instance of type, not ${strRepr(cls.type.name)}`);
    }
    const t = cls as PyType;
    const ob = dictGetStr(t.ns, '__orig_bases__');
    if (ob !== null) return newref(ob);
    return t.bases !== null ? newref(t.bases) : newTuple(t.base === null ? [] : [newref(t.base)]);
  });
  const prepare: NativeFn = (_s, args, kw) => {
    const [name, basesO, kwds] = parseArgs('prepare_class', args, kw, ['name', 'bases', 'kwds'], 1, [], /* posOnly */ false);
    return prepareClass(name!, basesO, kwds);
  };
  defineFunction(m, 'prepare_class', prepare);
  defineFunction(m, 'new_class', (_s, args, kw) => {
    const [name, basesO, kwds, execBody] = parseArgs('new_class', args, kw, ['name', 'bases', 'kwds', 'exec_body'], 1, [], /* posOnly */ false);
    const origBases = basesO === undefined ? [] : toArray(basesO);
    const resolved = resolveBases(origBases);
    const resolvedTuple = newTuple(resolved);
    const prep = prepareClass(name!, resolvedTuple, kwds) as PyTuple;
    const [meta, ns, kwdsOut] = prep.items;
    try {
      if (execBody !== undefined && execBody !== None) decref(call(execBody, [ns], null));
      const changed = resolved.length !== origBases.length || resolved.some((b, i) => b !== origBases[i]);
      if (changed) {
        const ob = newTuple(origBases.map((x) => newref(x)));
        callMethod(ns, '__setitem__', [newStr('__orig_bases__'), ob]);
        decref(ob);
      }
      const kd = kwdsOut as PyDict;
      const names: string[] = [];
      const vals: PyObject[] = [];
      for (let i = 0; i < kd.keys.length; i++) {
        const k = kd.keys[i];
        if (k !== null && isStr(k)) {
          names.push(k.s);
          vals.push(kd.values[i]!);
        }
      }
      return call(meta, [name!, resolvedTuple, ns, ...vals], names.length > 0 ? names : null);
    } finally {
      decref(prep);
      decref(resolvedTuple);
      for (const b of origBases) decref(b);
    }
  });
}

/** types.prepare_class(name, bases=(), kwds=None) → (metaclass, namespace, kwds). */
function prepareClass(name: PyObject, basesO: PyObject | undefined, kwds: PyObject | undefined): PyObject {
  const bases = basesO === undefined ? [] : toArray(basesO);
  const kw = kwds === undefined || kwds === None ? newDict() : dictCopy(kwds as PyDict);
  try {
    let meta: PyObject;
    const explicit = dictGetStr(kw, 'metaclass');
    if (explicit !== null) {
      meta = newref(explicit);
      callMethod(kw, 'pop', [newStr('metaclass')]);
    } else meta = newref(bases.length > 0 ? bases[0].type : typeType);
    if (meta.type === typeType || isSubtype(meta.type, typeType)) {
      let winner = meta as PyType;
      for (const b of bases) {
        if (isSubtype(winner, b.type)) continue;
        if (isSubtype(b.type, winner)) winner = b.type;
        else {
          decref(meta);
          throw raise(TypeErrorType, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
        }
      }
      decref(meta);
      meta = newref(winner);
    }
    let ns: PyObject;
    const prep = lookupAttr(meta, '__prepare__');
    const bt = newTuple(bases.map((b) => newref(b)));
    if (prep !== null) {
      ns = call(prep, [name, bt], null);
      decref(prep);
    } else ns = newDict();
    decref(bt);
    return newTuple([meta, ns, newref(kw)]);
  } finally {
    decref(kw);
    for (const b of bases) decref(b);
  }
}
/** A mappingproxy over `mapping` (functools.singledispatch's registry view). */
export function newMappingProxy(mapping: PyObject): PyObject {
  if (built === null) built = build();
  return new ProxyObject(built.proxy, newref(mapping));
}

/** types.SimpleNamespace, for other native modules that return one (time.get_clock_info). */
export function simpleNamespaceType(): PyType {
  if (built === null) built = build();
  return built.ns;
}
