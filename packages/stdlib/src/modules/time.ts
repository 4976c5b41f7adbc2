/**
 * `time` (Modules/timemodule.c), the clocks and `sleep`: time/time_ns (the system clock),
 * perf_counter/monotonic (CLOCK_MONOTONIC, nanosecond resolution — `process.hrtime`), process_time
 * (user + system CPU of the process) and thread_time (the same here: one OS thread runs Python),
 * each with its `_ns` variant returning an exact int, `get_clock_info`, and `sleep`, which blocks
 * the process for real (Atomics.wait, no busy loop) and rejects what CPython rejects.
 */
import {
  PyModule, PyObject, PyFloat, OverflowErrorType, TypeErrorType, ValueErrorType, floatType, isInt, intToNumber, newFloat, raise,
  newStr, newBigInt, None, True, False, call, decref, sched, park,
} from '@pyglass/vm-core';
import { defineFunction, oneArg } from './module-def.js';
import { simpleNamespaceType } from './types.js';

/** The origin of perf_counter/monotonic: the process's hrtime (CLOCK_MONOTONIC on Linux). */
const hr = (): bigint => process.hrtime.bigint();
const cpu = (): bigint => {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
};
/** time.time_ns: the wall clock in ns (Date has ms; hrtime adds the sub-ms part since start). */
const wallStartNs = BigInt(Date.now()) * 1000000n;
const hrStart = hr();
const wallNs = (): bigint => wallStartNs + (hr() - hrStart);

/** One shared word to wait on: Atomics.wait blocks the thread for the timeout without spinning. */
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function seconds(o: PyObject): number {
  if (o.type === floatType || o instanceof PyFloat) return (o as PyFloat).v;
  if (isInt(o)) {
    const n = intToNumber(o);
    if (!Number.isFinite(n) || Math.abs(n) > 9.2e9) throw raise(OverflowErrorType, 'timestamp too large to convert to C _PyTime_t');
    return n;
  }
  throw raise(TypeErrorType, `'${o.type.name}' object cannot be interpreted as an integer`);
}

export function initTime(m: PyModule): void {
  const nsClock = (name: string, clock: () => bigint) => {
    defineFunction(m, name, (_s, a, k) => {
      if (a.length !== 0 || (k !== null && k.length > 0)) throw raise(TypeErrorType, `time.${name}() takes no arguments (${a.length} given)`);
      return newBigInt(clock());
    });
    const floatName = name.slice(0, -3);
    defineFunction(m, floatName, (_s, a, k) => {
      if (a.length !== 0 || (k !== null && k.length > 0)) throw raise(TypeErrorType, `time.${floatName}() takes no arguments (${a.length} given)`);
      return newFloat(Number(clock()) / 1e9);
    });
  };
  nsClock('time_ns', wallNs);
  nsClock('perf_counter_ns', hr);
  nsClock('monotonic_ns', hr);
  nsClock('process_time_ns', cpu);
  nsClock('thread_time_ns', cpu);
  defineFunction(m, 'sleep', (_s, a, k) => {
    const secs = seconds(oneArg('time.sleep', a, k));
    if (Number.isNaN(secs)) throw raise(ValueErrorType, 'Invalid value NaN (not a number)');
    if (secs < 0) throw raise(ValueErrorType, 'sleep length must be non-negative');
    const ms = secs * 1000;
    // With other threads, sleeping parks this one and lets them run (as CPython releases the
    // GIL in sleep); alone, the process really sleeps. Either way no busy loop.
    if (sched.threads.length > 1 && park(`time.sleep(${secs})`, performance.now() + ms)) return None;
    if (ms > 0) Atomics.wait(sleeper, 0, 0, ms);
    return None;
  });
  defineFunction(m, 'get_clock_info', (_s, a, k) => {
    const nameObj = oneArg('time.get_clock_info', a, k);
    const name = (nameObj as unknown as { s?: string }).s;
    const info: Record<string, [string, boolean, boolean, number]> = {
      time: ['clock_gettime(CLOCK_REALTIME)', false, true, 1e-9],
      perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false, 1e-9],
      monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false, 1e-9],
      process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false, 1e-9],
      thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false, 1e-9],
    };
    const entry = name === undefined ? undefined : info[name];
    if (entry === undefined) throw raise(ValueErrorType, 'unknown clock');
    // A types.SimpleNamespace, as CPython returns.
    const values = [newStr(entry[0]), entry[1] ? True : False, entry[2] ? True : False, newFloat(entry[3])];
    try {
      return call(simpleNamespaceType(), values, ['implementation', 'monotonic', 'adjustable', 'resolution']);
    } finally {
      for (const v of values) decref(v);
    }
  });
}
