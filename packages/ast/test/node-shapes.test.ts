/**
 * The trees parse() builds are the generated node types of @pyglass/interfaces, property for
 * property: over every fixture that parses, each node's own keys are exactly `_type`, its ASDL
 * fields and then its attributes, in AST_NODE_INFO's order (one shape per node type, which the
 * builders of nodes.ts promise), and each field holds what its ASDL type says (a node of the
 * right sum type, a list of them, None only where optional, a string for identifiers, a number
 * for ints). The static side — parse() typed by mode — is checked by the assignments below,
 * which would not compile with a loose return type.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AST_NODE_INFO, AST_TYPE_INFO, type AstFieldInfo, type ExprNode, type Module, type ModNode, type StmtNode, type Token } from '@pyglass/interfaces';
import { parse } from '../src';

const ROOT = path.join(__dirname, 'fixtures');

function parsedFixtures(): { name: string; tokens: Token[] }[] {
  const out: { name: string; tokens: Token[] }[] = [];
  for (const area of fs.readdirSync(ROOT).sort()) {
    for (const name of fs.readdirSync(path.join(ROOT, area)).sort()) {
      const dir = path.join(ROOT, area, name);
      if (!fs.existsSync(path.join(dir, 'ast.txt'))) continue;
      const t = JSON.parse(fs.readFileSync(path.join(dir, 'tokens.json'), 'utf8')) as { tokens: Token[] };
      out.push({ name: `${area}/${name}`, tokens: t.tokens });
    }
  }
  return out;
}

/** Problems found in one node and its children, as readable strings (empty when it conforms). */
function check(node: unknown, expectedSum: string, where: string, problems: string[]): void {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) { problems.push(`${where}: not a node`); return; }
  const rec = node as Record<string, unknown>;
  const type = rec._type;
  const info = typeof type === 'string' ? AST_NODE_INFO.get(type) : undefined;
  if (info === undefined) { problems.push(`${where}: unknown _type ${String(type)}`); return; }
  if (info.asdlType !== expectedSum) problems.push(`${where}: ${info.name} where a ${expectedSum} belongs`);
  const expectedKeys = ['_type', ...info.fields.map((f) => f.name), ...info.attributes.map((a) => a.name)];
  const keys = Object.keys(rec);
  if (keys.join(',') !== expectedKeys.join(',')) problems.push(`${where}: ${info.name} has keys ${keys.join(',')}, expected ${expectedKeys.join(',')}`);
  for (const f of [...info.fields, ...info.attributes]) checkField(rec[f.name], f, `${where}.${f.name}`, problems);
}

function checkField(v: unknown, f: AstFieldInfo, where: string, problems: string[]): void {
  if (f.quantifier === '*') {
    if (!Array.isArray(v)) { problems.push(`${where}: not a list`); return; }
    v.forEach((x, i) => {
      if (x === null && f.elementsMayBeNull) return;
      checkValue(x, f, `${where}[${i}]`, problems);
    });
    return;
  }
  if (v === null && f.quantifier === '?') return;
  checkValue(v, f, where, problems);
}

function checkValue(v: unknown, f: AstFieldInfo, where: string, problems: string[]): void {
  switch (f.type) {
    case 'identifier': case 'string':
      if (typeof v !== 'string') problems.push(`${where}: ${f.type} is ${JSON.stringify(v)}`);
      return;
    case 'int':
      if (!Number.isInteger(v)) problems.push(`${where}: int is ${JSON.stringify(v)}`);
      return;
    case 'constant':
      if (v === undefined) problems.push(`${where}: constant missing`);
      return;
    default:
      if (!AST_TYPE_INFO.has(f.type)) { problems.push(`${where}: unknown ASDL type ${f.type}`); return; }
      check(v, f.type, where, problems);
  }
}

describe('parse() builds the generated node types', () => {
  const all = parsedFixtures();
  it('has fixtures that parse', () => expect(all.length).toBeGreaterThan(10));
  for (const c of all) {
    it(c.name, () => {
      const tree: Module = parse(c.tokens);
      const problems: string[] = [];
      check(tree, 'mod', 'Module', problems);
      expect(problems).toEqual([]);
      expect(tree._type).toBe('Module');
    });
  }

  it('types the result by mode', () => {
    const tokens = all[0].tokens;
    // parse() without a mode is a Module: its body is statements, no cast needed.
    const body: StmtNode[] = parse(tokens).body;
    expect(Array.isArray(body)).toBe(true);
    // A mode known only at run time gives the `mod` union, narrowed by `_type`.
    const mode = 'exec' as 'exec' | 'eval';
    const tree: ModNode = parse(tokens, { mode });
    if (tree._type === 'Expression') {
      const e: ExprNode = tree.body;
      throw new Error(`exec mode gave an Expression (${e._type})`);
    }
    expect(tree._type).toBe('Module');
  });
});
