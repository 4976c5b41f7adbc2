/**
 * @pyglass/allocator — private-heap models behind the Allocator contract: `pymalloc` (CPython
 * 3.12's obmalloc with real addresses, the default), `system` (everything to a modelled C malloc),
 * `bump` (regions freed as a whole) and `host` (no simulated heap), chosen
 * through one selector; the shared policies (a top-down mmap model, a glibc-like malloc model);
 * and a JSON-lines sink for heap traces.
 */
export const STAGE_NAME = 'allocator';
export * from './selector';
export * from './trace';
export * from './plans/pymalloc/index';
export * from './plans/system/index';
export * from './plans/bump/index';
export * from './plans/host/index';
export { AddressSpace, PAGE_SIZE, DEFAULT_MMAP_BASE } from './policies/address-space';
export { SystemHeap, MMAP_THRESHOLD, DEFAULT_BRK_BASE } from './policies/system-heap';
