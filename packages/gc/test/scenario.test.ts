/**
 * The cpython312 collector on the mock object model against CPython 3.12: every scenario of
 * scenarios.ts must give the oracle's gc.collect() results, gc.get_count() triples, flags and
 * the order of __del__ calls and weakref callbacks (fixtures/gc-scenarios.json).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Cpython312Collector, RefcountCollector } from '../src/index';
import { runScenario, type ScenarioResult } from './helpers/scenario';
import { SCENARIOS } from './scenarios';

const expected = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'gc-scenarios.json'), 'utf8')) as Record<string, ScenarioResult>;

describe('cpython312 scenarios equal CPython 3.12', () => {
  it('every scenario has an oracle result', () => {
    expect(Object.keys(expected).sort()).toEqual(SCENARIOS.map((s) => s.name).sort());
  });
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (name, s) => {
    const r = runScenario(s.steps, (ctx) => new Cpython312Collector(ctx));
    expect({ out: r.out, log: r.log }).toEqual(expected[name]);
  });
});

describe('refcount scenarios equal CPython 3.12 where no cycle is collected', () => {
  // The refcount strategy differs from cpython312 only in finding no cycles, so on every scenario
  // in which cpython312 (equal to the oracle above) collects nothing, it must equal the oracle too.
  const acyclic = SCENARIOS.filter((s) => {
    const r = runScenario(s.steps, (ctx) => new Cpython312Collector(ctx));
    const sum = r.collector.summary();
    return sum.collected === 0 && sum.uncollectable === 0;
  });
  it('covers a good share of the scenarios', () => {
    expect(acyclic.length).toBeGreaterThanOrEqual(20);
  });
  it.each(acyclic.map((s) => [s.name, s] as const))('%s', (name, s) => {
    const r = runScenario(s.steps, (ctx) => new RefcountCollector(ctx));
    expect({ out: r.out, log: r.log }).toEqual(expected[name]);
  });
});
