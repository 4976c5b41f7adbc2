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

  it('says which stage is missing for what is not built yet (-m needs imports)', () => {
    const r = run(['-m', 'json.tool']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('pyglass: -m needs the import system of vm-core (issue 6), which is not built yet\n');
  });

  it('runs -c through the whole pipeline', () => {
    const r = run(['-c', 'pass']);
    expect(r).toEqual({ code: 0, out: '', err: '' });
  });
});
