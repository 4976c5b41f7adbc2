/**
 * `pyglass [-c cmd | -m mod | file | -] [arg] ...`: running a program as `python3.12` does.
 * The stages run front to back — tokens, AST, our compiler, our VM — with the allocator and
 * collector strategies composed here; a syntax error is reported as CPython reports it (the
 * location, the line, the carets, `SyntaxError: …`, exit status 1), an uncaught exception as a
 * CPython traceback, `SystemExit` as its exit status.
 */
import { createAllocator } from '@pyglass/allocator';
import { collectorSelector } from '@pyglass/gc';
import { parseSchedulePolicy, runCode } from '@pyglass/vm-core';
import { stdlibModules } from '@pyglass/stdlib';
import * as path from 'node:path';
import type { CliIO, Command } from '../io';
import * as fs from 'node:fs';
import { compileSource } from './compile-source';
import { pyglassToolchain } from '../toolchain';

const PYTHON = 'pyglass';

/** PYTHONHASHSEED as CPython reads it: unset or "random" means a random seed, else 0..4294967295. */
function hashSeedFromEnv(value: string | undefined): number {
  if (value === undefined || value === '' || value === 'random') return Math.floor(Math.random() * 4294967296);
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 4294967295 ? n : 0;
}

function usageError(io: CliIO, message: string): number {
  io.stderr(`${message}\nusage: ${PYTHON} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`pyglass -h' for more information.\n`);
  return 2;
}

export const runCommand: Command = (argv: string[], io: CliIO): number => {
  let source: Uint8Array;
  let filename: string;
  /** -m: the module's file, which becomes sys.argv[0] (runpy's behaviour). */
  let mainFile: string | null = null;
  const [first] = argv;
  if (first === '-c') {
    if (argv.length < 2) return usageError(io, 'Argument expected for the -c option');
    source = Buffer.from(argv[1]!, 'utf8');
    filename = '<string>';
  } else if (first === '-m') {
    if (argv.length < 2) return usageError(io, 'Argument expected for the -m option');
    const found = findMainModule(argv[1]!, pythonPath()) ?? shippedModule(argv[1]!);
    if (found === null) {
      io.stderr(`${PYTHON}: No module named ${argv[1]}\n`);
      return 1;
    }
    if ('error' in found) {
      io.stderr(`${PYTHON}: ${found.error}\n`);
      return 1;
    }
    source = found.source;
    filename = found.file;
    mainFile = found.file;
    } else if (first !== undefined && first.startsWith('-') && first !== '-') {
    return usageError(io, `unknown option ${first}`);
  } else {
    const file = first ?? '-';
    filename = file === '-' ? '<stdin>' : file;
    try {
      source = file === '-' ? io.readStdin() : io.readFile(file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const reason = err.code === 'ENOENT' ? '[Errno 2] No such file or directory' : err.code === 'EISDIR' ? '[Errno 21] Is a directory' : err.message;
      io.stderr(`${PYTHON}: can't open file '${path.resolve(file)}': ${reason}\n`);
      return 2;
    }
  }

  const compiled = compileSource(source, filename);
  if (!compiled.ok) {
    io.stderr(compiled.message);
    return 1;
  }
  // Composition happens here, in cli: the strategies come from their packages' selectors
  // (PYGLASS_ALLOC / PYGLASS_GC, defaults pymalloc and cpython312), and vm-core sees only the
  // Allocator contract and the collector's constraints.
  const started = process.hrtime.bigint();
  const allocator = createAllocator({ trace: null, now: () => Number(process.hrtime.bigint() - started) }, null, process.env);
  const collector = collectorSelector.choose(null, process.env).descriptor.constraints;
  // The thread scheduling policy (PYGLASS_SCHED=gil | deterministic[,seed=N][,quantum=N]).
  const schedule = parseSchedulePolicy(process.env.PYGLASS_SCHED ?? 'gil');
  if ('error' in schedule) {
    io.stderr(`${PYTHON}: PYGLASS_SCHED: ${schedule.error}\n`);
    return 2;
  }
  const result = runCode(compiled.code, {
    stdout: (text) => io.stdout(text),
    stderr: (text) => io.stderr(text),
    argv: mainFile !== null
      ? [mainFile, ...argv.slice(2)]
      : [filename === '<string>' ? '-c' : filename === '<stdin>' ? '-' : first ?? '-', ...argv.slice(first === '-c' ? 2 : 1)],
    // sys.path[0]: the script's directory; the current directory for -m (full path), '' for -c and stdin.
    path0: mainFile !== null ? process.cwd() : undefined,
    path: pythonPath(),
    toolchain: pyglassToolchain,
    schedule,
    dontWriteBytecode: (process.env.PYTHONDONTWRITEBYTECODE ?? '') !== '',
    hashSeed: hashSeedFromEnv(process.env.PYTHONHASHSEED),
    allocator,
    collector,
    modules: stdlibModules,
  });
  return result.exitCode;
};

/** PYTHONPATH's entries (empty ones dropped, as CPython drops them). */
function pythonPath(): string[] {
  const v = process.env.PYTHONPATH;
  if (v === undefined || v === '') return [];
  return v.split(path.delimiter).filter((e) => e !== '').map((e) => path.resolve(e));
}

/**
 * runpy's module search for `-m NAME`: NAME.py or NAME/__main__.py (a package) in the current
 * directory, then PYTHONPATH; dotted names walk packages. Null when nothing is found.
 */
function findMainModule(name: string, extra: string[]): { file: string; source: Uint8Array } | { error: string } | null {
  const parts = name.split('.');
  for (const dir of [process.cwd(), ...extra]) {
    const base = path.join(dir, ...parts);
    const candidates = [`${base}.py`, path.join(base, '__main__.py')];
    for (const file of candidates) {
      try {
        if (fs.statSync(file).isFile()) {
          if (file.endsWith('__main__.py') && !fs.existsSync(path.join(base, '__init__.py'))) {
            // A directory without __init__.py is a namespace package: runpy still runs its __main__.
          }
          return { file, source: fs.readFileSync(file) };
        }
      } catch {
        // not here
      }
    }
    try {
      if (fs.statSync(base).isDirectory() && fs.existsSync(path.join(base, '__init__.py'))) {
        return { error: `No module named ${name}.__main__; '${name}' is a package and cannot be directly executed` };
      }
    } catch {
      // not here
    }
  }
  return null;
}

/** A module shipped with pyglass (packages/stdlib/lib, e.g. `-m timeit`): run from its embedded source. */
function shippedModule(name: string): { file: string; source: Uint8Array } | { error: string } | null {
  const shipped = stdlibModules.sources.get(name);
  if (shipped === undefined) return null;
  if (shipped.isPackage) {
    const main = stdlibModules.sources.get(`${name}.__main__`);
    if (main === undefined) return { error: `No module named ${name}.__main__; '${name}' is a package and cannot be directly executed` };
    return { file: `<pyglass ${name}.__main__>`, source: Buffer.from(main.source, 'utf8') };
  }
  return { file: `<pyglass ${name}>`, source: Buffer.from(shipped.source, 'utf8') };
}
