/**
 * The AST optimizer CPython 3.12 runs before the symbol table (Python/ast_opt.c): constant
 * folding of unary and binary operators with its size guards (128-bit ints, 4096-character
 * strings, 256-item collections), constant tuples, constant subscripts, `not (a is b)` →
 * `a is not b`, literal lists/sets iterated over or tested with `in` turned into constant tuples
 * and frozensets, and `__debug__`. The tree is rewritten in place, as CPython does.
 * Python's numeric semantics are reproduced with BigInt for ints and doubles for floats.
 */
import type { ExprNode, ModNode, PyConstant, StmtNode } from '@pyglass/interfaces';
import { floatRepr, parseFloatRepr } from '../float-repr';
import { makeFrozenset } from './codegen';

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

type Num = { k: 'int'; v: bigint } | { k: 'float'; v: number } | { k: 'complex'; re: number; im: number };

function asNum(c: PyConstant): Num | null {
  if (c === true) return { k: 'int', v: 1n };
  if (c === false) return { k: 'int', v: 0n };
  if (c === null || typeof c !== 'object') return null;
  if ('$int' in c) return { k: 'int', v: BigInt(c.$int) };
  if ('$float' in c) return { k: 'float', v: parseFloatRepr(c.$float) ?? NaN };
  if ('$complex' in c) return { k: 'complex', re: parseFloatRepr(c.$complex[0]) ?? NaN, im: parseFloatRepr(c.$complex[1]) ?? NaN };
  return null;
}

const fromInt = (v: bigint): PyConstant => ({ $int: v.toString() });
function fromFloat(v: number): PyConstant | null {
  return { $float: floatRepr(v) };
}
function fromComplex(re: number, im: number): PyConstant {
  return { $complex: [floatRepr(re), floatRepr(im)] };
}
function toFloat(n: Num): number {
  return n.k === 'int' ? Number(n.v) : n.k === 'float' ? n.v : NaN;
}
function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

function isStrLike(c: PyConstant): c is string {
  return typeof c === 'string';
}
function isBytes(c: PyConstant): c is { $bytes: string } {
  return c !== null && typeof c === 'object' && '$bytes' in c;
}
function isTuple(c: PyConstant): c is { $tuple: PyConstant[] } {
  return c !== null && typeof c === 'object' && '$tuple' in c;
}
function isFrozenset(c: PyConstant): c is { $frozenset: PyConstant[] } {
  return c !== null && typeof c === 'object' && '$frozenset' in c;
}

function countItems(c: PyConstant, limit: { n: number }): boolean {
  if (isTuple(c) || isFrozenset(c)) {
    const items = isTuple(c) ? c.$tuple : c.$frozenset;
    limit.n -= items.length;
    if (limit.n < 0) return false;
    for (const x of items) if (!countItems(x, limit)) return false;
  }
  return true;
}

function floatDivmod(x: number, y: number): [number, number] | null {
  if (y === 0) return null;
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = Object.is(y, -0) || y < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (x / y) < 0 || Object.is(x / y, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

function floorDivInt(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function numericBinop(op: string, a: Num, b: Num): PyConstant | null {
  if (a.k === 'complex' || b.k === 'complex') {
    const ar = a.k === 'complex' ? a.re : toFloat(a), ai = a.k === 'complex' ? a.im : 0;
    const br = b.k === 'complex' ? b.re : toFloat(b), bi = b.k === 'complex' ? b.im : 0;
    switch (op) {
      case 'Add': return fromComplex(ar + br, ai + bi);
      case 'Sub': return fromComplex(ar - br, ai - bi);
      case 'Mult': return fromComplex(ar * br - ai * bi, ar * bi + ai * br);
      case 'Div': {
        // _Py_c_quot (Smith's method)
        const abr = Math.abs(br), abi = Math.abs(bi);
        if (abr >= abi) {
          if (abr === 0) return null;
          const ratio = bi / br, denom = br + bi * ratio;
          return fromComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (abi >= abr) {
          const ratio = br / bi, denom = br * ratio + bi;
          return fromComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return fromComplex(NaN, NaN);
      }
      default: return null;
    }
  }
  if (a.k === 'int' && b.k === 'int') {
    const x = a.v, y = b.v;
    switch (op) {
      case 'Add': return fromInt(x + y);
      case 'Sub': return fromInt(x - y);
      case 'Mult':
        if (x !== 0n && y !== 0n) {
          const xb = bitLength(x), yb = bitLength(y);
          if (xb > MAX_INT_SIZE || yb > MAX_INT_SIZE || xb + yb > MAX_INT_SIZE) return null;
        }
        return fromInt(x * y);
      case 'Div':
        if (y === 0n) return null;
        return fromFloat(Number(x) / Number(y));
      case 'FloorDiv':
        if (y === 0n) return null;
        return fromInt(floorDivInt(x, y));
      case 'Mod': {
        if (y === 0n) return null;
        return fromInt(x - floorDivInt(x, y) * y);
      }
      case 'Pow':
        if (y < 0n) {
          if (x === 0n) return null;
          return fromFloat(Math.pow(Number(x), Number(y)));
        }
        if (x !== 0n && y > 0n) {
          const vb = bitLength(x);
          if (vb > MAX_INT_SIZE / Number(y)) return null;
        }
        return fromInt(x ** y);
      case 'LShift':
        if (y < 0n) return null;
        if (x !== 0n) {
          const vb = bitLength(x);
          if (y > BigInt(MAX_INT_SIZE) || vb > MAX_INT_SIZE - Number(y)) return null;
        }
        return fromInt(x << y);
      case 'RShift':
        if (y < 0n) return null;
        return fromInt(x >> y);
      case 'BitOr': return fromInt(x | y);
      case 'BitXor': return fromInt(x ^ y);
      case 'BitAnd': return fromInt(x & y);
    }
    return null;
  }
  const x = toFloat(a), y = toFloat(b);
  if ((a.k === 'int' && !Number.isFinite(x)) || (b.k === 'int' && !Number.isFinite(y))) return null;
  switch (op) {
    case 'Add': return fromFloat(x + y);
    case 'Sub': return fromFloat(x - y);
    case 'Mult': return fromFloat(x * y);
    case 'Div': return y === 0 ? null : fromFloat(x / y);
    case 'FloorDiv': { const r = floatDivmod(x, y); return r ? fromFloat(r[0]) : null; }
    case 'Mod': { const r = floatDivmod(x, y); return r ? fromFloat(r[1]) : null; }
    case 'Pow': {
      if (x === 0 && y < 0) return null;
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) return null; // complex result
      const r = Math.pow(x, y);
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) return null; // OverflowError
      return fromFloat(r);
    }
  }
  return null;
}

function seqMultiply(seq: PyConstant, n: bigint): PyConstant | null {
  const count = n < 0n ? 0 : Number(n);
  if (typeof seq === 'string') {
    const size = [...seq].length;
    if (size && (n < 0n || count > MAX_STR_SIZE / size)) return null;
    return seq.repeat(count);
  }
  if (isBytes(seq)) {
    const size = seq.$bytes.length;
    if (size && (n < 0n || count > MAX_STR_SIZE / size)) return null;
    return { $bytes: seq.$bytes.repeat(count) };
  }
  if (isTuple(seq)) {
    const size = seq.$tuple.length;
    if (size) {
      if (n < 0n || count > MAX_COLLECTION_SIZE / size) return null;
      if (count && !countItems(seq, { n: Math.floor(MAX_TOTAL_ITEMS / count) })) return null;
    }
    const out: PyConstant[] = [];
    for (let i = 0; i < count; i++) out.push(...seq.$tuple);
    return { $tuple: out };
  }
  return null;
}

function foldBinop(op: string, l: PyConstant, r: PyConstant): PyConstant | null {
  // bool & | ^ bool is a bool.
  if (typeof l === 'boolean' && typeof r === 'boolean') {
    if (op === 'BitAnd') return l && r;
    if (op === 'BitOr') return l || r;
    if (op === 'BitXor') return l !== r;
  }
  const a = asNum(l), b = asNum(r);
  if (a && b) return numericBinop(op, a, b);
  if (op === 'Add') {
    if (typeof l === 'string' && typeof r === 'string') return l + r;
    if (isBytes(l) && isBytes(r)) return { $bytes: l.$bytes + r.$bytes };
    if (isTuple(l) && isTuple(r)) return { $tuple: [...l.$tuple, ...r.$tuple] };
    return null;
  }
  if (op === 'Mult') {
    if (a && a.k === 'int' && !b) return seqMultiply(r, a.v);
    if (b && b.k === 'int' && !a) return seqMultiply(l, b.v);
  }
  return null;
}

function foldUnary(op: string, c: PyConstant): PyConstant | null {
  if (op === 'Not') return !truthy(c);
  const n = asNum(c);
  if (!n) return null;
  switch (op) {
    case 'Invert': return n.k === 'int' ? fromInt(-n.v - 1n) : null;
    case 'UAdd': return n.k === 'int' ? fromInt(n.v) : n.k === 'float' ? fromFloat(n.v) : fromComplex(n.re, n.im);
    case 'USub': return n.k === 'int' ? fromInt(-n.v) : n.k === 'float' ? fromFloat(-n.v) : fromComplex(-n.re, -n.im);
  }
  return null;
}

function truthy(c: PyConstant): boolean {
  if (c === null || c === false) return false;
  if (c === true) return true;
  if (typeof c === 'string') return c.length > 0;
  const n = asNum(c);
  if (n) return n.k === 'int' ? n.v !== 0n : n.k === 'float' ? n.v !== 0 : n.re !== 0 || n.im !== 0;
  if (isBytes(c)) return c.$bytes.length > 0;
  if (isTuple(c)) return c.$tuple.length > 0;
  if (isFrozenset(c)) return c.$frozenset.length > 0;
  if ('$str' in c) return c.$str.length > 0;
  return true;
}

function foldSubscript(v: PyConstant, i: PyConstant): PyConstant | undefined {
  const n = asNum(i);
  if (!n || n.k !== 'int') return undefined;
  let idx = Number(n.v);
  if (typeof v === 'string') {
    const chars = [...v];
    if (idx < 0) idx += chars.length;
    return idx >= 0 && idx < chars.length ? chars[idx]! : undefined;
  }
  if (isBytes(v)) {
    if (idx < 0) idx += v.$bytes.length;
    return idx >= 0 && idx < v.$bytes.length ? fromInt(BigInt(v.$bytes.charCodeAt(idx))) : undefined;
  }
  if (isTuple(v)) {
    if (idx < 0) idx += v.$tuple.length;
    return idx >= 0 && idx < v.$tuple.length ? v.$tuple[idx]! : undefined;
  }
  return undefined;
}

type Node = Record<string, unknown> & { _type: string };

function makeConst(node: Node, value: PyConstant | null): void {
  for (const k of Object.keys(node)) {
    if (k !== 'lineno' && k !== 'col_offset' && k !== 'end_lineno' && k !== 'end_col_offset') delete node[k];
  }
  node._type = 'Constant';
  node.value = value;
  node.kind = null;
}

function isConst(e: unknown): e is { _type: 'Constant'; value: PyConstant } {
  return (e as Node)._type === 'Constant';
}

// `'%s: %r' % (a, b)` → f-string (optimize_format): only %s/%r/%a with at most 2-digit width and precision.
const MAXDIGITS = 3;
const NO_POS = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

function parseLiteral(fmt: string[], pos: { p: number }): Node | null {
  const start = pos.p;
  let p = pos.p;
  let hasPercents = false;
  while (p < fmt.length) {
    if (fmt[p] !== '%') p++;
    else if (p + 1 < fmt.length && fmt[p + 1] === '%') {
      hasPercents = true;
      p += 2;
    } else break;
  }
  pos.p = p;
  if (p === start) return null;
  let str = fmt.slice(start, p).join('');
  if (hasPercents) str = str.split('%%').join('%');
  return { _type: 'Constant', value: str, kind: null, ...NO_POS };
}

function parseFormat(fmt: string[], pos: { p: number }, arg: ExprNode): Node | null {
  let p = pos.p;
  let ch = '';
  const next = (): boolean => {
    if (p >= fmt.length) return false;
    ch = fmt[p++]!;
    return true;
  };
  let ljust = false;
  for (;;) {
    if (!next()) return null;
    if (ch === '-') { ljust = true; continue; }
    if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
    break;
  }
  let width = -1, prec = -1;
  if (ch >= '0' && ch <= '9') {
    width = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      prec = prec * 10 + (ch.charCodeAt(0) - 48);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  pos.p = p;
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  let spec = '';
  if (!ljust && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += '.' + String(prec);
  const formatSpec = spec ? { _type: 'Constant', value: spec, kind: null, ...NO_POS } : null;
  return {
    _type: 'FormattedValue', value: arg, conversion: ch.charCodeAt(0), format_spec: formatSpec,
    lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
  };
}

function optimizeFormat(node: Node, fmtText: string, elts: ExprNode[]): void {
  const fmt = [...fmtText];
  const pos = { p: 0 };
  let cnt = 0;
  const seq: Node[] = [];
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit) seq.push(lit);
    if (pos.p >= fmt.length) break;
    if (cnt >= elts.length) return;
    pos.p++;
    const expr = parseFormat(fmt, pos, elts[cnt]!);
    cnt++;
    if (!expr) return;
    seq.push(expr);
  }
  if (cnt < elts.length) return;
  const keep = { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
  for (const k of Object.keys(node)) delete node[k];
  Object.assign(node, { _type: 'JoinedStr', values: seq }, keep);
}

export class AstOptimizer {
  constructor(private readonly optimize: number, private readonly futureAnnotations: boolean) {}

  run(mod: ModNode): void {
    switch (mod._type) {
      case 'Module': case 'Interactive': this.stmts(mod.body); break;
      case 'Expression': mod.body = this.expr(mod.body); break;
      default: break;
    }
  }

  private stmts(list: StmtNode[]): void {
    for (const s of list) this.stmt(s);
  }

  private exprs(list: (ExprNode | null)[]): void {
    for (let i = 0; i < list.length; i++) if (list[i]) list[i] = this.expr(list[i]!);
  }

  private foldIter(arg: ExprNode): void {
    const n = arg as unknown as Node;
    if (arg._type === 'List') {
      if (arg.elts.some((e) => e._type === 'Starred')) return;
      n._type = 'Tuple';
      const elts = arg.elts;
      if (elts.every(isConst)) makeConst(n, { $tuple: elts.map((e) => (e as { value: PyConstant }).value) });
    } else if (arg._type === 'Set') {
      const elts = arg.elts;
      if (elts.every(isConst)) makeConst(n, makeFrozenset(elts.map((e) => (e as { value: PyConstant }).value)));
    }
  }

  private args(a: { posonlyargs: { annotation: ExprNode | null }[]; args: { annotation: ExprNode | null }[]; vararg: { annotation: ExprNode | null } | null; kwonlyargs: { annotation: ExprNode | null }[]; kw_defaults: (ExprNode | null)[]; kwarg: { annotation: ExprNode | null } | null; defaults: ExprNode[] }): void {
    const ann = (x: { annotation: ExprNode | null }) => {
      if (x.annotation && !this.futureAnnotations) x.annotation = this.expr(x.annotation);
    };
    a.posonlyargs.forEach(ann);
    a.args.forEach(ann);
    if (a.vararg) ann(a.vararg);
    a.kwonlyargs.forEach(ann);
    this.exprs(a.kw_defaults);
    if (a.kwarg) ann(a.kwarg);
    this.exprs(a.defaults);
  }

  private stmt(s: StmtNode): void {
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        this.args(s.args);
        this.stmts(s.body);
        this.exprs(s.decorator_list);
        if (s.returns && !this.futureAnnotations) s.returns = this.expr(s.returns);
        break;
      case 'ClassDef':
        this.exprs(s.bases);
        for (const k of s.keywords) k.value = this.expr(k.value);
        this.stmts(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return': if (s.value) s.value = this.expr(s.value); break;
      case 'Delete': this.exprs(s.targets); break;
      case 'Assign': this.exprs(s.targets); s.value = this.expr(s.value); break;
      case 'AugAssign': s.target = this.expr(s.target); s.value = this.expr(s.value); break;
      case 'AnnAssign':
        s.target = this.expr(s.target);
        if (!this.futureAnnotations) s.annotation = this.expr(s.annotation);
        if (s.value) s.value = this.expr(s.value);
        break;
      case 'TypeAlias': s.name = this.expr(s.name); s.value = this.expr(s.value); break;
      case 'For': case 'AsyncFor':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        this.foldIter(s.iter);
        break;
      case 'While': case 'If':
        s.test = this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With': case 'AsyncWith':
        for (const it of s.items) {
          it.context_expr = this.expr(it.context_expr);
          if (it.optional_vars) it.optional_vars = this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) s.exc = this.expr(s.exc);
        if (s.cause) s.cause = this.expr(s.cause);
        break;
      case 'Try': case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) h.type = this.expr(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        s.test = this.expr(s.test);
        if (s.msg) s.msg = this.expr(s.msg);
        break;
      case 'Expr': s.value = this.expr(s.value); break;
      case 'Match':
        s.subject = this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern as unknown as Node);
          if (c.guard) c.guard = this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      default: break;
    }
  }

  private pattern(p: Node): void {
    switch (p._type) {
      case 'MatchValue': p.value = this.expr(p.value as ExprNode); break;
      case 'MatchSequence': case 'MatchOr': for (const q of p.patterns as Node[]) this.pattern(q); break;
      case 'MatchMapping':
        this.exprs(p.keys as ExprNode[]);
        for (const q of p.patterns as Node[]) this.pattern(q);
        break;
      case 'MatchClass':
        p.cls = this.expr(p.cls as ExprNode);
        for (const q of p.patterns as Node[]) this.pattern(q);
        for (const q of p.kwd_patterns as Node[]) this.pattern(q);
        break;
      case 'MatchAs': if (p.pattern) this.pattern(p.pattern as Node); break;
      default: break;
    }
  }

  private comprehensions(gens: { target: ExprNode; iter: ExprNode; ifs: ExprNode[] }[]): void {
    for (const g of gens) {
      g.target = this.expr(g.target);
      g.iter = this.expr(g.iter);
      this.exprs(g.ifs);
      this.foldIter(g.iter);
    }
  }

  private expr(e: ExprNode): ExprNode {
    const n = e as unknown as Node;
    switch (e._type) {
      case 'BoolOp': this.exprs(e.values); break;
      case 'BinOp': {
        e.left = this.expr(e.left);
        e.right = this.expr(e.right);
        if (e.op._type === 'Mod' && e.right._type === 'Tuple' && isConst(e.left) && typeof e.left.value === 'string'
          && !e.right.elts.some((x) => x._type === 'Starred')) {
          optimizeFormat(n, e.left.value, e.right.elts);
          break;
        }
        if (isConst(e.left) && isConst(e.right) && e.op._type !== 'MatMult') {
          const v = foldBinop(e.op._type, e.left.value, e.right.value);
          if (v !== null) makeConst(n, v);
        }
        break;
      }
      case 'UnaryOp': {
        e.operand = this.expr(e.operand);
        const arg = e.operand;
        if (!isConst(arg)) {
          if (e.op._type === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
            const swap: Record<string, string> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
            const to = swap[arg.ops[0]!._type];
            if (to) {
              arg.ops[0] = { _type: to } as never;
              for (const k of Object.keys(n)) delete n[k];
              Object.assign(n, arg);
            }
          }
          break;
        }
        const v = foldUnary(e.op._type, arg.value);
        if (v !== null) makeConst(n, v);
        break;
      }
      case 'Lambda': this.args(e.args); e.body = this.expr(e.body); break;
      case 'IfExp': e.test = this.expr(e.test); e.body = this.expr(e.body); e.orelse = this.expr(e.orelse); break;
      case 'Dict': this.exprs(e.keys); this.exprs(e.values); break;
      case 'Set': this.exprs(e.elts); break;
      case 'ListComp': case 'SetComp': case 'GeneratorExp':
        e.elt = this.expr(e.elt);
        this.comprehensions(e.generators);
        break;
      case 'DictComp':
        e.key = this.expr(e.key);
        e.value = this.expr(e.value);
        this.comprehensions(e.generators);
        break;
      case 'Await': case 'YieldFrom': e.value = this.expr(e.value); break;
      case 'Yield': if (e.value) e.value = this.expr(e.value); break;
      case 'Compare': {
        e.left = this.expr(e.left);
        this.exprs(e.comparators);
        const last = e.ops[e.ops.length - 1]!._type;
        if (last === 'In' || last === 'NotIn') this.foldIter(e.comparators[e.comparators.length - 1]!);
        break;
      }
      case 'Call':
        e.func = this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) k.value = this.expr(k.value);
        break;
      case 'FormattedValue':
        e.value = this.expr(e.value);
        if (e.format_spec) e.format_spec = this.expr(e.format_spec);
        break;
      case 'JoinedStr': this.exprs(e.values); break;
      case 'Attribute': e.value = this.expr(e.value); break;
      case 'Subscript':
        e.value = this.expr(e.value);
        e.slice = this.expr(e.slice);
        if (e.ctx._type === 'Load' && isConst(e.value) && isConst(e.slice)) {
          const v = foldSubscript(e.value.value, e.slice.value);
          if (v !== undefined) makeConst(n, v);
        }
        break;
      case 'Starred': e.value = this.expr(e.value); break;
      case 'Slice':
        if (e.lower) e.lower = this.expr(e.lower);
        if (e.upper) e.upper = this.expr(e.upper);
        if (e.step) e.step = this.expr(e.step);
        break;
      case 'List': this.exprs(e.elts); break;
      case 'Tuple':
        this.exprs(e.elts);
        if (e.ctx._type === 'Load' && e.elts.every(isConst)) makeConst(n, { $tuple: e.elts.map((x) => (x as { value: PyConstant }).value) });
        break;
      case 'Name':
        if (e.ctx._type === 'Load' && e.id === '__debug__') makeConst(n, !this.optimize);
        break;
      case 'NamedExpr': e.value = this.expr(e.value); break;
      default: break;
    }
    return e;
  }
}
