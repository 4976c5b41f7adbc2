/**
 * The API contract beyond the fixtures: string input is `generate_tokens` (no ENCODING), bytes
 * input is `tokenize.tokenize`, tokens before an error are kept, columns are code points, and
 * the formatter prints what `python -m tokenize` prints.
 */
import { TokenType } from '@pyglass/interfaces';
import { formatError, formatToken, pyRepr, tokenize } from '../src/index';

describe('tokenize()', () => {
  it('starts bytes input with ENCODING and string input without it', () => {
    const fromBytes = tokenize(new TextEncoder().encode('x\n'));
    const fromString = tokenize('x\n');
    expect(fromBytes.tokens[0]).toEqual({ type: TokenType.ENCODING, string: 'utf-8', start: [0, 0], end: [0, 0], line: '' });
    expect(fromString.tokens[0].type).toBe(TokenType.NAME);
    expect(fromBytes.tokens.slice(1)).toEqual(fromString.tokens);
  });

  it('keeps the tokens produced before an error', () => {
    const r = tokenize('a = (1,\n');
    expect(r.tokens.map((t) => t.string)).toEqual(['a', '=', '(', '1', ',', '\n']);
    expect(r.error).toEqual({ type: 'TokenError', message: 'unexpected EOF in multi-line statement', line: 1, column: 0 });
  });

  it('counts columns in code points, not UTF-16 units', () => {
    const r = tokenize('𝒳 = "😀"\n');
    expect(r.tokens.map((t) => [t.string, t.start[1], t.end[1]])).toEqual([
      ['𝒳', 0, 1],
      ['=', 2, 3],
      ['"😀"', 4, 7],
      ['\n', 7, 8],
      ['', 0, 0],
    ]);
  });

  it('shares one line string between the tokens of a line', () => {
    const r = tokenize('alpha = beta + gamma\n');
    const lines = new Set(r.tokens.slice(0, -1).map((t) => t.line));
    expect([...lines]).toEqual(['alpha = beta + gamma\n']);
  });

  it('names the file in encoding errors only when told it', () => {
    const bytes = new TextEncoder().encode('# coding: nope\n');
    expect(tokenize(bytes).error).toEqual({ type: 'SyntaxError', message: 'unknown encoding: nope', line: null, column: null });
    expect(tokenize(bytes, { filename: 'a.py' }).error?.message).toBe("unknown encoding for 'a.py': nope");
  });
});

describe('formatting', () => {
  it('pads like "%-20s%-15s%-15r" and uses exact types with -e', () => {
    const t = { type: TokenType.OP, string: '+=', start: [1, 2] as const, end: [1, 4] as const, line: '' };
    expect(formatToken(t, /* exact */ false)).toBe('1,2-1,4:            OP             \'+=\'           ');
    expect(formatToken(t, /* exact */ true)).toBe('1,2-1,4:            PLUSEQUAL      \'+=\'           ');
  });

  it('reprs strings as Python does', () => {
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('a\'b"c')).toBe("'a\\'b\"c'");
    expect(pyRepr('\t\n\r\\\x00\x7f')).toBe("'\\t\\n\\r\\\\\\x00\\x7f'");
    expect(pyRepr('é€\u200b\u00a0𝒳\udc80')).toBe("'é€\\u200b\\xa0𝒳\\udc80'");
  });

  it('prints error lines with and without a position', () => {
    expect(formatError({ type: 'TokenError', message: 'm', line: 3, column: 4 }, 'f.py')).toBe('f.py:3:4: error: m');
    expect(formatError({ type: 'SyntaxError', message: 'm', line: null, column: null }, 'f.py')).toBe('f.py: error: m');
  });
});
