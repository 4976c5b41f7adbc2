/**
 * `pyglass [-c cmd | -m mod | file | -] [arg] ...`: running a program as `python3.12` does.
 * The stages run front to back — tokens, AST, our compiler, our VM — with the allocator and
 * collector strategies composed here; a syntax error is reported as CPython reports it (the
 * location, the line, the carets, `SyntaxError: …`, exit status 1), an uncaught exception as a
 * CPython traceback, `SystemExit` as its exit status.
 */
import { createAllocator } from '@pyglass/allocator';
import { collectorSelector } from '@pyglass/gc';
import { runCode } from '@pyglass/vm-core';
import { stdlibModules } from '@pyglass/stdlib';
import * as path from 'node:path';
import type { CliIO, Command } from '../io';
import { compileSource } from './compile-source';

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
  const [first] = argv;
  if (first === '-c') {
    if (argv.length < 2) return usageError(io, 'Argument expected for the -c option');
    source = Buffer.from(argv[1]!, 'utf8');
    filename = '<string>';
  } else if (first === '-m') {
    if (argv.length < 2) return usageError(io, 'Argument expected for the -m option');
    io.stderr(`${PYTHON}: -m needs the import system of vm-core (issue 6), which is not built yet\n`);
    return 2;
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
  const result = runCode(compiled.code, {
    stdout: (text) => io.stdout(text),
    stderr: (text) => io.stderr(text),
    argv: [filename === '<string>' ? '-c' : filename === '<stdin>' ? '-' : first ?? '-', ...argv.slice(first === '-c' ? 2 : 1)],
    hashSeed: hashSeedFromEnv(process.env.PYTHONHASHSEED),
    allocator,
    collector,
    modules: stdlibModules,
  });
  return result.exitCode;
};
