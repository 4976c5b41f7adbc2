/** The `cpython312` collector's descriptor (the default): CPython 3.12's refcounting and cycle collector. */
import type { CollectorDescriptor } from '@pyglass/interfaces';
import { Cpython312Collector, CPYTHON312_CONSTRAINTS } from './cpython312';

export { Cpython312Collector, CPYTHON312_CONSTRAINTS } from './cpython312';

export const cpython312Descriptor: CollectorDescriptor = {
  name: 'cpython312',
  summary: "CPython 3.12: exact refcounting, three generations (700, 10, 10), PEP 442 finalization",
  constraints: CPYTHON312_CONSTRAINTS,
  create: (context, options) => new Cpython312Collector(context, { traceRefcounts: options.get('refcounts') === '1' }),
};
