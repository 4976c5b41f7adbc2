/**
 * Expressions back to source text, as CPython 3.12's Python/ast_unparse.c writes them for
 * `from __future__ import annotations` (each annotation becomes the string constant of its
 * unparsed expression): precedence-driven parentheses, `1 .real`, one-element tuples, `inf` as
 * `1e309`. Nodes that cannot appear in a valid annotation in practice (f-strings, comprehensions,
 * lambdas, yield, walrus) raise a clear CompileError instead of guessing.
 */
import type { ExprNode, PyConstant } from '@pyglass/interfaces';
import { constantRepr } from '../pyrepr';
import { CompileError } from '../symtable/symtable';

const enum PR { TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM }
const PR_BOR = PR.EXPR;

const BINOP: Record<string, [string, number]> = {
  Add: [' + ', PR.ARITH], Sub: [' - ', PR.ARITH], Mult: [' * ', PR.TERM], MatMult: [' @ ', PR.TERM], Div: [' / ', PR.TERM],
  Mod: [' % ', PR.TERM], FloorDiv: [' // ', PR.TERM], LShift: [' << ', PR.SHIFT], RShift: [' >> ', PR.SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR.BXOR], BitAnd: [' & ', PR.BAND], Pow: [' ** ', PR.POWER],
};
const CMPOP: Record<string, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

function constant(c: PyConstant): string {
  if (c !== null && typeof c === 'object' && '$ellipsis' in c) return '...';
  let r = constantRepr(c);
  const isInfFloat = c !== null && typeof c === 'object' && '$float' in c && /inf/.test(c.$float);
  const isComplex = c !== null && typeof c === 'object' && '$complex' in c;
  if (isInfFloat || isComplex) r = r.split('inf').join('1e309');
  return r;
}

function unsupported(e: ExprNode): never {
  throw new CompileError('SyntaxError', `pyglass: unparsing a ${e._type} annotation is not implemented`, e.lineno, e.col_offset + 1, e.end_lineno, (e.end_col_offset ?? 0) + 1);
}

function expr(e: ExprNode, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op._type === 'And' ? PR.AND : PR.OR;
      const s = e.values.map((v) => expr(v, pr + 1)).join(e.op._type === 'And' ? ' and ' : ' or ');
      return level > pr ? `(${s})` : s;
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op._type]!;
      const rassoc = e.op._type === 'Pow' ? 1 : 0;
      const s = expr(e.left, pr + rassoc) + op + expr(e.right, pr + (1 - rassoc));
      return level > pr ? `(${s})` : s;
    }
    case 'UnaryOp': {
      const [op, pr] = e.op._type === 'Not' ? ['not ', PR.NOT] : [e.op._type === 'Invert' ? '~' : e.op._type === 'UAdd' ? '+' : '-', PR.FACTOR];
      const s = op + expr(e.operand, pr);
      return level > pr ? `(${s})` : s;
    }
    case 'IfExp': {
      const s = `${expr(e.body, PR.TEST + 1)} if ${expr(e.test, PR.TEST + 1)} else ${expr(e.orelse, PR.TEST)}`;
      return level > PR.TEST ? `(${s})` : s;
    }
    case 'Dict':
      return '{' + e.keys.map((k, i) => (k ? `${expr(k, PR.TEST)}: ${expr(e.values[i]!, PR.TEST)}` : `**${expr(e.values[i]!, PR.EXPR)}`)).join(', ') + '}';
    case 'Set':
      return e.elts.length ? '{' + e.elts.map((x) => expr(x, PR.TEST)).join(', ') + '}' : '{*()}';
    case 'Await': {
      const s = 'await ' + expr(e.value, PR.ATOM);
      return level > PR.AWAIT ? `(${s})` : s;
    }
    case 'Compare': {
      let s = expr(e.left, PR.CMP + 1);
      e.ops.forEach((op, i) => { s += CMPOP[op._type]! + expr(e.comparators[i]!, PR.CMP + 1); });
      return level > PR.CMP ? `(${s})` : s;
    }
    case 'Call': {
      const args: string[] = [];
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._type === 'GeneratorExp') unsupported(e.args[0]!);
      for (const a of e.args) args.push(expr(a, PR.TEST));
      for (const k of e.keywords) args.push(k.arg === null ? `**${expr(k.value, PR.TEST)}` : `${k.arg}=${expr(k.value, PR.TEST)}`);
      return `${expr(e.func, PR.ATOM)}(${args.join(', ')})`;
    }
    case 'Constant':
      return (e.kind !== null ? 'u' : '') + constant(e.value);
    case 'Attribute': {
      const v = e.value;
      const isInt = v._type === 'Constant' && v.value !== null && typeof v.value === 'object' && '$int' in v.value;
      return expr(v, PR.ATOM) + (isInt ? ' .' : '.') + e.attr;
    }
    case 'Subscript':
      return `${expr(e.value, PR.ATOM)}[${expr(e.slice, PR.TUPLE)}]`;
    case 'Starred':
      return '*' + expr(e.value, PR.EXPR);
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => expr(x, PR.TEST)).join(', ') + ']';
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      let s = e.elts.map((x) => expr(x, PR.TEST)).join(', ');
      if (e.elts.length === 1) s += ',';
      return level > PR.TUPLE ? `(${s})` : s;
    }
    case 'Slice': {
      let s = (e.lower ? expr(e.lower, PR.TEST) : '') + ':' + (e.upper ? expr(e.upper, PR.TEST) : '');
      if (e.step) s += ':' + expr(e.step, PR.TEST);
      return s;
    }
    default:
      return unsupported(e);
  }
}

/** `_PyAST_ExprAsUnicode`: the annotation's source text. */
export function unparseAnnotation(e: ExprNode): string {
  return expr(e, PR.TEST);
}
