/**
 * Compile-time error conformance (issue 5): programs that CPython 3.12's parser accepts but its
 * symbol table or code generator rejects (`'return' outside function`, `nonlocal` misuse,
 * duplicate arguments, misplaced `from __future__`, assignment expressions in comprehension
 * iterables, unreachable patterns, …), collected from CPython's own tests by
 * py/compile_error_cases.py and cached in .cache/conformance/. Each goes through pyglass's whole
 * front end — our tokenizer, our parser, our compiler — and our error must equal CPython's in
 * type, message, line and column (`N identical / M`); end positions are counted separately.
 * Known failures: allowlists/compile-errors.txt (may only shrink; ids are "origin | sha1 of the
 * code").
 *
 * usage: tsx --conditions=@pyglass/source tools/conformance/compile-errors.ts [--show N]
 *          [--only TEXT] [--update-allowlist]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPySyntaxError, parse, tokenErrorForParser } from '@pyglass/ast';
import { compile, CompileError } from '@pyglass/bytecode';
import type { ModNode } from '@pyglass/interfaces';
import { tokenize } from '@pyglass/tokens';
import { WORKSPACE_ROOT, requireOracle } from '../oracle';
import { readAllowlist } from './allowlist';

export interface CompileErrorCase {
  origin: string;
  code: string;
  expected: { type: string; msg: string; lineno: number; offset: number; end_lineno: number | null; end_offset: number | null };
}

const ALLOWLIST = path.join(__dirname, 'allowlists', 'compile-errors.txt');

export function loadCompileErrorCases(): CompileErrorCase[] {
  const oracle = requireOracle();
  const script = path.join(__dirname, 'py', 'compile_error_cases.py');
  const key = createHash('sha256').update(oracle.version).update(fs.readFileSync(script)).digest('hex').slice(0, 16);
  const file = path.join(WORKSPACE_ROOT, '.cache', 'conformance', `compile-errors-${key}.json`);
  if (!fs.existsSync(file)) {
    const r = spawnSync(oracle.executable, [script], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' } });
    if (r.status !== 0) throw new Error(`compile_error_cases.py failed: ${r.stderr}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, r.stdout);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CompileErrorCase[];
}

export function compileErrorCaseId(c: CompileErrorCase): string {
  return `${c.origin} | ${createHash('sha1').update(c.code).digest('hex').slice(0, 12)}`;
}

export interface CompileErrorResult {
  same: boolean;
  sameEnd: boolean;
  ours: string;
  theirs: string;
}

/** Runs one case through our tokenizer, parser and compiler, and compares the error raised. */
export function checkCompileErrorCase(c: CompileErrorCase): CompileErrorResult {
  const e = c.expected;
  const theirs = `${e.type}: ${e.msg} (${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset})`;
  const source = Buffer.from(c.code, 'utf8');
  let got: { type: string; msg: string; lineno: number | null; offset: number | null; end_lineno: number | null; end_offset: number | null };
  try {
    const r = tokenize(source, { filename: '<case>' });
    const tree = parse(r.tokens, { mode: 'exec', filename: '<case>', tokenError: tokenErrorForParser(r.error, c.code) });
    compile(tree as ModNode, { filename: '<case>', mode: 'exec' });
    return { same: false, sameEnd: false, ours: 'no error', theirs };
  } catch (err) {
    if (err instanceof CompileError || isPySyntaxError(err)) got = err;
    else return { same: false, sameEnd: false, ours: `crash: ${(err as Error)?.message ?? String(err)}`, theirs };
  }
  const ours = `${got.type}: ${got.msg} (${got.lineno}:${got.offset}-${got.end_lineno}:${got.end_offset})`;
  const same = got.type === e.type && got.msg === e.msg && got.lineno === e.lineno && got.offset === e.offset;
  return { same, sameEnd: same && got.end_lineno === e.end_lineno && got.end_offset === e.end_offset, ours, theirs };
}

function main(): number {
  const argv = process.argv.slice(2);
  const opt = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const show = Number(opt('--show') ?? 15);
  const only = opt('--only');
  const cases = loadCompileErrorCases().filter((c) => !only || c.origin.includes(only) || c.expected.msg.includes(only));
  const allow = readAllowlist(ALLOWLIST);
  let same = 0;
  let sameEnd = 0;
  const failing: { c: CompileErrorCase; r: CompileErrorResult }[] = [];
  const nowPassing: string[] = [];
  for (const c of cases) {
    const r = checkCompileErrorCase(c);
    if (r.same) {
      same++;
      if (allow.has(compileErrorCaseId(c))) nowPassing.push(compileErrorCaseId(c));
    } else failing.push({ c, r });
    if (r.sameEnd) sameEnd++;
  }
  console.log(`compile-time errors: ${same} identical / ${cases.length} (type, msg, line, column); ${sameEnd} with the same end position too`);
  const unexpected = failing.filter((f) => !allow.has(compileErrorCaseId(f.c)));
  for (const f of (unexpected.length ? unexpected : failing).slice(0, show)) {
    console.log(`  ${f.c.origin}: ${JSON.stringify(f.c.code.length > 100 ? f.c.code.slice(0, 100) + '…' : f.c.code)}\n      CPython: ${f.r.theirs}\n      ours:    ${f.r.ours}`);
  }
  if (argv.includes('--update-allowlist')) {
    const ids = failing.map((f) => compileErrorCaseId(f.c)).filter((id) => allow.has(id) || !fs.existsSync(ALLOWLIST));
    const header = "# Compile-time error cases (origin | sha1 of the code) whose error differs from CPython's. May only shrink.\n";
    fs.writeFileSync(ALLOWLIST, header + ids.sort().join('\n') + (ids.length ? '\n' : ''));
    console.log(`allowlist: ${ids.length} entries`);
    return 0;
  }
  let status = 0;
  if (nowPassing.length) { console.log(`${nowPassing.length} allowlisted cases now pass: run with --update-allowlist`); status = 1; }
  if (!only && unexpected.length) { console.log(`${unexpected.length} failing cases are not in the allowlist`); status = 1; }
  return status;
}

if (require.main === module) process.exit(main());
