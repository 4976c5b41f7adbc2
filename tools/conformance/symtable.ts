/**
 * Conformance of @pyglass/bytecode's symbol table against CPython 3.12's `_symtable` over the
 * oracle's corpus: for each file, the tree of blocks (type, name, line, every symbol's flags and
 * scope in CPython's order, parameters, children) must be equal, and a file CPython rejects in
 * its symbol table must make ours raise the same SyntaxError (message and position).
 *
 * usage: tsx --conditions=@pyglass/source tools/conformance/symtable.ts [--sample N] [--only TEXT] [--show N]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSymbolTable, CompileError, type SymbolTableEntry } from '@pyglass/bytecode';
import { parse, tokenErrorForParser } from '@pyglass/ast';
import { tokenize } from '@pyglass/tokens';
import type { ModNode } from '@pyglass/interfaces';
import { corpus, corpusPath, runOracle } from '../oracle/index';

interface OracleSte { type: number; name: string; lineno: number; symbols: [string, number][]; varnames: string[]; children: OracleSte[] }
interface OracleResult { ok?: OracleSte; error?: { type: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number } }

export function oracleSymtables(files: string[]): OracleResult[] {
  const r = runOracle([path.join(__dirname, 'py', 'symtable_json.py')], { input: files.join('\n') + '\n', timeoutMs: 600_000 });
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as OracleResult);
}

export function parseFile(file: string): ModNode {
  const source = fs.readFileSync(file);
  const t = tokenize(source, { filename: file });
  return parse(t.tokens, { mode: 'exec', filename: file, tokenError: tokenErrorForParser(t.error, source.toString('utf8')) }) as ModNode;
}

function futureAnnotations(mod: ModNode): boolean {
  if (mod._type !== 'Module') return false;
  for (const s of mod.body) {
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (s.names.some((a) => a.name === 'annotations')) return true;
    } else if (!(s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string')) {
      break;
    }
  }
  return false;
}

export function compareSte(ours: SymbolTableEntry, theirs: OracleSte, where: string): string | null {
  const w = `${where}/${theirs.name}@${theirs.lineno}`;
  if (ours.type !== theirs.type || ours.name !== theirs.name || ours.lineno !== theirs.lineno) {
    return `${w}: block ${ours.type} ${ours.name}@${ours.lineno} vs ${theirs.type} ${theirs.name}@${theirs.lineno}`;
  }
  // Free names propagated from children are added in CPython's set order, which nothing compiled depends on.
  const render = (list: [string, number][]) => {
    const fixed = list.filter(([, v]) => v !== 16384).map(([k, v]) => `${k}=${v}`);
    const free = list.filter(([, v]) => v === 16384).map(([k]) => `${k}=16384`).sort();
    return [...fixed, ...free].join(' ');
  };
  const a = render([...ours.symbols]);
  const b = render(theirs.symbols);
  if (a !== b) return `${w}: symbols\n  ours:   ${a}\n  oracle: ${b}`;
  if (ours.varnames.join(',') !== theirs.varnames.join(',')) return `${w}: varnames ${ours.varnames} vs ${theirs.varnames}`;
  if (ours.children.length !== theirs.children.length) return `${w}: ${ours.children.length} children vs ${theirs.children.length}`;
  for (let i = 0; i < ours.children.length; i++) {
    const d = compareSte(ours.children[i]!, theirs.children[i]!, w);
    if (d) return d;
  }
  return null;
}

export function checkFile(file: string, expected: OracleResult): string | null {
  let mod: ModNode;
  try {
    mod = parseFile(file);
  } catch {
    return expected.ok ? 'our parser failed' : null;
  }
  try {
    const st = buildSymbolTable(mod, { futureAnnotations: futureAnnotations(mod) });
    if (!expected.ok) return `expected ${expected.error?.type}: ${expected.error?.msg}, got a table`;
    return compareSte(st.top, expected.ok, '');
  } catch (e) {
    if (!(e instanceof CompileError)) return `crash: ${(e as Error).stack}`;
    const x = expected.error;
    if (!x) return `unexpected ${e.type}: ${e.msg} at ${e.lineno}:${e.offset}`;
    const got = `${e.type}: ${e.msg} ${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset}`;
    const want = `${x.type}: ${x.msg} ${x.lineno}:${x.offset}-${x.end_lineno}:${x.end_offset}`;
    return got === want ? null : `error ${got} vs ${want}`;
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (n: string) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
  const c = corpus();
  let files = c.files.filter((f) => !f.compileError);
  const only = opt('--only');
  if (only) files = files.filter((f) => f.path.includes(only));
  const sample = opt('--sample');
  if (sample) { const step = Math.max(1, Math.floor(files.length / Number(sample))); files = files.filter((_, i) => i % step === 0); }
  const paths = files.map((f) => corpusPath(c, f));
  const expected = oracleSymtables(paths);
  let ok = 0;
  let shown = 0;
  const show = Number(opt('--show') ?? 10);
  for (let i = 0; i < paths.length; i++) {
    const d = checkFile(paths[i]!, expected[i]!);
    if (d === null) ok++;
    else if (shown++ < show) console.log(`${files[i]!.path}: ${d}`);
  }
  console.log(`symtable: ${ok} identical / ${paths.length} files`);
}

if (require.main === module) main();
