/**
 * `pyglass compile FILE [-o OUT.pyc] [--invalidation-mode timestamp|checked-hash|unchecked-hash]`:
 * compiles FILE with pyglass and writes a CPython 3.12 .pyc that `python3.12 OUT.pyc` runs —
 * `py_compile.compile` with pyglass as the compiler. Without -o the file goes where importlib
 * looks for it: `__pycache__/<name>.cpython-312.pyc` beside the source. The timestamp header
 * holds the source's mtime and size, as importlib validates them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sourceHash, writePyc, type PycInvalidation } from '@pyglass/bytecode';
import type { CliIO, Command } from '../io';
import { compileSource } from './compile-source';

const USAGE = 'usage: pyglass compile [-h] [-o OUT] [--invalidation-mode {timestamp,checked-hash,unchecked-hash}] FILE\n';

/** importlib.util.cache_from_source for CPython 3.12 (no optimization tag). */
export function cacheFromSource(file: string): string {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const stem = base.endsWith('.py') ? base.slice(0, -3) : base.replace(/\.[^.]*$/, '');
  return path.join(dir, '__pycache__', `${stem}.cpython-312.pyc`);
}

export const compileCommand: Command = (argv: string[], io: CliIO): number => {
  let file: string | null = null;
  let out: string | null = null;
  let mode = 'timestamp';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') {
      io.stdout(USAGE);
      return 0;
    } else if (a === '-o') {
      out = argv[++i] ?? null;
      if (out === null) { io.stderr(`${USAGE}pyglass compile: error: argument -o: expected one argument\n`); return 2; }
    } else if (a === '--invalidation-mode') {
      mode = argv[++i] ?? '';
      if (!['timestamp', 'checked-hash', 'unchecked-hash'].includes(mode)) {
        io.stderr(`${USAGE}pyglass compile: error: argument --invalidation-mode: invalid choice: '${mode}'\n`);
        return 2;
      }
    } else if (file === null) file = a;
    else { io.stderr(`${USAGE}pyglass compile: error: unrecognized arguments: ${a}\n`); return 2; }
  }
  if (file === null) {
    io.stderr(`${USAGE}pyglass compile: error: the following arguments are required: FILE\n`);
    return 2;
  }
  let source: Uint8Array;
  try {
    source = io.readFile(file);
  } catch {
    io.stderr(`pyglass compile: can't open '${file}': [Errno 2] No such file or directory\n`);
    return 1;
  }
  const r = compileSource(source, file);
  if (!r.ok) {
    io.stderr(r.message);
    return 1;
  }
  let invalidation: PycInvalidation;
  if (mode === 'timestamp') {
    let mtime = Math.floor(Date.now() / 1000);
    try { mtime = Math.floor(fs.statSync(file).mtimeMs / 1000); } catch { /* in-memory file: now */ }
    invalidation = { mode: 'timestamp', mtime, sourceSize: source.length };
  } else {
    invalidation = { mode: mode as 'checked-hash' | 'unchecked-hash', sourceHash: sourceHash(source) };
  }
  const target = out ?? cacheFromSource(file);
  if (out === null) fs.mkdirSync(path.dirname(target), { recursive: true });
  io.writeFile(target, writePyc(r.code, invalidation));
  return 0;
};
