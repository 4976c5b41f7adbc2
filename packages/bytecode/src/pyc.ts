/**
 * `.pyc` files of CPython 3.12 (PEP 552): a 16-byte header — the magic number (3531, "\xcb\x0d\r\n"),
 * a flags word (bit 0: hash-based, bit 1: check the source), then either the source's mtime and
 * size or its 8-byte SipHash-1-3 hash (`importlib.util.source_hash`, keyed with the raw magic
 * number) — followed by the marshalled code object. Reading raises importlib's errors.
 */
import type { CodeObject } from '@pyglass/interfaces';
import { dumpsCode, loadsCode } from './marshal';

/** importlib's MAGIC_NUMBER for 3.12 (3531 little-endian, then "\r\n"). */
export const MAGIC_NUMBER = new Uint8Array([0xcb, 0x0d, 0x0d, 0x0a]);
/** `_RAW_MAGIC_NUMBER`: the four bytes as a little-endian integer, the source-hash key. */
export const RAW_MAGIC_NUMBER = 0x0a0d0dcb;

export type PycInvalidation =
  | { mode: 'timestamp'; mtime: number; sourceSize: number }
  | { mode: 'checked-hash'; sourceHash: Uint8Array }
  | { mode: 'unchecked-hash'; sourceHash: Uint8Array };

export interface Pyc {
  flags: number;
  invalidation: PycInvalidation;
  code: CodeObject;
}

/** An exception importlib raises reading a .pyc (`ImportError` or `EOFError`). */
export class PycError extends Error {
  constructor(readonly pythonType: 'ImportError' | 'EOFError', message: string) {
    super(message);
    this.name = 'PycError';
  }
}

const M64 = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & M64;

/**
 * SipHash-1-3 (one compression round, three finalisation rounds) of `data` with key (k0, k1),
 * as CPython's `siphash13`. BigInt keeps it short and exact; it runs once per source file.
 */
export function siphash13(k0: bigint, k1: bigint, data: Uint8Array): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = (): void => {
    v0 = (v0 + v1) & M64; v2 = (v2 + v3) & M64;
    v1 = rotl(v1, 13n) ^ v0; v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & M64; v0 = (v0 + v3) & M64;
    v1 = rotl(v1, 17n) ^ v2; v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const whole = data.length - (data.length % 8);
  for (let i = 0; i < whole; i += 8) {
    const m = view.getBigUint64(i, /* littleEndian */ true);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let b = BigInt(data.length & 0xff) << 56n;
  for (let i = whole; i < data.length; i++) b |= BigInt(data[i]!) << BigInt(8 * (i - whole));
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & M64;
}

/** `importlib.util.source_hash(source)`: 8 bytes, little-endian. */
export function sourceHash(source: Uint8Array): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, siphash13(BigInt(RAW_MAGIC_NUMBER), 0n, source), /* littleEndian */ true);
  return out;
}

/** The 16-byte header for an invalidation mode (as `_code_to_timestamp_pyc` / `_code_to_hash_pyc`). */
export function pycHeader(invalidation: PycInvalidation): Uint8Array {
  const header = new Uint8Array(16);
  const view = new DataView(header.buffer);
  header.set(MAGIC_NUMBER, 0);
  if (invalidation.mode === 'timestamp') {
    view.setUint32(4, 0, true);
    // importlib stores both modulo 2**32.
    view.setUint32(8, invalidation.mtime >>> 0, true);
    view.setUint32(12, invalidation.sourceSize >>> 0, true);
  } else {
    if (invalidation.sourceHash.length !== 8) throw new RangeError('a source hash is 8 bytes');
    view.setUint32(4, invalidation.mode === 'checked-hash' ? 0b11 : 0b01, true);
    header.set(invalidation.sourceHash, 8);
  }
  return header;
}

/** A whole .pyc: header then `marshal.dumps(code)`. */
export function writePyc(code: CodeObject, invalidation: PycInvalidation): Uint8Array {
  const body = dumpsCode(code);
  const out = new Uint8Array(16 + body.length);
  out.set(pycHeader(invalidation), 0);
  out.set(body, 16);
  return out;
}

function bytesRepr(bytes: Uint8Array): string {
  let s = "b'";
  for (const b of bytes) {
    if (b === 0x5c || b === 0x27) s += `\\${String.fromCharCode(b)}`;
    else if (b === 0x09) s += '\\t';
    else if (b === 0x0a) s += '\\n';
    else if (b === 0x0d) s += '\\r';
    else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
    else s += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `${s}'`;
}

/**
 * Reads a .pyc as importlib's `_classify_pyc` does (bad magic number, short header, unknown flag
 * bits are errors naming `name`), then unmarshals the code object.
 */
export function readPyc(data: Uint8Array, name = '<pyc>'): Pyc {
  const magic = data.subarray(0, 4);
  if (magic.length !== 4 || magic.some((b, i) => b !== MAGIC_NUMBER[i])) {
    throw new PycError('ImportError', `bad magic number in '${name}': ${bytesRepr(magic)}`);
  }
  if (data.length < 16) throw new PycError('EOFError', `reached EOF while reading pyc header of '${name}'`);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const flags = view.getUint32(4, true);
  if (flags & ~0b11) throw new PycError('ImportError', `invalid flags ${flags} in '${name}'`);
  const invalidation: PycInvalidation = flags & 0b1
    ? { mode: flags & 0b10 ? 'checked-hash' : 'unchecked-hash', sourceHash: data.slice(8, 16) }
    : { mode: 'timestamp', mtime: view.getUint32(8, true), sourceSize: view.getUint32(12, true) };
  return { flags, invalidation, code: loadsCode(data.subarray(16)) };
}
