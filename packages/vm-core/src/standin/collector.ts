/**
 * STAND-IN collector constraints until @pyglass/gc lands: exact reference counting with immediate
 * deallocation and no cycle collection. The VM maintains the counts inline (object.ts); these
 * constraints are what it reads to decide whether to deallocate at zero and whether
 * `sys.getrefcount` is meaningful.
 */
import type { CollectorConstraints } from '@pyglass/interfaces';

export const STANDIN_COLLECTOR_CONSTRAINTS: CollectorConstraints = {
  refcounts: true,
  collectsCycles: false,
  movesObjects: false,
  generational: false,
  incremental: false,
  needsWriteBarrier: false,
  promptFinalization: true,
};
