/**
 * Running a program: `pyglass FILE` takes it through tokens, AST, our compiler and our VM; its
 * output, tracebacks, syntax errors, missing files and exit codes equal python3.12's (checked live
 * against the oracle under PYTHONHASHSEED=0).
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

describeWithOracle('pyglass FILE through the whole pipeline (tokens, AST, our compiler, our VM)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-run-all-'));
  const programs: Record<string, string> = {
    vector: 'class Vector:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n    def __add__(self, o):\n        return Vector(self.x + o.x, self.y + o.y)\n    def __repr__(self):\n        return f"Vector({self.x}, {self.y})"\nprint(Vector(1, 2) + Vector(3, 4))\n',
    refcounts: 'import sys\nx = object()\nprint(sys.getrefcount(x))\ny = x\nprint(sys.getrefcount(x))\ndel y\nprint(sys.getrefcount(x))\n',
    containers: 'print({1, 2.5, None}, {"a": 1, "b": [1, 2]}, 2**100, [i * i for i in range(5)])\n',
    traceback: 'def f(n):\n    return 10 // n\nprint(f(2))\nf(0)\n',
    exit_code: 'import sys\nprint("bye")\nsys.exit(3)\n',
    missing_module: 'import no_such_module_here\n',
  };
  const previousSeed = process.env.PYTHONHASHSEED;
  beforeAll(() => { process.env.PYTHONHASHSEED = '0'; });
  afterAll(() => { if (previousSeed === undefined) delete process.env.PYTHONHASHSEED; else process.env.PYTHONHASHSEED = previousSeed; });
  for (const [name, source] of Object.entries(programs)) {
    it(name, () => {
      const file = path.join(dir, `${name}.py`);
      fs.writeFileSync(file, source);
      const expected = runOracle([file]);
      const r = run([file]);
      expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: expected.exitCode, out: expected.stdout, err: expected.stderr });
    });
  }
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

describe('deadlocks (CPython hangs; pyglass reports and exits 1)', () => {
  it('two threads each waiting for the other: each thread\'s Python stack on stderr, exit status 1', () => {
    const src = [
      'import threading',
      'lock = threading.Lock()',
      'lock.acquire()',
      'def worker():',
      '    lock.acquire()',
      't = threading.Thread(target=worker)',
      't.start()',
      't.join()',
      'print("never")',
    ].join('\n');
    const r = run(['-c', src]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^pyglass: deadlock: every thread is blocked and nothing can wake them/);
    expect(r.err).toMatch(/main thread, waiting for thread \d+ to end:\n {2}File "<string>", line 8, in <module>\n/);
    expect(r.err).toMatch(/thread \d+, waiting for <locked _thread\.lock object at 0x[0-9a-f]+>\.acquire\(\):\n(.*\n)* {2}File "<string>", line 5, in worker\n/);
  });

  it('one thread acquiring a lock it holds', () => {
    const r = run(['-c', 'import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire()\n']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/main thread, waiting for <locked _thread\.lock object at 0x[0-9a-f]+>\.acquire\(\):\n {2}File "<string>", line 4, in <module>\n$/);
  });
});

describe('PYGLASS_SCHED=deterministic: a seeded interleaving that repeats exactly', () => {
  const src = [
    'import threading',
    'order = []',
    'def worker(name):',
    '    for i in range(5):',
    '        order.append(name)',
    '        for _ in range(50):',
    '            pass',
    'ts = [threading.Thread(target=worker, args=(n,)) for n in "ABC"]',
    'for t in ts: t.start()',
    'for t in ts: t.join()',
    'print("".join(order))',
  ].join('\n');
  function runWith(spec: string | undefined): { code: number; out: string; err: string } {
    const saved = process.env.PYGLASS_SCHED;
    if (spec === undefined) delete process.env.PYGLASS_SCHED;
    else process.env.PYGLASS_SCHED = spec;
    try {
      return run(['-c', src]);
    } finally {
      if (saved === undefined) delete process.env.PYGLASS_SCHED;
      else process.env.PYGLASS_SCHED = saved;
    }
  }

  it('the same seed gives the same output every time; other seeds interleave differently', () => {
    const first = runWith('deterministic,seed=42,quantum=7');
    expect(first.code).toBe(0);
    expect(first.out.trim()).toHaveLength(15);
    for (let i = 0; i < 4; i++) expect(runWith('deterministic,seed=42,quantum=7')).toEqual(first);
    const others = new Set([1, 2, 3, 4, 5, 6].map((seed) => runWith(`deterministic,seed=${seed},quantum=7`).out));
    expect(others.size).toBeGreaterThan(1);
    for (const out of others) expect([...out.trim()].sort().join('')).toBe('AAAAABBBBBCCCCC');
  });

  it('an unknown scheduler is a one-line error listing the valid ones (exit 2)', () => {
    const r = runWith('fastest');
    expect(r.code).toBe(2);
    expect(r.err).toBe("pyglass: PYGLASS_SCHED: unknown scheduler 'fastest' (valid: gil, deterministic[,seed=N][,quantum=N])\n");
  });
});
