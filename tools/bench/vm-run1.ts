import { runCode } from '@pyglass/vm-core';
import { oracleCodeOf } from '../conformance/programs';
const file = process.argv[2];
console.error('compiling');
const code = oracleCodeOf(file);
console.error('running');
const r = runCode(code, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), argv: [file] });
console.error('exit', r.exitCode);
