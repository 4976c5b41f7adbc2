/**
 * pymalloc against CPython 3.12: the address-reuse pattern of random allocate/free sequences
 * (fixtures/pymalloc-reuse.json, recorded by the oracle as pool ordinal + offset per
 * allocation), the `sys._debugmallocstats()` layout (fixtures/debugmallocstats.json: oracle texts
 * parsed back into counters must print identically), and the arena bookkeeping that obmalloc.c's
 * rules predict (pools per arena, arena reuse order, the one-empty-arena rule).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HeapEvent } from '@pyglass/interfaces';
import { CLASS_BLOCKS, POOL_SIZE, Pymalloc } from '../src/plans/pymalloc/pymalloc';
import { formatDebugAllocatorStats, formatMallocStats, parseMallocStats } from '../src/plans/pymalloc/debug-stats';

const fixture = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', `${name}.json`), 'utf8')) as T;
const fresh = () => new Pymalloc({ trace: null, now: () => 0 });

interface ReuseCase {
  ops: ['a' | 'f', number, number][];
  canon: [number, number][];
}

describe('pymalloc address reuse equals CPython 3.12', () => {
  const { cases } = fixture<{ cases: ReuseCase[] }>('pymalloc-reuse');
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_i, c) => {
    const m = fresh();
    const slots = new Map<number, number>();
    const pools = new Map<number, number>();
    const canon: [number, number][] = [];
    for (const [op, slot, size] of c.ops) {
      if (op === 'a') {
        const address = m.allocate(size);
        slots.set(slot, address);
        const page = Math.floor(address / POOL_SIZE);
        if (!pools.has(page)) pools.set(page, pools.size);
        canon.push([pools.get(page)!, address % POOL_SIZE]);
      } else {
        m.free(slots.get(slot)!);
        slots.delete(slot);
      }
    }
    expect(canon).toEqual(c.canon);
  });
});

describe('sys._debugmallocstats() layout', () => {
  const texts = fixture<string[]>('debugmallocstats');
  it.each(texts.map((t, i) => [i, t] as const))('oracle text %i reprints identically from its counters', (_i, text) => {
    expect(formatMallocStats(parseMallocStats(text))).toBe(text);
  });

  it('our own report has the oracle lines, labels and column widths', () => {
    const m = fresh();
    for (let i = 0; i < 20000; i++) m.allocate(1 + (i % 512));
    const ours = m.debugStats().split('\n');
    const theirs = texts[0]!.split('\n');
    // Compare labels (numbers masked); widths are checked line by line below.
    const label = (line: string) => line.split('=')[0]!.replace(/\d+/g, '#').trimEnd();
    const labels = (lines: string[]) => lines.filter((l) => l.includes('=') || !/^\s*\d/.test(l)).map(label);
    expect(labels(ours)).toEqual(labels(theirs));
    for (const line of ours) {
      if (/^\s*\d+\s+\d+/.test(line)) expect(line).toHaveLength(54);
      else if (line.includes('=') && !line.startsWith('Small')) expect(line).toHaveLength(57);
    }
  });

  it('free-list lines use _PyDebugAllocatorStats format', () => {
    expect(formatDebugAllocatorStats('free PyDictObject', 14, 48)).toBe('           14 free PyDictObjects * 48 bytes each =                  672\n');
    expect(formatDebugAllocatorStats('free 10-sized PyTupleObject', 0, 104)).toBe(' 0 free 10-sized PyTupleObjects * 104 bytes each =                    0\n');
  });

  it('the arena bytes add up', () => {
    const m = fresh();
    const live: number[] = [];
    for (let i = 0; i < 100000; i++) live.push(m.allocate(8 + (i % 300)));
    for (let i = 0; i < live.length; i += 3) m.free(live[i]!);
    const text = m.debugStats();
    const c = parseMallocStats(text);
    const total = Number(/^Total\s+=\s+([\d,]+)$/m.exec(text)![1]!.replace(/,/g, ''));
    expect(total).toBe(c.arenasCurrent * 1048576);
  });
});

describe('pymalloc model rules', () => {
  it('16-byte alignment, 32 classes, 48-byte pool header', () => {
    const m = fresh();
    expect(CLASS_BLOCKS[0]).toBe(1021);
    expect(CLASS_BLOCKS[31]).toBe(31);
    for (let size = 1; size <= 512; size++) {
      const a = m.allocate(size);
      expect(a % 16).toBe(0);
      expect(m.usableSize(size)).toBe(Math.ceil(size / 16) * 16);
    }
    const first = fresh().allocate(1);
    expect(first % POOL_SIZE).toBe(48);
  });

  it('a freed block is the next one handed out (LIFO per pool), before virgin space', () => {
    const m = fresh();
    const a = [m.allocate(32), m.allocate(32), m.allocate(32), m.allocate(32)];
    expect(a[1]! - a[0]!).toBe(32);
    m.free(a[1]!);
    m.free(a[3]!);
    expect(m.allocate(32)).toBe(a[3]);
    expect(m.allocate(32)).toBe(a[1]);
    expect(m.allocate(32)).toBe(a[3]! + 32);
  });

  it('0-byte and >512-byte requests go to the system allocator, in another range', () => {
    const m = fresh();
    const small = m.allocate(512);
    const zero = m.allocate(0);
    const big = m.allocate(513);
    const zero2 = m.allocate(0);
    expect(zero).not.toBe(zero2);
    expect(Math.abs(big - small)).toBeGreaterThan(2 ** 40);
    expect(Math.floor(zero / 2 ** 40)).toBe(Math.floor(big / 2 ** 40));
    m.free(big);
    expect(m.allocate(513)).toBe(big);
    expect(() => m.free(big + 16)).toThrow(/unallocated/);
  });

  it('double free and foreign addresses throw', () => {
    const m = fresh();
    const a = m.allocate(100);
    m.allocate(100);
    m.free(a);
    expect(() => m.free(a)).toThrow(/unallocated/);
    expect(() => m.free(a + 8)).toThrow(/unallocated/);
    expect(() => m.free(12345)).toThrow(/unallocated/);
  });

  it('arena counts: 63 pools per unaligned arena, 64 per aligned one; arenas freed when empty except the last', () => {
    const m = fresh();
    // 512-byte blocks: 31 per pool. The first arena's base is page- but not pool-aligned.
    const blocks: number[] = [];
    const perArena = 63 * 31;
    for (let i = 0; i < perArena; i++) blocks.push(m.allocate(512));
    expect(m.arenasAllocated).toBe(1);
    blocks.push(m.allocate(512));
    expect(m.arenasAllocated).toBe(2);
    // The second arena sits just below the first: its base is misaligned the same way.
    for (let i = 1; i < perArena; i++) blocks.push(m.allocate(512));
    expect(m.arenasAllocated).toBe(2);
    blocks.push(m.allocate(512));
    expect(m.arenasAllocated).toBe(3);
    // Free the first arena's blocks: it empties while others remain usable → unmapped.
    for (let i = 0; i < perArena; i++) m.free(blocks[i]!);
    expect(m.arenasAllocated).toBe(2);
    // Free everything: the last usable arena stays mapped (bpo-37257).
    for (let i = perArena; i < blocks.length; i++) m.free(blocks[i]!);
    expect(m.arenasAllocated).toBe(1);
    const c = m.mallocStatsCounters();
    expect(c.arenasAllocatedTotal).toBe(3);
    expect(c.arenasHighwater).toBe(3);
  });

  it('usable_arenas: new pools come from the fullest arena', () => {
    const m = fresh();
    const perArena = 63 * 31;
    const a: number[] = [];
    for (let i = 0; i < 3 * perArena; i++) a.push(m.allocate(512));
    // Free 10 pools in arena 0 and 2 pools in arena 2: arena 2 has fewer free pools → used first.
    for (let i = 0; i < 10 * 31; i++) m.free(a[i]!);
    for (let i = 2 * perArena; i < 2 * perArena + 2 * 31; i++) m.free(a[i]!);
    const next = m.allocate(512);
    const arena2 = a.slice(2 * perArena, 3 * perArena);
    const lo = Math.min(...arena2);
    const hi = Math.max(...arena2);
    expect(next >= lo && next <= hi).toBe(true);
    // The most recently emptied pool of that arena comes first, its free list intact: the last
    // block freed in it is handed out first.
    expect(next).toBe(a[2 * perArena + 2 * 31 - 1]);
  });

  it('realloc stays in place within the class and on shrinks of less than a quarter', () => {
    const m = fresh();
    const a = m.allocate(100);
    expect(m.reallocate(a, 112)).toBe(a);
    expect(m.reallocate(a, 85)).toBe(a);
    const moved = m.reallocate(a, 80);
    expect(moved).not.toBe(a);
    const big = m.reallocate(moved, 1000);
    expect(m.reallocate(big, 10)).toBe(big);
  });

  it('stats and traces', () => {
    const events: HeapEvent[] = [];
    const m = new Pymalloc({ trace: (e) => events.push(e), now: () => 7 });
    const a = m.allocate(40, 'list');
    const b = m.allocate(1000);
    m.free(a);
    const s = m.stats();
    expect(s.bytesInUse).toBe(1000);
    expect(s.peakBytesInUse).toBe(1040);
    expect(s.blocksInUse).toBe(1);
    expect(s.totalAllocations).toBe(2);
    expect(s.totalFrees).toBe(1);
    expect(s.systemBytes).toBeGreaterThanOrEqual(1048576);
    expect(events).toEqual([
      { kind: 'alloc', t: 7, tid: 0, address: a, size: 40, type: 'list' },
      { kind: 'alloc', t: 7, tid: 0, address: b, size: 1000, type: '' },
      { kind: 'free', t: 7, tid: 0, address: a, size: 40 },
    ]);
  });

  it('a capped heap returns 0 (MemoryError) instead of growing', () => {
    const m = new Pymalloc({ trace: null, now: () => 0 }, { maxArenas: 1 });
    let n = 0;
    while (m.allocate(512) !== 0) n++;
    expect(n).toBe(63 * 31);
  });
});
