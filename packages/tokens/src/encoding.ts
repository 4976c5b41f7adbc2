/**
 * Source bytes to text, as `tokenize.tokenize` does it: `detect_encoding` (a UTF-8 BOM, then a
 * PEP 263 coding declaration on line 1, or on line 2 when line 1 is blank or a comment), with
 * its exact SyntaxError messages; then each line decoded with errors="replace", which is how
 * the C tokenizer behind `tokenize` reads lines (bad bytes become U+FFFD, they are no error).
 */
import type { TokenizeError } from './errors';
import { CHARMAP_HIGH, CHARMAP_LOW, CODEC_ALIASES } from './generated/codecs';
import { pyRepr } from './repr';

export interface DecodedSource {
  /** The ENCODING token's string ("utf-8" also for a BOM). */
  encoding: string;
  text: string;
}

// tokenize.py's cookie_re; `[^\n]` stands for Python's `.` (JS `.` also stops at
// "\r", U+2028 and U+2029, Python's does not).
const COOKIE_RE = /^[ \t\f]*#[^\n]*?coding[:=][ \t]*([-\w.]+)/;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// ignoreBOM: the leading BOM is removed by detection; any other U+FEFF is text.
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** tokenize._get_normal_name. */
function normalName(name: string): string {
  const enc = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (enc === 'utf-8' || enc.startsWith('utf-8-')) return 'utf-8';
  if (enc === 'latin-1' || enc === 'iso-8859-1' || enc === 'iso-latin-1' || enc.startsWith('latin-1-') || enc.startsWith('iso-8859-1-') || enc.startsWith('iso-latin-1-')) {
    return 'iso-8859-1';
  }
  return name;
}

/** `codecs.lookup(name).name` as written in our tables (underscores), or null when unknown. */
export function lookupCodec(name: string): string | null {
  // encodings.normalize_encoding: runs of characters other than ASCII letters, digits and "."
  // become one "_", leading and trailing ones vanish.
  const normalized = name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  return CODEC_ALIASES[normalized] ?? CODEC_ALIASES[normalized.replace(/\./g, '_')] ?? null;
}

function lineEnd(bytes: Uint8Array, from: number): number {
  const i = bytes.indexOf(0x0a, from);
  return i < 0 ? bytes.length : i + 1;
}

/**
 * Multi-byte CJK codecs, decoded with the WHATWG decoders of the same families. These are close
 * to, not identical with, Python's codecs (they differ on some vendor extensions and on how many
 * U+FFFD an invalid sequence becomes); no file of the corpus uses them.
 */
const MULTIBYTE: Readonly<Record<string, string>> = {
  euc_jp: 'euc-jp',
  shift_jis: 'shift_jis',
  cp932: 'shift_jis',
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  cp950: 'big5',
  euc_kr: 'euc-kr',
  cp949: 'euc-kr',
};

class EncodingError {
  constructor(readonly message: string) {}
}

/** Decodes the bytes after detection, or throws EncodingError for a codec we cannot run. */
function decodeWith(codec: string, bytes: Uint8Array): string {
  if (codec === 'utf_8') return lenientUtf8.decode(bytes);
  const whatwg = MULTIBYTE[codec];
  if (whatwg !== undefined) return new TextDecoder(whatwg, { fatal: false }).decode(bytes);
  const high = CHARMAP_HIGH[codec];
  if (high === undefined) throw new EncodingError(`pyglass cannot decode source encoded as ${codec}`);
  const low = CHARMAP_LOW[codec];
  // Why chunks: String.fromCharCode over a typed array slice is native; 8 KiB keeps the argument
  // list well under engine limits.
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b < 128 ? (low === undefined ? b : low.charCodeAt(b)) : high.charCodeAt(b - 128);
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/**
 * `detect_encoding` then decoding. `filename` is what `readline.__self__.name` would be (the path
 * given to `python -m tokenize`); CPython puts it in the messages when known.
 */
export function decodeSource(bytes: Uint8Array, filename?: string): DecodedSource | TokenizeError {
  const forFile = filename === undefined ? '' : ` for ${pyRepr(filename)}`;
  let offset = 0;
  let bom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    offset = 3;
  }
  const fail = (message: string): TokenizeError => ({ type: 'SyntaxError', message, line: null, column: null });

  /** find_cookie: the declared encoding of one line, null when none, or an error. */
  const findCookie = (from: number, to: number): string | null | TokenizeError => {
    let line: string;
    try {
      line = strictUtf8.decode(bytes.subarray(from, to));
    } catch {
      return fail(`invalid or missing encoding declaration${forFile}`);
    }
    const m = COOKIE_RE.exec(line);
    if (!m) return null;
    const encoding = normalName(m[1]);
    if (lookupCodec(encoding) === null) {
      return fail(filename === undefined ? `unknown encoding: ${encoding}` : `unknown encoding for ${pyRepr(filename)}: ${encoding}`);
    }
    if (bom) {
      if (encoding !== 'utf-8') return fail(filename === undefined ? 'encoding problem: utf-8' : `encoding problem for ${pyRepr(filename)}: utf-8`);
      return 'utf-8';
    }
    return encoding;
  };

  let encoding: string | null = null;
  if (offset < bytes.length) {
    const end1 = lineEnd(bytes, offset);
    const first = findCookie(offset, end1);
    if (first !== null && typeof first !== 'string') return first;
    encoding = first;
    if (encoding === null && isBlankLine(bytes, offset, end1) && end1 < bytes.length) {
      const second = findCookie(end1, lineEnd(bytes, end1));
      if (second !== null && typeof second !== 'string') return second;
      encoding = second;
    }
  }
  const name = encoding ?? 'utf-8';
  const codec = lookupCodec(name) ?? 'utf_8';
  try {
    return { encoding: name, text: decodeWith(codec, bytes.subarray(offset)) };
  } catch (e) {
    if (e instanceof EncodingError) return fail(e.message);
    throw e;
  }
}

/** tokenize.py's blank_re, `^[ \t\f]*(?:[#\r\n]|$)`, on one line of bytes. */
function isBlankLine(bytes: Uint8Array, from: number, to: number): boolean {
  let i = from;
  while (i < to && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0c)) i++;
  return i === to || bytes[i] === 0x23 || bytes[i] === 0x0d || bytes[i] === 0x0a;
}
