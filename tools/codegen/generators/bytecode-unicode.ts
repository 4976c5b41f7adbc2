/**
 * Generator `bytecode-unicode`: the code point ranges CPython 3.12's `str.isprintable()` rejects,
 * from the committed oracle snapshot packages/bytecode/data/nonprintable-3.12.json (refreshed by
 * packages/bytecode/scripts/snapshot-unicode.ts), into packages/bytecode/src/generated/nonprintable.ts
 * — so `repr()` in dis follows Python's Unicode 15.0 data, not the JS engine's.
 */
import { StructureKind, VariableDeclarationKind } from 'ts-morph';
import { generatedHeader, printModule, type CodeGenerator } from '../generator';

const INPUT = 'packages/bytecode/data/nonprintable-3.12.json';
const OUTPUT = 'packages/bytecode/src/generated/nonprintable.ts';

export const bytecodeUnicode: CodeGenerator = {
  name: 'bytecode-unicode',
  source: 'tools/codegen/generators/bytecode-unicode.ts',
  inputs: [INPUT],
  generate(ctx) {
    const data = JSON.parse(ctx.read(INPUT)) as { unidata_version: string; ranges: [number, number][] };
    const flat = data.ranges.flat();
    const text = printModule(
      generatedHeader(bytecodeUnicode, `Code points for which str.isprintable() is false in CPython 3.12 (Unicode ${data.unidata_version}), as sorted inclusive [first, last] pairs for binary search.`),
      [{
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ['Flat pairs: NON_PRINTABLE_RANGES[2i]..NON_PRINTABLE_RANGES[2i+1]; a typed array for the lookup.'],
        declarations: [{ name: 'NON_PRINTABLE_RANGES', type: 'Uint32Array', initializer: `new Uint32Array([${flat.join(', ')}])` }],
      }],
    );
    return new Map([[OUTPUT, text]]);
  },
};
