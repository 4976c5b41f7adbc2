/**
 * The AST → code and code → run boundaries: a CPython 3.12 code object, field for field.
 *
 * Byte strings (`co_code`, `co_linetable`, `co_exceptiontable`) are latin-1 text in JSON, one
 * character per byte, as `PyBytes` is. The locals are kept as 3.12 keeps them internally:
 * `co_localsplusnames` with a parallel `co_localspluskinds` (CO_FAST_* bits), from which
 * `co_varnames`, `co_cellvars` and `co_freevars` are derived, exactly as marshal stores them.
 */
import type { PyConstant } from './constant';

/** `co_localspluskinds` bits (Include/internal/pycore_code.h, 3.12). */
export const LocalKind = {
  /** A hidden local of an inlined comprehension (PEP 709). */
  HIDDEN: 0x10,
  LOCAL: 0x20,
  CELL: 0x40,
  FREE: 0x80,
} as const;
export type LocalKind = (typeof LocalKind)[keyof typeof LocalKind];

/** `co_flags` bits (as `dis.COMPILER_FLAG_NAMES`, plus the future-feature flags). */
export const CodeFlag = {
  OPTIMIZED: 0x1,
  NEWLOCALS: 0x2,
  VARARGS: 0x4,
  VARKEYWORDS: 0x8,
  NESTED: 0x10,
  GENERATOR: 0x20,
  NOFREE: 0x40,
  COROUTINE: 0x80,
  ITERABLE_COROUTINE: 0x100,
  ASYNC_GENERATOR: 0x200,
} as const;
export type CodeFlag = (typeof CodeFlag)[keyof typeof CodeFlag];

export interface CodeObject {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  /** Code units with their inline-cache entries, little-endian, as `co_code` bytes. */
  co_code: string;
  co_consts: PyConstant[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: number[];
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  /** The 3.12 location table (PEP 626/657 format), as bytes. */
  co_linetable: string;
  /** The 3.11+ exception table, as bytes. */
  co_exceptiontable: string;
}
