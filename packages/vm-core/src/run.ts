/**
 * Running a program: `runCode(code, options)` sets up the memory contracts (the allocator and the
 * collector's constraints), the hash seed, builtins, `sys` and the `__main__` module, runs the
 * module code object, and turns the outcome into an exit code as CPython's `Py_RunMain` does:
 * 0 on success, `SystemExit(code)` → code (None → 0, int → it, anything else printed to stderr →
 * 1), an uncaught exception → its traceback on stderr and 1.
 */
import type { Allocator, CodeObject, CollectorConstraints, Toolchain } from '@pyglass/interfaces';
import { PyBaseException, PyDict, PyInt, PyModule, PyObject, clearFreeLists, decref, memory, newref } from './object.js';
import * as nodePath from 'node:path';
import { CodeInfo } from './code.js';
import { initRuntime } from './runtime.js';
import { io, makeBuiltins, makeSys, releaseSys } from './builtins.js';
import { importState, releaseModules } from './import.js';
import type { ModuleTable } from './api.js';
import { SWITCHED, runBody, tstate } from './eval.js';
import { DeadlockError, resetThreads, runRemainingThreads, runUntilMainDone, sched, threadHooks, type SchedulePolicy } from './threads.js';
import { dictClear, dictSetStr, dictSetStrOwned, newDict } from './objects/dict.js';
import { None, newStr } from './objects/values.js';
import { isSubtype, repr, str } from './abstract.js';
import { SystemExitType, intType, moduleType } from './types.js';
import { formatException, formatStack } from './traceback.js';
import { setHashSeed } from './primitives/siphash.js';
import { setIntMaxStrDigits } from './primitives/int-str.js';
import { StandinAllocator } from './standin/allocator.js';
import { STANDIN_COLLECTOR_CONSTRAINTS } from './standin/collector.js';

export interface RunOptions {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** sys.argv; argv[0] is the script path. */
  argv?: string[];
  /** PYTHONHASHSEED (0 disables randomisation, as in CPython); default 0. */
  hashSeed?: number;
  /** The Allocator strategy; default the stand-in (src/standin/allocator.ts). */
  allocator?: Allocator;
  /** The collector's constraints; default the stand-in's (exact refcounting, no cycles). */
  collector?: CollectorConstraints;
  /**
   * Test-only leak check: after the program ends and the run is finalized (`__main__`'s, sys's and
   * the builtins' dicts cleared and released), report in `leakedObjects` how many mortal objects
   * made during the run are still alive.
   */
  checkLeaks?: boolean;
  /** The modules `import` can find beyond `sys` (@pyglass/stdlib's `stdlibModules`); none by default. */
  modules?: ModuleTable;
  /**
   * The front stages for code compiled while the program runs (`import` of a .py file, `exec`,
   * `eval`, `compile()`, `dis`); cli passes pyglass's own. Without one, importing Python source
   * raises ImportError.
   */
  toolchain?: Toolchain;
  /**
   * `sys.path` after its first entry: the script's directory (or '' for -c / -m / stdin) comes
   * first, then these (PYTHONPATH's entries, then the standard library's paths).
   */
  path?: string[];
  /** The first entry of sys.path; default: the directory of argv[0]'s script, '' for -c. */
  path0?: string;
  /** Do not write `__pycache__/*.pyc` on import (-B, PYTHONDONTWRITEBYTECODE). */
  dontWriteBytecode?: boolean;
  /** How green threads are scheduled (threads.ts); default CPython's GIL. */
  schedule?: SchedulePolicy;
}

export interface RunResult {
  exitCode: number;
  /** With `checkLeaks`: live mortal objects after the run minus before it (0 when counts are exact). */
  leakedObjects?: number;
  /** With `checkLeaks` and `memory.liveSet` on: the objects counted in `leakedObjects`. */
  leaked?: PyObject[];
}

/**
 * Code objects prepared for the VM, by the CodeObject they came from: running the same code
 * object again (a benchmark's rounds, a test's repeated runs) reuses it with its constants and
 * inline caches, as CPython reuses a code object that is exec'd twice. Prepared code objects are
 * immortal (they live as long as the CodeObject does).
 */
const prepared = new WeakMap<CodeObject, CodeInfo>();

/** One stand-in allocator per process, so objects that outlive a run are freed where they were allocated. */
const defaultAllocator = new StandinAllocator();

export function runCode(code: CodeObject, options: RunOptions): RunResult {
  const allocator = options.allocator ?? defaultAllocator;
  // Free-listed blocks go back to the allocator that gave them out before another one takes over.
  if (memory.allocator !== allocator) clearFreeLists();
  memory.allocator = allocator;
  memory.refcounts = (options.collector ?? STANDIN_COLLECTOR_CONSTRAINTS).refcounts;
  initRuntime();
  setHashSeed(options.hashSeed ?? 0);
  // sys.set_int_max_str_digits is per interpreter: every run starts at CPython's default.
  setIntMaxStrDigits(4300);
  io.stdout = options.stdout;
  io.stderr = options.stderr;
  tstate.frame = null;
  tstate.depth = 0;
  tstate.recursionLimit = 1000;
  tstate.excInfo = None;
  // The code object (and its constants) may outlive the run; everything made after this point
  // belongs to the run and is released by the finalization below.
  let main = prepared.get(code);
  if (main === undefined) {
    main = new CodeInfo(code);
    prepared.set(code, main);
  }
  const baseline = memory.live;
  const before = options.checkLeaks === true ? new Set(memory.liveSet ?? []) : null;
  importState.table = options.modules ?? null;
  importState.toolchain = options.toolchain ?? null;
  importState.dontWriteBytecode = options.dontWriteBytecode ?? false;
  importState.initializing.clear();
  const builtins = makeBuiltins();
  importState.builtins = builtins;
  const argv = options.argv ?? [code.co_filename];
  const path0 = options.path0 ?? (argv[0] === '-c' || argv[0] === '-' || argv[0] === '' || argv[0] === undefined ? '' : nodePath.dirname(nodePath.resolve(argv[0])));
  makeSys(argv, [path0, ...(options.path ?? [])]);
  const globals = newDict();
  dictSetStrOwned(globals, '__name__', newStr('__main__'));
  dictSetStr(globals, '__doc__', None);
  dictSetStr(globals, '__package__', None);
  dictSetStr(globals, '__spec__', None);
  dictSetStrOwned(globals, '__file__', newStr(code.co_filename));
  dictSetStr(globals, '__builtins__', builtins);
  // sys.modules['builtins']: the module whose dict is the builtins namespace.
  const builtinsModule = new PyModule(moduleType, 'builtins', newref(builtins));
  dictSetStr(importState.modules!, 'builtins', builtinsModule);
  decref(builtinsModule);
  // sys.modules['__main__']: the module whose dict is the program's globals.
  const mainModule = new PyModule(moduleType, '__main__', newref(globals));
  dictSetStr(importState.modules!, '__main__', mainModule);
  decref(mainModule);
  const result = runMain(main, globals, builtins, options);
  // Finalization, in Py_FinalizeEx's order: `__main__`'s dict is cleared (which also breaks the
  // function ↔ globals cycles), then sys's, then the builtins.
  const exc = tstate.excInfo;
  tstate.excInfo = None;
  decref(exc);
  dictClear(globals);
  decref(globals);
  releaseModules();
  releaseSys();
  importState.builtins = null;
  importState.table = null;
  importState.toolchain = null;
  dictClear(builtins);
  decref(builtins);
  if (options.checkLeaks === true) {
    result.leakedObjects = memory.live - baseline;
    if (memory.liveSet !== null && before !== null) {
      result.leaked = [];
      for (const o of memory.liveSet) if (!before.has(o)) result.leaked.push(o);
    }
  }
  return result;
}

function runMain(main: CodeInfo, globals: PyDict, builtins: PyDict, options: RunOptions): RunResult {
  sched.policy = options.schedule ?? { kind: 'gil' };
  resetThreads();
  sched.intervalMs = 5;
  threadHooks.formatStack = formatStack;
  sched.reportException = (e, func) => {
    let text = `Exception ignored in thread started by: ${safeRepr(func)}\n`;
    text += formatException(e);
    options.stderr(text);
  };
  let result: RunResult;
  try {
    const r = runBody(main, globals, builtins, globals, null);
    // The main thread switched out to another thread: run them until its code finishes.
    decref(r === SWITCHED ? runUntilMainDone() : r);
    result = { exitCode: 0 };
  } catch (e) {
    if (e instanceof DeadlockError) return { exitCode: deadlock(e, options) };
    if (!(e instanceof PyBaseException)) throw e;
    result = { exitCode: exitStatusOf(e, options) };
  }
  // As Py_FinalizeEx's threading._shutdown: wait for the threads that are not daemons.
  try {
    runRemainingThreads();
  } catch (e) {
    if (e instanceof DeadlockError) return { exitCode: deadlock(e, options) };
    throw e;
  }
  return result;
}

function safeRepr(o: PyObject): string {
  try {
    return repr(o);
  } catch {
    return `<${o.type.name} object>`;
  }
}

/** A deadlock pyglass detected: the report on stderr, exit status 1 (CPython would hang). */
function deadlock(e: DeadlockError, options: RunOptions): number {
  options.stderr(e.report);
  return 1;
}

function exitStatusOf(e: PyBaseException, options: RunOptions): number {
  let exitCode: number;
  if (isSubtype(e.type, SystemExitType)) exitCode = systemExitCode(e, options);
  else {
    options.stderr(formatException(e));
    exitCode = 1;
  }
  decref(e);
  return exitCode;
}

function systemExitCode(e: PyBaseException, options: RunOptions): number {
  const items = e.args.items;
  const code = e.value ?? (items.length === 0 ? None : items.length === 1 ? items[0] : e.args);
  if (code === None) return 0;
  if (code.type === intType || isSubtype(code.type, intType)) {
    const v = code as PyInt;
    return v.big !== null ? -1 : v.n & 0xff;
  }
  options.stderr(str(code) + '\n');
  return 1;
}
