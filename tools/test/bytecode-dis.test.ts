/**
 * dis against the oracle, on code objects the oracle compiled (read through our marshal reader, so
 * no compiler of ours is involved):
 *  - `formatDis` equals `python3.12 -m dis FILE` (addresses normalised) for the fixture programs
 *    and a spread-out sample of the stdlib (the full corpus: tools/conformance/dis.ts);
 *  - `formatDis(…, { showCaches })` equals `dis.dis(code, show_caches=True)`;
 *  - `getInstructions` equals `dis.get_instructions` field by field (positions included), with
 *    and without caches; `coLines`, `coPositions`, `findLinestarts` and `parseExceptionTable`
 *    equal `co_lines()`, `co_positions()`, `dis.findlinestarts` and `dis._parse_exception_table`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeObject, PyConstant } from '@pyglass/interfaces';
import {
  coLines, coPositions, constantRepr, findLabels, findLinestarts, formatDis, getInstructions, loadsCode, parseExceptionTable,
  Bytecode, encodeExceptionTable,
} from '@pyglass/bytecode';
import { compareDis, normaliseAddresses, readDisAllowlist } from '../conformance/dis';
import { corpus, corpusPath, describeWithOracle, oracleCodeBatch, runOracle } from '../oracle';

/** The bytecode package's fixture programs (packages/bytecode/test/fixtures/<case>/input.py). */
const FIXTURES = path.join(__dirname, '..', '..', 'packages', 'bytecode', 'test', 'fixtures');
const PROGRAMS = fs.readdirSync(FIXTURES).sort().map((d) => path.join(FIXTURES, d, 'input.py')).filter((f) => fs.existsSync(f));

function nested(code: CodeObject): CodeObject[] {
  const out: CodeObject[] = [code];
  for (const c of code.co_consts) if (c !== null && typeof c === 'object' && '$code' in c) out.push(...nested(c.$code));
  return out;
}

const DETAILS = `
import dis, json, sys, io
src = open(sys.argv[1], "rb").read()
top = compile(src, sys.argv[1], "exec", dont_inherit=True)
out = []
def walk(c):
    def instrs(caches):
        return [[i.opname, i.opcode, i.arg, repr(i.argval) if i.opname != "FORMAT_VALUE" else None, i.argrepr, i.offset,
                 i.starts_line, i.is_jump_target, list(i.positions)] for i in dis.get_instructions(c, show_caches=caches)]
    text = io.StringIO()
    dis.dis(c, file=text, show_caches=True, depth=0)
    out.append(dict(instructions=instrs(False), with_caches=instrs(True), lines=list(c.co_lines()),
        positions=[list(p) for p in c.co_positions()], linestarts=list(dis.findlinestarts(c)),
        labels=dis.findlabels(c.co_code),
        exceptions=[[e.start, e.end, e.target, e.depth, e.lasti] for e in dis._parse_exception_table(c)],
        caches_text=text.getvalue()))
    for k in c.co_consts:
        if hasattr(k, "co_code"): walk(k)
walk(top)
print(json.dumps(out))
`;

function argvalRepr(v: unknown): string {
  if (typeof v === 'number') return String(v);
  return constantRepr(v as PyConstant);
}

describeWithOracle('dis against the oracle', () => {
  const c = corpus();
  const sample = c.files.filter((f) => f.compileError === null).filter((_, i) => i % 45 === 0).map((f) => corpusPath(c, f));
  const allow = readDisAllowlist();

  it('prints what python3.12 -m dis prints for the fixture programs', () => {
    const results = compareDis(PROGRAMS);
    expect(results.filter((r) => !r.identical)).toEqual([]);
  });

  it(`prints what python3.12 -m dis prints for ${sample.length} stdlib files (allowlist aside)`, () => {
    const results = compareDis(sample);
    const unexpected = results.filter((r) => !r.identical && !allow.has(path.relative(c.stdlib, r.file)));
    expect(unexpected).toEqual([]);
    expect(results.filter((r) => r.identical).length).toBeGreaterThan(sample.length * 0.9);
  });

  it('matches get_instructions, show_caches, co_lines, co_positions, findlinestarts and the exception table', () => {
    const dumped = oracleCodeBatch(PROGRAMS, { marshal: true });
    PROGRAMS.forEach((file, k) => {
      const r = runOracle(['-c', DETAILS, file]);
      expect(r.stderr).toBe('');
      const expected = JSON.parse(r.stdout) as Record<string, unknown>[];
      const codes = nested(loadsCode(Buffer.from(dumped[k]!.marshal!, 'base64')));
      expect(codes.length).toBe(expected.length);
      codes.forEach((co, i) => {
        const e = expected[i]!;
        const view = (showCaches: boolean) => getInstructions(co, { showCaches }).map((ins) => [
          ins.opname, ins.opcode, ins.arg, ins.opname === 'FORMAT_VALUE' ? null : ins.argval === null ? 'None' : argvalRepr(ins.argval),
          ins.argrepr, ins.offset, ins.starts_line, ins.is_jump_target, ins.positions,
        ]);
        const norm = (rows: unknown) => JSON.parse(normaliseAddresses(JSON.stringify(rows)));
        expect(norm(view(false))).toEqual(norm(e.instructions));
        expect(norm(view(true))).toEqual(norm(e.with_caches));
        expect(coLines(co.co_linetable, co.co_firstlineno)).toEqual(e.lines);
        expect(coPositions(co.co_linetable, co.co_firstlineno)).toEqual(e.positions);
        expect(findLinestarts(co.co_linetable, co.co_firstlineno)).toEqual(e.linestarts);
        expect(findLabels(co.co_code)).toEqual(e.labels);
        const entries = parseExceptionTable(co.co_exceptiontable);
        expect(entries.map((x) => [x.start, x.end, x.target, x.depth, x.lasti])).toEqual(e.exceptions);
        expect(encodeExceptionTable(entries)).toBe(co.co_exceptiontable);
        expect(normaliseAddresses(formatDis(co, { showCaches: true, depth: 0 }))).toBe(normaliseAddresses(e.caches_text as string));
        expect(new Bytecode(co).dis()).toBe(formatDis(co, { depth: 0 }));
      });
    });
  });
});
