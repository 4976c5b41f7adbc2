/**
 * Generator `python-sources`: the Python modules that pyglass ships, written by us under
 * packages/stdlib/lib/ (`timeit.py`, `threading.py`, packages as `NAME/__init__.py`), embedded
 * as strings in packages/stdlib/src/generated/python-sources.ts. The import system finds them as
 * CPython's FrozenImporter finds frozen modules — after the native modules, before sys.path — so
 * the bundled `pyglass` needs no files beside itself and imports them without touching the disk.
 * The inputs are every `.py` file under lib/, listed when this module loads (so a new file is an
 * input at once, and the check fails until it is generated).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StructureKind, VariableDeclarationKind } from 'ts-morph';
import { generatedHeader, printModule, type CodeGenerator } from '../generator';

const LIB = 'packages/stdlib/lib';
const OUTPUT = 'packages/stdlib/src/generated/python-sources.ts';
const ROOT = path.resolve(__dirname, '..', '..', '..');

function listSources(dir: string, rel: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory() && e.name !== '__pycache__') out.push(...listSources(path.join(dir, e.name), `${rel}/${e.name}`));
    else if (e.isFile() && e.name.endsWith('.py')) out.push(`${rel}/${e.name}`);
  }
  return out;
}

/** `lib/a/b.py` → ['a.b', false]; `lib/a/__init__.py` → ['a', true]. */
function moduleName(input: string): [string, boolean] {
  const parts = input.slice(LIB.length + 1, -3).split('/');
  const isPackage = parts[parts.length - 1] === '__init__';
  if (isPackage) parts.pop();
  return [parts.join('.'), isPackage];
}

export const pythonSources: CodeGenerator = {
  name: 'python-sources',
  source: 'tools/codegen/generators/python-sources.ts',
  inputs: listSources(path.join(ROOT, LIB), LIB),
  generate(ctx) {
    const entries = this.inputs.map((input) => {
      const [name, isPackage] = moduleName(input);
      return `  [${JSON.stringify(name)}, ${isPackage}, ${JSON.stringify(ctx.read(input))}],`;
    });
    const text = printModule(
      generatedHeader(pythonSources, 'PYTHON_SOURCES: [module name, is a package, source text] for every Python module under packages/stdlib/lib/, in path order.'),
      [{
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ['The Python modules shipped with pyglass: [module name, is a package, source text].'],
        declarations: [{ name: 'PYTHON_SOURCES', type: 'ReadonlyArray<readonly [string, boolean, string]>', initializer: `[\n${entries.join('\n')}\n]` }],
      }],
    );
    return new Map([[OUTPUT, text]]);
  },
};
