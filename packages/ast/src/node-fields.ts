/**
 * What `ast.dump` needs to know of the ASDL beyond a node's own keys: which fields are optional
 * (`?`, class default None, omitted from dumps when None) and which node types carry position
 * attributes. Facts of CPython 3.12's Parser/Python.asdl (checked against the oracle by
 * test/node-fields.test.ts). To be replaced by the generated metadata of
 * packages/interfaces/src/generated/ast.ts when it lands.
 */
export const OPTIONAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  FunctionDef: ['returns', 'type_comment'],
  AsyncFunctionDef: ['returns', 'type_comment'],
  Return: ['value'],
  Assign: ['type_comment'],
  AnnAssign: ['value'],
  For: ['type_comment'],
  AsyncFor: ['type_comment'],
  With: ['type_comment'],
  AsyncWith: ['type_comment'],
  Raise: ['exc', 'cause'],
  Assert: ['msg'],
  ImportFrom: ['module', 'level'],
  Yield: ['value'],
  FormattedValue: ['format_spec'],
  Constant: ['kind'],
  Slice: ['lower', 'upper', 'step'],
  ExceptHandler: ['type', 'name'],
  arguments: ['vararg', 'kwarg'],
  arg: ['annotation', 'type_comment'],
  keyword: ['arg'],
  alias: ['asname'],
  withitem: ['optional_vars'],
  match_case: ['guard'],
  MatchMapping: ['rest'],
  MatchStar: ['name'],
  MatchAs: ['pattern', 'name'],
  TypeVar: ['bound'],
};

/** Node types without position attributes (mod, contexts, operators, and these). */
const NO_ATTRIBUTES = new Set(['Module', 'Interactive', 'Expression', 'FunctionType', 'TypeIgnore',
  'comprehension', 'arguments', 'withitem', 'match_case']);

export function hasAttributes(type: string): boolean {
  return !NO_ATTRIBUTES.has(type);
}
