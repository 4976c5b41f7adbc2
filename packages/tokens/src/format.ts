/**
 * The text `python3.12 -m tokenize [-e]` prints: one `"%-20s%-15s%-15r"` line per token (range,
 * type name — the exact operator type with -e — and the repr of the string), and the error line
 * `FILE:LINE:COL: error: MESSAGE` (or `FILE: error: MESSAGE` for errors without a position).
 */
import { EXACT_TOKEN_TYPES, TOKEN_NAMES, type Token } from '@pyglass/interfaces';
import type { TokenizeError } from './errors';
import type { TokenizeWarning } from './scanner';
import { pyRepr } from './repr';

/** TokenType.OP; a local constant because an imported const enum is ambient in the build. */
const OP = 55;

/** Length in code points, as Python's `%-Ns` counts. */
function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xdc00 && u <= 0xdfff && i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

function padRight(s: string, width: number): string {
  const n = cpLength(s);
  return n >= width ? s : s + ' '.repeat(width - n);
}

/** One token as `python -m tokenize` prints it (without the newline). */
export function formatToken(token: Token, exact: boolean): string {
  let type = token.type;
  if (exact && type === OP) {
    const e = EXACT_TOKEN_TYPES[token.string];
    if (e !== undefined) type = e;
  }
  const range = `${token.start[0]},${token.start[1]}-${token.end[0]},${token.end[1]}:`;
  return padRight(range, 20) + padRight(TOKEN_NAMES[type] ?? String(type), 15) + padRight(pyRepr(token.string), 15);
}

/** All tokens, one line each, each ending in "\n". */
export function formatTokens(tokens: readonly Token[], exact: boolean): string {
  let out = '';
  for (const t of tokens) out += formatToken(t, exact) + '\n';
  return out;
}

/** The line `python -m tokenize` writes to stderr for an error (without the newline). */
export function formatError(error: TokenizeError, filename: string): string {
  if (error.line === null || error.column === null) return `${filename}: error: ${error.message}`;
  return `${filename}:${error.line}:${error.column}: error: ${error.message}`;
}

/** What `python -m tokenize` writes and returns for one input. */
export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** `<string>:LINE: SyntaxWarning: MESSAGE` lines, once per (message, line), as warnings shows them. */
export function formatWarnings(warnings: readonly TokenizeWarning[]): string {
  let out = '';
  const seen = new Set<string>();
  for (const w of warnings) {
    const key = `${w.line}\0${w.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out += `<string>:${w.line}: ${w.category}: ${w.message}\n`;
  }
  return out;
}

/**
 * `python -m tokenize [-e] FILE` over an already tokenized file: the whole token list is built
 * before anything is printed, so a file that fails prints only its error line.
 */
export function renderFileOutput(result: { tokens: readonly Token[]; error: TokenizeError | null; warnings: readonly TokenizeWarning[] }, filename: string, exact: boolean): CommandOutput {
  const stderr = formatWarnings(result.warnings);
  if (result.error !== null) return { stdout: '', stderr: stderr + formatError(result.error, filename) + '\n', exitCode: 1 };
  return { stdout: formatTokens(result.tokens, exact), stderr, exitCode: 0 };
}

/**
 * `python -m tokenize [-e]` reading standard input: tokens are printed as they come, so those
 * before an error are printed, then the error line with the name `<stdin>`.
 */
export function renderStreamOutput(result: { tokens: readonly Token[]; error: TokenizeError | null; warnings: readonly TokenizeWarning[] }, exact: boolean): CommandOutput {
  const stderr = formatWarnings(result.warnings);
  const stdout = formatTokens(result.tokens, exact);
  if (result.error !== null) return { stdout, stderr: stderr + formatError(result.error, '<stdin>') + '\n', exitCode: 1 };
  return { stdout, stderr, exitCode: 0 };
}
