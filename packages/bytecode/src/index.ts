/**
 * @pyglass/bytecode — Stage 3: AST to CPython 3.12 code objects; symtable, compiler, dis, marshal.
 */
export const STAGE_NAME = 'bytecode';
