/**
 * `pyglass dis [infile]`: what `python3.12 -m dis infile` prints — the file compiled by pyglass
 * (tokens → AST → code object) and disassembled by @pyglass/bytecode's `formatDis`, nested code
 * objects included. `-` or no file reads standard input (named `<stdin>`, as argparse's
 * FileType names it). Ours besides: `--show-caches` shows the inline cache entries, and `--pyc`
 * disassembles a .pyc file's code object instead of compiling.
 */
import { formatDis, readPyc } from '@pyglass/bytecode';
import type { CliIO, Command } from '../io';
import { compileSource } from './compile-source';

const USAGE = 'usage: python -m dis [-h] [infile]\n';

export const disCommand: Command = (argv: string[], io: CliIO): number => {
  let infile: string | null = null;
  let showCaches = false;
  let pyc = false;
  for (const a of argv) {
    if (a === '-h' || a === '--help') {
      io.stdout(`${USAGE}\npositional arguments:\n  infile\n\noptions:\n  -h, --help  show this help message and exit\n`);
      return 0;
    } else if (a === '--show-caches') showCaches = true;
    else if (a === '--pyc') pyc = true;
    else if (a.startsWith('-') && a !== '-') {
      io.stderr(`${USAGE}python -m dis: error: unrecognized arguments: ${a}\n`);
      return 2;
    } else if (infile === null) infile = a;
    else {
      io.stderr(`${USAGE}python -m dis: error: unrecognized arguments: ${a}\n`);
      return 2;
    }
  }
  const name = infile === null || infile === '-' ? '<stdin>' : infile;
  let source: Uint8Array;
  try {
    source = infile === null || infile === '-' ? io.readStdin() : io.readFile(infile);
  } catch (e) {
    io.stderr(`${USAGE}python -m dis: error: argument infile: can't open '${name}': [Errno 2] No such file or directory: '${name}'\n`);
    return 2;
  }
  if (pyc) {
    io.stdout(formatDis(readPyc(source, name).code, { showCaches }));
    return 0;
  }
  const r = compileSource(source, name);
  if (!r.ok) {
    io.stderr(r.message);
    return 1;
  }
  io.stdout(formatDis(r.code, { showCaches }));
  return 0;
};
