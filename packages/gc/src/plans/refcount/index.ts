/** The `refcount` collector's descriptor: refcounting only, cycles leak. */
import type { CollectorDescriptor } from '@pyglass/interfaces';
import { RefcountCollector, REFCOUNT_CONSTRAINTS } from './refcount';

export { RefcountCollector, REFCOUNT_CONSTRAINTS } from './refcount';

export const refcountDescriptor: CollectorDescriptor = {
  name: 'refcount',
  summary: 'CPython 3.12 reference counting without cycle collection: cycles leak',
  constraints: REFCOUNT_CONSTRAINTS,
  create: (context, options) => new RefcountCollector(context, { traceRefcounts: options.get('refcounts') === '1' }),
};
