/**
 * vm-core's local opcode table (src/opcodes.ts) against the oracle's `dis.opmap` and
 * `opcode._inline_cache_entries`, entry by entry, until the generated table moves into
 * @pyglass/interfaces.
 */
import { describeWithOracle, runOracle } from '../../../tools/oracle/index';
import { opcodes } from '../src/index';

describeWithOracle('opcode table equals CPython 3.12', () => {
  const r = runOracle(['-c', 'import dis, opcode, json; print(json.dumps({"opmap": {k: v for k, v in dis.opmap.items() if v < 256}, "cache": {opcode.opname[i]: n for i, n in enumerate(opcode._inline_cache_entries)}, "nb": [n for n, _ in opcode._nb_ops]}))']);
  const oracle = JSON.parse(r.stdout) as { opmap: Record<string, number>; cache: Record<string, number>; nb: string[] };
  const table = opcodes as unknown as Record<string, unknown>;
  it('has every opcode number', () => {
    for (const [name, num] of Object.entries(oracle.opmap)) expect([name, table[name]]).toEqual([name, num]);
    expect(opcodes.OPNAMES.filter((n) => n !== undefined).length).toBe(Object.keys(oracle.opmap).length);
  });
  it('has every inline cache size', () => {
    for (const [name, num] of Object.entries(oracle.opmap)) expect([name, opcodes.CACHE_ENTRIES[num]]).toEqual([name, oracle.cache[name] ?? 0]);
  });
  it('numbers BINARY_OP operators as CPython', () => {
    oracle.nb.forEach((name, i) => expect([name, table[name]]).toEqual([name, i]));
  });
});
