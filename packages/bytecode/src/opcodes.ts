/**
 * The instruction set's API over the generated tables (src/generated/opcodes.ts, from
 * spec/instructions.txt): `stackEffect` as 3.12's `dis.stack_effect` computes it (including its
 * errors), `hasArgument` as the C macro HAS_ARG, and deoptimisation as `dis` does it.
 */
import {
  DEOPT, MAX_PSEUDO_OPCODE, MIN_PSEUDO_OPCODE, HAVE_ARGUMENT, OPCODE_FLAGS, OpFlag, numPopped, numPushed,
} from './generated/opcodes';

export * from './generated/opcodes';

/** The ValueError `dis.stack_effect` raises, with its message. */
export class StackEffectError extends Error {
  readonly pythonType = 'ValueError';
  constructor(message: string) {
    super(message);
    this.name = 'StackEffectError';
  }
}

/** HAS_ARG (3.12): every real opcode from HAVE_ARGUMENT on, and the pseudo-instructions that take one. */
export function hasArgument(opcode: number): boolean {
  if (opcode >= MIN_PSEUDO_OPCODE && opcode <= MAX_PSEUDO_OPCODE) return (OPCODE_FLAGS[opcode]! & OpFlag.HAS_ARG) !== 0;
  return opcode >= HAVE_ARGUMENT;
}

/** `dis._deoptop`: a specialised instruction's family; any other opcode itself. */
export function deoptimize(opcode: number): number {
  return opcode < 256 && (OPCODE_FLAGS[opcode]! & OpFlag.SPECIALIZED) !== 0 ? DEOPT[opcode]! : opcode;
}

function effect(opcode: number, oparg: number, jump: boolean): number | null {
  const popped = numPopped(opcode, oparg, jump);
  const pushed = numPushed(opcode, oparg, jump);
  if (popped < 0 || pushed < 0) return null;
  return (pushed - popped) | 0;
}

/**
 * `dis.stack_effect(opcode, oparg, jump=jump)` of 3.12: the net stack change; with `jump`
 * undefined/null the larger of the two branches. Specialised and unknown opcodes, and results the
 * C tables reject (a negative count), raise "invalid opcode or oparg". `oparg` is taken as a C int.
 */
export function stackEffect(opcode: number, oparg: number | null = null, jump: boolean | null = null): number {
  if (oparg === null) {
    if (hasArgument(opcode)) throw new StackEffectError('stack_effect: opcode requires oparg but oparg was not specified');
  } else if (!hasArgument(opcode)) {
    throw new StackEffectError('stack_effect: opcode does not permit oparg but oparg was specified');
  }
  const arg = (oparg ?? 0) | 0;
  const valid = opcode >= 0 && opcode <= MAX_PSEUDO_OPCODE && (OPCODE_FLAGS[opcode]! & OpFlag.DEFINED) !== 0 && (OPCODE_FLAGS[opcode]! & OpFlag.SPECIALIZED) === 0;
  let result: number | null = null;
  if (valid) {
    if (jump === null) {
      const a = effect(opcode, arg, /* jump */ false);
      const b = effect(opcode, arg, /* jump */ true);
      result = a === null || b === null ? null : Math.max(a, b);
    } else {
      result = effect(opcode, arg, jump);
    }
  }
  if (result === null) throw new StackEffectError('invalid opcode or oparg');
  return result;
}
