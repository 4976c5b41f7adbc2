/**
 * cpython312 (and refcount, host) on the mock model, for the rules the oracle scenarios do not
 * reach: immortal counts, the gc module's listings (get_objects, get_referrers, get_referents,
 * freeze), untracking of tuples and dicts, legacy finalizers in gc.garbage, DEBUG_STATS and
 * DEBUG_COLLECTABLE lines, callbacks' info, traces, selection, and the refcount strategy's leak.
 */
import { decodeHeapTrace, GcDebug, IMMORTAL_REFCOUNT, UnknownStrategyError, type HeapEvent } from '@pyglass/interfaces';
import { collectorSelector, Cpython312Collector, createCollector, jsonLinesHeapSink, RefcountCollector } from '../src/index';
import { CountingAllocator } from './helpers/scenario';
import { MockModel, type MockObject } from './helpers/mock-model';

function setup(make: (m: MockModel) => import('@pyglass/interfaces').Collector<MockObject> = (m) => new Cpython312Collector(m.context())) {
  const model = new MockModel(new CountingAllocator());
  model.collector = make(model);
  return { model, gc: model.collector };
}

describe('cpython312 collector', () => {
  it('immortal objects keep 4294967295 and are never deallocated', () => {
    const { model, gc } = setup();
    const o = model.create('node', 1);
    gc.immortalize(o);
    gc.incref(o);
    gc.decref(o);
    gc.decref(o);
    expect(gc.refcount(o)).toBe(IMMORTAL_REFCOUNT);
    expect(o.alive).toBe(true);
  });

  it('decref below zero is a bug that throws, not a silent negative count', () => {
    const { model, gc } = setup();
    const o = model.create('node', 1);
    gc.decref(o);
    expect(() => gc.decref(o)).toThrow(/refcount is 0/);
  });

  it('get_objects per generation, get_referrers, get_referents', () => {
    const { model, gc } = setup();
    const a = model.create('node', 1);
    const b = model.create('node', 2);
    model.setSlot(a, 0, b);
    model.setRoot(1, a);
    model.setRoot(2, b);
    expect(gc.getObjects(0)).toEqual([a, b]);
    gc.collect(0);
    expect(gc.getObjects(0)).toEqual([]);
    expect(gc.getObjects(1)).toEqual([a, b]);
    expect(gc.getObjects(null)).toEqual([a, b]);
    expect(gc.getReferrers([b])).toEqual([a]);
    expect(gc.getReferents([a])).toEqual([b]);
    expect(() => gc.getObjects(3)).toThrow('generation parameter must be less than the number of available generations (3)');
    expect(() => gc.getObjects(-1)).toThrow('generation parameter cannot be negative');
  });

  it('freeze moves everything to the permanent generation, ignored by collections', () => {
    const { model, gc } = setup();
    const a = model.create('node', 1);
    model.setSlot(a, 0, a);
    gc.freeze();
    expect(gc.getFreezeCount()).toBe(1);
    expect(gc.getCount()[0]).toBe(0);
    gc.decref(a);
    expect(gc.collect(2)).toBe(0);
    gc.unfreeze();
    expect(gc.getFreezeCount()).toBe(0);
    expect(gc.collect(2)).toBe(1);
  });

  it('tuples holding only untracked objects are untracked at any collection, dicts only at full ones', () => {
    const { model, gc } = setup();
    const t = model.create('tuple', 1);
    const d = model.create('dict', 2);
    model.setRoot(1, t);
    model.setRoot(2, d);
    gc.collect(0);
    expect(gc.isTracked(t)).toBe(false);
    expect(gc.isTracked(d)).toBe(true);
    gc.collect(2);
    expect(gc.isTracked(d)).toBe(false);
    const t2 = model.create('tuple', 3);
    const n = model.create('node', 4);
    model.setSlot(t2, 0, n);
    model.setRoot(3, t2);
    model.setRoot(4, n);
    gc.collect(2);
    expect(gc.isTracked(t2)).toBe(true);
  });

  it('legacy tp_del objects in cycles, and what they reach, go to gc.garbage uncollected', () => {
    const { model, gc } = setup();
    model.legacyDel.add(1);
    const a = model.create('node', 1);
    const b = model.create('node', 2);
    const c = model.create('node', 3);
    model.setSlot(a, 0, b);
    model.setSlot(b, 0, a);
    model.setSlot(b, 1, c);
    gc.decref(a);
    gc.decref(b);
    gc.decref(c);
    expect(gc.collect(2)).toBe(3);
    expect(model.garbage).toEqual([a]);
    expect(gc.getStats()[2]).toEqual({ collections: 1, collected: 0, uncollectable: 3 });
  });

  it('callbacks get start/stop with info; DEBUG_STATS and DEBUG_COLLECTABLE lines', () => {
    const { model, gc } = setup();
    gc.setDebug(GcDebug.STATS | GcDebug.COLLECTABLE);
    const a = model.create('node', 1);
    model.setSlot(a, 0, a);
    gc.decref(a);
    expect(gc.collect(1)).toBe(1);
    expect(model.callbacksSeen).toEqual([
      ['start', { generation: 1, collected: 0, uncollectable: 0 }],
      ['stop', { generation: 1, collected: 1, uncollectable: 0 }],
    ]);
    expect(model.debugLines[0]).toBe('gc: collecting generation 1...');
    expect(model.debugLines[1]).toBe('gc: objects in each generation: 1 0 0');
    expect(model.debugLines[2]).toBe('gc: objects in permanent generation: 0');
    expect(model.debugLines[3]).toMatch(/^gc: collectable <Node 0x[0-9a-f]+>$/);
    expect(model.debugLines[4]).toMatch(/^gc: done, 1 unreachable, 0 uncollectable, \d+\.\d{4}s elapsed$/);
  });

  it('traces: gc-start/gc-end, finalize, track, refcounts when asked', () => {
    const events: HeapEvent[] = [];
    let text = '';
    const sink = jsonLinesHeapSink((l) => (text += l));
    const model = new MockModel(new CountingAllocator());
    const ctx = { ...model.context(), trace: (e: HeapEvent) => (events.push(e), sink(e)) };
    model.collector = createCollector(ctx, 'cpython312,refcounts=1');
    const a = model.create('del', 1);
    model.setSlot(a, 0, a);
    model.collector.decref(a);
    model.collector.collect(0);
    const kinds = events.map((e) => e.kind);
    // finalize_garbage holds a reference around __del__; delete_garbage around tp_clear, whose
    // decref of the self-reference and then the final decref free the object (untrack).
    expect(kinds).toEqual(['track', 'incref', 'decref', 'gc-start', 'incref', 'finalize', 'decref', 'incref', 'decref', 'decref', 'untrack', 'gc-end']);
    expect(decodeHeapTrace(text)).toEqual(events);
    expect(model.collector.summary()).toMatchObject({ collectionsPerGeneration: [1, 0, 0], collected: 1, uncollectable: 0 });
  });
});

describe('collector selection', () => {
  it('registers cpython312 (default), refcount, host; unknown names list them', () => {
    expect(collectorSelector.names).toEqual(['cpython312', 'refcount', 'host']);
    const model = new MockModel(new CountingAllocator());
    expect(createCollector(model.context()).name).toBe('cpython312');
    expect(createCollector(model.context(), null, { PYGLASS_GC: 'refcount' }).name).toBe('refcount');
    expect(() => createCollector(model.context(), 'tracing')).toThrow(UnknownStrategyError);
    expect(() => createCollector(model.context(), 'tracing')).toThrow('unknown gc strategy "tracing"; valid: cpython312, refcount, host');
  });

  it('each strategy exports its constraints', () => {
    expect(collectorSelector.get('cpython312').constraints).toMatchObject({ refcounts: true, collectsCycles: true, generational: true, promptFinalization: true });
    expect(collectorSelector.get('refcount').constraints).toMatchObject({ refcounts: true, collectsCycles: false });
    expect(collectorSelector.get('host').constraints).toMatchObject({ refcounts: false, promptFinalization: false });
  });

  it('refcount: acyclic garbage dies at once, cycles leak and collect() finds nothing', () => {
    const { model, gc } = setup((m) => new RefcountCollector(m.context()));
    const a = model.create('del', 1);
    gc.decref(a);
    expect(model.log).toEqual([1]);
    const b = model.create('node', 2);
    model.setSlot(b, 0, b);
    gc.decref(b);
    expect(gc.collect(2)).toBe(0);
    expect(b.alive).toBe(true);
    expect(gc.getCount()).toEqual([0, 0, 0]);
    expect(gc.getObjects(2)).toEqual([b]);
  });

  it('host: no counts, collect() returns 0 after start/stop callbacks', () => {
    const model = new MockModel(new CountingAllocator());
    const gc = createCollector(model.context(), 'host');
    model.collector = gc;
    const a = model.create('node', 1);
    expect(gc.isTracked(a)).toBe(true);
    expect(gc.collect(2)).toBe(0);
    expect(gc.getCount()).toEqual([0, 0, 0]);
    expect(model.callbacksSeen.map(([p]) => p)).toEqual(['start', 'stop']);
  });
});

describe('deallocation cascades', () => {
  it('a chain of 200,000 objects is freed without overflowing the stack (trashcan), in CPython order', () => {
    const { model, gc } = setup();
    let head: MockObject | null = null;
    for (let i = 0; i < 200_000; i++) {
      const o = model.create('node', i);
      if (head) {
        model.setSlot(o, 0, head);
        gc.decref(head);
      }
      head = o;
    }
    gc.decref(head!);
    expect(model.deallocated).toBe(200_000);
    expect(gc.getCount()[0]).toBe(0);
  });

  it('finalizers of a short chain run head first (no trashcan below 50 levels)', () => {
    const { model, gc } = setup();
    let head: MockObject | null = null;
    for (let i = 0; i < 5; i++) {
      const o = model.create('del', i);
      if (head) {
        model.setSlot(o, 0, head);
        gc.decref(head);
      }
      head = o;
    }
    gc.decref(head!);
    expect(model.log).toEqual([4, 3, 2, 1, 0]);
  });
});
