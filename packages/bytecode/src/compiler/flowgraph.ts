/**
 * The control-flow graph of one code unit and the passes CPython 3.12 runs over it
 * (Python/flowgraph.c): basic blocks in layout order; exception-handler labelling; the peephole
 * optimiser (constant conditional jumps, `is None` jumps, tuple folding, SWAP elimination, jump
 * threading, small exit-block inlining); unreachable-code and redundant NOP/jump removal; unused
 * constants; LOAD_FAST_CHECK for possibly-unbound locals; cold-block placement; line-number
 * propagation; stack depth; and jump resolution. Each pass keeps CPython's order and quirks,
 * because the byte-exact result depends on them.
 */
import { OPMAP, numPopped as numPoppedImported, numPushed as numPushedImported, CACHE_ENTRIES as CACHE_ENTRIES_IMPORTED, type Op as OpEnum } from '../opcodes';
import type { PyConstant } from '@pyglass/interfaces';
import { constKey, isTruthy } from './constants';
// Why local copies: under tsx/esbuild an imported const enum or function is a getter call on the
// module object at every use; these locals make each opcode a plain property load.
const Op = OPMAP as unknown as { readonly [K in keyof typeof OpEnum]: number };
const numPopped = numPoppedImported;
const numPushed = numPushedImported;
const CACHE_ENTRIES = CACHE_ENTRIES_IMPORTED;

/** A source location: lineno < 0 means none; columns are UTF-8 byte offsets or -1. */
export interface Location { lineno: number; endLineno: number; col: number; endCol: number }
export const NO_LOCATION: Location = Object.freeze({ lineno: -1, endLineno: -1, col: -1, endCol: -1 });

export class Instr {
  /** The handler block in effect (set by labelExceptionTargets). */
  except: Block | null = null;
  /**
   * The code generator's jump label until it is resolved to `target` (codegen's Label). Declared
   * here, not added later: an added and then deleted property sent every jump instruction into
   * V8's dictionary mode and made the passes' field reads polymorphic.
   */
  label: object | null = null;
  constructor(public op: number, public arg: number, public loc: Location, public target: Block | null = null) {}
  clone(): Instr {
    const i = new Instr(this.op, this.arg, this.loc, this.target);
    i.except = this.except;
    return i;
  }
}

export class Block {
  instrs: Instr[] = [];
  next: Block | null = null;
  /** Whether a label of the code generator starts here (CPython's IS_LABEL(b->b_label)). */
  labelled = false;
  exceptHandler = false;
  preserveLasti = false;
  visited = false;
  cold = false;
  warm = false;
  predecessors = 0;
  startDepth = -0x80000000;
  offset = 0;
  exceptStack: (Block | null)[] | null = null;
  unsafeLo = 0;
  unsafeHi = 0;
  last(): Instr | null {
    return this.instrs.length ? this.instrs[this.instrs.length - 1]! : null;
  }
}

// Opcode classes (flowgraph.c's macros).
export function isJumpOp(op: number): boolean {
  switch (op) {
    case Op.FOR_ITER: case Op.JUMP_FORWARD: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.SEND:
    case Op.POP_JUMP_IF_NOT_NONE: case Op.POP_JUMP_IF_NONE: case Op.JUMP_BACKWARD_NO_INTERRUPT: case Op.JUMP_BACKWARD:
    case Op.JUMP: case Op.JUMP_NO_INTERRUPT:
      return true;
  }
  return false;
}
export function isBlockPush(op: number): boolean {
  return op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH;
}
export function hasTarget(op: number): boolean {
  return isJumpOp(op) || isBlockPush(op);
}
export function isUnconditionalJump(op: number): boolean {
  return op === Op.JUMP || op === Op.JUMP_NO_INTERRUPT || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}
export function isScopeExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RETURN_CONST || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}
export function isTerminator(op: number): boolean {
  return isJumpOp(op) || isScopeExit(op);
}
function hasConst(op: number): boolean {
  return op === Op.LOAD_CONST || op === Op.RETURN_CONST || op === Op.KW_NAMES;
}
function hasFallthrough(b: Block): boolean {
  const last = b.last();
  return !(last && (isScopeExit(last.op) || isUnconditionalJump(last.op)));
}
function exitsScope(b: Block): boolean {
  const last = b.last();
  return last !== null && isScopeExit(last.op);
}

export function stackEffectOf(op: number, arg: number, jump: boolean): number {
  return numPushed(op, arg, jump) - numPopped(op, arg, jump);
}

/** Size in code units: EXTENDED_ARG prefixes, the instruction, its inline caches. */
export function instrSize(op: number, arg: number): number {
  const ext = arg >= 1 << 24 ? 3 : arg >= 1 << 16 ? 2 : arg >= 1 << 8 ? 1 : 0;
  return ext + 1 + (op < 256 ? CACHE_ENTRIES[op]! : 0);
}

export class ControlFlowGraph {
  entry: Block;
  /** Every block ever created (b_list), newest first as CPython links them. */
  all: Block[] = [];
  constructor() {
    this.entry = this.newBlock();
  }
  newBlock(): Block {
    const b = new Block();
    this.all.push(b);
    return b;
  }
  *blocks(): Generator<Block> {
    for (let b: Block | null = this.entry; b; b = b.next) yield b;
  }
}

// ---- preprocessing ----------------------------------------------------------------------------

export function markExceptHandlers(g: ControlFlowGraph): void {
  for (let b: Block | null = g.entry; b; b = b.next) for (const i of b.instrs) if (isBlockPush(i.op)) i.target!.exceptHandler = true;
}

/** make_cfg_traversal_stack's side effect: every traversal starts with no block visited. */
function resetVisited(g: ControlFlowGraph): void {
  for (let b: Block | null = g.entry; b; b = b.next) b.visited = false;
}

export function labelExceptionTargets(g: ControlFlowGraph): void {
  resetVisited(g);
  const todo: Block[] = [g.entry];
  g.entry.visited = true;
  g.entry.exceptStack = [null];
  while (todo.length) {
    const b = todo.pop()!;
    let stack: (Block | null)[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler = stack![stack!.length - 1]!;
    for (let i = 0; i < b.instrs.length; i++) {
      const instr = b.instrs[i]!;
      if (isBlockPush(instr.op)) {
        const t = instr.target!;
        if (!t.visited) {
          t.exceptStack = stack!.slice();
          todo.push(t);
          t.visited = true;
        }
        if (instr.op === Op.SETUP_WITH || instr.op === Op.SETUP_CLEANUP) t.preserveLasti = true;
        stack!.push(t);
        handler = t;
      } else if (instr.op === Op.POP_BLOCK) {
        stack!.pop();
        handler = stack![stack!.length - 1]!;
      } else if (isJumpOp(instr.op)) {
        instr.except = handler;
        const t = instr.target!;
        if (!t.visited) {
          if (hasFallthrough(b)) {
            t.exceptStack = stack!.slice();
          } else {
            t.exceptStack = stack;
            stack = null;
          }
          todo.push(t);
          t.visited = true;
        }
      } else {
        if (instr.op === Op.YIELD_VALUE) instr.arg = stack!.length - 1;
        instr.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
  for (let b: Block | null = g.entry; b; b = b.next) b.visited = false;
}

// ---- optimisation -----------------------------------------------------------------------------

function eliminateEmptyBlocks(g: ControlFlowGraph): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    let next: Block | null = b.next;
    while (next && next.instrs.length === 0) next = next.next;
    b.next = next;
  }
  while (g.entry.instrs.length === 0 && g.entry.next) g.entry = g.entry.next;
  for (let b: Block | null = g.entry; b; b = b.next) {
    for (const i of b.instrs) {
      if (hasTarget(i.op)) {
        let t = i.target!;
        while (t.instrs.length === 0) t = t.next!;
        i.target = t;
      }
    }
  }
}

const MAX_COPY_SIZE = 4;

function inlineSmallExitBlocks(b: Block): void {
  const last = b.last();
  if (!last || !isUnconditionalJump(last.op)) return;
  const target = last.target!;
  if (exitsScope(target) && target.instrs.length <= MAX_COPY_SIZE) {
    setNop(last);
    for (const i of target.instrs) b.instrs.push(i.clone());
  }
}

function setNop(i: Instr): void {
  i.op = Op.NOP;
  i.arg = 0;
  i.target = null;
}

function jumpThread(inst: Instr, target: Instr, op: number): boolean {
  if ((inst.loc.lineno === target.loc.lineno || target.loc.lineno === -1) && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return true;
  }
  return false;
}

/** The unit's constants: a list with a key index, as CPython's consts list plus its const cache. */
export class ConstantPool {
  list: PyConstant[] = [];
  /**
   * str constants by their own value, and None/True/False in fixed slots. Why: most constants are
   * names and docstrings; keying them as `'s' + value` built a new string per lookup, and hashing
   * that concatenation flattened it — a copy of every docstring on every lookup.
   */
  private strIndex = new Map<string, number>();
  private noneIndex = -1;
  private trueIndex = -1;
  private falseIndex = -1;
  /** Every other constant by constKey (ints, floats, tuples, code objects, …). */
  private index = new Map<string, number>();
  add(c: PyConstant): number {
    if (typeof c === 'string') {
      let i = this.strIndex.get(c);
      if (i === undefined) {
        i = this.list.length;
        this.list.push(c);
        this.strIndex.set(c, i);
      }
      return i;
    }
    if (c === null || c === true || c === false) {
      let i = c === null ? this.noneIndex : c ? this.trueIndex : this.falseIndex;
      if (i < 0) {
        i = this.list.length;
        this.list.push(c);
        if (c === null) this.noneIndex = i;
        else if (c) this.trueIndex = i;
        else this.falseIndex = i;
      }
      return i;
    }
    const k = constKey(c);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(c);
      this.index.set(k, i);
    }
    return i;
  }
  /** Re-index after the list was rewritten (the first occurrence of each constant wins). */
  reindex(): void {
    this.index.clear();
    this.strIndex.clear();
    this.noneIndex = this.trueIndex = this.falseIndex = -1;
    this.list.forEach((c, i) => {
      if (typeof c === 'string') {
        if (!this.strIndex.has(c)) this.strIndex.set(c, i);
      } else if (c === null) {
        if (this.noneIndex < 0) this.noneIndex = i;
      } else if (c === true) {
        if (this.trueIndex < 0) this.trueIndex = i;
      } else if (c === false) {
        if (this.falseIndex < 0) this.falseIndex = i;
      } else {
        const k = constKey(c);
        if (!this.index.has(k)) this.index.set(k, i);
      }
    });
  }
}

function foldTupleOnConstants(b: Block, start: number, n: number, consts: ConstantPool): void {
  for (let i = 0; i < n; i++) if (!hasConst(b.instrs[start + i]!.op)) return;
  const items: PyConstant[] = [];
  for (let i = 0; i < n; i++) items.push(consts.list[b.instrs[start + i]!.arg]!);
  const index = consts.add({ $tuple: items });
  for (let i = 0; i < n; i++) setNop(b.instrs[start + i]!);
  const t = b.instrs[start + n]!;
  t.op = Op.LOAD_CONST;
  t.arg = index;
}

const VISITED = -1;

function swaptimize(b: Block, ix: number): number {
  const ins = b.instrs;
  let depth = ins[ix]!.arg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const op = ins[ix + len]!.op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, ins[ix + len]!.arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const x = ins[ix + i]!;
    if (x.op === Op.SWAP) {
      const top = stack[0]!;
      stack[0] = stack[x.arg - 1]!;
      stack[x.arg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const x = ins[ix + current--]!;
        x.op = Op.SWAP;
        x.arg = j + 1;
        x.target = null;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) setNop(ins[ix + current--]!);
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.STORE_FAST_MAYBE_NULL || op === Op.POP_TOP;
}
function storesTo(i: Instr): number {
  return i.op === Op.STORE_FAST || i.op === Op.STORE_FAST_MAYBE_NULL ? i.arg : -1;
}
function nextSwappable(b: Block, i: number, lineno: number): number {
  while (++i < b.instrs.length) {
    const x = b.instrs[i]!;
    if (lineno >= 0 && x.loc.lineno !== lineno) return -1;
    if (x.op === Op.NOP) continue;
    if (swappable(x.op)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(b: Block, i: number): void {
  for (; i >= 0; i--) {
    const swap = b.instrs[i]!;
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(b, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = b.instrs[j]!.loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(b, k, lineno);
      if (k < 0) return;
    }
    const sj = storesTo(b.instrs[j]!);
    const sk = storesTo(b.instrs[k]!);
    if (sj >= 0 || sk >= 0) {
      if (sj === sk) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(b.instrs[idx]!);
        if (s >= 0 && (s === sj || s === sk)) return;
      }
    }
    setNop(swap);
    const tmp = b.instrs[j]!;
    b.instrs[j] = b.instrs[k]!;
    b.instrs[k] = tmp;
  }
}

const NOP_INSTR = new Instr(Op.NOP, 0, NO_LOCATION);

function optimizeBasicBlock(b: Block, consts: ConstantPool): void {
  let target: Instr = NOP_INSTR;
  let opcode = 0;
  let oparg = 0;
  for (let i = 0; i < b.instrs.length; i++) {
    const inst = b.instrs[i]!;
    const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.op === Op.COPY && inst.arg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.op;
      oparg = inst.arg;
      target = hasTarget(opcode) ? inst.target!.instrs[0]! : NOP_INSTR;
    }
    const nextop = i + 1 < b.instrs.length ? b.instrs[i + 1]!.op : 0;
    switch (opcode) {
      case Op.LOAD_CONST:
        switch (nextop) {
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const isTrue = isTruthy(consts.list[oparg]!);
            setNop(inst);
            const jumpIfTrue = nextop === Op.POP_JUMP_IF_TRUE;
            if (isTrue === jumpIfTrue) b.instrs[i + 1]!.op = Op.JUMP;
            else setNop(b.instrs[i + 1]!);
            break;
          }
          case Op.IS_OP: {
            if (consts.list[oparg] !== null) break;
            if (b.instrs.length <= i + 2) break;
            const isInstr = b.instrs[i + 1]!;
            const jumpInstr = b.instrs[i + 2]!;
            let invert = isInstr.arg !== 0;
            if (jumpInstr.op === Op.POP_JUMP_IF_FALSE) invert = !invert;
            else if (jumpInstr.op !== Op.POP_JUMP_IF_TRUE) break;
            setNop(inst);
            setNop(isInstr);
            jumpInstr.op = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
            break;
          }
          case Op.RETURN_VALUE:
            setNop(inst);
            i++;
            b.instrs[i]!.op = Op.RETURN_CONST;
            b.instrs[i]!.arg = oparg;
            break;
        }
        break;
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === b.instrs[i + 1]!.arg) {
          if (oparg === 1) {
            setNop(inst);
            setNop(b.instrs[i + 1]!);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setNop(inst);
            b.instrs[i + 1]!.op = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(b, i - oparg, oparg, consts);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP:
        if (target.op === Op.JUMP && jumpThread(inst, target, opcode)) i--;
        break;
      case Op.SWAP:
        if (oparg === 1) {
          setNop(inst);
          break;
        }
        i = swaptimize(b, i);
        applyStaticSwaps(b, i);
        break;
      case Op.PUSH_NULL:
        // CPython 3.12 tests the next instruction's opcode (always even for LOAD_GLOBAL) here.
        if (nextop === Op.LOAD_GLOBAL && (b.instrs[i + 1]!.op & 1) === 0) {
          setNop(inst);
          b.instrs[i + 1]!.arg |= 1;
        }
        break;
    }
  }
}

function removeRedundantNops(b: Block): number {
  let dest = 0;
  let prevLineno = -1;
  const ins = b.instrs;
  const n = ins.length;
  for (let src = 0; src < n; src++) {
    const instr = ins[src]!;
    const lineno = instr.loc.lineno;
    if (instr.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextLineno = ins[src + 1]!.loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          ins[src + 1]!.loc = instr.loc;
          continue;
        }
      } else {
        let next = b.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0]!.loc.lineno) continue;
      }
    }
    ins[dest++] = instr;
    prevLineno = lineno;
  }
  const removed = n - dest;
  ins.length = dest;
  return removed;
}

function removeRedundantNopsAndPairs(g: ControlFlowGraph): void {
  let done = false;
  while (!done) {
    done = true;
    let instr: Instr | null = null;
    for (let b: Block | null = g.entry; b; b = b.next) {
      removeRedundantNops(b);
      if (b.labelled) instr = null;
      for (let i = 0; i < b.instrs.length; i++) {
        const prev = instr;
        instr = b.instrs[i]!;
        const prevOp = prev ? prev.op : 0;
        const prevArg = prev ? prev.arg : 0;
        if (instr.op === Op.POP_TOP && (prevOp === Op.LOAD_CONST || (prevOp === Op.COPY && prevArg === 1))) {
          setNop(prev!);
          setNop(instr);
          done = false;
        }
      }
      if ((instr && isJumpOp(instr.op)) || !hasFallthrough(b)) instr = null;
    }
  }
}

function markReachable(g: ControlFlowGraph): void {
  resetVisited(g);
  const stack: Block[] = [g.entry];
  g.entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = true;
    if (b.next && hasFallthrough(b)) {
      if (!b.next.visited) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const i of b.instrs) {
      if (isJumpOp(i.op) || isBlockPush(i.op)) {
        const t = i.target!;
        if (!t.visited) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

function removeRedundantJumps(g: ControlFlowGraph): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    const last: Instr | null = b.last()!;
    if (isUnconditionalJump(last.op) && last.target === b.next) setNop(last);
  }
}

export function optimizeCfg(g: ControlFlowGraph, consts: ConstantPool): void {
  eliminateEmptyBlocks(g);
  for (let b: Block | null = g.entry; b; b = b.next) inlineSmallExitBlocks(b);
  for (let b: Block | null = g.entry; b; b = b.next) optimizeBasicBlock(b, consts);
  removeRedundantNopsAndPairs(g);
  for (let b: Block | null = g.entry; b; b = b.next) inlineSmallExitBlocks(b);
  markReachable(g);
  for (let b: Block | null = g.entry; b; b = b.next) if (b.predecessors === 0) b.instrs.length = 0;
  for (let b: Block | null = g.entry; b; b = b.next) removeRedundantNops(b);
  eliminateEmptyBlocks(g);
  removeRedundantJumps(g);
}

export function removeUnusedConsts(g: ControlFlowGraph, consts: ConstantPool): void {
  const n = consts.list.length;
  if (n === 0) return;
  const indexMap = new Int32Array(n).fill(-1);
  indexMap[0] = 0; // the first constant may be the docstring: always kept
  for (let b: Block | null = g.entry; b; b = b.next) for (const i of b.instrs) if (hasConst(i.op)) indexMap[i.arg] = i.arg;
  let used = 0;
  for (let i = 0; i < n; i++) if (indexMap[i] !== -1) indexMap[used++] = indexMap[i]!;
  if (used === n) return;
  const newList: PyConstant[] = [];
  const reverse = new Int32Array(n).fill(-1);
  for (let i = 0; i < used; i++) {
    newList.push(consts.list[indexMap[i]!]!);
    reverse[indexMap[i]!] = i;
  }
  consts.list = newList;
  consts.reindex();
  for (let b: Block | null = g.entry; b; b = b.next) for (const i of b.instrs) if (hasConst(i.op)) i.arg = reverse[i.arg]!;
}

// Possibly-unbound locals: bit i of a block's 64-bit mask (kept as two 32-bit halves) is set when
// local i may be unbound on entry.

function maybePush(b: Block, lo: number, hi: number, stack: Block[]): void {
  const bl = (b.unsafeLo | lo) >>> 0;
  const bh = (b.unsafeHi | hi) >>> 0;
  if (bl !== b.unsafeLo || bh !== b.unsafeHi) {
    b.unsafeLo = bl;
    b.unsafeHi = bh;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  }
}

function scanBlockForLocals(b: Block, stack: Block[]): void {
  let lo = b.unsafeLo;
  let hi = b.unsafeHi;
  for (const instr of b.instrs) {
    if (instr.except) maybePush(instr.except, lo, hi, stack);
    if (instr.arg >= 64) continue;
    const high = instr.arg >= 32;
    const bit = (1 << (instr.arg & 31)) >>> 0;
    const isSet = high ? (hi & bit) !== 0 : (lo & bit) !== 0;
    switch (instr.op) {
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
      case Op.STORE_FAST_MAYBE_NULL:
        if (high) hi = (hi | bit) >>> 0; else lo = (lo | bit) >>> 0;
        break;
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK:
        if (high) hi = (hi & ~bit) >>> 0; else lo = (lo & ~bit) >>> 0;
        break;
      case Op.LOAD_FAST:
        if (isSet) instr.op = Op.LOAD_FAST_CHECK;
        if (high) hi = (hi & ~bit) >>> 0; else lo = (lo & ~bit) >>> 0;
        break;
    }
  }
  if (b.next && hasFallthrough(b)) maybePush(b.next, lo, hi, stack);
  const last = b.last();
  if (last && isJumpOp(last.op)) maybePush(last.target!, lo, hi, stack);
}

function fastScanManyLocals(g: ControlFlowGraph, nlocals: number): void {
  const states = new Int32Array(nlocals - 64);
  let blocknum = 0;
  for (let b: Block | null = g.entry; b; b = b.next) {
    blocknum++;
    for (const instr of b.instrs) {
      const arg = instr.arg;
      if (arg < 64) continue;
      switch (instr.op) {
        case Op.DELETE_FAST: case Op.LOAD_FAST_AND_CLEAR: case Op.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[arg - 64] !== blocknum) instr.op = Op.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

export function addChecksForLoadsOfUninitializedVariables(g: ControlFlowGraph, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(g, nlocals);
    nlocals = 64;
  }
  resetVisited(g);
  const stack: Block[] = [];
  let lo = 0;
  let hi = 0;
  for (let i = nparams; i < nlocals; i++) {
    if (i >= 32) hi = (hi | (1 << (i - 32))) >>> 0;
    else lo = (lo | (1 << i)) >>> 0;
  }
  maybePush(g.entry, lo, hi, stack);
  for (let b: Block | null = g.entry; b; b = b.next) scanBlockForLocals(b, stack);
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, stack);
  }
}

function markWarm(g: ControlFlowGraph): void {
  resetVisited(g);
  const stack: Block[] = [g.entry];
  g.entry.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const i of b.instrs) {
      if (isJumpOp(i.op) && !i.target!.visited) {
        stack.push(i.target!);
        i.target!.visited = true;
      }
    }
  }
}

function markCold(g: ControlFlowGraph): void {
  markWarm(g);
  resetVisited(g);
  const stack: Block[] = [];
  for (let b: Block | null = g.entry; b; b = b.next) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.warm && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const i of b.instrs) {
      if (isJumpOp(i.op)) {
        const t = i.target!;
        if (!t.warm && !t.visited) {
          stack.push(t);
          t.visited = true;
        }
      }
    }
  }
}

export function pushColdBlocksToEnd(g: ControlFlowGraph): void {
  if (g.entry.next === null) return;
  markCold(g);
  for (let b: Block | null = g.entry; b; b = b.next) {
    if (b.cold && hasFallthrough(b) && b.next && b.next.warm) {
      const j = g.newBlock();
      j.instrs.push(new Instr(Op.JUMP, 0, NO_LOCATION, b.next));
      j.cold = true;
      j.next = b.next;
      b.next = j;
    }
  }
  let coldHead: Block | null = null;
  let coldTail: Block | null = null;
  let b = g.entry;
  while (b.next) {
    while (b.next && !b.next.cold) b = b.next;
    if (b.next === null) break;
    let end: Block = b.next;
    while (end.next && end.next.cold) end = end.next;
    if (coldHead === null) coldHead = b.next;
    else coldTail!.next = b.next;
    coldTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldHead;
  if (coldHead) removeRedundantJumps(g);
}

// ---- line numbers -----------------------------------------------------------------------------

function isExitWithoutLineno(b: Block): boolean {
  if (!exitsScope(b)) return false;
  for (const i of b.instrs) if (i.loc.lineno >= 0) return false;
  return true;
}

function duplicateExitsWithoutLineno(g: ControlFlowGraph): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    const last = b.last()!;
    if (isJumpOp(last.op)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nt = g.newBlock();
        for (const i of target.instrs) nt.instrs.push(i.clone());
        nt.instrs[0]!.loc = last.loc;
        last.target = nt;
        target.predecessors--;
        nt.predecessors = 1;
        nt.next = target.next;
        nt.labelled = true;
        target.next = nt;
      }
    }
  }
  for (let b: Block | null = g.entry; b; b = b.next) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0]!.loc = b.last()!.loc;
    }
  }
}

function propagateLineNumbers(g: ControlFlowGraph): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    let prev = NO_LOCATION;
    for (const i of b.instrs) {
      if (i.loc.lineno < 0) i.loc = prev;
      else prev = i.loc;
    }
    if (hasFallthrough(b) && b.next!.predecessors === 1 && b.next!.instrs[0]!.loc.lineno < 0) b.next!.instrs[0]!.loc = prev;
    if (isJumpOp(last.op)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0]!.loc.lineno < 0) t.instrs[0]!.loc = prev;
    }
  }
}

function guaranteeLinenoForExits(g: ControlFlowGraph, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = g.entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    if (last.loc.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) {
        for (const i of b.instrs) i.loc = { ...i.loc, lineno };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

export function resolveLineNumbers(g: ControlFlowGraph, firstlineno: number): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g);
  guaranteeLinenoForExits(g, firstlineno);
}

// ---- assembly preparation ---------------------------------------------------------------------

export function stackDepth(g: ControlFlowGraph, isGenerator: boolean): number {
  for (let b: Block | null = g.entry; b; b = b.next) b.startDepth = -0x80000000;
  const stack: Block[] = [];
  const push = (b: Block, depth: number) => {
    if (b.startDepth < depth && b.startDepth < 100) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(g.entry, isGenerator ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const effect = stackEffectOf(instr.op, instr.arg, /* jump */ false);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (hasTarget(instr.op)) {
        const targetDepth = depth + stackEffectOf(instr.op, instr.arg, /* jump */ true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJump(instr.op) || isScopeExit(instr.op)) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

export function convertPseudoOps(g: ControlFlowGraph): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    for (const i of b.instrs) {
      if (isBlockPush(i.op) || i.op === Op.POP_BLOCK) setNop(i);
      else if (i.op === Op.STORE_FAST_MAYBE_NULL) i.op = Op.STORE_FAST;
    }
  }
  for (let b: Block | null = g.entry; b; b = b.next) removeRedundantNops(b);
}

function normalizeJumps(g: ControlFlowGraph): void {
  for (let b: Block | null = g.entry; b; b = b.next) b.visited = false;
  for (let b: Block | null = g.entry; b; b = b.next) {
    b.visited = true;
    const last = b.last();
    if (!last || !isJumpOp(last.op)) continue;
    const isForward = !last.target!.visited;
    if (last.op === Op.JUMP) {
      last.op = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
      continue;
    }
    if (last.op === Op.JUMP_NO_INTERRUPT) {
      last.op = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
      continue;
    }
    if (isForward) continue;
    let reversed = 0;
    switch (last.op) {
      case Op.POP_JUMP_IF_NOT_NONE: reversed = Op.POP_JUMP_IF_NONE; break;
      case Op.POP_JUMP_IF_NONE: reversed = Op.POP_JUMP_IF_NOT_NONE; break;
      case Op.POP_JUMP_IF_FALSE: reversed = Op.POP_JUMP_IF_TRUE; break;
      case Op.POP_JUMP_IF_TRUE: reversed = Op.POP_JUMP_IF_FALSE; break;
      default: continue;
    }
    const target = last.target!;
    const back = g.newBlock();
    // The new jump has no handler (basicblock_addop leaves i_except unset), as in CPython.
    back.instrs.push(new Instr(Op.JUMP_BACKWARD, 0, last.loc, target));
    last.op = reversed;
    last.target = b.next;
    back.cold = b.cold;
    back.next = b.next;
    b.next = back;
    back.visited = true;
    b = back;
  }
}

export function resolveJumps(g: ControlFlowGraph): void {
  normalizeJumps(g);
  let again = true;
  while (again) {
    let total = 0;
    for (let b: Block | null = g.entry; b; b = b.next) {
      b.offset = total;
      for (const i of b.instrs) total += instrSize(i.op, i.arg);
    }
    again = false;
    for (let b: Block | null = g.entry; b; b = b.next) {
      let off = b.offset;
      for (const i of b.instrs) {
        const isize = instrSize(i.op, i.arg);
        off += isize;
        if (isJumpOp(i.op)) {
          const t = i.target!.offset;
          i.arg = t < off ? off - t : t - off;
          if (instrSize(i.op, i.arg) !== isize) again = true;
        }
      }
    }
  }
}
