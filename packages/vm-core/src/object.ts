/**
 * The object layouts of the VM: `PyObject` (what CPython's `PyObject_HEAD` holds — type, refcount —
 * plus the address the Allocator gave the object, which is its `id()`), one JS class per builtin
 * layout (int, float, str, list, tuple, dict, function, …) so that V8 gives each a monomorphic
 * hidden class, and `PyType`, whose slot fields play the part of CPython's `tp_*` / `nb_*` slots:
 * resolved once when a type is made or changed, so `a + b` calls a slot instead of searching the
 * MRO for `__add__` by name. Behaviour lives in objects/*.ts and abstract.ts; this file holds only
 * shapes and the memory hooks (allocation, reference counting, deallocation).
 *
 * Reference counting is inline (`o.rc++`, as Py_INCREF is a macro in CPython) and reaches the
 * Collector only through deallocation. Immortal objects (PEP 683) start at IMMORTAL_BASE, a count so
 * large that no run can bring it to zero: why — incref/decref then need no immortality branch;
 * `sys.getrefcount` reports 4294967295 for any count above IMMORTAL_FLOOR, as CPython 3.12 does.
 */
import type { Allocator } from '@pyglass/interfaces';
import type { CodeInfo } from './code.js';
import type { SetTable } from './primitives/set-table.js';
import type { PyHash } from "./primitives/hash-value.js";

const IMMORTAL_BASE = 2 ** 50;
const IMMORTAL_FLOOR = 2 ** 49;
/** The count a deallocated object is parked at, so a stray decref can never free it twice. */
const DEALLOCATED = -(2 ** 40);
/** The count a dealloc sets when it kept the object (and its block) on a type's free list. */
const FREELISTED = -(2 ** 41);

/** The memory hooks the VM was started with (see run.ts); module-level for speed. */
const memory = {
  allocator: null as Allocator | null,
  /** The collector's constraints said `refcounts: true`: deallocate when a count reaches 0. */
  refcounts: true,
  /** Objects freed so far (for tests of the contract). */
  deallocations: 0,
  /**
   * Live mortal objects (made minus deallocated, free-listed ones excluded): the leak check of
   * run.ts compares it with its value before a run. One add per object, so it is always on.
   */
  live: 0,
  /** Test-only: every live mortal object, to name what leaked; null (one test per object) when off. */
  liveSet: null as Set<PyObject> | null,
};

/*
 * Exported through one list rather than `export const`: why — tsc's CommonJS output rewrites every
 * use of an exported const inside this file to a load from `exports`, and these are read on every
 * allocation and decref.
 */
export { IMMORTAL_BASE, IMMORTAL_FLOOR, DEALLOCATED, FREELISTED, memory, FLOAT_MAXFREELIST, floatFreeList };

let bumpAddress = 0x7f0000000000;
function allocateAddress(size: number): number {
  const a = memory.allocator;
  if (a !== null) return a.allocate(size);
  // Before a runtime is set up (module initialisation builds the builtin types): a plain bump.
  bumpAddress += (size + 15) & ~15;
  return bumpAddress;
}

export class PyObject {
  declare type: PyType;
  /** ob_refcnt. */
  declare rc: number;
  /** The allocator's address: `id(o)`. */
  declare addr: number;
  /** The instance `__dict__`, for types that have one; null otherwise or until first needed. */
  declare dict: PyDict | null;
  constructor(type: PyType, size: number) {
    this.type = type;
    this.rc = 1;
    this.addr = allocateAddress(size);
    this.dict = null;
    memory.live++;
    if (memory.liveSet !== null) memory.liveSet.add(this);
  }
}

/** Py_INCREF. */
export function incref(o: PyObject): void {
  o.rc++;
}

/** Py_NewRef: incref and return. */
export function newref<T extends PyObject>(o: T): T {
  o.rc++;
  return o;
}

/** Py_DECREF: at zero the type's dealloc releases what the object holds and frees its block. */
export function decref(o: PyObject): void {
  if (--o.rc === 0) deallocate(o);
}

/** Py_XDECREF. */
export function xdecref(o: PyObject | null): void {
  if (o !== null && --o.rc === 0) deallocate(o);
}

/** Called when a count reaches 0 (the hot paths inline `if (--o.rc === 0) deallocate(o)`). */
export function deallocate(o: PyObject): void {
  // A collector without reference counts (a tracing strategy) frees nothing here.
  if (!memory.refcounts) return;
  o.rc = DEALLOCATED;
  memory.deallocations++;
  memory.live--;
  if (memory.liveSet !== null) memory.liveSet.delete(o);
  const dealloc = o.type.dealloc;
  if (dealloc !== null) dealloc(o);
  if (o.dict !== null) {
    const d = o.dict;
    o.dict = null;
    decref(d);
  }
  // A free list kept the object with its block (its address is reused with it, as in CPython).
  if (o.rc === FREELISTED) return;
  if (memory.allocator !== null) memory.allocator.free(o.addr);
}

export function immortalize<T extends PyObject>(o: T): T {
  if (o.rc < IMMORTAL_FLOOR && o.rc > 0) {
    memory.live--;
    if (memory.liveSet !== null) memory.liveSet.delete(o);
  }
  o.rc = IMMORTAL_BASE;
  return o;
}

// ---------------------------------------------------------------------------------------------
// Free lists (CPython 3.12 keeps these per type, so the objects' blocks stay out of pymalloc)

/**
 * The float free list: PyFloat_MAXFREELIST = 100 in CPython 3.12 (Objects/floatobject.c). A dead
 * exact float goes here with its address; `newFloat` takes the most recently freed one. Why it
 * matters: `id()` reuse and allocator statistics equal CPython's, and reusing the JS object saves
 * an allocation and an Allocator call in float-heavy loops.
 */
const FLOAT_MAXFREELIST = 100;
const floatFreeList = {
  items: new Array<PyFloat | null>(FLOAT_MAXFREELIST).fill(null),
  count: 0,
};

/** Releases every free-listed block to the allocator (CPython's _PyFloat_ClearFreeList at finalization). */
export function clearFreeLists(): void {
  const fl = floatFreeList;
  while (fl.count > 0) {
    const f = fl.items[--fl.count]!;
    fl.items[fl.count] = null;
    if (memory.allocator !== null) memory.allocator.free(f.addr);
  }
}

let typeVersionCounter = 0;
/** A fresh type version tag (see PyType.versionTag). */
export function nextTypeVersion(): number {
  return ++typeVersionCounter;
}

// ---------------------------------------------------------------------------------------------
// Slot signatures (CPython's typedefs in object.h)

export type UnaryFunc = (a: PyObject) => PyObject;
export type BinaryFunc = (a: PyObject, b: PyObject) => PyObject;
export type TernaryFunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
/** Vectorcall: positional args then keyword values; kwnames names the last kwnames.length args. */
export type CallFunc = (callable: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
export type NewFunc = (type: PyType, args: PyObject[], kwnames: string[] | null) => PyObject;
export type InitFunc = (self: PyObject, args: PyObject[], kwnames: string[] | null) => void;
export type ReprFunc = (a: PyObject) => string;
export type HashFunc = (a: PyObject, out: PyHash) => void;
export type RichCmpFunc = (a: PyObject, b: PyObject, op: number) => PyObject;
export type GetAttrFunc = (a: PyObject, name: string) => PyObject | null;
export type SetAttrFunc = (a: PyObject, name: string, value: PyObject | null) => void;
export type DescrGetFunc = (descr: PyObject, obj: PyObject | null, type: PyType) => PyObject;
export type DescrSetFunc = (descr: PyObject, obj: PyObject, value: PyObject | null) => void;
/** tp_iternext: the next item (a new reference), or null when exhausted (no exception set). */
export type IterNextFunc = (it: PyObject) => PyObject | null;
export type LenFunc = (a: PyObject) => number;
export type BoolFunc = (a: PyObject) => boolean;
export type AssSubscriptFunc = (a: PyObject, key: PyObject, value: PyObject | null) => void;
export type ContainsFunc = (a: PyObject, item: PyObject) => boolean;

/** Type flags (a subset of Py_TPFLAGS_*). */
export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_BASETYPE = 1 << 10;
export const TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const TPFLAGS_TYPE_SUBCLASS = 1 << 31;

/**
 * A type object. Fields named after CPython's slots; every slot is either a function or null
 * (never undefined), so the hidden class is the same for every type.
 */
export class PyType extends PyObject {
  declare name: string;
  declare qualname: string;
  declare module: string;
  declare flags: number;
  declare base: PyType | null;
  declare bases: PyTuple | null;
  declare mro: PyType[];
  /** The type's own namespace (`__dict__`); for builtin types filled by objects/*.ts. */
  declare ns: PyDict;
  /** Instance size for sys.getsizeof / the allocator (tp_basicsize, plus the GC header if tracked). */
  declare basicsize: number;
  /** Instances carry a `__dict__`. */
  declare hasInstanceDict: boolean;
  /** `__slots__` names and their indices into PyInstance.slots. */
  declare slotNames: string[] | null;
  /** Direct subclasses, so slot changes propagate (tp_subclasses). */
  declare subclasses: PyType[];
  /** Attribute lookup cache: name → found object (or null for "not found"); cleared on changes. */
  declare cache: Map<string, PyObject | null>;
  /** The JS layout instances of this type use (set on builtin types; inherited). */
  declare layout: number;
  /**
   * tp_version_tag: a process-unique number, renewed whenever the lookups of this type are
   * invalidated (abstract.ts invalidateLookups), so inline caches can key on (type, version).
   */
  declare versionTag: number;

  tp_new: NewFunc | null = null;
  tp_init: InitFunc | null = null;
  tp_call: CallFunc | null = null;
  tp_repr: ReprFunc | null = null;
  tp_str: ReprFunc | null = null;
  tp_hash: HashFunc | null = null;
  tp_richcompare: RichCmpFunc | null = null;
  tp_getattro: GetAttrFunc | null = null;
  tp_setattro: SetAttrFunc | null = null;
  tp_descr_get: DescrGetFunc | null = null;
  tp_descr_set: DescrSetFunc | null = null;
  tp_iter: UnaryFunc | null = null;
  tp_iternext: IterNextFunc | null = null;
  tp_finalize: ((o: PyObject) => void) | null = null;
  nb_bool: BoolFunc | null = null;
  nb_index: UnaryFunc | null = null;
  nb_int: UnaryFunc | null = null;
  nb_float: UnaryFunc | null = null;
  nb_negative: UnaryFunc | null = null;
  nb_positive: UnaryFunc | null = null;
  nb_invert: UnaryFunc | null = null;
  nb_absolute: UnaryFunc | null = null;
  /** Binary number slots indexed by BINARY_OP oparg (0..25; in-place ones at 13..25). */
  nb: (BinaryFunc | null)[];
  mp_length: LenFunc | null = null;
  mp_subscript: BinaryFunc | null = null;
  mp_ass_subscript: AssSubscriptFunc | null = null;
  sq_contains: ContainsFunc | null = null;
  /** tp_dealloc: releases what an instance holds (its block is freed by `deallocate`). */
  dealloc: ((o: PyObject) => void) | null = null;

  constructor(metatype: PyType | null, name: string, base: PyType | null, basicsize: number, layout: number) {
    // The metatype of the first type (`type` itself) is patched in objects/typeobject.ts.
    super(metatype as PyType, 1704);
    this.name = name;
    this.qualname = name;
    this.module = 'builtins';
    this.flags = 0;
    this.base = base;
    this.bases = null;
    this.mro = [];
    this.ns = null as unknown as PyDict;
    this.basicsize = basicsize;
    this.hasInstanceDict = false;
    this.slotNames = null;
    this.subclasses = [];
    this.cache = new Map();
    this.layout = layout;
    this.versionTag = nextTypeVersion();
    this.nb = new Array<BinaryFunc | null>(26).fill(null);
  }
}

/** JS layouts (what `new` an instance of a type must use). */
export const LAYOUT_OBJECT = 0;
export const LAYOUT_INT = 1;
export const LAYOUT_FLOAT = 2;
export const LAYOUT_STR = 3;
export const LAYOUT_LIST = 4;
export const LAYOUT_TUPLE = 5;
export const LAYOUT_DICT = 6;
export const LAYOUT_SET = 7;
export const LAYOUT_EXCEPTION = 8;
export const LAYOUT_TYPE = 9;
export const LAYOUT_OTHER = 10;

// ---------------------------------------------------------------------------------------------
// Builtin layouts

/**
 * int (and bool). Why two fields: most ints in real programs fit a double exactly, and number
 * arithmetic is an order of magnitude faster than BigInt; `big` is non-null only when the value
 * is outside ±(2**53 - 1), and then `n` is unused. The invariant is kept by objects/int.ts.
 */
export class PyInt extends PyObject {
  declare n: number;
  declare big: bigint | null;
  constructor(type: PyType, n: number, big: bigint | null, size: number) {
    super(type, size);
    this.n = n;
    this.big = big;
  }
}

export class PyFloat extends PyObject {
  declare v: number;
  constructor(type: PyType, v: number) {
    super(type, 24);
    this.v = v;
  }
}

/** str: the JS string (UTF-16; a non-BMP character is two code units, see docs/vm.md). */
export class PyStr extends PyObject {
  declare s: string;
  /** Cached hash (low 32 bits usable as a JS number key), or 0 when not computed; hashed flag. */
  declare hashLo: number;
  declare hashHi: number;
  declare hashed: boolean;
  constructor(type: PyType, s: string, size: number) {
    super(type, size);
    this.s = s;
    this.hashLo = 0;
    this.hashHi = 0;
    this.hashed = false;
  }
}

export class PyBytes extends PyObject {
  declare b: Uint8Array;
  constructor(type: PyType, b: Uint8Array) {
    super(type, 33 + b.length);
    this.b = b;
  }
}

export class PyList extends PyObject {
  declare items: PyObject[];
  constructor(type: PyType, items: PyObject[]) {
    super(type, 56);
    this.items = items;
  }
}

export class PyTuple extends PyObject {
  declare items: PyObject[];
  constructor(type: PyType, items: PyObject[]) {
    super(type, 40 + 8 * items.length);
    this.items = items;
  }
}

/**
 * dict: insertion-ordered entries (keys/values arrays with holes for deleted entries) and two
 * indexes — `index` for keys that have a primitive JS stand-in (exact str → the string, exact
 * int/float/bool → a number or bigint; Python equality and JS SameValueZero agree on those), and
 * `hashed` (hash → entry positions) for every other key, compared with `__eq__`. Why: str and int
 * keys (globals, attributes, most user dicts) then cost one Map lookup with no Python calls.
 */
export class PyDict extends PyObject {
  keys: (PyObject | null)[];
  values: (PyObject | null)[];
  declare index: Map<string | number | bigint, number>;
  declare hashed: Map<number, number[]> | null;
  /** Live entries (len). */
  declare size: number;
  /** Bumped on every insertion or deletion of a key (for iteration checks and caches). */
  declare version: number;
  constructor(type: PyType) {
    super(type, 64);
    this.keys = [];
    this.values = [];
    this.index = new Map();
    this.hashed = null;
    this.size = 0;
    this.version = 0;
  }
}

/** set and frozenset, over primitives/set-table.ts so iteration order equals CPython's. */
export class PySet extends PyObject {
  declare table: SetTable<PyObject>;
  /** frozenset hash cache (-1 = not computed). */
  declare hash: number;
  constructor(type: PyType, table: SetTable<PyObject>) {
    super(type, 216);
    this.table = table;
    this.hash = -1;
  }
}

/** A user-defined class's instance (and `object()`): `__dict__` in PyObject.dict, `__slots__` here. */
export class PyInstance extends PyObject {
  slots: (PyObject | null)[] | null;
  constructor(type: PyType, size: number) {
    super(type, size);
    this.slots = null;
  }
}

export class PyCell extends PyObject {
  declare ref: PyObject | null;
  constructor(type: PyType, ref: PyObject | null) {
    super(type, 40);
    this.ref = ref;
  }
}

export class PyFunction extends PyObject {
  declare code: CodeInfo;
  declare globals: PyDict;
  declare builtins: PyDict;
  declare name: PyStr;
  declare qualname: PyStr;
  declare defaults: PyTuple | null;
  declare kwdefaults: PyDict | null;
  declare closure: PyCell[] | null;
  declare doc: PyObject | null;
  declare annotations: PyObject | null;
  declare module: PyObject | null;
  constructor(type: PyType, code: CodeInfo, globals: PyDict, builtins: PyDict, name: PyStr, qualname: PyStr) {
    super(type, 160);
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = name;
    this.qualname = qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.doc = null;
    this.annotations = null;
    this.module = null;
  }
}

/** A builtin function or a method of a builtin type bound to `self` (builtin_function_or_method). */
export class PyBuiltin extends PyObject {
  declare name: string;
  declare qualname: string;
  declare fn: CallFunc;
  declare self: PyObject | null;
  constructor(type: PyType, name: string, qualname: string, fn: CallFunc, self: PyObject | null) {
    super(type, 72);
    this.name = name;
    this.qualname = qualname;
    this.fn = fn;
    this.self = self;
  }
}

/** A bound method (`method`): a function and its `__self__`. */
export class PyMethod extends PyObject {
  declare func: PyObject;
  declare self: PyObject;
  constructor(type: PyType, func: PyObject, self: PyObject) {
    super(type, 48);
    this.func = func;
    this.self = self;
  }
}

/** Descriptors and small wrappers with one or two object fields (property, classmethod, …). */
export class PyWrapper extends PyObject {
  declare a: PyObject | null;
  declare b: PyObject | null;
  declare c: PyObject | null;
  declare d: PyObject | null;
  constructor(type: PyType, a: PyObject | null, b: PyObject | null, c: PyObject | null, d: PyObject | null, size: number) {
    super(type, size);
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}

/** Iterators over a sequence or a JS-side state: `seq` and an index (list_iterator, range_iterator…). */
export class PyIter extends PyObject {
  declare seq: PyObject | null;
  declare i: number;
  declare end: number;
  declare step: number;
  constructor(type: PyType, seq: PyObject | null, i: number, end: number, step: number) {
    super(type, 48);
    this.seq = seq;
    this.i = i;
    this.end = end;
    this.step = step;
  }
}

export class PyBaseException extends PyObject {
  declare args: PyTuple;
  declare traceback: PyTraceback | null;
  declare cause: PyBaseException | null;
  declare context: PyBaseException | null;
  declare suppressContext: boolean;
  /** StopIteration.value, SystemExit.code, … (the exception's extra attribute, per type). */
  declare value: PyObject | null;
  constructor(type: PyType, args: PyTuple) {
    super(type, 72);
    this.args = args;
    this.traceback = null;
    this.cause = null;
    this.context = null;
    this.suppressContext = false;
    this.value = null;
  }
}

export class PyTraceback extends PyObject {
  declare next: PyTraceback | null;
  declare frame: PyObject;
  declare lasti: number;
  declare lineno: number;
  constructor(type: PyType, next: PyTraceback | null, frame: PyObject, lasti: number, lineno: number) {
    super(type, 64);
    this.next = next;
    this.frame = frame;
    this.lasti = lasti;
    this.lineno = lineno;
  }
}

export class PyModule extends PyObject {
  declare name: string;
  constructor(type: PyType, name: string, dict: PyDict) {
    super(type, 72);
    this.name = name;
    this.dict = dict;
  }
}
