/**
 * STAND-IN allocator until @pyglass/allocator lands: the simplest real Allocator — 16-byte aligned
 * addresses from a bump pointer, freed blocks reused per rounded size (LIFO, as pymalloc's free
 * lists hand back the most recently freed block, so `id()`s recur as they do in CPython). Stats
 * are exact bookkeeping; there are no pools or arenas.
 */
import type { Allocator, AllocatorConstraints, AllocatorStats } from '@pyglass/interfaces';

export const STANDIN_ALLOCATOR_CONSTRAINTS: AllocatorConstraints = {
  simulatesHeap: false,
  alignment: 16,
  smallRequestThreshold: 0,
  freesIndividually: true,
  reusesAddresses: true,
};

export class StandinAllocator implements Allocator {
  readonly name = 'standin-bump';
  readonly constraints = STANDIN_ALLOCATOR_CONSTRAINTS;
  private next = 0x7f1000000010;
  /** Free lists by size class (size / 16): why an array — one indexed load per allocation. */
  private readonly free_: number[][] = [];
  private readonly sizes = new Map<number, number>();
  private inUse = 0;
  private peak = 0;
  private system = 0;
  private allocations = 0;
  private frees = 0;

  usableSize(size: number): number {
    return size <= 0 ? 16 : (size + 15) & ~15;
  }

  allocate(size: number): number {
    const n = this.usableSize(size);
    const list = this.free_[n >> 4];
    let a: number;
    if (list !== undefined && list.length > 0) a = list.pop()!;
    else {
      a = this.next;
      this.next += n;
      this.system += n;
    }
    this.sizes.set(a, n);
    this.inUse += n;
    if (this.inUse > this.peak) this.peak = this.inUse;
    this.allocations++;
    return a;
  }

  reallocate(address: number, newSize: number): number {
    const old = this.sizes.get(address);
    if (old === undefined) throw new Error(`reallocate of unallocated address ${address}`);
    if (this.usableSize(newSize) === old) return address;
    this.free(address);
    return this.allocate(newSize);
  }

  free(address: number): void {
    const n = this.sizes.get(address);
    if (n === undefined) throw new Error(`free of unallocated address 0x${address.toString(16)}`);
    this.sizes.delete(address);
    this.inUse -= n;
    this.frees++;
    let list = this.free_[n >> 4];
    if (list === undefined) this.free_[n >> 4] = list = [];
    list.push(address);
  }

  stats(): AllocatorStats {
    return {
      bytesInUse: this.inUse,
      blocksInUse: this.sizes.size,
      peakBytesInUse: this.peak,
      systemBytes: this.system,
      peakSystemBytes: this.system,
      totalAllocations: this.allocations,
      totalFrees: this.frees,
      fragmentation: this.system === 0 ? 0 : 1 - this.inUse / this.system,
    };
  }

  debugStats(): string {
    return `standin allocator: ${this.sizes.size} blocks, ${this.inUse} bytes in use\n`;
  }
}
