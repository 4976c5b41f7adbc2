/**
 * STAND-IN allocator, the default when runCode is given none (cli passes @pyglass/allocator's
 * pymalloc instead): the simplest real Allocator with O(1) allocate and free and no per-block
 * JS allocation. Addresses are 16-byte aligned, taken from one bump pointer; a freed small block
 * (≤ 512 bytes, pymalloc's 32 size classes) goes onto its class's free list, a typed-array stack,
 * and is handed back LIFO (as pymalloc's pool free lists do, so `id()`s recur as in CPython).
 * Which block starts where, and its class, is one byte per 16-byte granule in a growable
 * Uint8Array (pymalloc keeps the class in the pool header; a byte per granule is the simplest
 * O(1) equivalent). Large blocks (> 512 bytes, rare) keep their size in a Map, as pymalloc hands
 * them to the system allocator. Stats are exact bookkeeping; there are no pools or arenas.
 */
import type { Allocator, AllocatorConstraints, AllocatorStats } from '@pyglass/interfaces';

export const STANDIN_ALLOCATOR_CONSTRAINTS: AllocatorConstraints = {
  simulatesHeap: false,
  alignment: 16,
  smallRequestThreshold: 512,
  freesIndividually: true,
  reusesAddresses: true,
};

const BASE = 0x7f1000000000;
const SMALL_CLASSES = 32;
/** Granule mark of a large block's start (small classes are marked 1..32). */
const LARGE = 255;

export class StandinAllocator implements Allocator {
  readonly name = 'standin-bump';
  readonly constraints = STANDIN_ALLOCATOR_CONSTRAINTS;
  private next = BASE + 16;
  /** Per granule ((address - BASE) / 16): 0 = no live block starts here, 1..32 small class, 255 large. */
  private marks = new Uint8Array(1 << 16);
  /** Free lists per class, each a stack of addresses. Why Float64Array: addresses exceed 2**32, and a typed array keeps pushes allocation-free. */
  private readonly freeLists: Float64Array[] = [];
  private readonly freeCounts = new Int32Array(SMALL_CLASSES + 1);
  private readonly large = new Map<number, number>();
  private inUse = 0;
  private blocks = 0;
  private peak = 0;
  private system = 0;
  private allocations = 0;
  private frees = 0;

  constructor() {
    for (let c = 0; c <= SMALL_CLASSES; c++) this.freeLists.push(new Float64Array(c === 0 ? 0 : 64));
  }

  usableSize(size: number): number {
    return size <= 0 ? 16 : (size + 15) & ~15;
  }

  allocate(size: number): number {
    const n = size <= 0 ? 16 : (size + 15) & ~15;
    const c = n >> 4;
    let a: number;
    if (c <= SMALL_CLASSES && this.freeCounts[c] > 0) {
      a = this.freeLists[c][--this.freeCounts[c]];
    } else {
      a = this.next;
      this.next += n;
      this.system += n;
      const end = (this.next - BASE) / 16;
      if (end >= this.marks.length) this.growMarks(end);
    }
    if (c <= SMALL_CLASSES) this.marks[(a - BASE) / 16] = c;
    else {
      this.marks[(a - BASE) / 16] = LARGE;
      this.large.set(a, n);
    }
    this.inUse += n;
    this.blocks++;
    if (this.inUse > this.peak) this.peak = this.inUse;
    this.allocations++;
    return a;
  }

  private growMarks(atLeast: number): void {
    let len = this.marks.length * 2;
    while (len <= atLeast) len *= 2;
    const m = new Uint8Array(len);
    m.set(this.marks);
    this.marks = m;
  }

  private sizeOf(address: number, what: string): number {
    const g = (address - BASE) / 16;
    const c = g >= 0 && g < this.marks.length && (g | 0) === g ? this.marks[g] : 0;
    if (c === 0) throw new Error(`${what} of unallocated address 0x${address.toString(16)}`);
    return c === LARGE ? this.large.get(address)! : c << 4;
  }

  reallocate(address: number, newSize: number): number {
    const old = this.sizeOf(address, 'reallocate');
    if (this.usableSize(newSize) === old) return address;
    this.free(address);
    return this.allocate(newSize);
  }

  free(address: number): void {
    const n = this.sizeOf(address, 'free');
    this.marks[(address - BASE) / 16] = 0;
    this.inUse -= n;
    this.blocks--;
    this.frees++;
    const c = n >> 4;
    if (c > SMALL_CLASSES) {
      this.large.delete(address);
      return;
    }
    let list = this.freeLists[c];
    const k = this.freeCounts[c];
    if (k === list.length) {
      const grown = new Float64Array(list.length * 2);
      grown.set(list);
      this.freeLists[c] = list = grown;
    }
    list[k] = address;
    this.freeCounts[c] = k + 1;
  }

  stats(): AllocatorStats {
    return {
      bytesInUse: this.inUse,
      blocksInUse: this.blocks,
      peakBytesInUse: this.peak,
      systemBytes: this.system,
      peakSystemBytes: this.system,
      totalAllocations: this.allocations,
      totalFrees: this.frees,
      fragmentation: this.system === 0 ? 0 : 1 - this.inUse / this.system,
    };
  }

  debugStats(): string {
    return `standin allocator: ${this.blocks} blocks, ${this.inUse} bytes in use\n`;
  }
}
