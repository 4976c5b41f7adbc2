/**
 * @pyglass/bytecode — Stage 3: AST to CPython 3.12 code objects; symtable, compiler, dis, marshal.
 *
 * What exists so far (the parts that do not need the compiler):
 *   1. the instruction table (spec/instructions.txt → src/generated/opcodes.ts, API in opcodes.ts)
 *   2. marshal and .pyc reading and writing (marshal.ts, pyc.ts)
 *   3. dis: formatting and the dis module's API over code objects (dis.ts, linetable.ts, exceptiontable.ts)
 */
export const STAGE_NAME = 'bytecode';
export * from './opcodes';
export * from './marshal';
export * from './pyc';
export { floatRepr, parseFloatRepr } from './float-repr';
export * from './dis';
export * from './linetable';
export * from './exceptiontable';
export * from './pyrepr';
export * from './symtable/symtable';
export { compile, type CompileOptions } from './compiler/index';
