/**
 * `repr()` of the constants a code object can hold, as CPython 3.12 prints them (what `dis`
 * shows in its argrepr column): str with CPython's quote choice and escapes (non-printable
 * characters by Unicode category), bytes, ints, floats and complexes in 'r' format, tuples,
 * frozensets (in CPython's iteration order, see set-order.ts) and code objects (`<code object f at 0x…, file "…", line N>`).
 */
import type { CodeObject, PyConstant } from '@pyglass/interfaces';
import { floatRepr, parseFloatRepr } from './float-repr';
import { NON_PRINTABLE_RANGES } from './generated/nonprintable';
import { frozensetOrder } from './set-order';
import { codePointsOf, isSurrogateStr } from './text-bytes';

/**
 * `str.isprintable()` of one code point by CPython 3.12's Unicode 15.0 data (the JS engine's
 * `\p{…}` classes follow a newer Unicode and would differ): binary search over sorted ranges.
 */
export function isPrintable(cp: number): boolean {
  let lo = 0;
  let hi = (NON_PRINTABLE_RANGES.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < NON_PRINTABLE_RANGES[2 * mid]!) hi = mid - 1;
    else if (cp > NON_PRINTABLE_RANGES[2 * mid + 1]!) lo = mid + 1;
    else return false;
  }
  return true;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** `repr(s)` of a Python str: plain text, or the `{$str}` form of a str with surrogates. */
export function strRepr(value: string | { $str: number[] }): string {
  const cps = typeof value === 'string' ? null : value.$str;
  const s = typeof value === 'string' ? value : '';
  const has = (c: number): boolean => (cps ? cps.includes(c) : s.includes(String.fromCharCode(c)));
  const quote = has(0x27) && !has(0x22) ? '"' : "'";
  let out = quote;
  for (const c of cps ?? codePointsOf(s)) {
    const ch = String.fromCodePoint(c);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${hex(c, 2)}`;
    else if (c < 0x7f) out += ch;
    else if (!isPrintable(c)) {
      out += c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
    } else out += ch;
  }
  return out + quote;
}

/** `repr(b)` of bytes held as latin-1 text. */
export function bytesRepr(b: string): string {
  const quote = b.includes("'") && !b.includes('"') ? '"' : "'";
  let out = `b${quote}`;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    const ch = b[i]!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${hex(c, 2)}`;
    else out += ch;
  }
  return out + quote;
}

/** A float in format 'r' without the ".0" repr adds (as complex parts print). */
function complexPart(text: string): string {
  const r = floatRepr(parseFloatRepr(text)!);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

/** `repr(complex(re, im))`. */
export function complexRepr(re: string, im: string): string {
  const reValue = parseFloatRepr(re)!;
  const imText = complexPart(im);
  if (reValue === 0 && !Object.is(reValue, -0)) return `${imText}j`;
  const sign = imText.startsWith('-') ? '' : '+';
  return `(${complexPart(re)}${sign}${imText}j)`;
}

export interface ReprOptions {
  /** The address printed for code objects (CPython prints the object's id); `0x…` by default. */
  codeAddress?: (code: CodeObject) => string;
}

export function codeRepr(code: CodeObject, options: ReprOptions = {}): string {
  const address = options.codeAddress ? options.codeAddress(code) : '0x…';
  return `<code object ${code.co_name} at ${address}, file "${code.co_filename}", line ${code.co_firstlineno}>`;
}

/** `repr()` of a constant. */
export function constantRepr(c: PyConstant, options: ReprOptions = {}): string {
  if (c === null) return 'None';
  if (c === true) return 'True';
  if (c === false) return 'False';
  if (typeof c === 'string') return strRepr(c);
  if (isSurrogateStr(c)) return strRepr(c);
  if ('$int' in c) return c.$int;
  if ('$float' in c) return floatRepr(parseFloatRepr(c.$float)!);
  if ('$complex' in c) return complexRepr(c.$complex[0], c.$complex[1]);
  if ('$bytes' in c) return bytesRepr(c.$bytes);
  if ('$ellipsis' in c) return 'Ellipsis';
  if ('$tuple' in c) {
    const items = c.$tuple.map((x) => constantRepr(x, options));
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if ('$frozenset' in c) {
    return c.$frozenset.length === 0 ? 'frozenset()' : `frozenset({${frozensetOrder(c.$frozenset).map((x) => constantRepr(x, options)).join(', ')}})`;
  }
  if ('$code' in c) return codeRepr(c.$code, options);
  // Marshal-only values (lists, dicts, sets) that a hand-made code object may hold.
  const other = c as unknown as Record<string, unknown>;
  if ('$list' in other) return `[${(other.$list as PyConstant[]).map((x) => constantRepr(x, options)).join(', ')}]`;
  return '<unknown>';
}
