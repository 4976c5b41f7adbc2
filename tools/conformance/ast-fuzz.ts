/**
 * Fuzzing @pyglass/ast: inputs mutated from real Python files (the fixtures and a spread of the
 * oracle's corpus) and random ones, at two levels — source text (through @pyglass/tokens, so every
 * stream is one the tokenizer really produces) and token streams (tokens deleted, duplicated,
 * swapped: streams no tokenizer produces, which the parser must still survive). Every input must
 * parse or raise PySyntaxError, in each mode, within a time bound; anything else (a JS exception,
 * a hang) is a failure, printed with the input. Deterministic for a given --seed.
 *
 * usage: tsx --conditions=@pyglass/source tools/conformance/ast-fuzz.ts [--count N] [--seed S]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPySyntaxError, parse, tokenErrorForParser, type ParseMode } from '@pyglass/ast';
import type { Token } from '@pyglass/interfaces';
import { tokenize } from '@pyglass/tokens';
import { corpus, corpusPath, findOracle } from '../oracle';
import { rng } from '../lib/rng';
export { rng };


const PIECES = ['(', ')', '[', ']', '{', '}', ':', ';', ',', '.', '=', '==', ':=', '+', '-', '*', '**', '/', '//', '@', '|',
  '&', '^', '~', '<', '>', '!', '->', '...', '\\', '\n', '\n    ', '\t', ' ', '#', "'", '"', '"""', "f'", 'f"{', '}', 'rb', 'u',
  '0', '1.5', '0x1f', '1j', '0777', '_', 'x', 'y', 'if ', ' else ', 'elif ', 'for ', ' in ', 'while ', 'def ', 'class ',
  'lambda ', 'yield ', 'await ', 'async ', 'return ', 'import ', 'from ', ' as ', 'with ', 'try:', 'except ', 'finally:',
  'match ', 'case ', 'type ', 'not ', ' and ', ' or ', ' is ', 'del ', 'global ', 'nonlocal ', 'pass', 'raise ', 'assert ',
  'é', '日', '\u00a0', '€', '\ud800', '\0', '\r', '\f'];
const MODES: ParseMode[] = ['exec', 'eval', 'single', 'func_type'];

export function mutateText(text: string, rand: () => number): string {
  let s = text;
  const n = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rand() * (s.length + 1));
    const len = Math.floor(rand() * 12);
    switch (Math.floor(rand() * 4)) {
      case 0: s = s.slice(0, at) + s.slice(at + len); break;
      case 1: s = s.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + s.slice(at); break;
      case 2: s = s.slice(0, at) + s.slice(at, at + len) + s.slice(at); break;
      default: {
        const b = Math.floor(rand() * (s.length + 1));
        s = s.slice(0, at) + s.slice(b, b + len) + s.slice(at);
      }
    }
  }
  return s;
}

export function randomText(rand: () => number): string {
  let s = '';
  const n = 1 + Math.floor(rand() * 40);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

export function mutateTokens(tokens: Token[], rand: () => number): Token[] {
  const t = tokens.slice();
  const n = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < n && t.length > 0; i++) {
    const at = Math.floor(rand() * t.length);
    switch (Math.floor(rand() * 3)) {
      case 0: t.splice(at, 1 + Math.floor(rand() * 3)); break;
      case 1: t.splice(at, 0, t[Math.floor(rand() * t.length)]); break;
      default: { const b = Math.floor(rand() * t.length); const x = t[at]; t[at] = t[b]; t[b] = x; }
    }
  }
  return t;
}

export interface FuzzFailure { kind: string; input: string; error: string }

/** Parses one stream in one mode; returns a failure description or null. */
export function fuzzOne(tokens: Token[], mode: ParseMode, tokenError: ReturnType<typeof tokenErrorForParser>, input: string, limitMs = 2000): FuzzFailure | null {
  const t0 = Date.now();
  try {
    parse(tokens, { mode, tokenError, typeComments: mode === 'exec' });
  } catch (e) {
    if (!isPySyntaxError(e)) return { kind: `crash (${mode})`, input, error: (e as Error).stack ?? String(e) };
  }
  const ms = Date.now() - t0;
  return ms > limitMs ? { kind: `slow (${mode}, ${ms} ms)`, input, error: '' } : null;
}

export function seedTexts(maxCorpusFiles: number): string[] {
  const texts: string[] = [];
  const fixtures = path.join(__dirname, '..', '..', 'packages', 'ast', 'test', 'fixtures');
  for (const area of fs.readdirSync(fixtures)) {
    for (const name of fs.readdirSync(path.join(fixtures, area))) {
      const f = path.join(fixtures, area, name, 'input.py');
      if (fs.existsSync(f)) texts.push(fs.readFileSync(f, 'utf8'));
    }
  }
  if (maxCorpusFiles > 0 && findOracle()) {
    const c = corpus();
    const step = Math.max(1, Math.floor(c.files.length / maxCorpusFiles));
    for (let i = 0; i < c.files.length && texts.length < maxCorpusFiles + 30; i += step) {
      const f = c.files[i];
      if (f.size > 20000) continue; // keep the inputs small so many fit in the run
      texts.push(fs.readFileSync(corpusPath(c, f), 'utf8'));
    }
  }
  return texts;
}

export function runFuzz(count: number, seed: number, seeds: string[], log: (s: string) => void = () => undefined): { inputs: number; failures: FuzzFailure[] } {
  const rand = rng(seed);
  const failures: FuzzFailure[] = [];
  let inputs = 0;
  for (let i = 0; i < count; i++) {
    const kind = rand();
    let text: string;
    if (kind < 0.15) text = randomText(rand);
    else text = mutateText(seeds[Math.floor(rand() * seeds.length)], rand);
    const r = tokenize(text);
    const tokenError = tokenErrorForParser(r.error, text);
    const mode = rand() < 0.7 ? 'exec' : MODES[Math.floor(rand() * MODES.length)];
    const f = kind > 0.85 ? fuzzOne(mutateTokens(r.tokens, rand), mode, tokenError, JSON.stringify(text) + ' (tokens mutated)') : fuzzOne(r.tokens, mode, tokenError, JSON.stringify(text));
    inputs++;
    if (f) { failures.push(f); log(`${f.kind}: ${f.input.slice(0, 300)}\n  ${f.error.split('\n').slice(0, 4).join('\n  ')}`); }
    if ((i + 1) % 20000 === 0) log(`  ${i + 1} inputs, ${failures.length} failures`);
  }
  return { inputs, failures };
}

if (require.main === module) {
  const arg = (n: string, d: number): number => { const i = process.argv.indexOf(n); return i >= 0 ? Number(process.argv[i + 1]) : d; };
  const count = arg('--count', 100000);
  const seed = arg('--seed', 1);
  const seeds = seedTexts(200);
  const t0 = Date.now();
  const r = runFuzz(count, seed, seeds, (s) => console.log(s));
  console.log(`ast fuzz: ${r.inputs} inputs (seed ${seed}, ${seeds.length} seed files), ${r.failures.length} failures, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(r.failures.length ? 1 : 0);
}
