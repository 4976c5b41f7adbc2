/**
 * The `gc` benchmark suite: collectors on a heap of synthetic objects (the gc package's mock
 * object model: refcounts, two reference slots, traverse), against the same programs under
 * python3.12 (py/workloads/gc_heap.py) when the run asks for the baseline. The collector comes
 * from `-X gc=…` (the matrix), so one run compares strategies and CPython side by side:
 *
 *   collect-live  one full collection over N live objects (a chain), nothing freed — the
 *                 traversal cost, as pyperformance's gc_traversal; the "gc.collect() on
 *                 1 million tracked objects" figure at full size;
 *   cycles        build N/21 rings of 21 objects, drop them, collect — gc_collect's shape;
 *   chain         build a chain of N objects and drop it — refcount deallocation cascades.
 *
 * Run: `pyglass bench run gc --baseline python3.12 --matrix gc=cpython312,refcount` (see
 * docs/benchmarking.md for the runner's options).
 */
import * as path from 'node:path';
import type { Collector } from '@pyglass/interfaces';
import { createCollector } from '@pyglass/gc';
import { MockModel, type MockObject } from '../../packages/gc/test/helpers/mock-model';
import { CountingAllocator } from '../../packages/gc/test/helpers/scenario';
import { WORKSPACE_ROOT } from '../oracle/index';
import { defineBenchmark, type BenchContext, type Benchmark } from './definition';

interface Heap {
  model: MockModel;
  gc: Collector<MockObject>;
}

function heap(ctx: BenchContext): Heap {
  const model = new MockModel(new CountingAllocator());
  const gc = createCollector(model.context(), ctx.options.gc ?? null);
  model.collector = gc;
  return { model, gc };
}

/** `o.r0 = value` as STORE_ATTR does it (incref new, decref old). */
function store(h: Heap, owner: MockObject, value: MockObject | null): void {
  h.model.setSlot(owner, 0, value);
}

const workload = (kind: string) => ({
  script: path.join(WORKSPACE_ROOT, 'tools', 'bench', 'py', 'workloads', 'gc_heap.py'),
  params: (size: number) => ({ kind, size }),
});

const sample = (h: Heap, before: number) => ({ gcCollections: h.gc.getStats().reduce((n, s) => n + s.collections, 0) - before });
const collections = (h: Heap) => h.gc.getStats().reduce((n, s) => n + s.collections, 0);

export const benchmarks: Benchmark[] = [
  defineBenchmark({
    name: 'collect-live',
    suite: 'gc',
    tags: ['gc', 'traversal'],
    description: 'gc.collect() over N live tracked objects (a chain), nothing freed',
    sizes: { quick: 100_000, full: 1_000_000 },
    sizeUnit: 'objects',
    setup: (size, ctx) => {
      const h = heap(ctx);
      let prev: MockObject | null = null;
      for (let i = 0; i < size; i++) {
        const o = h.model.create('node', i);
        if (prev) store(h, o, prev);
        h.model.roots.push(o);
        prev = o;
      }
      h.gc.collect(2);
      return h;
    },
    run: (_size, h) => {
      const before = collections(h);
      h.gc.collect(2);
      return sample(h, before);
    },
    python: workload('collect-live'),
  }),
  defineBenchmark({
    name: 'cycles',
    suite: 'gc',
    tags: ['gc', 'cycles'],
    description: 'build N/21 rings of 21 objects, drop them, gc.collect()',
    sizes: { quick: 21_000, full: 210_000 },
    sizeUnit: 'objects',
    setup: (_size, ctx) => heap(ctx),
    run: (size, h) => {
      const before = collections(h);
      for (let k = 0; k < Math.floor(size / 21); k++) {
        const first = h.model.create('node', k);
        let prev = first;
        for (let i = 0; i < 20; i++) {
          const o = h.model.create('node', i);
          store(h, o, prev);
          h.gc.decref(prev);
          prev = o;
        }
        // Each node's creation reference went to its successor; the last one's to `first`.
        store(h, first, prev);
        h.gc.decref(prev);
        if (h.gc.collectionPending()) h.gc.collectScheduled();
      }
      h.gc.collect(2);
      return sample(h, before);
    },
    python: workload('cycles'),
  }),
  defineBenchmark({
    name: 'chain',
    suite: 'gc',
    tags: ['gc', 'refcount'],
    description: 'build a chain of N objects and drop it (refcount deallocation cascade)',
    sizes: { quick: 100_000, full: 1_000_000 },
    sizeUnit: 'objects',
    setup: (_size, ctx) => heap(ctx),
    run: (size, h) => {
      const before = collections(h);
      let head: MockObject | null = null;
      for (let i = 0; i < size; i++) {
        const o = h.model.create('node', i);
        if (head) {
          store(h, o, head);
          h.gc.decref(head);
        }
        head = o;
        if (h.gc.collectionPending()) h.gc.collectScheduled();
      }
      if (head) h.gc.decref(head);
      return sample(h, before);
    },
    python: workload('chain'),
  }),
];
