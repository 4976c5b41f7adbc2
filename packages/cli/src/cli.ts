/**
 * The `pyglass` command line: subcommands that mirror CPython's own command-line modules
 * (`tokenize`, `ast`, `dis`, …) so their outputs can be diffed with `python3.12 -m …`, and
 * running programs as `python3.12` does. Each subcommand lives in commands/<name>.ts; a stage
 * that does not exist yet answers with a clear message and exit status 2.
 */
import { processIO, type CliIO, type Command } from './io';

interface Subcommand {
  summary: string;
  /** The stage that provides it; null while that stage is not built. */
  load: (() => Command) | null;
  stage: string;
}

const SUBCOMMANDS: Record<string, Subcommand> = {
  tokenize: { summary: 'print the token stream of a file, as python3.12 -m tokenize', stage: 'tokens (issue 3)', load: () => require('./commands/tokenize').tokenizeCommand },
  ast: { summary: 'print the AST of a file, as python3.12 -m ast', stage: 'ast (issue 4)', load: () => require('./commands/ast').astCommand },
  dis: { summary: 'disassemble a file, as python3.12 -m dis', stage: 'bytecode (issue 5)', load: () => require('./commands/dis').disCommand },
  compile: { summary: 'compile a file to a .pyc', stage: 'bytecode (issue 5)', load: () => require('./commands/compile').compileCommand },
  bench: { summary: 'run, show, compare and merge benchmarks against python3.12', stage: 'bench (issue 10)', load: () => require('./commands/bench').benchCommand },
};

const USAGE = `usage: pyglass [option] ... [-c cmd | -m mod | file | -] [arg] ...
       pyglass <subcommand> [args]

subcommands:
${Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(10)} ${s.summary}`).join('\n')}
`;

export function main(argv: string[], io: CliIO = processIO): number {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help') {
    io.stdout(USAGE);
    return first === undefined ? 2 : 0;
  }
  const sub = SUBCOMMANDS[first];
  if (sub) {
    if (!sub.load) {
      io.stderr(`pyglass ${first}: not available yet: the ${sub.stage} stage is not built\n`);
      return 2;
    }
    return sub.load()(rest, io);
  }
  return require('./commands/run').runCommand(argv, io);
}
