/**
 * `keyword` (CPython's Lib/keyword.py, generated there from the grammar): kwlist and softkwlist as
 * 3.12 has them, iskeyword/issoftkeyword (membership tests that hash their argument, so an
 * unhashable argument raises TypeError as frozenset.__contains__ does).
 */
import { PyModule, PyStr, False, True, newList, newStr, hashInto, PyHash } from '@pyglass/vm-core';
import { defineFunction, defineValue, oneArg } from './module-def.js';

export const KWLIST = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];
export const SOFTKWLIST = ['_', 'case', 'match', 'type'];

export function initKeyword(m: PyModule): void {
  const kw = new Set(KWLIST);
  const soft = new Set(SOFTKWLIST);
  const h = new PyHash();
  const member = (set: Set<string>) => (_s: unknown, a: Parameters<typeof oneArg>[1], k: Parameters<typeof oneArg>[2]) => {
    const o = oneArg('frozenset.__contains__', a, k);
    hashInto(o, h); // unhashable arguments raise here
    return o instanceof PyStr && o.type.name === 'str' && set.has(o.s) ? True : False;
  };
  defineFunction(m, 'iskeyword', member(kw));
  defineFunction(m, 'issoftkeyword', member(soft));
  defineValue(m, 'kwlist', newList(KWLIST.map((s) => newStr(s))));
  defineValue(m, 'softkwlist', newList(SOFTKWLIST.map((s) => newStr(s))));
  defineValue(m, '__all__', newList(['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist'].map((s) => newStr(s))));
}
