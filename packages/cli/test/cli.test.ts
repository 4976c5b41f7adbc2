import { main } from '../src/cli';
import type { CliIO } from '../src/io';

/** Runs the CLI in memory; returns its exit code and what it wrote. */
function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: () => new Uint8Array(),
    readFile: () => { throw new Error('no files in this test'); },
    writeFile: () => { throw new Error('no files in this test'); },
  };
  const code = main(argv, io);
  return { code, out, err };
}

describe('pyglass command line', () => {
  it('prints usage for -h', () => {
    const r = run(['-h']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: pyglass/);
    expect(r.out).toContain('tokenize');
  });

  it('-m reports a module it cannot find as CPython does (exit 1)', () => {
    const r = run(['-m', 'no_such_module_here']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('pyglass: No module named no_such_module_here\n');
  });

  it('runs -c through the whole pipeline', () => {
    const r = run(['-c', 'pass']);
    expect(r).toEqual({ code: 0, out: '', err: '' });
  });
});
