/**
 * Deterministic fuzz inputs for the tokenizer: random bytes biased towards what the tokenizer
 * branches on (quotes, prefixes, brackets, backslashes, newlines of every kind, tabs, form feeds,
 * NUL, invalid and multi-byte UTF-8, BOMs), sequences of Python-ish fragments, and mutations
 * (cut, duplicate, splice, flip) of real source. Shared by the fuzz command and the Jest sample.
 */
import { rng } from '../../../tools/lib/rng';
export { rng };


const enc = new TextEncoder();

const BYTE_ALPHABET: number[] = [
  ...enc.encode(' \t\n\n\n\r\x0c\\#\'"{}()[]:!=.,;+-*/%@<>|&^~`$?_0123456789abefjorxuBFRUNXOJ'),
  0x00, 0x01, 0x7f, 0x80, 0xbf, 0xc3, 0xe2, 0xef, 0xf0, 0xff,
];

const FRAGMENTS: string[] = [
  'x', 'abc', 'if', 'def', 'f', 'rb', 'Rb', 'BR', 'u', 'fr', 'rf', 'F', 'b', 'é', '€', '𝒳', '\u00a0', '\u200b',
  '0', '1', '1_000', '0x', '0xff', '0o7', '0o8', '0b2', '0b', '1e', '1e+', '1e5', '1.5j', '.5', '1.', '0_', '00', '09', '1__0', '5j', '1if',
  '"', "'", '"""', "'''", 'f"', "f'", 'f"""', "rf'", 'b"', 'u"', 'r"',
  '{', '}', '{{', '}}', '(', ')', '[', ']', ':', '!r', '!', '=', '==', ':=', '->', '**=', '...', '..', '<>', '//=', '>>=', '.',
  ' ', '  ', '    ', '\t', '\x0c', '\n', '\n', '\r\n', '\r', '\\\n', '\\', '\\\r\n', '# c\n', '#', '\\N{DASH}', '\\{', '\\x',
  '\0', '\x01', '\x7f', '\ufeff',
];

const SNIPPETS: string[] = [
  'def f(a, b=1, *c, **d):\n    return a\n',
  'class C:\n\tpass\n',
  'x = f"{a!r:>{w}.{p}} {b=} {{c}} {d:%Y-%m}"\n',
  "y = f'''\n{x\n+1}\n'''\n",
  's = rb"\\x00" + Br\'\\\\\' + u"é"\n',
  'if x:\n    if y:\n        z\n    w\nv\n',
  'n = 0x_ff + 0o17 + 0b1_0 + 1_0.5e-1_0j + .5 + 5. + 1e5\n',
  'a = [\n  1,\n  2,\n]\n',
  'b = 1 + \\\n    2\n',
  '"""doc\nstring"""\n',
  'f"{f"{f"{1}"}"}"\n',
  'lambda: (yield)\n',
  'async def g():\n    await h()\n',
  'x = f"{x:{y:{z}}}"\n',
  'print(f"{\'\\n\'.join(a)}")\n',
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

export function randomBytes(r: () => number): Uint8Array {
  const n = Math.floor(r() * r() * 160);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = r() < 0.05 ? Math.floor(r() * 256) : pick(r, BYTE_ALPHABET);
  return out;
}

export function randomFragments(r: () => number): Uint8Array {
  const n = 1 + Math.floor(r() * 30);
  let s = r() < 0.05 ? '\ufeff' : '';
  for (let i = 0; i < n; i++) s += r() < 0.15 ? pick(r, SNIPPETS) : pick(r, FRAGMENTS);
  if (r() < 0.1) s = '# -*- coding: ' + pick(r, ['latin-1', 'utf-8', 'ascii', 'cp1252', 'koi8-r', 'uft-8', 'utf8', 'iso-8859-15', 'euc-jp-x']) + ' -*-\n' + s;
  return enc.encode(s);
}

/** Applies 1–4 random edits to `source` (cut, duplicate, insert a fragment, overwrite a byte). */
export function mutate(r: () => number, source: Uint8Array): Uint8Array {
  let bytes = source;
  const edits = 1 + Math.floor(r() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (bytes.length + 1));
    const len = Math.floor(r() * r() * 40);
    const kind = r();
    if (kind < 0.25) {
      bytes = concat(bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + len)));
    } else if (kind < 0.45) {
      bytes = concat(bytes.subarray(0, at), bytes.subarray(at, at + len), bytes.subarray(at));
    } else if (kind < 0.85) {
      bytes = concat(bytes.subarray(0, at), enc.encode(pick(r, FRAGMENTS)), bytes.subarray(at));
    } else if (bytes.length > 0) {
      bytes = bytes.slice();
      bytes[Math.min(at, bytes.length - 1)] = pick(r, BYTE_ALPHABET);
    }
  }
  return bytes;
}

/** A window of 1–30 lines of `source`, so mutations stay small and errors stay varied. */
export function window(r: () => number, source: Uint8Array): Uint8Array {
  const lines: number[] = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === 0x0a) lines.push(i + 1);
  const first = Math.floor(r() * lines.length);
  const count = 1 + Math.floor(r() * 30);
  const end = first + count < lines.length ? lines[first + count] : source.length;
  return source.subarray(lines[first], end);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The i-th input of a run: a deterministic mix of the three kinds. */
export function fuzzInput(seed: number, i: number, corpus: readonly Uint8Array[]): Uint8Array {
  const r = rng(seed * 1_000_003 + i);
  const kind = r();
  if (kind < 0.3 || corpus.length === 0) return randomBytes(r);
  if (kind < 0.6) return randomFragments(r);
  const source = pick(r, corpus);
  return mutate(r, r() < 0.8 ? window(r, source) : source);
}
