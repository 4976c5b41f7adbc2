/**
 * Constants as the compiler handles them: the identity key CPython's const cache uses
 * (`_PyCode_ConstantKey`: 1, 1.0, True and -0.0 are all different constants, equal tuples are
 * one), truthiness for constant conditions, and small helpers to build PyConstant values.
 */
import type { PyConstant } from '@pyglass/interfaces';

const codeKeys = new WeakMap<object, string>();
// The distinct code objects of the current compile() call (their structural keys); reset per call.
const codeIds = new Map<string, number>();

/** Forgets the code-object keys of the previous compile() call. */
export function resetCodeKeys(): void {
  codeIds.clear();
}

/** A string that is equal for two constants exactly when CPython's const cache merges them. */
export function constKey(c: PyConstant): string {
  if (c === null) return 'N';
  if (c === true) return 'T';
  if (c === false) return 'F';
  if (typeof c === 'string') return 's' + c;
  if ('$int' in c) return 'i' + c.$int;
  if ('$float' in c) return 'f' + c.$float;
  // A str with surrogate code points never equals a plain JSON string (whose pairs are astral characters).
  if ('$str' in c) return 'S' + c.$str.join(',');
  if ('$complex' in c) return 'c' + c.$complex[0] + ',' + c.$complex[1];
  if ('$bytes' in c) return 'b' + c.$bytes;
  if ('$ellipsis' in c) return 'E';
  if ('$tuple' in c) return '(' + c.$tuple.map((x) => constKey(x).replace(/[\\,)]/g, '\\$&')).join(',') + ')';
  if ('$frozenset' in c) return '{' + c.$frozenset.map((x) => constKey(x).replace(/[\\,}]/g, '\\$&')).sort().join(',') + '}';
  // Code objects equal in every field are one constant: CPython merges the two code objects that
  // compiling one AST node twice makes (a `while` test is compiled at the top and the bottom).
  let k = codeKeys.get(c);
  if (!k) {
    // The structural key is interned to a short id, so a parent's key does not repeat its children's.
    const co = c.$code;
    const struct = [co.co_name, co.co_qualname, co.co_firstlineno, co.co_flags, co.co_argcount, co.co_posonlyargcount,
      co.co_kwonlyargcount, co.co_stacksize, co.co_code, co.co_linetable, co.co_exceptiontable, co.co_filename,
      co.co_names.join('\0'), co.co_localsplusnames.join('\0'), co.co_localspluskinds.join(','),
      co.co_consts.map(constKey).join('\0')].join('\u0001');
    let id = codeIds.get(struct);
    if (id === undefined) {
      id = codeIds.size;
      codeIds.set(struct, id);
    }
    k = 'C' + id;
    codeKeys.set(c, k);
  }
  return k;
}

/** `bool(c)` for a constant. */
export function isTruthy(c: PyConstant): boolean {
  if (c === null || c === false) return false;
  if (c === true) return true;
  if (typeof c === 'string') return c.length > 0;
  if ('$int' in c) return c.$int !== '0';
  if ('$float' in c) return Number(c.$float) !== 0 && c.$float !== '0.0' && c.$float !== '-0.0';
  if ('$str' in c) return c.$str.length > 0;
  if ('$complex' in c) return Number(c.$complex[0]) !== 0 || Number(c.$complex[1]) !== 0;
  if ('$bytes' in c) return c.$bytes.length > 0;
  if ('$ellipsis' in c) return true;
  if ('$tuple' in c) return c.$tuple.length > 0;
  if ('$frozenset' in c) return c.$frozenset.length > 0;
  return true;
}

export const pyInt = (n: number | bigint): PyConstant => ({ $int: String(n) });
