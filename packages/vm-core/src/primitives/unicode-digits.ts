/**
 * Decimal value and whitespace tests for any code point, as CPython's Py_UNICODE_TODECIMAL and
 * Py_UNICODE_ISSPACE answer them (int(), float() and format widths accept every Unicode decimal
 * digit, e.g. Arabic-Indic '٣'). ASCII is answered by comparisons; other code points by a binary
 * search over the generated run table — why: 68 runs, no 1.1M-entry array.
 */
import { DECIMAL_RUN_STARTS, SPACE_CODE_POINTS } from './generated/unicode-tables.js';

const starts = Int32Array.from(DECIMAL_RUN_STARTS);

/** The decimal value 0..9 of a code point, or -1. */
export function decimalValue(cp: number): number {
  if (cp < 128) return cp >= 48 && cp <= 57 ? cp - 48 : -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = starts[mid];
    if (cp < s) hi = mid - 1;
    else if (cp > s + 9) lo = mid + 1;
    else return cp - s;
  }
  return -1;
}

const spaceSet = new Set(SPACE_CODE_POINTS);

/** str.isspace() for one code point. */
export function isSpace(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
  return spaceSet.has(cp);
}
