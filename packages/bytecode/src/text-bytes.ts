/**
 * Bytes ↔ text the way marshal needs it: latin-1 (one character per byte, the form PyBytes and
 * ASCII strings take in pyglass's JSON), and UTF-8 with CPython's "surrogatepass" error handler
 * (lone surrogates travel as their 3-byte encodings), with CPython's UnicodeDecodeError messages.
 */
import { MarshalError } from './marshal-error';

/** Latin-1 text of bytes; chunks keep `fromCharCode`'s argument list bounded. */
export function latin1FromBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

export function bytesFromLatin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** UTF-8 with surrogatepass of a str's code points: surrogates as their 3-byte encodings. */
export function encodeUtf8Surrogatepass(cps: readonly number[]): Uint8Array {
  const out = new Uint8Array(cps.length * 4);
  let n = 0;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
}

function decodeError(bytes: Uint8Array, start: number, end: number, reason: string): never {
  const where = end - start > 1
    ? `bytes in position ${start}-${end - 1}`
    : `byte 0x${bytes[start]!.toString(16).padStart(2, '0')} in position ${start}`;
  throw new MarshalError('UnicodeDecodeError', `'utf-8' codec can't decode ${where}: ${reason}`);
}

/** A str that holds a surrogate code point, in @pyglass/interfaces' tagged form (PyStr). */
export interface SurrogateStr { $str: number[] }

/** A str's code points as its constant form: plain text, or `{$str}` when it holds a surrogate. */
export function strFromCodePoints(cps: readonly number[]): string | SurrogateStr {
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp >= 0xd800 && cp <= 0xdfff) return { $str: [...cps] };
    // Chunked appends: String.fromCodePoint on the whole array could overflow the argument list.
    out += String.fromCodePoint(cp);
  }
  return out;
}

export function isSurrogateStr(v: unknown): v is SurrogateStr {
  return typeof v === 'object' && v !== null && '$str' in v;
}

/** Code points of a str constant (plain text or `{$str}`). */
export function codePointsOf(s: string | SurrogateStr): number[] {
  if (typeof s !== 'string') return s.$str;
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/**
 * Strict UTF-8 decoding that also accepts encoded surrogates (ED A0..BF xx), as
 * `bytes.decode('utf-8', 'surrogatepass')`; errors name the bytes and reason as CPython does.
 * A str with a surrogate code point comes back in the `{$str: [...]}` form (JS text would merge
 * two such surrogates into one astral character).
 */
export function decodeUtf8Surrogatepass(bytes: Uint8Array): string | SurrogateStr {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) { ascii = false; break; }
  if (ascii) return latin1FromBytes(bytes);
  const cps: number[] = [];
  let surrogate = false;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      cps.push(b);
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; if (b === 0xe0) lo = 0xa0; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return decodeError(bytes, i, i + 1, 'invalid start byte');
    for (let j = 1; j <= need; j++) {
      if (i + j >= n) {
        // Truncated: every byte so far was valid, the data just ends — except an encoded
        // surrogate's start, which strict UTF-8 already rejected at its second byte.
        if (b === 0xed && j > 1 && bytes[i + 1]! >= 0xa0) return decodeError(bytes, i, i + 1, 'invalid continuation byte');
        return decodeError(bytes, i, n, 'unexpected end of data');
      }
      const c = bytes[i + j]!;
      if (c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) return decodeError(bytes, i, i + j, 'invalid continuation byte');
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp >= 0xd800 && cp <= 0xdfff) surrogate = true;
    cps.push(cp);
    i += need + 1;
  }
  if (surrogate) return { $str: cps };
  let out = '';
  for (let k = 0; k < cps.length; k += 8192) out += String.fromCodePoint(...cps.slice(k, k + 8192));
  return out;
}
