/**
 * Runs one Python file on our VM (CPython-compiled code object → runCode), for debugging and
 * profiling: `tsx --conditions=@pyglass/source tools/bench/vm-run.ts FILE.py` (add
 * `node --cpu-prof` through `NODE_OPTIONS` to profile). Exit code as the program's.
 */
import { runCode } from '@pyglass/vm-core';
import { oracleCodeOf } from '../conformance/programs';

const file = process.argv[2];
const code = oracleCodeOf(file);
const r = runCode(code, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), argv: [file] });
process.exitCode = r.exitCode;
