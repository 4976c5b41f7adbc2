/**
 * Deterministic slices of the CPython standard-library corpus for stage benchmarks: `size` files
 * spread evenly over the corpus sorted by path, so a `--quick` run sees a small but
 * representative mix (tests, packages, big and small modules) and every run — ours, CPython's,
 * another commit's, another machine's — sees exactly the same files.
 */
import { corpus, corpusPath } from '../oracle/index';

/** Absolute paths of `size` corpus files that pass `keep`, evenly spaced by path order. */
export function corpusSlice(size: number, keep: (file: { tokenizeError: string | null; compileError: string | null }) => boolean): string[] {
  const c = corpus();
  const files = c.files.filter(keep).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const n = Math.min(Math.max(1, Math.floor(size)), files.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(corpusPath(c, files[Math.floor((i * files.length) / n)]!));
  return out;
}

/** Files CPython's `tokenize` accepts. */
export const TOKENIZABLE = (f: { tokenizeError: string | null }): boolean => f.tokenizeError === null;
