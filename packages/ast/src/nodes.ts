/**
 * AST node types and their builders. A node is a plain object in the JSON form of
 * tools/oracle/py/ast_json.py: `_type`, then CPython's fields in ASDL order, then the position
 * attributes. Each node type has exactly one builder below, so every node of a type is created
 * by one object literal with one property order — one hidden class per type (monomorphic
 * property access in later stages, and stable JSON and dumps).
 *
 * Positions come from token indices: `at(first, last)` reads the token arrays of the parse in
 * progress (module-level, bound by `bindTokens`), so builders take two small integers instead
 * of four numbers each. The node types here are still loose (`AstNode`, `Located`): typing the
 * builders with the generated interfaces of @pyglass/interfaces is left to do; the field tables
 * come from its AST_NODE_INFO (dump.ts).
 */
import type { PyConstant } from '@pyglass/interfaces';
import type { TokenStream } from './token-stream';

/** Any AST node, as JSON. */
export interface AstNode {
  readonly _type: string;
  [field: string]: unknown;
}

/** A node with positions (stmt, expr, pattern, arg, keyword, alias, excepthandler, type_param). */
export interface Located extends AstNode {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type Expr = Located;
export type Stmt = Located;
export type Pattern = Located;

/** expr_context, operators: field-less nodes, shared (they carry no position). */
export interface Singleton extends AstNode { readonly _type: string }
const singleton = (name: string): Singleton => Object.freeze({ _type: name });
export const LOAD = singleton('Load');
export const STORE = singleton('Store');
export const DEL = singleton('Del');
export const OPS: Readonly<Record<string, Singleton>> = Object.freeze(Object.fromEntries(
  ['And', 'Or', 'Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift', 'BitOr',
    'BitXor', 'BitAnd', 'FloorDiv', 'Invert', 'Not', 'UAdd', 'USub', 'Eq', 'NotEq', 'Lt', 'LtE',
    'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'].map((n) => [n, singleton(n)])));

let L: Int32Array = new Int32Array(0);
let C: Int32Array = L;
let EL: Int32Array = L;
let EC: Int32Array = L;

/** Points the builders at the token arrays of the parse that is starting. */
export function bindTokens(ts: TokenStream): void {
  L = ts.line;
  C = ts.col;
  EL = ts.endLine;
  EC = ts.endCol;
}

// --- mod ---------------------------------------------------------------------------------------
export const Module = (body: Stmt[], type_ignores: AstNode[]): AstNode => ({ _type: 'Module', body, type_ignores });
export const Interactive = (body: Stmt[]): AstNode => ({ _type: 'Interactive', body });
export const Expression = (body: Expr): AstNode => ({ _type: 'Expression', body });
export const FunctionType = (argtypes: Expr[], returns: Expr): AstNode => ({ _type: 'FunctionType', argtypes, returns });
export const TypeIgnoreNode = (lineno: number, tag: string): AstNode => ({ _type: 'TypeIgnore', lineno, tag });

// --- stmt (s, e: indices of the first and last token) ------------------------------------------
export const FunctionDef = (async: boolean, name: string, args: AstNode, body: Stmt[], decorator_list: Expr[], returns: Expr | null, type_comment: string | null, type_params: Located[], s: number, e: number): Stmt =>
  async
    ? { _type: 'AsyncFunctionDef', name, args, body, decorator_list, returns, type_comment, type_params, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] }
    : { _type: 'FunctionDef', name, args, body, decorator_list, returns, type_comment, type_params, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] };
export const ClassDef = (name: string, bases: Expr[], keywords: Located[], body: Stmt[], decorator_list: Expr[], type_params: Located[], s: number, e: number): Stmt =>
  ({ _type: 'ClassDef', name, bases, keywords, body, decorator_list, type_params, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Return = (value: Expr | null, s: number, e: number): Stmt => ({ _type: 'Return', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Delete = (targets: Expr[], s: number, e: number): Stmt => ({ _type: 'Delete', targets, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Assign = (targets: Expr[], value: Expr, type_comment: string | null, s: number, e: number): Stmt =>
  ({ _type: 'Assign', targets, value, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const TypeAlias = (name: Expr, type_params: Located[], value: Expr, s: number, e: number): Stmt =>
  ({ _type: 'TypeAlias', name, type_params, value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const AugAssign = (target: Expr, op: Singleton, value: Expr, s: number, e: number): Stmt =>
  ({ _type: 'AugAssign', target, op, value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const AnnAssign = (target: Expr, annotation: Expr, value: Expr | null, simple: number, s: number, e: number): Stmt =>
  ({ _type: 'AnnAssign', target, annotation, value, simple, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const For = (async: boolean, target: Expr, iter: Expr, body: Stmt[], orelse: Stmt[], type_comment: string | null, s: number, e: number): Stmt =>
  async
    ? { _type: 'AsyncFor', target, iter, body, orelse, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] }
    : { _type: 'For', target, iter, body, orelse, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] };
export const While = (test: Expr, body: Stmt[], orelse: Stmt[], s: number, e: number): Stmt =>
  ({ _type: 'While', test, body, orelse, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const If = (test: Expr, body: Stmt[], orelse: Stmt[], s: number, e: number): Stmt =>
  ({ _type: 'If', test, body, orelse, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const With = (async: boolean, items: AstNode[], body: Stmt[], type_comment: string | null, s: number, e: number): Stmt =>
  async
    ? { _type: 'AsyncWith', items, body, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] }
    : { _type: 'With', items, body, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] };
export const Match = (subject: Expr, cases: AstNode[], s: number, e: number): Stmt =>
  ({ _type: 'Match', subject, cases, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Raise = (exc: Expr | null, cause: Expr | null, s: number, e: number): Stmt =>
  ({ _type: 'Raise', exc, cause, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Try = (star: boolean, body: Stmt[], handlers: Located[], orelse: Stmt[], finalbody: Stmt[], s: number, e: number): Stmt =>
  star
    ? { _type: 'TryStar', body, handlers, orelse, finalbody, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] }
    : { _type: 'Try', body, handlers, orelse, finalbody, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] };
export const Assert = (test: Expr, msg: Expr | null, s: number, e: number): Stmt =>
  ({ _type: 'Assert', test, msg, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Import = (names: Located[], s: number, e: number): Stmt => ({ _type: 'Import', names, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const ImportFrom = (module: string | null, names: Located[], level: number, s: number, e: number): Stmt =>
  ({ _type: 'ImportFrom', module, names, level, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Global = (names: string[], s: number, e: number): Stmt => ({ _type: 'Global', names, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Nonlocal = (names: string[], s: number, e: number): Stmt => ({ _type: 'Nonlocal', names, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const ExprStmt = (value: Expr, s: number, e: number): Stmt => ({ _type: 'Expr', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Pass = (s: number, e: number): Stmt => ({ _type: 'Pass', lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Break = (s: number, e: number): Stmt => ({ _type: 'Break', lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Continue = (s: number, e: number): Stmt => ({ _type: 'Continue', lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });

// --- expr --------------------------------------------------------------------------------------
export const BoolOp = (op: Singleton, values: Expr[], s: number, e: number): Expr => ({ _type: 'BoolOp', op, values, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const NamedExpr = (target: Expr, value: Expr, s: number, e: number): Expr => ({ _type: 'NamedExpr', target, value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const BinOp = (left: Expr, op: Singleton, right: Expr, s: number, e: number): Expr => ({ _type: 'BinOp', left, op, right, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const UnaryOp = (op: Singleton, operand: Expr, s: number, e: number): Expr => ({ _type: 'UnaryOp', op, operand, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Lambda = (args: AstNode, body: Expr, s: number, e: number): Expr => ({ _type: 'Lambda', args, body, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const IfExp = (test: Expr, body: Expr, orelse: Expr, s: number, e: number): Expr => ({ _type: 'IfExp', test, body, orelse, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Dict = (keys: (Expr | null)[], values: Expr[], s: number, e: number): Expr => ({ _type: 'Dict', keys, values, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const SetNode = (elts: Expr[], s: number, e: number): Expr => ({ _type: 'Set', elts, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const ListComp = (elt: Expr, generators: AstNode[], s: number, e: number): Expr => ({ _type: 'ListComp', elt, generators, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const SetComp = (elt: Expr, generators: AstNode[], s: number, e: number): Expr => ({ _type: 'SetComp', elt, generators, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const DictComp = (key: Expr, value: Expr, generators: AstNode[], s: number, e: number): Expr => ({ _type: 'DictComp', key, value, generators, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const GeneratorExp = (elt: Expr, generators: AstNode[], s: number, e: number): Expr => ({ _type: 'GeneratorExp', elt, generators, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Await = (value: Expr, s: number, e: number): Expr => ({ _type: 'Await', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Yield = (value: Expr | null, s: number, e: number): Expr => ({ _type: 'Yield', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const YieldFrom = (value: Expr, s: number, e: number): Expr => ({ _type: 'YieldFrom', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Compare = (left: Expr, ops: Singleton[], comparators: Expr[], s: number, e: number): Expr => ({ _type: 'Compare', left, ops, comparators, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Call = (func: Expr, args: Expr[], keywords: Located[], s: number, e: number): Expr => ({ _type: 'Call', func, args, keywords, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const FormattedValue = (value: Expr, conversion: number, format_spec: Expr | null, s: number, e: number): Expr =>
  ({ _type: 'FormattedValue', value, conversion, format_spec, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const JoinedStr = (values: Expr[], s: number, e: number): Expr => ({ _type: 'JoinedStr', values, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Constant = (value: PyConstant, kind: string | null, s: number, e: number): Expr => ({ _type: 'Constant', value, kind, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
/** A Constant whose positions do not come from token boundaries (f-string parts). */
export const ConstantAt = (value: PyConstant, kind: string | null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): Expr =>
  ({ _type: 'Constant', value, kind, lineno, col_offset, end_lineno, end_col_offset });
export const Attribute = (value: Expr, attr: string, ctx: Singleton, s: number, e: number): Expr => ({ _type: 'Attribute', value, attr, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Subscript = (value: Expr, slice: Expr, ctx: Singleton, s: number, e: number): Expr => ({ _type: 'Subscript', value, slice, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Starred = (value: Expr, ctx: Singleton, s: number, e: number): Expr => ({ _type: 'Starred', value, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Name = (id: string, ctx: Singleton, s: number, e: number): Expr => ({ _type: 'Name', id, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const List = (elts: Expr[], ctx: Singleton, s: number, e: number): Expr => ({ _type: 'List', elts, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Tuple = (elts: Expr[], ctx: Singleton, s: number, e: number): Expr => ({ _type: 'Tuple', elts, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Slice = (lower: Expr | null, upper: Expr | null, step: Expr | null, s: number, e: number): Expr => ({ _type: 'Slice', lower, upper, step, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });

// --- other -------------------------------------------------------------------------------------
export const comprehension = (target: Expr, iter: Expr, ifs: Expr[], is_async: number): AstNode => ({ _type: 'comprehension', target, iter, ifs, is_async });
export const ExceptHandler = (type: Expr | null, name: string | null, body: Stmt[], s: number, e: number): Located =>
  ({ _type: 'ExceptHandler', type, name, body, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const argumentsNode = (posonlyargs: Located[], args: Located[], vararg: Located | null, kwonlyargs: Located[], kw_defaults: (Expr | null)[], kwarg: Located | null, defaults: Expr[]): AstNode =>
  ({ _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults });
export const arg = (name: string, annotation: Expr | null, type_comment: string | null, s: number, e: number): Located =>
  ({ _type: 'arg', arg: name, annotation, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const keyword = (name: string | null, value: Expr, s: number, e: number): Located => ({ _type: 'keyword', arg: name, value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const alias = (name: string, asname: string | null, s: number, e: number): Located => ({ _type: 'alias', name, asname, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const withitem = (context_expr: Expr, optional_vars: Expr | null): AstNode => ({ _type: 'withitem', context_expr, optional_vars });
export const match_case = (pattern: Pattern, guard: Expr | null, body: Stmt[]): AstNode => ({ _type: 'match_case', pattern, guard, body });

// --- pattern -----------------------------------------------------------------------------------
export const MatchValue = (value: Expr, s: number, e: number): Pattern => ({ _type: 'MatchValue', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchSingleton = (value: PyConstant, s: number, e: number): Pattern => ({ _type: 'MatchSingleton', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchSequence = (patterns: Pattern[], s: number, e: number): Pattern => ({ _type: 'MatchSequence', patterns, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchMapping = (keys: Expr[], patterns: Pattern[], rest: string | null, s: number, e: number): Pattern =>
  ({ _type: 'MatchMapping', keys, patterns, rest, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchClass = (cls: Expr, patterns: Pattern[], kwd_attrs: string[], kwd_patterns: Pattern[], s: number, e: number): Pattern =>
  ({ _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchStar = (name: string | null, s: number, e: number): Pattern => ({ _type: 'MatchStar', name, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchAs = (pattern: Pattern | null, name: string | null, s: number, e: number): Pattern => ({ _type: 'MatchAs', pattern, name, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchOr = (patterns: Pattern[], s: number, e: number): Pattern => ({ _type: 'MatchOr', patterns, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });

// --- type_param --------------------------------------------------------------------------------
export const TypeVar = (name: string, bound: Expr | null, s: number, e: number): Located => ({ _type: 'TypeVar', name, bound, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const ParamSpec = (name: string, s: number, e: number): Located => ({ _type: 'ParamSpec', name, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const TypeVarTuple = (name: string, s: number, e: number): Located => ({ _type: 'TypeVarTuple', name, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
