/**
 * Runs a collector scenario table (see test/oracle/gc_scenarios.py for the step language) against
 * the mock object model and a collector, producing the same `out` and `log` the oracle script
 * produces under CPython 3.12. Between steps it plays the interpreter's safe point: a scheduled
 * collection runs there. It also plays the free lists the script's loop meets: `gc.get_count()`
 * builds a 3-tuple, `gc.set_threshold(a, b, c)` an argument 3-tuple and `weakref.ref(x, cb)` an
 * argument 2-tuple; each comes from the tuple free
 * list, except after a full collection (which empties the free lists), when it is a new GC
 * allocation that stays counted (dropped tuples go back to the free list, uncounted).
 */
import { GcDebug, type Allocator, type AllocatorStats, type Collector, type CollectorContext } from '@pyglass/interfaces';
import { MockModel, type MockObject } from './mock-model';

export type Step = (string | number)[];
export interface ScenarioResult {
  out: number[];
  log: number[];
}

/** A minimal allocator for the tests: fresh 16-byte-aligned addresses, never reused. */
export class CountingAllocator implements Allocator {
  readonly name = 'counting';
  readonly constraints = { simulatesHeap: false, alignment: 16, smallRequestThreshold: 0, freesIndividually: true, reusesAddresses: false };
  private next = 0x10000;
  readonly live = new Set<number>();
  allocate(size: number): number {
    const a = this.next;
    this.next += Math.max(16, Math.ceil(size / 16) * 16);
    this.live.add(a);
    return a;
  }
  reallocate(address: number, newSize: number): number {
    this.free(address);
    return this.allocate(newSize);
  }
  free(address: number): void {
    if (!this.live.delete(address)) throw new Error(`free of unallocated address ${address}`);
  }
  usableSize(size: number): number {
    return size;
  }
  stats(): AllocatorStats {
    return { bytesInUse: 0, blocksInUse: this.live.size, peakBytesInUse: 0, systemBytes: 0, peakSystemBytes: 0, totalAllocations: 0, totalFrees: 0, fragmentation: 0 };
  }
  debugStats(): string {
    return '';
  }
}

export function runScenario(steps: Step[], makeCollector: (ctx: CollectorContext<MockObject>) => Collector<MockObject>): ScenarioResult & { model: MockModel; collector: Collector<MockObject> } {
  const model = new MockModel(new CountingAllocator());
  const gc = makeCollector(model.context());
  model.collector = gc;
  const out: number[] = [];
  const env = (i: number) => {
    const o = model.roots[i];
    if (!o) throw new Error(`scenario uses empty variable ${i}`);
    return o;
  };
  // Tuples waiting on the free list, by size (only sizes 2 and 3 are used).
  const tupleFreeList = [0, 0, 0, 0];
  const tuple = (size: number) => {
    if (tupleFreeList[size] !== 0) return;
    const t = model.create('tuple', -1);
    gc.untrack(t);
    model.allocator.free(t.address);
    t.alive = false;
    tupleFreeList[size] = 1;
  };
  let fullCollections = 0;
  for (const step of steps) {
    const [op, a, b, c] = step as [string, number, number, number];
    switch (op) {
      case 'node':
        model.setRoot(a, model.create((['node', 'del', 'res'] as const)[b], step.length > 3 ? c : a));
        break;
      case 'link':
        model.setSlot(env(a), b, env(c));
        break;
      case 'unlink':
        model.setSlot(env(a), b, null);
        break;
      case 'drop':
        model.setRoot(a, null);
        break;
      case 'wref':
        tuple(2);
        model.setRoot(a, model.weakref(env(b), a, c === 1));
        break;
      case 'collect':
        out.push(gc.collect(a));
        break;
      case 'count': {
        out.push(...gc.getCount());
        tuple(3);
        break;
      }
      case 'threshold':
        // gc.set_threshold is METH_VARARGS: the call packs its arguments into a tuple.
        tuple(3);
        gc.setThreshold(a, b, c);
        break;
      case 'enable':
        gc.setEnabled(true);
        break;
      case 'disable':
        gc.setEnabled(false);
        break;
      case 'freeze':
        gc.freeze();
        break;
      case 'unfreeze':
        gc.unfreeze();
        break;
      case 'finalized':
        out.push(gc.isFinalized(env(a)) ? 1 : 0);
        break;
      case 'tracked':
        out.push(gc.isTracked(env(a)) ? 1 : 0);
        break;
      case 'saveall':
        gc.setDebug(a ? GcDebug.SAVEALL : 0);
        break;
      case 'garbage':
        out.push(model.garbage.length);
        break;
      case 'cleargarbage': {
        const g = model.garbage.splice(0);
        for (const o of g) gc.decref(o);
        break;
      }
      case 'unsave': {
        const s = model.saved.splice(0);
        for (const o of s) gc.decref(o);
        break;
      }
      case 'stats':
        for (const s of gc.getStats()) out.push(s.collections, s.collected, s.uncollectable);
        break;
      default:
        throw new Error(`unknown scenario step ${op}`);
    }
    // The loop's backward jump: the eval breaker runs a scheduled collection here.
    if (gc.collectionPending()) gc.collectScheduled();
    // A full collection (explicit or scheduled) empties the free lists.
    const full = gc.getStats()[2]!.collections;
    if (full !== fullCollections) {
      fullCollections = full;
      tupleFreeList.fill(0);
    }
  }
  return { out, log: model.log, model, collector: gc };
}
