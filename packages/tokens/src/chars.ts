/**
 * Character classes of CPython's tokenizer as lookup tables indexed by UTF-16 code unit.
 *
 * The C tokenizer works on UTF-8 bytes and treats every byte >= 128 as a possible identifier
 * character; we work on UTF-16 code units, where every unit >= 128 (including surrogate halves)
 * plays the same part. With `extra_tokens` (the `tokenize` module's mode) CPython never checks
 * identifiers against PEP 3131, so these tables are the whole story for names.
 */

/** Bit flags of `CHAR_CLASS`. */
export const enum CharFlag {
  IDENT_START = 1,
  IDENT_CHAR = 2,
  DIGIT = 4,
  HEX_DIGIT = 8,
}

// Why a table: one indexed load per character instead of a chain of range comparisons in the
// hottest loops (names, numbers). 128 entries cover ASCII; anything above is an identifier char.
export const CHAR_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let flags = 0;
  const isLetter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
  const isDigit = c >= 0x30 && c <= 0x39;
  if (isLetter) flags |= CharFlag.IDENT_START | CharFlag.IDENT_CHAR;
  if (isDigit) flags |= CharFlag.IDENT_CHAR | CharFlag.DIGIT | CharFlag.HEX_DIGIT;
  if ((c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)) flags |= CharFlag.HEX_DIGIT;
  CHAR_CLASS[c] = flags;
}

/** `is_potential_identifier_start` of tokenizer.c, for a code unit or EOF (-1). */
export function isIdentStart(c: number): boolean {
  return c >= 128 || (c >= 0 && (CHAR_CLASS[c] & CharFlag.IDENT_START) !== 0);
}

/** `is_potential_identifier_char` of tokenizer.c. */
export function isIdentChar(c: number): boolean {
  return c >= 128 || (c >= 0 && (CHAR_CLASS[c] & CharFlag.IDENT_CHAR) !== 0);
}

/** C `isdigit` (ASCII only; EOF is not a digit). */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** C `isxdigit`. */
export function isHexDigit(c: number): boolean {
  return c >= 0 && c < 128 && (CHAR_CLASS[c] & CharFlag.HEX_DIGIT) !== 0;
}

/** Operator types of `_PyToken_TwoChars` / `_PyToken_ThreeChars` (Parser/token.c, 3.12). */
const TWO_CHAR_OPS = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=',
  '>>', '@=', '^=', '|=',
]);
const THREE_CHAR_OPS = new Set(['**=', '...', '//=', '<<=', '>>=']);

// Why packed tables: operator recognition runs once per operator token; a lookup in a 16-bit
// keyed byte table (c1 << 7 | c2) avoids building a string per candidate.
export const TWO_CHAR = new Uint8Array(1 << 14);
for (const op of TWO_CHAR_OPS) TWO_CHAR[(op.charCodeAt(0) << 7) | op.charCodeAt(1)] = 1;
const THREE_CHAR = new Set<number>();
for (const op of THREE_CHAR_OPS) THREE_CHAR.add((op.charCodeAt(0) << 14) | (op.charCodeAt(1) << 7) | op.charCodeAt(2));

/** Whether `c1 c2` is a two-character operator. */
export function isTwoCharOp(c1: number, c2: number): boolean {
  return c1 < 128 && c2 >= 0 && c2 < 128 && TWO_CHAR[(c1 << 7) | c2] === 1;
}

/** Whether `c1 c2 c3` is a three-character operator. */
export function isThreeCharOp(c1: number, c2: number, c3: number): boolean {
  return c3 >= 0 && c3 < 128 && THREE_CHAR.has((c1 << 14) | (c2 << 7) | c3);
}

/**
 * `Py_UNICODE_ISPRINTABLE` for the ASCII code units that can reach the tokenizer's last
 * punctuation case (code units >= 128 always go the identifier way).
 */
export function isPrintableAscii(c: number): boolean {
  return c >= 0x20 && c !== 0x7f;
}
