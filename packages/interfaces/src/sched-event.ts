/**
 * `SchedEvent`: the records of a scheduler trace (`-X trace=FILE`, JSON lines): thread lifetimes,
 * switches with their reason, blocking and waking, and time spent waiting for the GIL, as
 * CPython 3.12's "new GIL" produces them (switch interval, drop requests, forced hand-off).
 * See contracts/scheduler.ts for the events' meaning under each strategy.
 */
import type { TraceRecordOf, TraceRecordUnion } from './trace-schema';

/** Why the running thread stopped running. */
export const SWITCH_REASONS = ['interval', 'drop-request', 'block', 'exit', 'quantum', 'yield'] as const;
/** What a thread blocked on. */
export const BLOCK_REASONS = ['sleep', 'lock', 'join', 'io', 'queue', 'event', 'condition', 'select', 'process', 'other'] as const;

export const SCHED_EVENT_SCHEMA = {
  /** First line of every scheduler trace. */
  meta: { format: { enum: ['pyglass-sched-trace'] }, version: 'uint', scheduler: 'string' },
  /** A thread began (tid as threading.get_ident(); parent null for the main thread). */
  'thread-start': { t: 'uint', tid: 'uint', name: 'string', daemon: 'bool', parent: 'uint?' },
  /** The GIL passed from `from` to `to`. */
  switch: { t: 'uint', from: 'uint', to: 'uint', reason: { enum: SWITCH_REASONS } },
  /** A thread parked (released the GIL) in a blocking call. */
  block: { t: 'uint', tid: 'uint', reason: { enum: BLOCK_REASONS } },
  /** A parked thread became runnable after `waitedNs`. */
  wake: { t: 'uint', tid: 'uint', waitedNs: 'uint' },
  /** A waiting thread asked the holder to drop the GIL (after one switch interval). */
  'drop-request': { t: 'uint', tid: 'uint', holder: 'uint' },
  /** A thread took the GIL after waiting `waitedNs` for it. */
  'gil-acquire': { t: 'uint', tid: 'uint', waitedNs: 'uint' },
  /** A thread ended; `exception` is the type name of an uncaught exception, or null. */
  'thread-exit': { t: 'uint', tid: 'uint', exception: 'string?' },
} as const;

export type SchedEventKind = keyof typeof SCHED_EVENT_SCHEMA;
export type SchedEvent = TraceRecordUnion<typeof SCHED_EVENT_SCHEMA>;
export type SchedEventOf<K extends SchedEventKind> = TraceRecordOf<typeof SCHED_EVENT_SCHEMA, K>;
export type SwitchReason = (typeof SWITCH_REASONS)[number];
export type BlockReason = (typeof BLOCK_REASONS)[number];
