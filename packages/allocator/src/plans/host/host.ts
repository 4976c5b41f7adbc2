/**
 * The `host` allocator: V8 owns the memory and nothing is simulated. Every allocation still gets
 * a unique, 16-byte-aligned address (so `id()` and `is` keep working), taken from a counter that
 * never goes back: addresses are not reused, there are no pools or arenas, and `systemBytes` is
 * 0. It is the speed baseline the simulated heaps are compared with; only liveness counters are
 * kept (a Map of live sizes would cost what this strategy exists to avoid, so freeing an unknown
 * address is not detected here).
 */
import type { Allocator, AllocatorConstraints, AllocatorContext, AllocatorStats } from '@pyglass/interfaces';

export const HOST_CONSTRAINTS: AllocatorConstraints = {
  simulatesHeap: false,
  alignment: 16,
  smallRequestThreshold: 0,
  freesIndividually: true,
  reusesAddresses: false,
};

/** Where host addresses start: a range no modelled heap uses. */
export const HOST_BASE = 0x1000_0000_0000;

export class HostAllocator implements Allocator {
  readonly name = 'host';
  readonly constraints = HOST_CONSTRAINTS;
  private next = HOST_BASE;
  private blocks = 0;
  private allocations = 0;
  private frees = 0;

  constructor(private readonly context: AllocatorContext) {}

  allocate(size: number, typeName = ''): number {
    const address = this.next;
    // Why one counter step per block: unique ids without any table; 16 bytes minimum so that
    // consecutive objects never share an address even at size 0.
    this.next += size <= 16 ? 16 : (size + 15) - ((size + 15) % 16);
    this.blocks++;
    this.allocations++;
    if (this.context.trace !== null) this.context.trace({ kind: 'alloc', t: this.context.now(), tid: 0, address, size, type: typeName });
    return address;
  }

  reallocate(address: number, newSize: number): number {
    if (address === 0) return this.allocate(newSize);
    this.free(address);
    return this.allocate(newSize);
  }

  free(address: number): void {
    if (address < HOST_BASE || address >= this.next) throw new Error(`free of unallocated address 0x${address.toString(16)}`);
    this.blocks--;
    this.frees++;
    if (this.context.trace !== null) this.context.trace({ kind: 'free', t: this.context.now(), tid: 0, address, size: 0 });
  }

  usableSize(size: number): number {
    return size;
  }

  stats(): AllocatorStats {
    return {
      bytesInUse: 0,
      blocksInUse: this.blocks,
      peakBytesInUse: 0,
      systemBytes: 0,
      peakSystemBytes: 0,
      totalAllocations: this.allocations,
      totalFrees: this.frees,
      fragmentation: 0,
    };
  }

  debugStats(): string {
    return '';
  }
}
