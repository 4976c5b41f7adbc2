/**
 * The `pymalloc` strategy's descriptor: CPython 3.12's small-object allocator (the default).
 * Options: `arenas=N` caps the arenas mapped at once (allocation then fails, and the VM raises
 * MemoryError), for experiments under a small heap.
 */
import type { AllocatorDescriptor } from '@pyglass/interfaces';
import { Pymalloc, PYMALLOC_CONSTRAINTS } from './pymalloc';

export { Pymalloc, PYMALLOC_CONSTRAINTS } from './pymalloc';
export * from './debug-stats';

export const pymallocDescriptor: AllocatorDescriptor = {
  name: 'pymalloc',
  summary: "CPython 3.12's obmalloc: 32 size classes, 16 KiB pools, 1 MiB arenas, malloc above 512 bytes",
  constraints: PYMALLOC_CONSTRAINTS,
  create: (context, options) => {
    const arenas = options.get('arenas');
    return new Pymalloc(context, { maxArenas: arenas === undefined ? 0 : Number(arenas) });
  },
};
