/**
 * Regenerates the expected outputs of packages/ast/test/fixtures/<area>/<case>/ from the oracle:
 * tokens.json (the 3.12 `tokenize` stream of input.py, so the parser is tested alone) and either
 * ast.txt (`ast.dump(ast.parse(src), include_attributes=True, indent=1)`) or error.json (the
 * SyntaxError's type, msg, lineno, offset, end_lineno, end_offset).
 * Refuses to run under CI=true: expected files change only by an explicit, reviewed run.
 *
 * usage: tsx --conditions=@pyglass/source packages/ast/scripts/regen-fixtures.ts [FILTER]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { oracleTokens, runOracle } from '../../../tools/oracle';

if (process.env.CI === 'true') {
  console.error('regen-fixtures: refusing to regenerate expected outputs under CI=true');
  process.exit(1);
}

const ROOT = path.join(__dirname, '..', 'test', 'fixtures');
const DUMP = [
  'import ast, json, sys, warnings',
  'warnings.simplefilter("ignore")',
  'src = open(sys.argv[1], "rb").read()',
  'try:',
  '    print(ast.dump(ast.parse(src), include_attributes=True, indent=1))',
  'except SyntaxError as e:',
  '    print("ERROR " + json.dumps({"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset}))',
].join('\n');

const filter = process.argv[2] ?? '';
let n = 0;
for (const area of fs.readdirSync(ROOT).sort()) {
  for (const name of fs.readdirSync(path.join(ROOT, area)).sort()) {
    const dir = path.join(ROOT, area, name);
    if (!`${area}/${name}`.includes(filter)) continue;
    const input = path.join(dir, 'input.py');
    if (!fs.existsSync(input)) continue;
    fs.writeFileSync(path.join(dir, 'tokens.json'), JSON.stringify(oracleTokens(input)) + '\n');
    const r = runOracle(['-c', DUMP, input]);
    if (r.exitCode !== 0) throw new Error(`${area}/${name}: ${r.stderr}`);
    for (const f of ['ast.txt', 'error.json']) fs.rmSync(path.join(dir, f), { force: true });
    if (r.stdout.startsWith('ERROR ')) fs.writeFileSync(path.join(dir, 'error.json'), JSON.stringify(JSON.parse(r.stdout.slice(6)), null, 1) + '\n');
    else fs.writeFileSync(path.join(dir, 'ast.txt'), r.stdout);
    n++;
  }
}
console.log(`regen-fixtures: ${n} fixtures written`);
