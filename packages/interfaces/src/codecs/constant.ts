/**
 * Decoding the tagged constant form (src/constant.ts) and the code object (src/code.ts), which
 * nest inside each other: a code object's `co_consts` holds constants, and a `$code` constant
 * holds a code object. Values are validated in place and returned as they are (no copy).
 */
import type { CodeObject } from '../code';
import type { PyConstant } from '../constant';
import { checkArray, checkBytes, checkInt, checkKeys, checkString, checkUint, DecodeError, fail, isObject, joinPath } from './decode-error';

/** As CPython's marshal (MAX_MARSHAL_STACK_DEPTH), a bound on nesting instead of a JS stack overflow. */
export const MAX_CONSTANT_DEPTH = 2000;

const INT_TEXT = /^-?(0|[1-9][0-9]*)$/;
/** Python's float repr: digits with a point and/or exponent, inf or nan, optionally negative. */
const FLOAT_TEXT = /^-?(inf|nan|[0-9]+(\.[0-9]+)?(e[+-][0-9]+)?)$/;

function checkFloatText(value: unknown, path: string): void {
  if (typeof value !== 'string' || !FLOAT_TEXT.test(value) || !/[.e]|inf|nan/.test(value)) fail(path, "a float repr such as \"1.0\", \"1e+16\", \"inf\"", value);
}

function tagOf(obj: Record<string, unknown>, path: string): string {
  let tag: string | null = null;
  for (const key in obj) {
    if (tag !== null) throw new DecodeError(path, `expected one tag key in a constant, got ${JSON.stringify(tag)} and ${JSON.stringify(key)}`);
    tag = key;
  }
  if (tag === null) fail(path, 'a constant', obj);
  return tag;
}

function checkConstant(value: unknown, path: string, depth: number): void {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return;
  if (!isObject(value)) fail(path, 'a constant (null, bool, str or a tagged object)', value);
  if (depth > MAX_CONSTANT_DEPTH) throw new DecodeError(path, `constants nested more than ${MAX_CONSTANT_DEPTH} deep`);
  const tag = tagOf(value, path);
  const inner = value[tag];
  const at = joinPath(path, tag);
  switch (tag) {
    case '$int':
      if (typeof inner !== 'string' || !INT_TEXT.test(inner)) fail(at, 'a decimal int such as "-12"', inner);
      return;
    case '$float':
      checkFloatText(inner, at);
      return;
    case '$str': {
      const cps = checkArray(inner, at);
      let surrogate = false;
      for (let i = 0; i < cps.length; i++) {
        const cp = cps[i];
        if (typeof cp !== 'number' || !Number.isInteger(cp) || cp < 0 || cp > 0x10ffff) fail(joinPath(at, i), 'a code point (0-0x10FFFF)', cp);
        if (cp >= 0xd800 && cp <= 0xdfff) surrogate = true;
      }
      // The tagged form is used exactly for strs with a surrogate: one value, one spelling.
      if (!surrogate) throw new DecodeError(at, 'a $str without a surrogate code point (such a str is a plain JSON string)');
      return;
    }
    case '$complex': {
      const parts = checkArray(inner, at);
      if (parts.length !== 2) fail(at, '[real, imag]', inner);
      checkFloatText(parts[0], joinPath(at, 0));
      checkFloatText(parts[1], joinPath(at, 1));
      return;
    }
    case '$bytes':
      checkBytes(inner, at);
      return;
    case '$ellipsis':
      if (inner !== null) fail(at, 'null', inner);
      return;
    case '$tuple':
    case '$frozenset': {
      const items = checkArray(inner, at);
      for (let i = 0; i < items.length; i++) checkConstant(items[i], joinPath(at, i), depth + 1);
      return;
    }
    case '$code':
      checkCode(inner, at, depth + 1);
      return;
    default:
      throw new DecodeError(at, 'unknown constant tag (expected $str, $int, $float, $complex, $bytes, $ellipsis, $tuple, $frozenset or $code)');
  }
}

const CODE_KEYS: readonly (keyof CodeObject)[] = [
  'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags', 'co_code', 'co_consts',
  'co_names', 'co_localsplusnames', 'co_localspluskinds', 'co_filename', 'co_name', 'co_qualname',
  'co_firstlineno', 'co_linetable', 'co_exceptiontable',
];

function checkStrings(value: unknown, path: string): string[] {
  const list = checkArray(value, path);
  for (let i = 0; i < list.length; i++) checkString(list[i], joinPath(path, i));
  return list as string[];
}

function checkCode(value: unknown, path: string, depth: number): void {
  if (!isObject(value)) fail(path, 'a code object', value);
  if (depth > MAX_CONSTANT_DEPTH) throw new DecodeError(path, `code objects nested more than ${MAX_CONSTANT_DEPTH} deep`);
  checkKeys(value, CODE_KEYS, path, 'a code object');
  for (const key of ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags'] as const) checkUint(value[key], joinPath(path, key));
  checkInt(value.co_firstlineno, joinPath(path, 'co_firstlineno'));
  const code = checkBytes(value.co_code, joinPath(path, 'co_code'));
  // As code.__new__: "code: co_code is malformed" when it is not whole 2-byte code units.
  if (code.length % 2 !== 0) throw new DecodeError(joinPath(path, 'co_code'), `expected whole 2-byte code units, got ${code.length} bytes`);
  const consts = checkArray(value.co_consts, joinPath(path, 'co_consts'));
  for (let i = 0; i < consts.length; i++) checkConstant(consts[i], joinPath(joinPath(path, 'co_consts'), i), depth + 1);
  checkStrings(value.co_names, joinPath(path, 'co_names'));
  const names = checkStrings(value.co_localsplusnames, joinPath(path, 'co_localsplusnames'));
  const kinds = checkArray(value.co_localspluskinds, joinPath(path, 'co_localspluskinds'));
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (typeof kind !== 'number' || !Number.isInteger(kind) || kind < 0 || kind > 0xff) fail(joinPath(joinPath(path, 'co_localspluskinds'), i), 'a byte (0-255) of CO_FAST_* bits', kind);
  }
  if (kinds.length !== names.length) {
    throw new DecodeError(joinPath(path, 'co_localspluskinds'), `expected ${names.length} kinds (one per co_localsplusnames entry), got ${kinds.length}`);
  }
  for (const key of ['co_filename', 'co_name', 'co_qualname'] as const) checkString(value[key], joinPath(path, key));
  checkBytes(value.co_linetable, joinPath(path, 'co_linetable'));
  checkBytes(value.co_exceptiontable, joinPath(path, 'co_exceptiontable'));
}

/** Validates a PyConstant (see src/constant.ts); `path` names where it sits in its document. */
export function decodeConstant(value: unknown, path = '$'): PyConstant {
  checkConstant(value, path, 0);
  return value as PyConstant;
}

/** Validates a CodeObject, every field and every nested constant and code object. */
export function decodeCodeObject(value: unknown, path = '$'): CodeObject {
  checkCode(value, path, 0);
  return value as CodeObject;
}
