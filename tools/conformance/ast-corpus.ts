/**
 * The AST conformance corpus as the oracle sees it: for every file of `corpus()`, its 3.12
 * `tokenize` stream, its source lines, and the sha1 of `ast.dump(ast.parse(src),
 * include_attributes=True)` or the SyntaxError CPython raises. Produced by one oracle process
 * (py/ast_batch.py) and cached as JSON lines under .cache/conformance/, then streamed, so the
 * ~1,700 files never sit in memory at once. Shared by the conformance runner and the benchmark.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { Token } from '@pyglass/interfaces';
import { PySyntaxError, type SyntaxErrorType } from '@pyglass/ast';
import { WORKSPACE_ROOT, corpus, corpusPath, requireOracle } from '../oracle';

export interface OracleError {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

export interface CorpusRecord {
  path: string;
  /** [type, string, srow, scol, erow, ecol] */
  tokens: [number, string, number, number, number, number][];
  lines: string[];
  /** What `tokenize` raised: a SyntaxError record, or type "TokenError" for an unexpected EOF. */
  tokenError: (OracleError & { text?: string | null }) | null;
  sha1?: string;
  error?: OracleError;
}

const CACHE_DIR = path.join(WORKSPACE_ROOT, '.cache', 'conformance');

/** Path of the cached batch for the current oracle, producing it first when missing. */
export function corpusBatchFile(): string {
  const oracle = requireOracle();
  const c = corpus();
  const file = path.join(CACHE_DIR, `ast-v2-${oracle.version}-${c.files.length}.jsonl`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const list = c.files.map((f) => corpusPath(c, f)).join('\n');
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  process.stderr.write(`ast conformance: asking the oracle for ${c.files.length} files (once; cached in ${path.relative(WORKSPACE_ROOT, file)})\n`);
  const r = spawnSync(oracle.executable, [path.join(__dirname, 'py', 'ast_batch.py')], {
    input: list,
    stdio: ['pipe', fd, 'inherit'],
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
  });
  fs.closeSync(fd);
  if (r.status !== 0) throw new Error(`ast_batch.py failed with status ${r.status}`);
  fs.renameSync(tmp, file);
  return file;
}

/** Streams the corpus records, optionally only those whose index passes `keep`. */
export async function* corpusRecords(keep: (index: number) => boolean = () => true): AsyncGenerator<CorpusRecord> {
  const file = corpusBatchFile();
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let i = 0;
  for await (const line of rl) {
    if (line.length === 0) continue;
    if (keep(i++)) yield JSON.parse(line) as CorpusRecord;
  }
}

/** Rebuilds `tokenize.TokenInfo` records (with their `line`) from a compact record. */
export function recordTokens(rec: CorpusRecord): Token[] {
  const lines = rec.lines;
  const out: Token[] = new Array(rec.tokens.length);
  for (let i = 0; i < rec.tokens.length; i++) {
    const [type, string, sr, sc, er, ec] = rec.tokens[i];
    let line = '';
    if (sr >= 1 && sr <= lines.length) line = sr === er ? lines[sr - 1] : lines.slice(sr - 1, er).join('');
    out[i] = { type, string, start: [sr, sc], end: [er, ec], line };
  }
  return out;
}

/** The tokenizer's SyntaxError for a record, as the parser's `tokenError` option takes it. */
export function recordTokenError(rec: CorpusRecord): PySyntaxError | null {
  const e = rec.tokenError;
  if (!e || e.type === 'TokenError') return null;
  return new PySyntaxError(e.type as SyntaxErrorType, e.msg, e.lineno ?? 0, e.offset ?? 0, e.end_lineno ?? e.lineno ?? 0, e.end_offset ?? e.offset ?? 0, e.text ?? null);
}

/** The source text of a record (its lines joined). */
export function recordSource(rec: CorpusRecord): string {
  return rec.lines.join('');
}

/**
 * Records for `n` corpus files spread evenly over the corpus, computed by the oracle now (not
 * cached): for quick checks such as the Jest sample, which must not need the full batch.
 */
export function sampleRecords(n: number): CorpusRecord[] {
  const oracle = requireOracle();
  const c = corpus();
  const step = Math.max(1, Math.floor(c.files.length / n));
  const list = c.files.filter((_, i) => i % step === 0).slice(0, n).map((f) => corpusPath(c, f));
  const r = spawnSync(oracle.executable, [path.join(__dirname, 'py', 'ast_batch.py')], {
    input: list.join('\n'),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
  });
  if (r.status !== 0) throw new Error(`ast_batch.py failed: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as CorpusRecord);
}
