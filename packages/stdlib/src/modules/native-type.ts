/**
 * Native (TypeScript) types for the stdlib modules — what a C extension declares with a
 * PyType_Spec: a PyType whose MRO is itself and its base, whose unset slots are inherited from the
 * base (generic attribute access, hashing, comparison), with `__iter__`/`__next__`/`__repr__`…
 * wrapper entries made from its slots. The types are made once per process and immortal (why:
 * like CPython's static types they outlive every run, and runs in one process share them).
 */
import {
  PyType, PyObject, objectType, typeType, LAYOUT_OTHER, TPFLAGS_BASETYPE, addSlotWrappers, immortalize, newDict,
  defMethod, defClassMethod, decref, newStr, dictSetStr, raise, TypeErrorType, None, PyDict, PyTuple, PyWrapper, type NativeFn,
} from '@pyglass/vm-core';

export interface NativeTypeSpec {
  /** `__name__`. */
  name: string;
  /** `__module__` ("itertools", "collections", …). */
  module: string;
  /** sys.getsizeof of an instance (tp_basicsize). */
  size: number;
  base?: PyType;
  /** Subclassable (Py_TPFLAGS_BASETYPE); true unless said otherwise. */
  baseType?: boolean;
  /** Instances are unhashable (tp_hash stays null and `__hash__` is None), as for mutable containers. */
  unhashable?: boolean;
  /** A class CPython writes in Python: its tp_name (in messages) is the bare name, not module.name. */
  pythonClass?: boolean;
  /** Fills the slots (tp_new, tp_iternext, tp_repr, dealloc …) before they are inherited and wrapped. */
  slots: (t: PyType) => void;
  methods?: Record<string, NativeFn>;
  classMethods?: Record<string, NativeFn>;
  doc?: string;
}

const INHERITED = [
  'tp_init', 'tp_repr', 'tp_str', 'tp_hash', 'tp_richcompare', 'tp_getattro', 'tp_setattro', 'nb_bool', 'mp_length',
  'mp_subscript', 'mp_ass_subscript', 'sq_contains', 'tp_call', 'tp_iter', 'tp_iternext', 'nb_index', 'nb_int', 'nb_float',
  'nb_negative', 'nb_positive', 'nb_invert', 'nb_absolute', 'tp_descr_get', 'tp_descr_set',
] as const;

export function makeNativeType(spec: NativeTypeSpec): PyType {
  const base = spec.base ?? objectType;
  const t = new PyType(typeType, spec.name, base, spec.size, base === objectType ? LAYOUT_OTHER : base.layout);
  t.module = spec.module;
  t.qualname = spec.name;
  t.flags = spec.baseType === false ? 0 : TPFLAGS_BASETYPE;
  t.mro = [t, ...base.mro];
  t.ns = immortalize(newDict());
  base.subclasses.push(t);
  spec.slots(t);
  for (const k of INHERITED) {
    if (t[k] === null && !(k === 'tp_hash' && spec.unhashable === true)) (t[k] as unknown) = base[k];
  }
  if (t.dealloc === null) t.dealloc = base.dealloc;
  // A public type without its own tp_new creates instances as its base does (object → a plain
  // instance with a __dict__); helper types (baseType false) stay uncreatable from Python.
  if (t.tp_new === null && spec.baseType !== false) t.tp_new = base.tp_new;
  for (let i = 0; i < 26; i++) if (t.nb[i] === null) t.nb[i] = base.nb[i];
  if (spec.methods !== undefined) for (const [n, f] of Object.entries(spec.methods)) defMethod(t, n, f);
  if (spec.classMethods !== undefined) for (const [n, f] of Object.entries(spec.classMethods)) defClassMethod(t, n, f);
  if (spec.doc !== undefined) {
    const d = newStr(spec.doc);
    dictSetStr(t.ns, '__doc__', d);
    decref(d);
  }
  if (spec.unhashable === true) {
    // tp_hash raises with the C type's tp_name ("collections.deque"), and `__hash__` is None.
    const msg = `unhashable type: '${spec.pythonClass === true ? spec.name : `${spec.module}.${spec.name}`}'`;
    t.tp_hash = () => {
      throw raise(TypeErrorType, msg);
    };
  }
  addSlotWrappers(t);
  if (spec.unhashable === true) dictSetStr(t.ns, '__hash__', None);
  return immortalizeType(t);
}

/**
 * Makes a process-lifetime type immortal with everything its namespace holds (names, method
 * descriptors, getsets, properties and their getters, class constants, the bases and MRO): why —
 * like CPython's static types they are made once and shared by every run, so a run's leak check
 * must not count them as objects the run made.
 */
export function immortalizeType(t: PyType): PyType {
  immortalize(t);
  immortalizeDeep(t.ns, 3);
  if (t.bases !== null) immortalizeDeep(t.bases, 1);
  return t;
}

function immortalizeDeep(o: PyObject, depth: number, seen: Set<PyObject> = new Set()): void {
  if (seen.has(o)) return;
  seen.add(o);
  immortalize(o);
  if (depth <= 0) return;
  if (o instanceof PyDict) {
    for (let i = 0; i < o.keys.length; i++) {
      const k = o.keys[i];
      if (k === null) continue;
      immortalize(k);
      immortalizeDeep(o.values[i]!, depth - 1, seen);
    }
    return;
  }
  if (o instanceof PyTuple) {
    for (const x of o.items) immortalizeDeep(x, depth - 1, seen);
    return;
  }
  // Descriptors and helpers (getsets, properties and their getters, field accessors…): whatever
  // object fields they hold. Types are skipped (they are immortal or made immortal on their own).
  for (const v of Object.values(o)) {
    if (v instanceof PyObject && !(v instanceof PyType)) immortalizeDeep(v, depth - 1, seen);
  }
}

/** tp_iter of an iterator: itself. */
export function selfIter(o: PyObject): PyObject {
  o.rc++;
  return o;
}
