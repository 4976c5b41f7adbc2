/**
 * Green threads under a GIL, as CPython 3.12 runs its threads: each Python thread has its own
 * frame stack and thread state, only one runs bytecode at a time, and a switch happens only at
 * the loop's safe points — function entry (RESUME) and backward jumps (JUMP_BACKWARD), where
 * CPython checks its eval breaker — never inside an instruction. So CPython's atomic operations
 * (`L.append(x)`, `D[k] = v`) stay atomic, and `counter += 1` in a plain loop loses no update,
 * as in CPython 3.12.
 *
 * The policy is CPython's "new GIL": the running thread keeps the GIL until its switch interval
 * (`sys.getswitchinterval()`, 5 ms) has passed while another thread is waiting, then hands it to
 * the longest waiter (forced hand-off, FIFO). Blocking calls (`lock.acquire`, `time.sleep`,
 * `join`) park their thread right after the call returns (the loop checks after native calls
 * and `__enter__`); whoever wakes it may replace the call's result on its stack (a timed-out
 * `acquire` becomes False). When every thread is parked and some wait on a deadline, the process
 * really sleeps until the earliest one (no busy loop); when none can ever wake, pyglass reports
 * the deadlock with each thread's Python stack instead of hanging as CPython would.
 *
 * How a switch works: the loop saves the innermost frame's pc/sp and returns SWITCHED from
 * evalFrame; the thread's saved `frame` is that innermost frame, whose `back` chain leads to the
 * thread's entry frame. Resuming calls evalFrame on it again; returns then unwind frame by frame
 * as usual until the entry frame returns the thread's result here.
 */
import { PyBaseException, PyObject, decref, newref } from './object.js';
import { None } from './objects/values.js';
import { SWITCHED, evalBreaker, evalFrame, tstate, type Frame } from './eval.js';
import { call } from './abstract.js';

export { SWITCHED };

export interface GreenThread {
  ident: number;
  /** What the thread runs first (start_new_thread's function and arguments); null for main. */
  func: PyObject | null;
  args: PyObject[];
  kwnames: string[] | null;
  started: boolean;
  done: boolean;
  /** The innermost frame while switched out. */
  frame: Frame | null;
  depth: number;
  excInfo: PyObject;
  /** Parked: waiting for a wake() or for `wakeAt`. */
  blocked: boolean;
  /** Monotonic ms at which a parked thread wakes by itself; Infinity when only wake() can. */
  wakeAt: number;
  /** The result a waker delivers in place of the blocking call's provisional one; null = keep it. */
  wakeResult: PyObject | null;
  /** The result a deadline delivers (False for a timed-out acquire); null = keep it. */
  timeoutResult: PyObject | null;
  /** What the thread is waiting for, for the deadlock report. */
  waitingFor: string;
  /** Called once when the thread ends (threading's join waits on it). */
  onExit: ((exc: PyBaseException | null) => void) | null;
  /** Called when a parked thread wakes because its deadline passed (a lock drops it from its queue). */
  onTimeout: (() => void) | null;
}

const now = (): number => performance.now();

/** The scheduler state of the current run. */
export const sched = {
  threads: [] as GreenThread[],
  current: null as GreenThread | null,
  /** Threads waiting for the GIL, in arrival order. */
  runQueue: [] as GreenThread[],
  /** sys.getswitchinterval() in ms. */
  intervalMs: 5,
  sliceStart: 0,
  /** The current thread asked to park after the call it is in. */
  parkRequested: false,
  nextIdent: 1,
  /** Set by runCode: where uncaught thread exceptions are reported. */
  reportException: null as ((e: PyBaseException, func: PyObject) => void) | null,
  switches: 0,
  policy: { kind: 'gil' } as SchedulePolicy,
  rngState: 0,
};

/** Native thread idents start where CPython's usually do (large, process-unique). */
const IDENT_BASE = 139_900_000_000_000;

export function resetThreads(): GreenThread {
  const main = newThread(null, [], null);
  main.started = true;
  sched.threads = [main];
  sched.current = main;
  sched.runQueue = [];
  sched.parkRequested = false;
  sched.sliceStart = now();
  sched.switches = 0;
  sched.rngState = sched.policy.kind === 'deterministic' ? sched.policy.seed | 0 : 0;
  evalBreaker.countdown = sched.policy.kind === 'deterministic' ? sched.policy.quantum : CHECK_EVERY;
  evalBreaker.flag = 0;
  evalBreaker.check = checkSwitch;
  return main;
}

function newThread(func: PyObject | null, args: PyObject[], kwnames: string[] | null): GreenThread {
  return {
    ident: IDENT_BASE + sched.nextIdent++ * 4096,
    func, args, kwnames, started: false, done: false, frame: null, depth: 0, excInfo: None,
    blocked: false, wakeAt: Infinity, wakeResult: null, timeoutResult: null, waitingFor: '', onExit: null, onTimeout: null,
  };
}

function updateBreaker(): void {
  evalBreaker.flag = sched.threads.length > 1 || sched.parkRequested ? 1 : 0;
}

/** _thread.start_new_thread: a new runnable thread (it starts when it first gets the GIL). */
export function startThread(func: PyObject, args: PyObject[], kwnames: string[] | null): GreenThread {
  const t = newThread(newref(func), args.map((a) => newref(a)), kwnames);
  sched.threads.push(t);
  sched.runQueue.push(t);
  updateBreaker();
  return t;
}

export function currentThread(): GreenThread {
  return sched.current!;
}

/**
 * A blocking call parks the current thread: it stops right after the call returns, until
 * `wakeThread` (or `wakeAt`, a monotonic ms deadline). Only possible when the call came straight
 * from the loop (no native frames in between); otherwise the caller must not block and gets false.
 */
export function park(waitingFor: string, wakeAt = Infinity, timeoutResult: PyObject | null = null): boolean {
  if (tstate.nesting !== 1) return false;
  const t = sched.current!;
  t.blocked = true;
  t.wakeAt = wakeAt;
  t.waitingFor = waitingFor;
  t.wakeResult = null;
  t.timeoutResult = timeoutResult;
  t.onTimeout = null;
  sched.parkRequested = true;
  evalBreaker.countdown = 0;
  updateBreaker();
  return true;
}

/** Makes a parked thread runnable, delivering `result` as its blocking call's value (null = keep). */
export function wakeThread(t: GreenThread, result: PyObject | null = null): void {
  if (!t.blocked) return;
  t.blocked = false;
  t.wakeAt = Infinity;
  t.wakeResult = result;
  t.timeoutResult = null;
  t.onTimeout = null;
  sched.runQueue.push(t);
}

/** Safe points between clock reads while other threads wait (a clock read costs more than the check). */
const CHECK_EVERY = 64;

/** The eval breaker's check (called when its countdown runs out): true when the current thread must switch out here. */
function checkSwitch(_afterBlockingCall: boolean): boolean {
  const policy = sched.policy;
  if (policy.kind === 'deterministic') {
    // A quantum of safe points, counted exactly: no clock is read, so a run repeats itself.
    evalBreaker.countdown = policy.quantum;
    if (tstate.nesting !== 1) return false;
    if (sched.parkRequested) return true;
    return sched.runQueue.length > 0;
  }
  evalBreaker.countdown = CHECK_EVERY;
  if (tstate.nesting !== 1) return false;
  // A blocking call parks at the first check after it (the loop checks right after native calls).
  if (sched.parkRequested) return true;
  if (sched.runQueue.length === 0) return false;
  return now() - sched.sliceStart >= sched.intervalMs;
}

/**
 * The scheduling policy of a run. `gil`: CPython 3.12's GIL (switch interval, FIFO hand-off).
 * `deterministic`: a switch every `quantum` safe points to a waiting thread chosen by a PRNG
 * seeded with `seed`, so the same seed gives the same interleaving (blocking with deadlines still
 * follows the real clock).
 */
export type SchedulePolicy = { kind: 'gil' } | { kind: 'deterministic'; seed: number; quantum: number };

/** Mulberry32: a small seeded PRNG, enough to pick the next thread reproducibly. */
function nextRandom(): number {
  let t = (sched.rngState = (sched.rngState + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Parses a `-X sched=` / PYGLASS_SCHED value: `gil`, or `deterministic[,seed=N][,quantum=N]`. */
export function parseSchedulePolicy(spec: string): SchedulePolicy | { error: string } {
  const [name, ...opts] = spec.split(',');
  if (name === 'gil' && opts.length === 0) return { kind: 'gil' };
  if (name === 'deterministic') {
    let seed = 0;
    let quantum = 100;
    for (const o of opts) {
      const [k, v] = o.split('=');
      const n = Number(v);
      if ((k !== 'seed' && k !== 'quantum') || v === undefined || !Number.isInteger(n) || n < (k === 'quantum' ? 1 : 0)) {
        return { error: `invalid option '${o}' for the deterministic scheduler (expected seed=N, quantum=N ≥ 1)` };
      }
      if (k === 'seed') seed = n;
      else quantum = n;
    }
    return { kind: 'deterministic', seed, quantum };
  }
  return { error: `unknown scheduler '${name}' (valid: gil, deterministic[,seed=N][,quantum=N])` };
}

/** Saves the running thread's state (its innermost frame was saved by the loop). */
function saveCurrent(): void {
  const t = sched.current!;
  t.frame = tstate.frame;
  t.depth = tstate.depth;
  t.excInfo = tstate.excInfo;
}

function load(t: GreenThread): void {
  sched.current = t;
  tstate.frame = t.frame;
  tstate.depth = t.depth;
  tstate.excInfo = t.excInfo;
  sched.sliceStart = now();
  evalBreaker.countdown = sched.policy.kind === 'deterministic' ? sched.policy.quantum : CHECK_EVERY;
}

/** Delivers a waker's (or a deadline's) result into the parked call's stack slot. */
function deliver(t: GreenThread, result: PyObject | null): void {
  if (result === null || t.frame === null) return;
  const f = t.frame.f;
  const slot = t.frame.sp - 1;
  const old = f[slot];
  f[slot] = newref(result);
  if (old !== null && old !== undefined) decref(old);
}

export class DeadlockError extends Error {
  constructor(readonly report: string) {
    super('deadlock');
  }
}

/** The next thread to get the GIL: the first waiter; sleeping until a deadline when all are parked. */
function nextRunnable(): GreenThread {
  for (;;) {
    let t: GreenThread | undefined;
    if (sched.policy.kind === 'deterministic' && sched.runQueue.length > 1) {
      const i = Math.floor(nextRandom() * sched.runQueue.length);
      t = sched.runQueue.splice(i, 1)[0];
    } else t = sched.runQueue.shift();
    if (t !== undefined) {
      if (!t.done && !t.blocked) return t;
      continue;
    }
    let earliest: GreenThread | null = null;
    for (const x of sched.threads) if (!x.done && x.blocked && x.wakeAt !== Infinity && (earliest === null || x.wakeAt < earliest.wakeAt)) earliest = x;
    if (earliest === null) throw new DeadlockError(deadlockReport());
    const wait = earliest.wakeAt - now();
    if (wait > 0) Atomics.wait(sleepWord, 0, 0, wait);
    // Everyone whose deadline has passed wakes, earliest first.
    const due = sched.threads.filter((x) => !x.done && x.blocked && x.wakeAt <= now()).sort((a, b) => a.wakeAt - b.wakeAt);
    if (due.length === 0) due.push(earliest);
    for (const x of due) {
      const r = x.timeoutResult;
      x.blocked = false;
      x.wakeAt = Infinity;
      x.wakeResult = r;
      const onTimeout = x.onTimeout;
      x.onTimeout = null;
      if (onTimeout !== null) onTimeout();
      sched.runQueue.push(x);
    }
  }
}

const sleepWord = new Int32Array(new SharedArrayBuffer(4));

/** Hook for the deadlock report's stacks (traceback.ts formats frames; set by run.ts). */
export const threadHooks = { formatStack: null as ((frame: Frame | null) => string) | null };

function deadlockReport(): string {
  let out = 'pyglass: deadlock: every thread is blocked and nothing can wake them (CPython would hang here)\n';
  for (const t of sched.threads) {
    if (t.done) continue;
    const name = t === sched.threads[0] ? 'main thread' : `thread ${t.ident}`;
    out += `\n${name}, waiting for ${t.waitingFor || 'nothing'}:\n`;
    out += threadHooks.formatStack === null ? '' : threadHooks.formatStack(t.frame);
  }
  return out;
}

/**
 * Runs one slice of thread `t` (its start, or its resumption) until it switches out or ends.
 * Returns SWITCHED, or the thread's result (a new reference) when it ended; throws its exception.
 */
function runSlice(t: GreenThread): PyObject {
  load(t);
  sched.parkRequested = false;
  updateBreaker();
  if (!t.started) {
    t.started = true;
    return call(t.func!, t.args, t.kwnames);
  }
  deliver(t, t.wakeResult);
  t.wakeResult = null;
  const frame = t.frame!;
  t.frame = null;
  return evalFrame(frame);
}

function finish(t: GreenThread, exc: PyBaseException | null): void {
  t.done = true;
  t.frame = null;
  sched.threads = sched.threads.filter((x) => x !== t);
  const onExit = t.onExit;
  t.onExit = null;
  if (onExit !== null) onExit(exc);
  for (const a of t.args) decref(a);
  t.args = [];
  if (t.func !== null) {
    if (exc !== null && sched.reportException !== null && !(exc.type.name === 'SystemExit')) sched.reportException(exc, t.func);
    decref(t.func);
    t.func = null;
  }
  if (exc !== null) decref(exc);
  updateBreaker();
}

/**
 * Called when the main thread's code returned SWITCHED: runs the other threads until the main
 * thread's own work finishes, and returns its result (or throws its exception).
 */
export function runUntilMainDone(): PyObject {
  const main = sched.threads[0]!;
  saveCurrent();
  // The main thread gave up the GIL; if it is not parked it waits in line like any thread.
  if (!main.blocked) sched.runQueue.push(main);
  for (;;) {
    const t = nextRunnable();
    sched.switches++;
    let r: PyObject;
    try {
      r = runSlice(t);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      if (t === main) {
        sched.current = main;
        throw e;
      }
      finish(t, e);
      continue;
    }
    if (r === SWITCHED) {
      saveCurrent();
      if (!t.blocked) sched.runQueue.push(t);
      continue;
    }
    if (t === main) {
      sched.current = main;
      return r;
    }
    decref(r);
    finish(t, null);
  }
}

/** After the main program: runs the other threads until they end (what threading._shutdown waits for). */
export function runRemainingThreads(): void {
  const main = sched.threads[0]!;
  while (sched.threads.some((t) => t !== main && !t.done && !isDaemonHook(t))) {
    main.blocked = true;
    main.waitingFor = 'the other threads to end';
    main.wakeAt = Infinity;
    // The main thread has no frame to resume: wake it when the last non-daemon thread ends.
    const others = sched.threads.filter((t) => t !== main && !t.done && !isDaemonHook(t));
    let left = others.length;
    for (const t of others) {
      const prev = t.onExit;
      t.onExit = (exc) => {
        if (prev !== null) prev(exc);
        if (--left === 0) wakeThread(main);
      };
    }
    saveCurrent();
    for (;;) {
      const t = nextRunnable();
      if (t === main) break;
      let r: PyObject;
      try {
        r = runSlice(t);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        finish(t, e);
        continue;
      }
      if (r === SWITCHED) {
        saveCurrent();
        if (!t.blocked) sched.runQueue.push(t);
        continue;
      }
      decref(r);
      finish(t, null);
    }
    load(main);
  }
  sched.current = main;
}

/** threading's daemon flag, read through a hook so vm-core does not know threading.Thread. */
export const daemonHook = { isDaemon: null as ((ident: number) => boolean) | null };
function isDaemonHook(t: GreenThread): boolean {
  return daemonHook.isDaemon !== null && daemonHook.isDaemon(t.ident);
}

