/**
 * A Jest sample of the parser fuzzer (tools/conformance/ast-fuzz.ts, which runs 100,000+ inputs):
 * 4,000 seeded inputs mutated from the fixtures (and corpus files when an oracle exists) or
 * random, at the source and token levels, in every mode. Each must parse or raise PySyntaxError,
 * never a JS exception or a hang.
 */
import { isPySyntaxError, parse, tokenErrorForParser } from '@pyglass/ast';
import { tokenize } from '@pyglass/tokens';
import { mutateText, rng, runFuzz, seedTexts } from '../conformance/ast-fuzz';

describe('ast fuzz sample', () => {
  const seeds = seedTexts(40);

  it('4,000 inputs: no crash, no hang', () => {
    const r = runFuzz(4000, 12345, seeds);
    expect(r.failures).toEqual([]);
    expect(r.inputs).toBe(4000);
  });

  it('the mutated inputs are a mix of valid and invalid programs', () => {
    const rand = rng(99);
    let ok = 0;
    let errors = 0;
    for (let i = 0; i < 300; i++) {
      const text = mutateText(seeds[Math.floor(rand() * seeds.length)], rand);
      const t = tokenize(text);
      try { parse(t.tokens, { tokenError: tokenErrorForParser(t.error, text) }); ok++; } catch (e) { if (isPySyntaxError(e)) errors++; else throw e; }
    }
    expect(ok).toBeGreaterThan(20);
    expect(errors).toBeGreaterThan(20);
  });
});
