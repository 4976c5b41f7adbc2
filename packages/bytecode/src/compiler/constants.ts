/**
 * Constants as the compiler handles them: the identity key CPython's const cache uses
 * (`_PyCode_ConstantKey`: 1, 1.0, True and -0.0 are all different constants, equal tuples are
 * one), truthiness for constant conditions, and small helpers to build PyConstant values.
 */
import type { CodeObject, PyConstant } from '@pyglass/interfaces';

const codeKeys = new WeakMap<object, string>();
/**
 * The distinct code objects of the current compile() call, grouped by a cheap fingerprint
 * (qualname, first line, bytecode length); reset per call. Why groups and not one structural
 * string key: building and hashing a key that holds co_code, the line table and every constant
 * cost 6% of compile time, and two code objects almost never share a fingerprint.
 */
const codeGroups = new Map<string, { co: CodeObject; id: number }[]>();
let nextCodeId = 0;

/** Forgets the code-object keys of the previous compile() call. */
export function resetCodeKeys(): void {
  codeGroups.clear();
  nextCodeId = 0;
}

function sameStrings(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether CPython's const cache would merge two code objects: equal in every field. */
function sameCode(a: CodeObject, b: CodeObject): boolean {
  if (a.co_name !== b.co_name || a.co_qualname !== b.co_qualname || a.co_firstlineno !== b.co_firstlineno || a.co_flags !== b.co_flags
    || a.co_argcount !== b.co_argcount || a.co_posonlyargcount !== b.co_posonlyargcount || a.co_kwonlyargcount !== b.co_kwonlyargcount
    || a.co_stacksize !== b.co_stacksize || a.co_code !== b.co_code || a.co_linetable !== b.co_linetable
    || a.co_exceptiontable !== b.co_exceptiontable || a.co_filename !== b.co_filename) return false;
  if (!sameStrings(a.co_names, b.co_names) || !sameStrings(a.co_localsplusnames, b.co_localsplusnames)) return false;
  if (!sameStrings(a.co_localspluskinds, b.co_localspluskinds) || a.co_consts.length !== b.co_consts.length) return false;
  for (let i = 0; i < a.co_consts.length; i++) if (constKey(a.co_consts[i]!) !== constKey(b.co_consts[i]!)) return false;
  return true;
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
    const co = c.$code;
    const fingerprint = `${co.co_qualname}\u0001${co.co_firstlineno}\u0001${co.co_code.length}`;
    let group = codeGroups.get(fingerprint);
    if (group === undefined) {
      group = [];
      codeGroups.set(fingerprint, group);
    }
    let id = -1;
    for (const g of group) {
      if (g.co === co || sameCode(g.co, co)) {
        id = g.id;
        break;
      }
    }
    if (id < 0) {
      id = nextCodeId++;
      group.push({ co, id });
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
