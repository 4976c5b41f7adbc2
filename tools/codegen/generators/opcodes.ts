/**
 * Generator `opcodes`: CPython 3.12's instruction set, from the one definition in
 * packages/bytecode/spec/instructions.txt, into packages/bytecode/src/generated/opcodes.ts — the
 * `Op` const enum (real, instrumented, specialised and pseudo instructions), the name tables of
 * `opcode`/`dis` (opname, opmap and their `_all_` forms), inline-cache entries and layouts, the
 * deoptimisation table, one flag bitset per opcode plus `dis`'s has* lists, the pop/push functions
 * of every instruction (`_PyOpcode_num_popped`/`_pushed`), the specialisation families, pseudo
 * targets, and the names of BINARY_OP, COMPARE_OP and CALL_INTRINSIC_1/2 arguments.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { generatedHeader, printModule, type CodeGenerator } from '../generator';

const INPUT = 'packages/bytecode/spec/instructions.txt';
const OUTPUT = 'packages/bytecode/src/generated/opcodes.ts';
/** What a VM needs (numbers, names, cache sizes, BINARY_OP/COMPARE_OP/intrinsic arguments), for stages that may import only interfaces. */
const VM_OUTPUT = 'packages/interfaces/src/generated/opcodes.ts';

type Kind = 'op' | 'instr' | 'spec' | 'pseudo';

interface Instruction {
  kind: Kind;
  name: string;
  number: number;
  pop: string | null;
  push: string | null;
  flags: Set<string>;
  /** `of=` (family or instrumented base) or `to=` (pseudo targets). */
  related: string[];
}

export interface InstructionSpec {
  consts: Map<string, number>;
  instructions: Instruction[];
  caches: Map<string, [string, number][]>;
  hasfreeExtra: number[];
  nbOps: [string, string][];
  cmpOps: string[];
  intrinsic1: string[];
  intrinsic2: string[];
}

const FLAG_NAMES = ['arg', 'const', 'name', 'jrel', 'back', 'local', 'free', 'exc', 'compare'] as const;
/** Bits of OPCODE_FLAGS, in the order of FLAG_NAMES, then the kind bits. */
const FLAG_BITS: Record<string, number> = {
  arg: 1 << 0, const: 1 << 1, name: 1 << 2, jrel: 1 << 3, back: 1 << 4, local: 1 << 5, free: 1 << 6, exc: 1 << 7, compare: 1 << 8,
  defined: 1 << 9, specialized: 1 << 10, instrumented: 1 << 11, pseudo: 1 << 12,
};

/** C expressions over oparg/jump as the spec writes them: digits, operators, parentheses only. */
const EXPRESSION = /^(?:oparg|jump|FVS_MASK|FVS_HAVE_SPEC|0x[0-9A-Fa-f]+|[0-9]+|[-+*&|()?:<>=!]|>>|<<|==)+$/;

export function parseInstructionSpec(text: string): InstructionSpec {
  const spec: InstructionSpec = { consts: new Map(), instructions: [], caches: new Map(), hasfreeExtra: [], nbOps: [], cmpOps: [], intrinsic1: [], intrinsic2: [] };
  const seenNames = new Set<string>();
  const seenNumbers = new Map<number, string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const where = `${INPUT}:${index + 1}`;
    const [kind, ...fields] = line.split(/\s+/);
    switch (kind) {
      case 'const':
        spec.consts.set(fields[0]!, Number(fields[1]));
        return;
      case 'nb':
        spec.nbOps.push([fields[0]!, fields[1]!]);
        return;
      case 'cmp':
        spec.cmpOps.push(fields[0]!);
        return;
      case 'intrinsic1':
        spec.intrinsic1.push(fields[0]!);
        return;
      case 'intrinsic2':
        spec.intrinsic2.push(fields[0]!);
        return;
      case 'hasfree-extra':
        spec.hasfreeExtra.push(Number(fields[0]));
        return;
      case 'cache':
        spec.caches.set(fields[0]!, fields.slice(1).map((f) => {
          const [field, size] = f.split(':');
          return [field!, Number(size)];
        }));
        return;
      case 'op':
      case 'instr':
      case 'spec':
      case 'pseudo': {
        const [name, number, ...rest] = fields;
        const inst: Instruction = { kind, name: name!, number: Number(number), pop: null, push: null, flags: new Set(), related: [] };
        if (!/^[A-Z_0-9]+$/.test(inst.name) || !Number.isInteger(inst.number)) throw new Error(`${where}: bad instruction line`);
        for (const field of rest) {
          const eq = field.indexOf('=');
          if (eq < 0) {
            if (!(FLAG_NAMES as readonly string[]).includes(field)) throw new Error(`${where}: unknown flag ${field}`);
            inst.flags.add(field);
            continue;
          }
          const key = field.slice(0, eq);
          const value = field.slice(eq + 1);
          if (key === 'pop' || key === 'push') {
            if (value !== 'invalid' && !EXPRESSION.test(value)) throw new Error(`${where}: bad expression ${value}`);
            inst[key] = value === 'invalid' ? null : value;
          } else if (key === 'of' || key === 'to') {
            inst.related = value.split(',');
          } else {
            throw new Error(`${where}: unknown field ${key}`);
          }
        }
        if (seenNames.has(inst.name)) throw new Error(`${where}: ${inst.name} defined twice`);
        if (seenNumbers.has(inst.number)) throw new Error(`${where}: number ${inst.number} already used by ${seenNumbers.get(inst.number)}`);
        seenNames.add(inst.name);
        seenNumbers.set(inst.number, inst.name);
        spec.instructions.push(inst);
        return;
      }
      default:
        throw new Error(`${where}: unknown line kind ${kind}`);
    }
  });
  const byName = new Map(spec.instructions.map((i) => [i.name, i]));
  for (const inst of spec.instructions) {
    for (const r of inst.related) if (!byName.has(r)) throw new Error(`${inst.name} names unknown instruction ${r}`);
  }
  for (const op of spec.caches.keys()) if (!byName.has(op)) throw new Error(`cache layout for unknown instruction ${op}`);
  return spec;
}

/** A spec expression as TypeScript: constants inlined, `==` made strict. */
function tsExpression(expr: string, consts: Map<string, number>): string {
  return expr.replace(/FVS_MASK|FVS_HAVE_SPEC/g, (name) => String(consts.get(name))).replace(/==/g, '===');
}

function constant(name: string, type: string, initializer: string, docs: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [docs],
    declarations: [{ name, type, initializer }],
  };
}

/** A JSON-ish literal with one entry per line for arrays of scalars longer than a few items. */
function literal(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
}

function stackFunction(name: string, which: 'pop' | 'push', spec: InstructionSpec, docs: string): StatementStructures {
  // Instructions with the same expression share one `return` (fewer cases for V8 to jump through).
  const groups = new Map<string, string[]>();
  for (const inst of spec.instructions) {
    const expr = inst[which];
    if (expr === null) continue;
    const ts = tsExpression(expr, spec.consts);
    if (!groups.has(ts)) groups.set(ts, []);
    groups.get(ts)!.push(inst.name);
  }
  const body: string[] = ['switch (opcode) {'];
  for (const [expr, names] of groups) {
    for (const n of names) body.push(`  case Op.${n}:`);
    // `| 0`: C int arithmetic (the oracle's values wrap the same way for out-of-range opargs).
    body.push(`    return (${expr}) | 0;`);
  }
  body.push('  default:', '    return -1;', '}');
  const usesJump = [...groups.keys()].some((e) => e.includes('jump'));
  const usesOparg = [...groups.keys()].some((e) => e.includes('oparg'));
  return {
    kind: StructureKind.Function,
    isExported: true,
    name,
    docs: [docs],
    parameters: [
      { name: 'opcode', type: 'number' },
      { name: usesOparg ? 'oparg' : '_oparg', type: 'number' },
      { name: usesJump ? 'jump' : '_jump', type: 'boolean' },
    ],
    returnType: 'number',
    statements: body.join('\n'),
  };
}

export function generateOpcodes(text: string): string {
  const spec = parseInstructionSpec(text);
  const c = (name: string): number => {
    const v = spec.consts.get(name);
    if (v === undefined) throw new Error(`${INPUT}: missing const ${name}`);
    return v;
  };
  const maxPseudo = c('MAX_PSEUDO_OPCODE');
  const byName = new Map(spec.instructions.map((i) => [i.name, i]));
  const sorted = [...spec.instructions].sort((a, b) => a.number - b.number);
  const visible = sorted.filter((i) => i.kind !== 'spec');

  const opname: string[] = [];
  const allOpname: string[] = [];
  for (let n = 0; n <= maxPseudo; n++) {
    opname.push(`<${n}>`);
    allOpname.push(`<${n}>`);
  }
  for (const i of spec.instructions) {
    allOpname[i.number] = i.name;
    if (i.kind !== 'spec') opname[i.number] = i.name;
  }
  const opmap: Record<string, number> = {};
  for (const i of visible) opmap[i.name] = i.number;

  const cacheEntries = (name: string): number => (spec.caches.get(name) ?? []).reduce((s, [, n]) => s + n, 0);
  const inlineCache = new Array<number>(256).fill(0);
  for (const i of spec.instructions) if (i.kind === 'op') inlineCache[i.number] = cacheEntries(i.name);
  const allCache = new Array<number>(maxPseudo + 1).fill(0);
  const deopt = new Array<number>(256).fill(0);
  const flags = new Array<number>(maxPseudo + 1).fill(0);
  for (const i of spec.instructions) {
    const family = i.kind === 'spec' ? byName.get(i.related[0]!)! : i;
    if (i.kind !== 'pseudo') {
      allCache[i.number] = i.kind === 'instr' ? 0 : cacheEntries(family.name);
      deopt[i.number] = family.number;
    }
    let bits = FLAG_BITS.defined!;
    for (const f of family.flags) bits |= FLAG_BITS[f]!;
    if (i.kind === 'spec') bits |= FLAG_BITS.specialized!;
    if (i.kind === 'instr') bits |= FLAG_BITS.instrumented!;
    if (i.kind === 'pseudo') bits |= FLAG_BITS.pseudo!;
    flags[i.number] = bits;
  }
  const hasList = (flag: string): number[] => visible.filter((i) => i.flags.has(flag)).map((i) => i.number);
  const hasfree = [...hasList('free'), ...spec.hasfreeExtra].sort((a, b) => a - b);

  const families: Record<string, string[]> = {};
  for (const i of spec.instructions) {
    if (i.kind !== 'spec') continue;
    (families[i.related[0]!] ??= []).push(i.name);
  }
  const pseudoTargets: Record<string, string[]> = {};
  for (const i of spec.instructions) if (i.kind === 'pseudo') pseudoTargets[i.name] = i.related;
  const instrumentedBase: Record<string, string> = {};
  for (const i of spec.instructions) if (i.kind === 'instr') instrumentedBase[i.name] = i.related[0]!;
  const cacheFormat: Record<string, Record<string, number>> = {};
  for (const [op, fields] of spec.caches) cacheFormat[op] = Object.fromEntries(fields);

  const statements: StatementStructures[] = [
    {
      kind: StructureKind.Enum,
      isExported: true,
      isConst: true,
      name: 'Op',
      docs: ['Every opcode number of 3.12: real, instrumented, specialised and pseudo instructions.'],
      members: sorted.map((i) => ({ name: i.name, value: i.number })),
    },
    ...[...spec.consts].map(([name, value]) =>
      constant(name, name === 'ENABLE_SPECIALIZATION' ? 'boolean' : 'number', name === 'ENABLE_SPECIALIZATION' ? String(value !== 0) : String(value), `opcode.${name} (3.12).`),
    ),
    {
      kind: StructureKind.Enum,
      isExported: true,
      isConst: true,
      name: 'OpFlag',
      docs: ['Bits of OPCODE_FLAGS. A specialised instruction has its family\'s bits plus SPECIALIZED.'],
      members: [
        ...FLAG_NAMES.map((f) => ({ name: flagMember(f), value: FLAG_BITS[f]! })),
        { name: 'DEFINED', value: FLAG_BITS.defined! },
        { name: 'SPECIALIZED', value: FLAG_BITS.specialized! },
        { name: 'INSTRUMENTED', value: FLAG_BITS.instrumented! },
        { name: 'PSEUDO', value: FLAG_BITS.pseudo! },
      ],
    },
    constant('OPNAME', 'readonly string[]', literal(opname), 'opcode.opname: name by number, "<n>" where no real, instrumented or pseudo instruction has it.'),
    constant('ALL_OPNAME', 'readonly string[]', literal(allOpname), 'dis._all_opname: OPNAME with the specialised instructions filled in.'),
    constant('OPMAP', 'Readonly<Record<string, number>>', literal(opmap), 'opcode.opmap: number by name (no specialised instructions).'),
    constant('INLINE_CACHE_ENTRIES', 'readonly number[]', literal(inlineCache), 'opcode._inline_cache_entries: cache code units after each real instruction (256 entries).'),
    constant('CACHE_ENTRIES', 'Uint8Array', `new Uint8Array(${literal(allCache)})`, 'Cache code units of every opcode including specialised ones (their family\'s), as the VM skips them; a typed array for the dispatch loop.'),
    constant('CACHE_FORMAT', 'Readonly<Record<string, Readonly<Record<string, number>>>>', literal(cacheFormat), 'opcode._cache_format: each cache field and its size in code units, in layout order.'),
    constant('DEOPT', 'Uint8Array', `new Uint8Array(${literal(deopt)})`, '_PyOpcode_Deopt: a real opcode\'s base instruction (specialised → family; 0 for unused numbers).'),
    constant('OPCODE_FLAGS', 'Uint16Array', `new Uint16Array(${literal(flags)})`, 'OpFlag bits of every opcode number up to MAX_PSEUDO_OPCODE; a typed array so the hot lookups stay monomorphic.'),
    ...(['arg', 'const', 'name', 'jrel', 'local', 'exc', 'compare'] as const).map((f) =>
      constant(`HAS${f.toUpperCase()}`, 'readonly number[]', literal(hasList(f)), `opcode.has${f}.`),
    ),
    constant('HASJABS', 'readonly number[]', '[]', 'opcode.hasjabs (3.12 has no absolute jumps).'),
    constant('HASFREE', 'readonly number[]', literal(hasfree), 'opcode.hasfree, including the number 3.12 still lists without an instruction.'),
    constant('SPECIALIZATIONS', 'Readonly<Record<string, readonly string[]>>', literal(families), 'opcode._specializations: each family\'s specialised forms.'),
    constant('SPECIALIZED_INSTRUCTIONS', 'readonly string[]', literal(Object.values(families).flat()), 'opcode._specialized_instructions.'),
    constant('PSEUDO_OPS', 'Readonly<Record<string, readonly string[]>>', literal(pseudoTargets), 'opcode._pseudo_ops: the real instructions each pseudo-instruction can become.'),
    constant('INSTRUMENTED_BASE', 'Readonly<Record<string, string>>', literal(instrumentedBase), 'The instruction each INSTRUMENTED_* opcode stands in for.'),
    constant('NB_OPS', 'readonly (readonly [string, string])[]', literal(spec.nbOps), 'opcode._nb_ops: BINARY_OP\'s oparg → (NB_* name, operator).'),
    constant('CMP_OP', 'readonly string[]', literal(spec.cmpOps), 'opcode.cmp_op: COMPARE_OP\'s oparg >> 4 → operator.'),
    constant('INTRINSIC_1_DESCS', 'readonly string[]', literal(spec.intrinsic1), 'opcode._intrinsic_1_descs: CALL_INTRINSIC_1\'s oparg → name.'),
    constant('INTRINSIC_2_DESCS', 'readonly string[]', literal(spec.intrinsic2), 'opcode._intrinsic_2_descs: CALL_INTRINSIC_2\'s oparg → name.'),
    stackFunction('numPopped', 'pop', spec, '_PyOpcode_num_popped: stack items an instruction pops, or -1 for an opcode without a stack effect.'),
    stackFunction('numPushed', 'push', spec, '_PyOpcode_num_pushed: stack items an instruction pushes, or -1 for an opcode without a stack effect.'),
  ];
  return printModule(
    generatedHeader(
      opcodes,
      'CPython 3.12\'s instruction set: opcode numbers, names, inline caches, flags, stack effects and specialisation families, generated from the single definition in packages/bytecode/spec/instructions.txt and checked against the oracle\'s opcode and dis modules.',
    ),
    statements,
  );
}

/**
 * The VM's subset of the table, for @pyglass/interfaces: one plain `const` per opcode number (why
 * not an enum: under isolatedModules a cross-package enum member is a property load, and the VM's
 * dispatch reads them), OPNAME, the inline-cache sizes, and the NB_* / comparison / intrinsic
 * arguments.
 */
export function generateVmOpcodes(text: string): string {
  const spec = parseInstructionSpec(text);
  const real = [...spec.instructions].filter((i) => i.kind === 'op' || i.kind === 'instr').sort((a, b) => a.number - b.number);
  const opname: string[] = [];
  for (let n = 0; n < 256; n++) opname.push(`<${n}>`);
  for (const i of real) opname[i.number] = i.name;
  const cacheEntries = (name: string): number => (spec.caches.get(name) ?? []).reduce((s, [, n]) => s + n, 0);
  const inlineCache = new Array<number>(256).fill(0);
  for (const i of spec.instructions) if (i.kind === 'op') inlineCache[i.number] = cacheEntries(i.name);
  const statements: StatementStructures[] = [
    ...real.map((i) => constant(i.name, 'number', String(i.number), `opcode.opmap['${i.name}'].`)),
    constant('OPNAME', 'readonly string[]', literal(opname), 'opcode.opname for numbers 0..255 ("<n>" where no instruction has the number).'),
    constant('INLINE_CACHE_ENTRIES', 'Uint8Array', `new Uint8Array(${literal(inlineCache)})`, 'opcode._inline_cache_entries: cache code units after each instruction (a typed array for the dispatch loop).'),
    ...spec.nbOps.map(([name], i) => constant(name, 'number', String(i), `BINARY_OP's oparg for ${name} (opcode._nb_ops order).`)),
    constant('NB_SYMBOLS', 'readonly string[]', literal(spec.nbOps.map(([, op]) => op)), 'The operator of each BINARY_OP oparg (opcode._nb_ops), for error messages.'),
    constant('CMP_OP', 'readonly string[]', literal(spec.cmpOps), 'opcode.cmp_op: COMPARE_OP\'s oparg >> 4 → operator.'),
    constant('INTRINSIC_1_DESCS', 'readonly string[]', literal(spec.intrinsic1), 'opcode._intrinsic_1_descs: CALL_INTRINSIC_1\'s oparg → name.'),
    constant('INTRINSIC_2_DESCS', 'readonly string[]', literal(spec.intrinsic2), 'opcode._intrinsic_2_descs: CALL_INTRINSIC_2\'s oparg → name.'),
  ];
  return printModule(
    generatedHeader(
      opcodes,
      'CPython 3.12\'s opcode numbers, names, inline-cache sizes and BINARY_OP/COMPARE_OP/intrinsic arguments: the part of the instruction table a VM needs, for stages that may import only @pyglass/interfaces (the full table is packages/bytecode/src/generated/opcodes.ts, from the same definition).',
    ),
    statements,
  );
}

function flagMember(flag: string): string {
  return { arg: 'HAS_ARG', const: 'HAS_CONST', name: 'HAS_NAME', jrel: 'HAS_JREL', back: 'JUMP_BACKWARD', local: 'HAS_LOCAL', free: 'HAS_FREE', exc: 'HAS_EXC', compare: 'HAS_COMPARE' }[flag]!;
}

export const opcodes: CodeGenerator = {
  name: 'opcodes',
  source: 'tools/codegen/generators/opcodes.ts',
  inputs: [INPUT],
  generate(ctx) {
    const text = ctx.read(INPUT);
    return new Map([
      [OUTPUT, generateOpcodes(text)],
      [VM_OUTPUT, generateVmOpcodes(text)],
    ]);
  },
};
