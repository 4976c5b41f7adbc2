/**
 * The `refcount` collector: CPython 3.12's reference counting without the cycle collector, the
 * research baseline for "what do cycles cost". Counts, tracking, finalizers on deallocation,
 * thresholds, callbacks and `gc.get_count()` behave as in `cpython312` — collections are still
 * scheduled and run, and generations still age — but a collection finds nothing, so unreachable
 * cycles leak (gc.collect() returns 0). A leak is measured from outside, e.g. by comparing
 * `gc.get_objects()` with what is reachable.
 */
import type { CollectorConstraints } from '@pyglass/interfaces';
import { Cpython312Collector, CPYTHON312_CONSTRAINTS } from '../cpython312/cpython312';

export const REFCOUNT_CONSTRAINTS: CollectorConstraints = { ...CPYTHON312_CONSTRAINTS, collectsCycles: false };

export class RefcountCollector<O> extends Cpython312Collector<O> {
  override readonly name: string = 'refcount';
  override readonly constraints: CollectorConstraints = REFCOUNT_CONSTRAINTS;

  protected override findsCycles(): boolean {
    return false;
  }
}
