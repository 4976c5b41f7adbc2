/**
 * @pyglass/vm-core — Stage 4: code objects to execution; frames, eval loop, object model, builtins.
 */
export const STAGE_NAME = 'vm-core';

export * from './primitives/index.js';
export { runCode, type RunOptions, type RunResult } from './run.js';
/** The memory hooks (allocator, live-object count, the test-only liveSet), for leak tests and tools. */
export { memory } from './object.js';
export { StandinAllocator, STANDIN_ALLOCATOR_CONSTRAINTS } from './standin/allocator.js';
export { STANDIN_COLLECTOR_CONSTRAINTS } from './standin/collector.js';
export * from './api.js';
/** The int object class (the primitives' `PyInt` is the plain number | bigint value type; the object wins here). */
export { PyInt } from './api.js';
export { parseSchedulePolicy, type SchedulePolicy } from './threads.js';
