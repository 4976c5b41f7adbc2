/** The `system` allocator's descriptor: everything to the modelled C malloc (PYTHONMALLOC=malloc). Option `limit=BYTES`. */
import type { AllocatorDescriptor } from '@pyglass/interfaces';
import { SystemAllocator, SYSTEM_CONSTRAINTS } from './system';

export { SystemAllocator, SYSTEM_CONSTRAINTS } from './system';

export const systemDescriptor: AllocatorDescriptor = {
  name: 'system',
  summary: 'every request to a modelled C malloc (exact-size segregated fit), with fragmentation accounting',
  constraints: SYSTEM_CONSTRAINTS,
  create: (context, options) => new SystemAllocator(context, Number(options.get('limit') ?? 0)),
};
