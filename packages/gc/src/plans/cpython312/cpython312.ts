/**
 * The `cpython312` collector: CPython 3.12's memory management (Objects/object.c refcounting,
 * Modules/gcmodule.c) over the contract's ObjectModel. Exact reference counts with immediate
 * deallocation (a PEP 442 finalizer runs once, first, and may resurrect); immortal objects keep
 * 4294967295. GC-capable allocations count into generation 0 (`count0`, net of GC frees); when it
 * passes threshold 0 a collection is *scheduled* and runs at the VM's next safe point, collecting
 * the oldest generation over its threshold — a full collection only when the objects that
 * survived gen-1 collections since the last full one exceed 25% of the long-lived total.
 *
 * A collection, in gcmodule.c's order:
 *   1. callbacks "start"; counts: next generation +1, collected ones reset; merge 0..g into g;
 *   2. update_refs / subtract_refs: gc_refs = refcount minus references from inside the set;
 *   3. move_unreachable: objects still referenced from outside, and all they reach, survive;
 *   4. untrack tuples (every collection) and dicts (full collections) holding only untracked
 *      objects; survivors move to generation g+1 (the long-lived bookkeeping);
 *   5. legacy tp_del objects, and everything they reach, are set aside as uncollectable;
 *   6. handle_weakrefs: clear weakrefs to the garbage; call callbacks only of weakrefs that are
 *      themselves reachable;
 *   7. finalize_garbage: tp_finalize (`__del__`) once per object, marked finalized;
 *   8. handle_resurrected_objects: run 2–3 again on the garbage; revived objects go to the old
 *      generation;
 *   9. delete_garbage: tp_clear each (or keep all in gc.garbage under DEBUG_SAVEALL);
 *  10. uncollectables to gc.garbage; stats; callbacks "stop" with collected/uncollectable.
 */
import {
  DEFAULT_GC_THRESHOLDS,
  GC_GENERATIONS as INTERFACE_GC_GENERATIONS,
  GcDebug,
  IMMORTAL_REFCOUNT as INTERFACE_IMMORTAL_REFCOUNT,
  type Collector,
  type CollectorConstraints,
  type CollectorContext,
  type CollectorSummary,
  type GenerationStats,
  type ObjectModel,
} from '@pyglass/interfaces';
import * as lists from '../../policies/gc-lists';
import { GcTable } from '../../policies/gc-lists';

// Why local copies: imported bindings compile to getter calls on the module object under
// CommonJS transpilation, which costs a call per flag test in the collection loops.
const IMMORTAL_REFCOUNT = INTERFACE_IMMORTAL_REFCOUNT;
const GC_GENERATIONS = INTERFACE_GC_GENERATIONS;
const FLAG_TRACKED = lists.FLAG_TRACKED;
const FLAG_COLLECTING = lists.FLAG_COLLECTING;
const FLAG_UNREACHABLE = lists.FLAG_UNREACHABLE;
const FLAG_FINALIZED = lists.FLAG_FINALIZED;
const PERMANENT = lists.PERMANENT;
const UNREACHABLE = lists.UNREACHABLE;
const FINALIZERS = lists.FINALIZERS;
const WRCB_TO_CALL = lists.WRCB_TO_CALL;
const SEEN = lists.SEEN;
const STILL_UNREACHABLE = lists.STILL_UNREACHABLE;
const RESURRECTED = lists.RESURRECTED;

/** _PyTrash_UNWIND_LEVEL: nested deallocations before the trashcan defers them. */
export const TRASHCAN_UNWIND_LEVEL = 50;

export const CPYTHON312_CONSTRAINTS: CollectorConstraints = {
  refcounts: true,
  collectsCycles: true,
  movesObjects: false,
  generational: true,
  incremental: false,
  needsWriteBarrier: false,
  promptFinalization: true,
};

export interface Cpython312Options {
  /** Write incref/decref events to the trace (off by default: they dwarf everything else). */
  traceRefcounts?: boolean;
}

export class Cpython312Collector<O> implements Collector<O> {
  readonly name: string = 'cpython312';
  readonly constraints: CollectorConstraints = CPYTHON312_CONSTRAINTS;
  protected readonly model: ObjectModel<O>;
  protected readonly table: GcTable<O>;
  private readonly ctx: CollectorContext<O>;
  private readonly traceRefcounts: boolean;

  private readonly threshold: [number, number, number] = [...DEFAULT_GC_THRESHOLDS];
  private readonly count: [number, number, number] = [0, 0, 0];
  private enabled = true;
  private collecting = false;
  private scheduled = false;
  private debug = 0;
  private longLivedTotal = 0;
  private longLivedPending = 0;
  private readonly stats: { collections: number; collected: number; uncollectable: number }[] = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));

  // Run summary.
  private readonly perGeneration = [0, 0, 0];
  private totalCollected = 0;
  private totalUncollectable = 0;
  private totalPauseNs = 0;
  private maxPauseNs = 0;
  private traversed = 0;
  private maxTraversed = 0;

  /** The list move_unreachable is scanning (visit_reachable appends rescued objects to it). */
  private young = 0;
  /** The list move_legacy_finalizer_reachable moves into. */
  private moveTarget = 0;
  // Visitors made once (no closure per call), as gcmodule.c's static visit functions.
  private readonly visitDecref: (referent: O) => void;
  private readonly visitReachable: (referent: O) => void;
  private readonly visitMove: (referent: O) => void;

  constructor(context: CollectorContext<O>, options: Cpython312Options = {}) {
    this.ctx = context;
    this.model = context.model;
    this.table = new GcTable(context.model);
    this.traceRefcounts = options.traceRefcounts === true && context.trace !== null;
    const t = this.table;
    const model = this.model;
    // Why two sets of visitors: with the model's slot hooks a visit is one method call on the
    // model (CPython's AS_GC is one subtraction); the Map fallback goes through the table.
    const slotOf: (obj: O) => number = model.getGcSlot ? (obj) => model.getGcSlot!(obj) : (obj) => t.slotOf(obj);
    this.visitDecref = (referent) => {
      this.traversed++;
      const s = slotOf(referent);
      if (s >= 0 && (t.flags[s]! & FLAG_COLLECTING) !== 0) t.refs[s]!--;
    };
    this.visitReachable = (referent) => {
      this.traversed++;
      const s = slotOf(referent);
      if (s < 0) return;
      const f = t.flags[s]!;
      if ((f & FLAG_COLLECTING) === 0) return;
      if ((f & FLAG_UNREACHABLE) !== 0) {
        // Tentatively unreachable, but reachable after all: back to the list being scanned.
        t.flags[s] = f & ~FLAG_UNREACHABLE;
        t.move(s, this.young);
        t.refs[s] = 1;
      } else if (t.refs[s] === 0) {
        // Not scanned yet: just tell move_unreachable it is reachable.
        t.refs[s] = 1;
      }
    };
    this.visitMove = (referent) => {
      const s = slotOf(referent);
      if (s >= 0 && (t.flags[s]! & FLAG_COLLECTING) !== 0) {
        t.flags[s] = t.flags[s]! & ~FLAG_COLLECTING;
        t.move(s, this.moveTarget);
      }
    };
  }

  // --- reference counting ---------------------------------------------------------------------

  incref(obj: O): void {
    const c = this.model.getRefcount(obj);
    if (c === IMMORTAL_REFCOUNT) return;
    this.model.setRefcount(obj, c + 1);
    if (this.traceRefcounts) this.ctx.trace!({ kind: 'incref', t: this.ctx.now(), address: this.model.address(obj), refcount: c + 1 });
  }

  decref(obj: O): void {
    const c = this.model.getRefcount(obj);
    if (c === IMMORTAL_REFCOUNT) return;
    if (c <= 0) throw new Error(`decref of an object whose refcount is ${c} (${this.model.typeName(obj)})`);
    this.model.setRefcount(obj, c - 1);
    if (this.traceRefcounts) this.ctx.trace!({ kind: 'decref', t: this.ctx.now(), address: this.model.address(obj), refcount: c - 1 });
    if (c === 1) this.dealloc(obj);
  }

  /**
   * The count reached zero: PyObject_CallFinalizerFromDealloc (the finalizer runs once, with the
   * object temporarily revived, and may resurrect it), then tp_dealloc.
   */
  private dealloc(obj: O): void {
    // The trashcan (Py_TRASHCAN_BEGIN/END): past 50 nested container deallocations the object is
    // parked and freed when the outermost one unwinds, last parked first — CPython's order, and
    // what keeps a long chain from overflowing the (JS) stack.
    if (this.trashNesting >= TRASHCAN_UNWIND_LEVEL && this.table.slotOf(obj) >= 0) {
      this.trashLater.push(obj);
      return;
    }
    this.trashNesting++;
    this.deallocBody(obj);
    this.trashNesting--;
    if (this.trashNesting <= 0 && this.trashLater.length > 0) {
      // _PyTrash_thread_destroy_chain: nesting stays at 1 while the parked objects are freed.
      this.trashNesting++;
      while (this.trashLater.length > 0) this.deallocBody(this.trashLater.pop()!);
      this.trashNesting--;
    }
  }

  private trashNesting = 0;
  private readonly trashLater: O[] = [];

  private deallocBody(obj: O): void {
    const model = this.model;
    if (model.hasFinalizer(obj)) {
      const s = this.table.slotOf(obj);
      if (s < 0 || (this.table.flags[s]! & FLAG_FINALIZED) === 0) {
        model.setRefcount(obj, 1);
        if (s >= 0) this.table.flags[s] = this.table.flags[s]! | FLAG_FINALIZED;
        model.finalize(obj);
        const after = model.getRefcount(obj) - 1;
        model.setRefcount(obj, after);
        const resurrected = after !== 0;
        if (this.ctx.trace !== null) this.ctx.trace({ kind: 'finalize', t: this.ctx.now(), address: model.address(obj), resurrected });
        if (resurrected) return;
      }
    }
    model.deallocate(obj);
  }

  refcount(obj: O): number {
    return this.model.getRefcount(obj);
  }

  immortalize(obj: O): void {
    this.model.setRefcount(obj, IMMORTAL_REFCOUNT);
  }

  // --- tracking -------------------------------------------------------------------------------

  gcAlloc(obj: O): void {
    this.table.ensure(obj);
    const c = ++this.count[0];
    if (c > this.threshold[0] && this.enabled && this.threshold[0] !== 0 && !this.collecting) this.scheduled = true;
  }

  gcFree(obj: O): void {
    const t = this.table;
    const s = t.slotOf(obj);
    if (s >= 0) {
      if ((t.flags[s]! & FLAG_TRACKED) !== 0) t.remove(s);
      t.release(obj, s);
    }
    if (this.count[0] > 0) this.count[0]--;
  }

  track(obj: O): void {
    const t = this.table;
    const s = t.ensure(obj);
    if ((t.flags[s]! & FLAG_TRACKED) !== 0) return;
    t.flags[s] = t.flags[s]! | FLAG_TRACKED;
    t.append(s, 0);
    if (this.ctx.trace !== null) this.ctx.trace({ kind: 'track', t: this.ctx.now(), address: this.model.address(obj) });
  }

  untrack(obj: O): void {
    const t = this.table;
    const s = t.slotOf(obj);
    if (s < 0 || (t.flags[s]! & FLAG_TRACKED) === 0) return;
    t.remove(s);
    t.flags[s] = t.flags[s]! & ~(FLAG_TRACKED | FLAG_COLLECTING | FLAG_UNREACHABLE);
    if (this.ctx.trace !== null) this.ctx.trace({ kind: 'untrack', t: this.ctx.now(), address: this.model.address(obj) });
  }

  isTracked(obj: O): boolean {
    const s = this.table.slotOf(obj);
    return s >= 0 && (this.table.flags[s]! & FLAG_TRACKED) !== 0;
  }

  isFinalized(obj: O): boolean {
    const s = this.table.slotOf(obj);
    return s >= 0 && (this.table.flags[s]! & FLAG_FINALIZED) !== 0;
  }

  markFinalized(obj: O): void {
    const s = this.table.slotOf(obj);
    if (s >= 0) this.table.flags[s] = this.table.flags[s]! | FLAG_FINALIZED;
  }

  writeBarrier(): void {
    // 3.12 needs none (constraints.needsWriteBarrier is false).
  }

  // --- scheduling -----------------------------------------------------------------------------

  collectionPending(): boolean {
    return this.scheduled;
  }

  /** _Py_RunGC → gc_collect_generations. */
  collectScheduled(): void {
    this.scheduled = false;
    if (this.collecting) return;
    this.collecting = true;
    try {
      for (let i = GC_GENERATIONS - 1; i >= 0; i--) {
        if (this.count[i]! > this.threshold[i]!) {
          // Avoid quadratic behaviour: a full collection waits until the objects that
          // survived since the last one exceed 25% of the long-lived total.
          if (i === GC_GENERATIONS - 1 && this.longLivedPending < Math.floor(this.longLivedTotal / 4)) continue;
          this.collectWithCallback(i);
          break;
        }
      }
    } finally {
      this.collecting = false;
    }
  }

  collect(generation: number): number {
    if (!Number.isInteger(generation) || generation < 0 || generation >= GC_GENERATIONS) throw new RangeError('invalid generation');
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      return this.collectWithCallback(generation);
    } finally {
      this.collecting = false;
    }
  }

  private collectWithCallback(generation: number): number {
    this.ctx.runCallbacks('start', { generation, collected: 0, uncollectable: 0 });
    const started = this.ctx.now();
    const traversedBefore = this.traversed;
    if (this.ctx.trace !== null) this.ctx.trace({ kind: 'gc-start', t: started, tid: 0, generation, counts: [...this.count] });
    const [collected, uncollectable] = this.collectMain(generation);
    const pause = Math.max(0, this.ctx.now() - started);
    const traversed = this.traversed - traversedBefore;
    this.totalPauseNs += pause;
    if (pause > this.maxPauseNs) this.maxPauseNs = pause;
    if (traversed > this.maxTraversed) this.maxTraversed = traversed;
    this.perGeneration[generation]!++;
    this.totalCollected += collected;
    this.totalUncollectable += uncollectable;
    if (this.ctx.trace !== null) this.ctx.trace({ kind: 'gc-end', t: this.ctx.now(), tid: 0, generation, collected, uncollectable, traversed, pauseNs: pause });
    this.ctx.runCallbacks('stop', { generation, collected, uncollectable });
    return collected + uncollectable;
  }

  /** Hook for strategies that keep the bookkeeping but find no cycles (`refcount`). */
  protected findsCycles(): boolean {
    return true;
  }

  /** gc_collect_main: returns [collected, uncollectable]. */
  private collectMain(generation: number): [number, number] {
    const t = this.table;
    const debug = this.debug;
    const started = this.ctx.now();
    if (debug & GcDebug.STATS) {
      this.ctx.debugLog(`gc: collecting generation ${generation}...`);
      this.ctx.debugLog(`gc: objects in each generation: ${t.size(0)} ${t.size(1)} ${t.size(2)}`);
      this.ctx.debugLog(`gc: objects in permanent generation: ${t.size(PERMANENT)}`);
    }
    if (generation + 1 < GC_GENERATIONS) this.count[generation + 1]!++;
    for (let i = 0; i <= generation; i++) this.count[i] = 0;
    for (let i = 0; i < generation; i++) t.merge(i, generation);
    const young = generation;
    const old = generation < GC_GENERATIONS - 1 ? generation + 1 : generation;

    if (!this.findsCycles()) {
      if (young !== old) t.merge(young, old);
      this.stats[generation]!.collections++;
      return [0, 0];
    }

    this.deduceUnreachable(young, UNREACHABLE);
    // untrack_tuples; a full collection also does untrack_dicts (after the survivors are
    // known, which the same pass gives here since both only look at survivors).
    this.untrackContainers(young, /* full */ young === old);
    if (young !== old) {
      if (generation === GC_GENERATIONS - 2) this.longLivedPending += t.size(young);
      t.merge(young, old);
    } else {
      this.longLivedPending = 0;
      this.longLivedTotal = t.size(young);
    }

    // Legacy finalizers (tp_del) and all they reach are uncollectable.
    t.init(FINALIZERS);
    for (let s = t.next[UNREACHABLE]!; s !== UNREACHABLE; ) {
      const next = t.next[s]!;
      t.flags[s] = t.flags[s]! & ~FLAG_UNREACHABLE;
      if (this.model.hasLegacyDel(t.objs[s]!)) {
        t.flags[s] = t.flags[s]! & ~FLAG_COLLECTING;
        t.move(s, FINALIZERS);
      }
      s = next;
    }
    this.moveTarget = FINALIZERS;
    for (let s = t.next[FINALIZERS]!; s !== FINALIZERS; s = t.next[s]!) this.model.traverse(t.objs[s]!, this.visitMove);

    if (debug & GcDebug.COLLECTABLE) {
      for (let s = t.next[UNREACHABLE]!; s !== UNREACHABLE; s = t.next[s]!) this.debugCycle('collectable', t.objs[s]!);
    }

    let m = this.handleWeakrefs(UNREACHABLE, old);
    this.finalizeGarbage(UNREACHABLE);
    this.handleResurrected(UNREACHABLE, STILL_UNREACHABLE, old);
    m += t.size(STILL_UNREACHABLE);
    this.deleteGarbage(STILL_UNREACHABLE, old);

    let n = 0;
    for (let s = t.next[FINALIZERS]!; s !== FINALIZERS; s = t.next[s]!) {
      n++;
      if (debug & GcDebug.UNCOLLECTABLE) this.debugCycle('uncollectable', t.objs[s]!);
    }
    if (debug & GcDebug.STATS) {
      const seconds = (this.ctx.now() - started) / 1e9;
      this.ctx.debugLog(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${seconds.toFixed(4)}s elapsed`);
    }
    // handle_legacy_finalizers: to gc.garbage, then into the old generation.
    for (let s = t.next[FINALIZERS]!; s !== FINALIZERS; s = t.next[s]!) {
      const obj = t.objs[s]!;
      if (debug & GcDebug.SAVEALL || this.model.hasLegacyDel(obj)) this.appendGarbage(obj);
    }
    t.merge(FINALIZERS, old);

    const st = this.stats[generation]!;
    st.collections++;
    st.collected += m;
    st.uncollectable += n;
    return [m, n];
  }

  private appendGarbage(obj: O): void {
    this.ctx.appendGarbage(obj);
    if (this.ctx.trace !== null) this.ctx.trace({ kind: 'garbage', t: this.ctx.now(), address: this.model.address(obj) });
  }

  private debugCycle(msg: string, obj: O): void {
    this.ctx.debugLog(`gc: ${msg} <${this.model.typeName(obj)} 0x${this.model.address(obj).toString(16)}>`);
  }

  /** update_refs, subtract_refs, move_unreachable. */
  private deduceUnreachable(young: number, unreachable: number): void {
    const t = this.table;
    const model = this.model;
    // Why locals: the table's arrays do not change size during these loops (no slot is created),
    // so they are read from locals instead of through `t` on every step.
    const next = t.next;
    const flags = t.flags;
    const refs = t.refs;
    const objs = t.objs;
    for (let s = next[young]!; s !== young; s = next[s]!) {
      refs[s] = model.getRefcount(objs[s]!);
      flags[s] = flags[s]! | FLAG_COLLECTING;
    }
    const visitDecref = this.visitDecref;
    for (let s = next[young]!; s !== young; s = next[s]!) model.traverse(objs[s]!, visitDecref);
    t.init(unreachable);
    this.young = young;
    const visitReachable = this.visitReachable;
    // Walk young; objects appended behind the cursor by visitReachable get scanned too.
    for (let s = next[young]!; s !== young; ) {
      if (refs[s] !== 0) {
        model.traverse(objs[s]!, visitReachable);
        flags[s] = flags[s]! & ~FLAG_COLLECTING;
        s = next[s]!;
      } else {
        const after = next[s]!;
        t.move(s, unreachable);
        flags[s] = flags[s]! | FLAG_UNREACHABLE;
        s = after;
      }
    }
  }

  /**
   * untrack_tuples, and in full collections untrack_dicts, in one pass. `mayUntrack` is asked
   * first: it is false at once for every other type, so the type name is read only for the
   * tuples and dicts that qualify.
   */
  private untrackContainers(head: number, full: boolean): void {
    const t = this.table;
    const model = this.model;
    for (let s = t.next[head]!; s !== head; ) {
      const next = t.next[s]!;
      const obj = t.objs[s]!;
      if (model.mayUntrack(obj) && (full || model.typeName(obj) !== 'dict')) this.untrack(obj);
      s = next;
    }
  }

  /** handle_weakrefs: returns how many reachable weakrefs died when their callbacks ran. */
  private handleWeakrefs(unreachable: number, old: number): number {
    const t = this.table;
    const model = this.model;
    t.init(WRCB_TO_CALL);
    for (let s = t.next[unreachable]!; s !== unreachable; s = t.next[s]!) {
      const op = t.objs[s]!;
      if (model.isWeakref?.(op)) model.clearWeakref(op);
      const wrs = model.weakrefsTo(op);
      if (wrs.length === 0) continue;
      for (const wr of [...wrs]) {
        const callback = model.clearWeakref(wr);
        const ws = t.slotOf(wr);
        const wrGarbage = ws >= 0 && (t.flags[ws]! & FLAG_COLLECTING) !== 0;
        if (this.ctx.trace !== null) this.ctx.trace({ kind: 'weakref-clear', t: this.ctx.now(), weakref: model.address(wr), referent: model.address(op), callback: callback !== null && !wrGarbage });
        if (callback === null || wrGarbage) continue;
        this.incref(wr);
        const wslot = t.ensure(wr);
        if ((t.flags[wslot]! & FLAG_TRACKED) === 0) {
          t.flags[wslot] = t.flags[wslot]! | FLAG_TRACKED;
          t.append(wslot, WRCB_TO_CALL);
        } else t.move(wslot, WRCB_TO_CALL);
        this.pendingCallbacks.set(wslot, callback);
      }
    }
    let freed = 0;
    while (!t.isEmpty(WRCB_TO_CALL)) {
      const s = t.next[WRCB_TO_CALL]!;
      const wr = t.objs[s]!;
      const callback = this.pendingCallbacks.get(s)!;
      this.pendingCallbacks.delete(s);
      model.callWeakrefCallback(callback, wr);
      this.decref(wr);
      if (t.next[WRCB_TO_CALL] === s) t.move(s, old);
      else freed++;
    }
    return freed;
  }

  /** The callback of each weakref waiting in WRCB_TO_CALL, by slot (wr_callback). */
  private readonly pendingCallbacks = new Map<number, O>();

  /** finalize_garbage: tp_finalize once per object, taking the list's head each time. */
  private finalizeGarbage(collectable: number): void {
    const t = this.table;
    const model = this.model;
    t.init(SEEN);
    while (!t.isEmpty(collectable)) {
      const s = t.next[collectable]!;
      const op = t.objs[s]!;
      t.move(s, SEEN);
      if ((t.flags[s]! & FLAG_FINALIZED) === 0 && model.hasFinalizer(op)) {
        t.flags[s] = t.flags[s]! | FLAG_FINALIZED;
        this.incref(op);
        model.finalize(op);
        if (this.ctx.trace !== null) this.ctx.trace({ kind: 'finalize', t: this.ctx.now(), address: model.address(op), resurrected: false });
        this.decref(op);
      }
    }
    t.merge(SEEN, collectable);
  }

  /** handle_resurrected_objects: what a finalizer revived goes to the old generation. */
  private handleResurrected(unreachable: number, stillUnreachable: number, old: number): void {
    const t = this.table;
    for (let s = t.next[unreachable]!; s !== unreachable; s = t.next[s]!) t.flags[s] = t.flags[s]! & ~FLAG_COLLECTING;
    // deduce_unreachable scans `unreachable` in place: what stays there was resurrected.
    t.init(RESURRECTED);
    t.merge(unreachable, RESURRECTED);
    this.deduceUnreachable(RESURRECTED, stillUnreachable);
    for (let s = t.next[stillUnreachable]!; s !== stillUnreachable; s = t.next[s]!) t.flags[s] = t.flags[s]! & ~FLAG_UNREACHABLE;
    t.merge(RESURRECTED, old);
  }

  /** delete_garbage: tp_clear each object (refcounting frees them), or keep them (SAVEALL). */
  private deleteGarbage(collectable: number, old: number): void {
    const t = this.table;
    const model = this.model;
    const saveAll = (this.debug & GcDebug.SAVEALL) !== 0;
    while (!t.isEmpty(collectable)) {
      const s = t.next[collectable]!;
      const op = t.objs[s]!;
      if (saveAll) this.appendGarbage(op);
      else {
        this.incref(op);
        model.clear(op);
        this.decref(op);
      }
      if (t.next[collectable] === s) {
        // Still alive: it may die later.
        t.flags[s] = t.flags[s]! & ~FLAG_COLLECTING;
        t.move(s, old);
      }
    }
  }

  // --- the gc module --------------------------------------------------------------------------

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  getCount(): [number, number, number] {
    return [this.count[0], this.count[1], this.count[2]];
  }

  getThreshold(): [number, number, number] {
    return [this.threshold[0], this.threshold[1], this.threshold[2]];
  }

  setThreshold(threshold0: number, threshold1?: number, threshold2?: number): void {
    this.threshold[0] = threshold0;
    if (threshold1 !== undefined) this.threshold[1] = threshold1;
    if (threshold2 !== undefined) this.threshold[2] = threshold2;
  }

  getObjects(generation: number | null): O[] {
    if (generation === null) return [...this.table.objects(0), ...this.table.objects(1), ...this.table.objects(2)];
    if (generation >= GC_GENERATIONS) throw new RangeError(`generation parameter must be less than the number of available generations (${GC_GENERATIONS})`);
    if (generation < 0) throw new RangeError('generation parameter cannot be negative');
    return this.table.objects(generation);
  }

  getReferrers(objs: readonly O[]): O[] {
    const wanted = new Set(objs);
    const out: O[] = [];
    for (let g = 0; g < GC_GENERATIONS; g++) {
      for (const obj of this.table.objects(g)) {
        let found = false;
        this.model.traverse(obj, (r) => {
          if (!found && wanted.has(r)) found = true;
        });
        if (found) out.push(obj);
      }
    }
    return out;
  }

  getReferents(objs: readonly O[]): O[] {
    const out: O[] = [];
    for (const obj of objs) {
      if (this.table.slotOf(obj) < 0) continue;
      this.model.traverse(obj, (r) => out.push(r));
    }
    return out;
  }

  freeze(): void {
    for (let g = 0; g < GC_GENERATIONS; g++) this.table.merge(g, PERMANENT);
    this.count[0] = 0;
  }

  unfreeze(): void {
    this.table.merge(PERMANENT, GC_GENERATIONS - 1);
  }

  getFreezeCount(): number {
    return this.table.size(PERMANENT);
  }

  getStats(): GenerationStats[] {
    return this.stats.map((s) => ({ ...s }));
  }

  setDebug(flags: number): void {
    this.debug = flags;
  }

  getDebug(): number {
    return this.debug;
  }

  summary(): CollectorSummary {
    return {
      collectionsPerGeneration: [...this.perGeneration],
      collected: this.totalCollected,
      uncollectable: this.totalUncollectable,
      totalPauseNs: this.totalPauseNs,
      maxPauseNs: this.maxPauseNs,
      objectsTraversed: this.traversed,
      maxObjectsTraversedInOnePause: this.maxTraversed,
    };
  }
}
