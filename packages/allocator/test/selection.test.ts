/**
 * The allocator selector: the registered names, the default, `-X alloc=` specs with options,
 * the environment variable, the error listing valid names, and the constraints each strategy
 * exports; plus the `host` strategy's behaviour and the JSON-lines trace sink.
 */
import { decodeHeapTrace, UnknownStrategyError } from '@pyglass/interfaces';
import { allocatorSelector, createAllocator, jsonLinesHeapSink } from '../src/index';

const context = { trace: null, now: () => 0 };

describe('allocator selection', () => {
  it('registers pymalloc (default) and host', () => {
    expect(allocatorSelector.names).toEqual(['pymalloc', 'host']);
    expect(createAllocator(context).name).toBe('pymalloc');
    expect(createAllocator(context, 'host').name).toBe('host');
    expect(createAllocator(context, null, { PYGLASS_ALLOC: 'host' }).name).toBe('host');
  });

  it('an unknown name lists the valid ones', () => {
    expect(() => createAllocator(context, 'bump')).toThrow(UnknownStrategyError);
    expect(() => createAllocator(context, 'bump')).toThrow('unknown alloc strategy "bump"; valid: pymalloc, host');
  });

  it('options reach the factory', () => {
    const a = createAllocator(context, 'pymalloc,arenas=1');
    let n = 0;
    while (a.allocate(512) !== 0) n++;
    expect(n).toBe(63 * 31);
  });

  it('constraints describe each strategy', () => {
    expect(allocatorSelector.get('pymalloc').constraints).toMatchObject({ simulatesHeap: true, alignment: 16, smallRequestThreshold: 512, reusesAddresses: true });
    expect(allocatorSelector.get('host').constraints).toMatchObject({ simulatesHeap: false, reusesAddresses: false });
  });

  it('host gives unique aligned addresses and never reuses them', () => {
    const h = createAllocator(context, 'host');
    const a = h.allocate(10);
    h.free(a);
    const b = h.allocate(10);
    expect(b).not.toBe(a);
    expect(b % 16).toBe(0);
    expect(h.stats()).toMatchObject({ blocksInUse: 1, systemBytes: 0, totalAllocations: 2, totalFrees: 1 });
  });

  it('traces are JSON lines the interfaces codec reads back', () => {
    let text = '';
    const a = createAllocator({ trace: jsonLinesHeapSink((l) => (text += l)), now: () => 5 }, 'pymalloc');
    const x = a.allocate(24, 'float');
    a.free(x);
    expect(decodeHeapTrace(text)).toEqual([
      { kind: 'alloc', t: 5, tid: 0, address: x, size: 24, type: 'float' },
      { kind: 'free', t: 5, tid: 0, address: x, size: 24 },
    ]);
  });
});
