/**
 * A mock object model for testing collectors without the VM (as mmtk tests plans against a mock
 * VM): objects with refcounts, four reference slots, weak reference lists, `__del__` that logs or
 * resurrects, and weakref callbacks that log — the behaviour of CPython's slotted instances and
 * `weakref.ref` objects, implemented through the contract's ObjectModel hooks. Its deallocation
 * follows subtype_dealloc's order (finalizer first — done by the collector — then weakref
 * callbacks, then slots cleared in order), and blocks come from a real allocator so addresses
 * behave as ids do.
 */
import type { Allocator, Collector, CollectorContext, GcCallbackInfo, ObjectModel } from '@pyglass/interfaces';

export type MockKind = 'node' | 'del' | 'res' | 'weakref' | 'tuple' | 'dict';

export class MockObject {
  refcount = 1;
  gcSlot = -1;
  readonly refs: (MockObject | null)[] = [null, null, null, null];
  /** Weak references to this object, in CPython's list order (head first). */
  readonly weakrefs: MockObject[] = [];
  referent: MockObject | null = null;
  /** A weakref's callback: true when it has one (the callback is one shared function). */
  hasCallback = false;
  alive = true;
  constructor(
    readonly kind: MockKind,
    readonly name: number,
    public address: number,
  ) {}
}

/** The size CPython 3.12 gives these objects (a slotted instance with 5 slots + weaklist: 72 + 16 GC header). */
const SIZES: Record<MockKind, number> = { node: 88, del: 88, res: 88, weakref: 80, tuple: 64, dict: 64 };

export class MockModel implements ObjectModel<MockObject> {
  collector!: Collector<MockObject>;
  /** __del__ and callback log: object number, or 1000 + weakref number. */
  readonly log: number[] = [];
  /** Where ResNode.__del__ puts itself (a root). */
  readonly saved: MockObject[] = [];
  /** Strong references from outside the heap (the scenario's variables). */
  readonly roots: (MockObject | null)[] = [];
  readonly garbage: MockObject[] = [];
  readonly debugLines: string[] = [];
  readonly callbacksSeen: [string, GcCallbackInfo][] = [];
  deallocated = 0;

  constructor(readonly allocator: Allocator) {}

  context(): CollectorContext<MockObject> {
    return {
      model: this,
      allocator: this.allocator,
      trace: null,
      now: () => 0,
      runCallbacks: (phase, info) => this.callbacksSeen.push([phase, info]),
      appendGarbage: (obj) => {
        this.collector.incref(obj);
        this.garbage.push(obj);
      },
      debugLog: (line) => this.debugLines.push(line),
    };
  }

  /** A new GC object (refcount 1, owned by the caller), allocated, counted and tracked. */
  create(kind: MockKind, name: number): MockObject {
    const obj = new MockObject(kind, name, this.allocator.allocate(SIZES[kind], kind));
    this.collector.gcAlloc(obj);
    this.collector.track(obj);
    return obj;
  }

  /** weakref.ref(target, callback?): a basic ref (no callback) is shared, as CPython does. */
  weakref(target: MockObject, name: number, callback: boolean): MockObject {
    const basic = target.weakrefs[0];
    if (!callback && basic && !basic.hasCallback) {
      this.collector.incref(basic);
      return basic;
    }
    const wr = this.create('weakref', name);
    wr.referent = target;
    wr.hasCallback = callback;
    if (!callback || !basic || basic.hasCallback) target.weakrefs.unshift(wr);
    else target.weakrefs.splice(1, 0, wr);
    return wr;
  }

  /** Stores `value` into slot `r` of `owner`, releasing what was there (STORE_ATTR). */
  setSlot(owner: MockObject, r: number, value: MockObject | null): void {
    if (value) this.collector.incref(value);
    const old = owner.refs[r];
    owner.refs[r] = value;
    if (old) this.collector.decref(old);
  }

  setRoot(i: number, value: MockObject | null): void {
    const old = this.roots[i] ?? null;
    this.roots[i] = value;
    if (old) this.collector.decref(old);
  }

  // --- ObjectModel ----------------------------------------------------------------------------

  traverse(obj: MockObject, visit: (referent: MockObject) => void): void {
    for (const r of obj.refs) if (r) visit(r);
  }
  traverseRoots(visit: (referent: MockObject) => void): void {
    for (const r of this.roots) if (r) visit(r);
    for (const r of this.saved) visit(r);
    for (const r of this.garbage) visit(r);
  }
  address(obj: MockObject): number {
    return obj.address;
  }
  getRefcount(obj: MockObject): number {
    return obj.refcount;
  }
  setRefcount(obj: MockObject, count: number): void {
    obj.refcount = count;
  }
  deallocate(obj: MockObject): void {
    if (!obj.alive) throw new Error(`double deallocation of ${obj.kind} ${obj.name}`);
    this.collector.untrack(obj);
    if (obj.kind === 'weakref') {
      this.clearWeakref(obj);
    } else {
      // PyObject_ClearWeakRefs: clear all, then call the callbacks in list order.
      const wrs = [...obj.weakrefs];
      for (const wr of wrs) this.collector.incref(wr);
      for (const wr of wrs) this.clearWeakref(wr);
      for (const wr of wrs) {
        if (wr.hasCallback) this.callWeakrefCallback(wr, wr);
        this.collector.decref(wr);
      }
      for (let r = 0; r < 4; r++) {
        const ref = obj.refs[r];
        if (ref) {
          obj.refs[r] = null;
          this.collector.decref(ref);
        }
      }
    }
    obj.alive = false;
    this.deallocated++;
    this.collector.gcFree(obj);
    this.allocator.free(obj.address);
  }
  hasFinalizer(obj: MockObject): boolean {
    return obj.kind === 'del' || obj.kind === 'res';
  }
  finalize(obj: MockObject): void {
    this.log.push(obj.name);
    if (obj.kind === 'res') {
      this.collector.incref(obj);
      this.saved.push(obj);
    }
  }
  /** Names of objects whose type has a legacy tp_del (set by tests; Python code cannot make one). */
  readonly legacyDel = new Set<number>();
  hasLegacyDel(obj: MockObject): boolean {
    return this.legacyDel.has(obj.name);
  }
  clear(obj: MockObject): void {
    if (obj.kind === 'weakref') {
      this.clearWeakref(obj);
      obj.hasCallback = false;
      return;
    }
    for (let r = 0; r < 4; r++) {
      const ref = obj.refs[r];
      if (ref) {
        obj.refs[r] = null;
        this.collector.decref(ref);
      }
    }
  }
  weakrefsTo(obj: MockObject): readonly MockObject[] {
    return obj.weakrefs;
  }
  clearWeakref(weakref: MockObject): MockObject | null {
    const target = weakref.referent;
    if (target) {
      const i = target.weakrefs.indexOf(weakref);
      if (i >= 0) target.weakrefs.splice(i, 1);
      weakref.referent = null;
    }
    // The callback object stands for the shared `cb` function: the weakref itself carries it.
    return weakref.hasCallback ? weakref : null;
  }
  callWeakrefCallback(_callback: MockObject, weakref: MockObject): void {
    this.log.push(1000 + weakref.name);
  }
  mayUntrack(obj: MockObject): boolean {
    if (obj.kind !== 'tuple' && obj.kind !== 'dict') return false;
    return obj.refs.every((r) => r === null || !this.collector.isTracked(r));
  }
  typeName(obj: MockObject): string {
    return obj.kind === 'node' ? 'Node' : obj.kind === 'del' ? 'DelNode' : obj.kind === 'res' ? 'ResNode' : obj.kind;
  }
  isWeakref(obj: MockObject): boolean {
    return obj.kind === 'weakref';
  }
  getGcSlot(obj: MockObject): number {
    return obj.gcSlot;
  }
  setGcSlot(obj: MockObject, slot: number): void {
    obj.gcSlot = slot;
  }
}
