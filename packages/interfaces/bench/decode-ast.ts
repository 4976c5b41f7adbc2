/**
 * Benchmark (not a test): decoding the AST JSON of large standard-library files — pyglass's
 * JSON.parse + decodeModule (full validation through the metadata table) against python3.12's
 * json.loads of the same text (parsing only, no validation), in one run, as ratios. Also prints
 * what validation adds over JSON.parse alone.
 *
 * usage: tsx --conditions=@pyglass/source packages/interfaces/bench/decode-ast.ts [FILES=8] [REPS=15]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeModule } from '@pyglass/interfaces';
import { corpus, corpusPath, oracleAst, runOracle } from '../../../tools/oracle/index';

const files = Number(process.argv[2] ?? 8);
const reps = Number(process.argv[3] ?? 15);
const c = corpus();
const chosen = c.files.filter((f) => !f.compileError && !f.tokenizeError).sort((a, b) => b.size - a.size || a.path.localeCompare(b.path)).slice(0, files);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-bench-'));

const PY_TIMER = `
import json, sys, time
text = open(sys.argv[1], encoding="utf-8").read()
best = min((lambda t0: (json.loads(text), time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(int(sys.argv[2])))
print(best)
`;

function best(f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    f();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return min;
}

console.log(`file                                   JSON MB  decode(ms)  py json.loads(ms)  ratio  validation/parse`);
let sumOurs = 0;
let sumPy = 0;
for (const file of chosen) {
  const text = JSON.stringify(oracleAst(corpusPath(c, file)).ok);
  const jsonFile = path.join(dir, 'ast.json');
  fs.writeFileSync(jsonFile, text);
  const parseOnly = best(() => void JSON.parse(text));
  const ours = best(() => void decodeModule(JSON.parse(text)));
  const py = Number(runOracle(['-c', PY_TIMER, jsonFile, String(reps)]).stdout.trim());
  sumOurs += ours;
  sumPy += py;
  console.log(
    `${file.path.padEnd(38)} ${(text.length / 1e6).toFixed(2).padStart(7)} ${(ours * 1e3).toFixed(1).padStart(11)} ${(py * 1e3).toFixed(1).padStart(18)} ${(ours / py).toFixed(2).padStart(6)} ${((ours - parseOnly) / parseOnly).toFixed(2).padStart(17)}`,
  );
}
console.log(`total: pyglass decode+validate / python3.12 json.loads = ${(sumOurs / sumPy).toFixed(2)}x (lower is faster for pyglass)`);
