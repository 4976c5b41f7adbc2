/**
 * The 3.11+ exception table (`co_exceptiontable`): entries of (start, length, target,
 * depth<<1|lasti), each a big-endian 6-bit varint (bit 6 continues, bit 7 marks an entry's first
 * byte), in code units. Decoded as `dis._parse_exception_table` does, and encoded for writers.
 */

export interface ExceptionTableEntry {
  /** Byte offsets; `end` is exclusive. */
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** `dis._parse_exception_table(code)`; `table` is latin-1 bytes. A truncated last entry is dropped, as there. */
export function parseExceptionTable(table: string): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  let pos = 0;
  const varint = (): number => {
    if (pos >= table.length) return -1;
    let b = table.charCodeAt(pos++);
    let value = b & 63;
    while (b & 64) {
      if (pos >= table.length) return -1;
      value = value * 64;
      b = table.charCodeAt(pos++);
      value += b & 63;
    }
    return value;
  };
  for (;;) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    if (start < 0 || length < 0 || target < 0 || dl < 0) return out;
    out.push({ start: start * 2, end: start * 2 + length * 2, target: target * 2, depth: Math.floor(dl / 2), lasti: (dl & 1) === 1 });
  }
}

function writeVarint(out: number[], value: number, first: boolean): void {
  const chunks: number[] = [];
  do {
    chunks.unshift(value & 63);
    value = Math.floor(value / 64);
  } while (value > 0);
  chunks.forEach((c, i) => out.push(c | (i < chunks.length - 1 ? 64 : 0) | (first && i === 0 ? 128 : 0)));
}

/** The table bytes (latin-1) for entries in byte offsets, as the compiler's assembler writes them. */
export function encodeExceptionTable(entries: readonly ExceptionTableEntry[]): string {
  const out: number[] = [];
  for (const e of entries) {
    writeVarint(out, e.start / 2, /* first */ true);
    writeVarint(out, (e.end - e.start) / 2, /* first */ false);
    writeVarint(out, e.target / 2, /* first */ false);
    writeVarint(out, e.depth * 2 + (e.lasti ? 1 : 0), /* first */ false);
  }
  let text = '';
  // Chunks keep fromCharCode's argument list bounded for very large tables.
  for (let i = 0; i < out.length; i += 8192) text += String.fromCharCode(...out.slice(i, i + 8192));
  return text;
}
