/**
 * Syntax-error conformance: invalid programs taken from CPython 3.12's own tests (the doctests and
 * snippets of test_syntax.py, test_exceptions.py, test_fstring.py, test_patma.py, the
 * badsyntax_*.py files — collected by py/syntax_error_cases.py, cached in .cache/conformance/)
 * are parsed from their `tokenize` stream; our SyntaxError must equal CPython's in type, message,
 * line and column (`N identical / M`); end positions are counted separately. Failures are
 * grouped by CPython's message. Known failures: allowlists/ast-syntax-errors.txt (may only
 * shrink; ids are "origin | sha1 of the code").
 *
 * usage: tsx --conditions=@pyglass/source tools/conformance/syntax-errors.ts [--show N]
 *          [--only TEXT] [--update-allowlist]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPySyntaxError, parse, tokenErrorForParser, type TokenizerErrorRecord } from '@pyglass/ast';
import type { Token } from '@pyglass/interfaces';
import { WORKSPACE_ROOT, requireOracle } from '../oracle';

export interface SyntaxErrorCase {
  origin: string;
  code: string;
  tokens: [number, string, number, number, number, number, string][];
  tokenError: TokenizerErrorRecord | null;
  expected: { type: string; msg: string; lineno: number; offset: number; end_lineno: number | null; end_offset: number | null };
}

const ALLOWLIST = path.join(__dirname, 'allowlists', 'ast-syntax-errors.txt');

export function loadCases(): SyntaxErrorCase[] {
  const oracle = requireOracle();
  const file = path.join(WORKSPACE_ROOT, '.cache', 'conformance', `syntax-errors-${oracle.version}.json`);
  if (!fs.existsSync(file)) {
    const r = spawnSync(oracle.executable, [path.join(__dirname, 'py', 'syntax_error_cases.py')], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' } });
    if (r.status !== 0) throw new Error(`syntax_error_cases.py failed: ${r.stderr}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, r.stdout);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SyntaxErrorCase[];
}

export function caseId(c: SyntaxErrorCase): string {
  return `${c.origin} | ${createHash('sha1').update(c.code).digest('hex').slice(0, 12)}`;
}

export interface CaseResult {
  same: boolean;
  sameEnd: boolean;
  ours: string;
  theirs: string;
}

export function checkCase(c: SyntaxErrorCase): CaseResult {
  const tokens: Token[] = c.tokens.map(([type, string, sr, sc, er, ec, line]) => ({ type, string, start: [sr, sc], end: [er, ec], line }));
  const e = c.expected;
  const theirs = `${e.type}: ${e.msg} (${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset})`;
  try {
    parse(tokens, { tokenError: tokenErrorForParser(c.tokenError, c.code) });
    return { same: false, sameEnd: false, ours: 'no error', theirs };
  } catch (err) {
    if (!isPySyntaxError(err)) return { same: false, sameEnd: false, ours: `crash: ${(err as Error).message}`, theirs };
    const same = err.type === e.type && err.msg === e.msg && err.lineno === e.lineno && err.offset === e.offset;
    const sameEnd = same && err.end_lineno === e.end_lineno && err.end_offset === e.end_offset;
    return { same, sameEnd, ours: `${err.type}: ${err.msg} (${err.lineno}:${err.offset}-${err.end_lineno}:${err.end_offset})`, theirs };
  }
}

function readAllowlist(): Set<string> {
  if (!fs.existsSync(ALLOWLIST)) return new Set();
  return new Set(fs.readFileSync(ALLOWLIST, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
}

function main(): number {
  const argv = process.argv.slice(2);
  const opt = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const show = Number(opt('--show') ?? 15);
  const only = opt('--only');
  const update = argv.includes('--update-allowlist');
  const cases = loadCases().filter((c) => !only || c.origin.includes(only) || c.expected.msg.includes(only));
  const allow = readAllowlist();
  let same = 0;
  let sameEnd = 0;
  const failing: { c: SyntaxErrorCase; r: CaseResult }[] = [];
  const nowPassing: string[] = [];
  for (const c of cases) {
    const r = checkCase(c);
    if (r.same) {
      same++;
      if (allow.has(caseId(c))) nowPassing.push(caseId(c));
    } else {
      failing.push({ c, r });
    }
    if (r.sameEnd) sameEnd++;
  }
  console.log(`syntax errors: ${same} identical / ${cases.length} (type, msg, line, column); ${sameEnd} with the same end position too`);
  const groups = new Map<string, number>();
  for (const f of failing) groups.set(f.c.expected.msg, (groups.get(f.c.expected.msg) ?? 0) + 1);
  console.log('most frequent differing messages (CPython\'s):');
  for (const [msg, n] of [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, show)) console.log(`  ${String(n).padStart(4)}  ${msg}`);
  const unexpected = failing.filter((f) => !allow.has(caseId(f.c)));
  for (const f of (unexpected.length ? unexpected : failing).slice(0, show)) {
    console.log(`  ${f.c.origin}: ${JSON.stringify(f.c.code.length > 80 ? f.c.code.slice(0, 80) + '…' : f.c.code)}\n      CPython: ${f.r.theirs}\n      ours:    ${f.r.ours}`);
  }
  if (update) {
    const ids = fs.existsSync(ALLOWLIST) ? [...allow].filter((id) => !nowPassing.includes(id)) : failing.map((f) => caseId(f.c));
    fs.writeFileSync(ALLOWLIST, '# Syntax-error cases (origin | sha1 of the code) whose error differs from CPython\'s. May only shrink.\n' + ids.sort().join('\n') + '\n');
    console.log(`allowlist: ${ids.length} entries`);
    return 0;
  }
  let status = 0;
  if (nowPassing.length) { console.log(`${nowPassing.length} allowlisted cases now pass: run with --update-allowlist`); status = 1; }
  if (!only && unexpected.length) { console.log(`${unexpected.length} failing cases are not in the allowlist`); status = 1; }
  return status;
}

if (require.main === module) process.exit(main());
