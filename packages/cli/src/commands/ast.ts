/**
 * `pyglass ast [-h] [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]`: what
 * `python3.12 -m ast …` prints — `ast.dump(tree, include_attributes=-a, indent=INDENT)` of the
 * file (type comments on unless --no-type-comments, as there), argparse's usage and errors.
 * A SyntaxError is printed as CPython prints it when it stops on one (File/line, the line, the
 * carets, `SyntaxError: msg`) with exit status 1. Ours besides: `--json` prints the tree as
 * pyglass's AST JSON, `--feature-version N` is ast.parse's feature_version=(3, N), and
 * `--from TOKENS.json` parses a serialized token stream (a Token[] or `{"tokens": [...]}` as
 * `pyglass tokenize --json` writes) instead of tokenizing a file — the stage run alone.
 */
import { dump, formatSyntaxError, isPySyntaxError, parse, sourceForParser, type ParseMode, type PySyntaxError, type SyntaxWarningRecord } from '@pyglass/ast';
import type { Token } from '@pyglass/interfaces';
import { tokenize } from '@pyglass/tokens';
import type { CliIO, Command } from '../io';

/** Kept here too for callers that imported it from this command (now in @pyglass/ast). */
export { tokenErrorForParser } from '@pyglass/ast';

const PROG = 'python -m ast';
const USAGE = `usage: ${PROG} [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
`;
const HELP = `${USAGE}
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
`;

const MODES = ['exec', 'single', 'eval', 'func_type'];
const LONG = ['--help', '--mode', '--no-type-comments', '--include-attributes', '--indent', '--json', '--feature-version', '--from'];

interface Args {
  help: boolean;
  mode: ParseMode;
  typeComments: boolean;
  attributes: boolean;
  indent: number;
  json: boolean;
  featureVersion: number | undefined;
  from: string | null;
  infile: string | null;
}

class ArgError extends Error {}

function parseArgs(argv: string[]): Args {
  const a: Args = { help: false, mode: 'exec', typeComments: true, attributes: false, indent: 3, json: false, featureVersion: undefined, from: null, infile: null };
  const extra: string[] = [];
  const value = (i: number, name: string): string => {
    if (i >= argv.length || (argv[i].startsWith('-') && argv[i] !== '-' && !/^-\d/.test(argv[i]))) throw new ArgError(`argument ${name}: expected one argument`);
    return argv[i];
  };
  const intValue = (s: string, name: string): number => {
    if (!/^[-+]?\d+$/.test(s.trim())) throw new ArgError(`argument ${name}: invalid int value: '${s}'`);
    return Number(s);
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === '-' || !arg.startsWith('-')) {
      if (a.infile === null) a.infile = arg; else extra.push(arg);
      continue;
    }
    let inline: string | null = null;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) { inline = arg.slice(eq + 1); arg = arg.slice(0, eq); }
      const matches = LONG.filter((o) => o.startsWith(arg));
      if (matches.length !== 1) { extra.push(argv[i]); continue; }
      arg = matches[0];
    } else if (arg.length > 2 && (arg.startsWith('-m') || arg.startsWith('-i'))) {
      inline = arg.slice(2);
      arg = arg.slice(0, 2);
    }
    const take = (name: string): string => (inline !== null ? inline : value(++i, name));
    switch (arg) {
      case '-h': case '--help': a.help = true; break;
      case '-a': case '--include-attributes': a.attributes = true; break;
      case '--no-type-comments': a.typeComments = false; break;
      case '--json': a.json = true; break;
      case '-m': case '--mode': {
        const m = take('-m/--mode');
        if (!MODES.includes(m)) throw new ArgError(`argument -m/--mode: invalid choice: '${m}' (choose from 'exec', 'single', 'eval', 'func_type')`);
        a.mode = m as ParseMode;
        break;
      }
      case '-i': case '--indent': a.indent = intValue(take('-i/--indent'), '-i/--indent'); break;
      case '--feature-version': a.featureVersion = intValue(take('--feature-version'), '--feature-version'); break;
      case '--from': a.from = take('--from'); break;
      default: extra.push(argv[i]);
    }
  }
  if (extra.length > 0 && !a.help) throw new ArgError(`unrecognized arguments: ${extra.join(' ')}`);
  return a;
}

function readTokens(json: string): Token[] {
  const v = JSON.parse(json) as Token[] | { tokens: Token[] };
  return Array.isArray(v) ? v : v.tokens;
}

export const astCommand: Command = (argv: string[], io: CliIO): number => {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof ArgError) {
      io.stderr(`${USAGE}${PROG}: error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (args.help) { io.stdout(HELP); return 0; }
  const name = args.from ?? args.infile ?? '-';
  let tokens: Token[];
  let tokenError: PySyntaxError | null = null;
  let literalError = false;
  const filename = name === '-' ? '<stdin>' : name;
  try {
    const bytes = name === '-' ? io.readStdin() : io.readFile(name);
    if (args.from !== null) {
      tokens = readTokens(Buffer.from(bytes).toString('utf8'));
    } else {
      // compile()'s view of the bytes: its wording of encoding errors, and the first byte that
      // is not UTF-8 reported at its token (sourceForParser).
      const input = sourceForParser(bytes, tokenize(bytes, { filename }), (text) => tokenize(text));
      tokens = input.tokens;
      tokenError = input.tokenError;
      literalError = input.literalError ?? false;
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') {
      io.stderr(`${USAGE}${PROG}: error: argument infile: can't open '${name}': [Errno 2] No such file or directory: '${name}'\n`);
      return 2;
    }
    throw e;
  }
  const warnings: SyntaxWarningRecord[] = [];
  try {
    const tree = parse(tokens, { mode: args.mode, typeComments: args.typeComments, featureVersion: args.featureVersion, filename, tokenError, tokenErrorIsLiteral: literalError, warnings });
    printWarnings(io, warnings, filename, tokens);
    if (args.json) io.stdout(JSON.stringify(tree) + '\n');
    else io.stdout(dump(tree, { includeAttributes: args.attributes, indent: ' '.repeat(Math.max(0, args.indent)) }) + '\n');
    return 0;
  } catch (e) {
    if (isPySyntaxError(e)) {
      printWarnings(io, warnings, filename, tokens);
      io.stderr(formatSyntaxError(e, filename));
      return 1;
    }
    throw e;
  }
};

/**
 * The SyntaxWarnings as Python's `warnings` module shows them on stderr under its default filter
 * (once per message and line): `FILE:LINE: SyntaxWarning: msg`, then the source line stripped.
 */
function printWarnings(io: CliIO, warnings: readonly SyntaxWarningRecord[], filename: string, tokens: readonly Token[]): void {
  if (warnings.length === 0) return;
  const seen = new Set<string>();
  for (const w of warnings) {
    const key = `${w.lineno}\0${w.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let line = '';
    for (const t of tokens) {
      if (t.start[0] <= w.lineno && t.end[0] >= w.lineno && t.line !== '') { line = t.line.split(/(?<=\n)/)[w.lineno - t.start[0]] ?? ''; break; }
    }
    io.stderr(`${filename}:${w.lineno}: ${w.category}: ${w.message}\n${line.trim() ? `  ${line.trim()}\n` : ''}`);
  }
}
