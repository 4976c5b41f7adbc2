/**
 * The `ast-types` generator: packages/interfaces/asdl/python-3.12.asdl → the AST node types of
 * packages/interfaces/src/generated/ast.ts. For every constructor and product it emits an
 * interface (`_type` literal, typed fields, position attributes); for every ASDL type a union or
 * alias named `<PascalType>Node`; `AstNodeMap` and `AstNode`; the metadata table
 * (`AST_NODE_INFO`, `AST_TYPE_INFO`) that printers, validators and the compiler walk; and type
 * guards. Naming rules are documented in packages/interfaces/src/ast-schema.ts.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type FunctionDeclarationStructure,
  type InterfaceDeclarationStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
} from 'ts-morph';
import { ASDL_BUILTIN_TYPES, parseAsdl, signature, typeDoc, type AsdlField, type AsdlModule, type AsdlType } from '../asdl';
import { generatedHeader, printModule, type CodeGenerator } from '../generator';

const INPUT = 'packages/interfaces/asdl/python-3.12.asdl';
const OUTPUT = 'packages/interfaces/src/generated/ast.ts';

/**
 * Sequences whose elements may be null although ASDL says `expr*`: CPython's AST validator
 * (Python/ast.c) passes null_ok for exactly these two.
 */
const ELEMENTS_MAY_BE_NULL = new Set(['Dict.keys', 'arguments.kw_defaults']);

const BUILTIN_TS: Record<string, string> = { identifier: 'string', string: 'string', int: 'number', constant: 'PyConstant' };

/** `expr_context` → `ExprContextNode`: the TypeScript name of an ASDL type. */
export function typeNodeName(asdlType: string): string {
  return `${asdlType.split('_').map((p) => p[0]!.toUpperCase() + p.slice(1)).join('')}Node`;
}

function fieldTs(owner: string, field: AsdlField): string {
  const base = BUILTIN_TS[field.type] ?? typeNodeName(field.type);
  if (field.quantifier === '*') return ELEMENTS_MAY_BE_NULL.has(`${owner}.${field.name}`) ? `(${base} | null)[]` : `${base}[]`;
  if (field.quantifier === '?') return `${base} | null`;
  return base;
}

function fieldDoc(field: AsdlField): string {
  return `ASDL \`${field.type}${field.quantifier} ${field.name}\``;
}

function nodeInterface(tsName: string, typeName: string, doc: string, owner: string, fields: AsdlField[], attributes: AsdlField[]): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: tsName,
    isExported: true,
    docs: [doc],
    properties: [
      { name: '_type', type: `'${typeName}'` },
      ...fields.map((f) => ({ name: f.name, type: fieldTs(owner, f), docs: [fieldDoc(f)] })),
      ...attributes.map((a) => ({ name: a.name, type: fieldTs(owner, a) })),
    ],
  };
}

function fieldInfoLiteral(owner: string, field: AsdlField): string {
  const builtin = ASDL_BUILTIN_TYPES.includes(field.type);
  const mayBeNull = ELEMENTS_MAY_BE_NULL.has(`${owner}.${field.name}`);
  return `{ name: '${field.name}', type: '${field.type}', quantifier: '${field.quantifier}', builtin: ${builtin}, elementsMayBeNull: ${mayBeNull} }`;
}

function fieldList(owner: string, fields: AsdlField[]): string {
  return fields.length ? `[\n    ${fields.map((f) => fieldInfoLiteral(owner, f)).join(',\n    ')},\n  ]` : '[]';
}

function constStatement(name: string, type: string, initializer: string, doc: string): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name, type, initializer }],
  };
}

function guard(name: string, doc: string, params: FunctionDeclarationStructure['parameters'], returnType: string, body: string, typeParameters: FunctionDeclarationStructure['typeParameters'] = []): FunctionDeclarationStructure {
  return { kind: StructureKind.Function, name, isExported: true, docs: [doc], parameters: params, returnType, typeParameters, statements: body };
}

interface NodeEntry {
  name: string;
  asdlType: AsdlType;
  fields: AsdlField[];
}

function nodesOf(module: AsdlModule): NodeEntry[] {
  return module.types.flatMap((t): NodeEntry[] =>
    t.kind === 'product' ? [{ name: t.name, asdlType: t, fields: t.fields }] : t.constructors.map((c) => ({ name: c.name, asdlType: t, fields: c.fields })),
  );
}

export function astTypesModule(module: AsdlModule, header: string): string {
  const statements: (StatementStructures | string)[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../constant', namedImports: ['PyConstant'] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../ast-schema', namedImports: ['AstNodeInfo', 'AstTypeInfo'] },
  ];
  const nodes = nodesOf(module);

  for (const type of module.types) {
    const tsName = typeNodeName(type.name);
    if (type.kind === 'product') {
      statements.push(nodeInterface(tsName, type.name, `ASDL product \`${typeDoc(type)}\`.`, type.name, type.fields, type.attributes));
      continue;
    }
    for (const ctor of type.constructors) {
      const doc = `\`${signature(ctor.name, ctor.fields)}\`: a constructor of \`${type.name}\` (${tsName}).`;
      statements.push(nodeInterface(ctor.name, ctor.name, doc, ctor.name, ctor.fields, type.attributes));
    }
    const alias: TypeAliasDeclarationStructure = {
      kind: StructureKind.TypeAlias,
      name: tsName,
      isExported: true,
      docs: [`ASDL sum type \`${type.name}\`: any of its constructors.`],
      type: type.constructors.map((c) => c.name).join(' | '),
    };
    statements.push(alias);
  }

  statements.push({
    kind: StructureKind.Interface,
    name: 'AstNodeMap',
    isExported: true,
    docs: ['Every node interface by its `_type`.'],
    properties: nodes.map((n) => ({ name: n.name, type: n.asdlType.kind === 'product' ? typeNodeName(n.name) : n.name })),
  });
  statements.push({ kind: StructureKind.TypeAlias, name: 'AstNodeType', isExported: true, docs: ['Every `_type` string.'], type: 'keyof AstNodeMap' });
  statements.push({ kind: StructureKind.TypeAlias, name: 'AstNode', isExported: true, docs: ['Any AST node.'], type: 'AstNodeMap[AstNodeType]' });

  const nodeEntries = nodes.map((n) => {
    const owner = n.name;
    return `['${n.name}', {\n  name: '${n.name}',\n  asdlType: '${n.asdlType.name}',\n  isProduct: ${n.asdlType.kind === 'product'},\n  signature: ${JSON.stringify(signature(n.name, n.fields)).replace(/'/g, "\\'").replace(/^"|"$/g, "'")},\n  fields: ${fieldList(owner, n.fields)},\n  attributes: ${fieldList(owner, n.asdlType.attributes)},\n}]`;
  });
  statements.push(
    constStatement(
      'AST_NODE_INFO',
      'ReadonlyMap<string, AstNodeInfo>',
      `new Map<string, AstNodeInfo>([\n${nodeEntries.join(',\n')},\n])`,
      'Every node (constructor or product) by `_type`, with its fields and attributes in ASDL order. A Map, not an object, so a `_type` such as "__proto__" or "toString" finds nothing.',
    ),
  );
  const typeEntries = module.types.map((t) => {
    const constructors = t.kind === 'product' ? [t.name] : t.constructors.map((c) => c.name);
    return `['${t.name}', { name: '${t.name}', kind: '${t.kind}', constructors: [${constructors.map((c) => `'${c}'`).join(', ')}], attributes: ${fieldList(t.name, t.attributes)} }]`;
  });
  statements.push(
    constStatement('AST_TYPE_INFO', 'ReadonlyMap<string, AstTypeInfo>', `new Map<string, AstTypeInfo>([\n${typeEntries.join(',\n')},\n])`, 'Every ASDL type (sum or product) by name, in ASDL order.'),
  );

  statements.push(
    guard('isAstNodeType', 'True when `name` is the `_type` of some node.', [{ name: 'name', type: 'string' }], 'name is AstNodeType', 'return AST_NODE_INFO.has(name);'),
  );
  statements.push(
    guard(
      'isNodeOfType',
      'True when `node` is a node of the given `_type` (narrows to its interface).',
      [{ name: 'node', type: '{ readonly _type: string }' }, { name: 'type', type: 'K' }],
      'node is AstNodeMap[K]',
      'return node._type === type;',
      [{ name: 'K', constraint: 'AstNodeType' }],
    ),
  );
  for (const type of module.types) {
    const tsName = typeNodeName(type.name);
    const names = type.kind === 'product' ? [type.name] : type.constructors.map((c) => c.name);
    // A switch over string literals: no allocation, no lookup structure, and V8 compiles it to
    // a compare chain keyed on the already-interned `_type` string.
    const body =
      names.length === 1
        ? `return node._type === '${names[0]}';`
        : `switch (node._type) {\n${names.map((n) => `  case '${n}':`).join('\n')}\n    return true;\n  default:\n    return false;\n}`;
    statements.push(guard(`is${tsName}`, `True when \`node\` belongs to ASDL type \`${type.name}\`.`, [{ name: 'node', type: '{ readonly _type: string }' }], `node is ${tsName}`, body));
  }
  return printModule(header, statements);
}

export const astTypes: CodeGenerator = {
  name: 'ast-types',
  source: 'tools/codegen/generators/ast-types.ts',
  inputs: [INPUT],
  generate(ctx) {
    const module = parseAsdl(ctx.read(INPUT), INPUT);
    const header = generatedHeader(
      astTypes,
      'The Python 3.12 AST as TypeScript: one interface per node (`_type` plus CPython\'s field and attribute names), a union per ASDL sum type, the metadata table every tree walker is driven by, and type guards. Naming rules: src/ast-schema.ts.',
    );
    return new Map([[OUTPUT, astTypesModule(module, header)]]);
  },
};
