import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpus, describeWithOracle, oracleAst, oracleRunFile, oracleTokens } from '../oracle';

describeWithOracle('oracle', (oracle) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-oracle-'));
  const sample = path.join(dir, 'sample.py');
  fs.writeFileSync(sample, 'x = {1, 2, "a"}\nprint(len(x), 2**70, -0.0)\n');

  it('is CPython 3.12', () => {
    expect(oracle.version).toMatch(/^3\.12\.\d+$/);
  });

  it('dumps tokens', () => {
    const { tokens, error } = oracleTokens(sample);
    expect(error).toBeNull();
    expect(tokens[0]).toEqual({ type: 67, string: 'utf-8', start: [0, 0], end: [0, 0], line: '' });
    expect(tokens[1]).toEqual({ type: 1, string: 'x', start: [1, 0], end: [1, 1], line: 'x = {1, 2, "a"}\n' });
    expect(tokens[tokens.length - 1]!.type).toBe(0);
  });

  it('dumps the AST with positions and tagged constants', () => {
    const { ok } = oracleAst(sample) as { ok: any };
    expect(ok._type).toBe('Module');
    const call = ok.body[1].value;
    expect(call.args[1]).toMatchObject({ _type: 'BinOp', left: { _type: 'Constant', value: { $int: '2' } } });
    expect(call.args[2]).toMatchObject({ _type: 'UnaryOp', operand: { value: { $float: '0.0' } } });
    expect(ok.body[0]).toMatchObject({ lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 15 });
  });

  it('reports syntax errors with position', () => {
    const bad = path.join(dir, 'bad.py');
    fs.writeFileSync(bad, 'f(1,\n');
    expect(oracleAst(bad).error).toMatchObject({ type: 'SyntaxError', msg: "'(' was never closed", lineno: 1, offset: 2 });
  });

  it('runs a program under PYTHONHASHSEED=0', () => {
    const r = oracleRunFile(sample);
    expect(r).toEqual({ stdout: '3 1180591620717411303424 -0.0\n', stderr: '', exitCode: 0 });
  });

  it('lists the corpus with the files CPython rejects', () => {
    const c = corpus();
    expect(c.files.length).toBeGreaterThan(1000);
    expect(c.files.some((f) => f.path === 'test/test_grammar.py')).toBe(true);
    const bad = c.files.find((f) => f.path === 'test/tokenizedata/badsyntax_3131.py');
    expect(bad?.compileError).toMatch(/invalid character/);
  });
});
