/**
 * The text of `sys._debugmallocstats()` for pymalloc, in CPython 3.12's layout
 * (`_PyObject_DebugMallocStats`): the per-class table (only classes with pools), the arena
 * counters, where the arena bytes go (blocks in use, available blocks, unused pools, pool
 * headers, quantization, arena alignment — summing to the arenas' bytes), and the radix tree's
 * node counts and cost. Every value line is `printone`'s shape: the label padded to 35 columns,
 * `=`, and the value right-aligned in 21 columns with thousands separators. Also the one-line
 * format of `_PyDebugAllocatorStats`, which the VM uses for its free-list lines that follow.
 */

const SMALL_REQUEST_THRESHOLD = 512;
const NUM_CLASSES = 32;
const POOL_SIZE = 16384;
const POOL_OVERHEAD = 48;
const ARENA_SIZE = 1048576;
/** Bytes of the radix tree's root and of each interior node on 64-bit (pointer / coverage arrays). */
const ARENA_MAP_ROOT_BYTES = (1 << 15) * 8;
const ARENA_MAP_MID_BYTES = (1 << 15) * 8;
const ARENA_MAP_BOT_BYTES = (1 << 14) * 8;

/** What `_PyObject_DebugMallocStats` gathers before printing. */
export interface MallocStatsCounters {
  /** Per size class: pools in use, blocks in use, free blocks in those pools. */
  readonly numPools: readonly number[];
  readonly numBlocks: readonly number[];
  readonly numFreeBlocks: readonly number[];
  readonly arenasAllocatedTotal: number;
  readonly arenasHighwater: number;
  readonly arenasCurrent: number;
  /** Free pools plus pools not yet carved, over all arenas. */
  readonly unusedPools: number;
  readonly arenaAlignmentBytes: number;
  readonly arenaMapMidNodes: number;
  readonly arenaMapBotNodes: number;
}

/** 1234567 → "1,234,567". */
function withCommas(value: number): string {
  const digits = String(value);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** printone: `msg` padded to 35 columns, "=", the value right-aligned in 21 columns. */
export function printone(msg: string, value: number): string {
  return msg.padEnd(35) + '=' + withCommas(value).padStart(21) + '\n';
}

/** _PyDebugAllocatorStats: "%d %ss * %zd bytes each" right-aligned in 48 columns, then printone. */
export function formatDebugAllocatorStats(blockName: string, numBlocks: number, sizeofBlock: number): string {
  return printone(`${numBlocks} ${blockName}s * ${sizeofBlock} bytes each`.padStart(48) + ' ', numBlocks * sizeofBlock);
}

export function formatMallocStats(c: MallocStatsCounters): string {
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NUM_CLASSES} size classes.\n`;
  out += '\nclass   size   num pools   blocks in use  avail blocks\n-----   ----   ---------   -------------  ------------\n';
  let allocated = 0;
  let available = 0;
  let headers = 0;
  let quantization = 0;
  for (let i = 0; i < NUM_CLASSES; i++) {
    const p = c.numPools[i]!;
    if (p === 0) continue;
    const b = c.numBlocks[i]!;
    const f = c.numFreeBlocks[i]!;
    const size = (i + 1) * 16;
    out += `${String(i).padStart(5)} ${String(size).padStart(6)} ${String(p).padStart(11)} ${String(b).padStart(15)} ${String(f).padStart(13)}\n`;
    allocated += b * size;
    available += f * size;
    headers += p * POOL_OVERHEAD;
    quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
  }
  out += '\n';
  out += printone('# arenas allocated total', c.arenasAllocatedTotal);
  out += printone('# arenas reclaimed', c.arenasAllocatedTotal - c.arenasCurrent);
  out += printone('# arenas highwater mark', c.arenasHighwater);
  out += printone('# arenas allocated current', c.arenasCurrent);
  out += printone(`${c.arenasCurrent} arenas * ${ARENA_SIZE} bytes/arena`, c.arenasCurrent * ARENA_SIZE);
  out += '\n';
  let total = 0;
  const line = (msg: string, value: number) => {
    total += value;
    out += printone(msg, value);
  };
  line('# bytes in allocated blocks', allocated);
  line('# bytes in available blocks', available);
  line(`${c.unusedPools} unused pools * ${POOL_SIZE} bytes`, c.unusedPools * POOL_SIZE);
  line('# bytes lost to pool headers', headers);
  line('# bytes lost to quantization', quantization);
  line('# bytes lost to arena alignment', c.arenaAlignmentBytes);
  out += printone('Total', total);
  out += '\narena map counts\n';
  out += printone('# arena map mid nodes', c.arenaMapMidNodes);
  out += printone('# arena map bot nodes', c.arenaMapBotNodes);
  out += '\n';
  const mid = ARENA_MAP_MID_BYTES * c.arenaMapMidNodes;
  const bot = ARENA_MAP_BOT_BYTES * c.arenaMapBotNodes;
  out += printone('# bytes lost to arena map root', ARENA_MAP_ROOT_BYTES);
  out += printone('# bytes lost to arena map mid', mid);
  out += printone('# bytes lost to arena map bot', bot);
  out += printone('Total', ARENA_MAP_ROOT_BYTES + mid + bot);
  return out;
}

/** Parses the allocator part of CPython's `sys._debugmallocstats()` text back into counters. */
export function parseMallocStats(text: string): MallocStatsCounters {
  const numPools = new Array<number>(NUM_CLASSES).fill(0);
  const numBlocks = new Array<number>(NUM_CLASSES).fill(0);
  const numFreeBlocks = new Array<number>(NUM_CLASSES).fill(0);
  const values = new Map<string, number>();
  let unusedPools = 0;
  for (const line of text.split('\n')) {
    const row = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/.exec(line);
    if (row) {
      const i = Number(row[1]);
      numPools[i] = Number(row[3]);
      numBlocks[i] = Number(row[4]);
      numFreeBlocks[i] = Number(row[5]);
      continue;
    }
    const kv = /^(.{35})=\s*([\d,]+)$/.exec(line);
    if (!kv) continue;
    const label = kv[1]!.trimEnd();
    const value = Number(kv[2]!.replace(/,/g, ''));
    const unused = /^(\d+) unused pools/.exec(label);
    if (unused) unusedPools = Number(unused[1]);
    if (!values.has(label)) values.set(label, value);
  }
  const get = (label: string) => {
    const v = values.get(label);
    if (v === undefined) throw new Error(`malloc stats: no line ${JSON.stringify(label)}`);
    return v;
  };
  return {
    numPools,
    numBlocks,
    numFreeBlocks,
    arenasAllocatedTotal: get('# arenas allocated total'),
    arenasHighwater: get('# arenas highwater mark'),
    arenasCurrent: get('# arenas allocated current'),
    unusedPools,
    arenaAlignmentBytes: get('# bytes lost to arena alignment'),
    arenaMapMidNodes: get('# arena map mid nodes'),
    arenaMapBotNodes: get('# arena map bot nodes'),
  };
}
