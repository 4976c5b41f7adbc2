/**
 * runCode with an Allocator from @pyglass/allocator (the composition cli does: it creates the
 * strategy through the allocator package's selector and passes it in; vm-core only sees the
 * `Allocator` contract from @pyglass/interfaces). Every block the run takes is given back once the
 * program's objects are released, the output is the oracle's, and the stand-in allocator has the
 * same exact accounting.
 */
import * as path from 'node:path';
import { createAllocator } from '@pyglass/allocator';
import { memory, runCode, StandinAllocator } from '@pyglass/vm-core';
import type { Allocator, CodeObject } from '@pyglass/interfaces';
import { describeWithOracle } from '../../../tools/oracle/index';
import { oracleCodeOf, PROGRAMS_DIR, readExpected } from '../../../tools/conformance/programs';

function runWith(allocator: Allocator, name: string): { out: string; leaked: number | undefined } {
  const file = path.join(PROGRAMS_DIR, name, 'input.py');
  let code = codes.get(name);
  if (code === undefined) codes.set(name, (code = oracleCodeOf(file)));
  let out = '';
  const r = runCode(code, { stdout: (s) => { out += s; }, stderr: (s) => { out += s; }, argv: [file], allocator, checkLeaks: true });
  return { out, leaked: r.leakedObjects };
}

/** One CodeObject per program, so a second run reuses the prepared code object and its constants. */
const codes = new Map<string, CodeObject>();

describeWithOracle('Allocator strategies passed to runCode', () => {
  for (const make of [
    () => createAllocator({ trace: null, now: () => 0 }, 'pymalloc'),
    () => new StandinAllocator(),
  ]) {
    const allocator = make();
    it(`${allocator.name}: programs run, and blocks return to the allocator`, () => {
      for (const name of ['arith_float', 'lists', 'dicts', 'generators', 'closures']) {
        // The first run also allocates what lives as long as the process or the code object
        // (interned names, the prepared code object and its constants, the float free list);
        // from then on a run must give back every block it takes.
        runWith(allocator, name);
        const before = allocator.stats().blocksInUse;
        const { out, leaked } = runWith(allocator, name);
        expect(out).toBe(readExpected(name).stdout);
        expect(leaked).toBe(0);
        expect(allocator.stats().blocksInUse - before).toBe(0);
      }
      expect(memory.allocator).toBe(allocator);
    });
  }
});
