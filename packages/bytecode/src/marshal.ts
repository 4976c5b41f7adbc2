/**
 * CPython 3.12's marshal format, version 4, both ways: `loads` reads every type code (with
 * FLAG_REF and back-references, interned/short/ASCII strings, small tuples, 15-bit-digit longs,
 * text and binary floats and complexes, code objects in 3.12's field order) into the tagged
 * PyConstant / CodeObject forms of @pyglass/interfaces, and raises CPython's own errors (type and
 * message) on malformed data; `dumps` writes constants and code objects the way 3.12's
 * `marshal.dumps` does, so `marshal.loads` in CPython gives back equal objects.
 *
 * Lists, dicts, sets and StopIteration, which marshal can hold but constants cannot, are read
 * into the extra tags of `MarshalValue`.
 */
import type { CodeObject, PyConstant } from '@pyglass/interfaces';
import { floatRepr, parseFloatRepr } from './float-repr';
import { MarshalError } from './marshal-error';
import { codePointsOf, decodeUtf8Surrogatepass, encodeUtf8Surrogatepass, isSurrogateStr, latin1FromBytes, bytesFromLatin1, type SurrogateStr } from './text-bytes';

export const MARSHAL_VERSION = 4;

/** marshal.c's type codes (one byte; the high bit is FLAG_REF). */
const enum T {
  NULL = 0x30, // '0'
  NONE = 0x4e, // 'N'
  FALSE = 0x46, // 'F'
  TRUE = 0x54, // 'T'
  STOPITER = 0x53, // 'S'
  ELLIPSIS = 0x2e, // '.'
  INT = 0x69, // 'i'
  INT64 = 0x49, // 'I' (read only; never written since 3.4)
  FLOAT = 0x66, // 'f'
  BINARY_FLOAT = 0x67, // 'g'
  COMPLEX = 0x78, // 'x'
  BINARY_COMPLEX = 0x79, // 'y'
  LONG = 0x6c, // 'l'
  STRING = 0x73, // 's' (bytes)
  INTERNED = 0x74, // 't'
  REF = 0x72, // 'r'
  TUPLE = 0x28, // '('
  LIST = 0x5b, // '['
  DICT = 0x7b, // '{'
  CODE = 0x63, // 'c'
  UNICODE = 0x75, // 'u'
  UNKNOWN = 0x3f, // '?'
  SET = 0x3c, // '<'
  FROZENSET = 0x3e, // '>'
  ASCII = 0x61, // 'a'
  ASCII_INTERNED = 0x41, // 'A'
  SMALL_TUPLE = 0x29, // ')'
  SHORT_ASCII = 0x7a, // 'z'
  SHORT_ASCII_INTERNED = 0x5a, // 'Z'
}
const FLAG_REF = 0x80;
const MAX_MARSHAL_STACK_DEPTH = 2000;
const SIZE32_MAX = 0x7fffffff;

/** What marshal can hold beyond constants. */
export interface MarshalList { $list: MarshalValue[] }
export interface MarshalDict { $dict: [MarshalValue, MarshalValue][] }
export interface MarshalSet { $set: MarshalValue[] }
export interface MarshalStopIteration { $stopiteration: null }
export interface MarshalTuple { $tuple: MarshalValue[] }
export type MarshalValue = PyConstant | SurrogateStr | MarshalList | MarshalDict | MarshalSet | MarshalStopIteration | MarshalTuple;

/** r_object's "no object" (TYPE_NULL, or a code object that failed without an exception set). */
const NULL_OBJECT: unique symbol = Symbol('NULL');
type Read = MarshalValue | typeof NULL_OBJECT;

/** A reference slot reserved but not filled yet (code objects and frozensets being read). */
const RESERVED: unique symbol = Symbol('reserved');

class Reader {
  pos = 0;
  depth = 0;
  readonly refs: (MarshalValue | typeof RESERVED)[] = [];
  /** Containers being filled: a back-reference to one would make a cycle constants cannot hold. */
  readonly open = new Set<object>();

  constructor(readonly data: Uint8Array) {}

  tooShort(): never {
    throw new MarshalError('EOFError', 'marshal data too short');
  }

  /** r_byte: -1 at the end, as C's EOF. */
  byte(): number {
    return this.pos < this.data.length ? this.data[this.pos++]! : -1;
  }

  /** A one-byte length (short strings, small tuples, float texts): EOF there has its own message. */
  lengthByte(): number {
    if (this.pos >= this.data.length) throw new MarshalError('EOFError', 'EOF read where not expected');
    return this.data[this.pos++]!;
  }

  take(n: number): Uint8Array {
    if (this.data.length - this.pos < n) this.tooShort();
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  long(): number {
    if (this.data.length - this.pos < 4) this.tooShort();
    const d = this.data;
    const p = this.pos;
    this.pos += 4;
    return d[p]! | (d[p + 1]! << 8) | (d[p + 2]! << 16) | (d[p + 3]! << 24);
  }

  short(): number {
    if (this.data.length - this.pos < 2) this.tooShort();
    const v = this.data[this.pos]! | (this.data[this.pos + 1]! << 8);
    this.pos += 2;
    return v & 0x8000 ? v - 0x10000 : v;
  }

  double(): number {
    const bytes = this.take(8);
    return new DataView(bytes.buffer, bytes.byteOffset, 8).getFloat64(0, /* littleEndian */ true);
  }

  floatText(): number {
    const n = this.lengthByte();
    const raw = this.take(n);
    // C reads the text as a NUL-terminated string.
    const end = raw.indexOf(0);
    const text = latin1FromBytes(end >= 0 ? raw.subarray(0, end) : raw);
    const value = parseFloatRepr(text);
    if (value === null) {
      // PyErr_Format's '%.200s': at most 200 bytes, decoded as UTF-8 with replacement characters.
      const shown = new TextDecoder('utf-8').decode(end >= 0 ? raw.subarray(0, Math.min(end, 200)) : raw.subarray(0, 200));
      throw new MarshalError('ValueError', `could not convert string to float: '${shown}'`);
    }
    return value;
  }

  size(what: string): number {
    const n = this.long();
    if (n < 0 || n > SIZE32_MAX) throw new MarshalError('ValueError', `bad marshal data (${what} size out of range)`);
    return n;
  }

  keep<V extends MarshalValue>(flag: number, value: V): V {
    if (flag) this.refs.push(value);
    return value;
  }

  object(): Read {
    if (++this.depth > MAX_MARSHAL_STACK_DEPTH) {
      this.depth--;
      throw new MarshalError('ValueError', 'recursion limit exceeded');
    }
    try {
      return this.objectInner();
    } finally {
      this.depth--;
    }
  }

  /** r_object for a member of a container: NULL is a TypeError naming the container. */
  item(container: string): MarshalValue {
    const v = this.object();
    if (v === NULL_OBJECT) throw new MarshalError('TypeError', `NULL object in marshal data for ${container}`);
    return v;
  }

  private objectInner(): Read {
    const code = this.byte();
    if (code < 0) throw new MarshalError('EOFError', 'EOF read where object expected');
    const flag = code & FLAG_REF;
    const type = code & ~FLAG_REF;
    switch (type) {
      case T.NULL:
        return NULL_OBJECT;
      // Singletons never take a reference slot, even with FLAG_REF (marshal.c has no R_REF there).
      case T.NONE:
        return null;
      case T.FALSE:
        return false;
      case T.TRUE:
        return true;
      case T.ELLIPSIS:
        return { $ellipsis: null };
      case T.STOPITER:
        return { $stopiteration: null };
      case T.INT:
        return this.keep(flag, { $int: String(this.long()) });
      case T.INT64: {
        const bytes = this.take(8);
        const v = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigInt64(0, /* littleEndian */ true);
        return this.keep(flag, { $int: v.toString() });
      }
      case T.LONG:
        return this.keep(flag, { $int: this.longDigits() });
      case T.FLOAT:
        return this.keep(flag, { $float: floatRepr(this.floatText()) });
      case T.BINARY_FLOAT:
        return this.keep(flag, { $float: floatRepr(this.double()) });
      case T.COMPLEX: {
        const re = this.floatText();
        const im = this.floatText();
        return this.keep(flag, { $complex: [floatRepr(re), floatRepr(im)] });
      }
      case T.BINARY_COMPLEX: {
        const re = this.double();
        const im = this.double();
        return this.keep(flag, { $complex: [floatRepr(re), floatRepr(im)] });
      }
      case T.STRING: {
        const n = this.size('bytes object');
        return this.keep(flag, { $bytes: latin1FromBytes(this.take(n)) });
      }
      case T.UNICODE:
      case T.INTERNED: {
        const n = this.size('string');
        return this.keep(flag, decodeUtf8Surrogatepass(this.take(n)) as MarshalValue);
      }
      case T.ASCII:
      case T.ASCII_INTERNED: {
        const n = this.size('string');
        return this.keep(flag, latin1FromBytes(this.take(n)));
      }
      case T.SHORT_ASCII:
      case T.SHORT_ASCII_INTERNED: {
        const n = this.lengthByte();
        return this.keep(flag, latin1FromBytes(this.take(n)));
      }
      case T.SMALL_TUPLE:
      case T.TUPLE: {
        const n = type === T.SMALL_TUPLE ? this.lengthByte() : this.size('tuple');
        const items: MarshalValue[] = [];
        const tuple = this.keep(flag, { $tuple: items });
        this.open.add(tuple);
        for (let i = 0; i < n; i++) items.push(this.item('tuple'));
        this.open.delete(tuple);
        return tuple;
      }
      case T.LIST: {
        const n = this.size('list');
        const items: MarshalValue[] = [];
        const list = this.keep(flag, { $list: items });
        this.open.add(list);
        for (let i = 0; i < n; i++) items.push(this.item('list'));
        this.open.delete(list);
        return list;
      }
      case T.DICT: {
        const entries: [MarshalValue, MarshalValue][] = [];
        const dict = this.keep(flag, { $dict: entries });
        this.open.add(dict);
        for (;;) {
          // A NULL key ends the dict; so does a NULL value (its key is dropped), as in marshal.c.
          const key = this.object();
          if (key === NULL_OBJECT) break;
          const value = this.object();
          if (value === NULL_OBJECT) break;
          checkHashable(key);
          entries.push([key, value]);
        }
        this.open.delete(dict);
        return dict;
      }
      case T.SET:
      case T.FROZENSET: {
        const n = this.size('set');
        const items: MarshalValue[] = [];
        if (type === T.SET) {
          const set = this.keep(flag, { $set: items });
          this.open.add(set);
          for (let i = 0; i < n; i++) items.push(hashable(this.item('set')));
          this.open.delete(set);
          return set;
        }
        if (n === 0) return this.keep(flag, { $frozenset: [] });
        const slot = this.reserve(flag);
        for (let i = 0; i < n; i++) items.push(hashable(this.item('set')));
        const frozen = { $frozenset: items as PyConstant[] };
        if (slot >= 0) this.refs[slot] = frozen;
        return frozen;
      }
      case T.CODE:
        return this.code(flag);
      case T.REF: {
        const n = this.long();
        const v = n >= 0 && n < this.refs.length ? this.refs[n]! : RESERVED;
        if (v === RESERVED) throw new MarshalError('ValueError', 'bad marshal data (invalid reference)');
        if (typeof v === 'object' && v !== null && this.open.has(v)) {
          throw new MarshalError('ValueError', 'bad marshal data (a container that contains itself cannot be a constant)');
        }
        return v;
      }
      default:
        // TYPE_UNKNOWN ('?') included: marshal writes it for unmarshallable objects, and rejects it.
        throw new MarshalError('ValueError', 'bad marshal data (unknown type code)');
    }
  }

  reserve(flag: number): number {
    if (!flag) return -1;
    this.refs.push(RESERVED);
    return this.refs.length - 1;
  }

  /** r_PyLong: |n| 15-bit digits, little-endian, sign in n; the top digit must be nonzero. */
  longDigits(): string {
    const n = this.long();
    if (n === 0) return '0';
    if (n < -SIZE32_MAX || n > SIZE32_MAX) throw new MarshalError('ValueError', 'bad marshal data (long size out of range)');
    const count = Math.abs(n);
    if (count <= 3) {
      // Up to 45 bits: exact in a double, no BigInt needed (the common case by far).
      let value = 0;
      for (let i = 0; i < count; i++) value += this.digit(i === count - 1) * 2 ** (15 * i);
      return String(n < 0 ? -value : value);
    }
    let value = 0n;
    for (let i = 0; i < count; i++) value |= BigInt(this.digit(i === count - 1)) << BigInt(15 * i);
    return (n < 0 ? -value : value).toString();
  }

  digit(top: boolean): number {
    const d = this.short();
    if (d < 0) throw new MarshalError('ValueError', 'bad marshal data (digit out of range in long)');
    if (top && d === 0) throw new MarshalError('ValueError', 'bad marshal data (unnormalized long data)');
    return d;
  }

  code(flag: number): MarshalValue {
    const slot = this.reserve(flag);
    const argcount = this.long();
    const posonlyargcount = this.long();
    const kwonlyargcount = this.long();
    const stacksize = this.long();
    const flags = this.long();
    const field = (): MarshalValue => {
      const v = this.object();
      if (v === NULL_OBJECT) throw new MarshalError('TypeError', 'NULL object in marshal data for code object');
      return v;
    };
    const fields: MarshalValue[] = [];
    for (let i = 0; i < 8; i++) fields.push(field());
    const firstlineno = this.long();
    const linetable = field();
    const exceptiontable = field();
    const [code, consts, names, localsplusnames, localspluskinds, filename, name, qualname] = fields;
    // _PyCode_Validate: wrong field types are PyErr_BadInternalCall.
    const bytesOf = (v: MarshalValue): string | null => (isTagged(v, '$bytes') ? (v as { $bytes: string }).$bytes : null);
    const tupleOf = (v: MarshalValue): MarshalValue[] | null => (isTagged(v, '$tuple') ? (v as MarshalTuple).$tuple : null);
    const co_code = bytesOf(code!);
    const co_consts = tupleOf(consts!);
    const co_names = tupleOf(names!);
    const co_localsplusnames = tupleOf(localsplusnames!);
    const kinds = bytesOf(localspluskinds!);
    const co_linetable = bytesOf(linetable);
    const co_exceptiontable = bytesOf(exceptiontable);
    if (argcount < posonlyargcount || posonlyargcount < 0 || kwonlyargcount < 0 || stacksize < 0 || flags < 0 ||
      typeof filename !== 'string' || typeof name !== 'string' || typeof qualname !== 'string' || co_code === null ||
      co_consts === null || co_names === null || co_localsplusnames === null || kinds === null ||
      co_localsplusnames.length !== kinds.length || co_linetable === null || co_exceptiontable === null) {
      throw new MarshalError('SystemError', 'Objects/codeobject.c:354: bad argument to internal function');
    }
    if (co_code.length % 2 !== 0) throw new MarshalError('ValueError', 'code: co_code is malformed');
    const co_localspluskinds = Array.from(kinds, (ch) => ch.charCodeAt(0));
    let nlocals = 0;
    for (const k of co_localspluskinds) if (k & 0x20) nlocals++;
    const plain = nlocals - argcount - kwonlyargcount - (flags & 0x4 ? 1 : 0) - (flags & 0x8 ? 1 : 0);
    if (plain < 0) throw new MarshalError('ValueError', 'code: co_varnames is too small');
    for (const list of [co_names, co_localsplusnames]) {
      for (const s of list) if (typeof s !== 'string') throw new MarshalError('SystemError', 'non-string found in code slot');
    }
    const result: CodeObject = {
      co_argcount: argcount,
      co_posonlyargcount: posonlyargcount,
      co_kwonlyargcount: kwonlyargcount,
      co_stacksize: stacksize,
      co_flags: flags,
      co_code,
      // Marshal allows any object here; anything beyond constants is kept in its MarshalValue form.
      co_consts: co_consts as PyConstant[],
      co_names: co_names as string[],
      co_localsplusnames: co_localsplusnames as string[],
      co_localspluskinds,
      co_filename: filename,
      co_name: name,
      co_qualname: qualname,
      co_firstlineno: firstlineno,
      co_linetable,
      co_exceptiontable,
    };
    const value = { $code: result };
    if (slot >= 0) this.refs[slot] = value;
    return value;
  }
}

function isTagged(v: MarshalValue, tag: string): boolean {
  return typeof v === 'object' && v !== null && tag in v;
}

const UNHASHABLE: readonly [string, string][] = [['$list', 'list'], ['$dict', 'dict'], ['$set', 'set']];

function checkHashable(v: MarshalValue): void {
  if (typeof v !== 'object' || v === null) return;
  for (const [tag, name] of UNHASHABLE) if (tag in v) throw new MarshalError('TypeError', `unhashable type: '${name}'`);
  if ('$tuple' in v) for (const item of (v as MarshalTuple).$tuple) checkHashable(item);
}

function hashable(v: MarshalValue): MarshalValue {
  checkHashable(v);
  return v;
}

/** `marshal.loads(data)`: the first object of `data` (bytes after it are ignored, as CPython does). */
export function loads(data: Uint8Array): MarshalValue {
  const reader = new Reader(data);
  const v = reader.object();
  if (v === NULL_OBJECT) throw new MarshalError('TypeError', 'NULL object in marshal data for object');
  return v;
}

/** `marshal.loads` of data that must hold a code object (a .pyc body). */
export function loadsCode(data: Uint8Array): CodeObject {
  const v = loads(data);
  if (typeof v !== 'object' || v === null || !('$code' in v)) throw new MarshalError('TypeError', 'marshal data does not hold a code object');
  return v.$code;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A growable byte buffer: one Uint8Array doubled on demand (no per-byte arrays). */
class Writer {
  buf = new Uint8Array(1024);
  len = 0;
  /** Strings written with FLAG_REF, by interned-ness and value → their reference index. */
  readonly strings = new Map<string, number>();
  refCount = 0;

  ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.len++] = b;
  }

  long(v: number): void {
    this.ensure(4);
    const b = this.buf;
    b[this.len] = v & 0xff;
    b[this.len + 1] = (v >>> 8) & 0xff;
    b[this.len + 2] = (v >>> 16) & 0xff;
    b[this.len + 3] = (v >>> 24) & 0xff;
    this.len += 4;
  }

  bytes(data: Uint8Array): void {
    this.ensure(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
  }

  double(x: number): void {
    this.ensure(8);
    new DataView(this.buf.buffer, this.len, 8).setFloat64(0, x, /* littleEndian */ true);
    this.len += 8;
  }

  latin1(text: string): void {
    this.ensure(text.length);
    for (let i = 0; i < text.length; i++) this.buf[this.len + i] = text.charCodeAt(i) & 0xff;
    this.len += text.length;
  }

  /** A str: short/long ASCII or UTF-8 (surrogatepass), interned or not, shared through refs. */
  string(value: string | SurrogateStr, interned: boolean): void {
    if (typeof value !== 'string') {
      // A str with surrogates is never ASCII and never shared (rare: no reference needed).
      const utf8 = encodeUtf8Surrogatepass(value.$str);
      this.byte(T.UNICODE);
      this.long(utf8.length);
      this.bytes(utf8);
      return;
    }
    const s = value;
    const key = (interned ? 'i' : 'n') + s;
    const ref = this.strings.get(key);
    if (ref !== undefined) {
      this.byte(T.REF);
      this.long(ref);
      return;
    }
    this.strings.set(key, this.refCount++);
    let ascii = true;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
    if (ascii) {
      if (s.length < 256) {
        this.byte((interned ? T.SHORT_ASCII_INTERNED : T.SHORT_ASCII) | FLAG_REF);
        this.byte(s.length);
      } else {
        this.byte((interned ? T.ASCII_INTERNED : T.ASCII) | FLAG_REF);
        this.long(s.length);
      }
      this.latin1(s);
      return;
    }
    const utf8 = encodeUtf8Surrogatepass(codePointsOf(s));
    this.byte((interned ? T.INTERNED : T.UNICODE) | FLAG_REF);
    this.long(utf8.length);
    this.bytes(utf8);
  }

  int(text: string): void {
    const v = BigInt(text);
    if (v >= -(2n ** 31n) && v < 2n ** 31n) {
      this.byte(T.INT);
      this.long(Number(v));
      return;
    }
    // w_PyLong: 15-bit digits of |v|, least significant first; the count carries the sign.
    let mag = v < 0n ? -v : v;
    const digits: number[] = [];
    while (mag > 0n) {
      digits.push(Number(mag & 0x7fffn));
      mag >>= 15n;
    }
    this.byte(T.LONG);
    this.long(v < 0n ? -digits.length : digits.length);
    this.ensure(digits.length * 2);
    for (const d of digits) {
      this.buf[this.len++] = d & 0xff;
      this.buf[this.len++] = d >>> 8;
    }
  }

  value(v: MarshalValue, depth: number): void {
    if (depth > MAX_MARSHAL_STACK_DEPTH) throw new MarshalError('ValueError', 'object too deeply nested to marshal');
    if (v === null) return this.byte(T.NONE);
    if (v === true) return this.byte(T.TRUE);
    if (v === false) return this.byte(T.FALSE);
    if (typeof v === 'string') return this.string(v, /* interned */ isIdentifierLike(v));
    if (isSurrogateStr(v)) return this.string(v, /* interned */ false);
    if ('$int' in v) return this.int(v.$int);
    if ('$float' in v) {
      this.byte(T.BINARY_FLOAT);
      return this.double(parseFloatRepr(v.$float)!);
    }
    if ('$complex' in v) {
      this.byte(T.BINARY_COMPLEX);
      this.double(parseFloatRepr(v.$complex[0])!);
      return this.double(parseFloatRepr(v.$complex[1])!);
    }
    if ('$bytes' in v) {
      this.byte(T.STRING);
      this.long(v.$bytes.length);
      return this.latin1(v.$bytes);
    }
    if ('$ellipsis' in v) return this.byte(T.ELLIPSIS);
    if ('$stopiteration' in v) return this.byte(T.STOPITER);
    if ('$tuple' in v) {
      const items = v.$tuple as MarshalValue[];
      if (items.length < 256) {
        this.byte(T.SMALL_TUPLE);
        this.byte(items.length);
      } else {
        this.byte(T.TUPLE);
        this.long(items.length);
      }
      for (const item of items) this.value(item, depth + 1);
      return;
    }
    if ('$frozenset' in v || '$set' in v) {
      // 3.12 writes set elements sorted by each one's own marshal bytes (deterministic output).
      const items = ('$frozenset' in v ? v.$frozenset : v.$set) as MarshalValue[];
      const keyed = items.map((item) => ({ item, key: latin1FromBytes(dumps(item)) }));
      keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      this.byte('$frozenset' in v ? T.FROZENSET : T.SET);
      this.long(items.length);
      for (const { item } of keyed) this.value(item, depth + 1);
      return;
    }
    if ('$list' in v) {
      this.byte(T.LIST);
      this.long(v.$list.length);
      for (const item of v.$list) this.value(item, depth + 1);
      return;
    }
    if ('$dict' in v) {
      this.byte(T.DICT);
      for (const [key, value] of v.$dict) {
        this.value(key, depth + 1);
        this.value(value, depth + 1);
      }
      return this.byte(T.NULL);
    }
    if ('$code' in v) return this.code(v.$code, depth);
    throw new MarshalError('ValueError', 'unmarshallable object');
  }

  code(co: CodeObject, depth: number): void {
    this.byte(T.CODE);
    this.long(co.co_argcount);
    this.long(co.co_posonlyargcount);
    this.long(co.co_kwonlyargcount);
    this.long(co.co_stacksize);
    this.long(co.co_flags);
    this.value({ $bytes: co.co_code }, depth + 1);
    this.value({ $tuple: co.co_consts }, depth + 1);
    // Names and locals are interned by the code object constructor; marshal writes them so.
    this.stringTuple(co.co_names);
    this.stringTuple(co.co_localsplusnames);
    this.value({ $bytes: latin1FromBytes(Uint8Array.from(co.co_localspluskinds)) }, depth + 1);
    this.string(co.co_filename, /* interned */ false);
    this.string(co.co_name, /* interned */ true);
    this.string(co.co_qualname, /* interned */ true);
    this.long(co.co_firstlineno);
    this.value({ $bytes: co.co_linetable }, depth + 1);
    this.value({ $bytes: co.co_exceptiontable }, depth + 1);
  }

  stringTuple(items: string[]): void {
    if (items.length < 256) {
      this.byte(T.SMALL_TUPLE);
      this.byte(items.length);
    } else {
      this.byte(T.TUPLE);
      this.long(items.length);
    }
    for (const s of items) this.string(s, /* interned */ true);
  }
}

/** The compiler interns string constants made only of name characters (all_name_chars). */
function isIdentifierLike(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Why char codes: this runs on every string constant of every code object written.
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f)) return false;
  }
  return true;
}

/** `marshal.dumps(value, 4)`. */
export function dumps(value: MarshalValue): Uint8Array {
  const w = new Writer();
  w.value(value, 0);
  return w.buf.slice(0, w.len);
}

/** `marshal.dumps` of a code object. */
export function dumpsCode(code: CodeObject): Uint8Array {
  return dumps({ $code: code });
}

export { bytesFromLatin1, latin1FromBytes, MarshalError };
