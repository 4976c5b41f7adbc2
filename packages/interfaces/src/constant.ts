/**
 * Python constants as they cross stage boundaries: `ast.Constant.value` and a code object's
 * `co_consts`. One form serves in memory and in JSON, so a stage's output can be written with
 * `JSON.stringify` and read back unchanged.
 *
 * JSON has no ints beyond 2**53, no bytes, no distinction between 1 and 1.0, no tuples; so:
 *   None → null · bool → true/false · str → a JSON string, except a str holding any surrogate
 *   code point (U+D800–U+DFFF) → {"$str": [code point, …]} (see PyStr)
 *   int → {"$int": "<decimal>"} · float → {"$float": "<Python repr>"} (so inf, nan, -0.0 survive)
 *   complex → {"$complex": ["<real repr>", "<imag repr>"]} · bytes → {"$bytes": "<latin-1 text>"}
 *   Ellipsis → {"$ellipsis": null} · tuple → {"$tuple": [...]} · frozenset → {"$frozenset": [...]}
 *   code object → {"$code": CodeObject}
 */
import type { CodeObject } from './code';

export type PyConstant =
  | null
  | boolean
  | string
  | PyStr
  | PyInt
  | PyFloat
  | PyComplex
  | PyBytes
  | PyEllipsis
  | PyTuple
  | PyFrozenset
  | PyCodeConstant;

/**
 * A str that contains a surrogate code point, as its code points. Used exactly then: in a JS
 * string two escaped surrogates such as "\ud800\udc00" (two code points in Python) would become
 * one astral character, and a lone surrogate does not survive UTF-8 I/O. Every other str is a
 * plain JSON string, whose surrogate pairs are astral characters.
 */
export interface PyStr { $str: number[] }
export interface PyInt { $int: string }
export interface PyFloat { $float: string }
export interface PyComplex { $complex: [real: string, imag: string] }
/** Each character's code (0–255) is one byte. */
export interface PyBytes { $bytes: string }
export interface PyEllipsis { $ellipsis: null }
export interface PyTuple { $tuple: PyConstant[] }
export interface PyFrozenset { $frozenset: PyConstant[] }
export interface PyCodeConstant { $code: CodeObject }
