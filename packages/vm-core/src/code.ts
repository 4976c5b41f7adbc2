/**
 * Code objects prepared for execution: the `CodeObject` boundary form (interfaces/src/code.ts)
 * turned once into what the eval loop reads — code units in a Uint16Array (opcode | oparg << 8,
 * little-endian as `co_code` bytes, so one load per instruction), constants as VM objects,
 * names as JS strings, the exception table decoded into an Int32Array of
 * (start, end, target, depth<<1|lasti) in code units, and the location table (PEP 626/657)
 * decoded lazily into per-code-unit line and column arrays for tracebacks.
 */
import type { CodeObject, PyConstant } from '@pyglass/interfaces';
import { PyDict, PyObject, PyType, decref, immortalize } from './object.js';
import { codeType, frozensetType } from './types.js';
import {
  Ellipsis, False, None, True, internStr, newBigInt, newBool, newFloat, newInt, newStr, newTuple, emptyTuple,
} from './objects/values.js';
import { floatFromString } from './primitives/float-parse.js';
import { newSet, setAdd } from './objects/mappings.js';
import { PyBytes } from './object.js';
import { bytesTypeRef } from './objects/bytes-ref.js';

/** Local kinds (CO_FAST_*), as plain numbers for speed. */
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_GENERATOR = 0x20;
export const CO_COROUTINE = 0x80;
export const CO_ASYNC_GENERATOR = 0x200;

/**
 * LOAD_GLOBAL's inline cache for one name of a code object (CPython's LOAD_GLOBAL_MODULE /
 * LOAD_GLOBAL_BUILTIN keep dict key versions): where the name was found — the entry position in
 * the globals dict, or in the builtins dict (then `inBuiltins`) — valid while both dicts are the
 * same objects with the same key versions (PyDict.version changes on every insertion or
 * deletion, so positions stay put while it holds). Why per name, not per instruction: every
 * LOAD_GLOBAL of one name in one code object resolves the same way.
 */
export class GlobalCacheEntry {
  globals: PyDict | null = null;
  globalsVersion = -1;
  builtins: PyDict | null = null;
  builtinsVersion = -1;
  index = -1;
  inBuiltins = false;
}

export class CodeInfo extends PyObject {
  readonly units: Uint16Array;
  readonly consts: PyObject[];
  readonly names: string[];
  readonly localsplusnames: string[];
  readonly localspluskinds: Uint8Array;
  readonly nlocalsplus: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly stacksize: number;
  readonly flags: number;
  readonly filename: string;
  readonly name: string;
  readonly qualname: string;
  readonly firstlineno: number;
  /** Exception table entries, 4 ints each: start, end (exclusive), target, depth << 1 | lasti. */
  readonly exceptionTable: Int32Array;
  readonly linetable: string;
  /** Per code unit: line (-1 = none), end line, column, end column (-1 = none); decoded on demand. */
  private positions: Int32Array | null = null;
  /** The number of positional-or-keyword + keyword-only parameters (CO_VARARGS etc. excluded). */
  readonly totalargs: number;
  /** For each cell variable that is also an argument: its index (MAKE_CELL copies the argument). */
  readonly source: CodeObject;
  /** Frames of finished calls kept for reuse (eval.ts's Frame; typed loosely to avoid an import cycle). */
  readonly framePool: unknown[] = [];
  /** LOAD_ATTR inline caches by code unit: the type, its version tag and what lookupType found. */
  readonly attrCacheType: (PyType | null)[];
  readonly attrCacheVersion: Float64Array;
  readonly attrCacheDescr: (PyObject | null)[];
  /** LOAD_GLOBAL caches, one per entry of co_names. */
  readonly globalCache: GlobalCacheEntry[];

  constructor(co: CodeObject) {
    super(codeType, 200);
    this.source = co;
    const bytes = co.co_code;
    const units = new Uint16Array(bytes.length >> 1);
    for (let i = 0; i < units.length; i++) units[i] = bytes.charCodeAt(2 * i) | (bytes.charCodeAt(2 * i + 1) << 8);
    this.units = units;
    this.attrCacheType = new Array<PyType | null>(units.length).fill(null);
    this.attrCacheVersion = new Float64Array(units.length);
    this.attrCacheDescr = new Array<PyObject | null>(units.length).fill(null);
    this.consts = co.co_consts.map(constantToObject);
    this.names = co.co_names.slice();
    this.globalCache = this.names.map(() => new GlobalCacheEntry());
    this.localsplusnames = co.co_localsplusnames.slice();
    this.localspluskinds = Uint8Array.from(co.co_localspluskinds);
    this.nlocalsplus = co.co_localsplusnames.length;
    this.argcount = co.co_argcount;
    this.posonlyargcount = co.co_posonlyargcount;
    this.kwonlyargcount = co.co_kwonlyargcount;
    this.stacksize = co.co_stacksize;
    this.flags = co.co_flags;
    this.filename = co.co_filename;
    this.name = co.co_name;
    this.qualname = co.co_qualname;
    this.firstlineno = co.co_firstlineno;
    this.exceptionTable = decodeExceptionTable(co.co_exceptiontable);
    this.linetable = co.co_linetable;
    this.totalargs = co.co_argcount + co.co_kwonlyargcount;
    immortalize(this);
  }

  /** [line, endLine, col, endCol] of the instruction at code unit `index` (-1 where unknown). */
  position(index: number): [number, number, number, number] {
    if (this.positions === null) this.positions = decodeLocations(this.linetable, this.firstlineno, this.units.length);
    const p = this.positions;
    if (index < 0 || index >= this.units.length) return [-1, -1, -1, -1];
    return [p[4 * index], p[4 * index + 1], p[4 * index + 2], p[4 * index + 3]];
  }

  lineOf(index: number): number {
    return this.position(index)[0];
  }
}

/** Exception table varints: 6-bit groups, most significant first, 0x40 = more follows. */
function decodeExceptionTable(t: string): Int32Array {
  const out: number[] = [];
  let i = 0;
  const varint = (): number => {
    let b = t.charCodeAt(i++);
    let v = b & 63;
    while (b & 64) {
      b = t.charCodeAt(i++);
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (i < t.length) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    out.push(start, start + length, target, dl);
  }
  return Int32Array.from(out);
}

/** Objects/locations.md: the 3.11+ location table, into 4 ints per code unit. */
function decodeLocations(t: string, firstline: number, n: number): Int32Array {
  const out = new Int32Array(4 * n).fill(-1);
  let i = 0;
  let line = firstline;
  let unit = 0;
  const byte = () => t.charCodeAt(i++);
  const varint = (): number => {
    let b = byte();
    let v = b & 63;
    let shift = 6;
    while (b & 64) {
      b = byte();
      v |= (b & 63) << shift;
      shift += 6;
    }
    return v;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >> 1) : u >> 1;
  };
  while (i < t.length && unit < n) {
    const first = byte();
    const code = (first >> 3) & 15;
    const length = (first & 7) + 1;
    let l = -1, el = -1, c = -1, ec = -1;
    if (code === 15) {
      // no location
    } else if (code === 14) {
      line += svarint();
      l = line;
      el = line + varint();
      c = varint() - 1;
      ec = varint() - 1;
    } else if (code === 13) {
      line += svarint();
      l = el = line;
    } else if (code >= 10) {
      line += code - 10;
      l = el = line;
      c = byte();
      ec = byte();
    } else {
      l = el = line;
      const second = byte();
      c = code * 8 + ((second >> 4) & 7);
      ec = c + (second & 15);
    }
    for (let k = 0; k < length && unit < n; k++, unit++) {
      out[4 * unit] = l;
      out[4 * unit + 1] = el;
      out[4 * unit + 2] = c;
      out[4 * unit + 3] = ec;
    }
  }
  return out;
}

/** A constant of the boundary form as a VM object (immortal where CPython's would be shared). */
export function constantToObject(c: PyConstant): PyObject {
  // Constants are owned by their code object (one reference), as in CPython 3.12, so
  // `sys.getrefcount` of a constant counts co_consts; only None/True/False/Ellipsis, small ints,
  // interned strs and the empty tuple are immortal.
  if (c === null) return None;
  if (c === true) return True;
  if (c === false) return False;
  if (typeof c === 'string') return internStr(c);
  // A str holding lone surrogates: its code points (JS strings hold them as UTF-16 units as is).
  if ('$str' in c) return newStr(String.fromCharCode(...c.$str.flatMap((cp) => (cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp]))));
  if ('$int' in c) {
    const b = BigInt(c.$int);
    return b >= -9007199254740991n && b <= 9007199254740991n ? newInt(Number(b)) : newBigInt(b);
  }
  if ('$float' in c) return newFloat(floatFromString(c.$float) as number);
  if ('$tuple' in c) return c.$tuple.length === 0 ? emptyTuple : newTuple(c.$tuple.map(constantToObject));
  if ('$code' in c) return new CodeInfo(c.$code);
  if ('$ellipsis' in c) return Ellipsis;
  if ('$bytes' in c) {
    const b = new Uint8Array(c.$bytes.length);
    for (let i = 0; i < b.length; i++) b[i] = c.$bytes.charCodeAt(i);
    return new PyBytes(bytesTypeRef(), b);
  }
  if ('$frozenset' in c) {
    const s = newSet(frozensetType);
    for (const x of c.$frozenset) {
      const o = constantToObject(x);
      setAdd(s, o);
      decref(o);
    }
    return s;
  }
  if ('$complex' in c) throw new Error('complex constants are not supported yet');
  void newBool; void newStr; void PyType;
  throw new Error(`unknown constant ${JSON.stringify(c)}`);
}
