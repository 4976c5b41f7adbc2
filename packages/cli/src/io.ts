/**
 * What a command may touch of the outside world, passed in so tests can run commands in memory.
 */
import * as fs from 'node:fs';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input as bytes. */
  readStdin(): Uint8Array;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array | string): void;
}

/** The real process's streams and file system. */
export const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: () => fs.readFileSync(0),
  readFile: (path) => fs.readFileSync(path),
  writeFile: (path, data) => fs.writeFileSync(path, data),
};

/** A command: arguments after the subcommand name → exit code. */
export type Command = (argv: string[], io: CliIO) => number;
