/**
 * The compiler on whole programs (tools/conformance/programs/<name>/input.py and examples/*.py):
 *   1. our code objects against CPython 3.12's, field by field (`N identical / M code objects`,
 *      and co_code + consts + names separately, which the issue asks to be 100% here);
 *   2. the cross run: our .pyc of each program, run by python3.12, must print the same stdout
 *      and stderr and exit with the same status as python3.12 running the source.
 *
 * usage: tsx --conditions=@pyglass/source tools/conformance/compile-programs.ts [--show N] [NAME…]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compile, writePyc } from '@pyglass/bytecode';
import type { CodeObject, PyConstant } from '@pyglass/interfaces';
import { oracleCodeBatch, runOracle, WORKSPACE_ROOT } from '../oracle/index';
import { compareCode, newStats, type CodeDiff } from './compile';
import { parseFile } from './symtable';

export interface ProgramResult { name: string; file: string; identical: boolean; coreIdentical: boolean; runsIdentically: boolean; detail: string }

export function programFiles(): { name: string; file: string }[] {
  const out: { name: string; file: string }[] = [];
  const dir = path.join(__dirname, 'programs');
  if (fs.existsSync(dir)) {
    for (const d of fs.readdirSync(dir).sort()) {
      const f = path.join(dir, d, 'input.py');
      if (fs.existsSync(f)) out.push({ name: d, file: f });
    }
  }
  const ex = path.join(WORKSPACE_ROOT, 'examples');
  if (fs.existsSync(ex)) for (const f of fs.readdirSync(ex).sort()) if (f.endsWith('.py')) out.push({ name: `examples/${f}`, file: path.join(ex, f) });
  return out;
}

function isCode(c: PyConstant): c is { $code: CodeObject } {
  return c !== null && typeof c === 'object' && '$code' in c;
}

function coreEqual(a: CodeObject, b: CodeObject): boolean {
  const strip = (co: CodeObject) => JSON.stringify([co.co_code, co.co_names, co.co_consts.map((c) => (isCode(c) ? null : c))]);
  if (strip(a) !== strip(b)) return false;
  const an = a.co_consts.filter(isCode), bn = b.co_consts.filter(isCode);
  return an.length === bn.length && an.every((c, i) => coreEqual(c.$code, bn[i]!.$code));
}

export function checkPrograms(names: string[] = []): { results: ProgramResult[]; stats: ReturnType<typeof newStats> } {
  let progs = programFiles();
  if (names.length) progs = progs.filter((p) => names.some((n) => p.name.includes(n)));
  const expected = oracleCodeBatch(progs.map((p) => p.file));
  const stats = newStats();
  const results: ProgramResult[] = [];
  progs.forEach((p, i) => {
    const theirs = expected[i]!.ok;
    let ours: CodeObject | null = null;
    let detail = '';
    try {
      ours = compile(parseFile(p.file), { filename: p.file });
    } catch (e) {
      detail = `compile failed: ${(e as Error).message}`;
    }
    const diffs: CodeDiff[] = [];
    const before = stats.identical, totalBefore = stats.total;
    if (theirs) compareCode(ours, theirs, stats, diffs);
    const identical = !!theirs && stats.identical - before === stats.total - totalBefore;
    const coreIdentical = !!theirs && !!ours && coreEqual(ours, theirs);
    if (!identical && diffs.length) detail ||= `${diffs[0]!.qualname}: ${diffs[0]!.field}`;
    let runsIdentically = false;
    if (ours) {
      // The .pyc goes beside the source for the run (and is removed after), so sys.path[0] — where
      // a program's own modules are — is the same folder for both runs.
      const cwd = path.dirname(p.file);
      const pyc = path.join(cwd, `.${path.basename(p.file)}.pyglass-cross-run.pyc`);
      fs.writeFileSync(pyc, writePyc(ours, { mode: 'unchecked-hash', sourceHash: new Uint8Array(8) }));
      const a = runOracle([p.file], { cwd, timeoutMs: 60_000 });
      let b: ReturnType<typeof runOracle>;
      try {
        b = runOracle([pyc], { cwd, timeoutMs: 60_000 });
      } finally {
        fs.rmSync(pyc, { force: true });
      }
      runsIdentically = a.stdout === b.stdout && a.stderr === b.stderr && a.exitCode === b.exitCode;
      if (!runsIdentically) {
        // A program whose own output varies between two runs of the source (timings, thread
        // interleaving) is compared on exit status and the shape of its output only.
        const a2 = runOracle([p.file], { cwd, timeoutMs: 60_000 });
        if (a2.stdout !== a.stdout || a2.stderr !== a.stderr) {
          const shape = (t: string) => t.replace(/[0-9.]+/g, '0');
          runsIdentically = a.exitCode === b.exitCode && shape(a.stdout) === shape(b.stdout) && shape(a.stderr) === shape(b.stderr);
          detail += ' (output varies between runs of the source; compared with digits masked)';
        }
      }
      if (!runsIdentically) detail += ` run differs: exit ${a.exitCode}/${b.exitCode}, stderr ${JSON.stringify(b.stderr.slice(-200))}`;
    }
    results.push({ name: p.name, file: p.file, identical, coreIdentical, runsIdentically, detail });
  });
  return { results, stats };
}

function main(): void {
  const args = process.argv.slice(2);
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 ? Number(args[showAt + 1]) : 20;
  const names = args.filter((a, i) => !a.startsWith('--') && !(showAt >= 0 && i === showAt + 1));
  const { results, stats } = checkPrograms(names);
  for (const r of results.filter((x) => !x.identical || !x.runsIdentically).slice(0, show)) console.log(`${r.name}: ${r.detail}`);
  const n = results.length;
  console.log(`programs: code objects ${stats.identical} identical / ${stats.total}; co_code+consts+names identical in ${results.filter((r) => r.coreIdentical).length} / ${n} programs; all fields in ${results.filter((r) => r.identical).length} / ${n}`);
  console.log(`cross run (our .pyc under python3.12): ${results.filter((r) => r.runsIdentically).length} / ${n} identical`);
  process.exitCode = results.every((r) => r.runsIdentically) ? 0 : 1;
}

if (require.main === module) main();
