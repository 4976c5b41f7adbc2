import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StructureKind, VariableDeclarationKind } from 'ts-morph';
import { generatedHeader, printModule, REGENERATE_COMMAND, type CodeGenerator } from '../codegen/generator';
import { checkGenerated, generateAll, writeGenerated } from '../codegen/run';

/** A tiny generator over a temporary repo: one input list of names → one constant array. */
const names: CodeGenerator = {
  name: 'names',
  source: 'tools/test/codegen.test.ts',
  inputs: ['packages/demo/names.txt'],
  generate(ctx) {
    const list = ctx.read('packages/demo/names.txt').split('\n').filter(Boolean);
    const text = printModule(generatedHeader(names, 'The demo names.'), [
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: 'NAMES', initializer: JSON.stringify(list) }],
      },
    ]);
    return new Map([['packages/demo/src/generated/names.ts', text]]);
  },
};

function tempRepo(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-codegen-'));
  fs.mkdirSync(path.join(root, 'packages/demo'), { recursive: true });
  fs.writeFileSync(path.join(root, 'packages/demo/names.txt'), 'a\nb\n');
  return root;
}

describe('codegen framework', () => {
  it('writes outputs with a header naming generator, inputs and command', () => {
    const root = tempRepo();
    writeGenerated(root, [names]);
    const text = fs.readFileSync(path.join(root, 'packages/demo/src/generated/names.ts'), 'utf8');
    expect(text.startsWith('/**\n * GENERATED FILE')).toBe(true);
    expect(text).toContain('generator:  names (tools/test/codegen.test.ts)');
    expect(text).toContain('input:      packages/demo/names.txt');
    expect(text).toContain(`regenerate: ${REGENERATE_COMMAND}`);
    expect(text).toContain('export const NAMES = ["a","b"];');
    expect(checkGenerated(root, [names])).toEqual([]);
  });

  it('fails on a missing output', () => {
    const root = tempRepo();
    expect(checkGenerated(root, [names])).toEqual([{ path: 'packages/demo/src/generated/names.ts', problem: 'missing', generator: 'names' }]);
  });

  it('fails on a hand-edited output', () => {
    const root = tempRepo();
    writeGenerated(root, [names]);
    const out = path.join(root, 'packages/demo/src/generated/names.ts');
    fs.writeFileSync(out, fs.readFileSync(out, 'utf8').replace('"b"', '"c"'));
    expect(checkGenerated(root, [names])).toEqual([{ path: 'packages/demo/src/generated/names.ts', problem: 'differs', generator: 'names' }]);
  });

  it('fails on an edited input', () => {
    const root = tempRepo();
    writeGenerated(root, [names]);
    fs.appendFileSync(path.join(root, 'packages/demo/names.txt'), 'c\n');
    expect(checkGenerated(root, [names]).map((p) => p.problem)).toEqual(['differs']);
  });

  it('fails on a generated file no generator owns', () => {
    const root = tempRepo();
    writeGenerated(root, [names]);
    fs.writeFileSync(path.join(root, 'packages/demo/src/generated/stray.ts'), 'export {};\n');
    expect(checkGenerated(root, [names])).toEqual([{ path: 'packages/demo/src/generated/stray.ts', problem: 'unowned', generator: null }]);
  });

  it('fails on an unowned file in a nested generated/ folder', () => {
    const root = tempRepo();
    writeGenerated(root, [names]);
    fs.mkdirSync(path.join(root, 'packages/demo/src/parts/generated'), { recursive: true });
    fs.writeFileSync(path.join(root, 'packages/demo/src/parts/generated/tables.ts'), 'export {};\n');
    expect(checkGenerated(root, [names])).toEqual([{ path: 'packages/demo/src/parts/generated/tables.ts', problem: 'unowned', generator: null }]);
  });

  it('refuses undeclared inputs and outputs outside src/generated/', () => {
    const root = tempRepo();
    const sneaky: CodeGenerator = { ...names, name: 'sneaky', inputs: [], generate: (ctx) => new Map([['x', ctx.read('packages/demo/names.txt')]]) };
    expect(() => generateAll(root, [sneaky])).toThrow('sneaky read packages/demo/names.txt, which is not among its declared inputs');
    const misplaced: CodeGenerator = { ...names, name: 'misplaced', generate: () => new Map([['packages/demo/src/x.ts', '']]) };
    expect(() => generateAll(root, [misplaced])).toThrow('outside a generated/ folder under src/');
  });
});

describe('the registered generators, on a temporary copy of the repo', () => {
  const { GENERATORS } = require('../codegen/registry') as typeof import('../codegen/registry');
  const { WORKSPACE_ROOT } = require('../oracle') as typeof import('../oracle');

  /** A copy of every input and every committed output of the registry. */
  function copyOfRepo(): { root: string; outputs: string[]; inputs: string[] } {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-codegen-real-'));
    const inputs = GENERATORS.flatMap((g) => g.inputs);
    const outputs = generateAll(WORKSPACE_ROOT).map((f) => f.path);
    for (const file of [...inputs, ...outputs]) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.copyFileSync(path.join(WORKSPACE_ROOT, file), path.join(root, file));
    }
    return { root, outputs, inputs };
  }

  it('the committed outputs are current', () => {
    const { root } = copyOfRepo();
    expect(checkGenerated(root)).toEqual([]);
  });

  it('names a hand-edited generated file', () => {
    const { root } = copyOfRepo();
    const file = path.join(root, 'packages/interfaces/src/generated/ast.ts');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace("_type: 'Name';", "_type: 'Name';\n  extra: string;"));
    expect(checkGenerated(root)).toEqual([{ path: 'packages/interfaces/src/generated/ast.ts', problem: 'differs', generator: 'ast-types' }]);
  });

  it('names the outputs of an edited input', () => {
    const { root } = copyOfRepo();
    const asdl = path.join(root, 'packages/interfaces/asdl/python-3.12.asdl');
    fs.writeFileSync(asdl, fs.readFileSync(asdl, 'utf8').replace('Name(identifier id, expr_context ctx)', 'Name(identifier id, expr_context ctx, int extra)'));
    expect(checkGenerated(root)).toEqual([{ path: 'packages/interfaces/src/generated/ast.ts', problem: 'differs', generator: 'ast-types' }]);
  });

  it('names a deleted generated file', () => {
    const { root } = copyOfRepo();
    fs.rmSync(path.join(root, 'packages/interfaces/src/generated/ast.ts'));
    expect(checkGenerated(root)).toEqual([{ path: 'packages/interfaces/src/generated/ast.ts', problem: 'missing', generator: 'ast-types' }]);
  });
});
