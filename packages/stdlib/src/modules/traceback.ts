/**
 * `traceback`, the part programs call most: print_exception / format_exception /
 * format_exception_only / print_exc / format_exc / print_stack / format_stack, producing the text
 * the interpreter itself prints for an uncaught exception (vm-core's traceback formatter: the
 * same `^^^^` markers, chained causes and contexts). The StackSummary/FrameSummary/
 * TracebackException classes are not written yet (docs/stdlib.md).
 */
import {
  PyModule, PyObject, PyBaseException, None, TypeErrorType, callMethod, decref, formatException, formatExceptionOnly,
  formatStack, getAttr, importModule, newList, newStr, raise, splitKw, tstate, isSubtype, typeType,
} from '@pyglass/vm-core';
import { defineFunction } from './module-def.js';

function write(file: PyObject | null, text: string): void {
  let target = file;
  let sys: PyObject | null = null;
  if (target === null || target === None) {
    sys = importModule('sys');
    target = getAttr(sys, 'stderr');
  }
  try {
    const s = newStr(text);
    decref(callMethod(target, 'write', [s]));
    decref(s);
  } finally {
    if (sys !== null) {
      decref(target);
      decref(sys);
    }
  }
}

/** The exception a (exc) / (type, value, tb) argument list designates, or null for None. */
function exceptionOf(args: PyObject[], fn: string): PyBaseException | null {
  const first = args[0];
  if (first === undefined) throw raise(TypeErrorType, `${fn}() missing required positional argument: 'exc'`);
  if (first instanceof PyBaseException) return first;
  if (first === None) {
    const v = args[1];
    return v instanceof PyBaseException ? v : null;
  }
  if (isSubtype(first.type, typeType)) {
    const v = args[1];
    if (v instanceof PyBaseException) return v;
    return null;
  }
  throw raise(TypeErrorType, `Exception expected for value, ${first.type.name} found`);
}

function lines(text: string): PyObject {
  const out: PyObject[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) break;
    out.push(newStr(text.slice(start, nl + 1)));
    start = nl + 1;
  }
  if (start < text.length) out.push(newStr(text.slice(start)));
  return newList(out);
}

export function initTraceback(m: PyModule): void {
  defineFunction(m, 'format_exception', (_s, a, k) => {
    const [pos] = splitKw(a, k);
    const e = exceptionOf(pos, 'format_exception');
    return lines(e === null ? 'NoneType: None\n' : formatException(e));
  });
  defineFunction(m, 'print_exception', (_s, a, k) => {
    const [pos, kw] = splitKw(a, k);
    const e = exceptionOf(pos, 'print_exception');
    write(kw?.get('file') ?? pos[4] ?? null, e === null ? 'NoneType: None\n' : formatException(e));
    return None;
  });
  defineFunction(m, 'format_exception_only', (_s, a, k) => {
    const [pos] = splitKw(a, k);
    const e = exceptionOf(pos, 'format_exception_only');
    return lines(e === null ? 'NoneType: None\n' : formatExceptionOnly(e));
  });
  const current = (): PyBaseException | null => (tstate.excInfo instanceof PyBaseException ? tstate.excInfo : null);
  defineFunction(m, 'format_exc', () => {
    const e = current();
    return newStr(e === null ? 'NoneType: None\n' : formatException(e));
  });
  defineFunction(m, 'print_exc', (_s, a, k) => {
    const [pos, kw] = splitKw(a, k);
    const e = current();
    write(kw?.get('file') ?? pos[1] ?? null, e === null ? 'NoneType: None\n' : formatException(e));
    return None;
  });
  defineFunction(m, 'format_stack', () => lines(formatStack(tstate.frame)));
  defineFunction(m, 'print_stack', (_s, a, k) => {
    const [pos, kw] = splitKw(a, k);
    write(kw?.get('file') ?? pos[2] ?? null, formatStack(tstate.frame));
    return None;
  });
}
