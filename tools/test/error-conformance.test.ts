/**
 * The error conformance runners as tests: every SyntaxError case from CPython's own tests
 * (tools/conformance/syntax-errors.ts: the parser's errors; compile-errors.ts: the symbol table's
 * and code generator's errors, through our whole front end) must give CPython's type, message,
 * line and column, except the cases on each runner's allowlist — and an allowlisted case that
 * starts passing fails too, so the lists only shrink.
 */
import * as path from 'node:path';
import { describeWithOracle } from '../oracle';
import { readAllowlist } from '../conformance/allowlist';
import { caseId, checkCase, loadCases } from '../conformance/syntax-errors';
import { checkCompileErrorCase, compileErrorCaseId, loadCompileErrorCases } from '../conformance/compile-errors';

const ALLOWLISTS = path.join(__dirname, '..', 'conformance', 'allowlists');

describeWithOracle('compile-time errors equal CPython 3.12 compile()', () => {
  const cases = loadCompileErrorCases();
  const allow = readAllowlist(path.join(ALLOWLISTS, 'compile-errors.txt'));

  it('collects a few hundred cases from CPython\'s tests', () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  it('gives CPython\'s error for every case not on the allowlist, and no allowlisted case passes', () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const r = checkCompileErrorCase(c);
      const listed = allow.has(compileErrorCaseId(c));
      if (r.same === listed) wrong.push(`${compileErrorCaseId(c)}: CPython ${r.theirs}; ours ${r.ours}${listed ? ' (allowlisted but passes)' : ''}`);
    }
    expect(wrong).toEqual([]);
  });
});

describeWithOracle('parser syntax errors equal CPython 3.12 ast.parse()', () => {
  const cases = loadCases();
  const allow = readAllowlist(path.join(ALLOWLISTS, 'ast-syntax-errors.txt'));

  it('gives CPython\'s error for every case not on the allowlist, and no allowlisted case passes', () => {
    expect(cases.length).toBeGreaterThan(500);
    const wrong: string[] = [];
    for (const c of cases) {
      const r = checkCase(c);
      const listed = allow.has(caseId(c));
      if (r.same === listed) wrong.push(`${caseId(c)}: CPython ${r.theirs}; ours ${r.ours}${listed ? ' (allowlisted but passes)' : ''}`);
    }
    expect(wrong).toEqual([]);
  });
});
