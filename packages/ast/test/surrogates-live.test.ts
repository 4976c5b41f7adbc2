/**
 * str constants holding surrogate code points, checked live against the oracle (skipped, with
 * the reason, when there is none): the tree must equal tools/oracle/py/ast_json.py's JSON (which
 * tags such strs as {"$str": [code points]}) and the dump must equal `ast.dump`. Covers lone
 * surrogates, two escaped surrogates that would form a pair in a JS string, surrogates beside
 * real astral characters, implicit concatenation and f-strings.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeWithOracle, oracleAst, oracleTokens, runOracle } from '../../../tools/oracle/index';
import { dump, parse } from '../src';

const SOURCE = [
  'a = "\\ud800"',
  'b = "\\udfff"',
  'c = "\\ud800\\udc00"',
  'd = "\\U0001F600\\ud83d\\ude00😀"',
  'e = "x\\ud83d" "\\ude00y"',
  'f = "😀" "\\udc80"',
  "g = f'{a}\\ud800' f'\\udc00'",
  'h = ["\\N{GRINNING FACE}", "\\uD83D\\uDE00", r"\\ud800", b"\\ud800"]',
  'i = "\\ud800\'\\"\\n\\xa0\\u0100"',
  'j = f"{x:\\ud800}"',
].join('\n') + '\n';

describeWithOracle('surrogates in str constants, against the live oracle', () => {
  const file = path.join(os.tmpdir(), `pyglass-surrogates-${process.pid}.py`);
  beforeAll(() => fs.writeFileSync(file, SOURCE));
  afterAll(() => fs.rmSync(file, { force: true }));

  it('parses to the JSON tree of ast_json.py ($str exactly where a surrogate is)', () => {
    const theirs = oracleAst(file);
    expect(theirs.error).toBeUndefined();
    const ours = JSON.parse(JSON.stringify(parse(oracleTokens(file).tokens)));
    expect(ours).toEqual(theirs.ok);
    expect(JSON.stringify(ours)).toContain('"$str":[55296,56320]');
  });

  it('dumps as ast.dump does', () => {
    const r = runOracle(['-c', `import ast; print(ast.dump(ast.parse(open(${JSON.stringify(file)}, 'rb').read()), include_attributes=True, indent=1))`]);
    expect(r.exitCode).toBe(0);
    expect(dump(parse(oracleTokens(file).tokens), { includeAttributes: true, indent: 1 }) + '\n').toBe(r.stdout);
  });
});
