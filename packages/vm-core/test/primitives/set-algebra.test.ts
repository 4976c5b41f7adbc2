/**
 * Set algebra against CPython 3.12: | & - ^ and their in-place forms on sets built by random
 * add/discard sequences (with dummies in their tables) must give the oracle's iteration order and
 * sys.getsizeof, and the same subset/disjoint answers (fixtures/set-algebra-seed0.json).
 */
import { PyHash } from '../../src/primitives/hash-value';
import { hashInt, hashStr } from '../../src/primitives/hash';
import * as A from '../../src/primitives/set-algebra';
import { SetTable } from '../../src/primitives/set-table';
import { setHashSeed } from '../../src/primitives/siphash';
import { loadFixture } from './fixture-util';

type Key = number | string;
interface AlgebraCase {
  a: ['add' | 'discard', Key][];
  b: ['add' | 'discard', Key][] | null;
  op: string;
  order: Key[];
  sizeof: number;
  subset: boolean;
  disjoint: boolean;
}

const h = new PyHash();
const hashKey = (k: Key): PyHash => {
  if (typeof k === 'number') hashInt(k, h);
  else hashStr(k, h);
  return h;
};
const eq = (x: Key, y: Key): boolean => x === y;

function build(ops: ['add' | 'discard', Key][]): SetTable<Key> {
  const t = new SetTable<Key>(eq);
  for (const [op, k] of ops) {
    if (op === 'add') t.add(k, hashKey(k));
    else t.discard(k, hashKey(k));
  }
  return t;
}

function run(c: AlgebraCase): { order: Key[]; sizeof: number; subset: boolean; disjoint: boolean } {
  const a = build(c.a);
  const b = c.b === null ? a : build(c.b);
  const subset = A.setIsSubset(a, b);
  const disjoint = A.setIsDisjoint(a, b);
  let r: SetTable<Key>;
  switch (c.op) {
    case '|': r = A.setUnion(a, b); break;
    case '&': r = A.setIntersection(a, b); break;
    case '-': r = A.setDifference(a, b); break;
    case '^': r = A.setSymmetricDifference(a, b); break;
    case '|=': A.setUnionUpdate(a, b); r = a; break;
    case '&=': A.setIntersectionUpdate(a, b); r = a; break;
    case '-=': A.setDifferenceUpdate(a, b); r = a; break;
    default: A.setSymmetricDifferenceUpdate(a, b); r = a; break;
  }
  return { order: r.toArray(), sizeof: r.sizeof(), subset, disjoint };
}

describe('set algebra equals CPython 3.12 (PYTHONHASHSEED=0)', () => {
  beforeAll(() => setHashSeed(0));
  const { cases } = loadFixture<{ cases: AlgebraCase[] }>('set-algebra-seed0');
  it(`${cases.length} operations: result order, getsizeof, subset, disjoint`, () => {
    const wrong: string[] = [];
    cases.forEach((c, i) => {
      const got = run(c);
      const want = { order: c.order, sizeof: c.sizeof, subset: c.subset, disjoint: c.disjoint };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`case ${i} (${c.op}): got ${JSON.stringify(got).slice(0, 200)}\nwant ${JSON.stringify(want).slice(0, 200)}`);
    });
    expect(`${wrong.length} failing\n${wrong.slice(0, 4).join('\n')}`).toBe('0 failing\n');
  });
});
