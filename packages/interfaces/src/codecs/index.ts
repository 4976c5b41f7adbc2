/**
 * The codecs: decode = parse JSON + validate, raising only DecodeError (with the path of the bad
 * value); encode = JSON.stringify, plus JSON-lines helpers for traces.
 */
export * from './decode-error';
export * from './token';
export * from './constant';
export * from './ast';
export * from './trace';
import { parseJson } from './decode-error';

/** Encodes any boundary value (tokens, AST, code object, constant) as JSON text. */
export function encodeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent);
}

/** Parses JSON text and validates it with one of the decoders: `decodeJson(text, decodeModule)`. */
export function decodeJson<T>(text: string, decode: (value: unknown, path: string) => T): T {
  return decode(parseJson(text), '$');
}
