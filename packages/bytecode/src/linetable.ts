/**
 * The 3.11+ location table (`co_linetable`, PEP 626/657) decoded as CPython 3.12 decodes it:
 * `coLines` as `code.co_lines()` (address ranges with their line, consecutive ranges of one line
 * merged, None for "no line"), `coPositions` as `code.co_positions()` (one 4-tuple per code unit),
 * and `findLinestarts` as `dis.findlinestarts`.
 *
 * Each entry starts with a byte 1cccclll: lll+1 code units, cccc the form — 15 no location,
 * 14 long (signed line delta, end-line delta, column+1, end column+1 as varints), 13 line only,
 * 10–12 one line with delta cccc-10 and two column bytes, 0–9 short (same line, one byte of
 * column bits and width).
 */

const NONE = 15;
const LONG = 14;
const NO_COLUMNS = 13;
const ONE_LINE0 = 10;

export type Position = [line: number | null, endLine: number | null, column: number | null, endColumn: number | null];

interface Entry {
  start: number;
  end: number;
  /** -1 for no line, as CPython's ar_line. */
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
}

/** Every entry of a location table; `table` is latin-1 bytes (the CodeObject form). */
function* entries(table: string, firstLineno: number): Generator<Entry> {
  let pos = 0;
  let line = firstLineno;
  let address = 0;
  const byte = (): number => table.charCodeAt(pos++);
  const varint = (): number => {
    let b = byte();
    let value = b & 63;
    let shift = 0;
    while (b & 64) {
      b = byte();
      shift += 6;
      value |= (b & 63) << shift;
    }
    return value;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (pos < table.length) {
    const first = byte();
    const code = (first >> 3) & 15;
    const start = address;
    address += ((first & 7) + 1) * 2;
    const e: Entry = { start, end: address, line: -1, endLine: -1, column: -1, endColumn: -1 };
    if (code === NONE) {
      // no location
    } else if (code === LONG) {
      line += svarint();
      e.line = line;
      e.endLine = line + varint();
      e.column = varint() - 1;
      e.endColumn = varint() - 1;
    } else if (code === NO_COLUMNS) {
      line += svarint();
      e.line = e.endLine = line;
    } else if (code >= ONE_LINE0) {
      line += code - ONE_LINE0;
      e.line = e.endLine = line;
      e.column = byte();
      e.endColumn = byte();
    } else {
      const second = byte();
      e.line = e.endLine = line;
      e.column = (code << 3) | (second >> 4);
      e.endColumn = e.column + (second & 15);
    }
    // Skip any bytes up to the next entry start (a malformed table must not loop forever).
    while (pos < table.length && (table.charCodeAt(pos) & 128) === 0) pos++;
    yield e;
  }
}

const orNone = (v: number): number | null => (v < 0 ? null : v);

/** `code.co_lines()`: (start, end, line) with consecutive equal lines merged. */
export function coLines(table: string, firstLineno: number): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  let current: [number, number, number] | null = null;
  for (const e of entries(table, firstLineno)) {
    if (current && current[2] === e.line) {
      current[1] = e.end;
      continue;
    }
    if (current) out.push([current[0], current[1], orNone(current[2])]);
    current = [e.start, e.end, e.line];
  }
  if (current) out.push([current[0], current[1], orNone(current[2])]);
  return out;
}

/** `code.co_positions()`: one (line, end line, column, end column) per code unit. */
export function coPositions(table: string, firstLineno: number): Position[] {
  const out: Position[] = [];
  for (const e of entries(table, firstLineno)) {
    const p: Position = [orNone(e.line), orNone(e.endLine), orNone(e.column), orNone(e.endColumn)];
    for (let a = e.start; a < e.end; a += 2) out.push(p);
  }
  return out;
}

/** `dis.findlinestarts`: (offset, line) where a new line starts. */
export function findLinestarts(table: string, firstLineno: number): [number, number][] {
  const out: [number, number][] = [];
  let last: number | null = null;
  for (const [start, , line] of coLines(table, firstLineno)) {
    if (line !== null && line !== last) {
      last = line;
      out.push([start, line]);
    }
  }
  return out;
}
