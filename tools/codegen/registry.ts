/**
 * The registry of code generators: every generator of the repo, in the order they run. Adding
 * one is a file under ./generators/ plus one line here (see README.md).
 */
import type { CodeGenerator } from './generator';
import { astTypes } from './generators/ast-types';
import { bytecodeUnicode } from './generators/bytecode-unicode';
import { astUnicodeNames } from './generators/ast-unicode-names';
import { opcodes } from './generators/opcodes';
import { pythonSources } from './generators/python-sources';
import { tokensCodecs } from './generators/tokens-codecs';
import { vmUnicodeTables } from './generators/vm-unicode-tables';

export const GENERATORS: readonly CodeGenerator[] = [
  astTypes,
  astUnicodeNames,
  tokensCodecs,
  opcodes,
  bytecodeUnicode,
  vmUnicodeTables,
  pythonSources,
];
