/**
 * The vm-core primitives: exactly specified functions over plain JS values (number, bigint, string,
 * Uint8Array) that any object model needs — hashing, set/dict table order, number formatting and
 * int/str conversion — each equal to CPython 3.12's behaviour.
 */
export * from './hash-value.js';
export * from './siphash.js';
export * from './hash.js';
export * from './set-table.js';
export * from './dict-table.js';
export * from './py-error.js';
export * from './float-digits.js';
export * from './float-format.js';
export * from './format-spec.js';
export * from './unicode-digits.js';
export * from './percent-format.js';
export * from './str-repr.js';
export * from './int-str.js';
export * from './float-parse.js';
export * from './number-ops.js';
export * from './set-algebra.js';
