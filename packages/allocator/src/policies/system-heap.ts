/**
 * A model of the C library's `malloc` (glibc on 64-bit Linux) as far as a Python heap sees it:
 * the requests pymalloc passes on (0 bytes and more than 512) and the blocks of any strategy
 * that wants "the system allocator". Chunks carry glibc's 16-byte-aligned layout — a request of
 * n bytes takes a chunk of max(32, round16(n + 8)) bytes and the user pointer is the chunk + 16 —
 * and come from a `brk` heap in the 0x55… range, as on a PIE executable. Freed chunks are reused
 * last-in first-out by exact chunk size (what glibc's tcache and fastbins do for the sizes
 * Python uses most); chunks of 128 KiB and more are mapped on their own (glibc's default
 * M_MMAP_THRESHOLD) and unmapped when freed. Coalescing and splitting of free chunks are not
 * modelled: `freeBytes` counts what lies idle in the free lists instead (external fragmentation).
 */
import { AddressSpace, PAGE_SIZE } from './address-space';

/** Start of the modelled brk heap (a PIE executable's heap follows its image near 0x55…). */
export const DEFAULT_BRK_BASE = 0x55d0_4a2e_1000;
/** glibc's default M_MMAP_THRESHOLD. */
export const MMAP_THRESHOLD = 128 * 1024;

export class SystemHeap {
  /** chunk size → stack of free chunk addresses (user pointers), most recently freed last. */
  private readonly freeLists = new Map<number, number[]>();
  /** user pointer → chunk bytes (negative for mmapped chunks). */
  private readonly chunks = new Map<number, number>();
  /** user pointer → bytes asked for. */
  private readonly requested = new Map<number, number>();
  private top: number;
  /** Bytes in chunks handed out (heap and mmapped). */
  chunkBytes = 0;
  /** Bytes in freed heap chunks waiting for reuse. */
  freeBytes = 0;
  /** Heap bytes below `top` (the brk extent) plus mmapped chunk bytes. */
  heapBytes = 0;
  requestedBytes = 0;
  blocks = 0;

  constructor(
    private readonly space: AddressSpace,
    readonly brkBase: number = DEFAULT_BRK_BASE,
    /** Largest brk extent (0: unlimited). */
    readonly limit = 0,
  ) {
    this.top = brkBase;
  }

  static chunkSize(n: number): number {
    const c = (n + 8 + 15) - ((n + 8 + 15) % 16);
    return c < 32 ? 32 : c;
  }

  /** malloc_usable_size of a request of n bytes. */
  static usableSize(n: number): number {
    return SystemHeap.chunkSize(n) - 8;
  }

  owns(address: number): boolean {
    return this.chunks.has(address);
  }

  malloc(n: number): number {
    const chunk = SystemHeap.chunkSize(n);
    let address: number;
    if (chunk >= MMAP_THRESHOLD) {
      const length = Math.ceil((chunk + 8) / PAGE_SIZE) * PAGE_SIZE;
      const start = this.space.map(length);
      if (start === 0) return 0;
      address = start + 16;
      this.chunks.set(address, -length);
      this.chunkBytes += length;
      this.heapBytes += length;
    } else {
      const list = this.freeLists.get(chunk);
      if (list !== undefined && list.length > 0) {
        address = list.pop()!;
        this.freeBytes -= chunk;
      } else {
        if (this.limit > 0 && this.top + chunk - this.brkBase > this.limit) return 0;
        address = this.top + 16;
        this.top += chunk;
        this.heapBytes += chunk;
      }
      this.chunks.set(address, chunk);
      this.chunkBytes += chunk;
    }
    this.requested.set(address, n);
    this.requestedBytes += n;
    this.blocks++;
    return address;
  }

  /** Bytes asked for when `address` was allocated. */
  requestedSize(address: number): number {
    const n = this.requested.get(address);
    if (n === undefined) throw new Error(`free of unallocated address 0x${address.toString(16)}`);
    return n;
  }

  /** Usable bytes of a live chunk. */
  usableOf(address: number): number {
    const c = this.chunks.get(address);
    if (c === undefined) throw new Error(`unallocated address 0x${address.toString(16)}`);
    return c < 0 ? -c - 16 : c - 8;
  }

  free(address: number): void {
    const chunk = this.chunks.get(address);
    if (chunk === undefined) throw new Error(`free of unallocated address 0x${address.toString(16)}`);
    this.chunks.delete(address);
    this.requestedBytes -= this.requested.get(address)!;
    this.requested.delete(address);
    this.blocks--;
    if (chunk < 0) {
      this.space.unmap(address - 16);
      this.chunkBytes += chunk;
      this.heapBytes += chunk;
      return;
    }
    this.chunkBytes -= chunk;
    this.freeBytes += chunk;
    let list = this.freeLists.get(chunk);
    if (list === undefined) this.freeLists.set(chunk, (list = []));
    list.push(address);
  }

  /** realloc: the same address when the chunk already fits, else a new block (the old is freed). */
  realloc(address: number, n: number): number {
    const old = this.chunks.get(address);
    if (old === undefined) throw new Error(`realloc of unallocated address 0x${address.toString(16)}`);
    if (old > 0 && SystemHeap.chunkSize(n) <= old && SystemHeap.chunkSize(n) < MMAP_THRESHOLD) {
      this.requestedBytes += n - this.requested.get(address)!;
      this.requested.set(address, n);
      return address;
    }
    const fresh = this.malloc(n);
    if (fresh === 0) return 0;
    this.free(address);
    return fresh;
  }
}
