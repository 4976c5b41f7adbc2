/**
 * `type` and `object` (Objects/typeobject.c): calling a type (tp_new then tp_init), class
 * creation (`type.__new__`: C3 MRO, instance layout from the solid base, `__slots__`,
 * `__set_name__`, `__init_subclass__`, `__classcell__`), the generic attribute get/set of
 * instances and of types, and the slot table (CPython's slotdefs): a class that defines `__add__`
 * gets an `nb[NB_ADD]` slot that calls it, a class that inherits it from a builtin gets the
 * builtin's native slot — resolved when the class is made or its namespace changes, never per
 * operation. Builtin types get wrapper entries (`int.__add__`, `object.__init__`…) from their slots.
 */
import {
  LAYOUT_DICT, LAYOUT_EXCEPTION, LAYOUT_FLOAT, LAYOUT_INT, LAYOUT_LIST, LAYOUT_OBJECT, LAYOUT_SET, LAYOUT_STR, LAYOUT_TUPLE,
  LAYOUT_TYPE, PyBaseException, PyBuiltin, PyCell, PyDict, PyFloat, PyInstance, PyInt, PyList, PyObject, PyStr, PyTuple,
  PyType, PyWrapper, TPFLAGS_BASETYPE, TPFLAGS_HEAPTYPE, decref, incref, newref, type CallFunc,
} from '../object.js';
import type { PyHash } from '../primitives/hash-value.js';
import {
  AttributeErrorType, StopIterationType, TypeErrorType, allBuiltinTypes, builtinFunctionType, cellType, classmethodDescriptorType,
  dictType, functionType, getsetDescriptorType, memberDescriptorType, methodDescriptorType, objectType, strType, tupleType, typeType,
  wrapperDescriptorType,
} from '../types.js';
import {
  EQ, LT, NE, attributeError, call, callSpecial, genericGetAttr, getAttr, hashInto, invalidateLookups, isInstance,
  isStopIteration, isSubtype, lookupType, pointerHash, repr, str, truth,
} from '../abstract.js';
import { dictDelStr, dictGetStr, dictSetStr, newDict } from './dict.js';
import { False, None, NotImplemented, True, emptyTuple, internStr, newStr, newTuple, raise } from './values.js';
import { NB_ADD, NB_INPLACE_ADD } from '@pyglass/interfaces';
import { hashInt, hashBigInt } from '../primitives/hash.js';

export type NativeFn = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

// ---------------------------------------------------------------------------------------------
// Defining builtin methods

/** A builtin function (builtin_function_or_method) with `self` bound (None for module functions). */
export function newBuiltin(name: string, fn: NativeFn, self: PyObject = None, qualname = name): PyBuiltin {
  return new PyBuiltin(builtinFunctionType, name, qualname, fn as CallFunc, self);
}

/** Adds a method to a builtin type: a method_descriptor that binds `self` on instance access. */
export function defMethod(type: PyType, name: string, fn: NativeFn): void {
  const d = new PyBuiltin(methodDescriptorType, name, `${type.name}.${name}`, fn as CallFunc, null);
  dictSetStr(type.ns, name, d);
  decref(d);
}

/** Adds a class method to a builtin type (`dict.fromkeys`, `object.__init_subclass__`). */
export function defClassMethod(type: PyType, name: string, fn: NativeFn): void {
  const d = new PyBuiltin(classmethodDescriptorType, name, `${type.name}.${name}`, fn as CallFunc, null);
  dictSetStr(type.ns, name, d);
  decref(d);
}

/** Adds a computed attribute (getset_descriptor): a data descriptor. */
export function defGetSet(type: PyType, name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null = null): void {
  const d = new PyGetSet(name, type, get, set);
  dictSetStr(type.ns, name, d);
  decref(d);
}

export class PyGetSet extends PyObject {
  declare name: string;
  declare owner: PyType;
  get: (o: PyObject) => PyObject;
  set: ((o: PyObject, v: PyObject | null) => void) | null;
  constructor(name: string, owner: PyType, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null) {
    super(getsetDescriptorType, 56);
    this.name = name;
    this.owner = owner;
    this.get = get;
    this.set = set;
  }
}

/** A `__slots__` entry (member_descriptor): index into PyInstance.slots. */
export class PyMember extends PyObject {
  declare name: string;
  declare owner: PyType;
  declare index: number;
  constructor(name: string, owner: PyType, index: number) {
    super(memberDescriptorType, 56);
    this.name = name;
    this.owner = owner;
    this.index = index;
  }
}

// ---------------------------------------------------------------------------------------------
// Argument helpers with CPython's messages

export function noKwargs(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(TypeErrorType, `${name}() takes no keyword arguments`);
}

export function checkArgs(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw raise(TypeErrorType, `${name}() takes no arguments (${n} given)`);
    if (min === 1) throw raise(TypeErrorType, `${name}() takes exactly one argument (${n} given)`);
    throw raise(TypeErrorType, `${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw raise(TypeErrorType, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw raise(TypeErrorType, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** Splits vectorcall args into positional args and a keyword map. */
export function splitKw(args: PyObject[], kwnames: string[] | null): [PyObject[], Map<string, PyObject> | null] {
  if (kwnames === null || kwnames.length === 0) return [args, null];
  const npos = args.length - kwnames.length;
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[npos + i]);
  return [args.slice(0, npos), kw];
}

// ---------------------------------------------------------------------------------------------
// Descriptor slots of the builtin descriptor types

function initDescriptorTypes(): void {
  methodDescriptorType.tp_descr_get = (d, obj) => {
    if (obj === null) return newref(d);
    const m = d as PyBuiltin;
    return new PyBuiltin(builtinFunctionType, m.name, m.qualname, m.fn, newref(obj));
  };
  methodDescriptorType.tp_call = (d, args, kw) => {
    const m = d as PyBuiltin;
    if (args.length === 0) throw raise(TypeErrorType, `unbound method ${m.qualname}() needs an argument`);
    return (m.fn as unknown as NativeFn)(args[0], args.slice(1), kw);
  };
  methodDescriptorType.tp_repr = (d) => `<method '${(d as PyBuiltin).name}' of '${(d as PyBuiltin).qualname.split('.')[0]}' objects>`;
  wrapperDescriptorType.tp_descr_get = methodDescriptorType.tp_descr_get;
  wrapperDescriptorType.tp_call = methodDescriptorType.tp_call;
  wrapperDescriptorType.tp_repr = (d) => `<slot wrapper '${(d as PyBuiltin).name}' of '${(d as PyBuiltin).qualname.split('.')[0]}' objects>`;
  classmethodDescriptorType.tp_descr_get = (d, obj, type) => {
    const m = d as PyBuiltin;
    return new PyBuiltin(builtinFunctionType, m.name, m.qualname, m.fn, newref(type ?? obj!.type));
  };
  builtinFunctionType.tp_call = (f, args, kw) => {
    const b = f as PyBuiltin;
    return (b.fn as unknown as NativeFn)(b.self!, args, kw);
  };
  builtinFunctionType.tp_repr = (f) => {
    const b = f as PyBuiltin;
    if (b.self === None || b.self === null || b.self.type.name === 'module') return `<built-in function ${b.name}>`;
    return `<built-in method ${b.name} of ${b.self.type.name} object at 0x${b.self.addr.toString(16).padStart(16, '0')}>`;
  };
  builtinFunctionType.dealloc = (o) => {
    const b = o as PyBuiltin;
    if (b.self !== null) decref(b.self);
  };
  getsetDescriptorType.tp_descr_get = (d, obj) => {
    if (obj === null) return newref(d);
    const g = d as PyGetSet;
    if (!isInstance(obj, g.owner)) throw raise(TypeErrorType, `descriptor '${g.name}' for '${g.owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
    return g.get(obj);
  };
  getsetDescriptorType.tp_descr_set = (d, obj, v) => {
    const g = d as PyGetSet;
    if (g.set === null) throw raise(AttributeErrorType, `attribute '${g.name}' of '${g.owner.name}' objects is not writable`);
    g.set(obj, v);
  };
  memberDescriptorType.tp_descr_get = (d, obj) => {
    if (obj === null) return newref(d);
    const m = d as PyMember;
    const slots = (obj as PyInstance).slots;
    const v = slots === null ? null : slots[m.index];
    if (v === null || v === undefined) throw raise(AttributeErrorType, `'${obj.type.name}' object has no attribute '${m.name}'`);
    return newref(v);
  };
  memberDescriptorType.tp_descr_set = (d, obj, v) => {
    const m = d as PyMember;
    const inst = obj as PyInstance;
    if (inst.slots === null) inst.slots = new Array(m.owner.slotNames!.length).fill(null);
    const old = inst.slots[m.index];
    if (v === null && (old === null || old === undefined)) throw raise(AttributeErrorType, `'${obj.type.name}' object has no attribute '${m.name}'`);
    inst.slots[m.index] = v === null ? null : newref(v);
    if (old !== null && old !== undefined) decref(old);
  };
  memberDescriptorType.tp_repr = (d) => `<member '${(d as PyMember).name}' of '${(d as PyMember).owner.name}' objects>`;
  cellType.dealloc = (o) => {
    const c = o as PyCell;
    if (c.ref !== null) decref(c.ref);
  };
  // builtin_function_or_method / method_descriptor attributes (meth_get__name__ & co).
  for (const t of [builtinFunctionType, methodDescriptorType, classmethodDescriptorType, wrapperDescriptorType]) {
    defGetSet(t, '__name__', (o) => newStr((o as PyBuiltin).name));
    defGetSet(t, '__qualname__', (o) => newStr((o as PyBuiltin).qualname));
  }
  defGetSet(builtinFunctionType, '__self__', (o) => newref((o as PyBuiltin).self ?? None));
  defGetSet(builtinFunctionType, '__module__', (o) => {
    const self = (o as PyBuiltin).self;
    if (self === null || self === None) return newStr('builtins');
    if (self.type.name === 'module' && self.dict !== null) return newref(dictGetStr(self.dict, '__name__') ?? None);
    return None;
  });
}

// ---------------------------------------------------------------------------------------------
// object

/** PyObject_GenericSetAttr. */
export function genericSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const tp = o.type;
  const descr = lookupType(tp, name);
  if (descr !== null) {
    const set = descr.type.tp_descr_set;
    if (set !== null) {
      set(descr, o, value);
      return;
    }
  }
  if (o.dict === null) {
    if (!tp.hasInstanceDict) {
      if (descr === null) throw raise(AttributeErrorType, `'${tp.name}' object has no attribute '${name}'`);
      throw raise(AttributeErrorType, `'${tp.name}' object attribute '${name}' is read-only`);
    }
    if (value === null) throw attributeError(o, name);
    o.dict = newDict();
  }
  if (value === null) {
    if (!dictDelStr(o.dict, name)) throw attributeError(o, name);
  } else dictSetStr(o.dict, name, value);
}

function objectNew(type: PyType, args: PyObject[], kw: string[] | null): PyObject {
  if (args.length > 0 && (type.tp_init === objectInit || type.tp_new !== objectNew)) {
    if (type.tp_new !== objectNew) throw raise(TypeErrorType, 'object.__new__() takes exactly one argument (the type to instantiate)');
    throw raise(TypeErrorType, `${type.name}() takes no arguments`);
  }
  return newInstance(type);
}

export function newInstance(type: PyType): PyInstance {
  const o = new PyInstance(type, type.basicsize);
  if (type.slotNames !== null) o.slots = new Array(type.slotNames.length).fill(null);
  return o;
}

function objectInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  if (args.length > 0 && (self.type.tp_init !== objectInit || self.type.tp_new === objectNew)) {
    if (self.type.tp_init !== objectInit) throw raise(TypeErrorType, 'object.__init__() takes exactly one argument (the instance to initialize)');
    throw raise(TypeErrorType, `${self.type.name}() takes no arguments`);
  }
}

export function objectRepr(o: PyObject): string {
  const t = o.type;
  const mod = t.module === 'builtins' ? '' : `${t.module}.`;
  return `<${mod}${t.qualname} object at 0x${o.addr.toString(16).padStart(16, '0')}>`;
}

function objectRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (op === EQ) return a === b ? True : NotImplemented;
  if (op === NE) {
    // object.__ne__ delegates to __eq__ and inverts a definite answer.
    const eq = a.type.tp_richcompare;
    if (eq === null) return NotImplemented;
    const r = eq(a, b, EQ);
    if (r === NotImplemented) return r;
    const t = truth(r);
    decref(r);
    return t ? False : True;
  }
  return NotImplemented;
}

function initObject(): void {
  objectType.tp_new = objectNew;
  objectType.tp_init = objectInit;
  objectType.tp_repr = objectRepr;
  objectType.tp_str = (o) => repr(o);
  objectType.tp_hash = pointerHash;
  objectType.tp_richcompare = objectRichCompare;
  objectType.tp_getattro = genericGetAttr;
  objectType.tp_setattro = genericSetAttr;
  defClassMethod(objectType, '__init_subclass__', () => None);
  defGetSet(objectType, '__class__', (o) => newref(o.type));
  defGetSet(
    objectType,
    '__dict__',
    (o) => {
      if (o.dict === null) {
        if (!o.type.hasInstanceDict) throw attributeError(o, '__dict__');
        o.dict = newDict();
      }
      return newref(o.dict);
    },
    null,
  );
  defMethod(objectType, '__format__', (self, args) => {
    const spec = args[0] as PyStr;
    if (spec.s !== '') throw raise(TypeErrorType, `unsupported format string passed to ${self.type.name}.__format__`);
    return newStr(str(self));
  });
  defMethod(objectType, '__reduce_ex__', () => None);
  defMethod(objectType, '__dir__', (self) => {
    throw raise(TypeErrorType, `dir() not supported yet on '${self.type.name}'`);
  });
}

// ---------------------------------------------------------------------------------------------
// type

function typeRepr(o: PyObject): string {
  const t = o as PyType;
  if (t.module === 'builtins') return `<class '${t.qualname}'>`;
  return `<class '${t.module}.${t.qualname}'>`;
}

function typeCall(t0: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = t0 as PyType;
  if (t === typeType && args.length === 1 && (kw === null || kw.length === 0)) return newref(args[0].type);
  const tpNew = t.tp_new;
  if (tpNew === null) throw raise(TypeErrorType, `cannot create '${t.module === 'builtins' ? '' : t.module + '.'}${t.name}' instances`);
  const obj = tpNew(t, args, kw);
  if (!isInstance(obj, t)) return obj;
  const init = obj.type.tp_init;
  if (init !== null) {
    try {
      init(obj, args, kw);
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
}

function typeGetAttr(o: PyObject, name: string): PyObject | null {
  const t = o as PyType;
  const meta = o.type;
  const metaAttr = lookupType(meta, name);
  let metaGet = null;
  if (metaAttr !== null) {
    metaGet = metaAttr.type.tp_descr_get;
    if (metaGet !== null && metaAttr.type.tp_descr_set !== null) return metaGet(metaAttr, o, meta);
  }
  const attr = lookupType(t, name);
  if (attr !== null) {
    const get = attr.type.tp_descr_get;
    if (get !== null) return get(attr, null, t);
    return newref(attr);
  }
  if (metaGet !== null) return metaGet(metaAttr!, o, meta);
  if (metaAttr !== null) return newref(metaAttr);
  return null;
}

function typeSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const t = o as PyType;
  if (!(t.flags & TPFLAGS_HEAPTYPE)) throw raise(TypeErrorType, `cannot set '${name}' attribute of immutable type '${t.name}'`);
  const metaAttr = lookupType(o.type, name);
  if (metaAttr !== null && metaAttr.type.tp_descr_set !== null) {
    metaAttr.type.tp_descr_set(metaAttr, o, value);
    return;
  }
  if (value === null) {
    if (!dictDelStr(t.ns, name)) throw raise(AttributeErrorType, `type object '${t.name}' has no attribute '${name}'`);
  } else dictSetStr(t.ns, name, value);
  invalidateLookups(t);
  if (name.startsWith('__') && name.endsWith('__')) updateSlotsTree(t);
}

function updateSlotsTree(t: PyType): void {
  updateSlots(t);
  for (const s of t.subclasses) updateSlotsTree(s);
}

/** C3 linearisation (mro_internal); TypeError as CPython words it when none exists. */
function c3(t: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      const names = [...new Set(nonEmpty.map((s) => s[0].name))];
      throw raise(TypeErrorType, `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
    out.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

function solidLayout(bases: PyType[]): PyType {
  let best = objectType;
  for (const b of bases) {
    if (b.layout !== LAYOUT_OBJECT && best.layout === LAYOUT_OBJECT) best = b;
    else if (b.layout !== LAYOUT_OBJECT && b.layout !== best.layout) throw raise(TypeErrorType, 'multiple bases have instance lay-out conflict');
  }
  return best;
}

/**
 * type.__new__(metatype, name, bases, namespace, **kwargs): makes a class. Order as CPython:
 * layout and MRO, copy the namespace, `__slots__`, slots from dunders, then `__set_name__` on
 * each attribute, then the parent's `__init_subclass__(**kwargs)`.
 */
export function typeNew(meta: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const [pos, kw] = splitKw(args, kwnames);
  if (meta === typeType && pos.length === 1 && kw === null) return newref(pos[0].type);
  if (pos.length !== 3) throw raise(TypeErrorType, 'type.__new__() argument 1 must be str, not ' + (pos[0]?.type.name ?? 'nothing'));
  const name = (pos[0] as PyStr).s;
  let bases = (pos[1] as PyTuple).items as PyType[];
  const ns = pos[2] as PyDict;
  for (const b of bases) {
    if (!(b.type === typeType || isSubtype(b.type, typeType))) throw raise(TypeErrorType, `bases must be types`);
    if (!(b.flags & TPFLAGS_BASETYPE)) throw raise(TypeErrorType, `type '${b.name}' is not an acceptable base type`);
  }
  if (bases.length === 0) bases = [objectType];
  const solid = solidLayout(bases);
  const t = new PyType(meta, name, bases[0], 0, solid.layout);
  incref(meta);
  t.flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | (solid.flags & ~(TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE)) | (bases[0].flags & 0xff000000);
  t.bases = newTuple(bases.map((b) => newref(b)));
  t.mro = c3(t, bases);
  t.ns = newDict();
  for (let i = 0; i < ns.keys.length; i++) {
    const k = ns.keys[i];
    if (k !== null) dictSetStr(t.ns, (k as PyStr).s, ns.values[i]!);
  }
  const modName = dictGetStr(ns, '__module__');
  t.module = modName !== null && modName.type === strType ? (modName as PyStr).s : 'builtins';
  const qn = dictGetStr(ns, '__qualname__');
  t.qualname = qn !== null ? (qn as PyStr).s : name;
  if (qn !== null) dictDelStr(t.ns, '__qualname__');
  // __slots__
  const slotsDecl = dictGetStr(ns, '__slots__');
  let hasDict = bases.some((b) => b.hasInstanceDict) || (solid.layout === LAYOUT_OBJECT && bases.every((b) => b === objectType) && slotsDecl === null);
  if (slotsDecl === null) hasDict = true;
  const inheritedSlots = bases[0].slotNames ?? [];
  if (slotsDecl !== null) {
    const names: string[] = slotsDecl.type === strType ? [(slotsDecl as PyStr).s] : toStrings(slotsDecl);
    const all = inheritedSlots.slice();
    for (const n of names) {
      if (n === '__dict__') {
        hasDict = true;
        continue;
      }
      const m = new PyMember(n, t, all.length);
      all.push(n);
      dictSetStr(t.ns, n, m);
      decref(m);
    }
    t.slotNames = all;
  } else t.slotNames = inheritedSlots.length ? inheritedSlots : null;
  t.hasInstanceDict = hasDict;
  t.basicsize = solid.layout === LAYOUT_OBJECT ? 16 + 8 * (t.slotNames?.length ?? 0) + (hasDict ? 16 : 0) + 16 : solid.basicsize + (hasDict ? 16 : 0);
  // A class defining __eq__ without __hash__ is unhashable.
  if (dictGetStr(t.ns, '__eq__') !== null && dictGetStr(t.ns, '__hash__') === null) dictSetStr(t.ns, '__hash__', None);
  // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
  const newFn = dictGetStr(t.ns, '__new__');
  if (newFn !== null && newFn.type === functionType) {
    const sm = new PyWrapper(staticmethodTypeRef.t!, newref(newFn), null, null, null, 40);
    dictSetStr(t.ns, '__new__', sm);
    decref(sm);
  }
  for (const cmName of ['__init_subclass__', '__class_getitem__']) {
    const f = dictGetStr(t.ns, cmName);
    if (f !== null && f.type === functionType) {
      const cm = new PyWrapper(classmethodTypeRef.t!, newref(f), null, null, null, 40);
      dictSetStr(t.ns, cmName, cm);
      decref(cm);
    }
  }
  for (const b of bases) b.subclasses.push(t);
  updateSlots(t);
  // __classcell__: the cell behind zero-argument super() gets the new class.
  const cell = dictGetStr(ns, '__classcell__');
  if (cell !== null && cell.type === cellType) {
    const c = cell as PyCell;
    if (c.ref !== null) decref(c.ref);
    c.ref = newref(t);
    dictDelStr(t.ns, '__classcell__');
  }
  // __set_name__ on every attribute, in namespace order.
  for (let i = 0; i < t.ns.keys.length; i++) {
    const k = t.ns.keys[i];
    if (k === null) continue;
    const v = t.ns.values[i]!;
    const setName = lookupType(v.type, '__set_name__');
    if (setName !== null) {
      const r = callSpecial(v, '__set_name__', [t, k]);
      if (r !== null) decref(r);
    }
  }
  // super(t, t).__init_subclass__(**kwargs)
  const parent = t.mro[1];
  const isc = lookupType(parent, '__init_subclass__');
  if (isc !== null) {
    const get = isc.type.tp_descr_get;
    const bound = get !== null ? get(isc, null, t) : newref(isc);
    const kwArgs: PyObject[] = [];
    const names: string[] = [];
    if (kw !== null) for (const [k, v] of kw) {
      names.push(k);
      kwArgs.push(v);
    }
    const r = call(bound, kwArgs, names.length ? names : null);
    decref(r);
    decref(bound);
  } else if (kw !== null && kw.size > 0) throw raise(TypeErrorType, `${name}.__init_subclass__() takes no keyword arguments`);
  return t;
}

function toStrings(o: PyObject): string[] {
  const items = (o as PyTuple).items;
  if (o.type !== tupleType && o.type.layout !== LAYOUT_LIST) throw raise(TypeErrorType, '__slots__ must be a tuple or list of str');
  return items.map((i) => (i as PyStr).s);
}

/** Late-bound references (set by function.ts) to avoid import cycles at module load. */
export const staticmethodTypeRef: { t: PyType | null } = { t: null };
export const classmethodTypeRef: { t: PyType | null } = { t: null };

function initType(): void {
  typeType.tp_call = typeCall;
  typeType.tp_new = typeNew;
  typeType.tp_init = () => undefined;
  typeType.tp_repr = typeRepr;
  typeType.tp_getattro = typeGetAttr;
  typeType.tp_setattro = typeSetAttr;
  typeType.tp_hash = pointerHash;
  defGetSet(typeType, '__name__', (o) => newStr((o as PyType).name), (o, v) => {
    (o as PyType).name = (v as PyStr).s;
  });
  defGetSet(typeType, '__qualname__', (o) => newStr((o as PyType).qualname), (o, v) => {
    (o as PyType).qualname = (v as PyStr).s;
  });
  defGetSet(typeType, '__module__', (o) => {
    const t = o as PyType;
    const m = dictGetStr(t.ns, '__module__');
    return m !== null ? newref(m) : newStr(t.module);
  });
  defGetSet(typeType, '__mro__', (o) => newTuple((o as PyType).mro.map((t) => newref(t))));
  defGetSet(typeType, '__bases__', (o) => {
    const t = o as PyType;
    if (t.bases !== null) return newref(t.bases);
    return t.base === null ? emptyTuple : newTuple([newref(t.base)]);
  });
  defGetSet(typeType, '__base__', (o) => newref((o as PyType).base ?? None));
  defGetSet(typeType, '__dict__', (o) => newref((o as PyType).ns));
  defGetSet(typeType, '__doc__', (o) => newref(dictGetStr((o as PyType).ns, '__doc__') ?? None));
  defMethod(typeType, 'mro', (self) => newListOf((self as PyType).mro));
  defMethod(typeType, '__subclasses__', (self) => newListOf((self as PyType).subclasses));
  defMethod(typeType, '__instancecheck__', (self, args) => (isInstance(args[0], self as PyType) ? True : False));
  defMethod(typeType, '__subclasscheck__', (self, args) => (isSubtype(args[0] as PyType, self as PyType) ? True : False));
}

function newListOf(types: PyType[]): PyObject {
  return new PyList(listTypeRef(), types.map((t) => newref(t)));
}
function listTypeRef(): PyType {
  return allBuiltinTypes.find((t) => t.name === 'list')!;
}

// ---------------------------------------------------------------------------------------------
// The slot table

const BINARY_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
const RICH_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/** The heap class (or builtin) in t's MRO that defines `name`, or null. */
function definer(t: PyType, name: string): PyType | null {
  for (const c of t.mro) if (dictGetStr(c.ns, name) !== null) return c;
  return null;
}

function isHeap(t: PyType): boolean {
  return (t.flags & TPFLAGS_HEAPTYPE) !== 0;
}

function callDunder(o: PyObject, name: string, args: PyObject[]): PyObject {
  const r = callSpecial(o, name, args);
  if (r === null) throw attributeError(o, name);
  return r;
}

/** Python-level slot functions, one per binary operator (their identity marks "defined in Python"). */
const pyBinarySlots: ((a: PyObject, b: PyObject) => PyObject)[] = [];
for (let op = 0; op < 13; op++) {
  const name = `__${BINARY_NAMES[op]}__`;
  const rname = `__r${BINARY_NAMES[op]}__`;
  const slot = (a: PyObject, b: PyObject): PyObject => {
    const doOther = a.type !== b.type && b.type.nb[op] === slot && lookupType(b.type, rname) !== null;
    if (a.type.nb[op] === slot && lookupType(a.type, name) !== null) {
      if (doOther && isSubtype(b.type, a.type)) {
        const r = callSpecialOrNI(b, rname, a);
        if (r !== NotImplemented) return r;
        const r2 = callSpecialOrNI(a, name, b);
        return r2;
      }
      const r = callSpecialOrNI(a, name, b);
      if (r !== NotImplemented || a.type === b.type) return r;
    }
    if (doOther) return callSpecialOrNI(b, rname, a);
    return NotImplemented;
  };
  pyBinarySlots.push(slot);
}

function callSpecialOrNI(o: PyObject, name: string, arg: PyObject): PyObject {
  const m = lookupType(o.type, name);
  if (m === null || m === None) return NotImplemented;
  return callSpecial(o, name, [arg])!;
}

function pyRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const m = lookupType(a.type, RICH_NAMES[op]);
  if (m === null || m === None) return NotImplemented;
  return callSpecial(a, RICH_NAMES[op], [b])!;
}

function pyRepr(o: PyObject): string {
  const r = callDunder(o, '__repr__', []);
  if (r.type !== strType && !isSubtype(r.type, strType)) throw raise(TypeErrorType, `__repr__ returned non-string (type ${r.type.name})`);
  const s = (r as PyStr).s;
  decref(r);
  return s;
}

function pyStr(o: PyObject): string {
  const r = callDunder(o, '__str__', []);
  if (r.type !== strType && !isSubtype(r.type, strType)) throw raise(TypeErrorType, `__str__ returned non-string (type ${r.type.name})`);
  const s = (r as PyStr).s;
  decref(r);
  return s;
}

function pyHash(o: PyObject, out: PyHash): void {
  const r = callDunder(o, '__hash__', []);
  if (r.type.layout !== LAYOUT_INT) throw raise(TypeErrorType, '__hash__ method should return an integer');
  const i = r as PyInt;
  if (i.big !== null) hashBigInt(i.big, out);
  else hashInt(i.n, out);
  decref(r);
}

function pyInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  const init = lookupType(self.type, '__init__')!;
  const r = callBound(init, self, args, kw);
  if (r !== None) {
    const n = r.type.name;
    decref(r);
    throw raise(TypeErrorType, `__init__() should return None, not '${n}'`);
  }
}

function pyNew(type: PyType, args: PyObject[], kw: string[] | null): PyObject {
  const f = lookupAttrOfType(type, '__new__');
  try {
    return call(f, [type, ...args], kw);
  } finally {
    decref(f);
  }
}

function lookupAttrOfType(t: PyType, name: string): PyObject {
  const v = typeGetAttr(t, name);
  if (v === null) throw attributeError(t, name);
  return v;
}

/** Calls the descriptor `m` (found on the type) bound to `self`. */
export function callBound(m: PyObject, self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (m.type === functionType) return call(m, [self, ...args], kw);
  const get = m.type.tp_descr_get;
  if (get === null) return call(m, args, kw);
  const b = get(m, self, self.type);
  try {
    return call(b, args, kw);
  } finally {
    decref(b);
  }
}

function pyGetAttrHook(o: PyObject, name: string): PyObject | null {
  const ga = lookupType(o.type, '__getattribute__');
  let r: PyObject | null = null;
  try {
    if (ga !== null && ga.type !== wrapperDescriptorType) r = callBound(ga, o, [internStr(name)], null);
    else r = (o.type.layout === LAYOUT_TYPE ? typeGetAttr : genericGetAttr)(o, name);
  } catch (e) {
    if (!(e instanceof PyBaseException && isSubtype(e.type, AttributeErrorType))) throw e;
    r = null;
    if (lookupType(o.type, '__getattr__') === null) throw e;
  }
  if (r !== null) return r;
  if (lookupType(o.type, '__getattr__') !== null) return callBound(lookupType(o.type, '__getattr__')!, o, [internStr(name)], null);
  return null;
}

function pySetAttr(o: PyObject, name: string, v: PyObject | null): void {
  if (v === null) {
    const d = lookupType(o.type, '__delattr__');
    if (d !== null && d.type !== wrapperDescriptorType) {
      decref(callBound(d, o, [internStr(name)], null));
      return;
    }
    genericSetAttr(o, name, null);
    return;
  }
  const s = lookupType(o.type, '__setattr__');
  if (s !== null && s.type !== wrapperDescriptorType) decref(callBound(s, o, [internStr(name), v], null));
  else genericSetAttr(o, name, v);
}

function pyIterNext(o: PyObject): PyObject | null {
  try {
    return callDunder(o, '__next__', []);
  } catch (e) {
    if (isStopIteration(e)) return null;
    throw e;
  }
}

function pyLen(o: PyObject): number {
  const r = callDunder(o, '__len__', []);
  if (r.type.layout !== LAYOUT_INT) throw raise(TypeErrorType, `'${r.type.name}' object cannot be interpreted as an integer`);
  const n = (r as PyInt).n;
  decref(r);
  if (n < 0) throw raise(allBuiltinTypes.find((t) => t.name === 'ValueError')!, '__len__() should return >= 0');
  return n;
}

function pyBool(o: PyObject): boolean {
  if (lookupType(o.type, '__bool__') === null || lookupType(o.type, '__bool__') === None) return pyLen(o) !== 0;
  const r = callDunder(o, '__bool__', []);
  if (r.type !== (True as PyObject).type) throw raise(TypeErrorType, `__bool__ should return bool, returned ${r.type.name}`);
  return r === True;
}

/** Installs or inherits each slot of heap type `t` from the dunders its MRO defines. */
export function updateSlots(t: PyType): void {
  const base = t.base!;
  const pick = <K extends keyof PyType>(names: string[], slot: K, py: PyType[K]): void => {
    let best: PyType | null = null;
    let bestIdx = Infinity;
    for (const n of names) {
      const d = definer(t, n);
      if (d !== null) {
        const idx = t.mro.indexOf(d);
        if (idx < bestIdx) {
          bestIdx = idx;
          best = d;
        }
      }
    }
    if (best === null) (t[slot] as unknown) = base[slot];
    else if (isHeap(best)) (t[slot] as unknown) = py;
    else (t[slot] as unknown) = best[slot];
  };
  pick(['__repr__'], 'tp_repr', pyRepr);
  pick(['__str__'], 'tp_str', pyStr);
  pick(['__init__'], 'tp_init', pyInit);
  pick(['__new__'], 'tp_new', pyNew);
  pick(['__call__'], 'tp_call', (f: PyObject, args: PyObject[], kw: string[] | null) => callBound(lookupType(f.type, '__call__')!, f, args, kw));
  pick(RICH_NAMES, 'tp_richcompare', pyRichCompare);
  pick(['__getattribute__', '__getattr__'], 'tp_getattro', pyGetAttrHook);
  pick(['__setattr__', '__delattr__'], 'tp_setattro', pySetAttr);
  pick(['__get__'], 'tp_descr_get', (d: PyObject, o: PyObject | null, ty: PyType) => callBound(lookupType(d.type, '__get__')!, d, [o ?? None, ty], null));
  pick(['__set__', '__delete__'], 'tp_descr_set', (d: PyObject, o: PyObject, v: PyObject | null) => {
    decref(v === null ? callBound(lookupType(d.type, '__delete__')!, d, [o], null) : callBound(lookupType(d.type, '__set__')!, d, [o, v], null));
  });
  pick(['__iter__'], 'tp_iter', (o: PyObject) => callDunder(o, '__iter__', []));
  pick(['__next__'], 'tp_iternext', pyIterNext);
  pick(['__len__'], 'mp_length', pyLen);
  pick(['__bool__', '__len__'], 'nb_bool', pyBool);
  pick(['__getitem__'], 'mp_subscript', (o: PyObject, k: PyObject) => callDunder(o, '__getitem__', [k]));
  pick(['__setitem__', '__delitem__'], 'mp_ass_subscript', (o: PyObject, k: PyObject, v: PyObject | null) => {
    decref(v === null ? callDunder(o, '__delitem__', [k]) : callDunder(o, '__setitem__', [k, v]));
  });
  pick(['__contains__'], 'sq_contains', (o: PyObject, v: PyObject) => {
    const r = callDunder(o, '__contains__', [v]);
    const b = truth(r);
    decref(r);
    return b;
  });
  pick(['__index__'], 'nb_index', (o: PyObject) => callDunder(o, '__index__', []));
  pick(['__int__'], 'nb_int', (o: PyObject) => callDunder(o, '__int__', []));
  pick(['__float__'], 'nb_float', (o: PyObject) => callDunder(o, '__float__', []));
  pick(['__neg__'], 'nb_negative', (o: PyObject) => callDunder(o, '__neg__', []));
  pick(['__pos__'], 'nb_positive', (o: PyObject) => callDunder(o, '__pos__', []));
  pick(['__invert__'], 'nb_invert', (o: PyObject) => callDunder(o, '__invert__', []));
  pick(['__abs__'], 'nb_absolute', (o: PyObject) => callDunder(o, '__abs__', []));
  pick(['__del__'], 'tp_finalize', (o: PyObject) => decref(callDunder(o, '__del__', [])));
  // __hash__ = None in a class makes it unhashable.
  const hd = definer(t, '__hash__');
  if (hd !== null && dictGetStr(hd.ns, '__hash__') === None) t.tp_hash = null;
  else pick(['__hash__'], 'tp_hash', pyHash);
  t.dealloc = base.dealloc;
  for (let op = 0; op < 13; op++) {
    const name = `__${BINARY_NAMES[op]}__`;
    const rname = `__r${BINARY_NAMES[op]}__`;
    const d1 = definer(t, name);
    const d2 = definer(t, rname);
    if ((d1 !== null && isHeap(d1)) || (d2 !== null && isHeap(d2))) t.nb[op] = pyBinarySlots[op];
    else t.nb[op] = base.nb[op];
    const iname = `__i${BINARY_NAMES[op]}__`;
    const di = definer(t, iname);
    if (di !== null && isHeap(di)) t.nb[NB_INPLACE_ADD + op] = (a: PyObject, b: PyObject) => callSpecialOrNI(a, iname, b);
    else t.nb[NB_INPLACE_ADD + op] = base.nb[NB_INPLACE_ADD + op];
  }
  void NB_ADD;
}

/**
 * For builtin types: an entry in the namespace for every slot that is set (`int.__add__`,
 * `object.__init__`, `list.__len__` …), as CPython's add_operators does, unless one exists.
 */
export function addSlotWrappers(t: PyType): void {
  const add = (name: string, fn: NativeFn): void => {
    if (dictGetStr(t.ns, name) !== null) return;
    const d = new PyBuiltin(wrapperDescriptorType, name, `${t.name}.${name}`, fn as CallFunc, null);
    dictSetStr(t.ns, name, d);
    decref(d);
  };
  if (t.tp_repr !== null) add('__repr__', (s) => newStr(t.tp_repr!(s)));
  if (t.tp_str !== null) add('__str__', (s) => newStr(t.tp_str!(s)));
  if (t.tp_init !== null) add('__init__', (s, a, k) => (t.tp_init!(s, a, k), None));
  if (t.tp_new !== null && dictGetStr(t.ns, '__new__') === null) {
    const tpNew = t.tp_new;
    const b = newBuiltin('__new__', (_self, args, kw) => {
      if (args.length === 0) throw raise(TypeErrorType, `${t.name}.__new__(): not enough arguments`);
      const sub = args[0] as PyType;
      if (!isSubtype(sub, t)) throw raise(TypeErrorType, `${t.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${t.name}`);
      return tpNew(sub, args.slice(1), kw);
    }, t, `${t.name}.__new__`);
    dictSetStr(t.ns, '__new__', b);
    decref(b);
  }
  if (t.tp_hash !== null) add('__hash__', (s) => {
    const h = { hi: 0, lo: 0 } as PyHash;
    hashInto(s, h);
    return hashObject(h);
  });
  else if (t !== objectType && dictGetStr(t.ns, '__hash__') === null) dictSetStr(t.ns, '__hash__', None);
  if (t.tp_richcompare !== null) {
    for (let op = LT; op <= 5; op++) add(RICH_NAMES[op], (s, a) => t.tp_richcompare!(s, a[0], op));
  }
  if (t.tp_getattro !== null) add('__getattribute__', (s, a) => getAttr(s, (a[0] as PyStr).s));
  if (t.tp_setattro !== null) {
    add('__setattr__', (s, a) => (t.tp_setattro!(s, (a[0] as PyStr).s, a[1]), None));
    add('__delattr__', (s, a) => (t.tp_setattro!(s, (a[0] as PyStr).s, null), None));
  }
  if (t.tp_iter !== null) add('__iter__', (s) => t.tp_iter!(s));
  if (t.tp_iternext !== null) add('__next__', (s) => {
    const v = t.tp_iternext!(s);
    if (v === null) throw raise(StopIterationType, '');
    return v;
  });
  if (t.mp_length !== null) add('__len__', (s) => hashObjectInt(t.mp_length!(s)));
  if (t.mp_subscript !== null) add('__getitem__', (s, a) => t.mp_subscript!(s, a[0]));
  if (t.mp_ass_subscript !== null) {
    add('__setitem__', (s, a) => (t.mp_ass_subscript!(s, a[0], a[1]), None));
    add('__delitem__', (s, a) => (t.mp_ass_subscript!(s, a[0], null), None));
  }
  if (t.sq_contains !== null) add('__contains__', (s, a) => (t.sq_contains!(s, a[0]) ? True : False));
  if (t.tp_call !== null && t !== typeType) add('__call__', (s, a, k) => t.tp_call!(s, a, k));
  if (t.nb_bool !== null) add('__bool__', (s) => (t.nb_bool!(s) ? True : False));
  if (t.nb_negative !== null) add('__neg__', (s) => t.nb_negative!(s));
  if (t.nb_index !== null) add('__index__', (s) => t.nb_index!(s));
  if (t.tp_descr_get !== null) add('__get__', (s, a) => t.tp_descr_get!(s, a[0] === None ? null : a[0], (a[1] ?? a[0].type) as PyType));
  for (let op = 0; op < 13; op++) {
    const f = t.nb[op];
    if (f !== null) {
      add(`__${BINARY_NAMES[op]}__`, (s, a) => f(s, a[0]));
      add(`__r${BINARY_NAMES[op]}__`, (s, a) => f(a[0], s));
    }
  }
}

/** Set by int.ts: makes a Python int from a hash / a length. */
export const intMakers = {
  fromHash: null as ((h: PyHash) => PyObject) | null,
  fromNumber: null as ((n: number) => PyObject) | null,
};
function hashObject(h: PyHash): PyObject {
  return intMakers.fromHash!(h);
}
function hashObjectInt(n: number): PyObject {
  return intMakers.fromNumber!(n);
}

export function initTypeObjects(): void {
  initDescriptorTypes();
  initObject();
  initType();
  void LAYOUT_DICT; void LAYOUT_EXCEPTION; void LAYOUT_FLOAT; void LAYOUT_SET; void LAYOUT_STR; void LAYOUT_TUPLE;
  void PyFloat; void dictType;
}

/** Builtin types whose instances are unhashable (`__hash__` is None). */
const UNHASHABLE_BUILTINS = new Set(['list', 'dict', 'set', 'bytearray', 'dict_keys', 'dict_items']);

/** After every builtin's slots are set: MROs, inherited slots, wrapper entries. */
export function finishBuiltinTypes(): void {
  for (const t of allBuiltinTypes) {
    const mro: PyType[] = [];
    for (let c: PyType | null = t; c !== null; c = c.base) mro.push(c);
    t.mro = mro;
    if (t.base !== null) {
      t.base.subclasses.push(t);
      const b = t.base;
      // Inherit unset slots from the base (inherit_slots).
      for (const k of Object.keys(t) as (keyof PyType)[]) {
        // list, dict and set set tp_hash to null on purpose (unhashable): that null is not inherited over.
        if (k === 'tp_hash' && UNHASHABLE_BUILTINS.has(t.name)) continue;
        if ((k.startsWith('tp_') || k.startsWith('nb_') || k.startsWith('mp_') || k.startsWith('sq_')) && t[k] === null && k !== 'tp_new' && k !== 'tp_init' && k !== 'tp_iter' && k !== 'tp_iternext' && k !== 'tp_call' && k !== 'tp_descr_get' && k !== 'tp_descr_set') {
          (t[k] as unknown) = b[k];
        }
      }
      if (t.tp_init === null) t.tp_init = b.tp_init;
      if (t.tp_new === null && t.layout === b.layout && t.layout !== 10) t.tp_new = b.tp_new;
      if (t.dealloc === null) t.dealloc = b.dealloc;
      for (let i = 0; i < 26; i++) if (t.nb[i] === null) t.nb[i] = b.nb[i];
    }
  }
  for (const t of allBuiltinTypes) addSlotWrappers(t);
}
