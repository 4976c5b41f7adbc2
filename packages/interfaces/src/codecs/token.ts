/**
 * Decoding a token stream (src/token.ts): an array of `{type, string, start, end, line}`
 * records with 3.12 token type numbers and [line, column] positions.
 */
import { TokenType, type Token } from '../token';
import { checkArray, checkKeys, checkString, checkUint, fail, isObject, joinPath } from './decode-error';

const TOKEN_KEYS: readonly (keyof Token)[] = ['type', 'string', 'start', 'end', 'line'];

function checkPosition(value: unknown, path: string): void {
  if (!Array.isArray(value) || value.length !== 2) fail(path, 'a [line, column] pair', value);
  checkUint(value[0], joinPath(path, 0));
  checkUint(value[1], joinPath(path, 1));
}

export function decodeToken(value: unknown, path = '$'): Token {
  if (!isObject(value)) fail(path, 'a token object', value);
  checkKeys(value, TOKEN_KEYS, path, 'a token');
  const type = checkUint(value.type, joinPath(path, 'type'));
  if (type >= TokenType.N_TOKENS) fail(joinPath(path, 'type'), `a 3.12 token type (0-${TokenType.N_TOKENS - 1})`, type);
  checkString(value.string, joinPath(path, 'string'));
  checkPosition(value.start, joinPath(path, 'start'));
  checkPosition(value.end, joinPath(path, 'end'));
  checkString(value.line, joinPath(path, 'line'));
  return value as unknown as Token;
}

/** Validates a whole stream (as `tokenize` yields it, ENCODING first when read from bytes). */
export function decodeTokens(value: unknown, path = '$'): Token[] {
  const list = checkArray(value, path);
  for (let i = 0; i < list.length; i++) decodeToken(list[i], joinPath(path, i));
  return list as Token[];
}
