/**
 * The shape every code generator has, and the helpers they share. A generator names the repo
 * files it reads (`inputs`) and returns the files it writes (repo-relative path → text); it reads
 * only through the context it is given, so the check can run it against any copy of the repo
 * (a test's temporary folder as well as the real tree). Output text is built with ts-morph's
 * structures and printer (`printModule`), never by concatenating whole files, and every output
 * lives under a `src/generated/` folder and opens with the header `generatedHeader` writes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IndentationText, NewLineKind, Project, QuoteKind, type StatementStructures } from 'ts-morph';

/** What a generator may read: the declared inputs of one repo root, nothing else. */
export interface GeneratorContext {
  /** Absolute path of the repo root being generated for. */
  readonly root: string;
  /** The text of a declared input (repo-relative, forward slashes). */
  read(input: string): string;
}

export interface CodeGenerator {
  /** Short unique name, shown in headers and in the check's messages. */
  readonly name: string;
  /** Repo path of the generator's own source file (named in the header). */
  readonly source: string;
  /** Repo-relative paths of every file the generator reads. */
  readonly inputs: readonly string[];
  /** Every output file: repo-relative path (under some `src/generated/`) → full text. */
  generate(ctx: GeneratorContext): Map<string, string>;
}

/** The command that rewrites every generated file; named in every header. */
export const REGENERATE_COMMAND = 'pnpm run codegen';

/** A context reading from `root` that refuses any file the generator did not declare. */
export function contextFor(generator: CodeGenerator, root: string): GeneratorContext {
  const declared = new Set(generator.inputs);
  return {
    root,
    read(input: string): string {
      if (!declared.has(input)) {
        throw new Error(`generator ${generator.name} read ${input}, which is not among its declared inputs`);
      }
      return fs.readFileSync(path.join(root, input), 'utf8');
    },
  };
}

/**
 * The header every generated file starts with: "do not edit", the generator, its inputs, the
 * regeneration command, then the file's own purpose paragraph.
 */
export function generatedHeader(generator: CodeGenerator, purpose: string): string {
  const lines = [
    'GENERATED FILE: do not edit by hand.',
    `generator:  ${generator.name} (${generator.source})`,
    ...generator.inputs.map((input, i) => `${i === 0 ? 'input:     ' : '           '} ${input}`),
    `regenerate: ${REGENERATE_COMMAND}`,
    '',
    ...wrap(purpose, 96),
  ];
  return ['/**', ...lines.map((l) => (l ? ` * ${l}` : ' *')), ' */'].join('\n');
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (out.length) out.push('');
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) out.push(line);
  }
  return out;
}

/**
 * Prints a TypeScript module from ts-morph statement structures, after the header. One in-memory
 * project per call: generators are run a handful of times per process, so isolation is worth
 * more than reuse.
 */
export function printModule(header: string, statements: (StatementStructures | string)[]): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
  });
  const file = project.createSourceFile('/generated.ts', { statements: [header, ...statements] });
  const text = file.getFullText();
  return text.endsWith('\n') ? text : `${text}\n`;
}
