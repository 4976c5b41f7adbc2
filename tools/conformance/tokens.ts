/**
 * Conformance of @pyglass/tokens against CPython 3.12 over the oracle's corpus (the whole standard
 * library, Lib/test included): for every file, our `tokenize -e` text (token lines, or the error
 * line, plus any SyntaxWarning lines) must equal what `python3.12 -m tokenize -e FILE` prints.
 * The oracle runs once for all files (tools/oracle/py/tokenize_batch.py) and its answers are
 * cached in .cache/oracle/. Files in allowlists/tokens.txt are known differences; the list may
 * only shrink: a listed file that now passes fails the run, as does an unlisted file that differs.
 *
 * usage: tsx --conditions=@pyglass/source tools/conformance/tokens.ts [--sample N] [--show N]
 *   (the full run is `pnpm conformance:tokens` at the root, or this command without --sample)
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderFileOutput, tokenize } from '@pyglass/tokens';
import { corpus, corpusPath, ORACLE_SCRIPTS, requireOracle, WORKSPACE_ROOT, type Corpus, type CorpusFile } from '../oracle/index';
import { evenSample, readAllowlist as readListFile } from './allowlist';

export const ALLOWLIST_FILE = path.join(__dirname, 'allowlists', 'tokens.txt');

export interface OracleOutput {
  path: string;
  stdout: string;
  stderr: string;
  exit: number;
}

export interface FileResult {
  file: string;
  identical: boolean;
  /** First differing line, expected vs actual, when not identical. */
  diff?: { line: number; expected: string; actual: string };
}

export interface ConformanceReport {
  results: FileResult[];
  identical: number;
  total: number;
  /** Differences not in the allowlist. */
  unexpected: FileResult[];
  /** Allowlisted files that now pass (must be removed from the list). */
  fixed: string[];
}

/** Reads the allowlist: one corpus-relative path per line; "#" starts a comment. */
export function readAllowlist(file = ALLOWLIST_FILE): Set<string> {
  return readListFile(file);
}

/** A deterministic sample of `n` files, spread evenly over the (sorted) corpus. */
export function sampleFiles(files: CorpusFile[], n: number | null): CorpusFile[] {
  if (n === null || n >= files.length) return files;
  const out = evenSample(files, n);
  // Always include the files CPython rejects: they exercise the error path.
  for (const f of files) if (f.tokenizeError && !out.includes(f)) out.push(f);
  return out;
}

function cacheFile(c: Corpus): string {
  return path.join(WORKSPACE_ROOT, '.cache', 'oracle', `tokenize-e-${c.version}-${c.stdlib.replace(/[^A-Za-z0-9]+/g, '_')}.jsonl`);
}

/** The oracle's `tokenize -e` output for each file, from the cache or one Python process. */
export async function oracleOutputs(c: Corpus, files: CorpusFile[]): Promise<Map<string, OracleOutput>> {
  const cache = cacheFile(c);
  const known = new Map<string, OracleOutput>();
  if (fs.existsSync(cache)) {
    for (const line of fs.readFileSync(cache, 'utf8').split('\n')) {
      if (!line) continue;
      const o = JSON.parse(line) as OracleOutput;
      known.set(o.path, o);
    }
  }
  const missing = files.map((f) => corpusPath(c, f)).filter((p) => !known.has(p));
  if (missing.length > 0) {
    const oracle = requireOracle();
    const child = spawn(oracle.executable, [path.join(ORACLE_SCRIPTS, 'tokenize_batch.py'), '-e'], {
      env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1', PYTHONNOUSERSITE: '1' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdin.end(missing.join('\n') + '\n');
    let buffered = '';
    const fresh: string[] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        const o = JSON.parse(line) as OracleOutput;
        known.set(o.path, o);
        fresh.push(line);
      }
    });
    const code: number = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
    if (code !== 0) throw new Error(`oracle tokenize_batch.py failed with exit ${code}`);
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    fs.appendFileSync(cache, fresh.map((l) => l + '\n').join(''));
  }
  return known;
}

/** Our output for one file, as `pyglass tokenize -e FILE` prints it. */
export function ourOutput(absPath: string): { stdout: string; stderr: string; exit: number } {
  const bytes = fs.readFileSync(absPath);
  const r = renderFileOutput(tokenize(bytes, { filename: absPath }), absPath, /* exact */ true);
  return { stdout: r.stdout, stderr: r.stderr, exit: r.exitCode };
}

function firstDifference(expected: string, actual: string): { line: number; expected: string; actual: string } {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return { line: i + 1, expected: e[i] ?? '<end>', actual: a[i] ?? '<end>' };
  }
  return { line: 0, expected: '', actual: '' };
}

/** Compares every file of `files` (all of the corpus by default) with the oracle. */
export async function runTokensConformance(options: { sample?: number | null } = {}): Promise<ConformanceReport> {
  const c = corpus();
  const files = sampleFiles(c.files, options.sample ?? null);
  const expected = await oracleOutputs(c, files);
  const allow = readAllowlist();
  const results: FileResult[] = [];
  for (const f of files) {
    const abs = corpusPath(c, f);
    const want = expected.get(abs)!;
    let got: { stdout: string; stderr: string; exit: number };
    try {
      got = ourOutput(abs);
    } catch (e) {
      got = { stdout: '', stderr: `JS exception: ${(e as Error).stack}\n`, exit: -1 };
    }
    const wantText = want.stdout + want.stderr + `exit ${want.exit}\n`;
    const gotText = got.stdout + got.stderr + `exit ${got.exit}\n`;
    if (wantText === gotText) results.push({ file: f.path, identical: true });
    else results.push({ file: f.path, identical: false, diff: firstDifference(wantText, gotText) });
  }
  const identical = results.filter((r) => r.identical).length;
  const unexpected = results.filter((r) => !r.identical && !allow.has(r.file));
  const fixed = results.filter((r) => r.identical && allow.has(r.file)).map((r) => r.file);
  return { results, identical, total: results.length, unexpected, fixed };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sampleAt = args.indexOf('--sample');
  const sample = sampleAt >= 0 ? Number(args[sampleAt + 1]) : null;
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 ? Number(args[showAt + 1]) : 10;
  const report = await runTokensConformance({ sample });
  console.log(`tokens: ${report.identical} identical / ${report.total} files${sample !== null ? ` (sample of ${sample})` : ''}`);
  const differing = report.results.filter((r) => !r.identical);
  for (const r of differing.slice(0, show)) {
    console.log(`  ${r.file}: line ${r.diff!.line}\n    expected: ${JSON.stringify(r.diff!.expected)}\n    actual:   ${JSON.stringify(r.diff!.actual)}`);
  }
  if (report.unexpected.length > 0) console.log(`${report.unexpected.length} file(s) differ and are not in ${path.relative(WORKSPACE_ROOT, ALLOWLIST_FILE)}`);
  if (report.fixed.length > 0) console.log(`now identical, remove from the allowlist:\n  ${report.fixed.join('\n  ')}`);
  process.exitCode = report.unexpected.length > 0 || report.fixed.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 2;
  });
}
