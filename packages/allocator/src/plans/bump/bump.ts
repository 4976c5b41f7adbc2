/**
 * The `bump` allocator: regions of 1 MiB filled by a bump pointer, freed only as a whole. `free`
 * does not make a block reusable; it lowers its region's live count, and a region whose count
 * reaches zero — and that is no longer the one being filled — is unmapped at once. Requests
 * larger than a region get a mapping of their own. Allocation is a compare and an add; the cost
 * is memory held by regions with a few survivors, which `fragmentation` shows. Addresses recur
 * only when the modelled mmap hands a freed region's range out again.
 */
import type { Allocator, AllocatorConstraints, AllocatorContext, AllocatorStats } from '@pyglass/interfaces';
import { AddressSpace } from '../../policies/address-space';

export const REGION_SIZE = 1 << 20;

export const BUMP_CONSTRAINTS: AllocatorConstraints = {
  simulatesHeap: true,
  alignment: 16,
  smallRequestThreshold: 0,
  freesIndividually: false,
  reusesAddresses: false,
};

interface Region {
  start: number;
  length: number;
  live: number;
}

export class BumpAllocator implements Allocator {
  readonly name = 'bump';
  readonly constraints = BUMP_CONSTRAINTS;
  private readonly space = new AddressSpace();
  private current: Region | null = null;
  private cursor = 0;
  private limit = 0;
  // Why a Map per block here: free must find the block's region and size; this strategy exists
  // to study region lifetimes, not allocation speed, and stays simple.
  private readonly blocks = new Map<number, { region: Region; size: number }>();
  private mapped = 0;
  private inUse = 0;
  private peak = 0;
  private peakMapped = 0;
  private allocations = 0;
  private frees = 0;

  constructor(
    private readonly ctx: AllocatorContext,
    /** Most bytes mapped at once (0: unlimited). */
    private readonly maxBytes = 0,
  ) {}

  private mapRegion(length: number): Region | null {
    if (this.maxBytes > 0 && this.mapped + length > this.maxBytes) return null;
    const start = this.space.map(length);
    if (start === 0) return null;
    this.mapped += length;
    if (this.mapped > this.peakMapped) this.peakMapped = this.mapped;
    return { start, length, live: 0 };
  }

  allocate(size: number, typeName = ''): number {
    const block = size <= 16 ? 16 : Math.ceil(size / 16) * 16;
    let region: Region;
    let address: number;
    if (block > REGION_SIZE) {
      const own = this.mapRegion(block);
      if (own === null) return 0;
      region = own;
      address = own.start;
    } else {
      if (this.current === null || this.cursor + block > this.limit) {
        const old = this.current;
        const fresh = this.mapRegion(REGION_SIZE);
        if (fresh === null) return 0;
        this.current = fresh;
        this.cursor = fresh.start;
        this.limit = fresh.start + REGION_SIZE;
        if (old !== null && old.live === 0) this.release(old);
      }
      region = this.current;
      address = this.cursor;
      this.cursor += block;
    }
    region.live++;
    this.blocks.set(address, { region, size });
    this.inUse += size;
    if (this.inUse > this.peak) this.peak = this.inUse;
    this.allocations++;
    if (this.ctx.trace !== null) this.ctx.trace({ kind: 'alloc', t: this.ctx.now(), tid: 0, address, size, type: typeName });
    return address;
  }

  private release(region: Region): void {
    this.space.unmap(region.start);
    this.mapped -= region.length;
  }

  free(address: number): void {
    const b = this.blocks.get(address);
    if (b === undefined) throw new Error(`free of unallocated address 0x${address.toString(16)}`);
    this.blocks.delete(address);
    this.inUse -= b.size;
    this.frees++;
    if (--b.region.live === 0 && b.region !== this.current) this.release(b.region);
    if (this.ctx.trace !== null) this.ctx.trace({ kind: 'free', t: this.ctx.now(), tid: 0, address, size: b.size });
  }

  reallocate(address: number, newSize: number): number {
    if (address === 0) return this.allocate(newSize);
    const b = this.blocks.get(address);
    if (b === undefined) throw new Error(`realloc of unallocated address 0x${address.toString(16)}`);
    if (Math.ceil(newSize / 16) <= Math.ceil(b.size / 16) && newSize > 0) {
      this.inUse += newSize - b.size;
      b.size = newSize;
      return address;
    }
    const fresh = this.allocate(newSize);
    if (fresh !== 0) this.free(address);
    return fresh;
  }

  usableSize(size: number): number {
    return size <= 16 ? 16 : Math.ceil(size / 16) * 16;
  }

  stats(): AllocatorStats {
    return {
      bytesInUse: this.inUse,
      blocksInUse: this.blocks.size,
      peakBytesInUse: this.peak,
      systemBytes: this.mapped,
      peakSystemBytes: this.peakMapped,
      totalAllocations: this.allocations,
      totalFrees: this.frees,
      fragmentation: this.mapped === 0 ? 0 : 1 - this.inUse / this.mapped,
    };
  }

  debugStats(): string {
    return `bump allocator: ${this.blocks.size} blocks, ${this.inUse} bytes in use, ${this.mapped} bytes in regions\n`;
  }
}
