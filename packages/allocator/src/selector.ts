/**
 * The one selector and factory of allocator strategies (mmtk's PlanSelector): every strategy is
 * registered here and nowhere else is a strategy name tested. `createAllocator` turns a
 * `-X alloc=NAME[,key=value…]` spec (or PYGLASS_ALLOC, or the default) into an Allocator.
 * Registered: pymalloc (default), system, bump, host.
 */
import { createSelector, type Allocator, type AllocatorConstraints, type AllocatorContext, type AllocatorDescriptor, type AllocatorFactory } from '@pyglass/interfaces';
import { bumpDescriptor } from './plans/bump/index';
import { hostDescriptor } from './plans/host/index';
import { pymallocDescriptor } from './plans/pymalloc/index';
import { systemDescriptor } from './plans/system/index';

export const ALLOCATOR_DESCRIPTORS: readonly AllocatorDescriptor[] = [pymallocDescriptor, systemDescriptor, bumpDescriptor, hostDescriptor];

export const allocatorSelector = createSelector<AllocatorConstraints, AllocatorFactory>('alloc', ALLOCATOR_DESCRIPTORS, 'pymalloc');

/** The allocator named by `spec` (else the environment variable, else pymalloc). */
export function createAllocator(context: AllocatorContext, spec: string | null = null, env?: Readonly<Record<string, string | undefined>>): Allocator {
  const { descriptor, spec: parsed } = allocatorSelector.choose(spec, env);
  return descriptor.create(context, parsed.options);
}
