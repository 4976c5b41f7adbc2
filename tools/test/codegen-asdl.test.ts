import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAsdl, signature, typeDoc, type AsdlField, type AsdlModule } from '../codegen/asdl';
import { describeWithOracle, runOracle, WORKSPACE_ROOT } from '../oracle';

const ASDL_FILE = path.join(WORKSPACE_ROOT, 'packages/interfaces/asdl/python-3.12.asdl');

/** What the oracle's `_ast` module says about each of its node classes. */
interface OracleClass {
  doc: string;
  fields: string[];
  attributes: string[];
  base: string;
  /** Fields and attributes the class itself defaults to None: CPython's mark of `?`. */
  noneDefaults: string[];
}

const DUMP_CLASSES = `
import _ast, ast, json
out = {}
for name in dir(_ast):
    cls = getattr(_ast, name)
    if not isinstance(cls, type) or not issubclass(cls, ast.AST) or cls is ast.AST:
        continue
    own = vars(cls)
    out[name] = {
        "doc": cls.__doc__,
        "fields": list(cls._fields),
        "attributes": list(cls._attributes),
        "base": cls.__bases__[0].__name__,
        "noneDefaults": sorted(k for k in list(cls._fields) + list(cls._attributes) if k in own and own[k] is None),
    }
print(json.dumps(out))
`;

interface Expected {
  doc: string;
  fields: string[];
  attributes: string[];
  base: string;
  noneDefaults: string[];
}

/** What the description says each oracle class must look like. */
function expectedClasses(module: AsdlModule): Map<string, Expected> {
  const optional = (fields: readonly AsdlField[]) => fields.filter((f) => f.quantifier === '?').map((f) => f.name);
  const out = new Map<string, Expected>();
  for (const type of module.types) {
    const attributes = type.attributes.map((a) => a.name);
    if (type.kind === 'product') {
      out.set(type.name, {
        doc: typeDoc(type),
        fields: type.fields.map((f) => f.name),
        attributes,
        base: 'AST',
        noneDefaults: [...optional(type.fields), ...optional(type.attributes)].sort(),
      });
      continue;
    }
    out.set(type.name, { doc: typeDoc(type), fields: [], attributes, base: 'AST', noneDefaults: optional(type.attributes).sort() });
    for (const ctor of type.constructors) {
      out.set(ctor.name, {
        doc: signature(ctor.name, ctor.fields),
        fields: ctor.fields.map((f) => f.name),
        attributes,
        base: type.name,
        noneDefaults: optional(ctor.fields).sort(),
      });
    }
  }
  return out;
}

describe('ASDL reader', () => {
  it('reads sums, products, quantifiers and attributes', () => {
    const m = parseAsdl('module M { -- c\n t = A(int x, t? y) | B attributes (int lineno)\n p = (t* ts, identifier n) }');
    expect(m).toEqual({
      name: 'M',
      types: [
        {
          kind: 'sum',
          name: 't',
          constructors: [
            { name: 'A', fields: [{ type: 'int', name: 'x', quantifier: '' }, { type: 't', name: 'y', quantifier: '?' }] },
            { name: 'B', fields: [] },
          ],
          attributes: [{ type: 'int', name: 'lineno', quantifier: '' }],
        },
        { kind: 'product', name: 'p', fields: [{ type: 't', name: 'ts', quantifier: '*' }, { type: 'identifier', name: 'n', quantifier: '' }], attributes: [] },
      ],
    });
    expect(typeDoc(m.types[0]!)).toBe('t = A(int x, t? y)\n  | B');
  });

  it('reports errors with their position', () => {
    expect(() => parseAsdl('module M {\n t = A(int x,) }', 'f.asdl')).toThrow('f.asdl:2:14: expected a field type, found ")"');
    expect(() => parseAsdl('module M { t = A(u x) }', 'f.asdl')).toThrow('f.asdl:1:12: field x of t has undefined type u');
    expect(() => parseAsdl('module M { t = A | A }', 'f.asdl')).toThrow('f.asdl:1:20: A is defined twice');
    expect(() => parseAsdl('module M { t = A(int x, int x) }', 'f.asdl')).toThrow('f.asdl:1:29: duplicate field x');
    expect(() => parseAsdl('module M { t = A', 'f.asdl')).toThrow('f.asdl:1:17: expected a type name, found end of file');
  });
});

describeWithOracle('python-3.12.asdl against the oracle', () => {
  const module = parseAsdl(fs.readFileSync(ASDL_FILE, 'utf8'), ASDL_FILE);
  const expected = expectedClasses(module);
  const r = runOracle(['-c', DUMP_CLASSES]);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  const oracle = JSON.parse(r.stdout) as Record<string, OracleClass>;

  it('describes exactly the node classes of the ast module', () => {
    const missing = Object.keys(oracle).filter((n) => !expected.has(n)).sort();
    const extra = [...expected.keys()].filter((n) => !(n in oracle)).sort();
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(expected.size).toBe(Object.keys(oracle).length);
  });

  it.each([...expected.keys()])('%s: __doc__, _fields, _attributes, base and optional markers match', (name) => {
    const ours = expected.get(name)!;
    const theirs = oracle[name]!;
    expect(ours).toEqual(theirs);
  });
});
