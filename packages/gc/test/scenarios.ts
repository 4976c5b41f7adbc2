/**
 * The collector scenario tables, written once: the oracle script (oracle/gc_scenarios.py) runs
 * each under CPython 3.12 to produce the expected `out`/`log` (fixtures/gc-scenarios.json, by
 * `regenerate.ts`), and scenario.test.ts runs each against the mock model. Hand-written cases
 * cover one behaviour each; the random ones mix nodes, links, drops, collections and counts.
 */
import type { Step } from './helpers/scenario';

export interface Scenario {
  name: string;
  steps: Step[];
}

const cycle = (ids: number[], kind = 0): Step[] => [
  ...ids.map((i) => ['node', i, kind] as Step),
  ...ids.map((i, k) => ['link', i, 0, ids[(k + 1) % ids.length]!] as Step),
];
const drop = (ids: number[]): Step[] => ids.map((i) => ['drop', i] as Step);
/** Variable holding chain element i: 0 for the first, then 1 and 2 alternately. */
const chainSlot = (i: number) => (i === 0 ? 0 : 1 + (i % 2));
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k);

export const HANDWRITTEN: Scenario[] = [
  { name: 'count-after-allocations', steps: [['collect', 2], ['count'], ['node', 1, 0], ['node', 2, 0], ['count'], ['drop', 1], ['count'], ['collect', 0], ['count'], ['collect', 1], ['count'], ['collect', 2], ['count']] },
  { name: 'collect-two-cycles', steps: [['collect', 2], ...cycle([1, 2, 3]), ...cycle([4, 5]), ['count'], ...drop([1, 2, 3, 4, 5]), ['count'], ['collect', 2], ['count']] },
  { name: 'self-cycle-and-chain', steps: [['collect', 2], ['node', 1, 0], ['link', 1, 0, 1], ['node', 2, 0], ['node', 3, 0], ['link', 2, 0, 3], ['link', 3, 1, 1], ['drop', 1], ['drop', 3], ['collect', 0], ['count'], ['drop', 2], ['count'], ['collect', 0]] },
  { name: 'reachable-from-outside-survives', steps: [['collect', 2], ...cycle([1, 2, 3]), ['node', 9, 0], ['link', 9, 0, 2], ...drop([1, 2, 3]), ['collect', 2], ['drop', 9], ['collect', 2]] },
  { name: 'del-order-in-cycle', steps: [['collect', 2], ...cycle([1, 2, 3, 4], 1), ...drop([1, 2, 3, 4]), ['collect', 2], ['count']] },
  { name: 'del-refcount-immediate', steps: [['collect', 2], ['node', 1, 1], ['node', 2, 1], ['link', 1, 0, 2], ['drop', 1], ['count'], ['collect', 2]] },
  { name: 'resurrection', steps: [['collect', 2], ...cycle([1, 2], 2), ['node', 3, 0], ['link', 1, 1, 3], ...drop([1, 2, 3]), ['collect', 2], ['count'], ['unsave'], ['collect', 2], ['count']] },
  { name: 'finalized-flag', steps: [['collect', 2], ['node', 1, 2], ['node', 2, 0], ['link', 1, 0, 2], ['finalized', 1], ['wref', 5, 1, 0], ['drop', 1], ['collect', 2], ['unsave'], ['collect', 2]] },
  { name: 'weakref-callback-reachable-wr', steps: [['collect', 2], ...cycle([1, 2]), ['wref', 10, 1, 1], ['wref', 11, 1, 1], ['wref', 12, 2, 1], ...drop([1, 2]), ['collect', 2], ['count']] },
  { name: 'weakref-in-garbage-no-callback', steps: [['collect', 2], ...cycle([1, 2]), ['wref', 10, 1, 1], ['link', 2, 1, 10], ['drop', 10], ...drop([1, 2]), ['collect', 2]] },
  { name: 'weakref-refcount-death', steps: [['collect', 2], ['node', 1, 1], ['wref', 10, 1, 1], ['drop', 1], ['count'], ['drop', 10], ['collect', 0]] },
  { name: 'weakref-no-callback-shared', steps: [['collect', 2], ...cycle([1, 2]), ['wref', 10, 1, 0], ['wref', 11, 1, 0], ['wref', 12, 1, 1], ...drop([1, 2]), ['collect', 2], ['count']] },
  { name: 'saveall', steps: [['collect', 2], ['saveall', 1], ...cycle([1, 2, 3]), ...drop([1, 2, 3]), ['collect', 2], ['garbage'], ['saveall', 0], ['cleargarbage'], ['collect', 2], ['garbage']] },
  { name: 'freeze', steps: [['collect', 2], ...cycle([1, 2]), ['node', 3, 0], ['freeze'], ['count'], ...drop([1, 2]), ['collect', 2], ['count'], ['unfreeze'], ['collect', 2]] },
  { name: 'generation-ages', steps: [['collect', 2], ...cycle([1, 2]), ['collect', 0], ...drop([1, 2]), ['collect', 0], ['count'], ['collect', 1], ['count']] },
  { name: 'young-collection-leaves-old-cycles', steps: [['collect', 2], ...cycle([1, 2]), ['collect', 1], ...drop([1, 2]), ...cycle([3, 4]), ...drop([3, 4]), ['collect', 0], ['collect', 1], ['count']] },
  {
    name: 'threshold-schedules-gen0',
    steps: [['collect', 2], ['threshold', 5, 3, 1000], ...range(1, 9).flatMap((i) => [['node', i, 0], ['count']] as Step[]), ['threshold', 700, 10, 10]],
  },
  {
    name: 'threshold-collects-cycles-automatically',
    steps: [['collect', 2], ['threshold', 6, 2, 1000], ...range(1, 4).flatMap((k) => [...cycle([k * 3, k * 3 + 1, k * 3 + 2], 1), ...drop([k * 3, k * 3 + 1, k * 3 + 2]), ['count']] as Step[]), ['threshold', 700, 10, 10]],
  },
  {
    name: 'threshold-gen1',
    steps: [['collect', 2], ['threshold', 2, 2, 1000], ...range(1, 12).flatMap((i) => [['node', i, 0], ['count']] as Step[]), ['threshold', 700, 10, 10]],
  },
  { name: 'disabled-no-automatic', steps: [['collect', 2], ['threshold', 3, 10, 10], ['disable'], ...range(1, 8).map((i) => ['node', i, 0] as Step), ['count'], ['enable'], ['node', 9, 0], ['count'], ['threshold', 700, 10, 10]] },
  { name: 'tracked-flag', steps: [['collect', 2], ['node', 1, 0], ['tracked', 1], ['wref', 2, 1, 0], ['tracked', 2]] },
  {
    // A chain of 130 DelNodes dropped at its head: past 50 nested deallocations the trashcan
    // defers objects, which reorders the __del__ calls.
    name: 'trashcan-order',
    steps: [['collect', 2], ['node', 0, 1, 0], ...range(1, 130).flatMap((i) => [['node', chainSlot(i), 1, i], ['link', chainSlot(i), 0, chainSlot(i - 1)], ['drop', chainSlot(i - 1)]] as Step[]), ['count'], ['drop', chainSlot(129)], ['count']],
  },
  { name: 'stats', steps: [['collect', 2], ...cycle([1, 2, 3]), ...drop([1, 2, 3]), ['collect', 0], ...cycle([4, 5]), ...drop([4, 5]), ['collect', 1], ['stats']] },
];

/** Deterministic pseudo-random scenarios (a fixed LCG, so the tables never change). */
function randomScenarios(n: number, seed: number): Scenario[] {
  let s = seed >>> 0;
  const rand = (k: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % k;
  };
  const out: Scenario[] = [];
  for (let c = 0; c < n; c++) {
    const steps: Step[] = [['collect', 2]];
    const live = new Set<number>();
    const len = 30 + rand(60);
    for (let k = 0; k < len; k++) {
      const r = rand(100);
      const vars = [...live];
      if (r < 30 || vars.length < 2) {
        const i = rand(40);
        steps.push(['node', i, rand(4) === 0 ? 1 : 0]);
        live.add(i);
      } else if (r < 60) {
        steps.push(['link', vars[rand(vars.length)]!, rand(4), vars[rand(vars.length)]!]);
      } else if (r < 66) {
        steps.push(['unlink', vars[rand(vars.length)]!, rand(4)]);
      } else if (r < 82) {
        const i = vars[rand(vars.length)]!;
        steps.push(['drop', i]);
        live.delete(i);
      } else if (r < 90) {
        steps.push(['collect', rand(3)]);
      } else {
        steps.push(['count']);
      }
    }
    steps.push(['count'], ['collect', 2], ['count']);
    out.push({ name: `random-${c}`, steps });
  }
  return out;
}

export const SCENARIOS: Scenario[] = [...HANDWRITTEN, ...randomScenarios(80, 20261123)];
