/**
 * The instruction table (packages/bytecode/spec/instructions.txt → src/generated/opcodes.ts)
 * against the oracle's `opcode` and `dis` modules: every name table, cache table, has* list,
 * specialisation family, pseudo-op target list, NB_ names, cmp_op, intrinsic names, and
 * `dis.stack_effect` for every opcode number × a range of opargs × jump (values and errors).
 */
import {
  ALL_OPNAME, CACHE_ENTRIES, CACHE_FORMAT, CMP_OP, DEOPT, ENABLE_SPECIALIZATION, EXTENDED_ARG, HASARG, HASCOMPARE, HASCONST,
  HASEXC, HASFREE, HASJABS, HASJREL, HASLOCAL, HASNAME, HAVE_ARGUMENT, INLINE_CACHE_ENTRIES, INTRINSIC_1_DESCS,
  INTRINSIC_2_DESCS, MAX_PSEUDO_OPCODE, MIN_INSTRUMENTED_OPCODE, MIN_PSEUDO_OPCODE, NB_OPS, OPMAP, OPNAME, PSEUDO_OPS,
  SPECIALIZATIONS, SPECIALIZED_INSTRUCTIONS, StackEffectError, deoptimize, stackEffect,
} from '@pyglass/bytecode';
import { describeWithOracle, runOracle } from '../oracle';

const OPARGS: (number | null)[] = [null, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 16, 17, 255, 256, 257, 511, 0x1234, 0xffff, 2 ** 20, 2 ** 31 - 1, -(2 ** 31)];
const JUMPS: (boolean | null)[] = [null, true, false];
const OPCODES = Array.from({ length: 302 }, (_, i) => i - 1);

const SCRIPT = `
import dis, json, opcode
out = dict(
  opmap=opcode.opmap, opname=opcode.opname, all_opname=dis._all_opname, all_opmap=dis._all_opmap,
  specializations=opcode._specializations, specialized=opcode._specialized_instructions,
  inline_cache_entries=opcode._inline_cache_entries, cache_format=opcode._cache_format,
  hasarg=opcode.hasarg, hasconst=opcode.hasconst, hasname=opcode.hasname, hasjrel=opcode.hasjrel,
  hasjabs=opcode.hasjabs, hasfree=opcode.hasfree, haslocal=opcode.haslocal, hasexc=opcode.hasexc,
  hascompare=opcode.hascompare, nb_ops=opcode._nb_ops, cmp_op=opcode.cmp_op,
  intrinsic1=opcode._intrinsic_1_descs, intrinsic2=opcode._intrinsic_2_descs, pseudo_ops=opcode._pseudo_ops,
  consts=dict(HAVE_ARGUMENT=opcode.HAVE_ARGUMENT, EXTENDED_ARG=opcode.EXTENDED_ARG,
    MIN_INSTRUMENTED_OPCODE=opcode.MIN_INSTRUMENTED_OPCODE, MIN_PSEUDO_OPCODE=opcode.MIN_PSEUDO_OPCODE,
    MAX_PSEUDO_OPCODE=opcode.MAX_PSEUDO_OPCODE, ENABLE_SPECIALIZATION=opcode.ENABLE_SPECIALIZATION),
  deop=[dis._deoptop(op) for op in range(256)],
  cache_all=[dis._inline_cache_entries[dis._deoptop(op)] for op in range(256)],
)
effects = []
for op in ${JSON.stringify(OPCODES)}:
  for arg in ${JSON.stringify(OPARGS).replace(/null/g, 'None')}:
    for jump in (None, True, False):
      try: effects.append(dis.stack_effect(op, arg, jump=jump))
      except ValueError as e: effects.append(str(e))
out["effects"] = effects
print(json.dumps(out))
`;

describeWithOracle('instruction table against the oracle', () => {
  const r = runOracle(['-c', SCRIPT]);
  const o = JSON.parse(r.stdout) as Record<string, any>;

  it('has the oracle\'s constants', () => {
    expect({ HAVE_ARGUMENT, EXTENDED_ARG, MIN_INSTRUMENTED_OPCODE, MIN_PSEUDO_OPCODE, MAX_PSEUDO_OPCODE, ENABLE_SPECIALIZATION }).toEqual(o.consts);
  });

  it('has the oracle\'s names and numbers', () => {
    expect(OPMAP).toEqual(o.opmap);
    expect(OPNAME).toEqual(o.opname);
    expect(ALL_OPNAME).toEqual(o.all_opname);
    const allOpmap: Record<string, number> = {};
    ALL_OPNAME.forEach((name, i) => { if (!name.startsWith('<')) allOpmap[name] = i; });
    expect(allOpmap).toEqual(o.all_opmap);
  });

  it('has the oracle\'s caches, deoptimisation and specialisation families', () => {
    expect(INLINE_CACHE_ENTRIES).toEqual(o.inline_cache_entries);
    expect(Array.from(CACHE_ENTRIES.subarray(0, 256), (n, op) => (OPNAME[op]!.startsWith('INSTRUMENTED') ? 0 : n))).toEqual(o.cache_all);
    expect(CACHE_FORMAT).toEqual(o.cache_format);
    expect(Object.keys(CACHE_FORMAT)).toEqual(Object.keys(o.cache_format));
    for (const [op, fields] of Object.entries(CACHE_FORMAT)) {
      expect(Object.keys(fields)).toEqual(Object.keys(o.cache_format[op]));
      expect(Object.values(fields).reduce((a, b) => a + b, 0)).toBe(INLINE_CACHE_ENTRIES[OPMAP[op]!]);
    }
    expect(Array.from({ length: 256 }, (_, op) => deoptimize(op))).toEqual(o.deop);
    for (let op = 0; op < 256; op++) if (o.deop[op] !== op) expect(DEOPT[op]).toBe(o.deop[op]);
    expect(SPECIALIZATIONS).toEqual(o.specializations);
    expect(Object.keys(SPECIALIZATIONS)).toEqual(Object.keys(o.specializations));
    expect(SPECIALIZED_INSTRUCTIONS).toEqual(o.specialized);
    expect(PSEUDO_OPS).toEqual(o.pseudo_ops);
  });

  it('has the oracle\'s has* lists', () => {
    expect({ HASARG, HASCONST, HASNAME, HASJREL, HASJABS, HASFREE, HASLOCAL, HASEXC, HASCOMPARE }).toEqual({
      HASARG: o.hasarg, HASCONST: o.hasconst, HASNAME: o.hasname, HASJREL: o.hasjrel, HASJABS: o.hasjabs,
      HASFREE: o.hasfree, HASLOCAL: o.haslocal, HASEXC: o.hasexc, HASCOMPARE: o.hascompare,
    });
  });

  it('has the oracle\'s argument names', () => {
    expect(NB_OPS).toEqual(o.nb_ops);
    expect(CMP_OP).toEqual(o.cmp_op);
    expect(INTRINSIC_1_DESCS).toEqual(o.intrinsic1);
    expect(INTRINSIC_2_DESCS).toEqual(o.intrinsic2);
  });

  it('computes dis.stack_effect for every opcode × oparg × jump, errors included', () => {
    const ours: (number | string)[] = [];
    for (const op of OPCODES) {
      for (const arg of OPARGS) {
        for (const jump of JUMPS) {
          try {
            ours.push(stackEffect(op, arg, jump));
          } catch (e) {
            if (!(e instanceof StackEffectError)) throw e;
            ours.push(e.message);
          }
        }
      }
    }
    expect(ours.length).toBe(o.effects.length);
    const diffs: string[] = [];
    let k = 0;
    for (const op of OPCODES) for (const arg of OPARGS) for (const jump of JUMPS) {
      if (ours[k] !== o.effects[k]) diffs.push(`${ALL_OPNAME[op] ?? op}(${arg}, jump=${jump}): ours ${ours[k]}, oracle ${o.effects[k]}`);
      k++;
    }
    expect(diffs).toEqual([]);
  });
});
