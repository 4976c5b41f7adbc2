/**
 * The `system` allocator: every request goes to the modelled C malloc, as CPython does under
 * `PYTHONMALLOC=malloc` — no pymalloc pools. The malloc model (policies/system-heap.ts) is a
 * segregated fit by exact chunk size (glibc's tcache/fastbin behaviour for small chunks: LIFO
 * reuse of a freed chunk of the same size), a brk heap that only grows, and separate mappings
 * for chunks of 128 KiB and more. Fragmentation is accounted both ways: internal (chunk bytes
 * beyond what was asked: headers and rounding) and external (freed chunks idle in the free
 * lists, which no other size may use because chunks are never split or coalesced).
 */
import type { Allocator, AllocatorConstraints, AllocatorContext, AllocatorStats } from '@pyglass/interfaces';
import { AddressSpace } from '../../policies/address-space';
import { SystemHeap } from '../../policies/system-heap';

export const SYSTEM_CONSTRAINTS: AllocatorConstraints = {
  simulatesHeap: true,
  alignment: 16,
  smallRequestThreshold: 0,
  freesIndividually: true,
  reusesAddresses: true,
};

export class SystemAllocator implements Allocator {
  readonly name = 'system';
  readonly constraints = SYSTEM_CONSTRAINTS;
  readonly heap: SystemHeap;
  private peakBytes = 0;
  private peakSystem = 0;
  private allocations = 0;
  private frees = 0;

  constructor(
    private readonly ctx: AllocatorContext,
    /** Largest brk heap in bytes (0: unlimited); past it allocate returns 0 (MemoryError). */
    limit = 0,
  ) {
    this.heap = new SystemHeap(new AddressSpace(), undefined, limit);
  }

  allocate(size: number, typeName = ''): number {
    const address = this.heap.malloc(size);
    if (address === 0) return 0;
    this.allocations++;
    if (this.heap.requestedBytes > this.peakBytes) this.peakBytes = this.heap.requestedBytes;
    if (this.heap.heapBytes > this.peakSystem) this.peakSystem = this.heap.heapBytes;
    if (this.ctx.trace !== null) this.ctx.trace({ kind: 'alloc', t: this.ctx.now(), tid: 0, address, size, type: typeName });
    return address;
  }

  reallocate(address: number, newSize: number): number {
    if (address === 0) return this.allocate(newSize);
    const old = this.heap.requestedSize(address);
    const fresh = this.heap.realloc(address, newSize);
    if (fresh === 0) return 0;
    if (this.heap.requestedBytes > this.peakBytes) this.peakBytes = this.heap.requestedBytes;
    if (this.heap.heapBytes > this.peakSystem) this.peakSystem = this.heap.heapBytes;
    if (this.ctx.trace !== null && fresh !== address) {
      this.ctx.trace({ kind: 'free', t: this.ctx.now(), tid: 0, address, size: old });
      this.ctx.trace({ kind: 'alloc', t: this.ctx.now(), tid: 0, address: fresh, size: newSize, type: '' });
    }
    return fresh;
  }

  free(address: number): void {
    const size = this.heap.requestedSize(address);
    this.heap.free(address);
    this.frees++;
    if (this.ctx.trace !== null) this.ctx.trace({ kind: 'free', t: this.ctx.now(), tid: 0, address, size });
  }

  usableSize(size: number): number {
    return SystemHeap.usableSize(size);
  }

  stats(): AllocatorStats {
    const h = this.heap;
    return {
      bytesInUse: h.requestedBytes,
      blocksInUse: h.blocks,
      peakBytesInUse: this.peakBytes,
      systemBytes: h.heapBytes,
      peakSystemBytes: this.peakSystem,
      totalAllocations: this.allocations,
      totalFrees: this.frees,
      fragmentation: h.heapBytes === 0 ? 0 : 1 - h.requestedBytes / h.heapBytes,
    };
  }

  /** Internal and external fragmentation, in bytes. */
  fragmentationBytes(): { internal: number; external: number } {
    return { internal: this.heap.chunkBytes - this.heap.requestedBytes, external: this.heap.freeBytes };
  }

  debugStats(): string {
    const h = this.heap;
    const f = this.fragmentationBytes();
    const line = (label: string, value: number) => label.padEnd(35) + '=' + value.toLocaleString('en-US').padStart(21) + '\n';
    return (
      'system allocator (modelled C malloc)\n' +
      line('# blocks in use', h.blocks) +
      line('# bytes requested', h.requestedBytes) +
      line('# bytes in chunks in use', h.chunkBytes) +
      line('# bytes lost inside chunks', f.internal) +
      line('# bytes in free chunks', f.external) +
      line('# bytes of heap and mappings', h.heapBytes)
    );
  }
}
