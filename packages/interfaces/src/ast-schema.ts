/**
 * The shape of the AST metadata table that src/generated/ast.ts holds for every node of the
 * Python 3.12 ASDL description (packages/interfaces/asdl/python-3.12.asdl): each node's fields
 * and attributes in ASDL order with their type and quantifier, and the ASDL type it belongs to.
 * The AST printer (`ast.dump`), the JSON validator and the compiler walk trees through this table
 * instead of hand-written per-node code.
 *
 * Naming of the generated TypeScript types: a constructor `C` is the interface `C` (`Name`,
 * `FunctionDef`; `_type` is the same string); an ASDL type `t` is `PascalCase(t) + "Node"`
 * (`expr` → `ExprNode`, the union of its constructors; `arguments` → `ArgumentsNode`, a product's
 * single interface whose `_type` is `"arguments"`). So `Expr` (the statement) and `ExprNode`
 * (any expression) never collide. `Set` shadows the global `Set` where it is imported by name:
 * import it as `Set as SetExpr` in such files.
 */

/** The builtin field types of ASDL. */
export type AsdlBuiltinType = 'identifier' | 'string' | 'int' | 'constant';

/** `''` exactly one, `'?'` optional (`null` when absent), `'*'` a sequence (a JSON array). */
export type AsdlQuantifier = '' | '?' | '*';

export interface AstFieldInfo {
  /** The field's name, as in CPython's `_fields` / `_attributes`. */
  readonly name: string;
  /** A builtin type, or the name of an ASDL sum or product type. */
  readonly type: string;
  readonly quantifier: AsdlQuantifier;
  /** True when `type` is one of identifier, string, int, constant. */
  readonly builtin: boolean;
  /**
   * True for the two sequences whose elements may be `None` although ASDL says `expr*`:
   * `Dict.keys` (a `**mapping` entry) and `arguments.kw_defaults` (a keyword-only parameter with
   * no default); CPython's AST validator allows null there and nowhere else.
   */
  readonly elementsMayBeNull: boolean;
}

export interface AstNodeInfo {
  /** The constructor's name (a product's type name), which is the node's `_type`. */
  readonly name: string;
  /** The ASDL type the node belongs to: its sum (`expr` for `Name`), or itself for a product. */
  readonly asdlType: string;
  readonly isProduct: boolean;
  /** The ASDL signature line, as CPython 3.12's `ast.<name>.__doc__`. */
  readonly signature: string;
  readonly fields: readonly AstFieldInfo[];
  readonly attributes: readonly AstFieldInfo[];
}

export interface AstTypeInfo {
  readonly name: string;
  readonly kind: 'sum' | 'product';
  /** The `_type` names a value of this type may have (a product: its own name). */
  readonly constructors: readonly string[];
  readonly attributes: readonly AstFieldInfo[];
}
