/**
 * The opcode table vm-core runs on (@pyglass/interfaces' generated/opcodes.ts, from the bytecode
 * package's instruction definition) against the oracle's `dis.opmap`, `opcode.opname`,
 * `opcode._inline_cache_entries` and `opcode._nb_ops`, entry by entry.
 */
import * as opcodes from '@pyglass/interfaces';
import { describeWithOracle, runOracle } from '../../../tools/oracle/index';

describeWithOracle('opcode table equals CPython 3.12', () => {
  const r = runOracle(['-c', 'import dis, opcode, json; print(json.dumps({"opmap": {k: v for k, v in dis.opmap.items() if v < 256}, "cache": {opcode.opname[i]: n for i, n in enumerate(opcode._inline_cache_entries)}, "nb": [n for n, _ in opcode._nb_ops]}))']);
  const oracle = JSON.parse(r.stdout) as { opmap: Record<string, number>; cache: Record<string, number>; nb: string[] };
  const table = opcodes as unknown as Record<string, unknown>;
  it('has every opcode number', () => {
    for (const [name, num] of Object.entries(oracle.opmap)) expect([name, table[name]]).toEqual([name, num]);
    expect(opcodes.OPNAME.filter((n) => !n.startsWith('<')).length).toBe(Object.keys(oracle.opmap).length);
  });
  it('has every inline cache size', () => {
    for (const [name, num] of Object.entries(oracle.opmap)) expect([name, opcodes.INLINE_CACHE_ENTRIES[num]]).toEqual([name, oracle.cache[name] ?? 0]);
  });
  it('numbers BINARY_OP operators as CPython', () => {
    oracle.nb.forEach((name, i) => expect([name, table[name]]).toEqual([name, i]));
  });
  it('names every opcode number as opcode.opname does', () => {
    for (const [name, num] of Object.entries(oracle.opmap)) expect(opcodes.OPNAME[num]).toBe(name);
  });
});
