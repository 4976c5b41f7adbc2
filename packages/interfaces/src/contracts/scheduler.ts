/**
 * The Scheduler contract: Python threads as green threads over resumable frames, one running at
 * a time under a GIL (CPython 3.12's "new GIL") or as a strategy decides. The VM runs a thread's
 * frames until the thread reaches a safe point where the scheduler wants a switch, blocks, or
 * exits; then the scheduler picks who runs next. Switches happen only between bytecodes, at the
 * points CPython 3.12 checks its eval breaker (JUMP_BACKWARD and function entry, i.e. RESUME),
 * unless a strategy's constraints say otherwise — so `L.append(x)` is atomic and `i += 1` can
 * race exactly as in CPython.
 */
import type { SchedEvent, BlockReason, SwitchReason } from '../sched-event';
import type { StrategyDescriptor, StrategySelector } from './selection';

/** `sys.getswitchinterval()` by default: 5 ms. */
export const DEFAULT_SWITCH_INTERVAL_SECONDS = 0.005;

/** Where the eval loop may offer a switch. */
export const SafePoint = {
  /** JUMP_BACKWARD: the end of every loop iteration. */
  BackwardJump: 0,
  /** RESUME: function entry (and resumption of generators and coroutines). */
  FunctionEntry: 1,
  /** Any other instruction boundary (only strategies with `switchesAnywhere` ask for these). */
  Instruction: 2,
} as const;
export type SafePoint = (typeof SafePoint)[keyof typeof SafePoint];

/** What the VM may assume about a scheduler. */
export interface SchedulerConstraints {
  /** One thread runs bytecode at a time (a GIL); false for simulated free threading. */
  readonly hasGil: boolean;
  /** Runs threads on simulated cores with a virtual clock, to report parallel time without a GIL. */
  readonly simulatedParallelism: boolean;
  /** May switch at any instruction boundary (`points=any`), so the VM must offer SafePoint.Instruction. */
  readonly switchesAnywhere: boolean;
  /** Same seed, same interleaving: time comes from a virtual clock, never the wall clock. */
  readonly deterministic: boolean;
  /** The virtual clock drives `time.*` and timeouts (deterministic and free-threaded strategies). */
  readonly virtualClock: boolean;
}

/** What a thread's run slice ended with. */
export const SliceEnd = {
  /** It reached a safe point where `shouldSwitch` said yes; it can resume where it stopped. */
  Yielded: 0,
  /** It called `block` (sleep, lock, join, I/O…) and waits to be woken. */
  Blocked: 1,
  /** Its outermost frame returned or raised. */
  Exited: 2,
} as const;
export type SliceEnd = (typeof SliceEnd)[keyof typeof SliceEnd];

/**
 * A Python thread as the VM gives it to the scheduler: its frames are resumable, so running a
 * slice is a plain call that returns at the next switch, with no JS recursion between frames.
 */
export interface GreenThread {
  /** threading.get_ident(). */
  readonly ident: number;
  readonly name: string;
  readonly daemon: boolean;
  /** Runs bytecode until a switch, a block or the end of the thread. */
  runSlice(): SliceEnd;
  /** The thread's Python stack, innermost last, for deadlock reports ("File …, line N, in f"). */
  describeStack(): string[];
}

/** What a blocked thread waits for; the scheduler wakes it when it happens. */
export type WakeCondition =
  /** A deadline on the scheduler's clock (time.sleep, timeouts). */
  | { readonly kind: 'deadline'; readonly at: number }
  /** An explicit `wake(ident)` from another thread (lock release, Event.set, queue.put…). */
  | { readonly kind: 'signal'; readonly deadline: number | null }
  /** Host I/O (a promise the VM awaits); the scheduler keeps the host event loop running. */
  | { readonly kind: 'io'; readonly done: Promise<void> };

/** Raised by `run` when every thread is blocked with nothing that could wake one. */
export interface DeadlockReport {
  readonly threads: readonly { readonly ident: number; readonly name: string; readonly reason: BlockReason; readonly stack: readonly string[] }[];
}

export interface Scheduler {
  readonly name: string;
  readonly constraints: SchedulerConstraints;
  /** threading.Thread.start / _thread.start_new_thread: the thread becomes runnable. */
  spawn(thread: GreenThread): void;
  /** The ident of the thread running now. */
  current(): number;
  /**
   * Called by the eval loop at a safe point: true when the running thread must give up the GIL
   * now (its interval expired and another thread asked, a quantum ran out…). The VM then saves
   * its place and returns SliceEnd.Yielded. For speed the VM first tests `breaker[0] !== 0` and
   * calls this only when it is set, as CPython tests its eval breaker.
   */
  shouldSwitch(point: SafePoint): boolean;
  /**
   * The eval breaker: nonzero when `shouldSwitch` (or a pending GC, or a signal) needs a look. An
   * Int32Array so that workers and timers can set it with Atomics.
   */
  readonly breaker: Int32Array;
  /**
   * The running thread blocks (releases the GIL, as blocking calls do in CPython) until
   * `condition`; the VM then returns SliceEnd.Blocked.
   */
  block(reason: BlockReason, condition: WakeCondition): void;
  /** Makes a thread blocked on a 'signal' condition runnable again. */
  wake(ident: number): void;
  /** The thread ended; `exception` is the type name of an uncaught exception, or null. */
  exit(ident: number, exception: string | null): void;
  /**
   * Runs threads until the main thread and every non-daemon thread have exited. Resolves with
   * null, or with a DeadlockReport when all threads are blocked and nothing can wake them
   * (CPython would hang; pyglass reports and exits non-zero).
   */
  run(main: GreenThread): Promise<DeadlockReport | null>;
  /** sys.getswitchinterval(). */
  getSwitchInterval(): number;
  /** sys.setswitchinterval(seconds); the VM raises ValueError for seconds <= 0, as CPython. */
  setSwitchInterval(seconds: number): void;
  /** The scheduler's clock in nanoseconds (virtual for deterministic and free-threaded). */
  now(): number;
}

export interface SchedulerContext {
  /** Scheduler events when tracing, else null. */
  readonly trace: ((event: SchedEvent) => void) | null;
  /** Wall-clock nanoseconds since the run began (strategies with a virtual clock ignore it). */
  readonly wallClock: () => number;
}

export type SchedulerFactory = (context: SchedulerContext, options: ReadonlyMap<string, string>) => Scheduler;
export type SchedulerDescriptor = StrategyDescriptor<SchedulerConstraints, SchedulerFactory>;
export type SchedulerSelector = StrategySelector<SchedulerConstraints, SchedulerFactory>;
