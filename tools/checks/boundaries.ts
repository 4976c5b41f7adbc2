/**
 * The boundary rule (DESIGN.md §3): a stage package's production code imports only
 * `@pyglass/interfaces`, Node's built-in modules, its declared third-party dependencies and its
 * own files. Only `cli` (and `tools/`, which is not a package under packages/) may compose stages.
 *
 * One extension edge is allowed: `@pyglass/stdlib` builds its native modules against
 * `@pyglass/vm-core`'s object model, as CPython's `Modules/` are compiled against its C API. The
 * standard library is not a pipeline stage but the VM's extension layer; routing every `math.sqrt`
 * through a serialized boundary would cost a copy per call and buy no swappability (a different
 * VM needs different native modules anyway). vm-core never imports stdlib: cli hands stdlib's
 * module table to the VM at run time.
 *
 * Imports are read with TypeScript's `preProcessFile`, which sees `import`, `export … from`,
 * `import()` and `require()` without a full parse. Tests (test/, *.test.ts) are exempt: they may
 * drive a stage from another stage's output through devDependencies.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';

/** Packages allowed to import other stages. */
const COMPOSERS = new Set(['@pyglass/cli']);
const INTERFACES = '@pyglass/interfaces';
/** Extension edges: a package that is built against another package's object model. */
const EXTENDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['@pyglass/stdlib', new Set(['@pyglass/vm-core'])]]);
const NODE_BUILTINS = new Set(builtinModules);

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  reason: string;
}

function* sourceFiles(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mts|cts|js|cjs|mjs)$/.test(entry.name) && !/\.test\.[cm]?[tj]sx?$/.test(entry.name)) yield full;
  }
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Checks every package below `packagesDir`; returns the violations found (empty when clean). */
export function checkBoundaries(packagesDir: string): Violation[] {
  const violations: Violation[] = [];
  for (const dirName of fs.readdirSync(packagesDir).sort()) {
    const pkgDir = path.join(packagesDir, dirName);
    const manifestPath = path.join(pkgDir, 'package.json');
    if (!fs.existsSync(manifestPath)) continue;
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    const name: string = manifest.name;
    if (COMPOSERS.has(name)) continue;
    const deps = Object.keys(manifest.dependencies ?? {});
    const extended = EXTENDS.get(name) ?? new Set<string>();
    for (const dep of deps) {
      if (dep.startsWith('@pyglass/') && dep !== INTERFACES && !extended.has(dep)) {
        violations.push({ file: manifestPath, line: 0, specifier: dep, reason: `${name} may not depend on another stage (${dep}); only ${INTERFACES}` });
      }
    }
    const thirdParty = new Set(deps.filter((d) => !d.startsWith('@pyglass/')));
    const srcDir = path.join(pkgDir, 'src');
    for (const file of sourceFiles(srcDir)) {
      const text = fs.readFileSync(file, 'utf8');
      const info = ts.preProcessFile(text, /* readImportFiles */ true, /* detectJavaScriptImports */ true);
      for (const ref of info.importedFiles) {
        const spec = ref.fileName;
        const line = text.slice(0, ref.pos).split('\n').length;
        const report = (reason: string) => violations.push({ file, line, specifier: spec, reason });
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(file), spec);
          if (path.relative(pkgDir, target).startsWith('..')) report(`relative import leaves ${name}`);
          continue;
        }
        if (spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(packageName(spec))) continue;
        const pkg = packageName(spec);
        if (pkg === INTERFACES) {
          if (spec !== INTERFACES) report(`import ${INTERFACES} through its entry point, not ${spec}`);
          continue;
        }
        if (extended.has(pkg)) {
          if (spec !== pkg) report(`import ${pkg} through its entry point, not ${spec}`);
          continue;
        }
        if (pkg.startsWith('@pyglass/')) report(`${name} may not import another stage (${pkg}); stages meet only through ${INTERFACES}`);
        else if (!thirdParty.has(pkg)) report(`${pkg} is not a dependency of ${name}`);
      }
    }
  }
  return violations;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  const violations = checkBoundaries(path.join(root, 'packages'));
  for (const v of violations) {
    console.error(`${path.relative(root, v.file)}:${v.line}: ${v.reason} (${v.specifier})`);
  }
  if (violations.length > 0) {
    console.error(`boundary check: ${violations.length} violation(s)`);
    process.exit(1);
  }
  console.log('boundary check: every stage imports only @pyglass/interfaces and its own files');
}
