/**
 * `repr(s)` and `ascii(s)` of a str as CPython 3.12's unicode_repr / ascii do it: single quotes
 * unless the text holds a single quote and no double quote, backslash escapes for the quote,
 * backslash, \t \n \r, other controls and non-printable code points as \xhh, \uhhhh or
 * \Uhhhhhhhh (printability from the generated Unicode table). Error messages quote their input
 * this way ("invalid literal for int() with base 10: 'x'").
 */
import { NON_PRINTABLE_RANGES } from './generated/unicode-tables.js';

const ranges = Int32Array.from(NON_PRINTABLE_RANGES);

/** str.isprintable() for one code point (binary search over [start, end) pairs). */
export function isPrintable(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127;
  let lo = 0;
  let hi = (ranges.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]) hi = mid - 1;
    else if (cp >= ranges[2 * mid + 1]) lo = mid + 1;
    else return false;
  }
  return true;
}

const HEX = '0123456789abcdef';

function hex(cp: number, width: number): string {
  let s = '';
  for (let i = width - 1; i >= 0; i--) s += HEX[(cp >>> (4 * i)) & 15];
  return s;
}

function quoted(s: string, asciiOnly: boolean): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  const q = quote.charCodeAt(0);
  let out = quote;
  let run = 0; // start of the current run of characters copied verbatim
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let esc: string | null = null;
    if (cp === q || cp === 92) esc = '\\' + String.fromCharCode(cp);
    else if (cp === 9) esc = '\\t';
    else if (cp === 10) esc = '\\n';
    else if (cp === 13) esc = '\\r';
    else if (cp < 32 || cp === 127) esc = '\\x' + hex(cp, 2);
    else if (cp >= 128 && (asciiOnly || !isPrintable(cp))) {
      esc = cp <= 0xff ? '\\x' + hex(cp, 2) : cp <= 0xffff ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
    }
    if (esc !== null) {
      // Why runs: most characters need no escape; copy them with one slice.
      out += s.slice(run, i) + esc;
      run = i + width;
    }
    i += width - 1;
  }
  return out + s.slice(run) + quote;
}

/** `repr(s)` for a str. */
export function strRepr(s: string): string {
  return quoted(s, /* asciiOnly */ false);
}

/** `ascii(s)` for a str. */
export function strAscii(s: string): string {
  return quoted(s, /* asciiOnly */ true);
}
