/**
 * `pyglass bench` end to end through the CLI's subcommand table: list, a real run of a tiny
 * fixture suite (test/fixtures/bench, loaded through PYGLASS_BENCH_SUITES) with the CPython
 * baseline in separate worker processes, show, shards and merge, compare's exit status for CI
 * gating, and the errors users see for bad arguments and bad files. No assertion is about how
 * fast anything is: timings only have to be present and well-formed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BENCH_SCHEMA, decodeBenchResultsJson, type BenchRecord, type BenchResults } from '@pyglass/interfaces';
import { describeWithOracle } from '../../../tools/oracle/index';
import { main } from '../src/cli';
import type { CliIO } from '../src/io';

const FIXTURE = path.join(__dirname, 'fixtures', 'bench', 'suite.ts');
process.env.PYGLASS_BENCH_SUITES = `fixture=${FIXTURE}`;
process.env.CI = 'true';

function bench(...argv: string[]): { stdout: string; stderr: string; exitCode: number } {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: () => new Uint8Array(),
    readFile: (p) => fs.readFileSync(p),
    writeFile: (p, d) => fs.writeFileSync(p, d),
  };
  const exitCode = main(['bench', ...argv], io);
  return { stdout, stderr, exitCode };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-bench-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function synthetic(means: number[]): BenchResults {
  const rec: BenchRecord = {
    suite: 'fixture',
    name: 'sum-squares',
    tags: [],
    size: 20,
    sizeUnit: 'thousand iterations',
    implementation: 'pyglass',
    variant: {},
    runs: means.map((m) => ({ loops: 1, warmups: [m], wall: [m, m * 1.001], cpu: [m, m], maxRss: 1, gc: null })),
  };
  return {
    schema: BENCH_SCHEMA,
    date: '2026-11-23T20:00:00.000Z',
    machine: { cpuModel: 'cpu', cores: 2, totalMemory: 1, os: 'Linux', arch: 'x64', node: 'v20', python: null, hostname: 'h' },
    commit: { hash: null, dirty: false },
    options: { suites: ['fixture'], quick: true, processes: means.length, values: 2, warmups: 1, fixed: {}, matrix: {}, baseline: null, shards: null, nodeFlags: [] },
    benchmarks: [rec],
  };
}

describe('pyglass bench (no measuring)', () => {
  it('lists the registered suites and the fixture', () => {
    const r = bench('list');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('| tokens/tokenize | stage, corpus | 160 files |');
    expect(r.stdout).toContain('| fixture/sum-squares | test | 20 thousand iterations | 200 thousand iterations | python3.12 |');
    expect(r.stdout).toContain('| fixture/loop-command | test, command | 1 hundred thousand iterations |');
  });

  it('exits 1 on a significant slowdown beyond --fail-on-slowdown, 0 otherwise', () => {
    const base = path.join(tmp, 'base.json');
    const slow = path.join(tmp, 'slow.json');
    fs.writeFileSync(base, JSON.stringify(synthetic([1, 1.01, 0.99, 1, 1.02, 0.98])));
    fs.writeFileSync(slow, JSON.stringify(synthetic([1.2, 1.21, 1.19, 1.2, 1.22, 1.18])));
    const failing = bench('compare', base, slow, '--fail-on-slowdown', '10%');
    expect(failing.exitCode).toBe(1);
    expect(failing.stdout).toContain('| fixture/sum-squares |');
    expect(failing.stdout).toContain('**1.20x slower**');
    expect(failing.stdout).toContain('FAIL: significant slowdown of at least 10.0% in fixture/sum-squares.');
    const lenient = bench('compare', base, slow, '--fail-on-slowdown', '25%');
    expect(lenient.exitCode).toBe(0);
    expect(lenient.stdout).toContain('OK: no significant slowdown of 25.0% or more.');
    const json = JSON.parse(bench('compare', base, slow, '--json').stdout);
    expect(json.rows[0]).toMatchObject({ benchmark: 'fixture/sum-squares', verdict: 'slower' });
    const svg = path.join(tmp, 'cmp.svg');
    expect(bench('compare', slow, base, '--svg', svg).exitCode).toBe(0);
    expect(fs.readFileSync(svg, 'utf8')).toContain('fixture/sum-squares');
  });

  it('names the bad value of a corrupt results file, and unknown suites and missing files', () => {
    const bad = path.join(tmp, 'bad.json');
    const doc = synthetic([1, 1]) as unknown as { benchmarks: { runs: { wall: unknown[] }[] }[] };
    doc.benchmarks[0]!.runs[1]!.wall[0] = 'fast';
    fs.writeFileSync(bad, JSON.stringify(doc));
    const r = bench('show', bad);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(`pyglass bench: error: ${bad}: $.benchmarks[0].runs[1].wall[0]: expected a non-negative number, got "fast"\n`);
    expect(bench('run', 'nosuch').stderr).toMatch(/^pyglass bench: error: unknown suite "nosuch"; known: tokens, .*fixture\n$/);
    expect(bench('show', path.join(tmp, 'missing.json')).stderr).toContain('ENOENT');
    expect(bench('compare', path.join(tmp, 'base.json')).stderr).toContain('compare needs HEAD.json');
    expect(bench('run', 'fixture', '--shard', '3/2').stderr).toContain('--shard 3/2: need 1 ≤ I ≤ N');
    expect(bench('frobnicate').exitCode).toBe(2);
  });
});

describeWithOracle('pyglass bench run (fixture suite, worker processes)', () => {
  const out = path.join(tmp, 'run.json');
  const svg = path.join(tmp, 'run.svg');
  let results: BenchResults;

  beforeAll(() => {
    const r = bench('run', 'fixture', '--quick', '--processes', '2', '--values', '2', '--warmups', '1', '--baseline', 'python3.12', '-o', out, '--svg', svg);
    if (r.exitCode !== 0) throw new Error(r.stderr);
    results = decodeBenchResultsJson(fs.readFileSync(out, 'utf8'));
  }, 120_000);

  it('writes valid results with metadata, ours and the baseline, every process and value', () => {
    expect(results.options).toMatchObject({ suites: ['fixture'], quick: true, processes: 2, values: 2, warmups: 1, baseline: 'python3.12', shards: null });
    expect(results.machine.cores).toBeGreaterThan(0);
    expect(results.machine.python).toMatch(/^3\.12\./);
    expect(results.commit.hash).toMatch(/^[0-9a-f]{40}$/);
    expect(results.benchmarks.map((b) => [b.suite, b.name, b.implementation, b.size])).toEqual([
      ['fixture', 'loop-command', 'pyglass', 1],
      ['fixture', 'loop-command', 'python3.12', 1],
      ['fixture', 'sum-squares', 'pyglass', 20],
      ['fixture', 'sum-squares', 'python3.12', 20],
    ]);
    for (const b of results.benchmarks) {
      expect(b.runs).toHaveLength(2);
      for (const run of b.runs) {
        expect(run.wall).toHaveLength(2);
        expect(run.warmups).toHaveLength(1);
        expect(run.wall.every((v) => v > 0)).toBe(true);
        expect(run.maxRss).toBeGreaterThan(1 << 20);
      }
      // The first process calibrated the loops; the second reused them. Commands run once per value.
      expect(b.runs[1]!.loops).toBe(b.runs[0]!.loops);
      if (b.name === 'loop-command') expect(b.runs[0]!.loops).toBe(1);
    }
    expect(fs.readFileSync(svg, 'utf8')).toContain('fixture/sum-squares');
  });

  it('shows the run as a Markdown table with the speed against CPython', () => {
    const r = bench('show', out);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('| benchmark | impl | size | wall (mean, 95% CI) | cpu | peak RSS | speed vs CPython 3.12 (95% CI) |');
    expect(r.stdout).toMatch(/\| fixture\/sum-squares \| pyglass \| 20 thousand iterations \| .* \*\*[\d.]+x (faster|slower)\*\* /);
  });

  it('runs shards that merge into the whole plan, and compares -X matrix cells', () => {
    const parts = [1, 2].map((i) => {
      const file = path.join(tmp, `shard${i}.json`);
      const r = bench('run', 'fixture', '--quick', '--processes', '2', '--values', '2', '--warmups', '1', '--matrix', 'gc=a,b', '--shard', `${i}/2`, '-o', file);
      if (r.exitCode !== 0) throw new Error(r.stderr);
      return file;
    });
    const shard1 = decodeBenchResultsJson(fs.readFileSync(parts[0]!, 'utf8'));
    expect(shard1.benchmarks.map((b) => [b.name, b.variant])).toEqual([
      ['loop-command', { gc: 'a' }],
      ['sum-squares', { gc: 'a' }],
    ]);
    expect(shard1.options.shards).toEqual([{ index: 1, count: 2 }]);
    const merged = path.join(tmp, 'merged.json');
    expect(bench('merge', ...parts, '-o', merged).exitCode).toBe(0);
    const all = decodeBenchResultsJson(fs.readFileSync(merged, 'utf8'));
    expect(all.benchmarks.map((b) => [b.name, b.variant.gc])).toEqual([
      ['loop-command', 'a'],
      ['sum-squares', 'a'],
      ['loop-command', 'b'],
      ['sum-squares', 'b'],
    ]);
    expect(all.options.shards).toBeNull();
    const c = bench('compare', merged, '--base', 'gc=a', '--head', 'gc=b');
    expect(c.exitCode).toBe(0);
    expect(c.stdout).toContain('base: gc=a · head: gc=b');
    expect(c.stdout).toContain('| fixture/sum-squares |');
    expect(c.stdout).toContain('| fixture/loop-command |');
  }, 120_000);
});
