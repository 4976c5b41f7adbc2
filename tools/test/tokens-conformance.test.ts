/**
 * A deterministic sample (~100 files, plus every file CPython itself rejects) of the tokens
 * conformance run: our `tokenize -e` text must equal `python3.12 -m tokenize -e` for each, and
 * the allowlist must not hold a file that passes. The full run is
 * `tsx --conditions=@pyglass/source tools/conformance/tokens.ts`.
 */
import { describeWithOracle } from '../oracle/index';
import { runTokensConformance } from '../conformance/tokens';

describeWithOracle('tokens conformance (sample of the stdlib corpus)', () => {
  it('matches python3.12 -m tokenize -e on ~100 corpus files', async () => {
    const report = await runTokensConformance({ sample: 100 });
    expect(report.total).toBeGreaterThanOrEqual(100);
    expect(report.unexpected.map((r) => `${r.file}: ${JSON.stringify(r.diff)}`)).toEqual([]);
    expect(report.fixed).toEqual([]);
  }, 120_000);
});
