/**
 * `pyglass tokenize [-h] [-e] [--json] [FILE]`: what `python3.12 -m tokenize [-e] [FILE]` prints,
 * byte for byte — its argparse usage and errors, the token lines (`-e`: exact operator types),
 * the error line `FILE:LINE:COL: error: MESSAGE` and exit status 1, `error: [Errno …] …` for a
 * file that cannot be read. Without FILE it reads standard input as CPython does (no ENCODING
 * token, tokens printed before an error, `<stdin>` in the error line); like CPython, "-" is a
 * file name. `--json` (ours) prints `{"tokens": [Token…], "error": null | {…}}` instead.
 */
import { formatError, pyRepr, renderFileOutput, renderStreamOutput, tokenize, type CommandOutput, type TokenizeResult } from '@pyglass/tokens';
import type { CliIO, Command } from '../io';

const PROG = 'python -m tokenize';
const USAGE = `usage: ${PROG} [-h] [-e] [filename.py]\n`;
const HELP = `${USAGE}
positional arguments:
  filename.py  the file to tokenize; defaults to stdin

options:
  -h, --help   show this help message and exit
  -e, --exact  display token names using the exact type
`;

interface Parsed {
  help: boolean;
  exact: boolean;
  json: boolean;
  filename: string | null;
  unrecognized: string[];
}

const LONG_OPTIONS = ['--help', '--exact', '--json'];

/** argparse's reading of the command line, for this parser's three flags and one positional. */
function parseArgs(argv: string[]): Parsed {
  const parsed: Parsed = { help: false, exact: false, json: false, filename: null, unrecognized: [] };
  let onlyPositionals = false;
  for (const arg of argv) {
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      if (parsed.filename === null) parsed.filename = arg;
      else parsed.unrecognized.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg.startsWith('--')) {
      // argparse accepts any unambiguous prefix of a long option.
      const matches = LONG_OPTIONS.filter((o) => o.startsWith(arg));
      if (matches.length === 1) {
        if (matches[0] === '--help') parsed.help = true;
        else if (matches[0] === '--exact') parsed.exact = true;
        else parsed.json = true;
      } else {
        parsed.unrecognized.push(arg);
      }
      continue;
    }
    // Short flags, possibly combined (-eh).
    let ok = true;
    for (const ch of arg.slice(1)) if (ch !== 'e' && ch !== 'h') ok = false;
    if (!ok) {
      parsed.unrecognized.push(arg);
      continue;
    }
    if (arg.includes('h')) parsed.help = true;
    if (arg.includes('e')) parsed.exact = true;
  }
  return parsed;
}

/** Python's `str(OSError)` for a failed open, from a Node error. */
function osErrorText(error: unknown, filename: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, [number, string]> = {
    ENOENT: [2, 'No such file or directory'],
    EACCES: [13, 'Permission denied'],
    EISDIR: [21, 'Is a directory'],
    ENOTDIR: [20, 'Not a directory'],
    ELOOP: [40, 'Too many levels of symbolic links'],
    ENAMETOOLONG: [36, 'File name too long'],
  };
  const [errno, text] = (code !== undefined && known[code]) || [5, (error as Error).message];
  return `[Errno ${errno}] ${text}: ${pyRepr(filename)}`;
}

function toJson(result: TokenizeResult): string {
  return JSON.stringify({ tokens: result.tokens, error: result.error }) + '\n';
}

/** Errors that are not syntax errors end `python -m tokenize` with "unexpected error: …". */
function unexpected(result: TokenizeResult, output: CommandOutput, filename: string): CommandOutput {
  const e = result.error;
  if (e === null || (e.type !== 'SystemError' && e.type !== 'UnicodeDecodeError')) return output;
  const errorLine = formatError(e, filename) + '\n';
  const stderr = output.stderr.endsWith(errorLine) ? output.stderr.slice(0, -errorLine.length) : output.stderr;
  return { stdout: output.stdout, stderr: `${stderr}unexpected error: ${e.message}\n`, exitCode: 1 };
}

export const tokenizeCommand: Command = (argv: string[], io: CliIO): number => {
  const args = parseArgs(argv);
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.unrecognized.length > 0) {
    io.stderr(`${USAGE}${PROG}: error: unrecognized arguments: ${args.unrecognized.join(' ')}\n`);
    return 2;
  }
  let result: TokenizeResult;
  let output: CommandOutput;
  let name: string;
  if (args.filename !== null) {
    name = args.filename;
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(name);
    } catch (error) {
      io.stderr(`error: ${osErrorText(error, name)}\n`);
      return 1;
    }
    result = tokenize(bytes, { filename: name });
    output = renderFileOutput(result, name, args.exact);
  } else {
    name = '<stdin>';
    // sys.stdin is UTF-8 text read line by line, without newline translation.
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(io.readStdin());
    result = tokenize(text);
    output = renderStreamOutput(result, args.exact);
  }
  if (args.json) {
    io.stdout(toJson(result));
    return result.error === null ? 0 : 1;
  }
  output = unexpected(result, output, name);
  io.stdout(output.stdout);
  io.stderr(output.stderr);
  return output.exitCode;
};
