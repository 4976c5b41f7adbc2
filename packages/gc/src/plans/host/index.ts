/** The `host` collector's descriptor: V8 collects, no refcounts, nothing simulated. */
import type { CollectorDescriptor } from '@pyglass/interfaces';
import { HostCollector, HOST_COLLECTOR_CONSTRAINTS } from './host';

export { HostCollector, HOST_COLLECTOR_CONSTRAINTS } from './host';

export const hostCollectorDescriptor: CollectorDescriptor = {
  name: 'host',
  summary: 'V8 owns memory: no refcounts, no simulated collections (sys.getrefcount unavailable)',
  constraints: HOST_COLLECTOR_CONSTRAINTS,
  create: (context) => new HostCollector(context),
};
