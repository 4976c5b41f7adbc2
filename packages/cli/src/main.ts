/**
 * Entry point of the `pyglass` command (bundled to build/pyglass.cjs by tools/build-cli.mjs).
 */
import { main } from './cli';

process.exitCode = main(process.argv.slice(2));
