/**
 * @pyglass/allocator — Private-heap models (pymalloc by default) behind the Allocator contract.
 */
export const STAGE_NAME = 'allocator';
