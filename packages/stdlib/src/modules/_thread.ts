/**
 * `_thread` (Modules/_threadmodule.c) over vm-core's green threads (vm-core/src/threads.ts):
 * start_new_thread, get_ident/get_native_id, _count, the lock type (`_thread.lock`, what
 * allocate_lock returns and `threading.Lock` is) with acquire(blocking, timeout) / release /
 * locked and the context-manager methods, RLock, TIMEOUT_MAX, stack_size, error (RuntimeError),
 * and pyglass's two hooks for threading.py: `_set_daemon_check` and `_park_until_done`.
 *
 * A lock that is taken parks the acquiring thread (no busy wait); release hands the lock to the
 * longest waiter directly (so a woken waiter owns it — its acquire returns True), and a waiter
 * whose timeout passes first gets False delivered as its acquire's result.
 */
import {
  PyModule, PyObject, PyType, PyFloat, None, True, False, RuntimeErrorType, TypeErrorType, ValueErrorType, OverflowErrorType,
  newInt, newFloat, raise, splitKw, startThread, park, wakeThread, currentThread, sched, daemonHook, isInt,
  intToNumber, floatType, isDictObj, exceptionTypes, call, decref, type GreenThread,
} from '@pyglass/vm-core';
import { defineFunction, defineValue } from './module-def.js';
import { makeNativeType } from './native-type.js';

/** TIMEOUT_MAX as CPython computes it on 64-bit Linux (PY_TIMEOUT_MAX / 1e6 in seconds). */
const TIMEOUT_MAX = 9223372036.0;

class LockObject extends PyObject {
  declare owner: GreenThread | null;
  declare waiters: GreenThread[];
  declare locked: boolean;
  constructor(type: PyType) {
    super(type, 48);
    this.owner = null;
    this.waiters = [];
    this.locked = false;
  }
}

function timeoutOf(o: PyObject | null): number {
  if (o === null) return -1;
  if (o.type === floatType || o instanceof PyFloat) return (o as PyFloat).v;
  if (isInt(o)) return intToNumber(o);
  throw raise(TypeErrorType, `'${o.type.name}' object cannot be interpreted as an integer`);
}

/** acquire(blocking=True, timeout=-1), shared by lock and RLock's inner lock. */
function acquire(lock: LockObject, args: PyObject[], kw: string[] | null, what: string): PyObject {
  const [pos, k] = splitKw(args, kw);
  const blockingObj = pos[0] ?? k?.get('blocking') ?? null;
  const blocking = blockingObj === null ? true : blockingObj !== False && !(isInt(blockingObj) && intToNumber(blockingObj) === 0);
  const timeout = timeoutOf(pos[1] ?? k?.get('timeout') ?? null);
  if (!blocking && timeout !== -1) throw raise(ValueErrorType, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw raise(ValueErrorType, 'timeout value must be a non-negative number');
  if (timeout > TIMEOUT_MAX) throw raise(OverflowErrorType, 'timeout value is too large');
  if (!lock.locked) {
    lock.locked = true;
    lock.owner = currentThread();
    return True;
  }
  if (!blocking || timeout === 0) return False;
  const me = currentThread();
  const wakeAt = timeout < 0 ? Infinity : performance.now() + timeout * 1000;
  if (!park(what, wakeAt, /* on timeout */ False)) {
    // Nothing else can ever release it (one thread, no deadline) or native code is on the stack.
    throw raise(RuntimeErrorType, 'pyglass: cannot block on this lock here (called from native code, which holds the GIL)');
  }
  // Provisionally True: release() hands the lock over before waking us; a timeout delivers False.
  lock.waiters.push(me);
  me.onTimeout = () => {
    const i = lock.waiters.indexOf(me);
    if (i >= 0) lock.waiters.splice(i, 1);
  };
  return True;
}

function release(lock: LockObject): void {
  if (!lock.locked) throw raise(RuntimeErrorType, 'release unlocked lock');
  // Hand the lock to the longest waiter still waiting (timed-out waiters have left the queue's use).
  while (lock.waiters.length > 0) {
    const next = lock.waiters.shift()!;
    if (next.done || !next.blocked) continue;
    lock.owner = next;
    wakeThread(next, True);
    return;
  }
  lock.locked = false;
  lock.owner = null;
}

let lockType: PyType | null = null;

function buildLockType(): PyType {
  return makeNativeType({
    name: 'lock', module: '_thread', size: 48, baseType: false, slots: (t) => {
      t.tp_repr = (o) => {
        const l = o as LockObject;
        return `<${l.locked ? 'locked' : 'unlocked'} _thread.lock object at 0x${o.addr.toString(16).padStart(12, '0')}>`;
      };
    },
    methods: {
      acquire: (self, a, k) => acquire(self as LockObject, a, k, `${repr(self)}.acquire()`),
      acquire_lock: (self, a, k) => acquire(self as LockObject, a, k, `${repr(self)}.acquire()`),
      __enter__: (self, a, k) => acquire(self as LockObject, a, k, `${repr(self)} (with)`),
      release: (self) => {
        release(self as LockObject);
        return None;
      },
      release_lock: (self) => {
        release(self as LockObject);
        return None;
      },
      __exit__: (self) => {
        release(self as LockObject);
        return None;
      },
      locked: (self) => ((self as LockObject).locked ? True : False),
      locked_lock: (self) => ((self as LockObject).locked ? True : False),
      _at_fork_reinit: (self) => {
        const l = self as LockObject;
        l.locked = false;
        l.owner = null;
        l.waiters = [];
        return None;
      },
    },
  });
}

function repr(o: PyObject): string {
  return o.type.tp_repr === null ? '<lock>' : o.type.tp_repr(o);
}

export function newLock(): PyObject {
  if (lockType === null) lockType = buildLockType();
  return new LockObject(lockType);
}

export function initThread(m: PyModule): void {
  if (lockType === null) lockType = buildLockType();
  defineValue(m, 'LockType', lockType);
  defineValue(m, 'lock', lockType);
  defineValue(m, 'TIMEOUT_MAX', newFloat(TIMEOUT_MAX));
  const error = exceptionTypes.get('RuntimeError')!;
  error.rc++;
  defineValue(m, 'error', error);
  defineFunction(m, 'allocate_lock', () => newLock());
  defineFunction(m, 'allocate', () => newLock());
  defineFunction(m, 'start_new_thread', (_s, args, kw) => {
    if (kw !== null && kw.length > 0) throw raise(TypeErrorType, 'start_new_thread() takes no keyword arguments');
    if (args.length < 2 || args.length > 3) throw raise(TypeErrorType, `start_new_thread expected at least 2 arguments, got ${args.length}`);
    const [func, fargs, fkw] = args as [PyObject, PyObject, PyObject | undefined];
    if (func.type.tp_call === null && func.type.name !== 'function') throw raise(TypeErrorType, 'first arg must be callable');
    if (fargs.type.layout !== 5) throw raise(TypeErrorType, '2nd arg must be a tuple');
    let callArgs = (fargs as unknown as { items: PyObject[] }).items.slice();
    let names: string[] | null = null;
    if (fkw !== undefined && fkw !== None) {
      if (!isDictObj(fkw)) throw raise(TypeErrorType, 'optional 3rd arg must be a dictionary');
      const d = fkw as unknown as { keys: (PyObject | null)[]; values: (PyObject | null)[] };
      names = [];
      for (let i = 0; i < d.keys.length; i++) {
        const key = d.keys[i];
        if (key === null) continue;
        names.push((key as unknown as { s: string }).s);
        callArgs.push(d.values[i]!);
      }
    }
    const t = startThread(func, callArgs, names);
    callArgs = [];
    return newInt(t.ident);
  });
  defineFunction(m, 'start_joinable_thread', () => {
    throw raise(RuntimeErrorType, 'start_joinable_thread is a CPython 3.13 function');
  });
  defineFunction(m, 'get_ident', () => newInt(currentThread().ident));
  defineFunction(m, 'get_native_id', () => newInt(process.pid + (currentThread().ident % 100000)));
  defineFunction(m, '_count', () => newInt(sched.threads.length - 1));
  defineFunction(m, 'stack_size', (_s, a) => {
    if (a.length > 0 && !(isInt(a[0]!) && intToNumber(a[0]!) === 0)) {
      const n = isInt(a[0]!) ? intToNumber(a[0]!) : -1;
      if (n < 32768) throw raise(ValueErrorType, 'size not valid: 0 bytes');
    }
    return newInt(0);
  });
  defineFunction(m, 'interrupt_main', () => None);
  defineFunction(m, 'exit', () => {
    throw raise(exceptionTypes.get('SystemExit')!, '');
  });
  defineFunction(m, 'daemon_threads_allowed', () => True);
  // pyglass's hooks for our threading.py: which idents are daemon threads (not waited for at
  // exit), and parking until a thread ends (Thread.join).
  defineFunction(m, '_set_daemon_check', (_s, a) => {
    const f = a[0]!;
    f.rc++;
    daemonHook.isDaemon = (ident) => {
      const r = call(f, [newInt(ident)], null);
      const yes = r === True;
      decref(r);
      return yes;
    };
    return None;
  });
  defineFunction(m, '_wait_for_thread', (_s, a) => {
    // Parks the caller until the thread with this ident has ended (or the timeout passes);
    // returns True when it has ended.
    const ident = isInt(a[0]!) ? intToNumber(a[0]!) : -1;
    const timeout = a.length > 1 && a[1] !== None ? timeoutOf(a[1]!) : -1;
    const target = sched.threads.find((t) => t.ident === ident);
    if (target === undefined || target.done) return True;
    if (timeout === 0) return False;
    const me = currentThread();
    if (target === me) throw raise(RuntimeErrorType, 'cannot join current thread');
    const prev = target.onExit;
    target.onExit = (exc) => {
      if (prev !== null) prev(exc);
      wakeThread(me, True);
    };
    if (!park(`thread ${ident} to end`, timeout < 0 ? Infinity : performance.now() + timeout * 1000, False)) {
      throw raise(RuntimeErrorType, 'pyglass: cannot wait for a thread here');
    }
    return True;
  });
}
