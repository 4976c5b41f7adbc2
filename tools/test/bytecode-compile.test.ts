/**
 * The compiler on the corpus and on whole programs, live (skipped without an oracle):
 *  - a spread-out sample of the stdlib compiled by pyglass (our tokenizer, parser, compiler) equals
 *    CPython's compile() in every field of every code object, except files listed in
 *    tools/conformance/allowlists/compile.txt (the full corpus: tools/conformance/compile.ts);
 *  - `pyglass dis FILE` prints what `python3.12 -m dis FILE` prints (addresses normalised);
 *  - our .pyc of sample programs, run by python3.12, behaves as the source does.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main as cliMain } from '../../packages/cli/src/cli';
import { compareCode, compileFile, newStats, readAllowlist, type CodeDiff } from '../conformance/compile';
import { checkPrograms } from '../conformance/compile-programs';
import { normaliseAddresses } from '../conformance/dis';
import { corpus, corpusPath, describeWithOracle, oracleCodeBatch, runOracle } from '../oracle';

describeWithOracle('compiler conformance (sample)', () => {
  const c = corpus();
  const files = c.files.filter((f) => f.compileError === null);
  const sample = Array.from({ length: 40 }, (_, i) => files[Math.floor((i * files.length) / 40)]!);
  const allow = readAllowlist();
  const expected = oracleCodeBatch(sample.map((f) => corpusPath(c, f)));

  it.each(sample.map((f, i) => [f.path, i] as const))('%s', (rel, i) => {
    const theirs = expected[i]!.ok!;
    const stats = newStats();
    const diffs: CodeDiff[] = [];
    let ours = null;
    try {
      ours = compileFile(corpusPath(c, sample[i]!), theirs.co_filename);
    } catch (e) {
      if (!allow.has(rel)) throw e;
    }
    compareCode(ours, theirs, stats, diffs);
    if (allow.has(rel)) expect(stats.identical).toBeLessThan(stats.total);
    else expect(diffs).toEqual([]);
  });
});

describeWithOracle('pyglass dis and pyglass compile', () => {
  const FIXTURES = path.join(__dirname, '..', '..', 'packages', 'bytecode', 'test', 'fixtures');
  const programs = fs.readdirSync(FIXTURES).sort().map((d) => path.join(FIXTURES, d, 'input.py')).filter((f) => fs.existsSync(f));

  function run(argv: string[]): { code: number; out: string; err: string } {
    let out = '', err = '';
    const code = cliMain(argv, {
      stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, readStdin: () => new Uint8Array(),
      readFile: (p) => fs.readFileSync(p), writeFile: (p, d) => fs.writeFileSync(p, d),
    });
    return { code, out, err };
  }

  it.each(programs)('dis %s', (file) => {
    const expected = runOracle(['-m', 'dis', file]);
    const ours = run(['dis', file]);
    expect(ours.code).toBe(0);
    expect(normaliseAddresses(ours.out)).toBe(normaliseAddresses(expected.stdout));
  });

  it.each(programs)('compile %s runs under python3.12', (file) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-compile-'));
    const pyc = path.join(dir, 'out.pyc');
    expect(run(['compile', file, '-o', pyc]).code).toBe(0);
    const a = runOracle([file], { cwd: path.dirname(file) });
    const b = runOracle([pyc], { cwd: path.dirname(file) });
    fs.rmSync(dir, { recursive: true, force: true });
    // Object addresses in reprs differ from run to run.
    const norm = (r: { stdout: string; stderr: string; exitCode: number }) => ({ ...r, stdout: r.stdout.replace(/ at 0x[0-9a-f]+/g, ' at 0x…') });
    expect(norm(b)).toEqual(norm(a));
  });

  it('reports a compile-time error as CPython does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-compile-'));
    const file = path.join(dir, 'bad.py');
    fs.writeFileSync(file, 'x = 1\nreturn x\n');
    const ours = run(['dis', file]);
    const theirs = runOracle(['-c', `compile(open(${JSON.stringify(file)}).read(), ${JSON.stringify(file)}, "exec")`]);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(ours.code).toBe(1);
    expect(ours.err).toContain("SyntaxError: 'return' outside function");
    expect(theirs.stderr).toContain("SyntaxError: 'return' outside function");
    expect(ours.err.split('\n').slice(-4).join('\n')).toBe(theirs.stderr.split('\n').slice(-4).join('\n'));
  });
});

describeWithOracle('our .pyc of the conformance programs under python3.12', () => {
  it('runs a sample of the programs identically', () => {
    const { results } = checkPrograms(['closures', 'comprehensions', 'exceptions_basic', 'generators', 'classes_basic', 'fstrings']);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect({ name: r.name, runs: r.runsIdentically, core: r.coreIdentical }).toEqual({ name: r.name, runs: true, core: true });
  });
});
