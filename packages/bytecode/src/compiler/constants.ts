/**
 * Constants as the compiler handles them: the identity key CPython's const cache uses
 * (`_PyCode_ConstantKey`: 1, 1.0, True and -0.0 are all different constants, equal tuples are
 * one), truthiness for constant conditions, and small helpers to build PyConstant values.
 */
import type { PyConstant } from '@pyglass/interfaces';

const codeKeys = new WeakMap<object, string>();

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
    k = 'C' + JSON.stringify(c.$code);
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
