/**
 * hash() of str, bytes, int, float, complex, tuple, frozenset, bool and None against fixtures
 * computed by CPython 3.12 under PYTHONHASHSEED=0, 12345 and 4294967295 (regenerate.ts).
 */
import { PyHash, hashToString, hashFromBigInt } from '../../src/primitives/hash-value';
import * as H from '../../src/primitives/hash';
import { setHashSeed } from '../../src/primitives/siphash';
import { bytesFromHex, floatFromBits, loadFixture } from './fixture-util';

interface HashCase {
  kind: string;
  input: unknown;
  hash: string;
}

function intHash(text: string, out: PyHash): void {
  const n = BigInt(text);
  H.hashBigInt(n, out);
}

function compute(c: HashCase, out: PyHash): void {
  switch (c.kind) {
    case 'str':
      return H.hashStr(c.input as string, out);
    case 'bytes':
      return H.hashBytes(bytesFromHex(c.input as string), out);
    case 'int':
      return intHash(c.input as string, out);
    case 'float':
      return H.hashFloat(floatFromBits(c.input as string), out);
    case 'complex': {
      const [re, im] = c.input as [string, string];
      return H.hashComplex(floatFromBits(re), floatFromBits(im), out);
    }
    case 'tuple':
    case 'frozenset':
    case 'tuple_str':
    case 'frozenset_str': {
      const items = (c.input as string[]).map((x) => {
        const h = new PyHash();
        if (c.kind.endsWith('_str')) H.hashStr(x, h);
        else intHash(x, h);
        return h;
      });
      if (c.kind.startsWith('tuple')) H.hashTuple(items, out);
      else H.hashFrozenset(items, out);
      return;
    }
    case 'bool':
      return H.hashBool(c.input as boolean, out);
    case 'none':
      return H.hashInt(H.CPYTHON_NONE_HASH, out);
    default:
      throw new Error(`unknown case kind ${c.kind}`);
  }
}

for (const name of ['hash-seed0', 'hash-seed12345', 'hash-seed4294967295']) {
  const fixture = loadFixture<{ seed: string; cases: HashCase[] }>(name);
  describe(`hash() under PYTHONHASHSEED=${fixture.seed}`, () => {
    beforeAll(() => setHashSeed(Number(fixture.seed)));
    afterAll(() => setHashSeed(0));
    const kinds = [...new Set(fixture.cases.map((c) => c.kind))];
    for (const kind of kinds) {
      const cases = fixture.cases.filter((c) => c.kind === kind);
      it(`${kind}: ${cases.length} cases equal CPython`, () => {
        const out = new PyHash();
        const wrong: string[] = [];
        for (const c of cases) {
          compute(c, out);
          const got = hashToString(out);
          if (got !== c.hash) wrong.push(`${JSON.stringify(c.input)}: got ${got}, want ${c.hash}`);
        }
        expect(wrong).toEqual([]);
      });
    }
  });
}

describe('hash representation', () => {
  it('round-trips through BigInt', () => {
    const out = new PyHash();
    for (const v of [0n, -1n, -2n, 2n ** 63n - 1n, -(2n ** 63n), 123456789012345678n]) {
      hashFromBigInt(v, out);
      expect(hashToString(out)).toBe(v.toString());
    }
  });

  it('NaN hashes by the address it is given, as object identity', () => {
    const a = new PyHash();
    const b = new PyHash();
    H.hashFloat(NaN, a, 0x7f0000001230);
    H.hashPointer(0x7f0000001230, b);
    expect(hashToString(a)).toBe(hashToString(b));
    expect(hashToString(a)).toBe(String(0x7f0000001230 / 16));
  });
});
