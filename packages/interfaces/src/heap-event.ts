/**
 * `HeapEvent`: the records of a heap trace (`-X trace=FILE`, JSON lines), written by the
 * allocator and collector so that a run can be summarised, or replayed against another strategy
 * without re-running the program. Refcount events are written only when asked for (they dwarf
 * the rest). Field meanings follow CPython 3.12's memory system; see contracts/collector.ts.
 */
import type { TraceRecordOf, TraceRecordUnion } from './trace-schema';

export const HEAP_EVENT_SCHEMA = {
  /** First line of every heap trace: which format, and the strategies that wrote it. */
  meta: { format: { enum: ['pyglass-heap-trace'] }, version: 'uint', allocator: 'string', collector: 'string' },
  /** A block handed out: `address` is what id() returns; `type` the object's type name. */
  alloc: { t: 'uint', tid: 'uint', address: 'uint', size: 'uint', type: 'string' },
  /** A block given back (refcount reached zero, or the collector freed it). */
  free: { t: 'uint', tid: 'uint', address: 'uint', size: 'uint' },
  /** Py_INCREF / Py_DECREF, with the count after the change (immortal objects are never written). */
  incref: { t: 'uint', address: 'uint', refcount: 'uint' },
  decref: { t: 'uint', address: 'uint', refcount: 'uint' },
  /** PyObject_GC_Track / PyObject_GC_UnTrack. */
  track: { t: 'uint', address: 'uint' },
  untrack: { t: 'uint', address: 'uint' },
  /** A reference stored into a field of `owner` (what a write barrier sees); 0 for NULL. */
  write: { t: 'uint', tid: 'uint', owner: 'uint', old: 'uint', new: 'uint' },
  /** A collection of generations 0..generation begins; counts as gc.get_count() before it. */
  'gc-start': { t: 'uint', tid: 'uint', generation: 'uint', counts: 'uint[]' },
  /**
   * It ends: what the gc.callbacks "stop" info reports (collected, uncollectable), plus the
   * pause (wall nanoseconds) and the number of objects traversed.
   */
  'gc-end': { t: 'uint', tid: 'uint', generation: 'uint', collected: 'uint', uncollectable: 'uint', traversed: 'uint', pauseNs: 'uint' },
  /** A finalizer ran (PEP 442 `tp_finalize` / `__del__`); `resurrected` if it revived the object. */
  finalize: { t: 'uint', address: 'uint', resurrected: 'bool' },
  /** A weak reference to `referent` was cleared; `callback` if its callback was called. */
  'weakref-clear': { t: 'uint', weakref: 'uint', referent: 'uint', callback: 'bool' },
  /** An object appended to gc.garbage (uncollectable). */
  garbage: { t: 'uint', address: 'uint' },
} as const;

export type HeapEventKind = keyof typeof HEAP_EVENT_SCHEMA;
export type HeapEvent = TraceRecordUnion<typeof HEAP_EVENT_SCHEMA>;
export type HeapEventOf<K extends HeapEventKind> = TraceRecordOf<typeof HEAP_EVENT_SCHEMA, K>;
