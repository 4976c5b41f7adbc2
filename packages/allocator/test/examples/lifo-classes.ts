/**
 * Example strategy from docs/gc-strategies.md (the docs quote this file; a test keeps them equal):
 * a size-class allocator with one LIFO free list per 16-byte class and a bump pointer.
 */
import type { Allocator, AllocatorConstraints, AllocatorContext, AllocatorDescriptor, AllocatorStats } from '@pyglass/interfaces';

export const LIFO_CONSTRAINTS: AllocatorConstraints = {
  simulatesHeap: true, alignment: 16, smallRequestThreshold: 0, freesIndividually: true, reusesAddresses: true,
};

export class LifoClassesAllocator implements Allocator {
  readonly name = 'lifo-classes';
  readonly constraints = LIFO_CONSTRAINTS;
  private top = 0x2000_0000_0000;
  private readonly free_ = new Map<number, number[]>(); // block size → freed addresses
  private readonly sizes = new Map<number, number>(); // live address → bytes asked for
  private inUse = 0; private peak = 0; private allocs = 0; private frees = 0;

  constructor(private readonly ctx: AllocatorContext) {}

  usableSize(size: number): number { return Math.max(16, Math.ceil(size / 16) * 16); }

  allocate(size: number, typeName = ''): number {
    const block = this.usableSize(size);
    const address = this.free_.get(block)?.pop() ?? ((this.top += block) - block);
    this.sizes.set(address, size);
    this.inUse += size; this.peak = Math.max(this.peak, this.inUse); this.allocs++;
    if (this.ctx.trace !== null) this.ctx.trace({ kind: 'alloc', t: this.ctx.now(), tid: 0, address, size, type: typeName });
    return address;
  }

  free(address: number): void {
    const size = this.sizes.get(address);
    if (size === undefined) throw new Error(`free of unallocated address 0x${address.toString(16)}`);
    this.sizes.delete(address);
    const block = this.usableSize(size);
    if (!this.free_.has(block)) this.free_.set(block, []);
    this.free_.get(block)!.push(address);
    this.inUse -= size; this.frees++;
    if (this.ctx.trace !== null) this.ctx.trace({ kind: 'free', t: this.ctx.now(), tid: 0, address, size });
  }

  reallocate(address: number, newSize: number): number {
    if (address !== 0 && this.usableSize(newSize) === this.usableSize(this.sizes.get(address) ?? -1)) return address;
    const fresh = this.allocate(newSize);
    if (address !== 0) this.free(address);
    return fresh;
  }

  stats(): AllocatorStats {
    const systemBytes = this.top - 0x2000_0000_0000;
    return { bytesInUse: this.inUse, blocksInUse: this.sizes.size, peakBytesInUse: this.peak, systemBytes, peakSystemBytes: systemBytes,
      totalAllocations: this.allocs, totalFrees: this.frees, fragmentation: systemBytes === 0 ? 0 : 1 - this.inUse / systemBytes };
  }

  debugStats(): string { return `lifo-classes: ${this.sizes.size} blocks, ${this.inUse} bytes in use\n`; }
}

export const lifoClassesDescriptor: AllocatorDescriptor = {
  name: 'lifo-classes',
  summary: 'example: one LIFO free list per 16-byte class, bump pointer, no pools',
  constraints: LIFO_CONSTRAINTS,
  create: (context) => new LifoClassesAllocator(context),
};
