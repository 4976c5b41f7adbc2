/**
 * bytes, minimally (Objects/bytesobject.c): the type's repr (b'...' with CPython's escapes),
 * equality, hashing (SipHash-1-3 through the primitives), len, indexing and `str.encode('utf-8')`.
 * The rest of bytes/bytearray/memoryview comes in a later session.
 */
import { PyBytes, PyObject, PyStr, PyType } from '../object.js';
import { hashBytes } from '../primitives/hash.js';
import { bytesType, sliceType } from '../types.js';
import { False, NotImplemented, True, newInt, raise } from './values.js';
import { encodeHook } from './sequences.js';
import { IndexErrorType, LookupErrorType } from '../types.js';
import { indexValue } from '../abstract.js';

export function bytesTypeRef(): PyType {
  return bytesType;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (const c of b) {
    if (c === q.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

export function initBytes(): void {
  bytesType.tp_repr = (o) => bytesRepr((o as PyBytes).b);
  bytesType.tp_hash = (o, out) => hashBytes((o as PyBytes).b, out);
  bytesType.mp_length = (o) => (o as PyBytes).b.length;
  bytesType.tp_richcompare = (a, b, op) => {
    if (b.type !== bytesType || (op !== 2 && op !== 3)) return NotImplemented;
    const x = (a as PyBytes).b, y = (b as PyBytes).b;
    const same = x.length === y.length && x.every((v, i) => v === y[i]);
    return (op === 2) === same ? True : False;
  };
  bytesType.mp_subscript = (o, key) => {
    const b = (o as PyBytes).b;
    if (key.type === sliceType) throw raise(IndexErrorType, 'bytes slicing is not supported yet');
    let i = indexValue(key);
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) throw raise(IndexErrorType, 'index out of range');
    return newInt(b[i]);
  };
  encodeHook.f = (s: string, args: PyObject[]) => {
    const enc = args.length ? (args[0] as PyStr).s.toLowerCase().replace('_', '-') : 'utf-8';
    if (enc !== 'utf-8' && enc !== 'utf8') throw raise(LookupErrorType, `unknown encoding: ${enc}`);
    return new PyBytes(bytesType, new TextEncoder().encode(s));
  };
}
