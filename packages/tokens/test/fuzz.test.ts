/**
 * A sample of the fuzz command (scripts/fuzz.ts, which runs 100,000+ inputs): random bytes,
 * fragments and mutated fixtures must never raise a JS exception, never take long, and always
 * end in ENDMARKER or an error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TokenType } from '@pyglass/interfaces';
import { tokenize } from '../src/index';
import { fuzzInput } from '../scripts/fuzz-inputs';

const FIXTURES = path.join(__dirname, 'fixtures');
const seeds = fs.readdirSync(FIXTURES).sort().map((d) => fs.readFileSync(path.join(FIXTURES, d, 'input.py')));

describe('fuzz sample', () => {
  it('tokenizes 3,000 generated inputs without exceptions or slow inputs', () => {
    let slowest = 0;
    for (let i = 0; i < 3000; i++) {
      const input = fuzzInput(/* seed */ 42, i, seeds);
      const t0 = performance.now();
      const r = tokenize(input, { filename: 'fuzz.py' });
      slowest = Math.max(slowest, performance.now() - t0);
      if (r.error === null) expect(r.tokens[r.tokens.length - 1].type).toBe(TokenType.ENDMARKER);
      else expect(r.error.message.length).toBeGreaterThan(0);
    }
    // A budget, not a timing: a hang or quadratic blow-up on a <1 KB input shows up as seconds.
    expect(slowest).toBeLessThan(500);
  });

  it('also survives every fixture cut at every byte', () => {
    for (const input of seeds.slice(0, 40)) {
      for (let cut = 0; cut <= input.length; cut++) {
        const r = tokenize(input.subarray(0, cut));
        expect(r.error !== null || r.tokens[r.tokens.length - 1].type === TokenType.ENDMARKER).toBe(true);
      }
    }
  });
});
