/**
 * An exception as data: what CPython would raise (its exception type name and message), returned
 * by primitives instead of thrown, so the VM decides how exceptions are represented. Primitives
 * return `T | PyError`; callers test `instanceof PyError`.
 */
export class PyError {
  constructor(
    /** The built-in exception type name, e.g. "ValueError". */
    readonly type: string,
    /** `str(exc)`. */
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.type}: ${this.message}`;
  }
}

export function valueError(message: string): PyError {
  return new PyError('ValueError', message);
}

export function typeError(message: string): PyError {
  return new PyError('TypeError', message);
}

export function overflowError(message: string): PyError {
  return new PyError('OverflowError', message);
}
