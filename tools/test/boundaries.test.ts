import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkBoundaries } from '../checks/boundaries';

/** Builds a throwaway packages/ folder: name → { package.json deps, files }. */
function makeWorkspace(pkgs: Record<string, { deps?: string[]; files: Record<string, string> }>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-boundaries-'));
  for (const [dir, spec] of Object.entries(pkgs)) {
    const pkgDir = path.join(root, dir);
    fs.mkdirSync(path.join(pkgDir, 'src'), { recursive: true });
    const dependencies = Object.fromEntries((spec.deps ?? []).map((d) => [d, 'workspace:*']));
    fs.writeFileSync(path.join(pkgDir, 'package.json'), JSON.stringify({ name: `@pyglass/${dir}`, dependencies }));
    for (const [file, text] of Object.entries(spec.files)) {
      fs.mkdirSync(path.dirname(path.join(pkgDir, file)), { recursive: true });
      fs.writeFileSync(path.join(pkgDir, file), text);
    }
  }
  return root;
}

describe('boundary check', () => {
  it('passes on the real workspace', () => {
    expect(checkBoundaries(path.resolve(__dirname, '..', '..', 'packages'))).toEqual([]);
  });

  it('accepts interfaces, node built-ins and own files', () => {
    const root = makeWorkspace({
      ast: { deps: ['@pyglass/interfaces'], files: { 'src/index.ts': "import { Token } from '@pyglass/interfaces';\nimport * as fs from 'node:fs';\nimport { x } from './parser';\n" } },
    });
    expect(checkBoundaries(root)).toEqual([]);
  });

  it('catches an injected import of another stage', () => {
    const root = makeWorkspace({
      ast: { deps: ['@pyglass/interfaces'], files: { 'src/index.ts': "import { tokenize } from '@pyglass/tokens';\n" } },
    });
    const violations = checkBoundaries(root);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.specifier).toBe('@pyglass/tokens');
    expect(violations[0]!.line).toBe(1);
  });

  it('catches a relative import into another package, a require() and a stage dependency', () => {
    const root = makeWorkspace({
      gc: { deps: ['@pyglass/interfaces', '@pyglass/allocator'], files: { 'src/a.ts': "import '../../allocator/src/pool';\nconst v = require('@pyglass/vm-core');\n" } },
    });
    const reasons = checkBoundaries(root).map((v) => v.specifier).sort();
    expect(reasons).toEqual(['../../allocator/src/pool', '@pyglass/allocator', '@pyglass/vm-core']);
  });

  it('lets cli compose stages', () => {
    const root = makeWorkspace({
      cli: { deps: ['@pyglass/tokens'], files: { 'src/main.ts': "import { tokenize } from '@pyglass/tokens';\n" } },
    });
    expect(checkBoundaries(root)).toEqual([]);
  });

  it('lets stdlib build on vm-core, and nothing else', () => {
    const root = makeWorkspace({
      stdlib: {
        deps: ['@pyglass/interfaces', '@pyglass/vm-core'],
        files: { 'src/math.ts': "import { newFloat } from '@pyglass/vm-core';\nimport { compile } from '@pyglass/bytecode';\nimport { x } from '@pyglass/vm-core/src/object';\n" },
      },
      ast: { deps: ['@pyglass/vm-core'], files: { 'src/index.ts': "import { newFloat } from '@pyglass/vm-core';\n" } },
    });
    const found = checkBoundaries(root).map((v) => `${path.relative(root, v.file).split(path.sep)[0]}:${v.specifier}`);
    expect(found.sort()).toEqual(['ast:@pyglass/vm-core', 'ast:@pyglass/vm-core', 'stdlib:@pyglass/bytecode', 'stdlib:@pyglass/vm-core/src/object']);
  });
});
