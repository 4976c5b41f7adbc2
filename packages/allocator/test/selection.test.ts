/**
 * The allocator selector: the registered names, the default, `-X alloc=` specs with options,
 * the environment variable, the error listing valid names, and the constraints each strategy
 * exports; plus the `host` strategy's behaviour and the JSON-lines trace sink.
 */
import { decodeHeapTrace, UnknownStrategyError } from '@pyglass/interfaces';
import { allocatorSelector, createAllocator, jsonLinesHeapSink } from '../src/index';

const context = { trace: null, now: () => 0 };

describe('allocator selection', () => {
  it('registers pymalloc (default), system, bump and host', () => {
    expect(allocatorSelector.names).toEqual(['pymalloc', 'system', 'bump', 'host']);
    expect(createAllocator(context).name).toBe('pymalloc');
    expect(createAllocator(context, 'host').name).toBe('host');
    expect(createAllocator(context, null, { PYGLASS_ALLOC: 'host' }).name).toBe('host');
  });

  it('an unknown name lists the valid ones', () => {
    expect(() => createAllocator(context, 'mimalloc')).toThrow(UnknownStrategyError);
    expect(() => createAllocator(context, 'mimalloc')).toThrow('unknown alloc strategy "mimalloc"; valid: pymalloc, system, bump, host');
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

  it('system: exact-size LIFO reuse, internal and external fragmentation', () => {
    const a = createAllocator(context, 'system');
    const x = a.allocate(100);
    const y = a.allocate(100);
    a.allocate(30);
    a.free(x);
    a.free(y);
    expect(a.allocate(100)).toBe(y);
    // 100 bytes take a 112-byte chunk (12 lost inside), 30 bytes a 48-byte one (18); x's chunk
    // waits in the free list.
    expect((a as import('../src/index').SystemAllocator).fragmentationBytes()).toEqual({ internal: 12 + 18, external: 112 });
    expect(a.debugStats()).toContain('# bytes in free chunks');
  });

  it('bump: regions freed as a whole when their last block dies', () => {
    const a = createAllocator(context, 'bump');
    const blocks: number[] = [];
    for (let i = 0; i < 3 * 4096; i++) blocks.push(a.allocate(256));
    expect(blocks[1]! - blocks[0]!).toBe(256);
    expect(a.stats().systemBytes).toBe(3 * 1048576);
    for (let i = 0; i < 4096; i++) a.free(blocks[i]!);
    expect(a.stats().systemBytes).toBe(2 * 1048576);
    a.free(blocks[4096]!);
    expect(a.stats().systemBytes).toBe(2 * 1048576);
    expect(a.stats().fragmentation).toBeGreaterThan(0);
    expect(a.allocate(3 << 20) % 16).toBe(0);
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
