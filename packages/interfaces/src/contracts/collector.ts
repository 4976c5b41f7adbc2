/**
 * The Collector contract: reference counting and garbage collection, as CPython 3.12's memory
 * manager does them and as research strategies may do them differently. A collector sees objects
 * only through the `ObjectModel` hooks the VM provides — above all `traverse(obj, visit)`, the
 * counterpart of a type's `tp_traverse` — and never by knowing their fields. What the VM may
 * assume about a strategy is in its `CollectorConstraints` (for example, whether refcounts exist,
 * so whether `sys.getrefcount` is meaningful), never in its name.
 *
 * `O` is the VM's object type; the collector stores nothing in it except through the model.
 */
import type { HeapEvent } from '../heap-event';
import type { Allocator } from './allocator';
import type { StrategyDescriptor, StrategySelector } from './selection';

/** `sys.getrefcount` of an immortal object in 3.12 (PEP 683: None, True, small ints, `()`…). */
export const IMMORTAL_REFCOUNT = 4294967295;

/** `gc.get_threshold()` by default in 3.12 (3.13 raised the first to 2000). */
export const DEFAULT_GC_THRESHOLDS: readonly [number, number, number] = [700, 10, 10];

/** The number of generations of CPython 3.12's collector (`gc.collect(generation)` takes 0..2). */
export const GC_GENERATIONS = 3;

/** `gc.set_debug` flags (Modules/gcmodule.c). */
export const GcDebug = {
  STATS: 1,
  COLLECTABLE: 2,
  UNCOLLECTABLE: 4,
  SAVEALL: 32,
  /** COLLECTABLE | UNCOLLECTABLE | SAVEALL */
  LEAK: 38,
} as const;

/** What the VM may assume about a collector. */
export interface CollectorConstraints {
  /** Exact reference counts exist (`sys.getrefcount` is meaningful; dealloc is immediate at 0). */
  readonly refcounts: boolean;
  /** Unreachable cycles are found and freed (false for `refcount`, where they leak). */
  readonly collectsCycles: boolean;
  /** Objects may move (addresses, hence `id()`s, change); no current strategy does. */
  readonly movesObjects: boolean;
  /** Collection works by generations (`gc.collect(0)` differs from `gc.collect(2)`). */
  readonly generational: boolean;
  /** Collection is split into increments (CPython 3.14.0's young/old scheme). */
  readonly incremental: boolean;
  /** The VM must report pointer stores (`Collector.writeBarrier`); false lets it skip the call. */
  readonly needsWriteBarrier: boolean;
  /** Finalizers run when the count reaches zero, at once, as in CPython (vs at the next collection). */
  readonly promptFinalization: boolean;
}

/** What `gc.callbacks` receive as `info` (and what the "stop" phase adds). */
export interface GcCallbackInfo {
  readonly generation: number;
  readonly collected: number;
  readonly uncollectable: number;
}

/** One entry of `gc.get_stats()`. */
export interface GenerationStats {
  readonly collections: number;
  readonly collected: number;
  readonly uncollectable: number;
}

/** Totals for the run summary (not part of the `gc` module). */
export interface CollectorSummary {
  readonly collectionsPerGeneration: readonly number[];
  readonly collected: number;
  readonly uncollectable: number;
  readonly totalPauseNs: number;
  readonly maxPauseNs: number;
  readonly objectsTraversed: number;
  readonly maxObjectsTraversedInOnePause: number;
}

/**
 * The hooks through which a collector reaches objects. The VM implements them per type, as
 * CPython's type slots do.
 */
export interface ObjectModel<O> {
  /** tp_traverse: calls `visit` once for each object `obj` holds a strong reference to. */
  traverse(obj: O, visit: (referent: O) => void): void;
  /**
   * Calls `visit` for every root: references held outside the heap (frames' locals and value
   * stacks of every thread, the interpreter's module table, builtins, thread states). Used by
   * tracing strategies; CPython's own collector needs no roots (it infers them from refcounts).
   */
  traverseRoots(visit: (referent: O) => void): void;
  /** The object's address (its `id()`), as the allocator returned it. */
  address(obj: O): number;
  /** ob_refcnt; for immortal objects IMMORTAL_REFCOUNT. */
  getRefcount(obj: O): number;
  setRefcount(obj: O, count: number): void;
  /**
   * tp_dealloc: the object's count reached zero; the VM releases its references (decref'ing
   * what it held, which may cascade) and returns the block to the allocator.
   */
  deallocate(obj: O): void;
  /** The type has tp_finalize (a `__del__` in Python), to be called once per PEP 442. */
  hasFinalizer(obj: O): boolean;
  /** Calls tp_finalize / `__del__`; exceptions are reported as unraisable by the VM. */
  finalize(obj: O): void;
  /** The type has a legacy tp_del: such objects in cycles go to gc.garbage, uncollected. */
  hasLegacyDel(obj: O): boolean;
  /** tp_clear: drop the references `obj` holds, to break a cycle. */
  clear(obj: O): void;
  /** The weak reference objects currently pointing at `obj` (the list at tp_weaklistoffset). */
  weakrefsTo(obj: O): readonly O[];
  /** Clears one weak reference (its referent becomes None); returns its callback, or null. */
  clearWeakref(weakref: O): O | null;
  /** Calls a weak reference's callback with the weakref as argument (from the collector, after clearing). */
  callWeakrefCallback(callback: O, weakref: O): void;
  /**
   * Whether a tracked tuple or dict may be untracked because it holds only untracked objects
   * (_PyTuple_MaybeUntrack, _PyDict_MaybeUntrack); false for every other type.
   */
  mayUntrack(obj: O): boolean;
  /** The object's type name, for traces and `gc` debug output. */
  typeName(obj: O): string;
  /**
   * Optional: `obj` is a weak reference object (PyWeakref_Check). A collector clears weakrefs
   * that are themselves garbage (bpo-38006); without this hook that step is skipped.
   */
  isWeakref?(obj: O): boolean;
  /**
   * Optional: where the collector keeps its per-object bookkeeping (CPython puts PyGC_Head in
   * front of the object). A VM that stores one integer per object lets the collector reach it
   * without a hash lookup per visited reference; without these hooks the collector keeps a Map.
   * `getGcSlot` returns -1 until `setGcSlot` was called.
   */
  getGcSlot?(obj: O): number;
  setGcSlot?(obj: O, slot: number): void;
}

/** What the collector is given when it is created. */
export interface CollectorContext<O> {
  readonly model: ObjectModel<O>;
  readonly allocator: Allocator;
  /** Heap events when tracing, else null (one test per event site when off). */
  readonly trace: ((event: HeapEvent) => void) | null;
  /** Nanoseconds since the run began. */
  readonly now: () => number;
  /** Calls each of `gc.callbacks` with (phase, info), as `invoke_gc_callback` does. */
  readonly runCallbacks: (phase: 'start' | 'stop', info: GcCallbackInfo) => void;
  /** Appends to `gc.garbage` (uncollectable objects, or all unreachable ones under SAVEALL). */
  readonly appendGarbage: (obj: O) => void;
  /** Writes a `gc` debug line to stderr (the `gc: collecting generation 0...` lines of DEBUG_STATS). */
  readonly debugLog: (line: string) => void;
}

export interface Collector<O> {
  readonly name: string;
  readonly constraints: CollectorConstraints;

  // --- reference counting (Py_INCREF / Py_DECREF) ---------------------------------------------
  /** Py_INCREF: +1, except on immortal objects, which stay at IMMORTAL_REFCOUNT. */
  incref(obj: O): void;
  /** Py_DECREF: -1, except on immortal objects; at 0 the object is deallocated at once. */
  decref(obj: O): void;
  /** The refcount `sys.getrefcount` reports before the VM adds its argument reference. */
  refcount(obj: O): number;
  /** Makes `obj` immortal (refcount IMMORTAL_REFCOUNT; never deallocated, never collected). */
  immortalize(obj: O): void;

  // --- GC-tracked containers ------------------------------------------------------------------
  /**
   * A GC-capable object was allocated (_PyObject_GC_Link): the young-generation count goes up by
   * one; when it exceeds threshold 0 (and gc is enabled, and no collection is running) a
   * collection is scheduled, not run: see `collectionPending`.
   */
  gcAlloc(obj: O): void;
  /** A GC-capable object was freed (PyObject_GC_Del): the young count goes down if positive. */
  gcFree(obj: O): void;
  /** PyObject_GC_Track: the object joins the youngest generation. */
  track(obj: O): void;
  /** PyObject_GC_UnTrack. */
  untrack(obj: O): void;
  /** gc.is_tracked. */
  isTracked(obj: O): boolean;
  /** gc.is_finalized: its finalizer already ran (PEP 442 marks it, so it never runs twice). */
  isFinalized(obj: O): boolean;
  /**
   * Marks `obj` finalized (_PyGC_SET_FINALIZED), for finalizers the VM runs itself (for example
   * `PyObject_CallFinalizerFromDealloc` in a VM that deallocates without `decref`).
   */
  markFinalized(obj: O): void;
  /**
   * A reference to `value` was stored into `owner` (replacing `old`). Called only when
   * `constraints.needsWriteBarrier`.
   */
  writeBarrier(owner: O, old: O | null, value: O | null): void;

  // --- collection -----------------------------------------------------------------------------
  /**
   * A collection was scheduled by an allocation; 3.12 runs it at the next eval-breaker check,
   * so the VM polls this at its safe points and then calls `collectScheduled`.
   */
  collectionPending(): boolean;
  /**
   * Runs the scheduled collection: the oldest generation whose count exceeds its threshold
   * (collecting g merges 0..g, survivors move to g+1), except that a full collection is skipped
   * unless long-lived pending objects exceed 25% of the long-lived total.
   */
  collectScheduled(): void;
  /**
   * gc.collect(generation): collects generations 0..generation at once and returns collected +
   * unreachable-but-uncollectable (what gc.collect returns). Order within: callbacks "start";
   * find unreachable (refcount copies minus internal references via traverse); clear weakrefs
   * to unreachable objects, calling callbacks only of weakrefs that are themselves reachable;
   * legacy tp_del objects to gc.garbage; finalizers once each (PEP 442); recheck for
   * resurrection; tp_clear the rest; callbacks "stop". Resets counts 0..generation to 0 and
   * increments the next generation's count.
   */
  collect(generation: number): number;
  /** gc.enable / gc.disable / gc.isenabled (automatic collection only; collect() always works). */
  setEnabled(enabled: boolean): void;
  isEnabled(): boolean;
  /** gc.get_count(): (young allocations, gen-0 collections since gen 1, gen-1 collections since gen 2). */
  getCount(): [number, number, number];
  /** gc.get_threshold() / gc.set_threshold(t0[, t1[, t2]]); threshold 0 disables automatic collection. */
  getThreshold(): [number, number, number];
  setThreshold(threshold0: number, threshold1?: number, threshold2?: number): void;
  /** gc.get_objects(generation=None): tracked objects, of one generation or all. */
  getObjects(generation: number | null): O[];
  /** gc.get_referrers(*objs): tracked objects whose traverse visits any of `objs`. */
  getReferrers(objs: readonly O[]): O[];
  /** gc.get_referents(*objs): what traverse visits from each of `objs`. */
  getReferents(objs: readonly O[]): O[];
  /** gc.freeze(): every tracked object moves to the permanent generation, ignored by collections. */
  freeze(): void;
  /** gc.unfreeze(): the permanent generation goes back into the oldest. */
  unfreeze(): void;
  /** gc.get_freeze_count(). */
  getFreezeCount(): number;
  /** gc.get_stats(): one entry per generation. */
  getStats(): GenerationStats[];
  /** gc.set_debug / gc.get_debug (GcDebug flags). */
  setDebug(flags: number): void;
  getDebug(): number;
  /** Totals for the run summary. */
  summary(): CollectorSummary;
}

export type CollectorFactory = <O>(context: CollectorContext<O>, options: ReadonlyMap<string, string>) => Collector<O>;
export type CollectorDescriptor = StrategyDescriptor<CollectorConstraints, CollectorFactory>;
export type CollectorSelector = StrategySelector<CollectorConstraints, CollectorFactory>;
