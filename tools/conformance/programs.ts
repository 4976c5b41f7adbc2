/**
 * The program conformance suite of @pyglass/vm-core: every folder under tools/conformance/programs/
 * holds one Python program (`input.py`) beside what CPython 3.12 prints when it runs it under
 * PYTHONHASHSEED=0 (`stdout`, `stderr`, `exit_code`). The program is compiled by the oracle into a
 * CodeObject (tools/oracle's `oracleCode`; the design's mixed pipeline: CPython's code objects run
 * on our VM until our own compiler lands) and run by `runCode` with the leak check on; stdout,
 * stderr and exit code must be identical, and `leak check: N clean / M` is printed. Absolute
 * paths in tracebacks are stored as `<DIR>` so the fixtures do not depend on the checkout.
 *
 * usage:
 *   tsx --conditions=@pyglass/source tools/conformance/programs.ts [--show N] [NAME…]
 *       runs the suite and prints `N passed / M`
 *   tsx --conditions=@pyglass/source tools/conformance/programs.ts --regenerate [NAME…]
 *       rewrites the expected files from the oracle (refused when CI=true)
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeObject } from '@pyglass/interfaces';
import { runCode } from '@pyglass/vm-core';
import { pyglassToolchain } from '@pyglass/cli';
import { stdlibModules } from '@pyglass/stdlib';
import { ORACLE_SCRIPTS, oracleCode, requireOracle, runOracle, WORKSPACE_ROOT } from '../oracle/index';

export const PROGRAMS_DIR = path.join(__dirname, 'programs');
const CODE_CACHE = path.join(WORKSPACE_ROOT, '.cache', 'oracle', 'code');
const DIR_PLACEHOLDER = '<DIR>';

/** The CodeObject CPython 3.12 compiles `file` to (tools/oracle's `oracleCode`, cached by path and content). */
export function oracleCodeOf(file: string): CodeObject {
  const oracle = requireOracle();
  const source = fs.readFileSync(file);
  const script = fs.readFileSync(path.join(ORACLE_SCRIPTS, 'code_json.py'));
  const key = createHash('sha256').update(oracle.version).update('\0').update(file).update('\0').update(source).update(script).digest('hex').slice(0, 32);
  const cached = path.join(CODE_CACHE, `${key}.json`);
  if (fs.existsSync(cached)) return JSON.parse(fs.readFileSync(cached, 'utf8')) as CodeObject;
  const r = oracleCode(file);
  if (r.ok === undefined) throw new Error(`oracle could not compile ${file}: ${JSON.stringify(r.error)}`);
  fs.mkdirSync(CODE_CACHE, { recursive: true });
  fs.writeFileSync(cached, JSON.stringify(r.ok));
  return r.ok;
}

export interface Expected {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface ProgramResult {
  name: string;
  passed: boolean;
  expected: Expected;
  actual: Expected;
  /** Mortal objects still alive after the run once `__main__`'s dict is cleared (runCode's checkLeaks). */
  leakedObjects: number;
}

/**
 * Programs known to leak objects under exact refcounting, with the reason; the list may only
 * shrink (a listed program that stops leaking fails the leak test until it is removed).
 */
export const KNOWN_LEAKS_FILE = path.join(__dirname, 'programs-leaks.allow');

export function knownLeaks(): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of fs.readFileSync(KNOWN_LEAKS_FILE, 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const sp = t.indexOf(' ');
    m.set(sp < 0 ? t : t.slice(0, sp), sp < 0 ? '' : t.slice(sp + 1).trim());
  }
  return m;
}

/** Program names (folder names), sorted. */
export function listPrograms(): string[] {
  return fs
    .readdirSync(PROGRAMS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(PROGRAMS_DIR, d.name, 'input.py')))
    .map((d) => d.name)
    .sort();
}

function inputOf(name: string): string {
  return path.join(PROGRAMS_DIR, name, 'input.py');
}

function placeholder(text: string, dir: string): string {
  return text.split(dir + path.sep).join(DIR_PLACEHOLDER + '/');
}

export function readExpected(name: string): Expected {
  const dir = path.join(PROGRAMS_DIR, name);
  return {
    stdout: fs.readFileSync(path.join(dir, 'stdout'), 'utf8'),
    stderr: fs.readFileSync(path.join(dir, 'stderr'), 'utf8'),
    exitCode: Number(fs.readFileSync(path.join(dir, 'exit_code'), 'utf8').trim()),
  };
}

/** Rewrites one program's expected files from the oracle. */
export function regenerate(name: string): void {
  if (process.env.CI === 'true') throw new Error('refusing to regenerate expected outputs when CI=true');
  const dir = path.join(PROGRAMS_DIR, name);
  const r = runOracle([inputOf(name)], { cwd: dir, timeoutMs: 60_000 });
  fs.writeFileSync(path.join(dir, 'stdout'), placeholder(r.stdout, dir));
  fs.writeFileSync(path.join(dir, 'stderr'), placeholder(r.stderr, dir));
  fs.writeFileSync(path.join(dir, 'exit_code'), `${r.exitCode}\n`);
}

/** Runs one program through the oracle's code object and our VM. */
export function runProgram(name: string): ProgramResult {
  const dir = path.join(PROGRAMS_DIR, name);
  const file = inputOf(name);
  const expected = readExpected(name);
  const code = oracleCodeOf(file);
  let stdout = '';
  let stderr = '';
  const { exitCode, leakedObjects } = runCode(code, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    argv: [file],
    hashSeed: 0,
    checkLeaks: true,
    modules: stdlibModules,
    // Modules the program imports from its folder (sys.path[0]) compile through our own stages.
    toolchain: pyglassToolchain,
    dontWriteBytecode: true,
  });
  const actual = { stdout: placeholder(stdout, dir), stderr: placeholder(stderr, dir), exitCode };
  const passed = actual.stdout === expected.stdout && actual.stderr === expected.stderr && actual.exitCode === expected.exitCode;
  return { name, passed, expected, actual, leakedObjects: leakedObjects ?? -1 };
}

function firstDifference(a: string, b: string): string {
  const al = a.split('\n');
  const bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return `line ${i + 1}: expected ${JSON.stringify(al[i] ?? '<end>')}, got ${JSON.stringify(bl[i] ?? '<end>')}`;
  }
  return 'identical';
}

/** One line saying how a failed program differs. */
export function describeFailure(r: ProgramResult): string {
  const parts: string[] = [];
  if (r.expected.stdout !== r.actual.stdout) parts.push(`stdout ${firstDifference(r.expected.stdout, r.actual.stdout)}`);
  if (r.expected.stderr !== r.actual.stderr) parts.push(`stderr ${firstDifference(r.expected.stderr, r.actual.stderr)}`);
  if (r.expected.exitCode !== r.actual.exitCode) parts.push(`exit code expected ${r.expected.exitCode}, got ${r.actual.exitCode}`);
  return `${r.name}: ${parts.join('; ')}`;
}

function main(argv: string[]): void {
  let show = 20;
  const names: string[] = [];
  let regen = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--regenerate') regen = true;
    else if (argv[i] === '--show') show = Number(argv[++i]);
    else names.push(argv[i]);
  }
  const selected = names.length ? names : listPrograms();
  if (regen) {
    for (const name of selected) {
      regenerate(name);
      process.stdout.write(`regenerated ${name}\n`);
    }
    return;
  }
  let passed = 0;
  let clean = 0;
  let allowlisted = 0;
  const leaking: string[] = [];
  const allowed = knownLeaks();
  const failures: ProgramResult[] = [];
  for (const name of selected) {
    let r: ProgramResult;
    try {
      r = runProgram(name);
    } catch (e) {
      const expected = readExpected(name);
      r = { name, passed: false, expected, actual: { stdout: '', stderr: `host error: ${(e as Error).stack}`, exitCode: -1 }, leakedObjects: -1 };
    }
    if (r.passed) passed++;
    else failures.push(r);
    if (r.leakedObjects === 0) clean++;
    else if (allowed.has(name)) allowlisted++;
    else leaking.push(`${name}: ${r.leakedObjects} objects leaked`);
  }
  for (const f of failures.slice(0, show)) process.stdout.write(describeFailure(f) + '\n');
  for (const l of leaking) process.stdout.write(l + '\n');
  process.stdout.write(`${passed} passed / ${selected.length}\n`);
  process.stdout.write(`leak check: ${clean} clean / ${selected.length} (${allowlisted} allowlisted leaking, ${leaking.length} new)\n`);
  if (failures.length) process.exitCode = 1;
}

if (require.main === module) main(process.argv.slice(2));
