/**
 * format(x, spec) for floats and ints against CPython 3.12 (fixtures/format-spec.json): random
 * values crossed with random mini-language specs, valid and invalid — the text, or the exception
 * type and message — plus every precision 0..39 of e/f/g on values with exact ties.
 */
import { formatFloatSpec, formatIntSpec } from '../../src/primitives/format-spec';
import { PyError } from '../../src/primitives/py-error';
import { floatFromBits, loadFixture } from './fixture-util';

interface FormatCase {
  kind: 'float' | 'int';
  x: string;
  spec: string;
  out?: string;
  error?: [string, string];
}

function compute(c: FormatCase): string | PyError {
  if (c.kind === 'float') return formatFloatSpec(floatFromBits(c.x), c.spec);
  const n = BigInt(c.x);
  return formatIntSpec(Number.isSafeInteger(Number(n)) ? Number(n) : n, c.spec);
}

describe('format() mini-language equals CPython 3.12', () => {
  const { cases } = loadFixture<{ cases: FormatCase[] }>('format-spec');
  for (const kind of ['float', 'int'] as const) {
    const mine = cases.filter((c) => c.kind === kind);
    it(`${kind}: ${mine.length} value/spec pairs`, () => {
      const wrong: string[] = [];
      for (const c of mine) {
        const got = compute(c);
        const want = c.error ? `${c.error[0]}: ${c.error[1]}` : JSON.stringify(c.out);
        const have = got instanceof PyError ? got.toString() : JSON.stringify(got);
        if (have !== want) wrong.push(`format(${c.kind === 'float' ? floatFromBits(c.x) : c.x}, ${JSON.stringify(c.spec)}): got ${have}, want ${want}`);
      }
      expect(`${wrong.length} failing\n${wrong.slice(0, 12).join('\n')}`).toBe('0 failing\n');
    });
  }
});
