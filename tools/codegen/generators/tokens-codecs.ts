/**
 * Generator `tokens-codecs`: the codec tables the tokenizer needs to decode a source file the way
 * CPython 3.12 does after a PEP 263 coding declaration — every codec name CPython accepts, mapped
 * to its canonical codec, and the decoding tables of the single-byte codecs. Its input is a
 * snapshot of the oracle's `codecs` module (packages/tokens/data/codecs-3.12.json, refreshed by
 * packages/tokens/scripts/snapshot-codecs.ts), so the check runs without an oracle.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { generatedHeader, printModule, type CodeGenerator } from '../generator';

const INPUT = 'packages/tokens/data/codecs-3.12.json';
const OUTPUT = 'packages/tokens/src/generated/codecs.ts';

/**
 * Single-byte codecs that a 256-entry table cannot reproduce: `charmap` is not a text encoding,
 * `hz` keeps state. Codecs whose byte 0x0A is not "\n" (EBCDIC) are excluded too, because CPython
 * splits the source into lines before decoding.
 */
const EXCLUDED = new Set(['charmap', 'hz']);

interface CodecSnapshot {
  aliases: Record<string, string>;
  charmaps: Record<string, string>;
  other: string[];
}

function constant(name: string, type: string, value: unknown, docs: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [docs],
    declarations: [{ name, type, initializer: JSON.stringify(value, null, 1) }],
  };
}

export const tokensCodecs: CodeGenerator = {
  name: 'tokens-codecs',
  source: 'tools/codegen/generators/tokens-codecs.ts',
  inputs: [INPUT],
  generate(ctx) {
    const data = JSON.parse(ctx.read(INPUT)) as CodecSnapshot;
    const high: Record<string, string> = {};
    const low: Record<string, string> = {};
    for (const codec of Object.keys(data.charmaps).sort()) {
      const table = data.charmaps[codec]!;
      if (EXCLUDED.has(codec) || table.charCodeAt(10) !== 10) continue;
      high[codec] = table.slice(128);
      let identity = true;
      for (let i = 0; i < 128; i++) if (table.charCodeAt(i) !== i) identity = false;
      if (!identity) low[codec] = table.slice(0, 128);
    }
    const unsupported = [
      ...data.other.filter((c) => c !== 'utf_8' && c !== 'utf_8_sig'),
      ...Object.keys(data.charmaps).filter((c) => high[c] === undefined),
    ].sort();
    const text = printModule(
      generatedHeader(
        tokensCodecs,
        'CODEC_ALIASES: every name CPython 3.12\'s codecs.lookup accepts, normalized as encodings.normalize_encoding leaves it, mapped to the codec\'s canonical name. CHARMAP_HIGH: for each supported single-byte codec, what bytes 0x80..0xFF decode to with errors="replace"; CHARMAP_LOW: the low halves that are not the identity.',
      ),
      [
        constant('CODEC_ALIASES', 'Readonly<Record<string, string>>', data.aliases, 'Codec name (normalized) to canonical codec.'),
        constant('CHARMAP_HIGH', 'Readonly<Record<string, string>>', high, 'Single-byte codec → the 128 characters bytes 0x80..0xFF decode to.'),
        constant('CHARMAP_LOW', 'Readonly<Record<string, string>>', low, 'Low halves that are not the identity (ascii maps nothing above 0x7F; a few codecs remap).'),
        constant('UNSUPPORTED_CODECS', 'readonly string[]', unsupported, 'Codecs CPython knows but pyglass cannot decode source with (multi-byte, stateful, EBCDIC).'),
      ],
    );
    // Non-ASCII characters as \u escapes, so the file reads the same in any editor.
    return new Map([[OUTPUT, text.replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)]]);
  },
};
