/**
 * The errors compile() / ast.parse raise for the source bytes themselves, which the `tokenize`
 * stream cannot carry: `tokenize` words encoding-declaration problems its own way ("encoding
 * problem: utf-8" where compile() says "encoding problem: utf8 with BOM"), gives them no
 * position where compile() gives line 0 and offset -1, and decodes source that is not valid UTF-8
 * leniently or not at all, where compile() reports the first undecodable byte outside comments
 * at the token that holds it ("(unicode error) 'utf-8' codec can't decode byte 0xf6 in position
 * 1: invalid start byte"). `sourceForParser` takes the bytes, the tokenizer's result and a way to
 * tokenize text, and returns the tokens and token error `parse` should get.
 */
import { TokenType, type Token } from '@pyglass/interfaces';
import { PySyntaxError } from './syntax-error';
import { tokenErrorForParser, type TokenizerErrorRecord } from './token-errors';

export interface Tokenized {
  tokens: Token[];
  error: TokenizerErrorRecord | null;
}

export interface ParserInput {
  tokens: Token[];
  tokenError: PySyntaxError | null;
  /** True when tokenError is a string literal's decoding error (ParseOptions.tokenErrorIsLiteral). */
  literalError?: boolean;
}

/** A UTF-8 decoding problem at `pos`: `length` bytes (CPython's error range), and its reason. */
interface Utf8Fault {
  pos: number;
  length: number;
  reason: string;
}

/**
 * The first UTF-8 error in bytes[from, to), as CPython's decoder reports it (the maximal
 * invalid subpart, and "invalid start byte" / "invalid continuation byte" / "unexpected end of
 * data"), or null. Why a byte loop with range checks: it is the decoder's own state machine,
 * and it runs only on sources already known to be invalid.
 */
function utf8Fault(b: Uint8Array, from: number, to: number): Utf8Fault | null {
  let i = from;
  while (i < to) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
    else return { pos: i, length: 1, reason: 'invalid start byte' };
    for (let k = 1; k <= need; k++) {
      if (i + k >= to) return { pos: i, length: k, reason: 'unexpected end of data' };
      const d = b[i + k];
      const okLo = k === 1 ? lo : 0x80;
      const okHi = k === 1 ? hi : 0xbf;
      if (d < okLo || d > okHi) return { pos: i, length: k, reason: 'invalid continuation byte' };
    }
    i += need + 1;
  }
  return null;
}

function unicodeErrorText(bytes: Uint8Array, f: Utf8Fault, base: number): string {
  const at = f.pos - base;
  const what = f.length === 1
    ? `byte 0x${bytes[f.pos].toString(16).padStart(2, '0')} in position ${at}`
    : `bytes in position ${at}-${at + f.length - 1}`;
  return `(unicode error) 'utf-8' codec can't decode ${what}: ${f.reason}`;
}

/** tokenizer.c's get_normal_name: the spellings of utf-8 and latin-1 it normalizes. */
function normalName(raw: string): string {
  const s = raw.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (s === 'utf-8' || s.startsWith('utf-8-')) return 'utf-8';
  for (const l of ['latin-1', 'iso-8859-1', 'iso-latin-1']) if (s === l || s.startsWith(l + '-')) return 'iso-8859-1';
  return raw;
}

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK = /^[ \t\f]*(?:[#\r\n]|$)/;

/** The encoding declaration of the first two lines (PEP 263), as written, or null. */
function cookie(bytes: Uint8Array, start: number): string | null {
  let end1 = start;
  while (end1 < bytes.length && bytes[end1] !== 10 && bytes[end1] !== 13) end1++;
  const line1 = Buffer.from(bytes.subarray(start, end1)).toString('latin1');
  const m1 = COOKIE.exec(line1);
  if (m1) return m1[1];
  if (!BLANK.test(line1)) return null;
  let s2 = end1;
  if (bytes[s2] === 13 && bytes[s2 + 1] === 10) s2 += 2; else s2 += 1;
  let end2 = s2;
  while (end2 < bytes.length && bytes[end2] !== 10 && bytes[end2] !== 13) end2++;
  const m2 = COOKIE.exec(Buffer.from(bytes.subarray(s2, end2)).toString('latin1'));
  return m2 ? m2[1] : null;
}

/** Byte offsets where each line starts (after \n, \r\n or \r), as the tokenizer counts lines. */
function lineStarts(bytes: Uint8Array, from: number): number[] {
  const starts = [from];
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 10 || (c === 13 && bytes[i + 1] !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Code-point column of byte `at` on a line starting at byte `start`, decoding leniently. */
function lenientColumn(bytes: Uint8Array, start: number, at: number): number {
  let col = 0;
  let i = start;
  while (i < at) {
    const f = bytes[i] < 0x80 ? null : utf8Fault(bytes, i, Math.min(bytes.length, i + 4));
    if (f !== null && f.pos === i) i += f.length;
    else if (bytes[i] < 0x80) i += 1;
    else i += bytes[i] >= 0xf0 ? 4 : bytes[i] >= 0xe0 ? 3 : 2;
    col++;
  }
  return col;
}

/** Byte offset of code-point column `col` on a line starting at `start` (lenient decoding). */
function byteOfColumn(bytes: Uint8Array, start: number, col: number): number {
  let i = start;
  for (let c = 0; c < col && i < bytes.length; c++) {
    const f = bytes[i] < 0x80 ? null : utf8Fault(bytes, i, Math.min(bytes.length, i + 4));
    if (f !== null && f.pos === i) i += f.length;
    else if (bytes[i] < 0x80) i += 1;
    else i += bytes[i] >= 0xf0 ? 4 : bytes[i] >= 0xe0 ? 3 : 2;
  }
  return i;
}

function isEncodingError(e: TokenizerErrorRecord | null): boolean {
  return e !== null && e.type === 'SyntaxError' && e.line === null &&
    (e.message.startsWith('invalid or missing encoding declaration') || e.message.startsWith('unknown encoding') || e.message.startsWith('encoding problem'));
}

/**
 * What the parser should get for these source bytes: `tokenized` is the tokenizer's result for
 * them (`tokenize.tokenize`), `tokenizeText` tokenizes a str (`tokenize.generate_tokens`), used
 * on the leniently decoded text when the bytes are not valid UTF-8.
 */
export function sourceForParser(bytes: Uint8Array, tokenized: Tokenized, tokenizeText: (text: string) => Tokenized): ParserInput {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = bom ? 3 : 0;
  const declared = cookie(bytes, start);
  const normal = declared === null ? 'utf-8' : normalName(declared);
  const textOf = (): string => new TextDecoder('utf-8').decode(bytes.subarray(start));
  const noPosition = (msg: string): ParserInput => ({ tokens: [], tokenError: new PySyntaxError('SyntaxError', msg, 0, -1, 0, -1, null) });
  let result = tokenized;
  if (isEncodingError(tokenized.error)) {
    const msg = (tokenized.error as TokenizerErrorRecord).message;
    if (bom && normal !== 'utf-8') return noPosition(`encoding problem: ${normal} with BOM`);
    // tokenize names the file ("unknown encoding for 'x.py': foo"); compile() does not.
    if (msg.startsWith('unknown encoding')) return noPosition(`unknown encoding: ${msg.slice(msg.lastIndexOf(': ') + 2)}`);
    if (normal !== 'utf-8') return { tokens: tokenized.tokens, tokenError: tokenErrorForParser(tokenized.error, '') };
    result = tokenizeText(textOf());
  }
  if (normal !== 'utf-8' || utf8Fault(bytes, start, bytes.length) === null) {
    return { tokens: result.tokens, tokenError: tokenErrorForParser(result.error, textOf()) };
  }
  return utf8ErrorAtToken(bytes, start, result);
}

/**
 * The first undecodable byte that compile() reports — not in a comment, and not in a bytes
 * literal (the parser rejects those itself: "bytes can only contain ASCII literal characters")
 * — and the tokens cut just before the token that holds it, as a tokenizer error there.
 */
function utf8ErrorAtToken(bytes: Uint8Array, start: number, lenient: Tokenized): ParserInput {
  const starts = lineStarts(bytes, start);
  const tokens = lenient.tokens;
  const text = new TextDecoder('utf-8').decode(bytes.subarray(start));
  const fallback = (): ParserInput => ({ tokens, tokenError: tokenErrorForParser(lenient.error, text) });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === TokenType.COMMENT || t.type === TokenType.ENCODING || t.start[0] < 1 || t.start[0] > starts.length) continue;
    const from = byteOfColumn(bytes, starts[t.start[0] - 1], t.start[1]);
    const to = t.end[0] <= starts.length ? byteOfColumn(bytes, starts[t.end[0] - 1], t.end[1]) : bytes.length;
    const f = utf8Fault(bytes, from, to);
    if (f === null) continue;
    const row = t.start[0];
    const lineText = t.line.split(/(?<=\n)/)[0];
    if (t.type === TokenType.STRING) {
      const tokText = t.string;
      let q = 0;
      let raw = false;
      let isBytes = false;
      for (; q < tokText.length && !(tokText[q] === '"' || tokText[q] === "'"); q++) {
        const p = tokText[q].toLowerCase();
        if (p === 'r') raw = true; else if (p === 'b') isBytes = true;
      }
      if (isBytes) continue;
      const triple = tokText.startsWith(tokText[q].repeat(3), q) && tokText.length - q >= 6;
      const bodyFrom = from + q + (triple ? 3 : 1);
      const bodyTo = to - (triple ? 3 : 1);
      // Without a backslash (or raw) the body is decoded whole; otherwise the escape decoder
      // decodes each run of non-ASCII bytes by itself (string_parser.c).
      let base = bodyFrom;
      let body = utf8Fault(bytes, bodyFrom, bodyTo);
      if (body === null) continue;
      let hasBackslash = false;
      for (let j = bodyFrom; j < bodyTo; j++) if (bytes[j] === 92) { hasBackslash = true; break; }
      if (hasBackslash && !raw) {
        base = body.pos;
        while (base > bodyFrom && bytes[base - 1] >= 0x80) base--;
        let runEnd = body.pos;
        while (runEnd < bodyTo && bytes[runEnd] >= 0x80) runEnd++;
        body = utf8Fault(bytes, base, runEnd) ?? body;
      }
      const multiLine = t.end[0] !== t.start[0];
      // The columns stay in bytes: CPython cannot turn byte offsets into character offsets on a
      // line that does not decode, and keeps the bytes.
      const err = new PySyntaxError('SyntaxError', unicodeErrorText(bytes, body, base), row, from - starts[row - 1] + 1, t.end[0],
        to - starts[t.end[0] - 1] + 1, multiLine ? lineText.replace(/\r?\n$/, '') : lineText);
      // A literal's decoding error is raised by a parser action when the parse reaches it: an
      // earlier syntax error wins over it, unlike a tokenizer error.
      return { tokens: tokens.slice(0, i), tokenError: err, literalError: true };
    }
    if (t.type === TokenType.FSTRING_MIDDLE || t.type === TokenType.FSTRING_START || t.type === TokenType.FSTRING_END) {
      // compile() fails here with a bare UnicodeDecodeError (no SyntaxError); not modelled.
      return fallback();
    }
    // Anything else holding a non-ASCII byte is an identifier to the C tokenizer, which decodes
    // the token and reports the position within it, pointing at the bad character.
    const col = lenientColumn(bytes, starts[row - 1], f.pos);
    const err = new PySyntaxError('SyntaxError', unicodeErrorText(bytes, f, from), row, col + 1, row, -1, lineText);
    return { tokens: tokens.slice(0, i), tokenError: err };
  }
  return fallback();
}
