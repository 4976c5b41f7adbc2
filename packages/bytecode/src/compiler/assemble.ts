/**
 * The assembler (Python/assemble.c and the prologue of Python/compile.c's assembly): localsplus
 * layout (cells that are also arguments share their slot), the prefix instructions
 * (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), cell/free opargs fixed to localsplus offsets,
 * then the bytes: code units with EXTENDED_ARG prefixes and zeroed inline caches, the PEP 626/657
 * location table (short, one-line, no-column, long and none forms) and the exception table.
 */
import type { CodeObject, PyConstant } from '@pyglass/interfaces';
import { OPMAP, CACHE_ENTRIES as CACHE_ENTRIES_IMPORTED, type Op as OpEnum } from '../opcodes';
import { encodeExceptionTable, type ExceptionTableEntry } from '../exceptiontable';
import { Block, ControlFlowGraph, Instr, NO_LOCATION, instrSize, type Location } from './flowgraph';
// Why local copies: under tsx/esbuild an imported const enum or function is a getter call on the
// module object at every use; these locals make each opcode a plain property load.
const Op = OPMAP as unknown as { readonly [K in keyof typeof OpEnum]: number };
const CACHE_ENTRIES = CACHE_ENTRIES_IMPORTED;

export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

export interface UnitMetadata {
  name: string;
  qualname: string;
  /** name → index, in insertion order. */
  varnames: Map<string, number>;
  cellvars: Map<string, number>;
  freevars: Map<string, number>;
  /** Names that were ever hidden fast locals of an inlined comprehension (value: hidden right now). */
  fasthidden: Map<string, boolean>;
  names: Map<string, number>;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  firstlineno: number;
}

function buildCellFixedOffsets(md: UnitMetadata): number[] {
  const nlocals = md.varnames.size;
  const ncells = md.cellvars.size;
  const nfree = md.freevars.size;
  const fixed: number[] = [];
  for (let i = 0; i < ncells + nfree; i++) fixed.push(nlocals + i);
  for (const [name, cellIndex] of md.cellvars) {
    const v = md.varnames.get(name);
    if (v !== undefined) fixed[cellIndex] = v;
  }
  return fixed;
}

function isDerefOp(op: number): boolean {
  return op === Op.MAKE_CELL || op === Op.LOAD_CLOSURE || op === Op.LOAD_DEREF || op === Op.STORE_DEREF
    || op === Op.DELETE_DEREF || op === Op.LOAD_FROM_DICT_OR_DEREF;
}

/** prepare_localsplus: prefix instructions and cell offsets; returns nlocalsplus. */
export function prepareLocalsplus(md: UnitMetadata, g: ControlFlowGraph, codeFlags: number): number {
  const nlocals = md.varnames.size;
  const ncells = md.cellvars.size;
  const nfree = md.freevars.size;
  let nlocalsplus = nlocals + ncells + nfree;
  const fixed = buildCellFixedOffsets(md);
  const entry = g.entry;
  const prefix: Instr[] = [];
  if (codeFlags & (0x20 | 0x80 | 0x200)) {
    prefix.push(new Instr(Op.RETURN_GENERATOR, 0, { lineno: md.firstlineno, endLineno: md.firstlineno, col: -1, endCol: -1 }));
    prefix.push(new Instr(Op.POP_TOP, 0, NO_LOCATION));
  }
  if (ncells) {
    const nvars = ncells + nlocals;
    const sorted = new Int32Array(nvars);
    for (let i = 0; i < ncells; i++) sorted[fixed[i]!] = i + 1;
    const cells: Instr[] = [];
    for (let i = 0, used = 0; used < ncells; i++) {
      const old = sorted[i]! - 1;
      if (old === -1) continue;
      cells.push(new Instr(Op.MAKE_CELL, old, NO_LOCATION));
      used++;
    }
    prefix.unshift(...cells);
  }
  if (nfree) prefix.unshift(new Instr(Op.COPY_FREE_VARS, nfree, NO_LOCATION));
  entry.instrs.unshift(...prefix);
  // fix_cell_offsets
  let numdropped = 0;
  for (let i = 0; i < ncells + nfree; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= numdropped;
    else numdropped++; // a cell that is also an argument keeps the argument's slot
  }
  for (let b: Block | null = g.entry; b; b = b.next) {
    for (const i of b.instrs) if (isDerefOp(i.op)) i.arg = fixed[i.arg]!;
  }
  nlocalsplus -= numdropped;
  return nlocalsplus;
}

/** compute_localsplus_info */
function localsplusInfo(md: UnitMetadata, nlocalsplus: number): { names: string[]; kinds: number[] } {
  const names: string[] = new Array(nlocalsplus);
  const kinds: number[] = new Array(nlocalsplus).fill(0);
  for (const [k, offset] of md.varnames) {
    let kind = CO_FAST_LOCAL;
    if (md.fasthidden.has(k)) kind |= CO_FAST_HIDDEN;
    if (md.cellvars.has(k)) kind |= CO_FAST_CELL;
    names[offset] = k;
    kinds[offset] = kind;
  }
  const nlocals = md.varnames.size;
  let numdropped = 0;
  for (const [k, v] of md.cellvars) {
    if (md.varnames.has(k)) {
      numdropped++;
      continue;
    }
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST_CELL;
  }
  for (const [k, v] of md.freevars) {
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST_FREE;
  }
  return { names, kinds };
}

// ---- location table -----------------------------------------------------------------------------

class LineTableWriter {
  private out: number[] = [];
  private lineno: number;
  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }
  private varint(v: number): void {
    while (v >= 64) {
      this.out.push(64 | (v & 63));
      v = Math.floor(v / 64);
    }
    this.out.push(v);
  }
  private svarint(v: number): void {
    this.varint(v < 0 ? (-v * 2) | 1 : v * 2);
  }
  private first(code: number, length: number): void {
    this.out.push(0x80 | (code << 3) | (length - 1));
  }
  private entry(loc: Location, isize: number): void {
    if (loc.lineno < 0) {
      this.first(15, isize);
      return;
    }
    const lineDelta = loc.lineno - this.lineno;
    const column = loc.col;
    const endColumn = loc.endCol;
    if (column < 0 || endColumn < 0) {
      if (loc.endLineno === loc.lineno || loc.endLineno === -1) {
        this.first(13, isize);
        this.svarint(lineDelta);
        this.lineno = loc.lineno;
        return;
      }
    } else if (loc.endLineno === loc.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        this.first(Math.floor(column / 8), isize);
        this.out.push(((column % 8) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.first(10 + lineDelta, isize);
        this.out.push(column, endColumn);
        this.lineno = loc.lineno;
        return;
      }
    }
    this.first(14, isize);
    this.svarint(lineDelta);
    this.varint(loc.endLineno - loc.lineno);
    this.varint(loc.col + 1);
    this.varint(loc.endCol + 1);
    this.lineno = loc.lineno;
  }
  emit(loc: Location, isize: number): void {
    if (isize === 0) return;
    while (isize > 8) {
      this.entry(loc, 8);
      isize -= 8;
    }
    this.entry(loc, isize);
  }
  bytes(): string {
    return latin1(this.out);
  }
}

function sameLocation(a: Location, b: Location): boolean {
  return a.lineno === b.lineno && a.endLineno === b.endLineno && a.col === b.col && a.endCol === b.endCol;
}

export function makeCodeObject(md: UnitMetadata, g: ControlFlowGraph, consts: PyConstant[], maxdepth: number, nlocalsplus: number,
  flags: number, filename: string): CodeObject {
  const instrs: Instr[] = [];
  for (let b: Block | null = g.entry; b; b = b.next) for (const i of b.instrs) instrs.push(i);
  // code bytes
  const code: number[] = [];
  for (const i of instrs) {
    const arg = i.arg;
    if (arg >= 1 << 24) code.push(Op.EXTENDED_ARG, (arg >>> 24) & 0xff);
    if (arg >= 1 << 16) code.push(Op.EXTENDED_ARG, (arg >>> 16) & 0xff);
    if (arg >= 1 << 8) code.push(Op.EXTENDED_ARG, (arg >>> 8) & 0xff);
    code.push(i.op, arg & 0xff);
    const caches = CACHE_ENTRIES[i.op]!;
    for (let c = 0; c < caches; c++) code.push(0, 0);
  }
  // location table
  const lt = new LineTableWriter(md.firstlineno);
  let loc = NO_LOCATION;
  let size = 0;
  for (const i of instrs) {
    if (!sameLocation(loc, i.loc)) {
      lt.emit(loc, size);
      loc = i.loc;
      size = 0;
    }
    size += instrSize(i.op, i.arg);
  }
  lt.emit(loc, size);
  // exception table
  const entries: ExceptionTableEntry[] = [];
  let ioffset = 0;
  let handler: Block | null = null;
  let start = -1;
  const flush = (end: number) => {
    if (handler) {
      const depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
      entries.push({ start: start * 2, end: end * 2, target: handler.offset * 2, depth, lasti: handler.preserveLasti });
    }
  };
  for (const i of instrs) {
    const h = i.except;
    const hOff = h ? h.offset : -1;
    const curOff = handler ? handler.offset : -1;
    if (hOff !== curOff) {
      flush(ioffset);
      start = ioffset;
      handler = h;
    }
    ioffset += instrSize(i.op, i.arg);
  }
  flush(ioffset);
  const { names, kinds } = localsplusInfo(md, nlocalsplus);
  return {
    co_argcount: md.argcount + md.posonlyargcount,
    co_posonlyargcount: md.posonlyargcount,
    co_kwonlyargcount: md.kwonlyargcount,
    co_stacksize: maxdepth,
    co_flags: flags,
    co_code: latin1(code),
    co_consts: consts,
    co_names: [...md.names.keys()],
    co_localsplusnames: names,
    co_localspluskinds: kinds,
    co_filename: filename,
    co_name: md.name,
    co_qualname: md.qualname,
    co_firstlineno: md.firstlineno,
    co_linetable: lt.bytes(),
    co_exceptiontable: encodeExceptionTable(entries),
  };
}

function latin1(bytes: number[]): string {
  // Why apply on the whole array when it is small (nearly always): no slice copy, no spread.
  if (bytes.length <= 8192) return String.fromCharCode.apply(null, bytes);
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.slice(i, i + 8192));
  return s;
}
