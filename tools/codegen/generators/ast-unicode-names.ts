/**
 * Generator `ast-unicode-names`: the tables behind the ast stage's `\N{...}` escapes and Python's
 * repr — character names of Unicode 15.0 (as CPython 3.12's unicodedata has them), coded against a
 * word dictionary (most frequent words get the shortest codes) so the file stays about half a
 * megabyte; the ranges of algorithmically named characters; the code points `str.isprintable()`
 * rejects. Input: the snapshot packages/ast/data/unicode-15.0.json (refreshed by
 * packages/ast/scripts/snapshot-unicode.ts from the oracle).
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { generatedHeader, printModule, type CodeGenerator } from '../generator';

const INPUT = 'packages/ast/data/unicode-15.0.json';
const OUTPUT = 'packages/ast/src/generated/unicode-names.ts';

interface Snapshot {
  version: string;
  names: string;
  ranges: Record<string, [number, number][]>;
  nonprintable: [number, number][];
}

function constant(name: string, type: string, initializer: string, docs: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [docs],
    declarations: [{ name, type, initializer }],
  };
}

export const astUnicodeNames: CodeGenerator = {
  name: 'ast-unicode-names',
  source: 'tools/codegen/generators/ast-unicode-names.ts',
  inputs: [INPUT],
  generate(ctx) {
    const data = JSON.parse(ctx.read(INPUT)) as Snapshot;
    const names = data.names.split('\n').map((line) => {
      const sp = line.indexOf(' ');
      return [parseInt(line.slice(0, sp), 16), line.slice(sp + 1)] as const;
    });
    const freq = new Map<string, number>();
    for (const [, nm] of names) for (const w of nm.split(' ')) freq.set(w, (freq.get(w) ?? 0) + 1);
    const words = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
    const index = new Map(words.map((w, i) => [w, i.toString(36)]));
    let prev = -1;
    const lines: string[] = [];
    for (const [cp, nm] of names) {
      lines.push(`${(cp - prev).toString(36)} ${nm.split(' ').map((w) => index.get(w)).join(' ')}`);
      prev = cp;
    }
    const text = printModule(
      generatedHeader(astUnicodeNames, `Unicode ${data.version} character names for \\N{...} escapes, algorithmic name ranges, and the code points str.isprintable() rejects, as CPython 3.12's unicodedata has them. Decoded lazily by packages/ast/src/unicode-names.ts.`),
      [
        constant('UNICODE_VERSION', 'string', JSON.stringify(data.version), 'The Unicode version of the tables.'),
        constant('WORDS', 'string', JSON.stringify(words.join(' ')), 'Dictionary words, most frequent first; a name refers to them by base-36 index.'),
        constant('NAMES', 'string', JSON.stringify(lines.join('\n')), 'One line per named character: base-36 code point delta, then its words\' indices.'),
        constant('ALGORITHMIC_RANGES', 'Record<string, [number, number][]>', JSON.stringify(data.ranges), 'Code point ranges named "<prefix><HEX>" (or, for Hangul, by jamo composition).'),
        constant('NON_PRINTABLE_RANGES', 'readonly number[]', JSON.stringify(data.nonprintable.flat()), 'Start/end pairs (inclusive, sorted) of the code points str.isprintable() rejects.'),
      ],
    );
    return new Map([[OUTPUT, text]]);
  },
};
