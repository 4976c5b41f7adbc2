/**
 * Running a program: until the compiler and VM exist, `pyglass FILE` takes the program through
 * tokens and AST and says how far it got; syntax errors, missing files and bad options are
 * reported as python3.12 reports them (checked live against the oracle).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeWithOracle, runOracle } from '../../../tools/oracle/index';
import { main } from '../src/cli';
import { processIO, type CliIO } from '../src/io';

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = { ...processIO, stdout: (t) => void (out += t), stderr: (t) => void (err += t) };
  const code = main(argv, io);
  return { code, out, err };
}

describe('pyglass FILE while the VM is not built', () => {
  it('reports how far the seed program gets through the pipeline', () => {
    const r = run([path.resolve(__dirname, '../../../examples/seed.py')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/tokens: \d+ tokens · ast: \d+ top-level statements · bytecode: the compiler is not built yet/);
  });
});

describeWithOracle('pyglass FILE errors as python3.12 reports them', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-run-'));
  const cases: Record<string, string> = {
    never_closed: 'x = 1\nf(1,\n',
    bad_indent: 'if x:\n    a\n  b\n',
    expected_colon: 'def f()\n    pass\n',
    unterminated: 's = "abc\n',
  };
  for (const [name, source] of Object.entries(cases)) {
    it(`syntax error: ${name}`, () => {
      const file = path.join(dir, `${name}.py`);
      fs.writeFileSync(file, source);
      const expected = runOracle([file]);
      const r = run([file]);
      expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: expected.exitCode, out: expected.stdout, err: expected.stderr });
    });
  }

  it('syntax error in -c', () => {
    const expected = runOracle(['-c', 'f(1,']);
    const r = run(['-c', 'f(1,']);
    expect({ code: r.code, err: r.err }).toEqual({ code: expected.exitCode, err: expected.stderr });
  });

  it('a missing file', () => {
    const file = path.join(dir, 'missing.py');
    const expected = runOracle([file]);
    const r = run([file]);
    expect(r.code).toBe(expected.exitCode);
    expect(r.err.replace(/^pyglass/, '')).toBe(expected.stderr.replace(/^\S+python3\.12/, ''));
  });
});
