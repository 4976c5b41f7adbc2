/**
 * @pyglass/gc — collectors behind the Collector contract: `cpython312` (CPython 3.12's
 * refcounting and generational cycle collector, the default), `refcount` (no cycle collection)
 * and `host` (V8 collects), chosen through one selector; the PyGC_Head-like slot table they share;
 * and a JSON-lines sink for heap traces.
 */
export const STAGE_NAME = 'gc';
export * from './selector';
export * from './trace';
export * from './plans/cpython312/index';
export * from './plans/refcount/index';
export * from './plans/host/index';
export { GcTable } from './policies/gc-lists';
