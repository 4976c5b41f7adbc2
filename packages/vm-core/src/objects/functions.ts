/**
 * Callables and descriptors (Objects/funcobject.c, classobject.c, descrobject.c, typeobject.c's
 * super): Python functions (non-data descriptors that bind to a `method`), bound methods,
 * property, classmethod, staticmethod, `super()` with its MRO walk, and cells. Also the exception
 * types' slots (Objects/exceptions.c): args, str/repr, `__cause__`/`__context__`/`__traceback__`,
 * StopIteration.value, SystemExit.code, KeyError's str.
 */
import {
  PyBaseException, PyCell, PyFunction, PyMethod, PyObject, PyStr, PyTraceback, PyTuple, PyType, PyWrapper, decref, newref, xdecref,
} from '../object.js';
import { attributeError, call, isInstance, isSubtype, lookupType, repr, str, truth } from '../abstract.js';
import {
  AttributeErrorType, KeyErrorType, RuntimeErrorType, StopIterationType, SystemExitType, TypeErrorType, baseExceptionType, cellType, classmethodType,
  functionType, methodType, propertyType, staticmethodType, superType, tracebackType, typeType, dictType, tupleType,
} from '../types.js';
import { None, emptyTuple, newStr, newTuple, raise } from './values.js';
import { defGetSet, defMethod, splitKw, classmethodTypeRef, staticmethodTypeRef, callBound } from './typeobject.js';
import { dictGetStr, dictSet, newDict } from './dict.js';

/** `__doc__` values assigned to functions after creation, which the function owns. */
const assignedDocs = new WeakMap<PyFunction, PyObject>();

function initFunction(): void {
  functionType.tp_descr_get = (f, obj) => (obj === null ? newref(f) : new PyMethod(methodType, newref(f), newref(obj)));
  functionType.tp_repr = (f) => `<function ${(f as PyFunction).qualname.s} at 0x${f.addr.toString(16).padStart(16, '0')}>`;
  functionType.dealloc = (o) => {
    const f = o as PyFunction;
    xdecref(f.defaults);
    xdecref(f.kwdefaults);
    if (f.closure !== null) for (const c of f.closure) decref(c);
    decref(f.name);
    decref(f.qualname);
    xdecref(f.annotations);
    xdecref(f.module);
    // A __doc__ assigned after creation is owned (the one from the code's constants is borrowed).
    if (f.doc !== null) {
      const owned = assignedDocs.get(f);
      if (owned !== undefined) {
        assignedDocs.delete(f);
        decref(owned);
      }
    }
  };
  functionType.hasInstanceDict = true;
  defGetSet(functionType, '__name__', (o) => newref((o as PyFunction).name), (o, v) => {
    const old = (o as PyFunction).name;
    (o as PyFunction).name = newref(v as PyStr);
    decref(old);
  });
  defGetSet(functionType, '__qualname__', (o) => newref((o as PyFunction).qualname), (o, v) => {
    const old = (o as PyFunction).qualname;
    (o as PyFunction).qualname = newref(v as PyStr);
    decref(old);
  });
  defGetSet(functionType, '__defaults__', (o) => newref((o as PyFunction).defaults ?? None));
  defGetSet(functionType, '__doc__', (o) => newref((o as PyFunction).doc ?? None), (o, v) => {
    const f = o as PyFunction;
    const prev = assignedDocs.get(f);
    f.doc = v === null || v === None ? null : newref(v);
    if (f.doc !== null) assignedDocs.set(f, f.doc);
    else assignedDocs.delete(f);
    if (prev !== undefined) decref(prev);
  });
  // func_module: taken from the globals' __name__ until assigned (functools.wraps assigns it).
  defGetSet(functionType, '__module__', (o) => newref((o as PyFunction).module ?? dictGetStr((o as PyFunction).globals, '__name__') ?? None), (o, v) => {
    const f = o as PyFunction;
    const old = f.module;
    f.module = v === null ? None : newref(v);
    xdecref(old);
  });
  defGetSet(functionType, '__globals__', (o) => newref((o as PyFunction).globals));
  // __annotations__: MAKE_FUNCTION stores 3.12's flat (name, value, …) tuple; the first access
  // turns it into the dict Python sees (func_get_annotations), kept for later accesses.
  defGetSet(functionType, '__annotations__', (o) => {
    const f = o as PyFunction;
    const a = f.annotations;
    if (a !== null && a.type === dictType) return newref(a);
    const d = newDict();
    if (a !== null && a.type === tupleType) {
      const items = (a as PyTuple).items;
      for (let i = 0; i + 1 < items.length; i += 2) dictSet(d, items[i], items[i + 1]);
    }
    xdecref(a);
    f.annotations = d;
    return newref(d);
  }, (o, v) => {
    const f = o as PyFunction;
    const old = f.annotations;
    f.annotations = v === null || v === None ? null : newref(v);
    xdecref(old);
  });
  defGetSet(functionType, '__closure__', (o) => {
    const c = (o as PyFunction).closure;
    return c === null ? None : newTuple(c.map((x) => newref(x)));
  });

  methodType.tp_call = (m, args, kw) => {
    const b = m as PyMethod;
    return call(b.func, [b.self, ...args], kw);
  };
  methodType.tp_repr = (m) => {
    const b = m as PyMethod;
    const q = b.func.type === functionType ? (b.func as PyFunction).qualname.s : '?';
    return `<bound method ${q} of ${repr(b.self)}>`;
  };
  methodType.tp_getattro = (o, name) => {
    const b = o as PyMethod;
    if (name === '__self__') return newref(b.self);
    if (name === '__func__') return newref(b.func);
    const v = lookupType(o.type, name);
    if (v !== null) return newref(v);
    return b.func.type.tp_getattro!(b.func, name);
  };
  methodType.dealloc = (o) => {
    decref((o as PyMethod).func);
    decref((o as PyMethod).self);
  };

  cellType.tp_repr = (c) => `<cell at 0x${c.addr.toString(16).padStart(16, '0')}: ${(c as PyCell).ref === null ? 'empty' : `${(c as PyCell).ref!.type.name} object at 0x${(c as PyCell).ref!.addr.toString(16).padStart(16, '0')}`}>`;
  defGetSet(cellType, 'cell_contents', (o) => {
    const r = (o as PyCell).ref;
    if (r === null) throw raise(baseExceptionType.subclasses.find((t) => t.name === 'Exception')!.subclasses.find((t) => t.name === 'ValueError')!, 'Cell is empty');
    return newref(r);
  });
}

// property: a = fget, b = fset, c = fdel, d = doc
function initProperty(): void {
  staticmethodTypeRef.t = staticmethodType;
  classmethodTypeRef.t = classmethodType;
  propertyType.tp_new = (type) => new PyWrapper(type, null, null, null, null, 56);
  propertyType.tp_init = (self, args, kw) => {
    const [pos, k] = splitKw(args, kw);
    const p = self as PyWrapper;
    const arg = (i: number, name: string) => {
      const v = pos[i] ?? k?.get(name) ?? null;
      return v === None ? null : v;
    };
    p.a = arg(0, 'fget');
    p.b = arg(1, 'fset');
    p.c = arg(2, 'fdel');
    p.d = arg(3, 'doc');
    for (const v of [p.a, p.b, p.c, p.d]) if (v !== null) v.rc++;
  };
  propertyType.tp_descr_get = (d, obj) => {
    if (obj === null) return newref(d);
    const p = d as PyWrapper;
    if (p.a === null) throw raise(attrErr(), `property '${propName(p)}' of '${obj.type.name}' object has no getter`);
    return call(p.a, [obj], null);
  };
  propertyType.tp_descr_set = (d, obj, v) => {
    const p = d as PyWrapper;
    const f = v === null ? p.c : p.b;
    if (f === null) throw raise(attrErr(), `property '${propName(p)}' of '${obj.type.name}' object has no ${v === null ? 'deleter' : 'setter'}`);
    decref(call(f, v === null ? [obj] : [obj, v], null));
  };
  propertyType.dealloc = (o) => {
    const p = o as PyWrapper;
    xdecref(p.a);
    xdecref(p.b);
    xdecref(p.c);
    xdecref(p.d);
  };
  const copyWith = (which: 'a' | 'b' | 'c') => (self: PyObject, args: PyObject[]) => {
    const p = self as PyWrapper;
    const q = new PyWrapper(self.type, p.a, p.b, p.c, p.d, 56);
    q[which] = args[0];
    for (const v of [q.a, q.b, q.c, q.d]) if (v !== null) v.rc++;
    return q;
  };
  defMethod(propertyType, 'getter', copyWith('a'));
  defMethod(propertyType, 'setter', copyWith('b'));
  defMethod(propertyType, 'deleter', copyWith('c'));
  defGetSet(propertyType, 'fget', (o) => newref((o as PyWrapper).a ?? None));
  defGetSet(propertyType, '__doc__', (o) => {
    const p = o as PyWrapper;
    if (p.d !== null) return newref(p.d);
    if (p.a !== null && p.a.type === functionType) return newref((p.a as PyFunction).doc ?? None);
    return None;
  });

  classmethodType.tp_new = (type, args) => new PyWrapper(type, newref(args[0]), null, null, null, 40);
  classmethodType.tp_init = () => undefined;
  classmethodType.tp_descr_get = (d, obj, type) => {
    const f = (d as PyWrapper).a!;
    const owner = type ?? obj!.type;
    const get = f.type.tp_descr_get;
    if (get !== null && f.type !== functionType) return get(f, owner, owner.type);
    return new PyMethod(methodType, newref(f), newref(owner));
  };
  staticmethodType.tp_new = classmethodType.tp_new;
  staticmethodType.tp_init = () => undefined;
  staticmethodType.tp_descr_get = (d) => newref((d as PyWrapper).a!);
  staticmethodType.tp_call = (d, args, kw) => call((d as PyWrapper).a!, args, kw);
  for (const t of [classmethodType, staticmethodType]) {
    t.dealloc = (o) => xdecref((o as PyWrapper).a);
    defGetSet(t, '__func__', (o) => newref((o as PyWrapper).a!));
    t.hasInstanceDict = true;
  }
  // __isabstractmethod__ (abc): true when a wrapped function is marked abstract.
  const abstractOf = (f: PyObject | null): boolean => {
    if (f === null || f === None) return false;
    const get = f.type.tp_getattro;
    let v: PyObject | null = null;
    try {
      v = get === null ? null : get(f, '__isabstractmethod__');
    } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.type, AttributeErrorType)) {
        decref(e);
        return false;
      }
      throw e;
    }
    if (v === null) return false;
    const r = truth(v);
    decref(v);
    return r;
  };
  defGetSet(propertyType, '__isabstractmethod__', (o) => {
    const p = o as PyWrapper;
    return abstractOf(p.a) || abstractOf(p.b) || abstractOf(p.c) ? newBoolRef(true) : newBoolRef(false);
  });
  for (const t of [classmethodType, staticmethodType]) {
    defGetSet(t, '__isabstractmethod__', (o) => newBoolRef(abstractOf((o as PyWrapper).a)));
  }
}

function propName(p: PyWrapper): string {
  const f = p.a ?? p.b ?? p.c;
  return f !== null && f.type === functionType ? (f as PyFunction).qualname.s.split('.').pop()! : '?';
}

function attrErr(): PyType {
  return baseExceptionType.subclasses.find((t) => t.name === 'Exception')!.subclasses.find((t) => t.name === 'AttributeError')!;
}

// super: a = the class (__thisclass__), b = the object (__self__), c = its type (__self_class__)
/** Hook set by eval.ts: zero-argument super() reads the caller frame's first argument and __class__ cell. */
export const superHook = { zeroArgs: null as (() => [PyType, PyObject]) | null };

function initSuper(): void {
  superType.tp_new = (type) => new PyWrapper(type, null, null, null, null, 40);
  superType.tp_init = (self, args) => {
    const s = self as PyWrapper;
    let cls: PyObject, obj: PyObject;
    if (args.length === 0) [cls, obj] = superHook.zeroArgs!();
    else {
      cls = args[0];
      obj = args[1] ?? None;
    }
    if (!(cls.type === typeType || isSubtype(cls.type, typeType))) throw raise(TypeErrorType, `super() argument 1 must be a type, not ${cls.type.name}`);
    let selfType: PyType;
    if (obj === None) selfType = null as unknown as PyType;
    else if ((obj.type === typeType || isSubtype(obj.type, typeType)) && isSubtype(obj as PyType, cls as PyType)) selfType = obj as PyType;
    else if (isInstance(obj, cls as PyType)) selfType = obj.type;
    else throw raise(TypeErrorType, 'super(type, obj): obj must be an instance or subtype of type');
    s.a = newref(cls);
    s.b = obj === None ? null : newref(obj);
    s.c = selfType === null ? null : newref(selfType);
  };
  superType.tp_getattro = (o, name) => {
    const s = o as PyWrapper;
    const start = s.c as PyType | null;
    if (start !== null && name !== '__class__') {
      const mro = start.mro;
      let i = mro.indexOf(s.a as PyType) + 1;
      for (; i < mro.length; i++) {
        const v = dictGetStr(mro[i].ns, name);
        if (v !== null) {
          const get = v.type.tp_descr_get;
          if (get === null) return newref(v);
          return get(v, s.b === start ? null : s.b, start);
        }
      }
    }
    const v = lookupType(o.type, name);
    if (v !== null) {
      const get = v.type.tp_descr_get;
      return get !== null ? get(v, o, o.type) : newref(v);
    }
    return null;
  };
  superType.tp_repr = (o) => {
    const s = o as PyWrapper;
    return `<super: <class '${(s.a as PyType).name}'>, ${s.b === null ? 'NULL' : `<${s.b.type.name} object>`}>`;
  };
}

// ---------------------------------------------------------------------------------------------
// Exceptions

function excNew(type: PyType, args: PyObject[], kw: string[] | null): PyObject {
  const [pos] = splitKw(args, kw);
  for (const a of pos) a.rc++;
  return new PyBaseException(type, newTuple(pos));
}

function excStr(o: PyObject): string {
  const e = o as PyBaseException;
  const items = e.args.items;
  if (items.length === 0) return '';
  if (items.length === 1) return str(items[0]);
  return repr(e.args);
}

function initExceptions(): void {
  const b = baseExceptionType;
  b.tp_new = excNew;
  b.tp_init = (self, args, kw) => {
    const [pos, k] = splitKw(args, kw);
    if (k !== null && k.size > 0 && self.type.tp_init === b.tp_init) throw raise(TypeErrorType, `${self.type.name}() takes no keyword arguments`);
    const e = self as PyBaseException;
    const old = e.args;
    for (const a of pos) a.rc++;
    e.args = newTuple(pos);
    decref(old);
  };
  b.tp_str = excStr;
  b.tp_repr = (o) => {
    const e = o as PyBaseException;
    const items = e.args.items;
    if (items.length === 1) return `${o.type.name}(${repr(items[0])})`;
    return `${o.type.name}${repr(e.args)}`;
  };
  b.hasInstanceDict = true;
  b.dealloc = (o) => {
    const e = o as PyBaseException;
    decref(e.args);
    xdecref(e.traceback);
    xdecref(e.cause);
    xdecref(e.context);
    xdecref(e.value);
  };
  defGetSet(b, 'args', (o) => newref((o as PyBaseException).args), (o, v) => {
    (o as PyBaseException).args = newTuple((v as PyTuple).items.map((x) => newref(x)));
  });
  defGetSet(b, '__traceback__', (o) => newref((o as PyBaseException).traceback ?? None), (o, v) => {
    (o as PyBaseException).traceback = v === None || v === null ? null : newref(v as PyTraceback);
  });
  defGetSet(b, '__cause__', (o) => newref((o as PyBaseException).cause ?? None), (o, v) => {
    const e = o as PyBaseException;
    e.cause = v === None || v === null ? null : newref(v as PyBaseException);
    e.suppressContext = true;
  });
  defGetSet(b, '__context__', (o) => newref((o as PyBaseException).context ?? None), (o, v) => {
    (o as PyBaseException).context = v === None || v === null ? null : newref(v as PyBaseException);
  });
  defGetSet(b, '__suppress_context__', (o) => ((o as PyBaseException).suppressContext ? newBoolRef(true) : newBoolRef(false)), (o, v) => {
    (o as PyBaseException).suppressContext = v !== null && v !== None && (v as unknown as { n: number }).n !== 0;
  });
  defMethod(b, 'with_traceback', (self, a) => {
    (self as PyBaseException).traceback = a[0] === None ? null : newref(a[0] as PyTraceback);
    return newref(self);
  });
  // StopIteration.value and SystemExit.code: the first argument (or None).
  const firstArg = (o: PyObject) => {
    const e = o as PyBaseException;
    if (e.value !== null) return newref(e.value);
    return newref(e.args.items[0] ?? None);
  };
  defGetSet(StopIterationType, 'value', firstArg, (o, v) => {
    (o as PyBaseException).value = v === null ? null : newref(v);
  });
  defGetSet(SystemExitType, 'code', (o) => {
    const e = o as PyBaseException;
    if (e.value !== null) return newref(e.value);
    const items = e.args.items;
    return items.length === 0 ? None : items.length === 1 ? newref(items[0]) : newref(e.args);
  });
  KeyErrorType.tp_str = (o) => {
    const items = (o as PyBaseException).args.items;
    return items.length === 1 ? repr(items[0]) : excStr(o);
  };
  tracebackType.dealloc = (o) => {
    const t = o as PyTraceback;
    xdecref(t.next);
    decref(t.frame);
  };
  defGetSet(tracebackType, 'tb_next', (o) => newref((o as PyTraceback).next ?? None));
  defGetSet(tracebackType, 'tb_lineno', (o) => intOfHook.f!((o as PyTraceback).lineno));
  void RuntimeErrorType;
  void attributeError;
  void callBound;
  void emptyTuple;
  void newStr;
}

export const intOfHook = { f: null as ((n: number) => PyObject) | null };
let boolMaker: ((b: boolean) => PyObject) | null = null;
export function setBoolMaker(f: (b: boolean) => PyObject): void {
  boolMaker = f;
}
function newBoolRef(b: boolean): PyObject {
  return boolMaker!(b);
}

export function initFunctions(): void {
  initFunction();
  initProperty();
  initSuper();
  initExceptions();
}
