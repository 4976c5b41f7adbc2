/**
 * Running the registry: generate every output in memory (`generateAll`), write them
 * (`writeGenerated`, behind `pnpm run codegen`), or compare them with what is on disk
 * (`checkGenerated`, behind the check in ./test). Each works on any repo root, so tests run them
 * against a temporary copy instead of the real tree.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contextFor, type CodeGenerator } from './generator';
import { GENERATORS } from './registry';

export interface GeneratedFile {
  path: string;
  text: string;
  generator: string;
}

const GENERATED_DIR = /(^|\/)src\/(?:[^/]+\/)*generated\//;

/** Every output of every generator, checked for placement and uniqueness. */
export function generateAll(root: string, generators: readonly CodeGenerator[] = GENERATORS): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const owner = new Map<string, string>();
  const names = new Set<string>();
  for (const generator of generators) {
    if (names.has(generator.name)) throw new Error(`two generators are named ${generator.name}`);
    names.add(generator.name);
    for (const [file, text] of generator.generate(contextFor(generator, root))) {
      if (!GENERATED_DIR.test(file)) throw new Error(`generator ${generator.name} writes ${file}, outside a generated/ folder under src/`);
      const previous = owner.get(file);
      if (previous) throw new Error(`${file} is written by both ${previous} and ${generator.name}`);
      owner.set(file, generator.name);
      files.push({ path: file, text, generator: generator.name });
    }
  }
  return files;
}

export function writeGenerated(root: string, generators: readonly CodeGenerator[] = GENERATORS): GeneratedFile[] {
  const files = generateAll(root, generators);
  for (const file of files) {
    const full = path.join(root, file.path);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if (!fs.existsSync(full) || fs.readFileSync(full, 'utf8') !== file.text) fs.writeFileSync(full, file.text);
  }
  return files;
}

export interface Staleness {
  path: string;
  problem: 'differs' | 'missing' | 'unowned';
  generator: string | null;
}

/** Every file below a `generated/` folder anywhere under a package's src/. */
function* generatedFilesOnDisk(root: string): Generator<string> {
  const packages = path.join(root, 'packages');
  if (!fs.existsSync(packages)) return;
  for (const pkg of fs.readdirSync(packages).sort()) {
    const src = path.join(packages, pkg, 'src');
    if (!fs.existsSync(src)) continue;
    const stack: [string, boolean][] = [[src, false]];
    while (stack.length) {
      const [current, inGenerated] = stack.pop()!;
      for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
        const full = path.join(current, entry.name);
        if (entry.isDirectory()) stack.push([full, inGenerated || entry.name === 'generated']);
        else if (inGenerated) yield path.relative(root, full).split(path.sep).join('/');
      }
    }
  }
}

/**
 * Regenerates in memory and lists every file that differs from its committed text, is missing,
 * or sits in a `generated/` folder under some package's src/ without any generator producing it.
 */
export function checkGenerated(root: string, generators: readonly CodeGenerator[] = GENERATORS): Staleness[] {
  const problems: Staleness[] = [];
  const expected = generateAll(root, generators);
  const produced = new Set<string>();
  for (const file of expected) {
    produced.add(file.path);
    const full = path.join(root, file.path);
    if (!fs.existsSync(full)) problems.push({ path: file.path, problem: 'missing', generator: file.generator });
    else if (fs.readFileSync(full, 'utf8') !== file.text) problems.push({ path: file.path, problem: 'differs', generator: file.generator });
  }
  for (const file of generatedFilesOnDisk(root)) {
    if (!produced.has(file)) problems.push({ path: file, problem: 'unowned', generator: null });
  }
  return problems;
}

export function describeStaleness(s: Staleness): string {
  switch (s.problem) {
    case 'differs':
      return `${s.path}: differs from what generator ${s.generator} produces (edited by hand, or its input changed)`;
    case 'missing':
      return `${s.path}: missing (generator ${s.generator} produces it)`;
    case 'unowned':
      return `${s.path}: in a src/generated/ folder but no registered generator produces it`;
  }
}
