/**
 * Running a program: `runCode(code, options)` sets up the memory contracts (the allocator and the
 * collector's constraints), the hash seed, builtins, `sys` and the `__main__` module, runs the
 * module code object, and turns the outcome into an exit code as CPython's `Py_RunMain` does:
 * 0 on success, `SystemExit(code)` → code (None → 0, int → it, anything else printed to stderr →
 * 1), an uncaught exception → its traceback on stderr and 1.
 */
import type { Allocator, CodeObject, CollectorConstraints } from '@pyglass/interfaces';
import { PyBaseException, PyInt, memory } from './object.js';
import { CodeInfo } from './code.js';
import { initRuntime } from './runtime.js';
import { io, makeBuiltins, makeSys } from './builtins.js';
import { runBody, tstate } from './eval.js';
import { dictSetStr, newDict } from './objects/dict.js';
import { None, newStr } from './objects/values.js';
import { isSubtype, str } from './abstract.js';
import { SystemExitType, intType } from './types.js';
import { formatException } from './traceback.js';
import { setHashSeed } from './primitives/siphash.js';
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
}

export interface RunResult {
  exitCode: number;
}

/** One stand-in allocator per process, so objects that outlive a run are freed where they were allocated. */
const defaultAllocator = new StandinAllocator();

export function runCode(code: CodeObject, options: RunOptions): RunResult {
  memory.allocator = options.allocator ?? defaultAllocator;
  memory.refcounts = (options.collector ?? STANDIN_COLLECTOR_CONSTRAINTS).refcounts;
  initRuntime();
  setHashSeed(options.hashSeed ?? 0);
  io.stdout = options.stdout;
  io.stderr = options.stderr;
  tstate.frame = null;
  tstate.depth = 0;
  tstate.recursionLimit = 1000;
  tstate.excInfo = None;
  const builtins = makeBuiltins();
  const sys = makeSys(options.argv ?? [code.co_filename]);
  void sys;
  const globals = newDict();
  dictSetStr(globals, '__name__', newStr('__main__'));
  dictSetStr(globals, '__doc__', None);
  dictSetStr(globals, '__package__', None);
  dictSetStr(globals, '__spec__', None);
  dictSetStr(globals, '__file__', newStr(code.co_filename));
  dictSetStr(globals, '__builtins__', builtins);
  const main = new CodeInfo(code);
  try {
    runBody(main, globals, builtins, globals, null);
    return { exitCode: 0 };
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (isSubtype(e.type, SystemExitType)) return { exitCode: systemExitCode(e, options) };
    options.stderr(formatException(e));
    return { exitCode: 1 };
  }
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
