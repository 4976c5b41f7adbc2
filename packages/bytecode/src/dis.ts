/**
 * `dis` for CodeObjects, as CPython 3.12's Lib/dis.py prints and yields it: `formatDis` is what
 * `python3.12 -m dis FILE` prints for the file's code object (the recursive disassembly with
 * "Disassembly of <code object …>:" sections), `disassemble` one code object's listing (line
 * column, current-instruction arrow, `>>` jump targets, offsets, opname, oparg, argrepr, then the
 * ExceptionTable section), `getInstructions`/`Bytecode` the Instruction records, and
 * `findLabels` the jump targets. Object addresses, the one thing CPython's output has that a
 * code object does not, come from an option (`0x…` by default).
 */
import type { CodeObject, PyConstant } from '@pyglass/interfaces';
import { parseExceptionTable, type ExceptionTableEntry } from './exceptiontable';
import {
  ALL_OPNAME, CACHE_FORMAT, CMP_OP, EXTENDED_ARG, HASARG, HASCOMPARE, HASCONST, HASFREE, HASJABS, HASJREL, HASLOCAL, HASNAME,
  INLINE_CACHE_ENTRIES, INTRINSIC_1_DESCS, INTRINSIC_2_DESCS, NB_OPS, OPNAME, Op, deoptimize,
} from './opcodes';
import { coPositions, findLinestarts, type Position } from './linetable';
import { constantRepr, type ReprOptions } from './pyrepr';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
/** dis treats opargs as C ints: EXTENDED_ARG prefixes past 2**31 wrap negative. */
const INT_OVERFLOW = 2 ** 31;
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'] as const;
const FORMAT_VALUE_CONVERTERS: readonly (string | null)[] = [null, 'str', 'repr', 'ascii'];

// Membership tables: Uint8Array lookups instead of Array.includes per instruction (dis walks every
// code unit of the corpus in the conformance run).
function table(list: readonly number[]): Uint8Array {
  const t = new Uint8Array(512);
  for (const op of list) t[op] = 1;
  return t;
}
const IS_ARG = table(HASARG);
const IS_CONST = table(HASCONST);
const IS_NAME = table(HASNAME);
const IS_JREL = table(HASJREL);
const IS_JABS = table(HASJABS);
const IS_LOCAL = table(HASLOCAL);
const IS_FREE = table(HASFREE);
const IS_COMPARE = table(HASCOMPARE);

/** `Instruction.argval`: a constant, a name, a jump target, a compare operator, FORMAT_VALUE's pair, or the raw arg. */
export type Argval = PyConstant | number | string | readonly [converter: string | null, withFormat: boolean];

/** dis.Instruction of 3.12. */
export interface Instruction {
  opname: string;
  opcode: number;
  arg: number | null;
  argval: Argval | null;
  argrepr: string;
  offset: number;
  starts_line: number | null;
  is_jump_target: boolean;
  positions: Position;
}

export interface DisOptions extends ReprOptions {
  /** Show the inline CACHE entries (dis's show_caches). */
  showCaches?: boolean;
  /** The quickened code units to show instead of co_code (dis's adaptive view; comes from the VM). */
  adaptive?: string;
  /** Report lines as if the code started at this line (get_instructions' first_line). */
  firstLine?: number;
  /** Offset of the current instruction, marked with "-->" (disassemble's lasti). */
  lasti?: number;
  /** Replaces co_filename in code object reprs, as compiling the source under that name would. */
  filename?: string;
  /** Levels of nested code objects to disassemble (dis's depth; all by default). */
  depth?: number;
}

/** `dis._unpack_opargs`: (offset, opcode, arg) for each instruction, skipping caches. */
export function* unpackOpargs(code: string): Generator<[offset: number, opcode: number, arg: number | null]> {
  let extended = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--;
      continue;
    }
    const op = code.charCodeAt(i);
    const deop = deoptimize(op);
    caches = INLINE_CACHE_ENTRIES[deop] ?? 0;
    let arg: number | null = null;
    if (IS_ARG[deop]) {
      // `byte | extended` in Python: extended is a multiple of 256 (possibly negative), so `+` is the same.
      arg = code.charCodeAt(i + 1) + extended;
      extended = deop === EXTENDED_ARG ? arg * 256 : 0;
      if (extended >= INT_OVERFLOW) extended -= 2 * INT_OVERFLOW;
    } else {
      extended = 0;
    }
    yield [i, op, arg];
  }
}

function isBackwardJump(op: number): boolean {
  return (OPNAME[op] ?? '').includes('JUMP_BACKWARD');
}

function jumpTarget(offset: number, deop: number, arg: number): number | null {
  if (IS_JREL[deop]) return offset + 2 + (isBackwardJump(deop) ? -arg : arg) * 2 + 2 * (INLINE_CACHE_ENTRIES[deop] ?? 0);
  if (IS_JABS[deop]) return arg * 2;
  return null;
}

/** `dis.findlabels(code)`: jump target offsets in first-seen order. */
export function findLabels(code: string): number[] {
  const labels: number[] = [];
  for (const [offset, op, arg] of unpackOpargs(code)) {
    if (arg === null) continue;
    const target = jumpTarget(offset, deoptimize(op), arg);
    if (target !== null && !labels.includes(target)) labels.push(target);
  }
  return labels;
}

function codeArray(co: CodeObject, options: DisOptions): string {
  return options.adaptive ?? co.co_code;
}

function withFilename(co: CodeObject, options: DisOptions): CodeObject {
  return options.filename === undefined ? co : { ...co, co_filename: options.filename };
}

function instructionsOf(
  co: CodeObject, code: string, linestarts: Map<number, number> | null, lineOffset: number,
  exceptionEntries: readonly ExceptionTableEntry[], options: DisOptions,
): Instruction[] {
  const out: Instruction[] = [];
  const labels = new Set(findLabels(code));
  for (const e of exceptionEntries) if (e.end > e.start) labels.add(e.target);
  const positions = coPositions(co.co_linetable, co.co_firstlineno);
  let unit = 0;
  const nextPosition = (): Position => positions[unit++] ?? [null, null, null, null];
  const constRepr = (c: PyConstant): string => constantRepr(c && typeof c === 'object' && '$code' in c ? { $code: withFilename(c.$code, options) } : c, options);
  const varname = (i: number): string => co.co_localsplusnames[i] ?? '<unknown>';
  const name = (i: number): string => co.co_names[i] ?? '<unknown>';
  for (const [offset, op, arg] of unpackOpargs(code)) {
    let startsLine = linestarts ? linestarts.get(offset) ?? null : null;
    if (startsLine !== null) startsLine += lineOffset;
    const deop = deoptimize(op);
    let argval: Argval | null = null;
    let argrepr = '';
    const position = nextPosition();
    if (arg !== null) {
      argval = arg;
      if (IS_CONST[deop]) {
        const c = co.co_consts[arg];
        argval = c === undefined ? null : c;
        argrepr = c === undefined ? '' : constRepr(c);
      } else if (IS_NAME[deop]) {
        if (deop === Op.LOAD_GLOBAL || deop === Op.LOAD_ATTR) {
          argval = argrepr = name(Math.floor(arg / 2));
          if (arg & 1) argrepr = `${deop === Op.LOAD_GLOBAL ? 'NULL' : 'NULL|self'} + ${argrepr}`;
        } else if (deop === Op.LOAD_SUPER_ATTR) {
          argval = argrepr = name(Math.floor(arg / 4));
          if (arg & 1) argrepr = `NULL|self + ${argrepr}`;
        } else {
          argval = argrepr = name(arg);
        }
      } else if (IS_JREL[deop] || IS_JABS[deop]) {
        argval = jumpTarget(offset, deop, arg)!;
        argrepr = `to ${argval}`;
      } else if (IS_LOCAL[deop] || IS_FREE[deop]) {
        argval = argrepr = varname(arg);
      } else if (IS_COMPARE[deop]) {
        argval = argrepr = CMP_OP[arg >> 4] ?? '<unknown>';
      } else if (deop === Op.FORMAT_VALUE) {
        const converter = FORMAT_VALUE_CONVERTERS[arg & 3]!;
        argval = [converter, (arg & 4) !== 0];
        argrepr = converter ?? '';
        if (arg & 4) argrepr += argrepr ? ', with format' : 'with format';
      } else if (deop === Op.MAKE_FUNCTION) {
        argrepr = MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
      } else if (deop === Op.BINARY_OP) {
        argrepr = NB_OPS[arg]?.[1] ?? '';
      } else if (deop === Op.CALL_INTRINSIC_1) {
        argrepr = INTRINSIC_1_DESCS[arg] ?? '';
      } else if (deop === Op.CALL_INTRINSIC_2) {
        argrepr = INTRINSIC_2_DESCS[arg] ?? '';
      }
    }
    out.push({
      opname: ALL_OPNAME[op] ?? `<${op}>`, opcode: op, arg, argval, argrepr, offset,
      starts_line: startsLine, is_jump_target: labels.has(offset), positions: position,
    });
    const caches = INLINE_CACHE_ENTRIES[deop] ?? 0;
    if (!caches) continue;
    if (!options.showCaches) {
      unit += caches;
      continue;
    }
    let at = offset;
    for (const [field, size] of Object.entries(CACHE_FORMAT[OPNAME[deop]!] ?? {})) {
      for (let i = 0; i < size; i++) {
        at += 2;
        let repr = '';
        if (i === 0) {
          // The field's code units as one little-endian integer (sys.byteorder on CPython's hosts).
          let value = 0n;
          for (let b = Math.min(code.length, at + 2 * size) - 1; b >= at; b--) value = (value << 8n) | BigInt(code.charCodeAt(b));
          repr = `${field}: ${value}`;
        }
        out.push({
          opname: 'CACHE', opcode: Op.CACHE, arg: 0, argval: null, argrepr: repr, offset: at,
          starts_line: null, is_jump_target: false, positions: nextPosition(),
        });
      }
    }
  }
  return out;
}

/** `dis.get_instructions(code)`. */
export function getInstructions(co: CodeObject, options: DisOptions = {}): Instruction[] {
  const linestarts = new Map(findLinestarts(co.co_linetable, co.co_firstlineno));
  const lineOffset = options.firstLine !== undefined ? options.firstLine - co.co_firstlineno : 0;
  return instructionsOf(co, codeArray(co, options), linestarts, lineOffset, [], options);
}

/** Instruction._disassemble: one line of a listing. */
export function formatInstruction(instr: Instruction, linenoWidth = 3, markAsCurrent = false, offsetWidth = 4): string {
  const fields: string[] = [];
  if (linenoWidth) fields.push(instr.starts_line !== null ? String(instr.starts_line).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  fields.push(markAsCurrent ? '-->' : '   ');
  fields.push(instr.is_jump_target ? '>>' : '  ');
  fields.push(String(instr.offset).padStart(offsetWidth));
  fields.push(instr.opname.padEnd(OPNAME_WIDTH));
  if (instr.arg !== null) {
    fields.push(String(instr.arg).padStart(OPARG_WIDTH));
    if (instr.argrepr) fields.push(`(${instr.argrepr})`);
  }
  return fields.join(' ').trimEnd();
}

/** `dis.disassemble(co)`: one code object's listing and exception table, each line ending "\n". */
export function disassemble(co: CodeObject, options: DisOptions = {}): string {
  const code = codeArray(co, options);
  const linestarts = new Map(findLinestarts(co.co_linetable, co.co_firstlineno));
  const entries = parseExceptionTable(co.co_exceptiontable);
  const lasti = options.lasti ?? -1;
  const showLineno = linestarts.size > 0;
  let linenoWidth = 0;
  if (showLineno) {
    let maxLineno = -Infinity;
    // A loop, not Math.max(...values): a huge code object would overflow the argument list.
    for (const line of linestarts.values()) if (line > maxLineno) maxLineno = line;
    linenoWidth = maxLineno >= 1000 ? String(maxLineno).length : 3;
  }
  const maxOffset = code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  const lines: string[] = [];
  for (const instr of instructionsOf(co, code, linestarts, 0, entries, options)) {
    if (showLineno && instr.starts_line !== null && instr.offset > 0) lines.push('');
    const current = options.showCaches
      ? instr.offset === lasti
      : instr.offset <= lasti && lasti <= instr.offset + 2 * (INLINE_CACHE_ENTRIES[deoptimize(instr.opcode)] ?? 0);
    lines.push(formatInstruction(instr, linenoWidth, current, offsetWidth));
  }
  if (entries.length) {
    lines.push('ExceptionTable:');
    for (const e of entries) lines.push(`  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
  }
  return lines.map((l) => `${l}\n`).join('');
}

/**
 * What `dis.dis(code)` prints — and so `python3.12 -m dis FILE` for the file's module code: the
 * listing, then each code object constant's, recursively, after "Disassembly of <repr>:".
 */
export function formatDis(co: CodeObject, options: DisOptions = {}): string {
  let out = disassemble(co, options);
  const depth = options.depth;
  if (depth === undefined || depth > 0) {
    const inner: DisOptions = { ...options, adaptive: undefined, lasti: undefined, depth: depth === undefined ? undefined : depth - 1 };
    for (const c of co.co_consts) {
      if (c !== null && typeof c === 'object' && '$code' in c) {
        out += `\nDisassembly of ${constantRepr({ $code: withFilename(c.$code, options) }, options)}:\n`;
        out += formatDis(c.$code, inner);
      }
    }
  }
  return out;
}

/** `dis.Bytecode`: iterable Instructions of one code object, with `dis()` for its listing. */
export class Bytecode implements Iterable<Instruction> {
  readonly exceptionEntries: ExceptionTableEntry[];
  constructor(readonly codeobj: CodeObject, readonly options: DisOptions = {}) {
    this.exceptionEntries = parseExceptionTable(codeobj.co_exceptiontable);
  }

  get firstLine(): number {
    return this.options.firstLine ?? this.codeobj.co_firstlineno;
  }

  [Symbol.iterator](): Iterator<Instruction> {
    const co = this.codeobj;
    const linestarts = new Map(findLinestarts(co.co_linetable, co.co_firstlineno));
    const lineOffset = this.options.firstLine !== undefined ? this.options.firstLine - co.co_firstlineno : 0;
    return instructionsOf(co, codeArray(co, this.options), linestarts, lineOffset, this.exceptionEntries, this.options)[Symbol.iterator]();
  }

  /** `Bytecode.dis()`: the listing of this code object only (no nested code objects). */
  dis(): string {
    return disassemble(this.codeobj, this.options);
  }
}
