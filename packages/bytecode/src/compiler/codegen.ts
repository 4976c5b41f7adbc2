/**
 * The code generator: one method per AST node (named after the node), emitting CPython 3.12's
 * instruction sequence for each code unit — module, class body, function, lambda, generator
 * expression, PEP 695 scopes — with pseudo-instructions (SETUP_*, POP_BLOCK, JUMP) and labels,
 * exactly as Python/compile.c emits them (same instruction order, locations, constant order and
 * name order), then hands each unit to the flow-graph passes and the assembler. Comprehensions
 * other than generator expressions are inlined (PEP 709).
 */
import type {
  ArgumentsNode, ComprehensionNode, ExprNode, KeywordNode, ModNode, PatternNode, PyConstant, StmtNode, TypeParamNode, CodeObject,
} from '@pyglass/interfaces';
import { OPMAP, type Op as OpEnum } from '../opcodes';
import { dumps } from '../marshal';
import { parseFloatRepr } from '../float-repr';
import { constantRepr } from '../pyrepr';
import {
  BlockType, CompileError, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, SCOPE_MASK, SCOPE_OFFSET, Scope, mangle,
  type SymbolTable, type SymbolTableEntry,
} from '../symtable/symtable';
import {
  Block, ConstantPool, ControlFlowGraph, Instr, NO_LOCATION, addChecksForLoadsOfUninitializedVariables, convertPseudoOps,
  isTerminator, labelExceptionTargets, markExceptHandlers, optimizeCfg, pushColdBlocksToEnd, removeUnusedConsts,
  resolveJumps, resolveLineNumbers, stackDepth, hasTarget, type Location,
} from './flowgraph';
import { makeCodeObject, prepareLocalsplus, type UnitMetadata } from './assemble';
import { unparseAnnotation } from './ast-unparse';
// Why local copies: under tsx/esbuild an imported const enum or function is a getter call on the
// module object at every use; these locals make each opcode a plain property load.
const Op = OPMAP as unknown as { readonly [K in keyof typeof OpEnum]: number };

const enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPEPARAMS }
const enum FBlock {
  WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE,
  EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION,
}
const enum Comp { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }
type Ctx = 'Load' | 'Store' | 'Del';

const STACK_USE_GUIDELINE = 30;
const CO_FUTURE_ANNOTATIONS = 0x1000000;
const INTRINSIC_PRINT = 1, INTRINSIC_IMPORT_STAR = 2, INTRINSIC_STOPITERATION_ERROR = 3, INTRINSIC_ASYNC_GEN_WRAP = 4,
  INTRINSIC_UNARY_POSITIVE = 5, INTRINSIC_LIST_TO_TUPLE = 6, INTRINSIC_TYPEVAR = 7, INTRINSIC_PARAMSPEC = 8,
  INTRINSIC_TYPEVARTUPLE = 9, INTRINSIC_SUBSCRIPT_GENERIC = 10, INTRINSIC_TYPEALIAS = 11;
const INTRINSIC_TYPEVAR_WITH_BOUND = 2, INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3, INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;

const BINOP: Record<string, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};
// COMPARE_OP's argument: the comparison in the high bits, its result mask in the low four.
const COMPARE: Record<string, number> = {
  Lt: (0 << 4) | 2, LtE: (1 << 4) | 10, Eq: (2 << 4) | 8, NotEq: (3 << 4) | 7, Gt: (4 << 4) | 4, GtE: (5 << 4) | 12,
};

interface Loc { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null }
function LOC(n: Loc): Location {
  return { lineno: n.lineno, endLineno: n.end_lineno ?? n.lineno, col: n.col_offset, endCol: n.end_col_offset ?? n.col_offset };
}
function LOCATION(lineno: number, endLineno: number, col: number, endCol: number): Location {
  return { lineno, endLineno, col, endCol };
}

/** A jump target; bound to the block its first instruction starts. */
class Label {
  block: Block | null = null;
}

interface FBlockInfo { type: FBlock; block: Label | null; exit: Label | null; datum: unknown }

class Unit {
  readonly g = new ControlFlowGraph();
  cur: Block;
  pending: Label[] = [];
  readonly consts = new ConstantPool();
  readonly md: UnitMetadata;
  readonly fblocks: FBlockInfo[] = [];
  privateName: string | null = null;
  inInlinedComp = 0;
  constructor(readonly ste: SymbolTableEntry, readonly scopeType: ScopeType, name: string, firstlineno: number) {
    this.cur = this.g.entry;
    const varnames = new Map<string, number>();
    ste.varnames.forEach((v, i) => varnames.set(v, i));
    const cellvars = dictByType(ste.symbols, Scope.CELL, /* DEF_COMP_CELL */ 2048, 0);
    if (ste.needsClassClosure) cellvars.set('__class__', cellvars.size);
    if (ste.needsClassdict) cellvars.set('__classdict__', cellvars.size);
    const freevars = dictByType(ste.symbols, Scope.FREE, /* DEF_FREE_CLASS */ 64, cellvars.size);
    this.md = {
      name, qualname: name, varnames, cellvars, freevars, fasthidden: new Map(), names: new Map(),
      argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, firstlineno,
    };
  }
}

/** dictbytype: the names of a scope (or with a flag), sorted, numbered from `offset`. */
function dictByType(symbols: Map<string, number>, scope: Scope, flag: number, offset: number): Map<string, number> {
  const names: string[] = [];
  for (const [k, v] of symbols) if ((((v >> SCOPE_OFFSET) & SCOPE_MASK) === scope) || (v & flag)) names.push(k);
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out = new Map<string, number>();
  names.forEach((n, i) => out.set(n, offset + i));
  return out;
}

function dictAdd(dict: Map<string, number>, name: string): number {
  let v = dict.get(name);
  if (v === undefined) {
    v = dict.size;
    dict.set(name, v);
  }
  return v;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * The bytes `marshal.dumps(c)` gives for a constant held by a frozenset in CPython: as ours, but
 * with FLAG_REF (0x80) on every object's type byte (such objects are referenced more than once),
 * except the singletons None/True/False/Ellipsis.
 */
function marshalSortKey(c: PyConstant): Uint8Array {
  if (c !== null && typeof c === 'object' && '$tuple' in c) {
    const n = c.$tuple.length;
    const head = n < 256 ? [0x29 | 0x80, n] : [0x28 | 0x80, n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
    const parts = c.$tuple.map(marshalSortKey);
    const out = new Uint8Array(head.length + parts.reduce((a, p) => a + p.length, 0));
    out.set(head, 0);
    let o = head.length;
    for (const p of parts) { out.set(p, o); o += p.length; }
    return out;
  }
  const b = dumps(c);
  if (!(c === null || c === true || c === false || (typeof c === 'object' && '$ellipsis' in c))) b[0] = b[0]! | 0x80;
  return b;
}

/** Equal keys for constants Python's set treats as equal (1 == 1.0 == True, 2 == 2+0j). */
function setKey(c: PyConstant): string {
  let num: number | bigint | null = null;
  if (typeof c === 'boolean') num = c ? 1n : 0n;
  else if (c !== null && typeof c === 'object') {
    if ('$int' in c) num = BigInt(c.$int);
    else if ('$float' in c) num = parseFloatRepr(c.$float);
    else if ('$complex' in c && parseFloatRepr(c.$complex[1]) === 0) num = parseFloatRepr(c.$complex[0]);
  }
  if (typeof num === 'number' && Number.isInteger(num)) num = BigInt(num);
  if (num !== null) return 'n' + String(num);
  return JSON.stringify(c);
}

/** A frozenset constant, its elements in marshal's order (3.12 sorts them by their marshal bytes). */
export function makeFrozenset(items: PyConstant[]): PyConstant {
  const seen = new Map<string, PyConstant>();
  for (const c of items) {
    const k = setKey(c);
    if (!seen.has(k)) seen.set(k, c);
  }
  const list = [...seen.values()].map((c) => ({ c, b: marshalSortKey(c) }));
  list.sort((x, y) => compareBytes(x.b, y.b));
  return { $frozenset: list.map((x) => x.c) };
}

export interface CompilerOptions {
  filename: string;
  optimize: number;
  flags: number;
  interactive: boolean;
  futureFeatures: number;
  futureLocation: Location | null;
}

function isConstant(e: ExprNode | null): e is ExprNode & { _type: 'Constant' } {
  return e !== null && e._type === 'Constant';
}

function getDocstring(body: readonly StmtNode[]): PyConstant | null {
  const st = body[0];
  if (!st || st._type !== 'Expr') return null;
  const e = st.value;
  if (e._type === 'Constant' && (typeof e.value === 'string' || (e.value !== null && typeof e.value === 'object' && '$str' in e.value))) return e.value;
  return null;
}

function findAnn(stmts: readonly StmtNode[]): boolean {
  for (const st of stmts) {
    let res = false;
    switch (st._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        res = findAnn(st.body) || findAnn(st.orelse);
        break;
      case 'With': case 'AsyncWith':
        res = findAnn(st.body);
        break;
      case 'Try': case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        res = findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse);
        break;
      case 'Match':
        for (const c of st.cases) if (findAnn(c.body)) return true;
        break;
      default:
        res = false;
    }
    if (res) return true;
  }
  return false;
}

export class Compiler {
  private u!: Unit;
  private stack: Unit[] = [];
  private nestlevel = 0;

  constructor(private readonly st: SymbolTable, private readonly opts: CompilerOptions) {}

  // ---- errors ---------------------------------------------------------------------------------

  private error(loc: Location, msg: string): CompileError {
    return new CompileError('SyntaxError', msg, loc.lineno, loc.col + 1, loc.endLineno, loc.endCol + 1);
  }

  // ---- emission -------------------------------------------------------------------------------

  private addop(op: number, arg: number, loc: Location, target: Label | null = null): void {
    const u = this.u;
    let b = u.cur;
    const last = b.last();
    if (u.pending.length) {
      if (last || b.labelled) {
        const nb = u.g.newBlock();
        b.next = nb;
        u.cur = b = nb;
      }
      b.labelled = true;
      for (const l of u.pending) l.block = b;
      u.pending.length = 0;
    } else if (last && isTerminator(last.op)) {
      const nb = u.g.newBlock();
      b.next = nb;
      u.cur = b = nb;
    }
    const i = new Instr(op, arg, loc);
    if (target) i.label = target;
    b.instrs.push(i);
  }
  private op(op: number, loc: Location): void {
    this.addop(op, 0, loc);
  }
  private opI(op: number, arg: number, loc: Location): void {
    this.addop(op, arg, loc);
  }
  private jump(op: number, target: Label, loc: Location): void {
    this.addop(op, 0, loc, target);
  }
  private useLabel(l: Label): void {
    this.u.pending.push(l);
  }
  private loadConst(c: PyConstant, loc: Location): void {
    this.opI(Op.LOAD_CONST, this.u.consts.add(c), loc);
  }
  private addopName(op: number, name: string, loc: Location): void {
    let arg = dictAdd(this.u.md.names, mangle(this.u.privateName, name));
    if (op === Op.LOAD_ATTR) arg <<= 1;
    else if (op === Op.LOAD_METHOD) { op = Op.LOAD_ATTR; arg = (arg << 1) | 1; }
    else if (op === Op.LOAD_SUPER_ATTR) arg = (arg << 2) | 2;
    else if (op === Op.LOAD_SUPER_METHOD) { op = Op.LOAD_SUPER_ATTR; arg = (arg << 2) | 3; }
    else if (op === Op.LOAD_ZERO_SUPER_ATTR) { op = Op.LOAD_SUPER_ATTR; arg <<= 2; }
    else if (op === Op.LOAD_ZERO_SUPER_METHOD) { op = Op.LOAD_SUPER_ATTR; arg = (arg << 2) | 1; }
    this.opI(op, arg, loc);
  }
  /** ADDOP_N into names without mangling. */
  private addopNameRaw(op: number, name: string, loc: Location): void {
    this.opI(op, dictAdd(this.u.md.names, name), loc);
  }

  // ---- scopes ---------------------------------------------------------------------------------

  private enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, scopeType, name, lineno);
    if (this.u) {
      this.stack.push(this.u);
      u.privateName = this.u.privateName;
    }
    this.u = u;
    this.nestlevel++;
    let loc = LOCATION(lineno, lineno, 0, 0);
    if (scopeType === ScopeType.MODULE) loc = { ...loc, lineno: 0 };
    else this.setQualname();
    this.opI(Op.RESUME, 0, loc);
  }

  private exitScope(): void {
    this.nestlevel--;
    this.u = this.stack.pop()!;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    const n = this.stack.length;
    if (n > 1) {
      let parent = this.stack[n - 1]!;
      if (parent.scopeType === ScopeType.TYPEPARAMS) {
        if (n === 2) {
          u.md.qualname = u.md.name;
          return;
        }
        parent = this.stack[n - 2]!;
      }
      let forceGlobal = false;
      if (u.scopeType === ScopeType.FUNCTION || u.scopeType === ScopeType.ASYNC_FUNCTION || u.scopeType === ScopeType.CLASS) {
        const m = mangle(parent.privateName, u.md.name);
        if (parent.ste.getScope(m) === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === ScopeType.FUNCTION || parent.scopeType === ScopeType.ASYNC_FUNCTION || parent.scopeType === ScopeType.LAMBDA) {
          base = parent.md.qualname + '.<locals>';
        } else {
          base = parent.md.qualname;
        }
      }
    }
    u.md.qualname = base !== null ? `${base}.${u.md.name}` : u.md.name;
  }

  private codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.isFunctionLike()) {
      flags |= 0x2 | 0x1;
      if (ste.nested) flags |= 0x10;
      if (ste.generator && !ste.coroutine) flags |= 0x20;
      if (!ste.generator && ste.coroutine) flags |= 0x80;
      if (ste.generator && ste.coroutine) flags |= 0x200;
      if (ste.varargs) flags |= 0x4;
      if (ste.varkeywords) flags |= 0x8;
    }
    flags |= this.opts.flags & 0x3fe0000 & ~0x2000000;
    flags |= this.opts.futureFeatures;
    return flags;
  }

  /** optimize_and_assemble */
  private assemble(addNone: boolean): CodeObject {
    const u = this.u;
    const flags = this.codeFlags();
    if (addNone) this.loadConst(null, NO_LOCATION);
    this.op(Op.RETURN_VALUE, NO_LOCATION);
    const g = u.g;
    // Resolve labels to blocks (translate_jump_labels_to_targets).
    for (let b: Block | null = g.entry; b; b = b.next) {
      for (const i of b.instrs) {
        const l = i.label as Label | null;
        if (l !== null) {
          i.target = l.block;
          i.label = null;
        }
      }
    }
    const nparams = u.ste.varnames.length;
    const nlocals = u.md.varnames.size;
    markExceptHandlers(g);
    labelExceptionTargets(g);
    optimizeCfg(g, u.consts);
    removeUnusedConsts(g, u.consts);
    addChecksForLoadsOfUninitializedVariables(g, nlocals, nparams);
    pushColdBlocksToEnd(g);
    resolveLineNumbers(g, u.md.firstlineno);
    const nlocalsplus = prepareLocalsplus(u.md, g, flags);
    const maxdepth = stackDepth(g, (flags & (0x20 | 0x80 | 0x200)) !== 0);
    convertPseudoOps(g);
    resolveJumps(g);
    // Offsets for the exception table (resolveJumps left them in code units).
    return makeCodeObject(u.md, g, u.consts.list, maxdepth, nlocalsplus, flags, this.opts.filename);
  }

  // ---- fblocks --------------------------------------------------------------------------------

  private pushFblock(loc: Location, type: FBlock, block: Label | null, exit: Label | null, datum: unknown): void {
    if (this.u.fblocks.length >= 20) throw this.error(loc, 'too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }
  private popFblock(): void {
    this.u.fblocks.pop();
  }

  private unwindFblock(ploc: { loc: Location }, info: FBlockInfo, preserveTos: boolean): void {
    switch (info.type) {
      case FBlock.WHILE_LOOP: case FBlock.EXCEPTION_HANDLER: case FBlock.EXCEPTION_GROUP_HANDLER:
      case FBlock.ASYNC_COMPREHENSION_GENERATOR: case FBlock.STOP_ITERATION:
        return;
      case FBlock.FOR_LOOP:
        if (preserveTos) this.opI(Op.SWAP, 2, ploc.loc);
        this.op(Op.POP_TOP, ploc.loc);
        return;
      case FBlock.TRY_EXCEPT:
        this.op(Op.POP_BLOCK, ploc.loc);
        return;
      case FBlock.FINALLY_TRY:
        this.op(Op.POP_BLOCK, ploc.loc);
        if (preserveTos) this.pushFblock(ploc.loc, FBlock.POP_VALUE, null, null, null);
        this.visitStmts(info.datum as StmtNode[]);
        if (preserveTos) this.popFblock();
        ploc.loc = NO_LOCATION;
        return;
      case FBlock.FINALLY_END:
        if (preserveTos) this.opI(Op.SWAP, 2, ploc.loc);
        this.op(Op.POP_TOP, ploc.loc);
        if (preserveTos) this.opI(Op.SWAP, 2, ploc.loc);
        this.op(Op.POP_BLOCK, ploc.loc);
        this.op(Op.POP_EXCEPT, ploc.loc);
        return;
      case FBlock.WITH:
      case FBlock.ASYNC_WITH:
        ploc.loc = LOC(info.datum as StmtNode);
        this.op(Op.POP_BLOCK, ploc.loc);
        if (preserveTos) this.opI(Op.SWAP, 2, ploc.loc);
        this.callExitWithNones(ploc.loc);
        if (info.type === FBlock.ASYNC_WITH) {
          this.opI(Op.GET_AWAITABLE, 2, ploc.loc);
          this.loadConst(null, ploc.loc);
          this.addYieldFrom(ploc.loc, true);
        }
        this.op(Op.POP_TOP, ploc.loc);
        ploc.loc = NO_LOCATION;
        return;
      case FBlock.HANDLER_CLEANUP:
        if (info.datum) this.op(Op.POP_BLOCK, ploc.loc);
        if (preserveTos) this.opI(Op.SWAP, 2, ploc.loc);
        this.op(Op.POP_BLOCK, ploc.loc);
        this.op(Op.POP_EXCEPT, ploc.loc);
        if (info.datum) {
          this.loadConst(null, ploc.loc);
          this.nameop(ploc.loc, info.datum as string, 'Store');
          this.nameop(ploc.loc, info.datum as string, 'Del');
        }
        return;
      case FBlock.POP_VALUE:
        if (preserveTos) this.opI(Op.SWAP, 2, ploc.loc);
        this.op(Op.POP_TOP, ploc.loc);
        return;
    }
  }

  private unwindFblockStack(ploc: { loc: Location }, preserveTos: boolean, loop: { info: FBlockInfo | null } | null): void {
    const fb = this.u.fblocks;
    if (fb.length === 0) return;
    const top = fb[fb.length - 1]!;
    if (top.type === FBlock.EXCEPTION_GROUP_HANDLER) {
      throw this.error(ploc.loc, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (loop && (top.type === FBlock.WHILE_LOOP || top.type === FBlock.FOR_LOOP)) {
      loop.info = top;
      return;
    }
    fb.pop();
    this.unwindFblock(ploc, top, preserveTos);
    this.unwindFblockStack(ploc, preserveTos, loop);
    fb.push(top);
  }

  // ---- module ---------------------------------------------------------------------------------

  compileModule(mod: ModNode): CodeObject {
    this.enterScope('<module>', ScopeType.MODULE, mod, 1);
    const loc = LOCATION(1, 1, 0, 0);
    switch (mod._type) {
      case 'Module':
        this.body(loc, mod.body);
        break;
      case 'Interactive':
        if (findAnn(mod.body)) this.op(Op.SETUP_ANNOTATIONS, loc);
        this.opts.interactive = true;
        this.visitStmts(mod.body);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        break;
      default:
        throw new CompileError('ValueError', 'compile() of a FunctionType tree is not supported', null, null, null, null);
    }
    return this.assemble(mod._type !== 'Expression');
  }

  private body(loc: Location, stmts: readonly StmtNode[]): void {
    let i = 0;
    if (this.u.scopeType === ScopeType.MODULE && stmts.length) loc = LOC(stmts[0]!);
    if (findAnn(stmts)) this.op(Op.SETUP_ANNOTATIONS, loc);
    if (!stmts.length) return;
    if (this.opts.optimize < 2) {
      const doc = getDocstring(stmts);
      if (doc !== null) {
        i = 1;
        this.visitExpr((stmts[0] as StmtNode & { value: ExprNode }).value);
        this.nameop(NO_LOCATION, '__doc__', 'Store');
      }
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]!);
  }

  // ---- names ----------------------------------------------------------------------------------

  private forbiddenName(loc: Location, name: string, ctx: Ctx): void {
    if (name === '__debug__') {
      if (ctx === 'Store') throw this.error(loc, 'cannot assign to __debug__');
      if (ctx === 'Del') throw this.error(loc, 'cannot delete __debug__');
    }
  }

  private nameop(loc: Location, name: string, ctx: Ctx): void {
    this.forbiddenName(loc, name, ctx);
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.getScope(mangled);
    let optype: 'NAME' | 'DEREF' | 'FAST' | 'GLOBAL' = 'NAME';
    let dict = u.md.names;
    switch (scope) {
      case Scope.FREE: dict = u.md.freevars; optype = 'DEREF'; break;
      case Scope.CELL: dict = u.md.cellvars; optype = 'DEREF'; break;
      case Scope.LOCAL:
        if (u.ste.isFunctionLike() || u.md.fasthidden.get(mangled) === true) optype = 'FAST';
        break;
      case Scope.GLOBAL_IMPLICIT:
        if (u.ste.isFunctionLike()) optype = 'GLOBAL';
        break;
      case Scope.GLOBAL_EXPLICIT:
        optype = 'GLOBAL';
        break;
    }
    let op = 0;
    switch (optype) {
      case 'DEREF':
        if (ctx === 'Load') {
          if (u.ste.type === BlockType.Class && !u.inInlinedComp) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.op(Op.LOAD_LOCALS, loc);
          } else if (u.ste.canSeeClassScope) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.opI(Op.LOAD_DEREF, dictAdd(u.md.freevars, '__classdict__'), loc);
          } else {
            op = Op.LOAD_DEREF;
          }
        } else {
          op = ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        }
        break;
      case 'FAST':
        op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.opI(op, dictAdd(u.md.varnames, mangled), loc);
        return;
      case 'GLOBAL':
        if (ctx === 'Load') {
          if (u.ste.canSeeClassScope && scope === Scope.GLOBAL_IMPLICIT) {
            op = Op.LOAD_FROM_DICT_OR_GLOBALS;
            this.opI(Op.LOAD_DEREF, dictAdd(u.md.freevars, '__classdict__'), loc);
          } else {
            op = Op.LOAD_GLOBAL;
          }
        } else {
          op = ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        }
        break;
      case 'NAME':
        if (ctx === 'Load') op = u.ste.type === BlockType.Class && u.inInlinedComp ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
        else op = ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
        break;
    }
    let arg = dictAdd(dict, mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.opI(op, arg, loc);
  }

  // ---- statements -----------------------------------------------------------------------------

  private visitStmts(stmts: readonly StmtNode[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitStmt(s: StmtNode): void {
    switch (s._type) {
      case 'FunctionDef': return this.FunctionDef(s, /* isAsync */ false);
      case 'AsyncFunctionDef': return this.FunctionDef(s, /* isAsync */ true);
      case 'ClassDef': return this.ClassDef(s);
      case 'TypeAlias': return this.TypeAlias(s);
      case 'Return': return this.Return(s);
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        return;
      case 'Assign': {
        const n = s.targets.length;
        this.visitExpr(s.value);
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.opI(Op.COPY, 1, LOC(s));
          this.visitExpr(s.targets[i]!);
        }
        return;
      }
      case 'AugAssign': return this.AugAssign(s);
      case 'AnnAssign': return this.AnnAssign(s);
      case 'For': return this.For(s);
      case 'While': return this.While(s);
      case 'If': return this.If(s);
      case 'Match': return this.Match(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.opI(Op.RAISE_VARARGS, n, LOC(s));
        return;
      }
      case 'Try':
        if (s.finalbody.length) return this.tryFinally(s);
        return this.tryExcept(s);
      case 'TryStar':
        if (s.finalbody.length) return this.tryFinally(s);
        return this.tryStarExcept(s);
      case 'Assert': return this.Assert(s);
      case 'Import': return this.Import(s);
      case 'ImportFrom': return this.ImportFrom(s);
      case 'Global': case 'Nonlocal':
        return;
      case 'Expr': return this.stmtExpr(LOC(s), s.value);
      case 'Pass':
        this.op(Op.NOP, LOC(s));
        return;
      case 'Break': return this.Break(LOC(s));
      case 'Continue': return this.Continue(LOC(s));
      case 'With': return this.With(s, 0);
      case 'AsyncWith': return this.AsyncWith(s, 0);
      case 'AsyncFor': return this.AsyncFor(s);
    }
  }

  private stmtExpr(loc: Location, value: ExprNode): void {
    if (this.opts.interactive && this.nestlevel <= 1) {
      this.visitExpr(value);
      this.opI(Op.CALL_INTRINSIC_1, INTRINSIC_PRINT, loc);
      this.op(Op.POP_TOP, NO_LOCATION);
      return;
    }
    if (value._type === 'Constant') {
      this.op(Op.NOP, loc);
      return;
    }
    this.visitExpr(value);
    this.op(Op.POP_TOP, NO_LOCATION);
  }

  private Return(s: StmtNode & { _type: 'Return' }): void {
    let loc = LOC(s);
    const value = s.value;
    const preserveTos = value !== null && value._type !== 'Constant';
    if (!this.u.ste.isFunctionLike()) throw this.error(loc, "'return' outside function");
    if (value !== null && this.u.ste.coroutine && this.u.ste.generator) throw this.error(loc, "'return' with value in async generator");
    if (preserveTos) {
      this.visitExpr(value!);
    } else if (value !== null) {
      loc = LOC(value);
      this.op(Op.NOP, loc);
    }
    if (value === null || value.lineno !== s.lineno) {
      loc = LOC(s);
      this.op(Op.NOP, loc);
    }
    const ploc = { loc };
    this.unwindFblockStack(ploc, preserveTos, null);
    loc = ploc.loc;
    if (value === null) this.loadConst(null, loc);
    else if (!preserveTos) this.loadConst((value as ExprNode & { value: PyConstant }).value, loc);
    this.op(Op.RETURN_VALUE, loc);
  }

  private Break(loc: Location): void {
    const origin = loc;
    this.op(Op.NOP, loc);
    const ploc = { loc };
    const loop = { info: null as FBlockInfo | null };
    this.unwindFblockStack(ploc, false, loop);
    if (!loop.info) throw this.error(origin, "'break' outside loop");
    this.unwindFblock(ploc, loop.info, false);
    this.jump(Op.JUMP, loop.info.exit!, ploc.loc);
  }

  private Continue(loc: Location): void {
    const origin = loc;
    this.op(Op.NOP, loc);
    const ploc = { loc };
    const loop = { info: null as FBlockInfo | null };
    this.unwindFblockStack(ploc, false, loop);
    if (!loop.info) throw this.error(origin, "'continue' not properly in loop");
    this.jump(Op.JUMP, loop.info.block!, ploc.loc);
  }

  private If(s: StmtNode & { _type: 'If' }): void {
    const end = new Label();
    const next = s.orelse.length ? new Label() : end;
    this.jumpIf(s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length) {
      this.jump(Op.JUMP, end, NO_LOCATION);
      this.useLabel(next);
      this.visitStmts(s.orelse);
    }
    this.useLabel(end);
  }

  private For(s: StmtNode & { _type: 'For' }): void {
    const loc = LOC(s);
    const start = new Label(), body = new Label(), cleanup = new Label(), end = new Label();
    this.pushFblock(loc, FBlock.FOR_LOOP, start, end, null);
    this.visitExpr(s.iter);
    this.op(Op.GET_ITER, loc);
    this.useLabel(start);
    this.jump(Op.FOR_ITER, cleanup, loc);
    this.useLabel(body);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.jump(Op.JUMP, start, NO_LOCATION);
    this.useLabel(cleanup);
    this.op(Op.END_FOR, NO_LOCATION);
    this.popFblock();
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  private AsyncFor(s: StmtNode & { _type: 'AsyncFor' }): void {
    let loc = LOC(s);
    if (this.u.scopeType !== ScopeType.ASYNC_FUNCTION) throw this.error(loc, "'async for' outside async function");
    const start = new Label(), except = new Label(), end = new Label();
    this.visitExpr(s.iter);
    this.op(Op.GET_AITER, loc);
    this.useLabel(start);
    this.pushFblock(loc, FBlock.FOR_LOOP, start, end, null);
    this.jump(Op.SETUP_FINALLY, except, loc);
    this.op(Op.GET_ANEXT, loc);
    this.loadConst(null, loc);
    this.addYieldFrom(loc, true);
    this.op(Op.POP_BLOCK, loc);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.jump(Op.JUMP, start, NO_LOCATION);
    this.popFblock();
    this.useLabel(except);
    loc = LOC(s.iter);
    this.op(Op.END_ASYNC_FOR, loc);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  private While(s: StmtNode & { _type: 'While' }): void {
    const loop = new Label(), body = new Label(), end = new Label(), anchor = new Label();
    this.useLabel(loop);
    this.pushFblock(LOC(s), FBlock.WHILE_LOOP, loop, end, null);
    this.jumpIf(s.test, anchor, false);
    this.useLabel(body);
    this.visitStmts(s.body);
    this.jumpIf(s.test, body, true);
    this.popFblock();
    this.useLabel(anchor);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  private popExceptAndReraise(loc: Location): void {
    this.opI(Op.COPY, 3, loc);
    this.op(Op.POP_EXCEPT, loc);
    this.opI(Op.RERAISE, 1, loc);
  }

  private tryFinally(s: StmtNode & { _type: 'Try' | 'TryStar' }): void {
    let loc = LOC(s);
    const body = new Label(), end = new Label(), exit = new Label(), cleanup = new Label();
    this.jump(Op.SETUP_FINALLY, end, loc);
    this.useLabel(body);
    this.pushFblock(loc, FBlock.FINALLY_TRY, body, end, s.finalbody);
    if (s.handlers.length) {
      if (s._type === 'Try') this.tryExcept(s);
      else this.tryStarExcept(s);
    } else {
      this.visitStmts(s.body);
    }
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.popFblock();
    this.visitStmts(s.finalbody);
    this.jump(Op.JUMP, exit, NO_LOCATION);
    this.useLabel(end);
    loc = NO_LOCATION;
    this.jump(Op.SETUP_CLEANUP, cleanup, loc);
    this.op(Op.PUSH_EXC_INFO, loc);
    this.pushFblock(loc, FBlock.FINALLY_END, end, null, null);
    this.visitStmts(s.finalbody);
    this.popFblock();
    this.opI(Op.RERAISE, 0, loc);
    this.useLabel(cleanup);
    this.popExceptAndReraise(loc);
    this.useLabel(exit);
  }

  private tryExcept(s: StmtNode & { _type: 'Try' | 'TryStar' }): void {
    const loc = LOC(s);
    const body = new Label(), end = new Label(), cleanup = new Label();
    let except = new Label();
    this.jump(Op.SETUP_FINALLY, except, loc);
    this.useLabel(body);
    this.pushFblock(loc, FBlock.TRY_EXCEPT, body, null, null);
    this.visitStmts(s.body);
    this.popFblock();
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.visitStmts(s.orelse);
    this.jump(Op.JUMP, end, NO_LOCATION);
    const n = s.handlers.length;
    this.useLabel(except);
    this.jump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
    this.op(Op.PUSH_EXC_INFO, NO_LOCATION);
    this.pushFblock(loc, FBlock.EXCEPTION_HANDLER, null, null, null);
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i]!;
      const hloc = LOC(h);
      if (!h.type && i < n - 1) throw this.error(hloc, "default 'except:' must be last");
      except = new Label();
      if (h.type) {
        this.visitExpr(h.type);
        this.op(Op.CHECK_EXC_MATCH, hloc);
        this.jump(Op.POP_JUMP_IF_FALSE, except, hloc);
      }
      if (h.name) {
        const cleanupEnd = new Label(), cleanupBody = new Label();
        this.nameop(hloc, h.name, 'Store');
        this.jump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
        this.useLabel(cleanupBody);
        this.pushFblock(hloc, FBlock.HANDLER_CLEANUP, cleanupBody, null, h.name);
        this.visitStmts(h.body);
        this.popFblock();
        this.op(Op.POP_BLOCK, NO_LOCATION);
        this.op(Op.POP_BLOCK, NO_LOCATION);
        this.op(Op.POP_EXCEPT, NO_LOCATION);
        this.loadConst(null, NO_LOCATION);
        this.nameop(NO_LOCATION, h.name, 'Store');
        this.nameop(NO_LOCATION, h.name, 'Del');
        this.jump(Op.JUMP, end, NO_LOCATION);
        this.useLabel(cleanupEnd);
        this.loadConst(null, NO_LOCATION);
        this.nameop(NO_LOCATION, h.name, 'Store');
        this.nameop(NO_LOCATION, h.name, 'Del');
        this.opI(Op.RERAISE, 1, NO_LOCATION);
      } else {
        const cleanupBody = new Label();
        this.op(Op.POP_TOP, hloc);
        this.useLabel(cleanupBody);
        this.pushFblock(hloc, FBlock.HANDLER_CLEANUP, cleanupBody, null, null);
        this.visitStmts(h.body);
        this.popFblock();
        this.op(Op.POP_BLOCK, NO_LOCATION);
        this.op(Op.POP_EXCEPT, NO_LOCATION);
        this.jump(Op.JUMP, end, NO_LOCATION);
      }
      this.useLabel(except);
    }
    this.popFblock();
    this.opI(Op.RERAISE, 0, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(end);
  }

  private tryStarExcept(s: StmtNode & { _type: 'Try' | 'TryStar' }): void {
    const loc = LOC(s);
    const body = new Label(), end = new Label(), orelse = new Label(), reraiseStar = new Label(), cleanup = new Label();
    let except = new Label();
    this.jump(Op.SETUP_FINALLY, except, loc);
    this.useLabel(body);
    this.pushFblock(loc, FBlock.TRY_EXCEPT, body, null, null);
    this.visitStmts(s.body);
    this.popFblock();
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.jump(Op.JUMP, orelse, NO_LOCATION);
    const n = s.handlers.length;
    this.useLabel(except);
    this.jump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
    this.op(Op.PUSH_EXC_INFO, NO_LOCATION);
    this.pushFblock(loc, FBlock.EXCEPTION_GROUP_HANDLER, null, null, 'except handler');
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i]!;
      const hloc = LOC(h);
      except = new Label();
      const exceptWithError = new Label(), noMatch = new Label();
      if (i === 0) {
        // [orig] → [orig, [] (what the handlers raise), exc (a copy of orig)]
        this.opI(Op.BUILD_LIST, 0, hloc);
        this.opI(Op.COPY, 2, hloc);
      }
      if (h.type) {
        this.visitExpr(h.type);
        this.op(Op.CHECK_EG_MATCH, hloc);
        this.opI(Op.COPY, 1, hloc);
        this.jump(Op.POP_JUMP_IF_NONE, noMatch, hloc);
      }
      const cleanupEnd = new Label(), cleanupBody = new Label();
      if (h.name) this.nameop(hloc, h.name, 'Store');
      else this.op(Op.POP_TOP, hloc);
      this.jump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
      this.useLabel(cleanupBody);
      this.pushFblock(hloc, FBlock.HANDLER_CLEANUP, cleanupBody, null, h.name);
      this.visitStmts(h.body);
      this.popFblock();
      this.op(Op.POP_BLOCK, NO_LOCATION);
      if (h.name) {
        this.loadConst(null, NO_LOCATION);
        this.nameop(NO_LOCATION, h.name, 'Store');
        this.nameop(NO_LOCATION, h.name, 'Del');
      }
      this.jump(Op.JUMP, except, NO_LOCATION);
      this.useLabel(cleanupEnd);
      if (h.name) {
        this.loadConst(null, NO_LOCATION);
        this.nameop(NO_LOCATION, h.name, 'Store');
        this.nameop(NO_LOCATION, h.name, 'Del');
      }
      this.opI(Op.LIST_APPEND, 3, NO_LOCATION);
      this.op(Op.POP_TOP, NO_LOCATION);
      this.jump(Op.JUMP, exceptWithError, NO_LOCATION);
      this.useLabel(except);
      this.op(Op.NOP, NO_LOCATION);
      this.jump(Op.JUMP, exceptWithError, NO_LOCATION);
      this.useLabel(noMatch);
      this.op(Op.POP_TOP, hloc);
      this.useLabel(exceptWithError);
      if (i === n - 1) {
        this.opI(Op.LIST_APPEND, 1, NO_LOCATION);
        this.jump(Op.JUMP, reraiseStar, NO_LOCATION);
      }
    }
    this.popFblock();
    const reraise = new Label();
    this.useLabel(reraiseStar);
    this.opI(Op.CALL_INTRINSIC_2, /* INTRINSIC_PREP_RERAISE_STAR */ 1, NO_LOCATION);
    this.opI(Op.COPY, 1, NO_LOCATION);
    this.jump(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
    this.op(Op.POP_TOP, NO_LOCATION);
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.op(Op.POP_EXCEPT, NO_LOCATION);
    this.jump(Op.JUMP, end, NO_LOCATION);
    this.useLabel(reraise);
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.opI(Op.SWAP, 2, NO_LOCATION);
    this.op(Op.POP_EXCEPT, NO_LOCATION);
    this.opI(Op.RERAISE, 0, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(orelse);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  private callExitWithNones(loc: Location): void {
    this.loadConst(null, loc);
    this.loadConst(null, loc);
    this.loadConst(null, loc);
    this.opI(Op.CALL, 2, loc);
  }

  private withExceptFinish(cleanup: Label): void {
    const suppress = new Label();
    this.jump(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
    this.opI(Op.RERAISE, 2, NO_LOCATION);
    this.useLabel(suppress);
    this.op(Op.POP_TOP, NO_LOCATION);
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.op(Op.POP_EXCEPT, NO_LOCATION);
    this.op(Op.POP_TOP, NO_LOCATION);
    this.op(Op.POP_TOP, NO_LOCATION);
    const exit = new Label();
    this.jump(Op.JUMP, exit, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(exit);
  }

  private With(s: StmtNode & { _type: 'With' }, pos: number): void {
    const item = s.items[pos]!;
    const block = new Label(), final = new Label(), exit = new Label(), cleanup = new Label();
    let loc = LOC(s);
    this.visitExpr(item.context_expr);
    this.op(Op.BEFORE_WITH, loc);
    this.jump(Op.SETUP_WITH, final, loc);
    this.useLabel(block);
    this.pushFblock(loc, FBlock.WITH, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.op(Op.POP_TOP, loc);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.With(s, pos);
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.popFblock();
    loc = LOC(s);
    this.callExitWithNones(loc);
    this.op(Op.POP_TOP, loc);
    this.jump(Op.JUMP, exit, loc);
    this.useLabel(final);
    this.jump(Op.SETUP_CLEANUP, cleanup, loc);
    this.op(Op.PUSH_EXC_INFO, loc);
    this.op(Op.WITH_EXCEPT_START, loc);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  private AsyncWith(s: StmtNode & { _type: 'AsyncWith' }, pos: number): void {
    const loc = LOC(s);
    const item = s.items[pos]!;
    if (this.u.scopeType !== ScopeType.ASYNC_FUNCTION) throw this.error(loc, "'async with' outside async function");
    const block = new Label(), final = new Label(), exit = new Label(), cleanup = new Label();
    this.visitExpr(item.context_expr);
    this.op(Op.BEFORE_ASYNC_WITH, loc);
    this.opI(Op.GET_AWAITABLE, 1, loc);
    this.loadConst(null, loc);
    this.addYieldFrom(loc, true);
    this.jump(Op.SETUP_WITH, final, loc);
    this.useLabel(block);
    this.pushFblock(loc, FBlock.ASYNC_WITH, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.op(Op.POP_TOP, loc);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.AsyncWith(s, pos);
    this.popFblock();
    this.op(Op.POP_BLOCK, loc);
    this.callExitWithNones(loc);
    this.opI(Op.GET_AWAITABLE, 2, loc);
    this.loadConst(null, loc);
    this.addYieldFrom(loc, true);
    this.op(Op.POP_TOP, loc);
    this.jump(Op.JUMP, exit, loc);
    this.useLabel(final);
    this.jump(Op.SETUP_CLEANUP, cleanup, loc);
    this.op(Op.PUSH_EXC_INFO, loc);
    this.op(Op.WITH_EXCEPT_START, loc);
    this.opI(Op.GET_AWAITABLE, 2, loc);
    this.loadConst(null, loc);
    this.addYieldFrom(loc, true);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  private Assert(s: StmtNode & { _type: 'Assert' }): void {
    if (this.opts.optimize) return;
    const end = new Label();
    this.jumpIf(s.test, end, true);
    this.op(Op.LOAD_ASSERTION_ERROR, LOC(s));
    if (s.msg) {
      this.visitExpr(s.msg);
      this.opI(Op.CALL, 0, LOC(s));
    }
    this.opI(Op.RAISE_VARARGS, 1, LOC(s));
    this.useLabel(end);
  }

  private Import(s: StmtNode & { _type: 'Import' }): void {
    const loc = LOC(s);
    for (const alias of s.names) {
      this.loadConst({ $int: '0' }, loc);
      this.loadConst(null, loc);
      this.addopName(Op.IMPORT_NAME, alias.name, loc);
      if (alias.asname) {
        const name = alias.name;
        let dot = name.indexOf('.');
        if (dot >= 0) {
          for (;;) {
            const pos = dot + 1;
            dot = name.indexOf('.', pos);
            const attr = name.slice(pos, dot >= 0 ? dot : name.length);
            this.addopNameRaw(Op.IMPORT_FROM, attr, loc);
            if (dot < 0) break;
            this.opI(Op.SWAP, 2, loc);
            this.op(Op.POP_TOP, loc);
          }
          this.nameop(loc, alias.asname, 'Store');
          this.op(Op.POP_TOP, loc);
        } else {
          this.nameop(loc, alias.asname, 'Store');
        }
      } else {
        const dot = alias.name.indexOf('.');
        this.nameop(loc, dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
      }
    }
  }

  private ImportFrom(s: StmtNode & { _type: 'ImportFrom' }): void {
    const loc = LOC(s);
    this.loadConst({ $int: String(s.level ?? 0) }, loc);
    const names = s.names.map((a) => a.name);
    const fl = this.opts.futureLocation;
    const after = fl === null || loc.lineno > fl.lineno || (loc.lineno === fl.lineno && loc.col > fl.col);
    if (after && s.module === '__future__') throw this.error(loc, 'from __future__ imports must occur at the beginning of the file');
    this.loadConst({ $tuple: names }, loc);
    this.addopName(Op.IMPORT_NAME, s.module ?? '', loc);
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i]!;
      if (i === 0 && alias.name.charCodeAt(0) === 42 /* '*' */) {
        this.opI(Op.CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc);
        this.op(Op.POP_TOP, NO_LOCATION);
        return;
      }
      this.addopName(Op.IMPORT_FROM, alias.name, loc);
      this.nameop(loc, alias.asname ?? alias.name, 'Store');
    }
    this.op(Op.POP_TOP, loc);
  }

  private AugAssign(s: StmtNode & { _type: 'AugAssign' }): void {
    const e = s.target;
    let loc = LOC(e);
    switch (e._type) {
      case 'Attribute':
        this.visitExpr(e.value);
        this.opI(Op.COPY, 1, loc);
        loc = this.matchAttrStart(loc, e);
        this.addopName(Op.LOAD_ATTR, e.attr, loc);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        if (e.slice._type === 'Slice' && !e.slice.step) {
          this.slice(e.slice);
          this.opI(Op.COPY, 3, loc);
          this.opI(Op.COPY, 3, loc);
          this.opI(Op.COPY, 3, loc);
          this.op(Op.BINARY_SLICE, loc);
        } else {
          this.visitExpr(e.slice);
          this.opI(Op.COPY, 2, loc);
          this.opI(Op.COPY, 2, loc);
          this.op(Op.BINARY_SUBSCR, loc);
        }
        break;
      case 'Name':
        this.nameop(loc, e.id, 'Load');
        break;
      default:
        throw new CompileError('SyntaxError', 'invalid node type for augmented assignment', loc.lineno, loc.col + 1, null, null);
    }
    this.visitExpr(s.value);
    this.opI(Op.BINARY_OP, BINOP[s.op._type]! + 13, LOC(s));
    loc = LOC(e);
    switch (e._type) {
      case 'Attribute':
        loc = this.matchAttrStart(loc, e);
        this.opI(Op.SWAP, 2, loc);
        this.addopName(Op.STORE_ATTR, e.attr, loc);
        break;
      case 'Subscript':
        if (e.slice._type === 'Slice' && !e.slice.step) {
          this.opI(Op.SWAP, 4, loc);
          this.opI(Op.SWAP, 3, loc);
          this.opI(Op.SWAP, 2, loc);
          this.op(Op.STORE_SLICE, loc);
        } else {
          this.opI(Op.SWAP, 3, loc);
          this.opI(Op.SWAP, 2, loc);
          this.op(Op.STORE_SUBSCR, loc);
        }
        break;
      case 'Name':
        this.nameop(loc, e.id, 'Store');
        break;
    }
  }

  private annotationExpr(e: ExprNode): void {
    if (this.opts.futureFeatures & CO_FUTURE_ANNOTATIONS) {
      this.loadConst(unparseAnnotation(e), LOC(e));
      return;
    }
    this.visitExpr(e);
  }

  private checkAnnExpr(e: ExprNode): void {
    this.visitExpr(e);
    this.op(Op.POP_TOP, LOC(e));
  }

  private checkAnnSubscr(e: ExprNode): void {
    if (e._type === 'Slice') {
      if (e.lower) this.checkAnnExpr(e.lower);
      if (e.upper) this.checkAnnExpr(e.upper);
      if (e.step) this.checkAnnExpr(e.step);
    } else if (e._type === 'Tuple') {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else {
      this.checkAnnExpr(e);
    }
  }

  private AnnAssign(s: StmtNode & { _type: 'AnnAssign' }): void {
    const loc = LOC(s);
    const targ = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    const moduleOrClass = this.u.scopeType === ScopeType.MODULE || this.u.scopeType === ScopeType.CLASS;
    switch (targ._type) {
      case 'Name':
        this.forbiddenName(loc, targ.id, 'Store');
        if (s.simple && moduleOrClass) {
          this.annotationExpr(s.annotation);
          this.addopName(Op.LOAD_NAME, '__annotations__', loc);
          this.loadConst(mangle(this.u.privateName, targ.id), loc);
          this.op(Op.STORE_SUBSCR, loc);
        }
        break;
      case 'Attribute':
        this.forbiddenName(loc, targ.attr, 'Store');
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
      default:
        break;
    }
    if (!s.simple && !(this.opts.futureFeatures & CO_FUTURE_ANNOTATIONS) && moduleOrClass) this.checkAnnExpr(s.annotation);
  }

  // ---- functions and classes ------------------------------------------------------------------

  private decorators(decos: readonly ExprNode[]): void {
    for (const d of decos) this.visitExpr(d);
  }
  private applyDecorators(decos: readonly ExprNode[]): void {
    for (let i = decos.length - 1; i >= 0; i--) this.opI(Op.CALL, 0, LOC(decos[i]!));
  }

  private checkDebugArgs(args: ArgumentsNode): void {
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) if (a.arg === '__debug__') throw this.error(LOC(a), 'cannot assign to __debug__');
  }

  private kwonlyDefaults(loc: Location, args: ArgumentsNode): boolean {
    const keys: string[] = [];
    for (let i = 0; i < args.kwonlyargs.length; i++) {
      const d = args.kw_defaults[i];
      if (d) {
        keys.push(mangle(this.u.privateName, args.kwonlyargs[i]!.arg));
        this.visitExpr(d);
      }
    }
    if (keys.length) {
      this.loadConst({ $tuple: keys }, loc);
      this.opI(Op.BUILD_CONST_KEY_MAP, keys.length, loc);
      return true;
    }
    return false;
  }

  private defaultArguments(loc: Location, args: ArgumentsNode): number {
    let flags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.visitExpr(d);
      this.opI(Op.BUILD_TUPLE, args.defaults.length, loc);
      flags |= 1;
    }
    if (args.kwonlyargs.length && this.kwonlyDefaults(loc, args)) flags |= 2;
    return flags;
  }

  private argAnnotation(id: string, annotation: ExprNode | null, count: { n: number }, loc: Location): void {
    if (!annotation) return;
    this.loadConst(mangle(this.u.privateName, id), loc);
    if (this.opts.futureFeatures & CO_FUTURE_ANNOTATIONS) {
      this.annotationExpr(annotation);
    } else if (annotation._type === 'Starred') {
      this.visitExpr(annotation.value);
      this.opI(Op.UNPACK_SEQUENCE, 1, loc);
    } else {
      this.visitExpr(annotation);
    }
    count.n += 2;
  }

  private annotations(loc: Location, args: ArgumentsNode, returns: ExprNode | null): boolean {
    const count = { n: 0 };
    for (const a of args.args) this.argAnnotation(a.arg, a.annotation, count, loc);
    for (const a of args.posonlyargs) this.argAnnotation(a.arg, a.annotation, count, loc);
    if (args.vararg?.annotation) this.argAnnotation(args.vararg.arg, args.vararg.annotation, count, loc);
    for (const a of args.kwonlyargs) this.argAnnotation(a.arg, a.annotation, count, loc);
    if (args.kwarg?.annotation) this.argAnnotation(args.kwarg.arg, args.kwarg.annotation, count, loc);
    this.argAnnotation('return', returns, count, loc);
    if (count.n) {
      this.opI(Op.BUILD_TUPLE, count.n, loc);
      return true;
    }
    return false;
  }

  private FunctionDef(s: StmtNode & { _type: 'FunctionDef' | 'AsyncFunctionDef' }, isAsync: boolean): void {
    this.checkDebugArgs(s.args);
    this.decorators(s.decorator_list);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
    const loc = LOC(s);
    const isGeneric = s.type_params.length > 0;
    if (isGeneric) this.op(Op.PUSH_NULL, loc);
    let funcflags = this.defaultArguments(loc, s.args);
    let numTypeparamArgs = 0;
    if (isGeneric) {
      if (funcflags & 1) numTypeparamArgs++;
      if (funcflags & 2) numTypeparamArgs++;
      if (numTypeparamArgs === 2) this.opI(Op.SWAP, 2, loc);
      this.enterScope(`<generic parameters of ${s.name}>`, ScopeType.TYPEPARAMS, s.type_params, firstlineno);
      this.typeParams(s.type_params);
      for (let i = 0; i < numTypeparamArgs; i++) this.opI(Op.LOAD_FAST, i, loc);
    }
    if (this.annotations(loc, s.args, s.returns)) funcflags |= 4;
    this.functionBody(s, isAsync, funcflags, firstlineno);
    if (isGeneric) {
      this.opI(Op.SWAP, 2, loc);
      this.opI(Op.CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
      this.u.md.argcount = numTypeparamArgs;
      const co = this.assemble(false);
      this.exitScope();
      this.makeClosure(loc, co, 0);
      if (numTypeparamArgs > 0) {
        this.opI(Op.SWAP, numTypeparamArgs + 1, loc);
        this.opI(Op.CALL, numTypeparamArgs, loc);
      } else {
        this.opI(Op.CALL, 0, loc);
      }
    }
    this.applyDecorators(s.decorator_list);
    this.nameop(loc, s.name, 'Store');
  }

  private functionBody(s: StmtNode & { _type: 'FunctionDef' | 'AsyncFunctionDef' }, isAsync: boolean, funcflags: number, firstlineno: number): void {
    this.enterScope(s.name, isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, firstlineno);
    const doc = this.opts.optimize < 2 ? getDocstring(s.body) : null;
    this.u.consts.add(doc);
    this.u.md.argcount = s.args.args.length;
    this.u.md.posonlyargcount = s.args.posonlyargs.length;
    this.u.md.kwonlyargcount = s.args.kwonlyargs.length;
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]!);
    if (this.u.ste.coroutine || this.u.ste.generator) this.wrapInStopIterationHandler();
    const co = this.assemble(true);
    this.exitScope();
    this.makeClosure(LOC(s), co, funcflags);
  }

  private wrapInStopIterationHandler(): void {
    const handler = new Label();
    const entry = this.u.g.entry;
    const setup = new Instr(Op.SETUP_CLEANUP, 0, NO_LOCATION);
    setup.label = handler;
    entry.instrs.unshift(setup);
    this.loadConst(null, NO_LOCATION);
    this.op(Op.RETURN_VALUE, NO_LOCATION);
    this.useLabel(handler);
    this.opI(Op.CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, NO_LOCATION);
    this.opI(Op.RERAISE, 1, NO_LOCATION);
  }

  private getRefType(name: string): Scope {
    if (this.u.scopeType === ScopeType.CLASS && (name === '__class__' || name === '__classdict__')) return Scope.CELL;
    const scope = this.u.ste.getScope(name);
    if (scope === 0) {
      throw new CompileError('SyntaxError', `pyglass: unknown scope for '${name}' in ${this.u.md.name}`, null, null, null, null);
    }
    return scope;
  }

  private makeClosure(loc: Location, co: CodeObject, flags: number): void {
    const kinds = co.co_localspluskinds;
    let nfree = 0;
    for (let i = 0; i < kinds.length; i++) {
      if (!(kinds[i]! & 0x80)) continue;
      nfree++;
      const name = co.co_localsplusnames[i]!;
      const reftype = this.getRefType(name);
      const arg = reftype === Scope.CELL ? this.u.md.cellvars.get(name) : this.u.md.freevars.get(name);
      if (arg === undefined) throw new CompileError('SyntaxError', `pyglass: closure variable '${name}' not found in ${this.u.md.name}`, null, null, null, null);
      this.opI(Op.LOAD_CLOSURE, arg, loc);
    }
    if (nfree) {
      flags |= 8;
      this.opI(Op.BUILD_TUPLE, nfree, loc);
    }
    this.loadConst({ $code: co }, loc);
    this.opI(Op.MAKE_FUNCTION, flags, loc);
  }

  private Lambda(e: ExprNode & { _type: 'Lambda' }): void {
    this.checkDebugArgs(e.args);
    const loc = LOC(e);
    const funcflags = this.defaultArguments(loc, e.args);
    this.enterScope('<lambda>', ScopeType.LAMBDA, e, e.lineno);
    this.u.consts.add(null);
    this.u.md.argcount = e.args.args.length;
    this.u.md.posonlyargcount = e.args.posonlyargs.length;
    this.u.md.kwonlyargcount = e.args.kwonlyargs.length;
    this.visitExpr(e.body);
    let co: CodeObject;
    if (this.u.ste.generator) {
      co = this.assemble(false);
    } else {
      this.op(Op.RETURN_VALUE, LOCATION(e.lineno, e.lineno, 0, 0));
      co = this.assemble(true);
    }
    this.exitScope();
    this.makeClosure(loc, co, funcflags);
  }

  private typeParams(tps: readonly TypeParamNode[]): void {
    for (const tp of tps) {
      const loc = LOC(tp);
      this.loadConst(tp.name, loc);
      if (tp._type === 'TypeVar') {
        if (tp.bound) {
          const bound = tp.bound;
          this.enterScope(tp.name, ScopeType.TYPEPARAMS, tp, bound.lineno);
          this.visitExpr(bound);
          this.op(Op.RETURN_VALUE, loc);
          const co = this.assemble(true);
          this.exitScope();
          this.makeClosure(loc, co, 0);
          this.opI(Op.CALL_INTRINSIC_2, bound._type === 'Tuple' ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND, loc);
        } else {
          this.opI(Op.CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
        }
      } else {
        this.opI(Op.CALL_INTRINSIC_1, tp._type === 'TypeVarTuple' ? INTRINSIC_TYPEVARTUPLE : INTRINSIC_PARAMSPEC, loc);
      }
      this.opI(Op.COPY, 1, loc);
      this.nameop(loc, tp.name, 'Store');
    }
    this.opI(Op.BUILD_TUPLE, tps.length, LOC(tps[0]!));
  }

  private TypeAlias(s: StmtNode & { _type: 'TypeAlias' }): void {
    const loc = LOC(s);
    const name = (s.name as ExprNode & { id: string }).id;
    const isGeneric = s.type_params.length > 0;
    if (isGeneric) {
      this.op(Op.PUSH_NULL, loc);
      this.enterScope(`<generic parameters of ${name}>`, ScopeType.TYPEPARAMS, s.type_params, loc.lineno);
      this.loadConst(name, loc);
      this.typeParams(s.type_params);
    } else {
      this.loadConst(name, loc);
      this.loadConst(null, loc);
    }
    this.enterScope(name, ScopeType.FUNCTION, s, loc.lineno);
    this.u.consts.add(null);
    this.visitExpr(s.value);
    this.op(Op.RETURN_VALUE, loc);
    const co = this.assemble(false);
    this.exitScope();
    this.makeClosure(loc, co, 0);
    this.opI(Op.BUILD_TUPLE, 3, loc);
    this.opI(Op.CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
    if (isGeneric) {
      const co2 = this.assemble(false);
      this.exitScope();
      this.makeClosure(loc, co2, 0);
      this.opI(Op.CALL, 0, loc);
    }
    this.nameop(loc, name, 'Store');
  }

  private classBody(s: StmtNode & { _type: 'ClassDef' }, firstlineno: number): void {
    this.enterScope(s.name, ScopeType.CLASS, s, firstlineno);
    const loc = LOCATION(firstlineno, firstlineno, 0, 0);
    this.u.privateName = s.name;
    this.nameop(loc, '__name__', 'Load');
    this.nameop(loc, '__module__', 'Store');
    this.loadConst(this.u.md.qualname, loc);
    this.nameop(loc, '__qualname__', 'Store');
    if (s.type_params.length) {
      this.nameop(loc, '.type_params', 'Load');
      this.nameop(loc, '__type_params__', 'Store');
    }
    if (this.u.ste.needsClassdict) {
      this.op(Op.LOAD_LOCALS, loc);
      this.opI(Op.STORE_DEREF, dictAdd(this.u.md.cellvars, '__classdict__'), loc);
    }
    this.body(loc, s.body);
    if (this.u.ste.needsClassdict) {
      this.opI(Op.LOAD_CLOSURE, this.u.md.cellvars.get('__classdict__')!, NO_LOCATION);
      this.nameop(NO_LOCATION, '__classdictcell__', 'Store');
    }
    if (this.u.ste.needsClassClosure) {
      this.opI(Op.LOAD_CLOSURE, this.u.md.cellvars.get('__class__')!, NO_LOCATION);
      this.opI(Op.COPY, 1, NO_LOCATION);
      this.nameop(NO_LOCATION, '__classcell__', 'Store');
    } else {
      this.loadConst(null, NO_LOCATION);
    }
    this.op(Op.RETURN_VALUE, NO_LOCATION);
    const co = this.assemble(true);
    this.exitScope();
    const cloc = LOC(s);
    this.op(Op.PUSH_NULL, cloc);
    this.op(Op.LOAD_BUILD_CLASS, cloc);
    this.makeClosure(cloc, co, 0);
    this.loadConst(s.name, cloc);
  }

  private ClassDef(s: StmtNode & { _type: 'ClassDef' }): void {
    this.decorators(s.decorator_list);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
    const loc = LOC(s);
    const isGeneric = s.type_params.length > 0;
    if (isGeneric) {
      this.op(Op.PUSH_NULL, loc);
      this.enterScope(`<generic parameters of ${s.name}>`, ScopeType.TYPEPARAMS, s.type_params, firstlineno);
      this.u.privateName = s.name;
      this.typeParams(s.type_params);
      this.nameop(loc, '.type_params', 'Store');
    }
    this.classBody(s, firstlineno);
    if (isGeneric) {
      this.nameop(loc, '.type_params', 'Load');
      this.opI(Op.CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
      this.nameop(loc, '.generic_base', 'Store');
      const nameNode = { _type: 'Name', id: '.generic_base', ctx: { _type: 'Load' }, lineno: loc.lineno, col_offset: loc.col, end_lineno: loc.endLineno, end_col_offset: loc.endCol } as ExprNode;
      this.callHelper(loc, 2, [...s.bases, nameNode], s.keywords);
      const co = this.assemble(false);
      this.exitScope();
      this.makeClosure(loc, co, 0);
      this.opI(Op.CALL, 0, loc);
    } else {
      this.callHelper(loc, 2, s.bases, s.keywords);
    }
    this.applyDecorators(s.decorator_list);
    this.nameop(loc, s.name, 'Store');
  }

  // ---- expressions ----------------------------------------------------------------------------

  private visitExpr(e: ExprNode): void {
    let loc = LOC(e);
    switch (e._type) {
      case 'NamedExpr':
        this.visitExpr(e.value);
        this.opI(Op.COPY, 1, loc);
        this.visitExpr(e.target);
        return;
      case 'BoolOp': return this.BoolOp(e);
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.opI(Op.BINARY_OP, BINOP[e.op._type]!, loc);
        return;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        if (e.op._type === 'UAdd') this.opI(Op.CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
        else this.op(e.op._type === 'Invert' ? Op.UNARY_INVERT : e.op._type === 'Not' ? Op.UNARY_NOT : Op.UNARY_NEGATIVE, loc);
        return;
      case 'Lambda': return this.Lambda(e);
      case 'IfExp': {
        const end = new Label(), next = new Label();
        this.jumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.jump(Op.JUMP, end, NO_LOCATION);
        this.useLabel(next);
        this.visitExpr(e.orelse);
        this.useLabel(end);
        return;
      }
      case 'Dict': return this.Dict(e);
      case 'Set':
        this.starunpackHelper(loc, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
        return;
      case 'GeneratorExp': return this.comprehension(e, Comp.GENEXP, '<genexpr>', e.generators, e.elt, null);
      case 'ListComp': return this.comprehension(e, Comp.LISTCOMP, '<listcomp>', e.generators, e.elt, null);
      case 'SetComp': return this.comprehension(e, Comp.SETCOMP, '<setcomp>', e.generators, e.elt, null);
      case 'DictComp': return this.comprehension(e, Comp.DICTCOMP, '<dictcomp>', e.generators, e.key, e.value);
      case 'Yield':
        if (!this.u.ste.isFunctionLike()) throw this.error(loc, "'yield' outside function");
        if (e.value) this.visitExpr(e.value);
        else this.loadConst(null, loc);
        this.addYield(loc);
        return;
      case 'YieldFrom':
        if (!this.u.ste.isFunctionLike()) throw this.error(loc, "'yield' outside function");
        if (this.u.scopeType === ScopeType.ASYNC_FUNCTION) throw this.error(loc, "'yield from' inside async function");
        this.visitExpr(e.value);
        this.op(Op.GET_YIELD_FROM_ITER, loc);
        this.loadConst(null, loc);
        this.addYieldFrom(loc, false);
        return;
      case 'Await':
        if (!this.u.ste.isFunctionLike()) throw this.error(loc, "'await' outside function");
        if (this.u.scopeType !== ScopeType.ASYNC_FUNCTION && this.u.scopeType !== ScopeType.COMPREHENSION) {
          throw this.error(loc, "'await' outside async function");
        }
        this.visitExpr(e.value);
        this.opI(Op.GET_AWAITABLE, 0, loc);
        this.loadConst(null, loc);
        this.addYieldFrom(loc, true);
        return;
      case 'Compare': return this.Compare(e);
      case 'Call': return this.Call(e);
      case 'Constant':
        this.loadConst(e.value, loc);
        return;
      case 'JoinedStr':
        if (e.values.length > STACK_USE_GUIDELINE) {
          this.loadConst('', loc);
          this.addopName(Op.LOAD_METHOD, 'join', loc);
          this.opI(Op.BUILD_LIST, 0, loc);
          for (const v of e.values) {
            this.visitExpr(v);
            this.opI(Op.LIST_APPEND, 1, loc);
          }
          this.opI(Op.CALL, 1, loc);
        } else {
          for (const v of e.values) this.visitExpr(v);
          if (e.values.length !== 1) this.opI(Op.BUILD_STRING, e.values.length, loc);
        }
        return;
      case 'FormattedValue': {
        this.visitExpr(e.value);
        const conv = e.conversion;
        let oparg = conv === 115 ? 1 : conv === 114 ? 2 : conv === 97 ? 3 : 0;
        if (e.format_spec) {
          this.visitExpr(e.format_spec);
          oparg |= 4;
        }
        this.opI(Op.FORMAT_VALUE, oparg, loc);
        return;
      }
      case 'Attribute':
        if (e.ctx._type === 'Load' && this.canOptimizeSuperCall(e)) {
          const call = e.value as ExprNode & { _type: 'Call' };
          this.loadArgsForSuper(call);
          this.addopName(call.args.length ? Op.LOAD_SUPER_ATTR : Op.LOAD_ZERO_SUPER_ATTR, e.attr, loc);
          loc = this.matchAttrStart(loc, e);
          this.op(Op.NOP, loc);
          return;
        }
        this.visitExpr(e.value);
        loc = this.matchAttrStart(LOC(e), e);
        switch (e.ctx._type) {
          case 'Load': this.addopName(Op.LOAD_ATTR, e.attr, loc); break;
          case 'Store':
            this.forbiddenName(loc, e.attr, 'Store');
            this.addopName(Op.STORE_ATTR, e.attr, loc);
            break;
          case 'Del': this.addopName(Op.DELETE_ATTR, e.attr, loc); break;
        }
        return;
      case 'Subscript': return this.Subscript(e);
      case 'Starred':
        if (e.ctx._type === 'Store') throw this.error(loc, 'starred assignment target must be in a list or tuple');
        throw this.error(loc, "can't use starred expression here");
      case 'Slice': {
        const n = this.slice(e);
        this.opI(Op.BUILD_SLICE, n, loc);
        return;
      }
      case 'Name':
        this.nameop(loc, e.id, e.ctx._type);
        return;
      case 'List':
        if (e.ctx._type === 'Store') this.assignmentHelper(loc, e.elts);
        else if (e.ctx._type === 'Load') this.starunpackHelper(loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
        else for (const x of e.elts) this.visitExpr(x);
        return;
      case 'Tuple':
        if (e.ctx._type === 'Store') this.assignmentHelper(loc, e.elts);
        else if (e.ctx._type === 'Load') this.starunpackHelper(loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        else for (const x of e.elts) this.visitExpr(x);
        return;
    }
  }

  private matchAttrStart(loc: Location, attr: ExprNode & { _type: 'Attribute' }): Location {
    const endLineno = attr.end_lineno ?? attr.lineno;
    if (loc.lineno !== endLineno) {
      const l = { ...loc, lineno: endLineno };
      const len = [...attr.attr].length;
      const endCol = attr.end_col_offset ?? -1;
      if (len <= endCol) {
        l.col = endCol - len;
      } else {
        l.col = -1;
        l.endCol = -1;
      }
      l.endLineno = Math.max(l.lineno, l.endLineno);
      if (l.lineno === l.endLineno) l.endCol = Math.max(l.col, l.endCol);
      return l;
    }
    return loc;
  }

  private addYield(loc: Location): void {
    const ste = this.u.ste;
    if (ste.isFunctionLike() && ste.coroutine && ste.generator) this.opI(Op.CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
    this.opI(Op.YIELD_VALUE, 0, loc);
    this.opI(Op.RESUME, 1, loc);
  }

  private addYieldFrom(loc: Location, isAwait: boolean): void {
    const send = new Label(), fail = new Label(), exit = new Label();
    this.useLabel(send);
    this.jump(Op.SEND, exit, loc);
    this.jump(Op.SETUP_FINALLY, fail, loc);
    this.opI(Op.YIELD_VALUE, 0, loc);
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.opI(Op.RESUME, isAwait ? 3 : 2, loc);
    this.jump(Op.JUMP_NO_INTERRUPT, send, loc);
    this.useLabel(fail);
    this.op(Op.CLEANUP_THROW, loc);
    this.useLabel(exit);
    this.op(Op.END_SEND, loc);
  }

  private BoolOp(e: ExprNode & { _type: 'BoolOp' }): void {
    const loc = LOC(e);
    const jumpi = e.op._type === 'And' ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
    const end = new Label();
    const n = e.values.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.values[i]!);
      this.opI(Op.COPY, 1, loc);
      this.jump(jumpi, end, loc);
      this.op(Op.POP_TOP, loc);
    }
    this.visitExpr(e.values[n]!);
    this.useLabel(end);
  }

  private addCompare(loc: Location, op: string): void {
    switch (op) {
      case 'Is': this.opI(Op.IS_OP, 0, loc); return;
      case 'IsNot': this.opI(Op.IS_OP, 1, loc); return;
      case 'In': this.opI(Op.CONTAINS_OP, 0, loc); return;
      case 'NotIn': this.opI(Op.CONTAINS_OP, 1, loc); return;
    }
    this.opI(Op.COMPARE_OP, COMPARE[op]!, loc);
  }

  private Compare(e: ExprNode & { _type: 'Compare' }): void {
    const loc = LOC(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]!);
      this.addCompare(loc, e.ops[0]!._type);
      return;
    }
    const cleanup = new Label();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]!);
      this.opI(Op.SWAP, 2, loc);
      this.opI(Op.COPY, 2, loc);
      this.addCompare(loc, e.ops[i]!._type);
      this.opI(Op.COPY, 1, loc);
      this.jump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
      this.op(Op.POP_TOP, loc);
    }
    this.visitExpr(e.comparators[n]!);
    this.addCompare(loc, e.ops[n]!._type);
    const end = new Label();
    this.jump(Op.JUMP, end, NO_LOCATION);
    this.useLabel(cleanup);
    this.opI(Op.SWAP, 2, loc);
    this.op(Op.POP_TOP, loc);
    this.useLabel(end);
  }

  private jumpIf(e: ExprNode, next: Label, cond: boolean): void {
    switch (e._type) {
      case 'UnaryOp':
        if (e.op._type === 'Not') return this.jumpIf(e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const s = e.values;
        const n = s.length - 1;
        const cond2 = e.op._type === 'Or';
        let next2 = next;
        if (cond2 !== cond) next2 = new Label();
        for (let i = 0; i < n; i++) this.jumpIf(s[i]!, next2, cond2);
        this.jumpIf(s[n]!, next, cond);
        if (next2 !== next) this.useLabel(next2);
        return;
      }
      case 'IfExp': {
        const end = new Label(), next2 = new Label();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.jump(Op.JUMP, end, NO_LOCATION);
        this.useLabel(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useLabel(end);
        return;
      }
      case 'Compare': {
        const n = e.ops.length - 1;
        if (n > 0) {
          const loc = LOC(e);
          const cleanup = new Label();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]!);
            this.opI(Op.SWAP, 2, loc);
            this.opI(Op.COPY, 2, loc);
            this.addCompare(loc, e.ops[i]!._type);
            this.jump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
          }
          this.visitExpr(e.comparators[n]!);
          this.addCompare(loc, e.ops[n]!._type);
          this.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, loc);
          const end = new Label();
          this.jump(Op.JUMP, end, NO_LOCATION);
          this.useLabel(cleanup);
          this.op(Op.POP_TOP, loc);
          if (!cond) this.jump(Op.JUMP, next, NO_LOCATION);
          this.useLabel(end);
          return;
        }
        break;
      }
    }
    this.visitExpr(e);
    this.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, LOC(e));
  }

  private Subscript(e: ExprNode & { _type: 'Subscript' }): void {
    const loc = LOC(e);
    const ctx = e.ctx._type;
    this.visitExpr(e.value);
    if (e.slice._type === 'Slice' && !e.slice.step && ctx !== 'Del') {
      this.slice(e.slice);
      this.op(ctx === 'Load' ? Op.BINARY_SLICE : Op.STORE_SLICE, loc);
    } else {
      this.visitExpr(e.slice);
      this.op(ctx === 'Load' ? Op.BINARY_SUBSCR : ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, loc);
    }
  }

  private slice(s: ExprNode & { _type: 'Slice' }): number {
    let n = 2;
    if (s.lower) this.visitExpr(s.lower);
    else this.loadConst(null, LOC(s));
    if (s.upper) this.visitExpr(s.upper);
    else this.loadConst(null, LOC(s));
    if (s.step) {
      n++;
      this.visitExpr(s.step);
    }
    return n;
  }

  private assignmentHelper(loc: Location, elts: readonly ExprNode[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt._type === 'Starred' && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) throw this.error(loc, 'too many expressions in star-unpacking assignment');
        this.opI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
        seenStar = true;
      } else if (elt._type === 'Starred') {
        throw this.error(loc, 'multiple starred expressions in assignment');
      }
    }
    if (!seenStar) this.opI(Op.UNPACK_SEQUENCE, n, loc);
    for (const elt of elts) this.visitExpr(elt._type === 'Starred' ? elt.value : elt);
  }

  private starunpackHelper(loc: Location, elts: readonly ExprNode[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every(isConstant)) {
      const values = elts.map((x) => (x as ExprNode & { value: PyConstant }).value);
      if (tuple && !pushed) {
        this.loadConst({ $tuple: values }, loc);
      } else {
        const folded: PyConstant = add === Op.SET_ADD ? makeFrozenset(values) : { $tuple: values };
        this.opI(build, pushed, loc);
        this.loadConst(folded, loc);
        this.opI(extend, 1, loc);
        if (tuple) this.opI(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x._type === 'Starred');
    if (!seenStar && !big) {
      for (const x of elts) this.visitExpr(x);
      this.opI(tuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
      return;
    }
    let built = false;
    if (big) {
      this.opI(build, pushed, loc);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt._type === 'Starred') {
        if (!built) {
          this.opI(build, i + pushed, loc);
          built = true;
        }
        this.visitExpr(elt.value);
        this.opI(extend, 1, loc);
      } else {
        this.visitExpr(elt);
        if (built) this.opI(add, 1, loc);
      }
    }
    if (tuple) this.opI(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
  }

  private subdict(e: ExprNode & { _type: 'Dict' }, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const loc = LOC(e);
    let allConst = true;
    for (let i = begin; i < end; i++) if (!isConstant(e.keys[i]!)) allConst = false;
    if (n > 1 && !big && allConst) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]!);
      const keys: PyConstant[] = [];
      for (let i = begin; i < end; i++) keys.push((e.keys[i] as ExprNode & { value: PyConstant }).value);
      this.loadConst({ $tuple: keys }, loc);
      this.opI(Op.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.opI(Op.BUILD_MAP, 0, loc);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]!);
      if (big) this.opI(Op.MAP_ADD, 1, loc);
    }
    if (!big) this.opI(Op.BUILD_MAP, n, loc);
  }

  private Dict(e: ExprNode & { _type: 'Dict' }): void {
    const loc = LOC(e);
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.opI(Op.DICT_UPDATE, 1, loc);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.opI(Op.BUILD_MAP, 0, loc);
          haveDict = true;
        }
        this.visitExpr(e.values[i]!);
        this.opI(Op.DICT_UPDATE, 1, loc);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.opI(Op.DICT_UPDATE, 1, loc);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.opI(Op.DICT_UPDATE, 1, loc);
      haveDict = true;
    }
    if (!haveDict) this.opI(Op.BUILD_MAP, 0, loc);
  }

  // ---- calls ----------------------------------------------------------------------------------

  private validateKeywords(keywords: readonly KeywordNode[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i]!.arg;
      if (key === null) continue;
      this.forbiddenName(LOC(keywords[i]!), key, 'Store');
      for (let j = i + 1; j < keywords.length; j++) {
        if (keywords[j]!.arg === key) throw this.error(LOC(keywords[j]!), `keyword argument repeated: ${key}`);
      }
    }
  }

  private isImportOriginated(e: ExprNode): boolean {
    if (e._type !== 'Name') return false;
    return (this.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
  }

  private canOptimizeSuperCall(attr: ExprNode & { _type: 'Attribute' }): boolean {
    const e = attr.value;
    if (e._type !== 'Call' || e.func._type !== 'Name' || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length !== 0) return false;
    const n = e.args.length;
    if (this.u.ste.getScope('super') !== Scope.GLOBAL_IMPLICIT) return false;
    if (this.st.top.getScope('super') !== 0) return false;
    if (n === 2) return !e.args.some((a) => a._type === 'Starred');
    if (n !== 0) return false;
    if (this.u.md.argcount === 0 && this.u.md.posonlyargcount === 0) return false;
    const scope = this.u.scopeType === ScopeType.CLASS ? Scope.CELL : this.u.ste.getScope('__class__');
    return scope === Scope.FREE;
  }

  private loadArgsForSuper(e: ExprNode & { _type: 'Call' }): void {
    const loc = LOC(e);
    this.nameop(LOC(e.func), (e.func as ExprNode & { id: string }).id, 'Load');
    if (e.args.length === 2) {
      this.visitExpr(e.args[0]!);
      this.visitExpr(e.args[1]!);
      return;
    }
    this.nameop(loc, '__class__', 'Load');
    const first = this.u.md.varnames.keys().next().value as string;
    this.nameop(loc, first, 'Load');
  }

  private callSimpleKwHelper(loc: Location, keywords: readonly KeywordNode[]): void {
    const idx = this.u.consts.add({ $tuple: keywords.map((k) => k.arg!) });
    this.opI(Op.KW_NAMES, idx, loc);
  }

  private maybeOptimizeMethodCall(e: ExprNode & { _type: 'Call' }): boolean {
    const meth = e.func;
    if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = e.args.length;
    const kwdsl = e.keywords.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a._type === 'Starred')) return false;
    if (e.keywords.some((k) => k.arg === null)) return false;
    let loc = LOC(meth);
    if (this.canOptimizeSuperCall(meth)) {
      const call = meth.value as ExprNode & { _type: 'Call' };
      this.loadArgsForSuper(call);
      this.addopName(call.args.length ? Op.LOAD_SUPER_METHOD : Op.LOAD_ZERO_SUPER_METHOD, meth.attr, loc);
      loc = this.matchAttrStart(loc, meth);
      this.op(Op.NOP, loc);
    } else {
      this.visitExpr(meth.value);
      loc = this.matchAttrStart(loc, meth);
      this.addopName(Op.LOAD_METHOD, meth.attr, loc);
    }
    for (const a of e.args) this.visitExpr(a);
    if (kwdsl) {
      for (const k of e.keywords) this.visitExpr(k.value);
      this.callSimpleKwHelper(loc, e.keywords);
    }
    loc = this.matchAttrStart(LOC(e), meth);
    this.opI(Op.CALL, argsl + kwdsl, loc);
    return true;
  }

  private Call(e: ExprNode & { _type: 'Call' }): void {
    this.validateKeywords(e.keywords);
    if (this.maybeOptimizeMethodCall(e)) return;
    this.op(Op.PUSH_NULL, LOC(e.func));
    this.visitExpr(e.func);
    this.callHelper(LOC(e), 0, e.args, e.keywords);
  }

  private subkwargs(loc: Location, keywords: readonly KeywordNode[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i]!.value);
      this.loadConst({ $tuple: keywords.slice(begin, end).map((k) => k.arg!) }, loc);
      this.opI(Op.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.opI(Op.BUILD_MAP, 0, NO_LOCATION);
    for (let i = begin; i < end; i++) {
      const kw = keywords[i]!;
      this.loadConst(kw.arg!, loc);
      this.visitExpr(kw.value);
      if (big) this.opI(Op.MAP_ADD, 1, NO_LOCATION);
    }
    if (!big) this.opI(Op.BUILD_MAP, n, loc);
  }

  private callHelper(loc: Location, n: number, args: readonly ExprNode[], keywords: readonly KeywordNode[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    const exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
    if (!exCall) {
      for (const a of args) this.visitExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.callSimpleKwHelper(loc, keywords);
      }
      this.opI(Op.CALL, n + nelts + nkwelts, loc);
      return;
    }
    if (n === 0 && nelts === 1 && args[0]!._type === 'Starred') {
      this.visitExpr((args[0] as ExprNode & { value: ExprNode }).value);
    } else {
      this.starunpackHelper(loc, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i]!;
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(loc, keywords, i - nseen, i);
            if (haveDict) this.opI(Op.DICT_MERGE, 1, loc);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.opI(Op.BUILD_MAP, 0, loc);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.opI(Op.DICT_MERGE, 1, loc);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.opI(Op.DICT_MERGE, 1, loc);
      }
    }
    this.opI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
  }

  // ---- comprehensions -------------------------------------------------------------------------

  private comprehension(e: ExprNode, type: Comp, name: string, generators: readonly ComprehensionNode[], elt: ExprNode, val: ExprNode | null): void {
    const scopeType = this.u.scopeType;
    const entry = this.st.lookup(e);
    const isInlined = entry.compInlined;
    const isAsyncGenerator = entry.coroutine;
    let loc = LOC(e);
    const outermost = generators[0]!;
    let state: InlinedState | null = null;
    if (isInlined) {
      this.visitExpr(outermost.iter);
      this.op(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, loc);
      state = this.pushInlinedComprehensionState(loc, entry);
    } else {
      this.enterScope(name, ScopeType.COMPREHENSION, e, e.lineno);
    }
    if (isAsyncGenerator && type !== Comp.GENEXP && scopeType !== ScopeType.ASYNC_FUNCTION && scopeType !== ScopeType.COMPREHENSION) {
      throw this.error(loc, 'asynchronous comprehension outside of an asynchronous function');
    }
    if (type !== Comp.GENEXP) {
      this.opI(type === Comp.LISTCOMP ? Op.BUILD_LIST : type === Comp.SETCOMP ? Op.BUILD_SET : Op.BUILD_MAP, 0, loc);
      if (isInlined) this.opI(Op.SWAP, 2, loc);
    }
    this.comprehensionGenerator(loc, generators, 0, 0, elt, val, type, isInlined);
    if (isInlined) {
      this.popInlinedComprehensionState(loc, state!);
      return;
    }
    if (type !== Comp.GENEXP) this.op(Op.RETURN_VALUE, LOC(e));
    if (type === Comp.GENEXP) this.wrapInStopIterationHandler();
    const co = this.assemble(true);
    this.exitScope();
    loc = LOC(e);
    this.makeClosure(loc, co, 0);
    this.visitExpr(outermost.iter);
    this.op(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, loc);
    this.opI(Op.CALL, 0, loc);
    if (isAsyncGenerator && type !== Comp.GENEXP) {
      this.opI(Op.GET_AWAITABLE, 0, loc);
      this.loadConst(null, loc);
      this.addYieldFrom(loc, true);
    }
  }

  private comprehensionGenerator(loc: Location, generators: readonly ComprehensionNode[], genIndex: number, depth: number,
    elt: ExprNode, val: ExprNode | null, type: Comp, iterOnStack: boolean): void {
    const gen = generators[genIndex]!;
    if (gen.is_async) this.asyncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
    else this.syncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
  }

  private comprehensionElement(elt: ExprNode, val: ExprNode | null, type: Comp, depth: number): Location {
    let eltLoc = LOC(elt);
    switch (type) {
      case Comp.GENEXP:
        this.visitExpr(elt);
        this.addYield(eltLoc);
        this.op(Op.POP_TOP, eltLoc);
        break;
      case Comp.LISTCOMP:
        this.visitExpr(elt);
        this.opI(Op.LIST_APPEND, depth + 1, eltLoc);
        break;
      case Comp.SETCOMP:
        this.visitExpr(elt);
        this.opI(Op.SET_ADD, depth + 1, eltLoc);
        break;
      case Comp.DICTCOMP:
        this.visitExpr(elt);
        this.visitExpr(val!);
        eltLoc = LOCATION(elt.lineno, val!.end_lineno ?? val!.lineno, elt.col_offset, val!.end_col_offset ?? val!.col_offset);
        this.opI(Op.MAP_ADD, depth + 1, eltLoc);
        break;
    }
    return eltLoc;
  }

  private syncComprehensionGenerator(loc: Location, generators: readonly ComprehensionNode[], genIndex: number, depth: number,
    elt: ExprNode, val: ExprNode | null, type: Comp, iterOnStack: boolean): void {
    let start: Label | null = new Label();
    const ifCleanup = new Label(), anchor = new Label();
    const gen = generators[genIndex]!;
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.u.md.argcount = 1;
        this.opI(Op.LOAD_FAST, 0, loc);
      } else {
        const it = gen.iter;
        const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
        if (elts && elts.length === 1 && elts[0]!._type !== 'Starred') {
          this.visitExpr(elts[0]!);
          start = null;
        }
        if (start) {
          this.visitExpr(gen.iter);
          this.op(Op.GET_ITER, loc);
        }
      }
    }
    if (start) {
      depth++;
      this.useLabel(start);
      this.jump(Op.FOR_ITER, anchor, loc);
    }
    this.visitExpr(gen.target);
    for (const e of gen.ifs) this.jumpIf(e, ifCleanup, false);
    if (++genIndex < generators.length) this.comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
    let eltLoc = LOC(elt);
    if (genIndex >= generators.length) eltLoc = this.comprehensionElement(elt, val, type, depth);
    this.useLabel(ifCleanup);
    if (start) {
      this.jump(Op.JUMP, start, eltLoc);
      this.useLabel(anchor);
      this.op(Op.END_FOR, NO_LOCATION);
    }
  }

  private asyncComprehensionGenerator(loc: Location, generators: readonly ComprehensionNode[], genIndex: number, depth: number,
    elt: ExprNode, val: ExprNode | null, type: Comp, iterOnStack: boolean): void {
    const start = new Label(), except = new Label(), ifCleanup = new Label();
    const gen = generators[genIndex]!;
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.u.md.argcount = 1;
        this.opI(Op.LOAD_FAST, 0, loc);
      } else {
        this.visitExpr(gen.iter);
        this.op(Op.GET_AITER, loc);
      }
    }
    this.useLabel(start);
    this.pushFblock(loc, FBlock.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
    this.jump(Op.SETUP_FINALLY, except, loc);
    this.op(Op.GET_ANEXT, loc);
    this.loadConst(null, loc);
    this.addYieldFrom(loc, true);
    this.op(Op.POP_BLOCK, loc);
    this.visitExpr(gen.target);
    for (const e of gen.ifs) this.jumpIf(e, ifCleanup, false);
    depth++;
    if (++genIndex < generators.length) this.comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
    let eltLoc = LOC(elt);
    if (genIndex >= generators.length) eltLoc = this.comprehensionElement(elt, val, type, depth);
    this.useLabel(ifCleanup);
    this.jump(Op.JUMP, start, eltLoc);
    this.popFblock();
    this.useLabel(except);
    this.op(Op.END_ASYNC_FOR, loc);
  }

  private pushInlinedComprehensionState(loc: Location, entry: SymbolTableEntry): InlinedState {
    const u = this.u;
    const inClassBlock = u.ste.type === BlockType.Class && !u.inInlinedComp;
    u.inInlinedComp++;
    const state: InlinedState = { pushedLocals: null, tempSymbols: null, fastHidden: null, cleanup: null, end: null };
    for (const [k, symbol] of entry.symbols) {
      const scope = (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
      let outv = u.ste.symbols.get(k);
      if (outv === undefined) outv = 0;
      const outsc = (outv >> SCOPE_OFFSET) & SCOPE_MASK;
      const isLocal = ((symbol & DEF_LOCAL) && !(symbol & DEF_NONLOCAL)) || inClassBlock;
      if (isLocal) {
        if (!state.pushedLocals) state.pushedLocals = [];
        this.opI(Op.LOAD_FAST_AND_CLEAR, dictAdd(u.md.varnames, k), loc);
        if (scope === Scope.CELL) {
          if (outsc === Scope.FREE) this.opI(Op.MAKE_CELL, dictAdd(u.md.freevars, k), loc);
          else this.opI(Op.MAKE_CELL, dictAdd(u.md.cellvars, k), loc);
        }
        state.pushedLocals.push(k);
      }
      // A name free in the comprehension is bound in this unit (or further out): this unit's own
      // scope for it is the right one, so it is not overridden; nor is an implicit global (observed
      // CPython 3.12.1 behaviour: a module's imported names keep DEF_IMPORT inside the comprehension).
      if (scope !== outsc && scope !== Scope.FREE && scope !== Scope.GLOBAL_IMPLICIT && !(scope === Scope.CELL && outsc === Scope.FREE)) {
        if (!state.tempSymbols) state.tempSymbols = new Map();
        u.ste.symbols.set(k, symbol);
        state.tempSymbols.set(k, outv);
      }
      if (isLocal && !u.ste.isFunctionLike()) {
        if (u.md.fasthidden.get(k) !== true) {
          u.md.fasthidden.set(k, true);
          if (!state.fastHidden) state.fastHidden = [];
          state.fastHidden.push(k);
        }
      }
    }
    if (state.pushedLocals) {
      this.opI(Op.SWAP, state.pushedLocals.length + 1, loc);
      state.cleanup = new Label();
      state.end = new Label();
      this.jump(Op.SETUP_FINALLY, state.cleanup, loc);
    }
    return state;
  }

  private restoreInlinedComprehensionLocals(loc: Location, state: InlinedState): void {
    const pushed = state.pushedLocals!;
    this.opI(Op.SWAP, pushed.length + 1, loc);
    for (let i = pushed.length - 1; i >= 0; i--) this.opI(Op.STORE_FAST_MAYBE_NULL, dictAdd(this.u.md.varnames, pushed[i]!), loc);
  }

  private popInlinedComprehensionState(loc: Location, state: InlinedState): void {
    const u = this.u;
    u.inInlinedComp--;
    if (state.tempSymbols) {
      for (const [k, v] of state.tempSymbols) {
        u.ste.symbols.set(k, v ?? 0);
      }
    }
    if (state.pushedLocals) {
      this.op(Op.POP_BLOCK, NO_LOCATION);
      this.jump(Op.JUMP_NO_INTERRUPT, state.end!, NO_LOCATION);
      this.useLabel(state.cleanup!);
      this.opI(Op.SWAP, 2, NO_LOCATION);
      this.op(Op.POP_TOP, NO_LOCATION);
      this.restoreInlinedComprehensionLocals(loc, state);
      this.opI(Op.RERAISE, 0, NO_LOCATION);
      this.useLabel(state.end!);
      this.restoreInlinedComprehensionLocals(loc, state);
    }
    if (state.fastHidden) for (const k of state.fastHidden) u.md.fasthidden.set(k, false);
  }

  // ---- match ----------------------------------------------------------------------------------

  private Match(s: StmtNode & { _type: 'Match' }): void {
    this.visitExpr(s.subject);
    const end = new Label();
    const cases = s.cases.length;
    let m = s.cases[cases - 1]!;
    const hasDefault = isWildcard(m.pattern) && cases > 1 ? 1 : 0;
    for (let i = 0; i < cases - hasDefault; i++) {
      m = s.cases[i]!;
      const ploc = LOC(m.pattern);
      if (i !== cases - hasDefault - 1) this.opI(Op.COPY, 1, ploc);
      const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
      this.pattern(m.pattern, pc);
      for (const name of pc.stores) this.nameop(ploc, name, 'Store');
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        this.jumpIf(m.guard, pc.failPop[0]!, false);
      }
      if (i !== cases - hasDefault - 1) this.op(Op.POP_TOP, ploc);
      this.visitStmts(m.body);
      this.jump(Op.JUMP, end, NO_LOCATION);
      this.emitAndResetFailPop(ploc, pc);
    }
    if (hasDefault) {
      m = s.cases[cases - 1]!;
      const ploc = LOC(m.pattern);
      if (cases === 1) this.op(Op.POP_TOP, ploc);
      else this.op(Op.NOP, ploc);
      if (m.guard) this.jumpIf(m.guard, end, false);
      this.visitStmts(m.body);
    }
    this.useLabel(end);
  }

  private ensureFailPop(pc: PatternContext, n: number): void {
    while (pc.failPop.length < n + 1) pc.failPop.push(new Label());
  }

  private jumpToFailPop(loc: Location, pc: PatternContext, op: number): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.jump(op, pc.failPop[pops]!, loc);
  }

  private emitAndResetFailPop(loc: Location, pc: PatternContext): void {
    if (!pc.failPop.length) return;
    for (let i = pc.failPop.length - 1; i > 0; i--) {
      this.useLabel(pc.failPop[i]!);
      this.op(Op.POP_TOP, loc);
    }
    this.useLabel(pc.failPop[0]!);
    pc.failPop = [];
  }

  private patternRotate(loc: Location, count: number): void {
    while (count > 1) this.opI(Op.SWAP, count--, loc);
  }

  private patternStoreName(loc: Location, name: string | null, pc: PatternContext): void {
    if (name === null) {
      this.op(Op.POP_TOP, loc);
      return;
    }
    this.forbiddenName(loc, name, 'Store');
    if (pc.stores.includes(name)) throw this.error(loc, `multiple assignments to name '${name}' in pattern`);
    this.patternRotate(loc, pc.onTop + pc.stores.length + 1);
    pc.stores.push(name);
  }

  private patternSubpattern(p: PatternNode, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private pattern(p: PatternNode, pc: PatternContext): void {
    const loc = LOC(p);
    switch (p._type) {
      case 'MatchValue': {
        const v = p.value;
        const ok = v._type === 'Constant' || v._type === 'Attribute';
        if (!ok) throw this.error(loc, 'patterns may only match literals and attribute lookups');
        this.visitExpr(v);
        this.addCompare(loc, 'Eq');
        this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
        return;
      }
      case 'MatchSingleton':
        this.loadConst(p.value, loc);
        this.addCompare(loc, 'Is');
        this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
        return;
      case 'MatchSequence': return this.patternSequence(p, pc);
      case 'MatchMapping': return this.patternMapping(p, pc);
      case 'MatchClass': return this.patternClass(p, pc);
      case 'MatchStar':
        this.patternStoreName(loc, p.name, pc);
        return;
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (p.name) throw this.error(loc, `name capture '${p.name}' makes remaining patterns unreachable`);
            throw this.error(loc, 'wildcard makes remaining patterns unreachable');
          }
          this.patternStoreName(loc, p.name, pc);
          return;
        }
        pc.onTop++;
        this.opI(Op.COPY, 1, loc);
        this.pattern(p.pattern, pc);
        pc.onTop--;
        this.patternStoreName(loc, p.name, pc);
        return;
      case 'MatchOr': return this.patternOr(p, pc);
    }
  }

  private patternSequence(p: PatternNode & { _type: 'MatchSequence' }, pc: PatternContext): void {
    const loc = LOC(p);
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < size; i++) {
      const q = patterns[i]!;
      if (q._type === 'MatchStar') {
        if (star >= 0) throw this.error(loc, 'multiple starred names in sequence pattern');
        starWildcard = q.name === null;
        onlyWildcard = onlyWildcard && starWildcard;
        star = i;
        continue;
      }
      onlyWildcard = onlyWildcard && isWildcard(q);
    }
    pc.onTop++;
    this.op(Op.MATCH_SEQUENCE, loc);
    this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    if (star < 0) {
      this.op(Op.GET_LEN, loc);
      this.loadConst({ $int: String(size) }, loc);
      this.addCompare(loc, 'Eq');
      this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      this.op(Op.GET_LEN, loc);
      this.loadConst({ $int: String(size - 1) }, loc);
      this.addCompare(loc, 'GtE');
      this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) {
      this.op(Op.POP_TOP, loc);
    } else if (starWildcard) {
      pc.onTop++;
      for (let i = 0; i < size; i++) {
        const q = patterns[i]!;
        if (isWildcard(q) || i === star) continue;
        this.opI(Op.COPY, 1, loc);
        if (i < star) {
          this.loadConst({ $int: String(i) }, loc);
        } else {
          this.op(Op.GET_LEN, loc);
          this.loadConst({ $int: String(size - i) }, loc);
          this.opI(Op.BINARY_OP, BINOP.Sub!, loc);
        }
        this.op(Op.BINARY_SUBSCR, loc);
        this.patternSubpattern(q, pc);
      }
      pc.onTop--;
      this.op(Op.POP_TOP, loc);
    } else {
      let seenStar = false;
      for (let i = 0; i < size; i++) {
        const q = patterns[i]!;
        if (q._type === 'MatchStar' && !seenStar) {
          this.opI(Op.UNPACK_EX, i + ((size - i - 1) << 8), loc);
          seenStar = true;
        }
      }
      if (!seenStar) this.opI(Op.UNPACK_SEQUENCE, size, loc);
      pc.onTop += size;
      for (const q of patterns) {
        pc.onTop--;
        this.patternSubpattern(q, pc);
      }
    }
  }

  private patternMapping(p: PatternNode & { _type: 'MatchMapping' }, pc: PatternContext): void {
    const loc = LOC(p);
    const keys = p.keys;
    let size = keys.length;
    const starTarget = p.rest;
    pc.onTop++;
    this.op(Op.MATCH_MAPPING, loc);
    this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    if (!size && !starTarget) {
      pc.onTop--;
      this.op(Op.POP_TOP, loc);
      return;
    }
    if (size) {
      this.op(Op.GET_LEN, loc);
      this.loadConst({ $int: String(size) }, loc);
      this.addCompare(loc, 'GtE');
      this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    }
    const seen = new Set<string>();
    for (const key of keys) {
      if (key._type === 'Constant') {
        const k = setKey(key.value);
        if (seen.has(k)) throw this.error(loc, `mapping pattern checks duplicate key (${constReprForError(key.value)})`);
        seen.add(k);
      } else if (key._type !== 'Attribute') {
        throw this.error(loc, 'mapping pattern keys may only match literals and attribute lookups');
      }
      this.visitExpr(key);
    }
    this.opI(Op.BUILD_TUPLE, size, loc);
    this.op(Op.MATCH_KEYS, loc);
    pc.onTop += 2;
    this.opI(Op.COPY, 1, loc);
    this.loadConst(null, loc);
    this.opI(Op.IS_OP, 1, loc);
    this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    this.opI(Op.UNPACK_SEQUENCE, size, loc);
    pc.onTop += size - 1;
    for (const q of p.patterns) {
      pc.onTop--;
      this.patternSubpattern(q, pc);
    }
    pc.onTop -= 2;
    if (starTarget) {
      this.opI(Op.BUILD_MAP, 0, loc);
      this.opI(Op.SWAP, 3, loc);
      this.opI(Op.DICT_UPDATE, 2, loc);
      this.opI(Op.UNPACK_SEQUENCE, size, loc);
      while (size) {
        this.opI(Op.COPY, 1 + size--, loc);
        this.opI(Op.SWAP, 2, loc);
        this.op(Op.DELETE_SUBSCR, loc);
      }
      this.patternStoreName(loc, starTarget, pc);
    } else {
      this.op(Op.POP_TOP, loc);
      this.op(Op.POP_TOP, loc);
    }
  }

  private patternClass(p: PatternNode & { _type: 'MatchClass' }, pc: PatternContext): void {
    const loc = LOC(p);
    const nargs = p.patterns.length;
    const nattrs = p.kwd_attrs.length;
    for (let i = 0; i < nattrs; i++) {
      const attr = p.kwd_attrs[i]!;
      this.forbiddenName(LOC(p.kwd_patterns[i]!), attr, 'Store');
      for (let j = i + 1; j < nattrs; j++) {
        if (p.kwd_attrs[j] === attr) throw this.error(LOC(p.kwd_patterns[j]!), `attribute name repeated in class pattern: ${attr}`);
      }
    }
    this.visitExpr(p.cls);
    this.loadConst({ $tuple: [...p.kwd_attrs] }, loc);
    this.opI(Op.MATCH_CLASS, nargs, loc);
    this.opI(Op.COPY, 1, loc);
    this.loadConst(null, loc);
    this.opI(Op.IS_OP, 1, loc);
    pc.onTop++;
    this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    this.opI(Op.UNPACK_SEQUENCE, nargs + nattrs, loc);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const q = i < nargs ? p.patterns[i]! : p.kwd_patterns[i - nargs]!;
      if (isWildcard(q)) {
        this.op(Op.POP_TOP, loc);
        continue;
      }
      this.patternSubpattern(q, pc);
    }
  }

  private patternOr(p: PatternNode & { _type: 'MatchOr' }, pc: PatternContext): void {
    const loc = LOC(p);
    const end = new Label();
    const size = p.patterns.length;
    const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i]!;
      const aloc = LOC(alt);
      pc.stores = [];
      pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.opI(Op.COPY, 1, aloc);
      this.pattern(alt, pc);
      const nstores = pc.stores.length;
      if (i === 0) {
        control = pc.stores;
      } else if (nstores !== control!.length) {
        throw this.error(loc, 'alternative patterns bind different names');
      } else if (nstores) {
        let icontrol = nstores;
        while (icontrol--) {
          const name = control![icontrol]!;
          const istores = pc.stores.indexOf(name);
          if (istores < 0) throw this.error(loc, 'alternative patterns bind different names');
          if (icontrol !== istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.slice(0, rotations);
            pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.patternRotate(aloc, icontrol + 1);
          }
        }
      }
      this.jump(Op.JUMP, end, aloc);
      this.emitAndResetFailPop(aloc, pc);
    }
    pc.stores = old.stores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.failPop = old.failPop;
    pc.onTop = old.onTop;
    this.op(Op.POP_TOP, loc);
    this.jumpToFailPop(loc, pc, Op.JUMP);
    this.useLabel(end);
    const nstores = control!.length;
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      this.patternRotate(loc, nrots);
      const name = control![i]!;
      if (pc.stores.includes(name)) throw this.error(loc, `multiple assignments to name '${name}' in pattern`);
      pc.stores.push(name);
    }
    this.op(Op.POP_TOP, loc);
  }
}

interface PatternContext { stores: string[]; allowIrrefutable: boolean; failPop: Label[]; onTop: number }

function isWildcard(p: PatternNode): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

/** The key's repr in a duplicate-key error, as CPython formats it with %R. */
function constReprForError(c: PyConstant): string {
  return constantRepr(c);
}

interface InlinedState {
  pushedLocals: string[] | null;
  tempSymbols: Map<string, number | undefined> | null;
  fastHidden: string[] | null;
  cleanup: Label | null;
  end: Label | null;
}

export { hasTarget };
