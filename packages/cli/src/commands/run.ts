/**
 * `pyglass [-c cmd | -m mod | file | -] [arg] ...`: running a program as `python3.12` does.
 * The stages run front to back; a syntax error is reported as CPython reports it (the location,
 * the line, the carets, `SyntaxError: …`, exit status 1). While the bytecode compiler (issue 5)
 * and the VM (issue 6) are not built, the command says how far the program got through the
 * pipeline and exits with status 2.
 */
import { formatSyntaxError, isPySyntaxError } from '@pyglass/ast';
import * as path from 'node:path';
import type { CliIO, Command } from '../io';
import { sourceToAst } from '../pipeline';

const PYTHON = 'pyglass';

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

  let tokenCount: number;
  let statements: number;
  try {
    const { tokens, tree } = sourceToAst(source, filename);
    tokenCount = tokens.length;
    statements = (tree as { body?: unknown[] }).body?.length ?? 0;
  } catch (e) {
    if (isPySyntaxError(e)) {
      io.stderr(formatSyntaxError(e, filename));
      return 1;
    }
    throw e;
  }
  io.stderr(
    `${PYTHON}: ${filename}: tokens: ${tokenCount} tokens · ast: ${statements} top-level statements · ` +
      `bytecode: the compiler is not built yet (issue 5) · vm-core: not built yet (issue 6)\n` +
      `${PYTHON}: the program parsed as CPython 3.12 parses it, but pyglass cannot run programs yet\n`,
  );
  return 2;
};
