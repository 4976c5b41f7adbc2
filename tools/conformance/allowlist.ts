/**
 * What every conformance runner shares: reading its allowlist (one entry per line, `#` starts a
 * comment, blank lines ignored — the list of known differences that may only shrink) and taking a
 * deterministic sample of the corpus for `--sample N` runs.
 */
import * as fs from 'node:fs';

/** The entries of an allowlist file; empty when the file does not exist. */
export function readAllowlist(file: string): Set<string> {
  if (!fs.existsSync(file)) return new Set();
  const list = new Set<string>();
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line) list.add(line);
  }
  return list;
}

/** `n` items spread evenly over `items` (all of them when `n` is null or not smaller). */
export function evenSample<T>(items: readonly T[], n: number | null): T[] {
  if (n === null || n >= items.length) return items.slice();
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]!);
}
