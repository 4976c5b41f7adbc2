/**
 * Generator `vm-unicode-tables`: the Unicode facts vm-core's primitives need to parse numbers and
 * print reprs as CPython 3.12 does (Unicode 15.0, not the JS engine's version): decimal-digit runs
 * for int()/float() over non-ASCII digits, the code points str.isspace() accepts, and the ranges
 * str.isprintable() rejects. Input: the committed oracle snapshot packages/vm-core/data/
 * unicode-15.0.json (refreshed by packages/vm-core/test/primitives/regenerate.ts unicode).
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { generatedHeader, printModule, type CodeGenerator } from '../generator';

const INPUT = 'packages/vm-core/data/unicode-15.0.json';
const OUTPUT = 'packages/vm-core/src/primitives/generated/unicode-tables.ts';

interface Snapshot {
  python: string;
  unicode: string;
  decimalRunStarts: number[];
  spaces: number[];
  nonPrintableRanges: number[];
}

/** Hex literals, wrapped to stay readable. */
function hexList(values: number[]): string {
  const lines: string[] = [];
  let line = '';
  for (const v of values) {
    const item = `0x${v.toString(16)}, `;
    if (line.length + item.length > 96) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += item;
  }
  if (line) lines.push(line.trimEnd());
  return `[\n${lines.map((l) => `  ${l}`).join('\n')}\n]`;
}

function table(name: string, docs: string, values: number[]): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [docs],
    declarations: [{ name, type: 'readonly number[]', initializer: hexList(values) }],
  };
}

export const vmUnicodeTables: CodeGenerator = {
  name: 'vm-unicode-tables',
  source: 'tools/codegen/generators/vm-unicode-tables.ts',
  inputs: [INPUT],
  generate(ctx) {
    const data = JSON.parse(ctx.read(INPUT)) as Snapshot;
    const text = printModule(
      generatedHeader(vmUnicodeTables, `The Unicode facts number parsing and repr need, from CPython ${data.python}'s unicodedata (Unicode ${data.unicode}): the decimal-digit runs (each start is a zero, the next nine code points are 1..9), the code points str.isspace() accepts, and the ranges str.isprintable() rejects.`),
      [
        table('DECIMAL_RUN_STARTS', 'First code point (value 0) of each run of ten decimal digits, ascending.', data.decimalRunStarts),
        table('SPACE_CODE_POINTS', 'Code points for which str.isspace() is true, ascending.', data.spaces),
        table('NON_PRINTABLE_RANGES', 'Non-printable code points (str.isprintable() false) as flattened [start, end) pairs, ascending.', data.nonPrintableRanges),
      ],
    );
    return new Map([[OUTPUT, text]]);
  },
};
