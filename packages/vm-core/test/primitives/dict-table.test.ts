/**
 * DictTable against CPython 3.12: random set/del/popitem/clear/copy/update/display sequences of int
 * and str keys under PYTHONHASHSEED=0 must give the oracle's sys.getsizeof after every operation,
 * the same popitem() results and the same final key order (fixtures/dict-table-seed0.json).
 */
import { PyHash } from '../../src/primitives/hash-value';
import { hashInt, hashStr } from '../../src/primitives/hash';
import { DictTable } from '../../src/primitives/dict-table';
import { SetTable } from '../../src/primitives/set-table';
import { setHashSeed } from '../../src/primitives/siphash';
import { loadFixture } from './fixture-util';

type Key = number | string;
type Op = ['set' | 'del', Key] | ['popitem'] | ['clear'] | ['copy'] | ['update' | 'display' | 'fromkeys_set' | 'fromkeys_dict', Key[]];
interface DictCase {
  ops: Op[];
  sizes: number[];
  pops: (Key | null)[];
  order: Key[];
}

const h = new PyHash();
function hashKey(k: Key): PyHash {
  if (typeof k === 'number') hashInt(k, h);
  else hashStr(k, h);
  return h;
}
const eq = (a: Key, b: Key): boolean => a === b;
const isStr = (k: Key): boolean => typeof k === 'string';

function run(c: DictCase): DictCase {
  let d = new DictTable<Key, number>(eq);
  const sizes: number[] = [];
  const pops: (Key | null)[] = [];
  for (const op of c.ops) {
    switch (op[0]) {
      case 'set':
        d.set(op[1], hashKey(op[1]), 0, isStr(op[1]));
        break;
      case 'del':
        d.delete(op[1], hashKey(op[1]));
        break;
      case 'popitem': {
        const kv = d.popitem();
        pops.push(kv ? kv[0] : null);
        break;
      }
      case 'clear':
        d.clear();
        break;
      case 'copy':
        d = d.copy(isStr);
        break;
      case 'update': {
        const other = new DictTable<Key, number>(eq);
        for (const k of op[1]) other.set(k, hashKey(k), 0, isStr(k));
        d.update(other, isStr);
        break;
      }
      case 'fromkeys_set': {
        // the source set, built by adding the keys in order; fromkeys walks its table order
        const src = new SetTable<Key>(eq);
        for (const k of op[1]) src.add(k, hashKey(k));
        d = DictTable.forFromkeys<Key, number>(eq, src.size, /* unicode */ false);
        for (const k of src.toArray()) d.set(k, hashKey(k), 0, isStr(k));
        break;
      }
      case 'fromkeys_dict': {
        const src = new DictTable<Key, number>(eq);
        for (const k of op[1]) src.set(k, hashKey(k), 0, isStr(k));
        d = DictTable.forFromkeys<Key, number>(eq, src.size, src.unicode);
        for (const k of src.keys()) d.set(k, hashKey(k), 0, isStr(k));
        break;
      }
      case 'display':
        // BUILD_CONST_KEY_MAP n: a dict presized for n items (unicode when every key is a str).
        d = DictTable.presized<Key, number>(eq, op[1].length, op[1].every(isStr));
        for (const k of op[1]) d.set(k, hashKey(k), 0, isStr(k));
        break;
    }
    sizes.push(d.sizeof());
  }
  return { ops: c.ops, sizes, pops, order: d.keys() };
}

describe('DictTable equals CPython 3.12 dict layout (PYTHONHASHSEED=0)', () => {
  beforeAll(() => setHashSeed(0));
  const { cases } = loadFixture<{ cases: DictCase[] }>('dict-table-seed0');
  it(`${cases.length} random operation sequences: getsizeof after each op, popitem, order`, () => {
    const wrong: string[] = [];
    cases.forEach((c, i) => {
      const got = run(c);
      if (JSON.stringify(got) !== JSON.stringify(c)) {
        const at = got.sizes.findIndex((s, j) => s !== c.sizes[j]);
        wrong.push(`case ${i}: first size difference at op ${at} ${JSON.stringify(c.ops[at])}: got ${got.sizes[at]}, want ${c.sizes[at]}; pops ${JSON.stringify(got.pops) === JSON.stringify(c.pops)}; order ${JSON.stringify(got.order) === JSON.stringify(c.order)}`);
      }
    });
    expect(`${wrong.length} failing: ${wrong.slice(0, 3).join('\n')}`).toBe('0 failing: ');
  });

});
