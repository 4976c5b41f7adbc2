/**
 * `pyglass ast` against `python3.12 -m ast`, run live side by side (describeWithOracle): same
 * stdout and exit status for the options of `-m ast` over sample files (type comments included),
 * same argparse errors; a bad file gives CPython's SyntaxError display (the last lines of the
 * oracle's traceback, which are what running the file prints). `--json` and `--from` are ours and
 * are checked against the parser API.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dump, parse } from '@pyglass/ast';
import { tokenize } from '@pyglass/tokens';
import { describeWithOracle, runOracle } from '../../../tools/oracle/index';
import { astCommand } from '../src/commands/ast';
import type { CliIO } from '../src/io';

function run(argv: string[], cwd: string, stdin: Uint8Array = new Uint8Array()): { stdout: string; stderr: string; exitCode: number } {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: () => stdin,
    readFile: (p) => fs.readFileSync(path.resolve(cwd, p)),
    writeFile: () => { throw new Error('ast writes no files'); },
  };
  const exitCode = astCommand(argv, io);
  return { stdout, stderr, exitCode };
}

const SAMPLES: Record<string, string> = {
  'plain.py': 'import os\nx = [i ** 2 for i in range(10) if i % 2]\nprint(f"{x!r:>{w}} é {y=}")\n',
  'defs.py': '@d\nasync def f[T](a: int = 1, /, *b, c, **d) -> T:\n    async with x as (y, z):\n        return await g(*a, **d)\nclass C(B, metaclass=M): ...\n',
  'match.py': 'match p:\n    case [1, *rest] | {"k": _, **kw} if rest:\n        pass\n    case Point(x=0) as q:\n        pass\n',
  'typecomments.py': 'def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    x = []  # type: list\nfor i in y:  # type: int\n    pass  # type: ignore[misc]\n',
  'unicode.py': 's = "日本" + é\nt = b"\\xff" ; u = 1_000.5e3j\n',
};

describeWithOracle('pyglass ast = python3.12 -m ast', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-ast-'));
    for (const [name, text] of Object.entries(SAMPLES)) fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(path.join(dir, 'bad.py'), 'x = 1\nif x\n    pass\n');
    fs.writeFileSync(path.join(dir, 'eval.py'), 'a if b else c\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const name of Object.keys(SAMPLES)) {
    for (const opts of [[], ['-a'], ['-a', '-i', '1'], ['--no-type-comments', '-i', '0']]) {
      it(`${name} ${opts.join(' ')}`, () => {
        const theirs = runOracle(['-m', 'ast', ...opts, name], { cwd: dir });
        const ours = run([...opts, name], dir);
        expect(ours.stdout).toBe(theirs.stdout);
        expect(ours.exitCode).toBe(theirs.exitCode);
      });
    }
  }

  it('-m eval', () => {
    const theirs = runOracle(['-m', 'ast', '-m', 'eval', 'eval.py'], { cwd: dir });
    expect(run(['-m', 'eval', 'eval.py'], dir).stdout).toBe(theirs.stdout);
  });

  it('reads standard input', () => {
    const src = Buffer.from('x = 1\n');
    const theirs = runOracle(['-m', 'ast', '-a'], { cwd: dir, input: src });
    expect(run(['-a'], dir, src).stdout).toBe(theirs.stdout);
  });

  it('a syntax error ends like the traceback', () => {
    const theirs = runOracle(['-m', 'ast', 'bad.py'], { cwd: dir });
    const ours = run(['bad.py'], dir);
    expect(ours.exitCode).toBe(theirs.exitCode);
    const tail = theirs.stderr.split('\n').slice(-5).join('\n');
    expect(tail.endsWith(ours.stderr)).toBe(true);
    expect(ours.stderr).toBe('  File "bad.py", line 2\n    if x\n        ^\nSyntaxError: expected \':\'\n');
  });

  for (const bad of [['-m', 'nope', 'x.py'], ['--bogus'], ['-i', 'z'], ['missing.py']]) {
    it(`argument error: ${bad.join(' ')}`, () => {
      const theirs = runOracle(['-m', 'ast', ...bad], { cwd: dir });
      const ours = run(bad, dir);
      expect(ours.stderr).toBe(theirs.stderr);
      expect(ours.exitCode).toBe(theirs.exitCode);
    });
  }

  it('-h', () => {
    const theirs = runOracle(['-m', 'ast', '-h'], { cwd: dir });
    expect(run(['-h'], dir).stdout).toBe(theirs.stdout);
  });

  it('--json and --from give the parser API\'s tree', () => {
    const file = path.join(dir, 'plain.py');
    const tree = parse(tokenize(fs.readFileSync(file)).tokens, { typeComments: true });
    expect(JSON.parse(run(['--json', 'plain.py'], dir).stdout)).toEqual(tree);
    fs.writeFileSync(path.join(dir, 'tokens.json'), JSON.stringify(tokenize(fs.readFileSync(file))));
    expect(run(['--from', 'tokens.json'], dir).stdout).toBe(dump(tree, { indent: 3 }) + '\n');
  });
});
