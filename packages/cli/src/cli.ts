/**
 * The `pyglass` command line: subcommands that mirror CPython's own command-line modules, and
 * running programs as `python3.12` does. Until a stage exists, its subcommand exits non-zero
 * with a message saying so.
 */
export function main(argv: string[]): number {
  const [command] = argv;
  process.stderr.write(`pyglass: '${command ?? ''}' is not available yet: the stages are being built (see README.md)\n`);
  return 2;
}
