/**
 * The oracle: a real CPython 3.12 that produces every expected output pyglass is checked against.
 *
 * Found through `PYGLASS_ORACLE`, then `python3.12` on PATH, then pyenv's versions folder
 * (`$(pyenv root)/versions/3.12.*`, newest patch first). Suites that need it call
 * `describeWithOracle`, which skips them with a printed reason when no oracle exists — a missing
 * oracle never counts as a pass.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Token } from '@pyglass/interfaces';

export interface Oracle {
  /** Absolute path of the python3.12 executable. */
  executable: string;
  /** `sys.version` up to the first space, e.g. "3.12.1". */
  version: string;
}

export const WORKSPACE_ROOT = path.resolve(__dirname, '..', '..');
export const ORACLE_SCRIPTS = path.join(__dirname, 'py');
const CACHE_DIR = path.join(WORKSPACE_ROOT, '.cache', 'oracle');

function versionOf(executable: string): string | null {
  const r = spawnSync(executable, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const version = r.stdout.trim();
  return version.startsWith('3.12.') ? version : null;
}

function pyenvRoot(): string | null {
  if (process.env.PYENV_ROOT) return process.env.PYENV_ROOT;
  const r = spawnSync('pyenv', ['root'], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  const fallback = path.join(os.homedir(), '.pyenv');
  return fs.existsSync(fallback) ? fallback : null;
}

function candidates(): string[] {
  const list: string[] = [];
  if (process.env.PYGLASS_ORACLE) list.push(process.env.PYGLASS_ORACLE);
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir) list.push(path.join(dir, 'python3.12'));
  }
  const root = pyenvRoot();
  if (root) {
    const versions = path.join(root, 'versions');
    if (fs.existsSync(versions)) {
      const patch = (v: string) => Number(v.split('.')[2] ?? 0);
      for (const v of fs.readdirSync(versions).filter((v) => /^3\.12\.\d+$/.test(v)).sort((a, b) => patch(b) - patch(a))) {
        list.push(path.join(versions, v, 'bin', 'python3.12'));
      }
    }
  }
  return list;
}

let cached: Oracle | null | undefined;

/** The oracle, or null when no CPython 3.12 can be found. */
export function findOracle(): Oracle | null {
  if (cached !== undefined) return cached;
  cached = null;
  for (const candidate of candidates()) {
    if (!fs.existsSync(candidate)) continue;
    const version = versionOf(candidate);
    if (version) {
      cached = { executable: fs.realpathSync(candidate), version };
      break;
    }
  }
  if (process.env.PYGLASS_ORACLE && cached?.executable !== fs.realpathSync(process.env.PYGLASS_ORACLE)) {
    // An explicit choice that does not work is an error, not a reason to pick another Python.
    throw new Error(`PYGLASS_ORACLE=${process.env.PYGLASS_ORACLE} is not a working CPython 3.12`);
  }
  return cached;
}

export const ORACLE_MISSING =
  'no CPython 3.12 oracle found (set PYGLASS_ORACLE, put python3.12 on PATH, or install 3.12 with pyenv)';

/** The oracle, or a thrown error that says how to provide one. */
export function requireOracle(): Oracle {
  const oracle = findOracle();
  if (!oracle) throw new Error(ORACLE_MISSING);
  return oracle;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs the oracle with `args` under `PYTHONHASHSEED=0` (so set and dict order are reproducible),
 * UTF-8 I/O and no user site or bytecode writing.
 */
export function runOracle(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): RunResult {
  const oracle = requireOracle();
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: options.timeoutMs ?? 120_000,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1', PYTHONNOUSERSITE: '1', ...options.env },
  };
  const r = spawnSync(oracle.executable, args, spawnOptions);
  if (r.error) throw r.error;
  return { stdout: String(r.stdout), stderr: String(r.stderr), exitCode: r.status ?? 128 + (r.signal ? os.constants.signals[r.signal] : 0) };
}

function runScript(script: string, args: string[]): unknown {
  const r = runOracle([path.join(ORACLE_SCRIPTS, script), ...args]);
  if (r.exitCode !== 0) throw new Error(`oracle script ${script} failed (exit ${r.exitCode}):\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

export interface OracleSyntaxError {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno?: number | null;
  end_offset?: number | null;
  text?: string | null;
}

/** The 3.12 `tokenize` stream of a file (ENCODING first), and the error that ended it, if any. */
export function oracleTokens(file: string): { tokens: Token[]; error: OracleSyntaxError | null } {
  return runScript('tokens_json.py', [file]) as { tokens: Token[]; error: OracleSyntaxError | null };
}

export interface AstOptions {
  mode?: 'exec' | 'eval' | 'single' | 'func_type';
  typeComments?: boolean;
  featureVersion?: number;
}

/** `ast.parse` of a file as pyglass's AST JSON (`_type` + fields + positions), or its error. */
export function oracleAst(file: string, options: AstOptions = {}): { ok?: unknown; error?: OracleSyntaxError } {
  const args = [file];
  if (options.mode) args.push('--mode', options.mode);
  if (options.typeComments) args.push('--type-comments');
  if (options.featureVersion !== undefined) args.push('--feature-version', String(options.featureVersion));
  return runScript('ast_json.py', args) as { ok?: unknown; error?: OracleSyntaxError };
}

/** Runs a program file under the oracle: its stdout, stderr and exit code. */
export function oracleRunFile(file: string, argv: string[] = [], options: { input?: string; cwd?: string } = {}): RunResult {
  return runOracle([file, ...argv], options);
}

export interface CorpusFile {
  /** Path relative to `stdlib`. */
  path: string;
  size: number;
  /** What CPython's `tokenize` raises on this file ("Type: message (line N)"), or null. */
  tokenizeError: string | null;
  /** What CPython's `compile()` raises on this file, or null. */
  compileError: string | null;
}

export interface Corpus {
  stdlib: string;
  version: string;
  files: CorpusFile[];
}

/**
 * The conformance corpus: every .py file of the oracle's standard library including Lib/test,
 * with the files CPython itself rejects marked. Computed once per oracle and cached in .cache/.
 */
export function corpus(): Corpus {
  const oracle = requireOracle();
  const cacheFile = path.join(CACHE_DIR, `corpus-${oracle.version}-${oracle.executable.replace(/[^A-Za-z0-9]+/g, '_')}.json`);
  if (fs.existsSync(cacheFile)) return JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as Corpus;
  const result = runScript('corpus.py', []) as Corpus;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify(result));
  return result;
}

/** Absolute path of a corpus file. */
export function corpusPath(c: Corpus, file: CorpusFile): string {
  return path.join(c.stdlib, file.path);
}

/**
 * `describe` for suites that need the oracle: without one, the suite is skipped and says why
 * (Jest counts it as skipped, never as passed).
 */
export function describeWithOracle(name: string, body: (oracle: Oracle) => void): void {
  const oracle = findOracle();
  if (oracle) {
    describe(name, () => body(oracle));
  } else {
    // eslint-disable-next-line no-console
    console.warn(`${name}: skipped, ${ORACLE_MISSING}`);
    describe.skip(`${name} (skipped: ${ORACLE_MISSING})`, () => {
      it('needs the oracle', () => undefined);
    });
  }
}

export interface OracleCodeResult {
  /** Every code object of the file, nested ones as `{"$code": …}` constants. */
  ok?: import('@pyglass/interfaces').CodeObject;
  /** What `compile()` raised instead. */
  error?: OracleSyntaxError;
  /** `marshal.dumps` of the code object, base64 (only when asked for). */
  marshal?: string;
  /** What `dis.dis(code)` prints, i.e. `python3.12 -m dis FILE` (only when asked for). */
  dis?: string;
}

/**
 * The oracle's code objects for a file: `compile(source, filename, "exec")` as `python -m dis`
 * compiles it (or the code object of a `.pyc`), in the CodeObject JSON form, with
 * `co_localsplusnames`/`co_localspluskinds` read from the marshal bytes (tools/oracle/py/code_json.py).
 */
export function oracleCode(file: string, options: { filename?: string; marshal?: boolean } = {}): OracleCodeResult {
  const args = [file];
  if (options.filename !== undefined) args.push('--filename', options.filename);
  if (options.marshal) args.push('--marshal');
  return runScript('code_json.py', args) as OracleCodeResult;
}

/** `oracleCode` for many files in one oracle process (one result per file, in order). */
export function oracleCodeBatch(files: string[], options: { marshal?: boolean; dis?: boolean; cwd?: string } = {}): OracleCodeResult[] {
  const args = [path.join(ORACLE_SCRIPTS, 'code_json.py'), '--batch'];
  if (options.marshal) args.push('--marshal');
  if (options.dis) args.push('--dis');
  const r = runOracle(args, { input: files.join('\n') + '\n', cwd: options.cwd, timeoutMs: 600_000 });
  if (r.exitCode !== 0) throw new Error(`oracle script code_json.py failed (exit ${r.exitCode}):\n${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as OracleCodeResult);
}
