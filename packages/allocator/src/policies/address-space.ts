/**
 * A model of the process's virtual address space as Linux's `mmap` hands it out, for allocators
 * that map memory directly (pymalloc's 1 MiB arenas, glibc's large blocks). Mappings are
 * page-rounded and placed top-down: each new mapping takes the highest gap below the mmap base
 * that fits, as the kernel's default layout does, so adjacent arenas sit just below one another
 * and a freed range is reused by the next mapping that fits in it. The base is deliberately not
 * 16 KiB-aligned (the kernel only promises page alignment), which is why CPython's arenas
 * usually lose one pool to alignment — and so do ours. Addresses are plain JS numbers: every
 * modelled address is below 2**47, far inside the exact-integer range of a double.
 */

export const PAGE_SIZE = 4096;

/** Where the modelled mmap area begins (its top); three pages below a 16 KiB boundary. */
export const DEFAULT_MMAP_BASE = 0x7f3a_5c00_0000 - 3 * PAGE_SIZE;

export class AddressSpace {
  /** Mapped regions, sorted by start address, highest first (the order gaps are searched in). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Bytes currently mapped. */
  mappedBytes = 0;

  constructor(
    readonly base: number = DEFAULT_MMAP_BASE,
    /** Lowest address a mapping may take: the modelled address space's size limit. */
    readonly floor: number = DEFAULT_MMAP_BASE - 2 ** 40,
  ) {}

  /** mmap(NULL, size): the start of a new page-aligned mapping, or 0 when nothing fits. */
  map(size: number): number {
    const length = Math.ceil(size / PAGE_SIZE) * PAGE_SIZE;
    // Top-down first fit: the gap above the highest mapping, then each gap going down.
    let ceiling = this.base;
    let i = 0;
    for (; i < this.starts.length; i++) {
      if (ceiling - this.ends[i]! >= length) break;
      ceiling = this.starts[i]!;
    }
    const start = ceiling - length;
    if (start < this.floor) return 0;
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, start + length);
    this.mappedBytes += length;
    return start;
  }

  /** munmap of a whole mapping made by `map`. */
  unmap(start: number): void {
    const i = this.starts.indexOf(start);
    if (i < 0) throw new Error(`munmap of unmapped address 0x${start.toString(16)}`);
    this.mappedBytes -= this.ends[i]! - start;
    this.starts.splice(i, 1);
    this.ends.splice(i, 1);
  }
}
