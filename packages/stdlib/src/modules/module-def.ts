/**
 * Helpers that fill a native module's namespace: functions as builtin_function_or_method objects
 * bound to the module (as CPython's PyModule_AddFunctions binds `__self__`), constants, and the
 * argument-count checks of METH_O functions ("math.sqrt() takes exactly one argument (0 given)").
 */
import {
  PyModule, PyObject, TypeErrorType, dictSetStr, decref, newBuiltin, newref, raise, type NativeFn,
} from '@pyglass/vm-core';

/** Adds `name` → builtin function to the module namespace. */
export function defineFunction(module: PyModule, name: string, fn: NativeFn): void {
  const b = newBuiltin(name, fn, newref(module));
  dictSetStr(module.dict!, name, b);
  decref(b);
}

/** Adds `name` → value (a new reference that the module takes over). */
export function defineValue(module: PyModule, name: string, value: PyObject): void {
  dictSetStr(module.dict!, name, value);
  decref(value);
}

/** The METH_O check: exactly one positional argument and no keywords. */
export function oneArg(qualname: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) throw raise(TypeErrorType, `${qualname}() takes no keyword arguments`);
  if (args.length !== 1) throw raise(TypeErrorType, `${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** No keyword arguments for a METH_FASTCALL function ("pow() takes no keyword arguments"). */
export function noKeywords(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(TypeErrorType, `${name}() takes no keyword arguments`);
}
