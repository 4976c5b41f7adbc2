/**
 * GENERATED FILE: do not edit by hand.
 * generator:  opcodes (tools/codegen/generators/opcodes.ts)
 * input:      packages/bytecode/spec/instructions.txt
 * regenerate: pnpm run codegen
 *
 * CPython 3.12's opcode numbers, names, inline-cache sizes and BINARY_OP/COMPARE_OP/intrinsic
 * arguments: the part of the instruction table a VM needs, for stages that may import only
 * @pyglass/interfaces (the full table is packages/bytecode/src/generated/opcodes.ts, from the same
 * definition).
 */
/** opcode.opmap['CACHE']. */
export const CACHE: number = 0;
/** opcode.opmap['POP_TOP']. */
export const POP_TOP: number = 1;
/** opcode.opmap['PUSH_NULL']. */
export const PUSH_NULL: number = 2;
/** opcode.opmap['INTERPRETER_EXIT']. */
export const INTERPRETER_EXIT: number = 3;
/** opcode.opmap['END_FOR']. */
export const END_FOR: number = 4;
/** opcode.opmap['END_SEND']. */
export const END_SEND: number = 5;
/** opcode.opmap['NOP']. */
export const NOP: number = 9;
/** opcode.opmap['UNARY_NEGATIVE']. */
export const UNARY_NEGATIVE: number = 11;
/** opcode.opmap['UNARY_NOT']. */
export const UNARY_NOT: number = 12;
/** opcode.opmap['UNARY_INVERT']. */
export const UNARY_INVERT: number = 15;
/** opcode.opmap['RESERVED']. */
export const RESERVED: number = 17;
/** opcode.opmap['BINARY_SUBSCR']. */
export const BINARY_SUBSCR: number = 25;
/** opcode.opmap['BINARY_SLICE']. */
export const BINARY_SLICE: number = 26;
/** opcode.opmap['STORE_SLICE']. */
export const STORE_SLICE: number = 27;
/** opcode.opmap['GET_LEN']. */
export const GET_LEN: number = 30;
/** opcode.opmap['MATCH_MAPPING']. */
export const MATCH_MAPPING: number = 31;
/** opcode.opmap['MATCH_SEQUENCE']. */
export const MATCH_SEQUENCE: number = 32;
/** opcode.opmap['MATCH_KEYS']. */
export const MATCH_KEYS: number = 33;
/** opcode.opmap['PUSH_EXC_INFO']. */
export const PUSH_EXC_INFO: number = 35;
/** opcode.opmap['CHECK_EXC_MATCH']. */
export const CHECK_EXC_MATCH: number = 36;
/** opcode.opmap['CHECK_EG_MATCH']. */
export const CHECK_EG_MATCH: number = 37;
/** opcode.opmap['WITH_EXCEPT_START']. */
export const WITH_EXCEPT_START: number = 49;
/** opcode.opmap['GET_AITER']. */
export const GET_AITER: number = 50;
/** opcode.opmap['GET_ANEXT']. */
export const GET_ANEXT: number = 51;
/** opcode.opmap['BEFORE_ASYNC_WITH']. */
export const BEFORE_ASYNC_WITH: number = 52;
/** opcode.opmap['BEFORE_WITH']. */
export const BEFORE_WITH: number = 53;
/** opcode.opmap['END_ASYNC_FOR']. */
export const END_ASYNC_FOR: number = 54;
/** opcode.opmap['CLEANUP_THROW']. */
export const CLEANUP_THROW: number = 55;
/** opcode.opmap['STORE_SUBSCR']. */
export const STORE_SUBSCR: number = 60;
/** opcode.opmap['DELETE_SUBSCR']. */
export const DELETE_SUBSCR: number = 61;
/** opcode.opmap['GET_ITER']. */
export const GET_ITER: number = 68;
/** opcode.opmap['GET_YIELD_FROM_ITER']. */
export const GET_YIELD_FROM_ITER: number = 69;
/** opcode.opmap['LOAD_BUILD_CLASS']. */
export const LOAD_BUILD_CLASS: number = 71;
/** opcode.opmap['LOAD_ASSERTION_ERROR']. */
export const LOAD_ASSERTION_ERROR: number = 74;
/** opcode.opmap['RETURN_GENERATOR']. */
export const RETURN_GENERATOR: number = 75;
/** opcode.opmap['RETURN_VALUE']. */
export const RETURN_VALUE: number = 83;
/** opcode.opmap['SETUP_ANNOTATIONS']. */
export const SETUP_ANNOTATIONS: number = 85;
/** opcode.opmap['LOAD_LOCALS']. */
export const LOAD_LOCALS: number = 87;
/** opcode.opmap['POP_EXCEPT']. */
export const POP_EXCEPT: number = 89;
/** opcode.opmap['STORE_NAME']. */
export const STORE_NAME: number = 90;
/** opcode.opmap['DELETE_NAME']. */
export const DELETE_NAME: number = 91;
/** opcode.opmap['UNPACK_SEQUENCE']. */
export const UNPACK_SEQUENCE: number = 92;
/** opcode.opmap['FOR_ITER']. */
export const FOR_ITER: number = 93;
/** opcode.opmap['UNPACK_EX']. */
export const UNPACK_EX: number = 94;
/** opcode.opmap['STORE_ATTR']. */
export const STORE_ATTR: number = 95;
/** opcode.opmap['DELETE_ATTR']. */
export const DELETE_ATTR: number = 96;
/** opcode.opmap['STORE_GLOBAL']. */
export const STORE_GLOBAL: number = 97;
/** opcode.opmap['DELETE_GLOBAL']. */
export const DELETE_GLOBAL: number = 98;
/** opcode.opmap['SWAP']. */
export const SWAP: number = 99;
/** opcode.opmap['LOAD_CONST']. */
export const LOAD_CONST: number = 100;
/** opcode.opmap['LOAD_NAME']. */
export const LOAD_NAME: number = 101;
/** opcode.opmap['BUILD_TUPLE']. */
export const BUILD_TUPLE: number = 102;
/** opcode.opmap['BUILD_LIST']. */
export const BUILD_LIST: number = 103;
/** opcode.opmap['BUILD_SET']. */
export const BUILD_SET: number = 104;
/** opcode.opmap['BUILD_MAP']. */
export const BUILD_MAP: number = 105;
/** opcode.opmap['LOAD_ATTR']. */
export const LOAD_ATTR: number = 106;
/** opcode.opmap['COMPARE_OP']. */
export const COMPARE_OP: number = 107;
/** opcode.opmap['IMPORT_NAME']. */
export const IMPORT_NAME: number = 108;
/** opcode.opmap['IMPORT_FROM']. */
export const IMPORT_FROM: number = 109;
/** opcode.opmap['JUMP_FORWARD']. */
export const JUMP_FORWARD: number = 110;
/** opcode.opmap['POP_JUMP_IF_FALSE']. */
export const POP_JUMP_IF_FALSE: number = 114;
/** opcode.opmap['POP_JUMP_IF_TRUE']. */
export const POP_JUMP_IF_TRUE: number = 115;
/** opcode.opmap['LOAD_GLOBAL']. */
export const LOAD_GLOBAL: number = 116;
/** opcode.opmap['IS_OP']. */
export const IS_OP: number = 117;
/** opcode.opmap['CONTAINS_OP']. */
export const CONTAINS_OP: number = 118;
/** opcode.opmap['RERAISE']. */
export const RERAISE: number = 119;
/** opcode.opmap['COPY']. */
export const COPY: number = 120;
/** opcode.opmap['RETURN_CONST']. */
export const RETURN_CONST: number = 121;
/** opcode.opmap['BINARY_OP']. */
export const BINARY_OP: number = 122;
/** opcode.opmap['SEND']. */
export const SEND: number = 123;
/** opcode.opmap['LOAD_FAST']. */
export const LOAD_FAST: number = 124;
/** opcode.opmap['STORE_FAST']. */
export const STORE_FAST: number = 125;
/** opcode.opmap['DELETE_FAST']. */
export const DELETE_FAST: number = 126;
/** opcode.opmap['LOAD_FAST_CHECK']. */
export const LOAD_FAST_CHECK: number = 127;
/** opcode.opmap['POP_JUMP_IF_NOT_NONE']. */
export const POP_JUMP_IF_NOT_NONE: number = 128;
/** opcode.opmap['POP_JUMP_IF_NONE']. */
export const POP_JUMP_IF_NONE: number = 129;
/** opcode.opmap['RAISE_VARARGS']. */
export const RAISE_VARARGS: number = 130;
/** opcode.opmap['GET_AWAITABLE']. */
export const GET_AWAITABLE: number = 131;
/** opcode.opmap['MAKE_FUNCTION']. */
export const MAKE_FUNCTION: number = 132;
/** opcode.opmap['BUILD_SLICE']. */
export const BUILD_SLICE: number = 133;
/** opcode.opmap['JUMP_BACKWARD_NO_INTERRUPT']. */
export const JUMP_BACKWARD_NO_INTERRUPT: number = 134;
/** opcode.opmap['MAKE_CELL']. */
export const MAKE_CELL: number = 135;
/** opcode.opmap['LOAD_CLOSURE']. */
export const LOAD_CLOSURE: number = 136;
/** opcode.opmap['LOAD_DEREF']. */
export const LOAD_DEREF: number = 137;
/** opcode.opmap['STORE_DEREF']. */
export const STORE_DEREF: number = 138;
/** opcode.opmap['DELETE_DEREF']. */
export const DELETE_DEREF: number = 139;
/** opcode.opmap['JUMP_BACKWARD']. */
export const JUMP_BACKWARD: number = 140;
/** opcode.opmap['LOAD_SUPER_ATTR']. */
export const LOAD_SUPER_ATTR: number = 141;
/** opcode.opmap['CALL_FUNCTION_EX']. */
export const CALL_FUNCTION_EX: number = 142;
/** opcode.opmap['LOAD_FAST_AND_CLEAR']. */
export const LOAD_FAST_AND_CLEAR: number = 143;
/** opcode.opmap['EXTENDED_ARG']. */
export const EXTENDED_ARG: number = 144;
/** opcode.opmap['LIST_APPEND']. */
export const LIST_APPEND: number = 145;
/** opcode.opmap['SET_ADD']. */
export const SET_ADD: number = 146;
/** opcode.opmap['MAP_ADD']. */
export const MAP_ADD: number = 147;
/** opcode.opmap['COPY_FREE_VARS']. */
export const COPY_FREE_VARS: number = 149;
/** opcode.opmap['YIELD_VALUE']. */
export const YIELD_VALUE: number = 150;
/** opcode.opmap['RESUME']. */
export const RESUME: number = 151;
/** opcode.opmap['MATCH_CLASS']. */
export const MATCH_CLASS: number = 152;
/** opcode.opmap['FORMAT_VALUE']. */
export const FORMAT_VALUE: number = 155;
/** opcode.opmap['BUILD_CONST_KEY_MAP']. */
export const BUILD_CONST_KEY_MAP: number = 156;
/** opcode.opmap['BUILD_STRING']. */
export const BUILD_STRING: number = 157;
/** opcode.opmap['LIST_EXTEND']. */
export const LIST_EXTEND: number = 162;
/** opcode.opmap['SET_UPDATE']. */
export const SET_UPDATE: number = 163;
/** opcode.opmap['DICT_MERGE']. */
export const DICT_MERGE: number = 164;
/** opcode.opmap['DICT_UPDATE']. */
export const DICT_UPDATE: number = 165;
/** opcode.opmap['CALL']. */
export const CALL: number = 171;
/** opcode.opmap['KW_NAMES']. */
export const KW_NAMES: number = 172;
/** opcode.opmap['CALL_INTRINSIC_1']. */
export const CALL_INTRINSIC_1: number = 173;
/** opcode.opmap['CALL_INTRINSIC_2']. */
export const CALL_INTRINSIC_2: number = 174;
/** opcode.opmap['LOAD_FROM_DICT_OR_GLOBALS']. */
export const LOAD_FROM_DICT_OR_GLOBALS: number = 175;
/** opcode.opmap['LOAD_FROM_DICT_OR_DEREF']. */
export const LOAD_FROM_DICT_OR_DEREF: number = 176;
/** opcode.opmap['INSTRUMENTED_LOAD_SUPER_ATTR']. */
export const INSTRUMENTED_LOAD_SUPER_ATTR: number = 237;
/** opcode.opmap['INSTRUMENTED_POP_JUMP_IF_NONE']. */
export const INSTRUMENTED_POP_JUMP_IF_NONE: number = 238;
/** opcode.opmap['INSTRUMENTED_POP_JUMP_IF_NOT_NONE']. */
export const INSTRUMENTED_POP_JUMP_IF_NOT_NONE: number = 239;
/** opcode.opmap['INSTRUMENTED_RESUME']. */
export const INSTRUMENTED_RESUME: number = 240;
/** opcode.opmap['INSTRUMENTED_CALL']. */
export const INSTRUMENTED_CALL: number = 241;
/** opcode.opmap['INSTRUMENTED_RETURN_VALUE']. */
export const INSTRUMENTED_RETURN_VALUE: number = 242;
/** opcode.opmap['INSTRUMENTED_YIELD_VALUE']. */
export const INSTRUMENTED_YIELD_VALUE: number = 243;
/** opcode.opmap['INSTRUMENTED_CALL_FUNCTION_EX']. */
export const INSTRUMENTED_CALL_FUNCTION_EX: number = 244;
/** opcode.opmap['INSTRUMENTED_JUMP_FORWARD']. */
export const INSTRUMENTED_JUMP_FORWARD: number = 245;
/** opcode.opmap['INSTRUMENTED_JUMP_BACKWARD']. */
export const INSTRUMENTED_JUMP_BACKWARD: number = 246;
/** opcode.opmap['INSTRUMENTED_RETURN_CONST']. */
export const INSTRUMENTED_RETURN_CONST: number = 247;
/** opcode.opmap['INSTRUMENTED_FOR_ITER']. */
export const INSTRUMENTED_FOR_ITER: number = 248;
/** opcode.opmap['INSTRUMENTED_POP_JUMP_IF_FALSE']. */
export const INSTRUMENTED_POP_JUMP_IF_FALSE: number = 249;
/** opcode.opmap['INSTRUMENTED_POP_JUMP_IF_TRUE']. */
export const INSTRUMENTED_POP_JUMP_IF_TRUE: number = 250;
/** opcode.opmap['INSTRUMENTED_END_FOR']. */
export const INSTRUMENTED_END_FOR: number = 251;
/** opcode.opmap['INSTRUMENTED_END_SEND']. */
export const INSTRUMENTED_END_SEND: number = 252;
/** opcode.opmap['INSTRUMENTED_INSTRUCTION']. */
export const INSTRUMENTED_INSTRUCTION: number = 253;
/** opcode.opmap['INSTRUMENTED_LINE']. */
export const INSTRUMENTED_LINE: number = 254;
/** opcode.opname for numbers 0..255 ("<n>" where no instruction has the number). */
export const OPNAME: readonly string[] = [ "CACHE", "POP_TOP", "PUSH_NULL", "INTERPRETER_EXIT", "END_FOR", "END_SEND", "<6>", "<7>", "<8>", "NOP", "<10>", "UNARY_NEGATIVE", "UNARY_NOT", "<13>", "<14>", "UNARY_INVERT", "<16>", "RESERVED", "<18>", "<19>", "<20>", "<21>", "<22>", "<23>", "<24>", "BINARY_SUBSCR", "BINARY_SLICE", "STORE_SLICE", "<28>", "<29>", "GET_LEN", "MATCH_MAPPING", "MATCH_SEQUENCE", "MATCH_KEYS", "<34>", "PUSH_EXC_INFO", "CHECK_EXC_MATCH", "CHECK_EG_MATCH", "<38>", "<39>", "<40>", "<41>", "<42>", "<43>", "<44>", "<45>", "<46>", "<47>", "<48>", "WITH_EXCEPT_START", "GET_AITER", "GET_ANEXT", "BEFORE_ASYNC_WITH", "BEFORE_WITH", "END_ASYNC_FOR", "CLEANUP_THROW", "<56>", "<57>", "<58>", "<59>", "STORE_SUBSCR", "DELETE_SUBSCR", "<62>", "<63>", "<64>", "<65>", "<66>", "<67>", "GET_ITER", "GET_YIELD_FROM_ITER", "<70>", "LOAD_BUILD_CLASS", "<72>", "<73>", "LOAD_ASSERTION_ERROR", "RETURN_GENERATOR", "<76>", "<77>", "<78>", "<79>", "<80>", "<81>", "<82>", "RETURN_VALUE", "<84>", "SETUP_ANNOTATIONS", "<86>", "LOAD_LOCALS", "<88>", "POP_EXCEPT", "STORE_NAME", "DELETE_NAME", "UNPACK_SEQUENCE", "FOR_ITER", "UNPACK_EX", "STORE_ATTR", "DELETE_ATTR", "STORE_GLOBAL", "DELETE_GLOBAL", "SWAP", "LOAD_CONST", "LOAD_NAME", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "LOAD_ATTR", "COMPARE_OP", "IMPORT_NAME", "IMPORT_FROM", "JUMP_FORWARD", "<111>", "<112>", "<113>", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "LOAD_GLOBAL", "IS_OP", "CONTAINS_OP", "RERAISE", "COPY", "RETURN_CONST", "BINARY_OP", "SEND", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_FAST_CHECK", "POP_JUMP_IF_NOT_NONE", "POP_JUMP_IF_NONE", "RAISE_VARARGS", "GET_AWAITABLE", "MAKE_FUNCTION", "BUILD_SLICE", "JUMP_BACKWARD_NO_INTERRUPT", "MAKE_CELL", "LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "JUMP_BACKWARD", "LOAD_SUPER_ATTR", "CALL_FUNCTION_EX", "LOAD_FAST_AND_CLEAR", "EXTENDED_ARG", "LIST_APPEND", "SET_ADD", "MAP_ADD", "<148>", "COPY_FREE_VARS", "YIELD_VALUE", "RESUME", "MATCH_CLASS", "<153>", "<154>", "FORMAT_VALUE", "BUILD_CONST_KEY_MAP", "BUILD_STRING", "<158>", "<159>", "<160>", "<161>", "LIST_EXTEND", "SET_UPDATE", "DICT_MERGE", "DICT_UPDATE", "<166>", "<167>", "<168>", "<169>", "<170>", "CALL", "KW_NAMES", "CALL_INTRINSIC_1", "CALL_INTRINSIC_2", "LOAD_FROM_DICT_OR_GLOBALS", "LOAD_FROM_DICT_OR_DEREF", "<177>", "<178>", "<179>", "<180>", "<181>", "<182>", "<183>", "<184>", "<185>", "<186>", "<187>", "<188>", "<189>", "<190>", "<191>", "<192>", "<193>", "<194>", "<195>", "<196>", "<197>", "<198>", "<199>", "<200>", "<201>", "<202>", "<203>", "<204>", "<205>", "<206>", "<207>", "<208>", "<209>", "<210>", "<211>", "<212>", "<213>", "<214>", "<215>", "<216>", "<217>", "<218>", "<219>", "<220>", "<221>", "<222>", "<223>", "<224>", "<225>", "<226>", "<227>", "<228>", "<229>", "<230>", "<231>", "<232>", "<233>", "<234>", "<235>", "<236>", "INSTRUMENTED_LOAD_SUPER_ATTR", "INSTRUMENTED_POP_JUMP_IF_NONE", "INSTRUMENTED_POP_JUMP_IF_NOT_NONE", "INSTRUMENTED_RESUME", "INSTRUMENTED_CALL", "INSTRUMENTED_RETURN_VALUE", "INSTRUMENTED_YIELD_VALUE", "INSTRUMENTED_CALL_FUNCTION_EX", "INSTRUMENTED_JUMP_FORWARD", "INSTRUMENTED_JUMP_BACKWARD", "INSTRUMENTED_RETURN_CONST", "INSTRUMENTED_FOR_ITER", "INSTRUMENTED_POP_JUMP_IF_FALSE", "INSTRUMENTED_POP_JUMP_IF_TRUE", "INSTRUMENTED_END_FOR", "INSTRUMENTED_END_SEND", "INSTRUMENTED_INSTRUCTION", "INSTRUMENTED_LINE", "<255>" ];
/** opcode._inline_cache_entries: cache code units after each instruction (a typed array for the dispatch loop). */
export const INLINE_CACHE_ENTRIES: Uint8Array = new Uint8Array([ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 ]);
/** BINARY_OP's oparg for NB_ADD (opcode._nb_ops order). */
export const NB_ADD: number = 0;
/** BINARY_OP's oparg for NB_AND (opcode._nb_ops order). */
export const NB_AND: number = 1;
/** BINARY_OP's oparg for NB_FLOOR_DIVIDE (opcode._nb_ops order). */
export const NB_FLOOR_DIVIDE: number = 2;
/** BINARY_OP's oparg for NB_LSHIFT (opcode._nb_ops order). */
export const NB_LSHIFT: number = 3;
/** BINARY_OP's oparg for NB_MATRIX_MULTIPLY (opcode._nb_ops order). */
export const NB_MATRIX_MULTIPLY: number = 4;
/** BINARY_OP's oparg for NB_MULTIPLY (opcode._nb_ops order). */
export const NB_MULTIPLY: number = 5;
/** BINARY_OP's oparg for NB_REMAINDER (opcode._nb_ops order). */
export const NB_REMAINDER: number = 6;
/** BINARY_OP's oparg for NB_OR (opcode._nb_ops order). */
export const NB_OR: number = 7;
/** BINARY_OP's oparg for NB_POWER (opcode._nb_ops order). */
export const NB_POWER: number = 8;
/** BINARY_OP's oparg for NB_RSHIFT (opcode._nb_ops order). */
export const NB_RSHIFT: number = 9;
/** BINARY_OP's oparg for NB_SUBTRACT (opcode._nb_ops order). */
export const NB_SUBTRACT: number = 10;
/** BINARY_OP's oparg for NB_TRUE_DIVIDE (opcode._nb_ops order). */
export const NB_TRUE_DIVIDE: number = 11;
/** BINARY_OP's oparg for NB_XOR (opcode._nb_ops order). */
export const NB_XOR: number = 12;
/** BINARY_OP's oparg for NB_INPLACE_ADD (opcode._nb_ops order). */
export const NB_INPLACE_ADD: number = 13;
/** BINARY_OP's oparg for NB_INPLACE_AND (opcode._nb_ops order). */
export const NB_INPLACE_AND: number = 14;
/** BINARY_OP's oparg for NB_INPLACE_FLOOR_DIVIDE (opcode._nb_ops order). */
export const NB_INPLACE_FLOOR_DIVIDE: number = 15;
/** BINARY_OP's oparg for NB_INPLACE_LSHIFT (opcode._nb_ops order). */
export const NB_INPLACE_LSHIFT: number = 16;
/** BINARY_OP's oparg for NB_INPLACE_MATRIX_MULTIPLY (opcode._nb_ops order). */
export const NB_INPLACE_MATRIX_MULTIPLY: number = 17;
/** BINARY_OP's oparg for NB_INPLACE_MULTIPLY (opcode._nb_ops order). */
export const NB_INPLACE_MULTIPLY: number = 18;
/** BINARY_OP's oparg for NB_INPLACE_REMAINDER (opcode._nb_ops order). */
export const NB_INPLACE_REMAINDER: number = 19;
/** BINARY_OP's oparg for NB_INPLACE_OR (opcode._nb_ops order). */
export const NB_INPLACE_OR: number = 20;
/** BINARY_OP's oparg for NB_INPLACE_POWER (opcode._nb_ops order). */
export const NB_INPLACE_POWER: number = 21;
/** BINARY_OP's oparg for NB_INPLACE_RSHIFT (opcode._nb_ops order). */
export const NB_INPLACE_RSHIFT: number = 22;
/** BINARY_OP's oparg for NB_INPLACE_SUBTRACT (opcode._nb_ops order). */
export const NB_INPLACE_SUBTRACT: number = 23;
/** BINARY_OP's oparg for NB_INPLACE_TRUE_DIVIDE (opcode._nb_ops order). */
export const NB_INPLACE_TRUE_DIVIDE: number = 24;
/** BINARY_OP's oparg for NB_INPLACE_XOR (opcode._nb_ops order). */
export const NB_INPLACE_XOR: number = 25;
/** The operator of each BINARY_OP oparg (opcode._nb_ops), for error messages. */
export const NB_SYMBOLS: readonly string[] = [ "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=" ];
/** opcode.cmp_op: COMPARE_OP's oparg >> 4 → operator. */
export const CMP_OP: readonly string[] = [ "<", "<=", "==", "!=", ">", ">=" ];
/** opcode._intrinsic_1_descs: CALL_INTRINSIC_1's oparg → name. */
export const INTRINSIC_1_DESCS: readonly string[] = [ "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS" ];
/** opcode._intrinsic_2_descs: CALL_INTRINSIC_2's oparg → name. */
export const INTRINSIC_2_DESCS: readonly string[] = [ "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS" ];
