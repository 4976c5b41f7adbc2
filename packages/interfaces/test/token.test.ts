import { exactType, TokenType, TOKEN_NAMES, type Token } from '@pyglass/interfaces';

describe('Token', () => {
  it('names every 3.12 token type in order', () => {
    expect(TOKEN_NAMES.length).toBe(TokenType.N_TOKENS + 1);
    expect(TOKEN_NAMES[TokenType.FSTRING_START]).toBe('FSTRING_START');
    expect(TOKEN_NAMES[TokenType.ENCODING]).toBe('ENCODING');
  });
  it('computes exact_type for operators only', () => {
    const op: Token = { type: TokenType.OP, string: '**=', start: [1, 0], end: [1, 3], line: 'x **= 2\n' };
    const name: Token = { type: TokenType.NAME, string: 'x', start: [1, 0], end: [1, 1], line: 'x\n' };
    expect(exactType(op)).toBe(TokenType.DOUBLESTAREQUAL);
    expect(exactType(name)).toBe(TokenType.NAME);
  });
});
