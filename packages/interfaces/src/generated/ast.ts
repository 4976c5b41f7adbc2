/**
 * GENERATED FILE: do not edit by hand.
 * generator:  ast-types (tools/codegen/generators/ast-types.ts)
 * input:      packages/interfaces/asdl/python-3.12.asdl
 * regenerate: pnpm run codegen
 *
 * The Python 3.12 AST as TypeScript: one interface per node (`_type` plus CPython's field and
 * attribute names), a union per ASDL sum type, the metadata table every tree walker is driven by,
 * and type guards. Naming rules: src/ast-schema.ts.
 */
import type { PyConstant } from '../constant';
import type { AstNodeInfo, AstTypeInfo } from '../ast-schema';

/** `Module(stmt* body, type_ignore* type_ignores)`: a constructor of `mod` (ModNode). */
export interface Module {
  _type: 'Module';
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `type_ignore* type_ignores` */
  type_ignores: TypeIgnoreNode[];
}

/** `Interactive(stmt* body)`: a constructor of `mod` (ModNode). */
export interface Interactive {
  _type: 'Interactive';
  /** ASDL `stmt* body` */
  body: StmtNode[];
}

/** `Expression(expr body)`: a constructor of `mod` (ModNode). */
export interface Expression {
  _type: 'Expression';
  /** ASDL `expr body` */
  body: ExprNode;
}

/** `FunctionType(expr* argtypes, expr returns)`: a constructor of `mod` (ModNode). */
export interface FunctionType {
  _type: 'FunctionType';
  /** ASDL `expr* argtypes` */
  argtypes: ExprNode[];
  /** ASDL `expr returns` */
  returns: ExprNode;
}

/** ASDL sum type `mod`: any of its constructors. */
export type ModNode = Module | Interactive | Expression | FunctionType;

/** `FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)`: a constructor of `stmt` (StmtNode). */
export interface FunctionDef {
  _type: 'FunctionDef';
  /** ASDL `identifier name` */
  name: string;
  /** ASDL `arguments args` */
  args: ArgumentsNode;
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `expr* decorator_list` */
  decorator_list: ExprNode[];
  /** ASDL `expr? returns` */
  returns: ExprNode | null;
  /** ASDL `string? type_comment` */
  type_comment: string | null;
  /** ASDL `type_param* type_params` */
  type_params: TypeParamNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)`: a constructor of `stmt` (StmtNode). */
export interface AsyncFunctionDef {
  _type: 'AsyncFunctionDef';
  /** ASDL `identifier name` */
  name: string;
  /** ASDL `arguments args` */
  args: ArgumentsNode;
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `expr* decorator_list` */
  decorator_list: ExprNode[];
  /** ASDL `expr? returns` */
  returns: ExprNode | null;
  /** ASDL `string? type_comment` */
  type_comment: string | null;
  /** ASDL `type_param* type_params` */
  type_params: TypeParamNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params)`: a constructor of `stmt` (StmtNode). */
export interface ClassDef {
  _type: 'ClassDef';
  /** ASDL `identifier name` */
  name: string;
  /** ASDL `expr* bases` */
  bases: ExprNode[];
  /** ASDL `keyword* keywords` */
  keywords: KeywordNode[];
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `expr* decorator_list` */
  decorator_list: ExprNode[];
  /** ASDL `type_param* type_params` */
  type_params: TypeParamNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Return(expr? value)`: a constructor of `stmt` (StmtNode). */
export interface Return {
  _type: 'Return';
  /** ASDL `expr? value` */
  value: ExprNode | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Delete(expr* targets)`: a constructor of `stmt` (StmtNode). */
export interface Delete {
  _type: 'Delete';
  /** ASDL `expr* targets` */
  targets: ExprNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Assign(expr* targets, expr value, string? type_comment)`: a constructor of `stmt` (StmtNode). */
export interface Assign {
  _type: 'Assign';
  /** ASDL `expr* targets` */
  targets: ExprNode[];
  /** ASDL `expr value` */
  value: ExprNode;
  /** ASDL `string? type_comment` */
  type_comment: string | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `TypeAlias(expr name, type_param* type_params, expr value)`: a constructor of `stmt` (StmtNode). */
export interface TypeAlias {
  _type: 'TypeAlias';
  /** ASDL `expr name` */
  name: ExprNode;
  /** ASDL `type_param* type_params` */
  type_params: TypeParamNode[];
  /** ASDL `expr value` */
  value: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `AugAssign(expr target, operator op, expr value)`: a constructor of `stmt` (StmtNode). */
export interface AugAssign {
  _type: 'AugAssign';
  /** ASDL `expr target` */
  target: ExprNode;
  /** ASDL `operator op` */
  op: OperatorNode;
  /** ASDL `expr value` */
  value: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `AnnAssign(expr target, expr annotation, expr? value, int simple)`: a constructor of `stmt` (StmtNode). */
export interface AnnAssign {
  _type: 'AnnAssign';
  /** ASDL `expr target` */
  target: ExprNode;
  /** ASDL `expr annotation` */
  annotation: ExprNode;
  /** ASDL `expr? value` */
  value: ExprNode | null;
  /** ASDL `int simple` */
  simple: number;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)`: a constructor of `stmt` (StmtNode). */
export interface For {
  _type: 'For';
  /** ASDL `expr target` */
  target: ExprNode;
  /** ASDL `expr iter` */
  iter: ExprNode;
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `stmt* orelse` */
  orelse: StmtNode[];
  /** ASDL `string? type_comment` */
  type_comment: string | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)`: a constructor of `stmt` (StmtNode). */
export interface AsyncFor {
  _type: 'AsyncFor';
  /** ASDL `expr target` */
  target: ExprNode;
  /** ASDL `expr iter` */
  iter: ExprNode;
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `stmt* orelse` */
  orelse: StmtNode[];
  /** ASDL `string? type_comment` */
  type_comment: string | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `While(expr test, stmt* body, stmt* orelse)`: a constructor of `stmt` (StmtNode). */
export interface While {
  _type: 'While';
  /** ASDL `expr test` */
  test: ExprNode;
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `stmt* orelse` */
  orelse: StmtNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `If(expr test, stmt* body, stmt* orelse)`: a constructor of `stmt` (StmtNode). */
export interface If {
  _type: 'If';
  /** ASDL `expr test` */
  test: ExprNode;
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `stmt* orelse` */
  orelse: StmtNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `With(withitem* items, stmt* body, string? type_comment)`: a constructor of `stmt` (StmtNode). */
export interface With {
  _type: 'With';
  /** ASDL `withitem* items` */
  items: WithitemNode[];
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `string? type_comment` */
  type_comment: string | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `AsyncWith(withitem* items, stmt* body, string? type_comment)`: a constructor of `stmt` (StmtNode). */
export interface AsyncWith {
  _type: 'AsyncWith';
  /** ASDL `withitem* items` */
  items: WithitemNode[];
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `string? type_comment` */
  type_comment: string | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Match(expr subject, match_case* cases)`: a constructor of `stmt` (StmtNode). */
export interface Match {
  _type: 'Match';
  /** ASDL `expr subject` */
  subject: ExprNode;
  /** ASDL `match_case* cases` */
  cases: MatchCaseNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Raise(expr? exc, expr? cause)`: a constructor of `stmt` (StmtNode). */
export interface Raise {
  _type: 'Raise';
  /** ASDL `expr? exc` */
  exc: ExprNode | null;
  /** ASDL `expr? cause` */
  cause: ExprNode | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)`: a constructor of `stmt` (StmtNode). */
export interface Try {
  _type: 'Try';
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `excepthandler* handlers` */
  handlers: ExcepthandlerNode[];
  /** ASDL `stmt* orelse` */
  orelse: StmtNode[];
  /** ASDL `stmt* finalbody` */
  finalbody: StmtNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)`: a constructor of `stmt` (StmtNode). */
export interface TryStar {
  _type: 'TryStar';
  /** ASDL `stmt* body` */
  body: StmtNode[];
  /** ASDL `excepthandler* handlers` */
  handlers: ExcepthandlerNode[];
  /** ASDL `stmt* orelse` */
  orelse: StmtNode[];
  /** ASDL `stmt* finalbody` */
  finalbody: StmtNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Assert(expr test, expr? msg)`: a constructor of `stmt` (StmtNode). */
export interface Assert {
  _type: 'Assert';
  /** ASDL `expr test` */
  test: ExprNode;
  /** ASDL `expr? msg` */
  msg: ExprNode | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Import(alias* names)`: a constructor of `stmt` (StmtNode). */
export interface Import {
  _type: 'Import';
  /** ASDL `alias* names` */
  names: AliasNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `ImportFrom(identifier? module, alias* names, int? level)`: a constructor of `stmt` (StmtNode). */
export interface ImportFrom {
  _type: 'ImportFrom';
  /** ASDL `identifier? module` */
  module: string | null;
  /** ASDL `alias* names` */
  names: AliasNode[];
  /** ASDL `int? level` */
  level: number | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Global(identifier* names)`: a constructor of `stmt` (StmtNode). */
export interface Global {
  _type: 'Global';
  /** ASDL `identifier* names` */
  names: string[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Nonlocal(identifier* names)`: a constructor of `stmt` (StmtNode). */
export interface Nonlocal {
  _type: 'Nonlocal';
  /** ASDL `identifier* names` */
  names: string[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Expr(expr value)`: a constructor of `stmt` (StmtNode). */
export interface Expr {
  _type: 'Expr';
  /** ASDL `expr value` */
  value: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Pass`: a constructor of `stmt` (StmtNode). */
export interface Pass {
  _type: 'Pass';
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Break`: a constructor of `stmt` (StmtNode). */
export interface Break {
  _type: 'Break';
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Continue`: a constructor of `stmt` (StmtNode). */
export interface Continue {
  _type: 'Continue';
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** ASDL sum type `stmt`: any of its constructors. */
export type StmtNode = FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | TypeAlias | AugAssign | AnnAssign | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert | Import | ImportFrom | Global | Nonlocal | Expr | Pass | Break | Continue;

/** `BoolOp(boolop op, expr* values)`: a constructor of `expr` (ExprNode). */
export interface BoolOp {
  _type: 'BoolOp';
  /** ASDL `boolop op` */
  op: BoolopNode;
  /** ASDL `expr* values` */
  values: ExprNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `NamedExpr(expr target, expr value)`: a constructor of `expr` (ExprNode). */
export interface NamedExpr {
  _type: 'NamedExpr';
  /** ASDL `expr target` */
  target: ExprNode;
  /** ASDL `expr value` */
  value: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `BinOp(expr left, operator op, expr right)`: a constructor of `expr` (ExprNode). */
export interface BinOp {
  _type: 'BinOp';
  /** ASDL `expr left` */
  left: ExprNode;
  /** ASDL `operator op` */
  op: OperatorNode;
  /** ASDL `expr right` */
  right: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `UnaryOp(unaryop op, expr operand)`: a constructor of `expr` (ExprNode). */
export interface UnaryOp {
  _type: 'UnaryOp';
  /** ASDL `unaryop op` */
  op: UnaryopNode;
  /** ASDL `expr operand` */
  operand: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Lambda(arguments args, expr body)`: a constructor of `expr` (ExprNode). */
export interface Lambda {
  _type: 'Lambda';
  /** ASDL `arguments args` */
  args: ArgumentsNode;
  /** ASDL `expr body` */
  body: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `IfExp(expr test, expr body, expr orelse)`: a constructor of `expr` (ExprNode). */
export interface IfExp {
  _type: 'IfExp';
  /** ASDL `expr test` */
  test: ExprNode;
  /** ASDL `expr body` */
  body: ExprNode;
  /** ASDL `expr orelse` */
  orelse: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Dict(expr* keys, expr* values)`: a constructor of `expr` (ExprNode). */
export interface Dict {
  _type: 'Dict';
  /** ASDL `expr* keys` */
  keys: (ExprNode | null)[];
  /** ASDL `expr* values` */
  values: ExprNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Set(expr* elts)`: a constructor of `expr` (ExprNode). */
export interface Set {
  _type: 'Set';
  /** ASDL `expr* elts` */
  elts: ExprNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `ListComp(expr elt, comprehension* generators)`: a constructor of `expr` (ExprNode). */
export interface ListComp {
  _type: 'ListComp';
  /** ASDL `expr elt` */
  elt: ExprNode;
  /** ASDL `comprehension* generators` */
  generators: ComprehensionNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `SetComp(expr elt, comprehension* generators)`: a constructor of `expr` (ExprNode). */
export interface SetComp {
  _type: 'SetComp';
  /** ASDL `expr elt` */
  elt: ExprNode;
  /** ASDL `comprehension* generators` */
  generators: ComprehensionNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `DictComp(expr key, expr value, comprehension* generators)`: a constructor of `expr` (ExprNode). */
export interface DictComp {
  _type: 'DictComp';
  /** ASDL `expr key` */
  key: ExprNode;
  /** ASDL `expr value` */
  value: ExprNode;
  /** ASDL `comprehension* generators` */
  generators: ComprehensionNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `GeneratorExp(expr elt, comprehension* generators)`: a constructor of `expr` (ExprNode). */
export interface GeneratorExp {
  _type: 'GeneratorExp';
  /** ASDL `expr elt` */
  elt: ExprNode;
  /** ASDL `comprehension* generators` */
  generators: ComprehensionNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Await(expr value)`: a constructor of `expr` (ExprNode). */
export interface Await {
  _type: 'Await';
  /** ASDL `expr value` */
  value: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Yield(expr? value)`: a constructor of `expr` (ExprNode). */
export interface Yield {
  _type: 'Yield';
  /** ASDL `expr? value` */
  value: ExprNode | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `YieldFrom(expr value)`: a constructor of `expr` (ExprNode). */
export interface YieldFrom {
  _type: 'YieldFrom';
  /** ASDL `expr value` */
  value: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Compare(expr left, cmpop* ops, expr* comparators)`: a constructor of `expr` (ExprNode). */
export interface Compare {
  _type: 'Compare';
  /** ASDL `expr left` */
  left: ExprNode;
  /** ASDL `cmpop* ops` */
  ops: CmpopNode[];
  /** ASDL `expr* comparators` */
  comparators: ExprNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Call(expr func, expr* args, keyword* keywords)`: a constructor of `expr` (ExprNode). */
export interface Call {
  _type: 'Call';
  /** ASDL `expr func` */
  func: ExprNode;
  /** ASDL `expr* args` */
  args: ExprNode[];
  /** ASDL `keyword* keywords` */
  keywords: KeywordNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `FormattedValue(expr value, int conversion, expr? format_spec)`: a constructor of `expr` (ExprNode). */
export interface FormattedValue {
  _type: 'FormattedValue';
  /** ASDL `expr value` */
  value: ExprNode;
  /** ASDL `int conversion` */
  conversion: number;
  /** ASDL `expr? format_spec` */
  format_spec: ExprNode | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `JoinedStr(expr* values)`: a constructor of `expr` (ExprNode). */
export interface JoinedStr {
  _type: 'JoinedStr';
  /** ASDL `expr* values` */
  values: ExprNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Constant(constant value, string? kind)`: a constructor of `expr` (ExprNode). */
export interface Constant {
  _type: 'Constant';
  /** ASDL `constant value` */
  value: PyConstant;
  /** ASDL `string? kind` */
  kind: string | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Attribute(expr value, identifier attr, expr_context ctx)`: a constructor of `expr` (ExprNode). */
export interface Attribute {
  _type: 'Attribute';
  /** ASDL `expr value` */
  value: ExprNode;
  /** ASDL `identifier attr` */
  attr: string;
  /** ASDL `expr_context ctx` */
  ctx: ExprContextNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Subscript(expr value, expr slice, expr_context ctx)`: a constructor of `expr` (ExprNode). */
export interface Subscript {
  _type: 'Subscript';
  /** ASDL `expr value` */
  value: ExprNode;
  /** ASDL `expr slice` */
  slice: ExprNode;
  /** ASDL `expr_context ctx` */
  ctx: ExprContextNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Starred(expr value, expr_context ctx)`: a constructor of `expr` (ExprNode). */
export interface Starred {
  _type: 'Starred';
  /** ASDL `expr value` */
  value: ExprNode;
  /** ASDL `expr_context ctx` */
  ctx: ExprContextNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Name(identifier id, expr_context ctx)`: a constructor of `expr` (ExprNode). */
export interface Name {
  _type: 'Name';
  /** ASDL `identifier id` */
  id: string;
  /** ASDL `expr_context ctx` */
  ctx: ExprContextNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `List(expr* elts, expr_context ctx)`: a constructor of `expr` (ExprNode). */
export interface List {
  _type: 'List';
  /** ASDL `expr* elts` */
  elts: ExprNode[];
  /** ASDL `expr_context ctx` */
  ctx: ExprContextNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Tuple(expr* elts, expr_context ctx)`: a constructor of `expr` (ExprNode). */
export interface Tuple {
  _type: 'Tuple';
  /** ASDL `expr* elts` */
  elts: ExprNode[];
  /** ASDL `expr_context ctx` */
  ctx: ExprContextNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `Slice(expr? lower, expr? upper, expr? step)`: a constructor of `expr` (ExprNode). */
export interface Slice {
  _type: 'Slice';
  /** ASDL `expr? lower` */
  lower: ExprNode | null;
  /** ASDL `expr? upper` */
  upper: ExprNode | null;
  /** ASDL `expr? step` */
  step: ExprNode | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** ASDL sum type `expr`: any of its constructors. */
export type ExprNode = BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

/** `Load`: a constructor of `expr_context` (ExprContextNode). */
export interface Load {
  _type: 'Load';
}

/** `Store`: a constructor of `expr_context` (ExprContextNode). */
export interface Store {
  _type: 'Store';
}

/** `Del`: a constructor of `expr_context` (ExprContextNode). */
export interface Del {
  _type: 'Del';
}

/** ASDL sum type `expr_context`: any of its constructors. */
export type ExprContextNode = Load | Store | Del;

/** `And`: a constructor of `boolop` (BoolopNode). */
export interface And {
  _type: 'And';
}

/** `Or`: a constructor of `boolop` (BoolopNode). */
export interface Or {
  _type: 'Or';
}

/** ASDL sum type `boolop`: any of its constructors. */
export type BoolopNode = And | Or;

/** `Add`: a constructor of `operator` (OperatorNode). */
export interface Add {
  _type: 'Add';
}

/** `Sub`: a constructor of `operator` (OperatorNode). */
export interface Sub {
  _type: 'Sub';
}

/** `Mult`: a constructor of `operator` (OperatorNode). */
export interface Mult {
  _type: 'Mult';
}

/** `MatMult`: a constructor of `operator` (OperatorNode). */
export interface MatMult {
  _type: 'MatMult';
}

/** `Div`: a constructor of `operator` (OperatorNode). */
export interface Div {
  _type: 'Div';
}

/** `Mod`: a constructor of `operator` (OperatorNode). */
export interface Mod {
  _type: 'Mod';
}

/** `Pow`: a constructor of `operator` (OperatorNode). */
export interface Pow {
  _type: 'Pow';
}

/** `LShift`: a constructor of `operator` (OperatorNode). */
export interface LShift {
  _type: 'LShift';
}

/** `RShift`: a constructor of `operator` (OperatorNode). */
export interface RShift {
  _type: 'RShift';
}

/** `BitOr`: a constructor of `operator` (OperatorNode). */
export interface BitOr {
  _type: 'BitOr';
}

/** `BitXor`: a constructor of `operator` (OperatorNode). */
export interface BitXor {
  _type: 'BitXor';
}

/** `BitAnd`: a constructor of `operator` (OperatorNode). */
export interface BitAnd {
  _type: 'BitAnd';
}

/** `FloorDiv`: a constructor of `operator` (OperatorNode). */
export interface FloorDiv {
  _type: 'FloorDiv';
}

/** ASDL sum type `operator`: any of its constructors. */
export type OperatorNode = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv;

/** `Invert`: a constructor of `unaryop` (UnaryopNode). */
export interface Invert {
  _type: 'Invert';
}

/** `Not`: a constructor of `unaryop` (UnaryopNode). */
export interface Not {
  _type: 'Not';
}

/** `UAdd`: a constructor of `unaryop` (UnaryopNode). */
export interface UAdd {
  _type: 'UAdd';
}

/** `USub`: a constructor of `unaryop` (UnaryopNode). */
export interface USub {
  _type: 'USub';
}

/** ASDL sum type `unaryop`: any of its constructors. */
export type UnaryopNode = Invert | Not | UAdd | USub;

/** `Eq`: a constructor of `cmpop` (CmpopNode). */
export interface Eq {
  _type: 'Eq';
}

/** `NotEq`: a constructor of `cmpop` (CmpopNode). */
export interface NotEq {
  _type: 'NotEq';
}

/** `Lt`: a constructor of `cmpop` (CmpopNode). */
export interface Lt {
  _type: 'Lt';
}

/** `LtE`: a constructor of `cmpop` (CmpopNode). */
export interface LtE {
  _type: 'LtE';
}

/** `Gt`: a constructor of `cmpop` (CmpopNode). */
export interface Gt {
  _type: 'Gt';
}

/** `GtE`: a constructor of `cmpop` (CmpopNode). */
export interface GtE {
  _type: 'GtE';
}

/** `Is`: a constructor of `cmpop` (CmpopNode). */
export interface Is {
  _type: 'Is';
}

/** `IsNot`: a constructor of `cmpop` (CmpopNode). */
export interface IsNot {
  _type: 'IsNot';
}

/** `In`: a constructor of `cmpop` (CmpopNode). */
export interface In {
  _type: 'In';
}

/** `NotIn`: a constructor of `cmpop` (CmpopNode). */
export interface NotIn {
  _type: 'NotIn';
}

/** ASDL sum type `cmpop`: any of its constructors. */
export type CmpopNode = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn;

/** ASDL product `comprehension(expr target, expr iter, expr* ifs, int is_async)`. */
export interface ComprehensionNode {
  _type: 'comprehension';
  /** ASDL `expr target` */
  target: ExprNode;
  /** ASDL `expr iter` */
  iter: ExprNode;
  /** ASDL `expr* ifs` */
  ifs: ExprNode[];
  /** ASDL `int is_async` */
  is_async: number;
}

/** `ExceptHandler(expr? type, identifier? name, stmt* body)`: a constructor of `excepthandler` (ExcepthandlerNode). */
export interface ExceptHandler {
  _type: 'ExceptHandler';
  /** ASDL `expr? type` */
  type: ExprNode | null;
  /** ASDL `identifier? name` */
  name: string | null;
  /** ASDL `stmt* body` */
  body: StmtNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** ASDL sum type `excepthandler`: any of its constructors. */
export type ExcepthandlerNode = ExceptHandler;

/** ASDL product `arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)`. */
export interface ArgumentsNode {
  _type: 'arguments';
  /** ASDL `arg* posonlyargs` */
  posonlyargs: ArgNode[];
  /** ASDL `arg* args` */
  args: ArgNode[];
  /** ASDL `arg? vararg` */
  vararg: ArgNode | null;
  /** ASDL `arg* kwonlyargs` */
  kwonlyargs: ArgNode[];
  /** ASDL `expr* kw_defaults` */
  kw_defaults: (ExprNode | null)[];
  /** ASDL `arg? kwarg` */
  kwarg: ArgNode | null;
  /** ASDL `expr* defaults` */
  defaults: ExprNode[];
}

/** ASDL product `arg(identifier arg, expr? annotation, string? type_comment)`. */
export interface ArgNode {
  _type: 'arg';
  /** ASDL `identifier arg` */
  arg: string;
  /** ASDL `expr? annotation` */
  annotation: ExprNode | null;
  /** ASDL `string? type_comment` */
  type_comment: string | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** ASDL product `keyword(identifier? arg, expr value)`. */
export interface KeywordNode {
  _type: 'keyword';
  /** ASDL `identifier? arg` */
  arg: string | null;
  /** ASDL `expr value` */
  value: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** ASDL product `alias(identifier name, identifier? asname)`. */
export interface AliasNode {
  _type: 'alias';
  /** ASDL `identifier name` */
  name: string;
  /** ASDL `identifier? asname` */
  asname: string | null;
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** ASDL product `withitem(expr context_expr, expr? optional_vars)`. */
export interface WithitemNode {
  _type: 'withitem';
  /** ASDL `expr context_expr` */
  context_expr: ExprNode;
  /** ASDL `expr? optional_vars` */
  optional_vars: ExprNode | null;
}

/** ASDL product `match_case(pattern pattern, expr? guard, stmt* body)`. */
export interface MatchCaseNode {
  _type: 'match_case';
  /** ASDL `pattern pattern` */
  pattern: PatternNode;
  /** ASDL `expr? guard` */
  guard: ExprNode | null;
  /** ASDL `stmt* body` */
  body: StmtNode[];
}

/** `MatchValue(expr value)`: a constructor of `pattern` (PatternNode). */
export interface MatchValue {
  _type: 'MatchValue';
  /** ASDL `expr value` */
  value: ExprNode;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** `MatchSingleton(constant value)`: a constructor of `pattern` (PatternNode). */
export interface MatchSingleton {
  _type: 'MatchSingleton';
  /** ASDL `constant value` */
  value: PyConstant;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** `MatchSequence(pattern* patterns)`: a constructor of `pattern` (PatternNode). */
export interface MatchSequence {
  _type: 'MatchSequence';
  /** ASDL `pattern* patterns` */
  patterns: PatternNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** `MatchMapping(expr* keys, pattern* patterns, identifier? rest)`: a constructor of `pattern` (PatternNode). */
export interface MatchMapping {
  _type: 'MatchMapping';
  /** ASDL `expr* keys` */
  keys: ExprNode[];
  /** ASDL `pattern* patterns` */
  patterns: PatternNode[];
  /** ASDL `identifier? rest` */
  rest: string | null;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** `MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)`: a constructor of `pattern` (PatternNode). */
export interface MatchClass {
  _type: 'MatchClass';
  /** ASDL `expr cls` */
  cls: ExprNode;
  /** ASDL `pattern* patterns` */
  patterns: PatternNode[];
  /** ASDL `identifier* kwd_attrs` */
  kwd_attrs: string[];
  /** ASDL `pattern* kwd_patterns` */
  kwd_patterns: PatternNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** `MatchStar(identifier? name)`: a constructor of `pattern` (PatternNode). */
export interface MatchStar {
  _type: 'MatchStar';
  /** ASDL `identifier? name` */
  name: string | null;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** `MatchAs(pattern? pattern, identifier? name)`: a constructor of `pattern` (PatternNode). */
export interface MatchAs {
  _type: 'MatchAs';
  /** ASDL `pattern? pattern` */
  pattern: PatternNode | null;
  /** ASDL `identifier? name` */
  name: string | null;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** `MatchOr(pattern* patterns)`: a constructor of `pattern` (PatternNode). */
export interface MatchOr {
  _type: 'MatchOr';
  /** ASDL `pattern* patterns` */
  patterns: PatternNode[];
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** ASDL sum type `pattern`: any of its constructors. */
export type PatternNode = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

/** `TypeIgnore(int lineno, string tag)`: a constructor of `type_ignore` (TypeIgnoreNode). */
export interface TypeIgnore {
  _type: 'TypeIgnore';
  /** ASDL `int lineno` */
  lineno: number;
  /** ASDL `string tag` */
  tag: string;
}

/** ASDL sum type `type_ignore`: any of its constructors. */
export type TypeIgnoreNode = TypeIgnore;

/** `TypeVar(identifier name, expr? bound)`: a constructor of `type_param` (TypeParamNode). */
export interface TypeVar {
  _type: 'TypeVar';
  /** ASDL `identifier name` */
  name: string;
  /** ASDL `expr? bound` */
  bound: ExprNode | null;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** `ParamSpec(identifier name)`: a constructor of `type_param` (TypeParamNode). */
export interface ParamSpec {
  _type: 'ParamSpec';
  /** ASDL `identifier name` */
  name: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** `TypeVarTuple(identifier name)`: a constructor of `type_param` (TypeParamNode). */
export interface TypeVarTuple {
  _type: 'TypeVarTuple';
  /** ASDL `identifier name` */
  name: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** ASDL sum type `type_param`: any of its constructors. */
export type TypeParamNode = TypeVar | ParamSpec | TypeVarTuple;

/** Every node interface by its `_type`. */
export interface AstNodeMap {
  Module: Module;
  Interactive: Interactive;
  Expression: Expression;
  FunctionType: FunctionType;
  FunctionDef: FunctionDef;
  AsyncFunctionDef: AsyncFunctionDef;
  ClassDef: ClassDef;
  Return: Return;
  Delete: Delete;
  Assign: Assign;
  TypeAlias: TypeAlias;
  AugAssign: AugAssign;
  AnnAssign: AnnAssign;
  For: For;
  AsyncFor: AsyncFor;
  While: While;
  If: If;
  With: With;
  AsyncWith: AsyncWith;
  Match: Match;
  Raise: Raise;
  Try: Try;
  TryStar: TryStar;
  Assert: Assert;
  Import: Import;
  ImportFrom: ImportFrom;
  Global: Global;
  Nonlocal: Nonlocal;
  Expr: Expr;
  Pass: Pass;
  Break: Break;
  Continue: Continue;
  BoolOp: BoolOp;
  NamedExpr: NamedExpr;
  BinOp: BinOp;
  UnaryOp: UnaryOp;
  Lambda: Lambda;
  IfExp: IfExp;
  Dict: Dict;
  Set: Set;
  ListComp: ListComp;
  SetComp: SetComp;
  DictComp: DictComp;
  GeneratorExp: GeneratorExp;
  Await: Await;
  Yield: Yield;
  YieldFrom: YieldFrom;
  Compare: Compare;
  Call: Call;
  FormattedValue: FormattedValue;
  JoinedStr: JoinedStr;
  Constant: Constant;
  Attribute: Attribute;
  Subscript: Subscript;
  Starred: Starred;
  Name: Name;
  List: List;
  Tuple: Tuple;
  Slice: Slice;
  Load: Load;
  Store: Store;
  Del: Del;
  And: And;
  Or: Or;
  Add: Add;
  Sub: Sub;
  Mult: Mult;
  MatMult: MatMult;
  Div: Div;
  Mod: Mod;
  Pow: Pow;
  LShift: LShift;
  RShift: RShift;
  BitOr: BitOr;
  BitXor: BitXor;
  BitAnd: BitAnd;
  FloorDiv: FloorDiv;
  Invert: Invert;
  Not: Not;
  UAdd: UAdd;
  USub: USub;
  Eq: Eq;
  NotEq: NotEq;
  Lt: Lt;
  LtE: LtE;
  Gt: Gt;
  GtE: GtE;
  Is: Is;
  IsNot: IsNot;
  In: In;
  NotIn: NotIn;
  comprehension: ComprehensionNode;
  ExceptHandler: ExceptHandler;
  arguments: ArgumentsNode;
  arg: ArgNode;
  keyword: KeywordNode;
  alias: AliasNode;
  withitem: WithitemNode;
  match_case: MatchCaseNode;
  MatchValue: MatchValue;
  MatchSingleton: MatchSingleton;
  MatchSequence: MatchSequence;
  MatchMapping: MatchMapping;
  MatchClass: MatchClass;
  MatchStar: MatchStar;
  MatchAs: MatchAs;
  MatchOr: MatchOr;
  TypeIgnore: TypeIgnore;
  TypeVar: TypeVar;
  ParamSpec: ParamSpec;
  TypeVarTuple: TypeVarTuple;
}

/** Every `_type` string. */
export type AstNodeType = keyof AstNodeMap;
/** Any AST node. */
export type AstNode = AstNodeMap[AstNodeType];
/** Every node (constructor or product) by `_type`, with its fields and attributes in ASDL order. A Map, not an object, so a `_type` such as "__proto__" or "toString" finds nothing. */
export const AST_NODE_INFO: ReadonlyMap<string, AstNodeInfo> = new Map<string, AstNodeInfo>([
  ['Module', {
    name: 'Module',
    asdlType: 'mod',
    isProduct: false,
    signature: 'Module(stmt* body, type_ignore* type_ignores)',
    fields: [
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'type_ignores', type: 'type_ignore', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [],
  }],
  ['Interactive', {
    name: 'Interactive',
    asdlType: 'mod',
    isProduct: false,
    signature: 'Interactive(stmt* body)',
    fields: [
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [],
  }],
  ['Expression', {
    name: 'Expression',
    asdlType: 'mod',
    isProduct: false,
    signature: 'Expression(expr body)',
    fields: [
      { name: 'body', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [],
  }],
  ['FunctionType', {
    name: 'FunctionType',
    asdlType: 'mod',
    isProduct: false,
    signature: 'FunctionType(expr* argtypes, expr returns)',
    fields: [
      { name: 'argtypes', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'returns', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [],
  }],
  ['FunctionDef', {
    name: 'FunctionDef',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)',
    fields: [
      { name: 'name', type: 'identifier', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'args', type: 'arguments', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'decorator_list', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'returns', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'type_comment', type: 'string', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'type_params', type: 'type_param', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['AsyncFunctionDef', {
    name: 'AsyncFunctionDef',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)',
    fields: [
      { name: 'name', type: 'identifier', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'args', type: 'arguments', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'decorator_list', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'returns', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'type_comment', type: 'string', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'type_params', type: 'type_param', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['ClassDef', {
    name: 'ClassDef',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params)',
    fields: [
      { name: 'name', type: 'identifier', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'bases', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'keywords', type: 'keyword', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'decorator_list', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'type_params', type: 'type_param', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Return', {
    name: 'Return',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Return(expr? value)',
    fields: [
      { name: 'value', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Delete', {
    name: 'Delete',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Delete(expr* targets)',
    fields: [
      { name: 'targets', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Assign', {
    name: 'Assign',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Assign(expr* targets, expr value, string? type_comment)',
    fields: [
      { name: 'targets', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'type_comment', type: 'string', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['TypeAlias', {
    name: 'TypeAlias',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'TypeAlias(expr name, type_param* type_params, expr value)',
    fields: [
      { name: 'name', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'type_params', type: 'type_param', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['AugAssign', {
    name: 'AugAssign',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'AugAssign(expr target, operator op, expr value)',
    fields: [
      { name: 'target', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'op', type: 'operator', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['AnnAssign', {
    name: 'AnnAssign',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'AnnAssign(expr target, expr annotation, expr? value, int simple)',
    fields: [
      { name: 'target', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'annotation', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'value', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'simple', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['For', {
    name: 'For',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)',
    fields: [
      { name: 'target', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'iter', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'orelse', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'type_comment', type: 'string', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['AsyncFor', {
    name: 'AsyncFor',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)',
    fields: [
      { name: 'target', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'iter', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'orelse', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'type_comment', type: 'string', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['While', {
    name: 'While',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'While(expr test, stmt* body, stmt* orelse)',
    fields: [
      { name: 'test', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'orelse', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['If', {
    name: 'If',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'If(expr test, stmt* body, stmt* orelse)',
    fields: [
      { name: 'test', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'orelse', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['With', {
    name: 'With',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'With(withitem* items, stmt* body, string? type_comment)',
    fields: [
      { name: 'items', type: 'withitem', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'type_comment', type: 'string', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['AsyncWith', {
    name: 'AsyncWith',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'AsyncWith(withitem* items, stmt* body, string? type_comment)',
    fields: [
      { name: 'items', type: 'withitem', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'type_comment', type: 'string', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Match', {
    name: 'Match',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Match(expr subject, match_case* cases)',
    fields: [
      { name: 'subject', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'cases', type: 'match_case', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Raise', {
    name: 'Raise',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Raise(expr? exc, expr? cause)',
    fields: [
      { name: 'exc', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'cause', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Try', {
    name: 'Try',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)',
    fields: [
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'handlers', type: 'excepthandler', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'orelse', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'finalbody', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['TryStar', {
    name: 'TryStar',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)',
    fields: [
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'handlers', type: 'excepthandler', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'orelse', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'finalbody', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Assert', {
    name: 'Assert',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Assert(expr test, expr? msg)',
    fields: [
      { name: 'test', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'msg', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Import', {
    name: 'Import',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Import(alias* names)',
    fields: [
      { name: 'names', type: 'alias', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['ImportFrom', {
    name: 'ImportFrom',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'ImportFrom(identifier? module, alias* names, int? level)',
    fields: [
      { name: 'module', type: 'identifier', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'names', type: 'alias', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'level', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Global', {
    name: 'Global',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Global(identifier* names)',
    fields: [
      { name: 'names', type: 'identifier', quantifier: '*', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Nonlocal', {
    name: 'Nonlocal',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Nonlocal(identifier* names)',
    fields: [
      { name: 'names', type: 'identifier', quantifier: '*', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Expr', {
    name: 'Expr',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Expr(expr value)',
    fields: [
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Pass', {
    name: 'Pass',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Pass',
    fields: [],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Break', {
    name: 'Break',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Break',
    fields: [],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Continue', {
    name: 'Continue',
    asdlType: 'stmt',
    isProduct: false,
    signature: 'Continue',
    fields: [],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['BoolOp', {
    name: 'BoolOp',
    asdlType: 'expr',
    isProduct: false,
    signature: 'BoolOp(boolop op, expr* values)',
    fields: [
      { name: 'op', type: 'boolop', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'values', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['NamedExpr', {
    name: 'NamedExpr',
    asdlType: 'expr',
    isProduct: false,
    signature: 'NamedExpr(expr target, expr value)',
    fields: [
      { name: 'target', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['BinOp', {
    name: 'BinOp',
    asdlType: 'expr',
    isProduct: false,
    signature: 'BinOp(expr left, operator op, expr right)',
    fields: [
      { name: 'left', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'op', type: 'operator', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'right', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['UnaryOp', {
    name: 'UnaryOp',
    asdlType: 'expr',
    isProduct: false,
    signature: 'UnaryOp(unaryop op, expr operand)',
    fields: [
      { name: 'op', type: 'unaryop', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'operand', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Lambda', {
    name: 'Lambda',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Lambda(arguments args, expr body)',
    fields: [
      { name: 'args', type: 'arguments', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['IfExp', {
    name: 'IfExp',
    asdlType: 'expr',
    isProduct: false,
    signature: 'IfExp(expr test, expr body, expr orelse)',
    fields: [
      { name: 'test', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'orelse', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Dict', {
    name: 'Dict',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Dict(expr* keys, expr* values)',
    fields: [
      { name: 'keys', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: true },
      { name: 'values', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Set', {
    name: 'Set',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Set(expr* elts)',
    fields: [
      { name: 'elts', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['ListComp', {
    name: 'ListComp',
    asdlType: 'expr',
    isProduct: false,
    signature: 'ListComp(expr elt, comprehension* generators)',
    fields: [
      { name: 'elt', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'generators', type: 'comprehension', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['SetComp', {
    name: 'SetComp',
    asdlType: 'expr',
    isProduct: false,
    signature: 'SetComp(expr elt, comprehension* generators)',
    fields: [
      { name: 'elt', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'generators', type: 'comprehension', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['DictComp', {
    name: 'DictComp',
    asdlType: 'expr',
    isProduct: false,
    signature: 'DictComp(expr key, expr value, comprehension* generators)',
    fields: [
      { name: 'key', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'generators', type: 'comprehension', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['GeneratorExp', {
    name: 'GeneratorExp',
    asdlType: 'expr',
    isProduct: false,
    signature: 'GeneratorExp(expr elt, comprehension* generators)',
    fields: [
      { name: 'elt', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'generators', type: 'comprehension', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Await', {
    name: 'Await',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Await(expr value)',
    fields: [
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Yield', {
    name: 'Yield',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Yield(expr? value)',
    fields: [
      { name: 'value', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['YieldFrom', {
    name: 'YieldFrom',
    asdlType: 'expr',
    isProduct: false,
    signature: 'YieldFrom(expr value)',
    fields: [
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Compare', {
    name: 'Compare',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Compare(expr left, cmpop* ops, expr* comparators)',
    fields: [
      { name: 'left', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'ops', type: 'cmpop', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'comparators', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Call', {
    name: 'Call',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Call(expr func, expr* args, keyword* keywords)',
    fields: [
      { name: 'func', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'args', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'keywords', type: 'keyword', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['FormattedValue', {
    name: 'FormattedValue',
    asdlType: 'expr',
    isProduct: false,
    signature: 'FormattedValue(expr value, int conversion, expr? format_spec)',
    fields: [
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'conversion', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'format_spec', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['JoinedStr', {
    name: 'JoinedStr',
    asdlType: 'expr',
    isProduct: false,
    signature: 'JoinedStr(expr* values)',
    fields: [
      { name: 'values', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Constant', {
    name: 'Constant',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Constant(constant value, string? kind)',
    fields: [
      { name: 'value', type: 'constant', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'kind', type: 'string', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Attribute', {
    name: 'Attribute',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Attribute(expr value, identifier attr, expr_context ctx)',
    fields: [
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'attr', type: 'identifier', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'ctx', type: 'expr_context', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Subscript', {
    name: 'Subscript',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Subscript(expr value, expr slice, expr_context ctx)',
    fields: [
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'slice', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'ctx', type: 'expr_context', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Starred', {
    name: 'Starred',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Starred(expr value, expr_context ctx)',
    fields: [
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'ctx', type: 'expr_context', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Name', {
    name: 'Name',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Name(identifier id, expr_context ctx)',
    fields: [
      { name: 'id', type: 'identifier', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'ctx', type: 'expr_context', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['List', {
    name: 'List',
    asdlType: 'expr',
    isProduct: false,
    signature: 'List(expr* elts, expr_context ctx)',
    fields: [
      { name: 'elts', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'ctx', type: 'expr_context', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Tuple', {
    name: 'Tuple',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Tuple(expr* elts, expr_context ctx)',
    fields: [
      { name: 'elts', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'ctx', type: 'expr_context', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Slice', {
    name: 'Slice',
    asdlType: 'expr',
    isProduct: false,
    signature: 'Slice(expr? lower, expr? upper, expr? step)',
    fields: [
      { name: 'lower', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'upper', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'step', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['Load', {
    name: 'Load',
    asdlType: 'expr_context',
    isProduct: false,
    signature: 'Load',
    fields: [],
    attributes: [],
  }],
  ['Store', {
    name: 'Store',
    asdlType: 'expr_context',
    isProduct: false,
    signature: 'Store',
    fields: [],
    attributes: [],
  }],
  ['Del', {
    name: 'Del',
    asdlType: 'expr_context',
    isProduct: false,
    signature: 'Del',
    fields: [],
    attributes: [],
  }],
  ['And', {
    name: 'And',
    asdlType: 'boolop',
    isProduct: false,
    signature: 'And',
    fields: [],
    attributes: [],
  }],
  ['Or', {
    name: 'Or',
    asdlType: 'boolop',
    isProduct: false,
    signature: 'Or',
    fields: [],
    attributes: [],
  }],
  ['Add', {
    name: 'Add',
    asdlType: 'operator',
    isProduct: false,
    signature: 'Add',
    fields: [],
    attributes: [],
  }],
  ['Sub', {
    name: 'Sub',
    asdlType: 'operator',
    isProduct: false,
    signature: 'Sub',
    fields: [],
    attributes: [],
  }],
  ['Mult', {
    name: 'Mult',
    asdlType: 'operator',
    isProduct: false,
    signature: 'Mult',
    fields: [],
    attributes: [],
  }],
  ['MatMult', {
    name: 'MatMult',
    asdlType: 'operator',
    isProduct: false,
    signature: 'MatMult',
    fields: [],
    attributes: [],
  }],
  ['Div', {
    name: 'Div',
    asdlType: 'operator',
    isProduct: false,
    signature: 'Div',
    fields: [],
    attributes: [],
  }],
  ['Mod', {
    name: 'Mod',
    asdlType: 'operator',
    isProduct: false,
    signature: 'Mod',
    fields: [],
    attributes: [],
  }],
  ['Pow', {
    name: 'Pow',
    asdlType: 'operator',
    isProduct: false,
    signature: 'Pow',
    fields: [],
    attributes: [],
  }],
  ['LShift', {
    name: 'LShift',
    asdlType: 'operator',
    isProduct: false,
    signature: 'LShift',
    fields: [],
    attributes: [],
  }],
  ['RShift', {
    name: 'RShift',
    asdlType: 'operator',
    isProduct: false,
    signature: 'RShift',
    fields: [],
    attributes: [],
  }],
  ['BitOr', {
    name: 'BitOr',
    asdlType: 'operator',
    isProduct: false,
    signature: 'BitOr',
    fields: [],
    attributes: [],
  }],
  ['BitXor', {
    name: 'BitXor',
    asdlType: 'operator',
    isProduct: false,
    signature: 'BitXor',
    fields: [],
    attributes: [],
  }],
  ['BitAnd', {
    name: 'BitAnd',
    asdlType: 'operator',
    isProduct: false,
    signature: 'BitAnd',
    fields: [],
    attributes: [],
  }],
  ['FloorDiv', {
    name: 'FloorDiv',
    asdlType: 'operator',
    isProduct: false,
    signature: 'FloorDiv',
    fields: [],
    attributes: [],
  }],
  ['Invert', {
    name: 'Invert',
    asdlType: 'unaryop',
    isProduct: false,
    signature: 'Invert',
    fields: [],
    attributes: [],
  }],
  ['Not', {
    name: 'Not',
    asdlType: 'unaryop',
    isProduct: false,
    signature: 'Not',
    fields: [],
    attributes: [],
  }],
  ['UAdd', {
    name: 'UAdd',
    asdlType: 'unaryop',
    isProduct: false,
    signature: 'UAdd',
    fields: [],
    attributes: [],
  }],
  ['USub', {
    name: 'USub',
    asdlType: 'unaryop',
    isProduct: false,
    signature: 'USub',
    fields: [],
    attributes: [],
  }],
  ['Eq', {
    name: 'Eq',
    asdlType: 'cmpop',
    isProduct: false,
    signature: 'Eq',
    fields: [],
    attributes: [],
  }],
  ['NotEq', {
    name: 'NotEq',
    asdlType: 'cmpop',
    isProduct: false,
    signature: 'NotEq',
    fields: [],
    attributes: [],
  }],
  ['Lt', {
    name: 'Lt',
    asdlType: 'cmpop',
    isProduct: false,
    signature: 'Lt',
    fields: [],
    attributes: [],
  }],
  ['LtE', {
    name: 'LtE',
    asdlType: 'cmpop',
    isProduct: false,
    signature: 'LtE',
    fields: [],
    attributes: [],
  }],
  ['Gt', {
    name: 'Gt',
    asdlType: 'cmpop',
    isProduct: false,
    signature: 'Gt',
    fields: [],
    attributes: [],
  }],
  ['GtE', {
    name: 'GtE',
    asdlType: 'cmpop',
    isProduct: false,
    signature: 'GtE',
    fields: [],
    attributes: [],
  }],
  ['Is', {
    name: 'Is',
    asdlType: 'cmpop',
    isProduct: false,
    signature: 'Is',
    fields: [],
    attributes: [],
  }],
  ['IsNot', {
    name: 'IsNot',
    asdlType: 'cmpop',
    isProduct: false,
    signature: 'IsNot',
    fields: [],
    attributes: [],
  }],
  ['In', {
    name: 'In',
    asdlType: 'cmpop',
    isProduct: false,
    signature: 'In',
    fields: [],
    attributes: [],
  }],
  ['NotIn', {
    name: 'NotIn',
    asdlType: 'cmpop',
    isProduct: false,
    signature: 'NotIn',
    fields: [],
    attributes: [],
  }],
  ['comprehension', {
    name: 'comprehension',
    asdlType: 'comprehension',
    isProduct: true,
    signature: 'comprehension(expr target, expr iter, expr* ifs, int is_async)',
    fields: [
      { name: 'target', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'iter', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'ifs', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'is_async', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [],
  }],
  ['ExceptHandler', {
    name: 'ExceptHandler',
    asdlType: 'excepthandler',
    isProduct: false,
    signature: 'ExceptHandler(expr? type, identifier? name, stmt* body)',
    fields: [
      { name: 'type', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'name', type: 'identifier', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['arguments', {
    name: 'arguments',
    asdlType: 'arguments',
    isProduct: true,
    signature: 'arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)',
    fields: [
      { name: 'posonlyargs', type: 'arg', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'args', type: 'arg', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'vararg', type: 'arg', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'kwonlyargs', type: 'arg', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'kw_defaults', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: true },
      { name: 'kwarg', type: 'arg', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'defaults', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [],
  }],
  ['arg', {
    name: 'arg',
    asdlType: 'arg',
    isProduct: true,
    signature: 'arg(identifier arg, expr? annotation, string? type_comment)',
    fields: [
      { name: 'arg', type: 'identifier', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'annotation', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'type_comment', type: 'string', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['keyword', {
    name: 'keyword',
    asdlType: 'keyword',
    isProduct: true,
    signature: 'keyword(identifier? arg, expr value)',
    fields: [
      { name: 'arg', type: 'identifier', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['alias', {
    name: 'alias',
    asdlType: 'alias',
    isProduct: true,
    signature: 'alias(identifier name, identifier? asname)',
    fields: [
      { name: 'name', type: 'identifier', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'asname', type: 'identifier', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['withitem', {
    name: 'withitem',
    asdlType: 'withitem',
    isProduct: true,
    signature: 'withitem(expr context_expr, expr? optional_vars)',
    fields: [
      { name: 'context_expr', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'optional_vars', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [],
  }],
  ['match_case', {
    name: 'match_case',
    asdlType: 'match_case',
    isProduct: true,
    signature: 'match_case(pattern pattern, expr? guard, stmt* body)',
    fields: [
      { name: 'pattern', type: 'pattern', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'guard', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'body', type: 'stmt', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [],
  }],
  ['MatchValue', {
    name: 'MatchValue',
    asdlType: 'pattern',
    isProduct: false,
    signature: 'MatchValue(expr value)',
    fields: [
      { name: 'value', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['MatchSingleton', {
    name: 'MatchSingleton',
    asdlType: 'pattern',
    isProduct: false,
    signature: 'MatchSingleton(constant value)',
    fields: [
      { name: 'value', type: 'constant', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['MatchSequence', {
    name: 'MatchSequence',
    asdlType: 'pattern',
    isProduct: false,
    signature: 'MatchSequence(pattern* patterns)',
    fields: [
      { name: 'patterns', type: 'pattern', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['MatchMapping', {
    name: 'MatchMapping',
    asdlType: 'pattern',
    isProduct: false,
    signature: 'MatchMapping(expr* keys, pattern* patterns, identifier? rest)',
    fields: [
      { name: 'keys', type: 'expr', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'patterns', type: 'pattern', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'rest', type: 'identifier', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['MatchClass', {
    name: 'MatchClass',
    asdlType: 'pattern',
    isProduct: false,
    signature: 'MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)',
    fields: [
      { name: 'cls', type: 'expr', quantifier: '', builtin: false, elementsMayBeNull: false },
      { name: 'patterns', type: 'pattern', quantifier: '*', builtin: false, elementsMayBeNull: false },
      { name: 'kwd_attrs', type: 'identifier', quantifier: '*', builtin: true, elementsMayBeNull: false },
      { name: 'kwd_patterns', type: 'pattern', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['MatchStar', {
    name: 'MatchStar',
    asdlType: 'pattern',
    isProduct: false,
    signature: 'MatchStar(identifier? name)',
    fields: [
      { name: 'name', type: 'identifier', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['MatchAs', {
    name: 'MatchAs',
    asdlType: 'pattern',
    isProduct: false,
    signature: 'MatchAs(pattern? pattern, identifier? name)',
    fields: [
      { name: 'pattern', type: 'pattern', quantifier: '?', builtin: false, elementsMayBeNull: false },
      { name: 'name', type: 'identifier', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['MatchOr', {
    name: 'MatchOr',
    asdlType: 'pattern',
    isProduct: false,
    signature: 'MatchOr(pattern* patterns)',
    fields: [
      { name: 'patterns', type: 'pattern', quantifier: '*', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['TypeIgnore', {
    name: 'TypeIgnore',
    asdlType: 'type_ignore',
    isProduct: false,
    signature: 'TypeIgnore(int lineno, string tag)',
    fields: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'tag', type: 'string', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [],
  }],
  ['TypeVar', {
    name: 'TypeVar',
    asdlType: 'type_param',
    isProduct: false,
    signature: 'TypeVar(identifier name, expr? bound)',
    fields: [
      { name: 'name', type: 'identifier', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'bound', type: 'expr', quantifier: '?', builtin: false, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['ParamSpec', {
    name: 'ParamSpec',
    asdlType: 'type_param',
    isProduct: false,
    signature: 'ParamSpec(identifier name)',
    fields: [
      { name: 'name', type: 'identifier', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ['TypeVarTuple', {
    name: 'TypeVarTuple',
    asdlType: 'type_param',
    isProduct: false,
    signature: 'TypeVarTuple(identifier name)',
    fields: [
      { name: 'name', type: 'identifier', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
    attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ],
  }],
  ]);
/** Every ASDL type (sum or product) by name, in ASDL order. */
export const AST_TYPE_INFO: ReadonlyMap<string, AstTypeInfo> = new Map<string, AstTypeInfo>([
  ['mod', { name: 'mod', kind: 'sum', constructors: ['Module', 'Interactive', 'Expression', 'FunctionType'], attributes: [] }],
  ['stmt', { name: 'stmt', kind: 'sum', constructors: ['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'TypeAlias', 'AugAssign', 'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert', 'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue'], attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ] }],
  ['expr', { name: 'expr', kind: 'sum', constructors: ['BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr', 'Constant', 'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice'], attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ] }],
  ['expr_context', { name: 'expr_context', kind: 'sum', constructors: ['Load', 'Store', 'Del'], attributes: [] }],
  ['boolop', { name: 'boolop', kind: 'sum', constructors: ['And', 'Or'], attributes: [] }],
  ['operator', { name: 'operator', kind: 'sum', constructors: ['Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv'], attributes: [] }],
  ['unaryop', { name: 'unaryop', kind: 'sum', constructors: ['Invert', 'Not', 'UAdd', 'USub'], attributes: [] }],
  ['cmpop', { name: 'cmpop', kind: 'sum', constructors: ['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'], attributes: [] }],
  ['comprehension', { name: 'comprehension', kind: 'product', constructors: ['comprehension'], attributes: [] }],
  ['excepthandler', { name: 'excepthandler', kind: 'sum', constructors: ['ExceptHandler'], attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ] }],
  ['arguments', { name: 'arguments', kind: 'product', constructors: ['arguments'], attributes: [] }],
  ['arg', { name: 'arg', kind: 'product', constructors: ['arg'], attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ] }],
  ['keyword', { name: 'keyword', kind: 'product', constructors: ['keyword'], attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ] }],
  ['alias', { name: 'alias', kind: 'product', constructors: ['alias'], attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '?', builtin: true, elementsMayBeNull: false },
    ] }],
  ['withitem', { name: 'withitem', kind: 'product', constructors: ['withitem'], attributes: [] }],
  ['match_case', { name: 'match_case', kind: 'product', constructors: ['match_case'], attributes: [] }],
  ['pattern', { name: 'pattern', kind: 'sum', constructors: ['MatchValue', 'MatchSingleton', 'MatchSequence', 'MatchMapping', 'MatchClass', 'MatchStar', 'MatchAs', 'MatchOr'], attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ] }],
  ['type_ignore', { name: 'type_ignore', kind: 'sum', constructors: ['TypeIgnore'], attributes: [] }],
  ['type_param', { name: 'type_param', kind: 'sum', constructors: ['TypeVar', 'ParamSpec', 'TypeVarTuple'], attributes: [
      { name: 'lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_lineno', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
      { name: 'end_col_offset', type: 'int', quantifier: '', builtin: true, elementsMayBeNull: false },
    ] }],
  ]);

/** True when `name` is the `_type` of some node. */
export function isAstNodeType(name: string): name is AstNodeType {
  return AST_NODE_INFO.has(name);
}

/** True when `node` is a node of the given `_type` (narrows to its interface). */
export function isNodeOfType<K extends AstNodeType>(node: { readonly _type: string }, type: K): node is AstNodeMap[K] {
  return node._type === type;
}

/** True when `node` belongs to ASDL type `mod`. */
export function isModNode(node: { readonly _type: string }): node is ModNode {
  switch (node._type) {
    case 'Module':
    case 'Interactive':
    case 'Expression':
    case 'FunctionType':
      return true;
    default:
      return false;
  }
}

/** True when `node` belongs to ASDL type `stmt`. */
export function isStmtNode(node: { readonly _type: string }): node is StmtNode {
  switch (node._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef':
    case 'Return':
    case 'Delete':
    case 'Assign':
    case 'TypeAlias':
    case 'AugAssign':
    case 'AnnAssign':
    case 'For':
    case 'AsyncFor':
    case 'While':
    case 'If':
    case 'With':
    case 'AsyncWith':
    case 'Match':
    case 'Raise':
    case 'Try':
    case 'TryStar':
    case 'Assert':
    case 'Import':
    case 'ImportFrom':
    case 'Global':
    case 'Nonlocal':
    case 'Expr':
    case 'Pass':
    case 'Break':
    case 'Continue':
      return true;
    default:
      return false;
  }
}

/** True when `node` belongs to ASDL type `expr`. */
export function isExprNode(node: { readonly _type: string }): node is ExprNode {
  switch (node._type) {
    case 'BoolOp':
    case 'NamedExpr':
    case 'BinOp':
    case 'UnaryOp':
    case 'Lambda':
    case 'IfExp':
    case 'Dict':
    case 'Set':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
    case 'Await':
    case 'Yield':
    case 'YieldFrom':
    case 'Compare':
    case 'Call':
    case 'FormattedValue':
    case 'JoinedStr':
    case 'Constant':
    case 'Attribute':
    case 'Subscript':
    case 'Starred':
    case 'Name':
    case 'List':
    case 'Tuple':
    case 'Slice':
      return true;
    default:
      return false;
  }
}

/** True when `node` belongs to ASDL type `expr_context`. */
export function isExprContextNode(node: { readonly _type: string }): node is ExprContextNode {
  switch (node._type) {
    case 'Load':
    case 'Store':
    case 'Del':
      return true;
    default:
      return false;
  }
}

/** True when `node` belongs to ASDL type `boolop`. */
export function isBoolopNode(node: { readonly _type: string }): node is BoolopNode {
  switch (node._type) {
    case 'And':
    case 'Or':
      return true;
    default:
      return false;
  }
}

/** True when `node` belongs to ASDL type `operator`. */
export function isOperatorNode(node: { readonly _type: string }): node is OperatorNode {
  switch (node._type) {
    case 'Add':
    case 'Sub':
    case 'Mult':
    case 'MatMult':
    case 'Div':
    case 'Mod':
    case 'Pow':
    case 'LShift':
    case 'RShift':
    case 'BitOr':
    case 'BitXor':
    case 'BitAnd':
    case 'FloorDiv':
      return true;
    default:
      return false;
  }
}

/** True when `node` belongs to ASDL type `unaryop`. */
export function isUnaryopNode(node: { readonly _type: string }): node is UnaryopNode {
  switch (node._type) {
    case 'Invert':
    case 'Not':
    case 'UAdd':
    case 'USub':
      return true;
    default:
      return false;
  }
}

/** True when `node` belongs to ASDL type `cmpop`. */
export function isCmpopNode(node: { readonly _type: string }): node is CmpopNode {
  switch (node._type) {
    case 'Eq':
    case 'NotEq':
    case 'Lt':
    case 'LtE':
    case 'Gt':
    case 'GtE':
    case 'Is':
    case 'IsNot':
    case 'In':
    case 'NotIn':
      return true;
    default:
      return false;
  }
}

/** True when `node` belongs to ASDL type `comprehension`. */
export function isComprehensionNode(node: { readonly _type: string }): node is ComprehensionNode {
  return node._type === 'comprehension';
}

/** True when `node` belongs to ASDL type `excepthandler`. */
export function isExcepthandlerNode(node: { readonly _type: string }): node is ExcepthandlerNode {
  return node._type === 'ExceptHandler';
}

/** True when `node` belongs to ASDL type `arguments`. */
export function isArgumentsNode(node: { readonly _type: string }): node is ArgumentsNode {
  return node._type === 'arguments';
}

/** True when `node` belongs to ASDL type `arg`. */
export function isArgNode(node: { readonly _type: string }): node is ArgNode {
  return node._type === 'arg';
}

/** True when `node` belongs to ASDL type `keyword`. */
export function isKeywordNode(node: { readonly _type: string }): node is KeywordNode {
  return node._type === 'keyword';
}

/** True when `node` belongs to ASDL type `alias`. */
export function isAliasNode(node: { readonly _type: string }): node is AliasNode {
  return node._type === 'alias';
}

/** True when `node` belongs to ASDL type `withitem`. */
export function isWithitemNode(node: { readonly _type: string }): node is WithitemNode {
  return node._type === 'withitem';
}

/** True when `node` belongs to ASDL type `match_case`. */
export function isMatchCaseNode(node: { readonly _type: string }): node is MatchCaseNode {
  return node._type === 'match_case';
}

/** True when `node` belongs to ASDL type `pattern`. */
export function isPatternNode(node: { readonly _type: string }): node is PatternNode {
  switch (node._type) {
    case 'MatchValue':
    case 'MatchSingleton':
    case 'MatchSequence':
    case 'MatchMapping':
    case 'MatchClass':
    case 'MatchStar':
    case 'MatchAs':
    case 'MatchOr':
      return true;
    default:
      return false;
  }
}

/** True when `node` belongs to ASDL type `type_ignore`. */
export function isTypeIgnoreNode(node: { readonly _type: string }): node is TypeIgnoreNode {
  return node._type === 'TypeIgnore';
}

/** True when `node` belongs to ASDL type `type_param`. */
export function isTypeParamNode(node: { readonly _type: string }): node is TypeParamNode {
  switch (node._type) {
    case 'TypeVar':
    case 'ParamSpec':
    case 'TypeVarTuple':
      return true;
    default:
      return false;
  }
}
