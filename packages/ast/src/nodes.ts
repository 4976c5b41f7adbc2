/**
 * AST node builders, typed with the generated node interfaces of @pyglass/interfaces
 * (`Name`, `FunctionDef`, …, grouped by the sum unions `ExprNode`, `StmtNode`, `PatternNode`, …).
 * A node is a plain object in the JSON form of tools/oracle/py/ast_json.py: `_type`, then
 * CPython's fields in ASDL order, then the position attributes. Each node type has exactly one
 * builder below, and every builder is one object literal with one property order, so all nodes
 * of a type share one hidden class (monomorphic property access in later stages, and stable JSON
 * and dumps); the return type annotation makes the compiler check that literal against the
 * generated interface.
 *
 * Positions come from token indices: a builder's `s` and `e` (first and last token) index the
 * token arrays of the parse in progress (module-level, bound by `bindTokens`), so builders take
 * two small integers instead of four numbers each. expr_context and operator nodes carry no fields and are shared frozen
 * singletons.
 */
import type * as T from '@pyglass/interfaces';
import type { PyConstant } from '@pyglass/interfaces';
import type { TokenStream } from './token-stream';

/** Every node that carries positions (stmt, expr, pattern, arg, keyword, alias, excepthandler, type_param). */
export type PositionedNode = T.StmtNode | T.ExprNode | T.PatternNode | T.ArgNode | T.KeywordNode | T.AliasNode | T.ExceptHandler | T.TypeParamNode;

/** A field-less node type (expr_context, boolop, operator, unaryop, cmpop): shared, frozen. */
type SingletonType = T.ExprContextNode['_type'] | T.BoolopNode['_type'] | T.OperatorNode['_type'] | T.UnaryopNode['_type'] | T.CmpopNode['_type'];
const singleton = <K extends SingletonType>(name: K): T.AstNodeMap[K] => 
  // Why the cast through unknown: a field-less node is exactly `{ _type: K }`, which the compiler
  // cannot relate to the indexed access AstNodeMap[K] for a generic K.
  Object.freeze({ _type: name }) as unknown as T.AstNodeMap[K];

export const LOAD: T.Load = singleton('Load');
export const STORE: T.Store = singleton('Store');
export const DEL: T.Del = singleton('Del');

/** The boolop, operator, unaryop and cmpop singletons, by node type name. */
export const OPS = Object.freeze({
  And: singleton('And'), Or: singleton('Or'),
  Add: singleton('Add'), Sub: singleton('Sub'), Mult: singleton('Mult'), MatMult: singleton('MatMult'),
  Div: singleton('Div'), Mod: singleton('Mod'), Pow: singleton('Pow'), LShift: singleton('LShift'),
  RShift: singleton('RShift'), BitOr: singleton('BitOr'), BitXor: singleton('BitXor'),
  BitAnd: singleton('BitAnd'), FloorDiv: singleton('FloorDiv'),
  Invert: singleton('Invert'), Not: singleton('Not'), UAdd: singleton('UAdd'), USub: singleton('USub'),
  Eq: singleton('Eq'), NotEq: singleton('NotEq'), Lt: singleton('Lt'), LtE: singleton('LtE'),
  Gt: singleton('Gt'), GtE: singleton('GtE'), Is: singleton('Is'), IsNot: singleton('IsNot'),
  In: singleton('In'), NotIn: singleton('NotIn'),
});

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

type Expr = T.ExprNode;
type Stmt = T.StmtNode;
type Pattern = T.PatternNode;

// --- mod ---------------------------------------------------------------------------------------
export const Module = (body: Stmt[], type_ignores: T.TypeIgnore[]): T.Module => ({ _type: 'Module', body, type_ignores });
export const Interactive = (body: Stmt[]): T.Interactive => ({ _type: 'Interactive', body });
export const Expression = (body: Expr): T.Expression => ({ _type: 'Expression', body });
export const FunctionType = (argtypes: Expr[], returns: Expr): T.FunctionType => ({ _type: 'FunctionType', argtypes, returns });
export const TypeIgnore = (lineno: number, tag: string): T.TypeIgnore => ({ _type: 'TypeIgnore', lineno, tag });

// --- stmt (s, e: indices of the first and last token) ------------------------------------------
export const FunctionDef = (name: string, args: T.ArgumentsNode, body: Stmt[], decorator_list: Expr[], returns: Expr | null, type_comment: string | null, type_params: T.TypeParamNode[], s: number, e: number): T.FunctionDef =>
  ({ _type: 'FunctionDef', name, args, body, decorator_list, returns, type_comment, type_params, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const AsyncFunctionDef = (name: string, args: T.ArgumentsNode, body: Stmt[], decorator_list: Expr[], returns: Expr | null, type_comment: string | null, type_params: T.TypeParamNode[], s: number, e: number): T.AsyncFunctionDef =>
  ({ _type: 'AsyncFunctionDef', name, args, body, decorator_list, returns, type_comment, type_params, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const ClassDef = (name: string, bases: Expr[], keywords: T.KeywordNode[], body: Stmt[], decorator_list: Expr[], type_params: T.TypeParamNode[], s: number, e: number): T.ClassDef =>
  ({ _type: 'ClassDef', name, bases, keywords, body, decorator_list, type_params, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Return = (value: Expr | null, s: number, e: number): T.Return => ({ _type: 'Return', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Delete = (targets: Expr[], s: number, e: number): T.Delete => ({ _type: 'Delete', targets, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Assign = (targets: Expr[], value: Expr, type_comment: string | null, s: number, e: number): T.Assign =>
  ({ _type: 'Assign', targets, value, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const TypeAlias = (name: Expr, type_params: T.TypeParamNode[], value: Expr, s: number, e: number): T.TypeAlias =>
  ({ _type: 'TypeAlias', name, type_params, value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const AugAssign = (target: Expr, op: T.OperatorNode, value: Expr, s: number, e: number): T.AugAssign =>
  ({ _type: 'AugAssign', target, op, value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const AnnAssign = (target: Expr, annotation: Expr, value: Expr | null, simple: number, s: number, e: number): T.AnnAssign =>
  ({ _type: 'AnnAssign', target, annotation, value, simple, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const For = (target: Expr, iter: Expr, body: Stmt[], orelse: Stmt[], type_comment: string | null, s: number, e: number): T.For =>
  ({ _type: 'For', target, iter, body, orelse, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const AsyncFor = (target: Expr, iter: Expr, body: Stmt[], orelse: Stmt[], type_comment: string | null, s: number, e: number): T.AsyncFor =>
  ({ _type: 'AsyncFor', target, iter, body, orelse, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const While = (test: Expr, body: Stmt[], orelse: Stmt[], s: number, e: number): T.While =>
  ({ _type: 'While', test, body, orelse, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const If = (test: Expr, body: Stmt[], orelse: Stmt[], s: number, e: number): T.If =>
  ({ _type: 'If', test, body, orelse, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const With = (items: T.WithitemNode[], body: Stmt[], type_comment: string | null, s: number, e: number): T.With =>
  ({ _type: 'With', items, body, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const AsyncWith = (items: T.WithitemNode[], body: Stmt[], type_comment: string | null, s: number, e: number): T.AsyncWith =>
  ({ _type: 'AsyncWith', items, body, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Match = (subject: Expr, cases: T.MatchCaseNode[], s: number, e: number): T.Match =>
  ({ _type: 'Match', subject, cases, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Raise = (exc: Expr | null, cause: Expr | null, s: number, e: number): T.Raise =>
  ({ _type: 'Raise', exc, cause, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Try = (body: Stmt[], handlers: T.ExceptHandler[], orelse: Stmt[], finalbody: Stmt[], s: number, e: number): T.Try =>
  ({ _type: 'Try', body, handlers, orelse, finalbody, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const TryStar = (body: Stmt[], handlers: T.ExceptHandler[], orelse: Stmt[], finalbody: Stmt[], s: number, e: number): T.TryStar =>
  ({ _type: 'TryStar', body, handlers, orelse, finalbody, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Assert = (test: Expr, msg: Expr | null, s: number, e: number): T.Assert =>
  ({ _type: 'Assert', test, msg, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Import = (names: T.AliasNode[], s: number, e: number): T.Import => ({ _type: 'Import', names, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const ImportFrom = (module: string | null, names: T.AliasNode[], level: number, s: number, e: number): T.ImportFrom =>
  ({ _type: 'ImportFrom', module, names, level, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Global = (names: string[], s: number, e: number): T.Global => ({ _type: 'Global', names, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Nonlocal = (names: string[], s: number, e: number): T.Nonlocal => ({ _type: 'Nonlocal', names, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
/** The `Expr` statement (an expression used as a statement). */
export const ExprStmt = (value: Expr, s: number, e: number): T.Expr => ({ _type: 'Expr', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Pass = (s: number, e: number): T.Pass => ({ _type: 'Pass', lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Break = (s: number, e: number): T.Break => ({ _type: 'Break', lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Continue = (s: number, e: number): T.Continue => ({ _type: 'Continue', lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });

// --- expr --------------------------------------------------------------------------------------
export const BoolOp = (op: T.BoolopNode, values: Expr[], s: number, e: number): T.BoolOp => ({ _type: 'BoolOp', op, values, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const NamedExpr = (target: Expr, value: Expr, s: number, e: number): T.NamedExpr => ({ _type: 'NamedExpr', target, value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const BinOp = (left: Expr, op: T.OperatorNode, right: Expr, s: number, e: number): T.BinOp => ({ _type: 'BinOp', left, op, right, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const UnaryOp = (op: T.UnaryopNode, operand: Expr, s: number, e: number): T.UnaryOp => ({ _type: 'UnaryOp', op, operand, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Lambda = (args: T.ArgumentsNode, body: Expr, s: number, e: number): T.Lambda => ({ _type: 'Lambda', args, body, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const IfExp = (test: Expr, body: Expr, orelse: Expr, s: number, e: number): T.IfExp => ({ _type: 'IfExp', test, body, orelse, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Dict = (keys: (Expr | null)[], values: Expr[], s: number, e: number): T.Dict => ({ _type: 'Dict', keys, values, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
/** The `Set` display (named so as not to shadow the JS `Set`). */
export const SetNode = (elts: Expr[], s: number, e: number): T.Set => ({ _type: 'Set', elts, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const ListComp = (elt: Expr, generators: T.ComprehensionNode[], s: number, e: number): T.ListComp => ({ _type: 'ListComp', elt, generators, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const SetComp = (elt: Expr, generators: T.ComprehensionNode[], s: number, e: number): T.SetComp => ({ _type: 'SetComp', elt, generators, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const DictComp = (key: Expr, value: Expr, generators: T.ComprehensionNode[], s: number, e: number): T.DictComp => ({ _type: 'DictComp', key, value, generators, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const GeneratorExp = (elt: Expr, generators: T.ComprehensionNode[], s: number, e: number): T.GeneratorExp => ({ _type: 'GeneratorExp', elt, generators, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Await = (value: Expr, s: number, e: number): T.Await => ({ _type: 'Await', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Yield = (value: Expr | null, s: number, e: number): T.Yield => ({ _type: 'Yield', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const YieldFrom = (value: Expr, s: number, e: number): T.YieldFrom => ({ _type: 'YieldFrom', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Compare = (left: Expr, ops: T.CmpopNode[], comparators: Expr[], s: number, e: number): T.Compare => ({ _type: 'Compare', left, ops, comparators, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Call = (func: Expr, args: Expr[], keywords: T.KeywordNode[], s: number, e: number): T.Call => ({ _type: 'Call', func, args, keywords, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const FormattedValue = (value: Expr, conversion: number, format_spec: Expr | null, s: number, e: number): T.FormattedValue =>
  ({ _type: 'FormattedValue', value, conversion, format_spec, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const JoinedStr = (values: Expr[], s: number, e: number): T.JoinedStr => ({ _type: 'JoinedStr', values, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Constant = (value: PyConstant, kind: string | null, s: number, e: number): T.Constant => ({ _type: 'Constant', value, kind, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
/** A Constant whose positions do not come from token boundaries (f-string parts); same shape as Constant's. */
export const ConstantAt = (value: PyConstant, kind: string | null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): T.Constant =>
  ({ _type: 'Constant', value, kind, lineno, col_offset, end_lineno, end_col_offset });
export const Attribute = (value: Expr, attr: string, ctx: T.ExprContextNode, s: number, e: number): T.Attribute => ({ _type: 'Attribute', value, attr, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Subscript = (value: Expr, slice: Expr, ctx: T.ExprContextNode, s: number, e: number): T.Subscript => ({ _type: 'Subscript', value, slice, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Starred = (value: Expr, ctx: T.ExprContextNode, s: number, e: number): T.Starred => ({ _type: 'Starred', value, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Name = (id: string, ctx: T.ExprContextNode, s: number, e: number): T.Name => ({ _type: 'Name', id, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const List = (elts: Expr[], ctx: T.ExprContextNode, s: number, e: number): T.List => ({ _type: 'List', elts, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Tuple = (elts: Expr[], ctx: T.ExprContextNode, s: number, e: number): T.Tuple => ({ _type: 'Tuple', elts, ctx, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const Slice = (lower: Expr | null, upper: Expr | null, step: Expr | null, s: number, e: number): T.Slice => ({ _type: 'Slice', lower, upper, step, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });

// --- other -------------------------------------------------------------------------------------
export const comprehension = (target: Expr, iter: Expr, ifs: Expr[], is_async: number): T.ComprehensionNode => ({ _type: 'comprehension', target, iter, ifs, is_async });
export const ExceptHandler = (type: Expr | null, name: string | null, body: Stmt[], s: number, e: number): T.ExceptHandler =>
  ({ _type: 'ExceptHandler', type, name, body, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const argumentsNode = (posonlyargs: T.ArgNode[], args: T.ArgNode[], vararg: T.ArgNode | null, kwonlyargs: T.ArgNode[], kw_defaults: (Expr | null)[], kwarg: T.ArgNode | null, defaults: Expr[]): T.ArgumentsNode =>
  ({ _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults });
export const arg = (name: string, annotation: Expr | null, type_comment: string | null, s: number, e: number): T.ArgNode =>
  ({ _type: 'arg', arg: name, annotation, type_comment, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const keyword = (name: string | null, value: Expr, s: number, e: number): T.KeywordNode => ({ _type: 'keyword', arg: name, value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const alias = (name: string, asname: string | null, s: number, e: number): T.AliasNode => ({ _type: 'alias', name, asname, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const withitem = (context_expr: Expr, optional_vars: Expr | null): T.WithitemNode => ({ _type: 'withitem', context_expr, optional_vars });
export const match_case = (pattern: Pattern, guard: Expr | null, body: Stmt[]): T.MatchCaseNode => ({ _type: 'match_case', pattern, guard, body });

// --- pattern -----------------------------------------------------------------------------------
export const MatchValue = (value: Expr, s: number, e: number): T.MatchValue => ({ _type: 'MatchValue', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchSingleton = (value: PyConstant, s: number, e: number): T.MatchSingleton => ({ _type: 'MatchSingleton', value, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchSequence = (patterns: Pattern[], s: number, e: number): T.MatchSequence => ({ _type: 'MatchSequence', patterns, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchMapping = (keys: Expr[], patterns: Pattern[], rest: string | null, s: number, e: number): T.MatchMapping =>
  ({ _type: 'MatchMapping', keys, patterns, rest, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchClass = (cls: Expr, patterns: Pattern[], kwd_attrs: string[], kwd_patterns: Pattern[], s: number, e: number): T.MatchClass =>
  ({ _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchStar = (name: string | null, s: number, e: number): T.MatchStar => ({ _type: 'MatchStar', name, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchAs = (pattern: Pattern | null, name: string | null, s: number, e: number): T.MatchAs => ({ _type: 'MatchAs', pattern, name, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const MatchOr = (patterns: Pattern[], s: number, e: number): T.MatchOr => ({ _type: 'MatchOr', patterns, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });

// --- type_param --------------------------------------------------------------------------------
export const TypeVar = (name: string, bound: Expr | null, s: number, e: number): T.TypeVar => ({ _type: 'TypeVar', name, bound, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const ParamSpec = (name: string, s: number, e: number): T.ParamSpec => ({ _type: 'ParamSpec', name, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
export const TypeVarTuple = (name: string, s: number, e: number): T.TypeVarTuple => ({ _type: 'TypeVarTuple', name, lineno: L[s], col_offset: C[s], end_lineno: EL[e], end_col_offset: EC[e] });
