/**
 * SetTable against CPython 3.12: random add/discard/pop/clear/copy/update/set(frozenset) sequences of int
 * and str keys under PYTHONHASHSEED=0 must give the same pop() results, iteration order and
 * sys.getsizeof as the oracle recorded (fixtures/set-order-seed0.json).
 */
import { PyHash } from '../../src/primitives/hash-value';
import { hashInt, hashStr } from '../../src/primitives/hash';
import { SetTable } from '../../src/primitives/set-table';
import { setHashSeed } from '../../src/primitives/siphash';
import { loadFixture } from './fixture-util';

type Key = number | string;
type Op = ['add' | 'discard', Key] | ['pop'] | ['clear'] | ['copy'] | ['update_list' | 'update_set' | 'update_dict' | 'from_frozenset' | 'build', Key[]];
interface SetCase {
  ops: Op[];
  pops: (Key | null)[];
  order: Key[];
  sizeof: number;
}

const h = new PyHash();
function hashKey(k: Key): PyHash {
  if (typeof k === 'number') hashInt(k, h);
  else hashStr(k, h);
  return h;
}
// Ints and strs never compare equal to each other; equal ints/strs are === as JS primitives.
const eq = (a: Key, b: Key): boolean => a === b;

function fromList(keys: Key[]): SetTable<Key> {
  const t = new SetTable<Key>(eq);
  for (const k of keys) t.add(k, hashKey(k));
  return t;
}

function run(c: SetCase): { pops: (Key | null)[]; order: Key[]; sizeof: number } {
  let s = new SetTable<Key>(eq);
  const pops: (Key | null)[] = [];
  for (const op of c.ops) {
    switch (op[0]) {
      case 'add':
        s.add(op[1], hashKey(op[1]));
        break;
      case 'discard':
        s.discard(op[1], hashKey(op[1]));
        break;
      case 'pop': {
        const k = s.pop();
        pops.push(k === undefined ? null : k);
        break;
      }
      case 'clear':
        s.clear();
        break;
      case 'copy':
        s = s.copy();
        break;
      case 'update_list':
        for (const k of op[1]) s.add(k, hashKey(k));
        break;
      case 'update_set':
        s.mergeSet(fromList(op[1]));
        break;
      case 'update_dict': {
        // dict.fromkeys keeps first-insertion order without duplicates.
        const keys = [...new Set(op[1])];
        s.beginDictMerge(keys.length);
        for (const k of keys) s.add(k, hashKey(k));
        break;
      }
      case 'build':
        s = fromList(op[1]);
        break;
      case 'from_frozenset':
        s = new SetTable<Key>(eq);
        s.mergeSet(fromList(op[1]));
        break;
    }
  }
  return { pops, order: s.toArray(), sizeof: s.sizeof() };
}

describe('SetTable equals CPython 3.12 set order (PYTHONHASHSEED=0)', () => {
  beforeAll(() => setHashSeed(0));
  const { cases } = loadFixture<{ cases: SetCase[] }>('set-order-seed0');
  it(`${cases.length} random operation sequences: pops, iteration order, getsizeof`, () => {
    const wrong: string[] = [];
    cases.forEach((c, i) => {
      const got = run(c);
      if (JSON.stringify(got) !== JSON.stringify({ pops: c.pops, order: c.order, sizeof: c.sizeof })) {
        wrong.push(`case ${i}: got ${JSON.stringify(got).slice(0, 300)}\nwant ${JSON.stringify(c).slice(0, 300)}`);
      }
    });
    expect(wrong.length + " failing: " + wrong.slice(0, 3).join("\n")).toBe("0 failing: ");
  });
});
