/** The `host` allocator's descriptor: no simulated heap (V8 owns memory), the speed baseline. */
import type { AllocatorDescriptor } from '@pyglass/interfaces';
import { HostAllocator, HOST_CONSTRAINTS } from './host';

export { HostAllocator, HOST_CONSTRAINTS } from './host';

export const hostDescriptor: AllocatorDescriptor = {
  name: 'host',
  summary: 'no simulated heap: V8 owns memory; unique never-reused addresses, no pools or stats',
  constraints: HOST_CONSTRAINTS,
  create: (context) => new HostAllocator(context),
};
