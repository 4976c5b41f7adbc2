/**
 * Conformance of @pyglass/bytecode's compiler against CPython 3.12's compile() over the oracle's
 * corpus (stdlib + Lib/test): every file is tokenized and parsed by pyglass, compiled by pyglass,
 * and each code object (nested ones too, matched by position in co_consts) is compared field by
 * field with the oracle's: co_code (with caches), consts, names, localsplusnames/kinds, flags,
 * stacksize, linetable, exceptiontable, qualname, firstlineno, argcounts. Prints
 * `N identical / M code objects` overall and per field, and the first differences. Files in
 * allowlists/compile.txt are known to differ (the list may only shrink: a listed file that is now
 * identical fails the run, as does an unlisted file that differs). The oracle runs in batches.
 *
 * usage: tsx --conditions=@pyglass/source tools/conformance/compile.ts [--sample N] [--only TEXT]
 *        [--show N] [--update-allowlist] [--dis]   (--dis prints both disassemblies of the first difference)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compile, CompileError, coPositions, formatDis } from '@pyglass/bytecode';
import type { CodeObject, PyConstant } from '@pyglass/interfaces';
import { corpus, corpusPath, oracleCodeBatch, type CorpusFile } from '../oracle/index';
import { parseFile } from './symtable';
import { evenSample, readAllowlist as readListFile } from './allowlist';

export const COMPILE_ALLOWLIST = path.join(__dirname, 'allowlists', 'compile.txt');

export const FIELDS = [
  'co_code', 'co_consts', 'co_names', 'co_localsplusnames', 'co_localspluskinds', 'co_flags', 'co_stacksize',
  'co_linetable', 'co_exceptiontable', 'co_qualname', 'co_name', 'co_firstlineno', 'co_argcount', 'co_posonlyargcount',
  'co_kwonlyargcount',
] as const;
export type Field = typeof FIELDS[number];

export interface CodeDiff { qualname: string; field: Field }

function isCode(c: PyConstant): c is { $code: CodeObject } {
  return c !== null && typeof c === 'object' && '$code' in c;
}

/** Replaces nested code objects by a marker, so consts compare without recursing. */
function shallowConsts(consts: PyConstant[]): string {
  return JSON.stringify(consts.map((c) => (isCode(c) ? { $code: c.$code.co_qualname } : c)));
}

function fieldEqual(a: CodeObject, b: CodeObject, f: Field): boolean {
  if (f === 'co_consts') return shallowConsts(a.co_consts) === shallowConsts(b.co_consts);
  return JSON.stringify(a[f]) === JSON.stringify(b[f]);
}

/** Compares two code-object trees; per-field counts go into `stats`. Returns the code objects that differ. */
export function compareCode(ours: CodeObject | null, theirs: CodeObject, stats: FieldStats, diffs: CodeDiff[]): void {
  stats.total++;
  let same = true;
  for (const f of FIELDS) {
    const eq = ours !== null && fieldEqual(ours, theirs, f);
    if (eq) stats.fields[f]++;
    else {
      if (same) diffs.push({ qualname: theirs.co_qualname, field: f });
      same = false;
    }
  }
  if (same) stats.identical++;
  const theirNested = theirs.co_consts.filter(isCode);
  const ourNested = ours ? ours.co_consts.filter(isCode) : [];
  theirNested.forEach((c, i) => compareCode(ourNested[i]?.$code ?? null, c.$code, stats, diffs));
}

export interface FieldStats { total: number; identical: number; fields: Record<Field, number> }
export function newStats(): FieldStats {
  return { total: 0, identical: 0, fields: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number> };
}

function findByQualname(co: CodeObject, qualname: string): CodeObject | null {
  if (co.co_qualname === qualname) return co;
  for (const c of co.co_consts) if (isCode(c)) { const r = findByQualname(c.$code, qualname); if (r) return r; }
  return null;
}

export function compileFile(file: string, filename: string): CodeObject {
  return compile(parseFile(file), { filename, mode: 'exec' });
}

export function readAllowlist(file = COMPILE_ALLOWLIST): Set<string> {
  return readListFile(file);
}


function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const c = corpus();
  let files = c.files.filter((f) => f.compileError === null);
  const only = opt('--only');
  if (only) files = files.filter((f) => f.path.includes(only));
  files = evenSample(files, opt('--sample') ? Number(opt('--sample')) : null);
  const show = Number(opt('--show') ?? 10);
  const withDis = args.includes('--dis');
  const allow = readAllowlist();
  const stats = newStats();
  const started = Date.now();
  let filesIdentical = 0;
  const failing: string[] = [];
  const fixed: string[] = [];
  const unexpected: string[] = [];
  let shown = 0;
  const reasons = new Map<string, number>();
  const BATCH = 40;
  for (let i = 0; i < files.length; i += BATCH) {
    const chunk = files.slice(i, i + BATCH);
    const expected = oracleCodeBatch(chunk.map((f) => corpusPath(c, f)));
    chunk.forEach((f, k) => {
      const theirs = expected[k]!.ok;
      if (!theirs) return;
      let ours: CodeObject | null = null;
      let error = '';
      try {
        ours = compileFile(corpusPath(c, f), theirs.co_filename);
      } catch (e) {
        error = e instanceof CompileError ? `${e.type}: ${e.msg}` : `crash: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`;
      }
      const diffs: CodeDiff[] = [];
      const before = stats.identical;
      const totalBefore = stats.total;
      compareCode(ours, theirs, stats, diffs);
      const same = stats.identical - before === stats.total - totalBefore;
      if (same) filesIdentical++;
      else failing.push(f.path);
      if (same && allow.has(f.path)) fixed.push(f.path);
      if (!same && !allow.has(f.path)) unexpected.push(f.path);
      if (!same) {
        const reason = error ? error.replace(/'[^']*'/g, "'…'").slice(0, 90) : `differs in ${diffs[0]!.field}`;
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
      if (!same && shown < show) {
        shown++;
        console.log(`${f.path}: ${error || diffs.slice(0, 3).map((d) => `${d.qualname} ${d.field}`).join('; ')}`);
        if (withDis && ours && diffs.length) {
          const a = findByQualname(theirs, diffs[0]!.qualname);
          const b = findByQualname(ours, diffs[0]!.qualname);
          if (a && b) {
            const strip = (co: CodeObject) => ({ ...co, co_consts: co.co_consts.map((x) => (isCode(x) ? { $code: { ...x.$code, co_consts: [] } } : x)) }) as CodeObject;
            console.log('--- oracle\n' + formatDis(strip(a)) + '--- ours\n' + formatDis(strip(b)));
            if (diffs[0]!.field === 'co_linetable') {
              const pa = coPositions(a.co_linetable, a.co_firstlineno), pb = coPositions(b.co_linetable, b.co_firstlineno);
              const at = pa.findIndex((x, j) => JSON.stringify(x) !== JSON.stringify(pb[j]));
              console.log(`first position difference at offset ${at * 2}: oracle ${JSON.stringify(pa[at])} ours ${JSON.stringify(pb[at])}`);
            }
            if (diffs[0]!.field !== 'co_code') console.log(`oracle ${diffs[0]!.field}: ${JSON.stringify(a[diffs[0]!.field])}\nours   ${diffs[0]!.field}: ${JSON.stringify(b[diffs[0]!.field])}`);
          }
        }
      }
    });
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, stats.total)).toFixed(1)}%`;
  console.log('\nper field:');
  for (const f of FIELDS) console.log(`  ${f.padEnd(20)} ${stats.fields[f]} / ${stats.total} (${pct(stats.fields[f])})`);
  console.log('\nmost common reasons:');
  for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${String(n).padStart(5)}  ${r}`);
  if (args.includes('--update-allowlist')) {
    const header = '# Corpus files whose compiled code objects still differ from CPython 3.12.1 (tools/conformance/compile.ts).\n# This list may only shrink.\n';
    fs.writeFileSync(COMPILE_ALLOWLIST, header + failing.sort().join('\n') + '\n');
  } else {
    for (const p of fixed) console.log(`now identical, remove from allowlists/compile.txt: ${p}`);
    if (!only && !opt('--sample')) process.exitCode = unexpected.length || fixed.length ? 1 : 0;
  }
  console.log(`\ncompile: ${stats.identical} identical / ${stats.total} code objects (${pct(stats.identical)}); files ${filesIdentical} / ${files.length}; ${unexpected.length} unexpected, ${fixed.length} fixed; ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (require.main === module) main();
