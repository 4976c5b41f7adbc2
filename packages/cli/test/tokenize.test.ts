/**
 * `pyglass tokenize` against `python3.12 -m tokenize`, run live side by side (describeWithOracle):
 * same stdout, stderr and exit status for files, -e, stdin, bad arguments, unreadable files and
 * files that fail to tokenize. Where CPython prints a traceback ("unexpected error"), only the
 * first line is ours to match. `--json` is ours and is checked against the token API.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tokenize } from '@pyglass/tokens';
import { describeWithOracle, runOracle } from '../../../tools/oracle/index';
import { tokenizeCommand } from '../src/commands/tokenize';
import type { CliIO } from '../src/io';

function run(argv: string[], cwd: string, stdin: Uint8Array = new Uint8Array()): { stdout: string; stderr: string; exitCode: number } {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: () => stdin,
    readFile: (p) => fs.readFileSync(path.resolve(cwd, p)),
    writeFile: () => {
      throw new Error('tokenize writes no files');
    },
  };
  const exitCode = tokenizeCommand(argv, io);
  return { stdout, stderr, exitCode };
}

describeWithOracle('pyglass tokenize = python3.12 -m tokenize', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-cli-tokenize-'));
  const files: Record<string, string | Uint8Array> = {
    'ok.py': 'def f(x):\n    return x ** 2  # square\n',
    'fstring.py': 'print(f"{x!r:>{w}} {{ok}} {y=}")\n',
    'bad-indent.py': 'if x:\n    y\n  z\n',
    'unterminated.py': 'x = """abc\n',
    'eof.py': 'x = (1,\n',
    'latin1.py': new Uint8Array([...new TextEncoder().encode('# coding: latin-1\nx = "'), 0xe9, 0x22, 0x0a]),
    'bad-coding.py': '# coding: nope\n',
    'warning.py': 'f"\\{x}"\n',
    'cr.py': 'x = 1\ré\n',
  };
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);

  const cases: string[][] = [
    ['ok.py'],
    ['-e', 'ok.py'],
    ['--exact', 'fstring.py'],
    ['--ex', 'fstring.py'],
    ['bad-indent.py'],
    ['-e', 'unterminated.py'],
    ['eof.py'],
    ['latin1.py'],
    ['bad-coding.py'],
    ['warning.py'],
    ['missing.py'],
    ['-'],
    ['.'],
    ['-h'],
    ['-eh'],
    ['--help'],
    ['-x'],
    ['ok.py', 'more.py'],
    ['--', '-e'],
  ];
  it.each(cases)('%s', (...argv) => {
    const want = runOracle(['-m', 'tokenize', ...argv], { cwd: dir });
    const got = run(argv, dir);
    expect(got).toEqual({ stdout: want.stdout, stderr: want.stderr, exitCode: want.exitCode });
  });

  it.each(['ok.py', 'bad-indent.py', 'unterminated.py', 'eof.py', 'fstring.py'])('stdin: %s', (name) => {
    const bytes = fs.readFileSync(path.join(dir, name));
    const want = runOracle(['-m', 'tokenize', '-e'], { cwd: dir, input: bytes });
    expect(run(['-e'], dir, bytes)).toEqual({ stdout: want.stdout, stderr: want.stderr, exitCode: want.exitCode });
  });

  it('prints the first line of an unexpected error, as CPython does before its traceback', () => {
    const want = runOracle(['-m', 'tokenize', 'cr.py'], { cwd: dir });
    const got = run(['cr.py'], dir);
    expect(got.exitCode).toBe(want.exitCode);
    expect(got.stdout).toBe(want.stdout);
    expect(got.stderr).toBe(want.stderr.split('\n')[0] + '\n');
  });

  it('--json prints the Token stream and the error', () => {
    const got = run(['--json', 'eof.py'], dir);
    expect(got.exitCode).toBe(1);
    const expected = tokenize(fs.readFileSync(path.join(dir, 'eof.py')), { filename: 'eof.py' });
    expect(JSON.parse(got.stdout)).toEqual(JSON.parse(JSON.stringify({ tokens: expected.tokens, error: expected.error })));
    expect(JSON.parse(run(['--json', 'ok.py'], dir).stdout).tokens).toHaveLength(tokenize(fs.readFileSync(path.join(dir, 'ok.py'))).tokens.length);
  });
});
