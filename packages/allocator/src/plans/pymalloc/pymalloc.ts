/**
 * pymalloc, CPython 3.12's small-object allocator (Objects/obmalloc.c, 64-bit, radix tree on),
 * as a model with real addresses. Requests of 1..512 bytes are rounded up to one of 32 size
 * classes of 16 bytes; each class is served from 16 KiB pools (a 48-byte header, then blocks),
 * pools are carved from 1 MiB arenas obtained from the modelled mmap. The orders that decide
 * which address comes back are CPython's: a freed block is pushed on its pool's free list and
 * popped first; a pool's untouched space is carved one block at a time only when its free list
 * is empty; a pool that was full goes to the front of its class's `usedpools` list when a block
 * is freed; an empty pool goes to the front of its arena's free pools; `usable_arenas` is kept
 * sorted by number of free pools (fullest first, via `nfp2lasta`), and a wholly free arena is
 * unmapped unless it is the last one in that list. 0-byte and larger requests go to the
 * modelled C malloc (policies/system-heap.ts), whose addresses lie in a separate range.
 *
 * Only bookkeeping is simulated — no bytes are stored. All per-pool and per-block state lives in
 * typed arrays indexed by a pool record number, so allocate/free touch no Map and allocate no JS
 * objects.
 */
import type { Allocator, AllocatorConstraints, AllocatorContext, AllocatorStats } from '@pyglass/interfaces';
import { AddressSpace } from '../../policies/address-space';
import { SystemHeap } from '../../policies/system-heap';
import { formatMallocStats, type MallocStatsCounters } from './debug-stats';

export const ALIGNMENT = 16;
export const ALIGNMENT_SHIFT = 4;
export const SMALL_REQUEST_THRESHOLD = 512;
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
export const POOL_BITS = 14;
export const POOL_SIZE = 1 << POOL_BITS;
export const ARENA_BITS = 20;
export const ARENA_SIZE = 1 << ARENA_BITS;
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE;
/** sizeof(struct pool_header) rounded up to ALIGNMENT: 4 pointers + 4 uints = 48 bytes. */
export const POOL_OVERHEAD = 48;
/** CPython starts with 16 arena objects and doubles the array when they run out. */
export const INITIAL_ARENA_OBJECTS = 16;
/** The radix tree's shape on 64-bit (pycore_obmalloc.h): 15 + 15 + 14 bits above the arena bits. */
export const MAP_BOT_BITS = 14;
export const MAP_MID_BITS = 15;

/** INDEX2SIZE: the block size of each class. */
export const CLASS_SIZE: readonly number[] = Array.from({ length: NB_SMALL_SIZE_CLASSES }, (_, i) => (i + 1) << ALIGNMENT_SHIFT);
/** NUMBLOCKS: blocks per pool of each class. */
export const CLASS_BLOCKS: readonly number[] = CLASS_SIZE.map((s) => Math.floor((POOL_SIZE - POOL_OVERHEAD) / s));

/** A pool record's slot count in the block tables: the largest NUMBLOCKS (class 0: 1021) fits. */
const BLOCK_SLOTS = 1024;
/** Pool records 0..31 are the sentinels of the usedpools lists, one per class. */
const SENTINELS = NB_SMALL_SIZE_CLASSES;
const NIL = -1;

export interface PymallocOptions {
  /** Most arenas that may be mapped at once (0: unlimited); past it allocate returns 0. */
  maxArenas?: number;
  space?: AddressSpace;
}

export const PYMALLOC_CONSTRAINTS: AllocatorConstraints = {
  simulatesHeap: true,
  alignment: ALIGNMENT,
  smallRequestThreshold: SMALL_REQUEST_THRESHOLD,
  freesIndividually: true,
  reusesAddresses: true,
};

export class Pymalloc implements Allocator {
  readonly name = 'pymalloc';
  readonly constraints = PYMALLOC_CONSTRAINTS;
  readonly space: AddressSpace;
  readonly system: SystemHeap;

  // --- pool records: index SENTINELS + arena * 64 + k; 0..31 are usedpools sentinels -----------
  // Why typed arrays: one record per pool, read on every allocate/free; flat Int32Arrays keep
  // those reads monomorphic and allocation-free (the C struct fields, one array per field).
  private poolNext: Int32Array;
  private poolPrev: Int32Array;
  /** ref.count: blocks in use. */
  private poolCount: Int32Array;
  /** freeblock: head of the pool's free list, as a block index, or NIL. */
  private poolFree: Int32Array;
  /** nextoffset as a block index: the first never-used block. */
  private poolVirgin: Int32Array;
  /** szidx, or NIL for a pool never initialised (DUMMY_SIZE_IDX). */
  private poolClass: Int32Array;
  private poolAddress: Float64Array;
  /** Per block: the next block index on the free list (the pointer stored in a free block). */
  private blockNext: Int16Array;
  /** Per block: the bytes asked for, 0 when the block is free (catches double frees). */
  private blockRequest: Uint16Array;

  // --- arena objects --------------------------------------------------------------------------
  private maxArenas = 0;
  private arenaAddress: Float64Array;
  /** Address of the arena's first pool (after alignment). */
  private arenaPoolBase: Float64Array;
  /** Pools carved so far (pool_address - first pool, in pools). */
  private arenaCarved: Int32Array;
  private arenaNFree: Int32Array;
  private arenaNTotal: Int32Array;
  /** Head of the arena's singly linked free pools, or NIL. */
  private arenaFreePools: Int32Array;
  private arenaNext: Int32Array;
  private arenaPrev: Int32Array;
  private unusedArenaObjects = NIL;
  private usableArenas = NIL;
  /** nfp2lasta[n]: the last arena in usable_arenas with n free pools. */
  private readonly nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(NIL);

  // --- the radix tree, as a lookup from 1 MiB slot to arena (tail_hi / tail_lo of its leaves) ---
  /** slot → arena index + 1 of the arena that starts in that slot, and where. */
  private readonly slotHi = new Map<number, number>();
  /** slot → arena index + 1 of the arena that ends in that slot (not at its start). */
  private readonly slotLo = new Map<number, number>();
  private readonly midNodes = new Set<number>();
  private readonly botNodes = new Set<number>();

  // --- counters -------------------------------------------------------------------------------
  private narenasCurrent = 0;
  private narenasHighwater = 0;
  private ntimesArenaAllocated = 0;
  private smallBytesRequested = 0;
  private smallBlocks = 0;
  private peakBytes = 0;
  private peakSystem = 0;
  private allocations = 0;
  private frees = 0;
  private readonly maxArenasMapped: number;
  private readonly trace: AllocatorContext['trace'];
  private readonly now: AllocatorContext['now'];

  constructor(context: AllocatorContext, options: PymallocOptions = {}) {
    this.trace = context.trace;
    this.now = context.now;
    this.space = options.space ?? new AddressSpace();
    this.system = new SystemHeap(this.space);
    this.maxArenasMapped = options.maxArenas ?? 0;
    const pools = SENTINELS;
    this.poolNext = new Int32Array(pools);
    this.poolPrev = new Int32Array(pools);
    this.poolCount = new Int32Array(pools);
    this.poolFree = new Int32Array(pools);
    this.poolVirgin = new Int32Array(pools);
    this.poolClass = new Int32Array(pools);
    this.poolAddress = new Float64Array(pools);
    this.blockNext = new Int16Array(0);
    this.blockRequest = new Uint16Array(0);
    for (let i = 0; i < SENTINELS; i++) {
      this.poolNext[i] = i;
      this.poolPrev[i] = i;
    }
    this.arenaAddress = new Float64Array(0);
    this.arenaPoolBase = new Float64Array(0);
    this.arenaCarved = new Int32Array(0);
    this.arenaNFree = new Int32Array(0);
    this.arenaNTotal = new Int32Array(0);
    this.arenaFreePools = new Int32Array(0);
    this.arenaNext = new Int32Array(0);
    this.arenaPrev = new Int32Array(0);
  }

  // --- PyObject_Malloc ------------------------------------------------------------------------

  allocate(size: number, typeName = ''): number {
    let address: number;
    // Why `(size - 1) >>> 0`: one unsigned compare sends both 0 and > 512 to the system path.
    if ((size - 1) >>> 0 < SMALL_REQUEST_THRESHOLD) {
      address = this.smallAlloc(size);
      if (address === 0) return 0;
    } else {
      address = this.system.malloc(size);
      if (address === 0) return 0;
      this.noteSystem();
    }
    this.allocations++;
    const inUse = this.smallBytesRequested + this.system.requestedBytes;
    if (inUse > this.peakBytes) this.peakBytes = inUse;
    if (this.trace !== null) this.trace({ kind: 'alloc', t: this.now(), tid: 0, address, size, type: typeName });
    return address;
  }

  /** pymalloc_alloc for 1..512 bytes; 0 when no arena can be mapped. */
  private smallAlloc(size: number): number {
    const cls = (size - 1) >> ALIGNMENT_SHIFT;
    const head = this.poolNext[cls]!;
    let pool: number;
    let block: number;
    if (head !== cls) {
      // A used pool exists: pop its free list; when that empties, carve the next virgin block.
      pool = head;
      this.poolCount[pool]!++;
      block = this.poolFree[pool]!;
      const next = this.blockNext[pool * BLOCK_SLOTS + block]!;
      this.poolFree[pool] = next;
      if (next === NIL) this.extendPool(pool, cls);
    } else {
      pool = this.allocateFromNewPool(cls);
      if (pool === NIL) return 0;
      block = this.lastBlock;
    }
    this.blockRequest[pool * BLOCK_SLOTS + block] = size;
    this.smallBytesRequested += size;
    this.smallBlocks++;
    return this.poolAddress[pool]! + POOL_OVERHEAD + block * ((cls + 1) << ALIGNMENT_SHIFT);
  }

  /** pymalloc_pool_extend: carve one more block, or unlink the pool from usedpools when full. */
  private extendPool(pool: number, cls: number): void {
    const virgin = this.poolVirgin[pool]!;
    if (virgin < CLASS_BLOCKS[cls]!) {
      this.poolFree[pool] = virgin;
      this.poolVirgin[pool] = virgin + 1;
      this.blockNext[pool * BLOCK_SLOTS + virgin] = NIL;
      return;
    }
    const next = this.poolNext[pool]!;
    const prev = this.poolPrev[pool]!;
    this.poolPrev[next] = prev;
    this.poolNext[prev] = next;
  }

  /** The block index allocateFromNewPool handed out (a field, so no tuple is allocated). */
  private lastBlock = 0;

  /** allocate_from_new_pool: take a pool from the fullest usable arena (a new arena if none). */
  private allocateFromNewPool(cls: number): number {
    let arena = this.usableArenas;
    const nfp2lasta = this.nfp2lasta;
    if (arena === NIL) {
      arena = this.newArena();
      if (arena === NIL) return NIL;
      this.usableArenas = arena;
      this.arenaNext[arena] = NIL;
      this.arenaPrev[arena] = NIL;
      nfp2lasta[this.arenaNFree[arena]!] = arena;
    }
    const nfree = this.arenaNFree[arena]!;
    if (nfp2lasta[nfree] === arena) nfp2lasta[nfree] = NIL;
    if (nfree > 1) nfp2lasta[nfree - 1] = arena;

    let pool = this.arenaFreePools[arena]!;
    if (pool !== NIL) {
      this.arenaFreePools[arena] = this.poolNext[pool]!;
    } else {
      const k = this.arenaCarved[arena]!;
      pool = SENTINELS + arena * MAX_POOLS_IN_ARENA + k;
      this.poolAddress[pool] = this.arenaPoolBase[arena]! + k * POOL_SIZE;
      this.poolClass[pool] = NIL;
      this.arenaCarved[arena] = k + 1;
    }
    this.arenaNFree[arena] = nfree - 1;
    if (nfree - 1 === 0) {
      // Wholly allocated: unlink it from usable_arenas.
      const next = this.arenaNext[arena]!;
      this.usableArenas = next;
      if (next !== NIL) this.arenaPrev[next] = NIL;
    }

    // Frontlink to usedpools (the list is empty here).
    this.poolNext[pool] = cls;
    this.poolPrev[pool] = cls;
    this.poolNext[cls] = pool;
    this.poolPrev[cls] = pool;
    this.poolCount[pool] = 1;
    const base = pool * BLOCK_SLOTS;
    if (this.poolClass[pool] === cls) {
      // The pool last held this class: its free list is still valid.
      const block = this.poolFree[pool]!;
      this.poolFree[pool] = this.blockNext[base + block]!;
      this.lastBlock = block;
      return pool;
    }
    // Initialise: return block 0, put block 1 on the free list, virgin space from block 2.
    this.poolClass[pool] = cls;
    this.poolVirgin[pool] = 2;
    this.poolFree[pool] = 1;
    this.blockNext[base + 1] = NIL;
    this.lastBlock = 0;
    return pool;
  }

  /** new_arena: map 1 MiB and align its first pool to 16 KiB. */
  private newArena(): number {
    if (this.maxArenasMapped > 0 && this.narenasCurrent >= this.maxArenasMapped) return NIL;
    if (this.unusedArenaObjects === NIL) this.growArenaObjects();
    const arena = this.unusedArenaObjects;
    const address = this.space.map(ARENA_SIZE);
    if (address === 0) return NIL;
    this.unusedArenaObjects = this.arenaNext[arena]!;
    this.arenaAddress[arena] = address;
    this.narenasCurrent++;
    this.ntimesArenaAllocated++;
    if (this.narenasCurrent > this.narenasHighwater) this.narenasHighwater = this.narenasCurrent;
    this.arenaFreePools[arena] = NIL;
    let nfree = MAX_POOLS_IN_ARENA;
    let poolBase = address;
    const excess = address % POOL_SIZE;
    if (excess !== 0) {
      nfree--;
      poolBase += POOL_SIZE - excess;
    }
    this.arenaPoolBase[arena] = poolBase;
    this.arenaNFree[arena] = nfree;
    this.arenaNTotal[arena] = nfree;
    this.arenaCarved[arena] = 0;
    this.markArena(arena, address, /* used */ true);
    this.noteSystem();
    return arena;
  }

  /** arena_map_mark_used: record which arena owns the start and end of [address, +1 MiB). */
  private markArena(arena: number, address: number, used: boolean): void {
    const slot = Math.floor(address / ARENA_SIZE);
    const tail = address - slot * ARENA_SIZE;
    if (used) {
      this.slotHi.set(slot, arena + 1);
      this.noteRadixNodes(address);
      if (tail !== 0) {
        this.slotLo.set(slot + 1, arena + 1);
        this.noteRadixNodes(address + ARENA_SIZE);
      }
    } else {
      this.slotHi.delete(slot);
      if (tail !== 0) this.slotLo.delete(slot + 1);
    }
  }

  /** The radix tree's interior nodes are created on first use and never freed. */
  private noteRadixNodes(address: number): void {
    const top = Math.floor(address / 2 ** (ARENA_BITS + MAP_BOT_BITS + MAP_MID_BITS));
    const mid = Math.floor(address / 2 ** (ARENA_BITS + MAP_BOT_BITS));
    this.midNodes.add(top);
    this.botNodes.add(mid);
  }

  private growArenaObjects(): void {
    const old = this.maxArenas;
    const n = old === 0 ? INITIAL_ARENA_OBJECTS : old * 2;
    const grow64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.arenaAddress = grow64(this.arenaAddress);
    this.arenaPoolBase = grow64(this.arenaPoolBase);
    this.arenaCarved = grow32(this.arenaCarved);
    this.arenaNFree = grow32(this.arenaNFree);
    this.arenaNTotal = grow32(this.arenaNTotal);
    this.arenaFreePools = grow32(this.arenaFreePools);
    this.arenaNext = grow32(this.arenaNext);
    this.arenaPrev = grow32(this.arenaPrev);
    for (let i = old; i < n; i++) this.arenaNext[i] = i < n - 1 ? i + 1 : NIL;
    this.unusedArenaObjects = old;
    this.maxArenas = n;

    const pools = SENTINELS + n * MAX_POOLS_IN_ARENA;
    const growPool32 = (a: Int32Array) => {
      const b = new Int32Array(pools);
      b.set(a);
      return b;
    };
    this.poolNext = growPool32(this.poolNext);
    this.poolPrev = growPool32(this.poolPrev);
    this.poolCount = growPool32(this.poolCount);
    this.poolFree = growPool32(this.poolFree);
    this.poolVirgin = growPool32(this.poolVirgin);
    this.poolClass = growPool32(this.poolClass);
    const addresses = new Float64Array(pools);
    addresses.set(this.poolAddress);
    this.poolAddress = addresses;
    const next = new Int16Array(pools * BLOCK_SLOTS);
    next.set(this.blockNext);
    this.blockNext = next;
    const req = new Uint16Array(pools * BLOCK_SLOTS);
    req.set(this.blockRequest);
    this.blockRequest = req;
  }

  /** address_in_range through the radix tree: the arena index owning `address`, or NIL. */
  private arenaOf(address: number): number {
    const slot = Math.floor(address / ARENA_SIZE);
    const hi = this.slotHi.get(slot);
    if (hi !== undefined && address >= this.arenaAddress[hi - 1]!) return hi - 1;
    const lo = this.slotLo.get(slot);
    if (lo !== undefined && address < this.arenaAddress[lo - 1]! + ARENA_SIZE) return lo - 1;
    return NIL;
  }

  // --- PyObject_Free --------------------------------------------------------------------------

  free(address: number): void {
    const arena = this.arenaOf(address);
    let size: number;
    if (arena === NIL) {
      size = this.system.requestedSize(address);
      this.system.free(address);
    } else {
      size = this.smallFree(arena, address);
    }
    this.frees++;
    if (this.trace !== null) this.trace({ kind: 'free', t: this.now(), tid: 0, address, size });
  }

  /** Locates the block of `address` in `arena`: sets `lastBlock`, returns the pool record. */
  private locate(arena: number, address: number): number {
    const offset = address - this.arenaPoolBase[arena]!;
    const k = Math.floor(offset / POOL_SIZE);
    const pool = SENTINELS + arena * MAX_POOLS_IN_ARENA + k;
    const cls = this.poolClass[pool]!;
    const inPool = offset - k * POOL_SIZE - POOL_OVERHEAD;
    const blockSize = (cls + 1) << ALIGNMENT_SHIFT;
    const block = inPool / blockSize;
    if (offset < 0 || k >= this.arenaCarved[arena]! || cls === NIL || inPool < 0 || block !== Math.floor(block) || block >= this.poolVirgin[pool]! || this.blockRequest[pool * BLOCK_SLOTS + block] === 0) {
      throw new Error(`free of unallocated address 0x${address.toString(16)}`);
    }
    this.lastBlock = block;
    return pool;
  }

  /** pymalloc_free: push the block on its pool's free list; returns the bytes it was asked for. */
  private smallFree(arena: number, address: number): number {
    const pool = this.locate(arena, address);
    const block = this.lastBlock;
    const slot = pool * BLOCK_SLOTS + block;
    const size = this.blockRequest[slot]!;
    this.blockRequest[slot] = 0;
    this.smallBytesRequested -= size;
    this.smallBlocks--;
    const lastFree = this.poolFree[pool]!;
    this.blockNext[slot] = lastFree;
    this.poolFree[pool] = block;
    const count = this.poolCount[pool]! - 1;
    this.poolCount[pool] = count;
    if (lastFree === NIL) {
      // The pool was full: link it at the front of its usedpools list.
      const cls = this.poolClass[pool]!;
      const head = this.poolNext[cls]!;
      this.poolNext[pool] = head;
      this.poolPrev[pool] = cls;
      this.poolPrev[head] = pool;
      this.poolNext[cls] = pool;
      return size;
    }
    if (count !== 0) return size;
    this.insertToFreePool(pool, arena);
    return size;
  }

  /** insert_to_freepool: the pool is empty; manage the arena (cases 1–4 of obmalloc.c). */
  private insertToFreePool(pool: number, arena: number): void {
    const next = this.poolNext[pool]!;
    const prev = this.poolPrev[pool]!;
    this.poolPrev[next] = prev;
    this.poolNext[prev] = next;
    this.poolNext[pool] = this.arenaFreePools[arena]!;
    this.arenaFreePools[arena] = pool;

    const nfp2lasta = this.nfp2lasta;
    let nf = this.arenaNFree[arena]!;
    const lastnf = nfp2lasta[nf]!;
    if (lastnf === arena) {
      const p = this.arenaPrev[arena]!;
      nfp2lasta[nf] = p !== NIL && this.arenaNFree[p] === nf ? p : NIL;
    }
    nf++;
    this.arenaNFree[arena] = nf;

    if (nf === this.arenaNTotal[arena] && this.arenaNext[arena] !== NIL) {
      // Case 1: wholly free and not the last usable arena: unmap it.
      this.unlinkArena(arena);
      this.arenaNext[arena] = this.unusedArenaObjects;
      this.unusedArenaObjects = arena;
      const address = this.arenaAddress[arena]!;
      this.markArena(arena, address, /* used */ false);
      this.space.unmap(address);
      this.arenaAddress[arena] = 0;
      this.narenasCurrent--;
      return;
    }
    if (nf === 1) {
      // Case 2: it had no free pool, so it was not in usable_arenas: put it at the head.
      const head = this.usableArenas;
      this.arenaNext[arena] = head;
      this.arenaPrev[arena] = NIL;
      if (head !== NIL) this.arenaPrev[head] = arena;
      this.usableArenas = arena;
      if (nfp2lasta[1] === NIL) nfp2lasta[1] = arena;
      return;
    }
    if (nfp2lasta[nf] === NIL) nfp2lasta[nf] = arena;
    // Case 4: it was the rightmost with its old count, so the order still holds.
    if (arena === lastnf) return;
    // Case 3: slide it right, to just after the last arena with nf - 1 free pools.
    this.unlinkArena(arena);
    const after = this.arenaNext[lastnf]!;
    this.arenaPrev[arena] = lastnf;
    this.arenaNext[arena] = after;
    if (after !== NIL) this.arenaPrev[after] = arena;
    this.arenaNext[lastnf] = arena;
  }

  private unlinkArena(arena: number): void {
    const prev = this.arenaPrev[arena]!;
    const next = this.arenaNext[arena]!;
    if (prev === NIL) this.usableArenas = next;
    else this.arenaNext[prev] = next;
    if (next !== NIL) this.arenaPrev[next] = prev;
  }

  // --- PyObject_Realloc -----------------------------------------------------------------------

  reallocate(address: number, newSize: number): number {
    if (address === 0) return this.allocate(newSize);
    const arena = this.arenaOf(address);
    if (arena === NIL) {
      // Not pymalloc's: the C library keeps it, whatever the new size.
      const old = this.system.requestedSize(address);
      const fresh = this.system.realloc(address, newSize);
      if (fresh === 0) return 0;
      this.noteSystem();
      if (this.trace !== null && fresh !== address) {
        this.trace({ kind: 'free', t: this.now(), tid: 0, address, size: old });
        this.trace({ kind: 'alloc', t: this.now(), tid: 0, address: fresh, size: newSize, type: '' });
      }
      return fresh;
    }
    const pool = this.locate(arena, address);
    const slot = pool * BLOCK_SLOTS + this.lastBlock;
    const blockSize = (this.poolClass[pool]! + 1) << ALIGNMENT_SHIFT;
    if (newSize <= blockSize && 4 * newSize > 3 * blockSize) {
      // Same class, or shrinking by less than a quarter: stays in place.
      this.smallBytesRequested += newSize - this.blockRequest[slot]!;
      this.blockRequest[slot] = newSize;
      return address;
    }
    const fresh = this.allocate(newSize);
    if (fresh === 0) return 0;
    this.free(address);
    return fresh;
  }

  usableSize(size: number): number {
    if ((size - 1) >>> 0 < SMALL_REQUEST_THRESHOLD) return (((size - 1) >> ALIGNMENT_SHIFT) + 1) << ALIGNMENT_SHIFT;
    return SystemHeap.usableSize(size);
  }

  // --- statistics -----------------------------------------------------------------------------

  private noteSystem(): void {
    const bytes = this.systemBytes();
    if (bytes > this.peakSystem) this.peakSystem = bytes;
  }

  private systemBytes(): number {
    return this.narenasCurrent * ARENA_SIZE + this.system.heapBytes;
  }

  stats(): AllocatorStats {
    const bytesInUse = this.smallBytesRequested + this.system.requestedBytes;
    const systemBytes = this.systemBytes();
    return {
      bytesInUse,
      blocksInUse: this.smallBlocks + this.system.blocks,
      peakBytesInUse: this.peakBytes,
      systemBytes,
      peakSystemBytes: this.peakSystem,
      totalAllocations: this.allocations,
      totalFrees: this.frees,
      fragmentation: systemBytes === 0 ? 0 : 1 - bytesInUse / systemBytes,
    };
  }

  /** Arenas currently mapped (narenas_currently_allocated). */
  get arenasAllocated(): number {
    return this.narenasCurrent;
  }

  /** The counters `_PyObject_DebugMallocStats` prints, walked over every arena as it does. */
  mallocStatsCounters(): MallocStatsCounters {
    const numPools = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numBlocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numFree = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    let freePools = 0;
    let alignmentLoss = 0;
    let arenas = 0;
    for (let a = 0; a < this.maxArenas; a++) {
      if (this.arenaAddress[a] === 0) continue;
      arenas++;
      freePools += this.arenaNFree[a]!;
      if (this.arenaAddress[a]! % POOL_SIZE !== 0) alignmentLoss += POOL_SIZE;
      for (let k = 0; k < this.arenaCarved[a]!; k++) {
        const pool = SENTINELS + a * MAX_POOLS_IN_ARENA + k;
        const count = this.poolCount[pool]!;
        if (count === 0) continue;
        const cls = this.poolClass[pool]!;
        numPools[cls]!++;
        numBlocks[cls]! += count;
        numFree[cls]! += CLASS_BLOCKS[cls]! - count;
      }
    }
    return {
      numPools,
      numBlocks,
      numFreeBlocks: numFree,
      arenasAllocatedTotal: this.ntimesArenaAllocated,
      arenasHighwater: this.narenasHighwater,
      arenasCurrent: arenas,
      unusedPools: freePools,
      arenaAlignmentBytes: alignmentLoss,
      arenaMapMidNodes: this.midNodes.size,
      arenaMapBotNodes: this.botNodes.size,
    };
  }

  debugStats(): string {
    return formatMallocStats(this.mallocStatsCounters());
  }
}
