/**
 * Checks computed live against the oracle (skipped, with the reason, when there is none):
 * ast.dump's other forms (annotate_fields=False, one-line, string indent), the parse modes
 * eval/single/func_type and type comments, and Python's repr of floats and strings.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Token } from '@pyglass/interfaces';
import { describeWithOracle, oracleTokens, runOracle } from '../../../tools/oracle/index';
import { constantRepr, dump, parse, strRepr } from '../src';
import { floatRepr, parseNumber } from '../src/literals';

const FIX = path.join(__dirname, 'fixtures');

function py(code: string, input = ''): string {
  const r = runOracle(['-c', code], { input });
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return r.stdout;
}

describeWithOracle('ast against the live oracle', () => {
  const files = ['expressions/atoms', 'statements/defs', 'strings/fstrings', 'match/patterns'].map((f) => path.join(FIX, f, 'input.py'));

  for (const file of files) {
    const name = path.basename(path.dirname(file));
    it(`dump forms: ${name}`, () => {
      const tokens = (JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'tokens.json'), 'utf8')) as { tokens: Token[] }).tokens;
      const tree = parse(tokens);
      const theirs = py(`import ast; t = ast.parse(open(${JSON.stringify(file)}, 'rb').read())
print(ast.dump(t)); print('\\x00'); print(ast.dump(t, annotate_fields=False)); print('\\x00'); print(ast.dump(t, annotate_fields=False, include_attributes=True, indent='\\t'))`);
      const [a, b, c] = theirs.split('\n\x00\n');
      expect(dump(tree)).toBe(a);
      expect(dump(tree, { annotateFields: false })).toBe(b);
      expect(dump(tree, { annotateFields: false, includeAttributes: true, indent: '\t' }) + '\n').toBe(c);
    });
  }

  const modeCases: [string, 'eval' | 'single' | 'func_type', boolean][] = [
    ['a if b else [c for c in d]\n', 'eval', false],
    ['x = 1; y = 2\n', 'single', false],
    ['if x:\n    pass\n\n', 'single', false],
    ['(int, *str, **Any) -> List[int]\n', 'func_type', false],
    ['() -> None\n', 'func_type', false],
  ];
  for (const [src, mode] of modeCases) {
    it(`mode ${mode}: ${JSON.stringify(src)}`, () => {
      const tmp = path.join(require('node:os').tmpdir(), `pyglass-mode-${process.pid}.py`);
      fs.writeFileSync(tmp, src);
      const tokens = oracleTokens(tmp).tokens;
      const theirs = py(`import ast; print(ast.dump(ast.parse(open(${JSON.stringify(tmp)}).read(), mode=${JSON.stringify(mode)}), include_attributes=True))`);
      expect(dump(parse(tokens, { mode }), { includeAttributes: true }) + '\n').toBe(theirs);
      fs.rmSync(tmp);
    });
  }

  it('float repr of literals', () => {
    const lits = ['0.1', '1e16', '1e15', '123456789.123456789', '1e-5', '0.0001', '1e308', '1e309', '5e-324', '2.5e-7', '1_000.000_1', '3.0', '.5e10', '1e22', '12345678901234567.0'];
    const theirs = py(`for s in ${JSON.stringify(lits)}: print(repr(float(s.replace('_',''))))`).trim().split('\n');
    expect(lits.map((l) => (parseNumber(l) as { $float: string }).$float)).toEqual(theirs);
    expect(floatRepr(-0)).toBe('-0.0');
  });

  it('str and bytes repr', () => {
    const values = ["a'b", 'a"b', 'a\'b"c', '\x00\x7f\x80\xa0\u00ad\u2028\ud800\ue000\u{1f600}\u{e0001}é日', '\\\n\r\t'];
    const theirs = py(`import json,sys; [print(ascii(repr(v))) for v in json.loads(sys.stdin.read())]`, JSON.stringify(values)).trim().split('\n');
    // Compare through ascii() on both sides: our repr text is evaluated back by the oracle.
    const back = py(`import json,sys; [print(ascii(v)) for v in json.loads(sys.stdin.read())]`, JSON.stringify(values.map((v) => strRepr(v)))).trim().split('\n');
    expect(back).toEqual(theirs);
    expect(constantRepr({ $bytes: "\x00'\"\x7f\xff a" })).toBe(py(`print(repr(b"\\x00'\\"\\x7f\\xff a"))`).trim());
  });
});
