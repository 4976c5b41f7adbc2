/** The `bump` allocator's descriptor: 1 MiB regions, bump allocation, freed as a whole. Option `limit=BYTES`. */
import type { AllocatorDescriptor } from '@pyglass/interfaces';
import { BumpAllocator, BUMP_CONSTRAINTS } from './bump';

export { BumpAllocator, BUMP_CONSTRAINTS, REGION_SIZE } from './bump';

export const bumpDescriptor: AllocatorDescriptor = {
  name: 'bump',
  summary: '1 MiB regions filled by a bump pointer, each freed as a whole when its last block dies',
  constraints: BUMP_CONSTRAINTS,
  create: (context, options) => new BumpAllocator(context, Number(options.get('limit') ?? 0)),
};
