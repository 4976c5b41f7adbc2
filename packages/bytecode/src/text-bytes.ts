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

/** UTF-8 with surrogatepass: surrogate pairs as one 4-byte sequence, lone surrogates as 3 bytes. */
export function encodeUtf8Surrogatepass(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
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

/**
 * Strict UTF-8 decoding that also accepts encoded surrogates (ED A0..BF xx), as
 * `bytes.decode('utf-8', 'surrogatepass')`; errors name the bytes and reason as CPython does.
 */
export function decodeUtf8Surrogatepass(bytes: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) { ascii = false; break; }
  if (ascii) return latin1FromBytes(bytes);
  const units: number[] = [];
  let out = '';
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      units.push(b);
      i++;
    } else {
      let need: number;
      let cp: number;
      let lo = 0x80;
      let hi = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
      else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; if (b === 0xe0) lo = 0xa0; }
      else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
      else return decodeError(bytes, i, i + 1, 'invalid start byte');
      let j = 1;
      for (; j <= need; j++) {
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
      if (cp >= 0x10000) {
        units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      } else {
        units.push(cp);
      }
      i += need + 1;
    }
    if (units.length >= 8192) {
      out += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode.apply(null, units);
}
