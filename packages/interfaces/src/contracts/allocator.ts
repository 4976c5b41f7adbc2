/**
 * The Allocator contract: a model of CPython's private heap. The VM asks it for a block for
 * every object and gives the block back when the object dies; the block's address is the
 * object's identity (`id()`), so strategies decide what `id()` values look like and how they are
 * reused. The default strategy models pymalloc (CPython 3.12, 64-bit): 16-byte alignment, 32 size
 * classes up to 512 bytes, 16 KiB pools, 1 MiB arenas, larger requests to a modelled system
 * allocator. Only the bookkeeping is simulated: object contents live in JS objects.
 */
import type { HeapEvent } from '../heap-event';
import type { StrategyDescriptor, StrategySelector } from './selection';

/** What the VM and the collector may assume about an allocator, instead of testing its name. */
export interface AllocatorConstraints {
  /** False for `host` (V8 owns memory): addresses are still unique, but stats are not a heap's. */
  readonly simulatesHeap: boolean;
  /** Every address is a multiple of this (pymalloc: 16, ALIGNMENT in obmalloc). */
  readonly alignment: number;
  /** Requests up to this many bytes use the small-object path (pymalloc: 512); 0 if none. */
  readonly smallRequestThreshold: number;
  /** False for region/bump allocators: `free` only marks, memory returns when a region dies. */
  readonly freesIndividually: boolean;
  /** Whether a freed block's address can be handed out again (as pymalloc does, so `id()`s recur). */
  readonly reusesAddresses: boolean;
}

/** Counters for the run summary and for `sys._debugmallocstats()`. */
export interface AllocatorStats {
  /** Bytes requested by live blocks (sum of sizes asked for). */
  readonly bytesInUse: number;
  readonly blocksInUse: number;
  /** Largest `bytesInUse` seen. */
  readonly peakBytesInUse: number;
  /** Bytes the model has taken from its system (arenas, large blocks). */
  readonly systemBytes: number;
  readonly peakSystemBytes: number;
  readonly totalAllocations: number;
  readonly totalFrees: number;
  /** 1 - bytesInUse / systemBytes (0 when nothing is held). */
  readonly fragmentation: number;
}

export interface Allocator {
  readonly name: string;
  readonly constraints: AllocatorConstraints;
  /**
   * PyObject_Malloc: a block of at least `size` bytes (size 0 is a valid request and returns a
   * distinct address, as in CPython). Returns the address, or 0 when the modelled heap is
   * exhausted (a configured limit), for which the VM raises MemoryError. `typeName` (optional,
   * the object's type name) only labels the trace's alloc event.
   */
  allocate(size: number, typeName?: string): number;
  /**
   * PyObject_Realloc: the address of a block of `newSize` bytes holding the old contents; may
   * return the same address (growth in place within a size class) or a new one.
   */
  reallocate(address: number, newSize: number): number;
  /** PyObject_Free. Freeing an address that is not allocated is a bug: it throws. */
  free(address: number): void;
  /** The size class (usable bytes) a request of `size` gets: pymalloc rounds up to 16. */
  usableSize(size: number): number;
  stats(): AllocatorStats;
  /**
   * The text `sys._debugmallocstats()` writes to stderr, in CPython's layout (per-class table,
   * arena counters, bytes lost to pool headers, quantization and alignment).
   */
  debugStats(): string;
}

export interface AllocatorContext {
  /** Where heap events go when tracing (`-X trace=FILE`); null when off, so tracing costs one test. */
  readonly trace: ((event: HeapEvent) => void) | null;
  /** Nanoseconds since the run began (a virtual clock under deterministic schedulers). */
  readonly now: () => number;
}

export type AllocatorFactory = (context: AllocatorContext, options: ReadonlyMap<string, string>) => Allocator;
export type AllocatorDescriptor = StrategyDescriptor<AllocatorConstraints, AllocatorFactory>;
export type AllocatorSelector = StrategySelector<AllocatorConstraints, AllocatorFactory>;

/** pymalloc's 64-bit constants in CPython 3.12 (Objects/obmalloc.c with the radix tree on). */
export const PYMALLOC = {
  alignment: 16,
  smallRequestThreshold: 512,
  sizeClasses: 32,
  poolSize: 16 * 1024,
  arenaSize: 1024 * 1024,
} as const;
