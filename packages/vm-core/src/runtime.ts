/**
 * Initialisation of the object model, in dependency order: type/object slots, numbers,
 * sequences, mappings, callables and exceptions, bytes, formatting, iterator types and the eval
 * loop's hooks, then `finishBuiltinTypes` (MROs, inherited slots, `int.__add__`-style wrappers).
 * Runs once per process; the builtin types are immortal and shared by every run.
 */
import { initTypeObjects, finishBuiltinTypes } from './objects/typeobject.js';
import { initNumbers, setNoneForNumbers, truthHook } from './objects/numbers.js';
import { initSequences } from './objects/sequences.js';
import { initMappings, setStrKeyMaker } from './objects/mappings.js';
import { initFunctions, intOfHook, setBoolMaker } from './objects/functions.js';
import { initBytes } from './objects/bytes-ref.js';
import { initExceptionAttrs } from './objects/exception-attrs.js';
import { initFormat } from './format.js';
import { initBuiltinTypes } from './builtins.js';
import { initEval } from './eval.js';
import { truth } from './abstract.js';
import { allBuiltinTypes } from './types.js';
import { immortalize } from './object.js';
import { None, internStr, newBool, newInt } from './objects/values.js';

let done = false;
export function initRuntime(): void {
  if (done) return;
  done = true;
  initTypeObjects();
  initNumbers();
  setNoneForNumbers(None);
  truthHook.f = truth;
  initSequences();
  initMappings();
  setStrKeyMaker(internStr);
  initFunctions();
  initExceptionAttrs();
  intOfHook.f = newInt;
  setBoolMaker(newBool);
  initBytes();
  initFormat();
  initBuiltinTypes();
  initEval();
  finishBuiltinTypes();
  // What the builtin types hold lives as long as the process (CPython's static types): immortal,
  // so a later run with another allocator never frees a block it did not hand out.
  for (const t of allBuiltinTypes) {
    for (const v of t.ns.values) if (v !== null) immortalize(v);
    for (const k of t.ns.keys) if (k !== null) immortalize(k);
  }
}
