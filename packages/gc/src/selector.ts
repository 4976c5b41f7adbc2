/**
 * The one selector and factory of collector strategies (mmtk's PlanSelector): every strategy is
 * registered here and nowhere else is a strategy name tested. `createCollector` turns a
 * `-X gc=NAME[,key=value…]` spec (or PYGLASS_GC, or the default) into a Collector.
 * Registered: cpython312 (default), refcount, host. Not yet written, hence not registered:
 * tracing, incremental, generational-tracing.
 */
import { createSelector, type Collector, type CollectorConstraints, type CollectorContext, type CollectorDescriptor, type CollectorFactory } from '@pyglass/interfaces';
import { cpython312Descriptor } from './plans/cpython312/index';
import { hostCollectorDescriptor } from './plans/host/index';
import { refcountDescriptor } from './plans/refcount/index';

export const COLLECTOR_DESCRIPTORS: readonly CollectorDescriptor[] = [cpython312Descriptor, refcountDescriptor, hostCollectorDescriptor];

export const collectorSelector = createSelector<CollectorConstraints, CollectorFactory>('gc', COLLECTOR_DESCRIPTORS, 'cpython312');

/** The collector named by `spec` (else the environment variable, else cpython312). */
export function createCollector<O>(context: CollectorContext<O>, spec: string | null = null, env?: Readonly<Record<string, string | undefined>>): Collector<O> {
  const { descriptor, spec: parsed } = collectorSelector.choose(spec, env);
  return descriptor.create(context, parsed.options);
}
