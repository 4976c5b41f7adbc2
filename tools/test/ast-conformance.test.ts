/**
 * A Jest sample of the AST conformance runner (tools/conformance/ast.ts): 60 corpus files spread
 * over CPython's standard library and Lib/test, each parsed from the oracle's token stream and
 * compared with CPython's `ast.dump(..., include_attributes=True)` (or its SyntaxError). Files in
 * the allowlist are skipped here and reported by the full runner. Skipped, with the reason, when
 * no oracle exists.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeWithOracle } from '../oracle';
import { sampleRecords } from '../conformance/ast-corpus';
import { checkRecord } from '../conformance/ast';

describeWithOracle('ast conformance sample (60 corpus files)', () => {
  const allow = new Set(fs.readFileSync(path.join(__dirname, '..', 'conformance', 'allowlists', 'ast.txt'), 'utf8')
    .split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
  const records = sampleRecords(60);
  it('samples 60 files', () => expect(records.length).toBe(60));
  for (const rec of records) {
    const rel = rec.path.slice(rec.path.indexOf('/python3.12/') + '/python3.12/'.length);
    if (allow.has(rel)) continue;
    it(rel, () => {
      const r = checkRecord(rec);
      expect(r.reason).toBe('');
      expect(r.ok).toBe(true);
    });
  }
});
