/**
 * The `host` collector: V8 owns memory and reclaims unreachable objects (cycles included) on its
 * own schedule; nothing is simulated. There are no reference counts (`incref`/`decref` do
 * nothing, `sys.getrefcount` is meaningless and documented as such), no generations and no
 * `__del__` at a predictable time; `gc.collect()` returns 0 and the `gc` module's counters stay
 * at zero. Tracking is remembered only so that `gc.is_tracked` answers. It is the speed baseline
 * for the simulated collectors.
 */
import {
  DEFAULT_GC_THRESHOLDS,
  type Collector,
  type CollectorConstraints,
  type CollectorContext,
  type CollectorSummary,
  type GenerationStats,
} from '@pyglass/interfaces';

export const HOST_COLLECTOR_CONSTRAINTS: CollectorConstraints = {
  refcounts: false,
  collectsCycles: true,
  movesObjects: false,
  generational: false,
  incremental: false,
  needsWriteBarrier: false,
  promptFinalization: false,
};

export class HostCollector<O> implements Collector<O> {
  readonly name = 'host';
  readonly constraints = HOST_COLLECTOR_CONSTRAINTS;
  // Why a WeakSet: membership for gc.is_tracked without keeping objects alive in V8.
  private readonly tracked = new WeakSet<object>();
  private readonly finalized = new WeakSet<object>();
  private enabled = true;
  private debug = 0;
  private threshold: [number, number, number] = [...DEFAULT_GC_THRESHOLDS];

  constructor(private readonly context: CollectorContext<O>) {}

  incref(): void {}
  decref(): void {}
  refcount(obj: O): number {
    return this.context.model.getRefcount(obj);
  }
  immortalize(): void {}
  gcAlloc(): void {}
  gcFree(): void {}
  track(obj: O): void {
    if (typeof obj === 'object' && obj !== null) this.tracked.add(obj);
  }
  untrack(obj: O): void {
    if (typeof obj === 'object' && obj !== null) this.tracked.delete(obj);
  }
  isTracked(obj: O): boolean {
    return typeof obj === 'object' && obj !== null && this.tracked.has(obj);
  }
  isFinalized(obj: O): boolean {
    return typeof obj === 'object' && obj !== null && this.finalized.has(obj);
  }
  markFinalized(obj: O): void {
    if (typeof obj === 'object' && obj !== null) this.finalized.add(obj);
  }
  writeBarrier(): void {}
  collectionPending(): boolean {
    return false;
  }
  collectScheduled(): void {}
  collect(generation: number): number {
    this.context.runCallbacks('start', { generation, collected: 0, uncollectable: 0 });
    this.context.runCallbacks('stop', { generation, collected: 0, uncollectable: 0 });
    return 0;
  }
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
  }
  isEnabled(): boolean {
    return this.enabled;
  }
  getCount(): [number, number, number] {
    return [0, 0, 0];
  }
  getThreshold(): [number, number, number] {
    return [...this.threshold];
  }
  setThreshold(t0: number, t1?: number, t2?: number): void {
    this.threshold = [t0, t1 ?? this.threshold[1], t2 ?? this.threshold[2]];
  }
  getObjects(): O[] {
    return [];
  }
  getReferrers(): O[] {
    return [];
  }
  getReferents(objs: readonly O[]): O[] {
    const out: O[] = [];
    for (const obj of objs) this.context.model.traverse(obj, (r) => out.push(r));
    return out;
  }
  freeze(): void {}
  unfreeze(): void {}
  getFreezeCount(): number {
    return 0;
  }
  getStats(): GenerationStats[] {
    return [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
  }
  setDebug(flags: number): void {
    this.debug = flags;
  }
  getDebug(): number {
    return this.debug;
  }
  summary(): CollectorSummary {
    return { collectionsPerGeneration: [0, 0, 0], collected: 0, uncollectable: 0, totalPauseNs: 0, maxPauseNs: 0, objectsTraversed: 0, maxObjectsTraversedInOnePause: 0 };
  }
}
