/**
 * The one error every decoder raises: `DecodeError`, whose message starts with the JSON path of
 * the bad value (`$.body[3].value.lineno: expected an int, got "3"`), plus the helpers that
 * format paths and describe offending values. Decoders check each value's type before touching
 * it, so malformed input surfaces here and never as a TypeError from deep inside a stage.
 */

export class DecodeError extends Error {
  constructor(
    /** Where the bad value is, as a JSON path from the document root (`$`). */
    readonly path: string,
    /** What is wrong with it. */
    readonly detail: string,
    /** For JSON-lines input: the 1-based line of the record. */
    readonly line: number | null = null,
  ) {
    super(`${line === null ? '' : `line ${line}: `}${path}: ${detail}`);
    this.name = 'DecodeError';
  }
}

const IDENTIFIER_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends one key to a path: `.name`, `["odd key"]` or `[3]`. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENTIFIER_KEY.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** A short description of a JSON value for error messages: `"3"`, `null`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') {
    const type = (value as { _type?: unknown })._type;
    return typeof type === 'string' ? `${article(type)} ${JSON.stringify(type).slice(1, -1)} node` : 'an object';
  }
  return typeof value;
}

/** "a" or "an" before a word (by its first letter, which is what these messages need). */
export function article(word: string): string {
  return /^[aeiouAEIOU]/.test(word) ? 'an' : 'a';
}

export function fail(path: string, expected: string, got: unknown): never {
  throw new DecodeError(path, `expected ${expected}, got ${describeValue(got)}`);
}

/** A plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses JSON text; a syntax error becomes a DecodeError at `$`. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DecodeError('$', `invalid JSON: ${(e as Error).message}`);
  }
}

/**
 * Checks that `obj` has exactly the keys in `keys` (all present, none extra). Counting with
 * for-in avoids allocating a key array per object on the common, valid path; the slow search
 * for the odd key runs only when the count is wrong.
 */
export function checkKeys(obj: Record<string, unknown>, keys: readonly string[], path: string, what: string): void {
  for (let i = 0; i < keys.length; i++) {
    if (obj[keys[i]!] === undefined || !Object.prototype.hasOwnProperty.call(obj, keys[i]!)) {
      throw new DecodeError(joinPath(path, keys[i]!), `missing field of ${what}`);
    }
  }
  let count = 0;
  for (const _key in obj) count++;
  if (count !== keys.length) {
    for (const key of Object.keys(obj)) {
      if (!keys.includes(key)) throw new DecodeError(joinPath(path, key), `unexpected field of ${what}`);
    }
  }
}

export function checkInt(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(path, 'an int', value);
  return value;
}

export function checkUint(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(path, 'a non-negative int', value);
  return value;
}

export function checkString(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'a string', value);
  return value;
}

export function checkArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'an array', value);
  return value;
}

/** A byte string in latin-1 form: every character's code is at most 0xFF. */
export function checkBytes(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'a byte string (latin-1 text)', value);
  for (let i = 0; i < value.length; i++) {
    // charCodeAt, not a regex: no allocation, and it stops at the first bad byte.
    if (value.charCodeAt(i) > 0xff) {
      throw new DecodeError(path, `expected a byte string (latin-1 text), got character U+${value.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')} at index ${i}`);
    }
  }
  return value;
}
