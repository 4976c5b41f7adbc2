/**
 * The bench plan (tools/bench/plan.ts): -X and --matrix parsing, the deterministic cartesian
 * expansion, job order with the baseline, and shards that are disjoint and cover the plan.
 */
import { slowdownFor, type Benchmark } from '../bench/definition';
import { contextFor, expandMatrix, parseFixed, parseMatrix, parseShard, parseXOption, planJobs, shardJobs, strategyEnv } from '../bench/plan';

const bench = (suite: string, name: string, python: boolean): Benchmark => ({
  kind: 'function',
  suite,
  name,
  tags: [],
  description: '',
  sizes: { quick: 2, full: 20 },
  sizeUnit: 'things',
  run: () => undefined,
  python: python ? { script: '/dev/null', params: () => null } : undefined,
});

describe('options', () => {
  it('parses -X key=value, keeping commas and = in the value', () => {
    expect(parseXOption('gc=plan,seed=1')).toEqual(['gc', 'plan,seed=1']);
    expect(parseFixed(['gc=a', 'sched=b'])).toEqual({ gc: 'a', sched: 'b' });
    expect(() => parseXOption('gc')).toThrow('-X gc: expected key=value');
    expect(() => parseFixed(['gc=a', 'gc=b'])).toThrow('-X gc given twice');
  });

  it('parses --matrix and rejects empty or repeated values', () => {
    expect(parseMatrix(['gc=a,b', 'alloc=c,d'])).toEqual({ gc: ['a', 'b'], alloc: ['c', 'd'] });
    expect(() => parseMatrix(['gc='])).toThrow('empty value');
    expect(() => parseMatrix(['gc=a,a'])).toThrow('repeated');
    expect(() => parseMatrix(['gc=a', 'gc=b'])).toThrow('given twice');
    expect(() => parseMatrix(['tokens'])).toThrow('expected key=value1,value2');
  });

  it('parses shards', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1']) expect(() => parseShard(bad)).toThrow('--shard');
  });
});

describe('matrix expansion', () => {
  it('is the cartesian product, first key slowest, values in the order given, fixed options in every cell', () => {
    expect(expandMatrix({ sched: 's' }, { gc: ['a', 'b'], alloc: ['c', 'd', 'e'] })).toEqual([
      { sched: 's', gc: 'a', alloc: 'c' },
      { sched: 's', gc: 'a', alloc: 'd' },
      { sched: 's', gc: 'a', alloc: 'e' },
      { sched: 's', gc: 'b', alloc: 'c' },
      { sched: 's', gc: 'b', alloc: 'd' },
      { sched: 's', gc: 'b', alloc: 'e' },
    ]);
    expect(expandMatrix({}, {})).toEqual([{}]);
  });

  it('refuses a key that is both fixed and swept', () => {
    expect(() => expandMatrix({ gc: 'a' }, { gc: ['b'] })).toThrow('both a fixed -X option and a --matrix key');
  });

  it('maps contract keys to their environment variables and passes other options through as -X', () => {
    expect(strategyEnv({ gc: 'a', alloc: 'b', sched: 'c', other: 'x' })).toEqual({ PYGLASS_GC: 'a', PYGLASS_ALLOC: 'b', PYGLASS_SCHED: 'c' });
    expect(strategyEnv({ 'env.PYGLASS_TRACE': '1', 'env.': 'ignored', tree: '/tmp/base' })).toEqual({ PYGLASS_TRACE: '1' });
    expect(contextFor({ gc: 'a', other: 'x' }, true)).toEqual({ quick: true, options: { gc: 'a', other: 'x' }, xArgs: ['-X', 'gc=a', '-X', 'other=x'] });
  });
});

describe('calibration slowdown spec', () => {
  it('reads the fraction for a suite; labels without = mean no slowdown', () => {
    expect(slowdownFor('tokens', 'tokens=0.1')).toBe(0.1);
    expect(slowdownFor('ast', 'tokens=0.1,ast=0.2')).toBe(0.2);
    expect(slowdownFor('tokens', 'none-a')).toBe(0);
    expect(slowdownFor('tokens', undefined)).toBe(0);
    expect(() => slowdownFor('tokens', 'tokens=fast')).toThrow('expected suite=fraction');
  });
});

describe('jobs and shards', () => {
  const benchmarks = [bench('ast', 'parse', true), bench('gc', 'churn', false), bench('tokens', 'tokenize', true)];
  const variants = expandMatrix({}, { gc: ['a', 'b'] });

  it('lists each benchmark × cell, then its baseline when asked and available, with the size knob', () => {
    const jobs = planJobs(benchmarks, variants, /* baseline */ true, /* quick */ true);
    expect(jobs.map((j) => `${j.benchmark.suite}/${j.benchmark.name} ${j.implementation} ${JSON.stringify(j.variant)} ${j.size}`)).toEqual([
      'ast/parse pyglass {"gc":"a"} 2',
      'ast/parse pyglass {"gc":"b"} 2',
      'ast/parse python3.12 {} 2',
      'gc/churn pyglass {"gc":"a"} 2',
      'gc/churn pyglass {"gc":"b"} 2',
      'tokens/tokenize pyglass {"gc":"a"} 2',
      'tokens/tokenize pyglass {"gc":"b"} 2',
      'tokens/tokenize python3.12 {} 2',
    ]);
    expect(planJobs(benchmarks, variants, /* baseline */ false, /* quick */ false).every((j) => j.implementation === 'pyglass' && j.size === 20)).toBe(true);
  });

  it('splits the plan into disjoint shards that cover it, the same way every time', () => {
    const jobs = planJobs(benchmarks, variants, /* baseline */ true, /* quick */ true);
    for (const n of [1, 2, 3, 5, 8, 11]) {
      const shards = Array.from({ length: n }, (_, i) => shardJobs(jobs, { index: i + 1, count: n }));
      const all = shards.flat();
      expect(all).toHaveLength(jobs.length);
      expect(new Set(all).size).toBe(jobs.length);
      expect(shards).toEqual(Array.from({ length: n }, (_, i) => shardJobs(jobs, { index: i + 1, count: n })));
    }
    expect(shardJobs(jobs, null)).toEqual(jobs);
  });
});
