/**
 * The exceptions whose constructors take more than a message (Objects/exceptions.c):
 * SyntaxError (and IndentationError, TabError) — `SyntaxError(msg, (filename, lineno, offset,
 * text, end_lineno, end_offset))` with those attributes and its `str` (`msg (file.py, line 3)`) —
 * and ImportError (and ModuleNotFoundError) with the keyword-only `name` and `path` and `msg`.
 * The attributes live in the exception's instance dict, so they read and assign like CPython's
 * member slots.
 */
import { PyBaseException, PyObject, PyStr, PyTuple, decref, newref } from '../object.js';
import { dictGetStr, dictSetStr, newDict } from './dict.js';
import { None, newTuple, raise } from './values.js';
import { repr, str } from '../abstract.js';
import { defGetSet, splitKw } from './typeobject.js';
import { ImportErrorType, TypeErrorType, exceptionTypes, intType, strType } from '../types.js';

const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;

function attrs(e: PyObject) {
  if (e.dict === null) e.dict = newDict();
  return e.dict;
}

/** Sets a SyntaxError's attributes from its args, as SyntaxError_init does. */
export function fillSyntaxErrorAttrs(e: PyObject): void {
  const items = (e as PyBaseException).args.items;
  const d = attrs(e);
  dictSetStr(d, 'msg', items.length >= 1 ? items[0]! : None);
  for (const f of SYNTAX_FIELDS) dictSetStr(d, f, None);
  dictSetStr(d, 'print_file_and_line', None);
  if (items.length === 2) {
    const info = items[1]!;
    if (!(info instanceof PyObject) || info.type.layout !== 5) throw raise(TypeErrorType, 'tuple index out of range');
    const parts = (info as PyTuple).items;
    if (parts.length < 4 || parts.length > 6) throw raise(exceptionTypes.get('IndexError')!, 'tuple index out of range');
    parts.forEach((v, i) => dictSetStr(d, SYNTAX_FIELDS[i]!, v));
  }
}

function basename(s: string): string {
  const i = s.lastIndexOf('/');
  return i < 0 ? s : s.slice(i + 1);
}

function syntaxErrorStr(o: PyObject): string {
  const d = attrs(o);
  const msgObj = dictGetStr(d, 'msg') ?? None;
  const msg = str(msgObj);
  const fn = dictGetStr(d, 'filename');
  const filename = fn !== null && fn.type === strType ? basename((fn as PyStr).s) : null;
  const ln = dictGetStr(d, 'lineno');
  const lineno = ln !== null && ln.type === intType ? str(ln) : null;
  if (filename !== null && lineno !== null) return `${msg} (${filename}, line ${lineno})`;
  if (filename !== null) return `${msg} (${filename})`;
  if (lineno !== null) return `${msg} (line ${lineno})`;
  return msg;
}

export function initExceptionAttrs(): void {
  const syntaxError = exceptionTypes.get('SyntaxError')!;
  // BaseException's __init__ (the subclass slots are inherited only later, in finishBuiltinTypes).
  const baseInit = exceptionTypes.get('BaseException')!.tp_init!;
  syntaxError.tp_init = (self, args, kw) => {
    baseInit(self, args, kw);
    fillSyntaxErrorAttrs(self);
  };
  syntaxError.tp_str = syntaxErrorStr;

  const importInit = (self: PyObject, args: PyObject[], kw: string[] | null) => {
    const [pos, k] = splitKw(args, kw);
    const e = self as PyBaseException;
    const d = attrs(self);
    dictSetStr(d, 'name', None);
    dictSetStr(d, 'path', None);
    if (k !== null) {
      for (const [key, v] of k) {
        if (key !== 'name' && key !== 'path') throw raise(TypeErrorType, `'${key}' is an invalid keyword argument for ${self.type.name}()`);
        dictSetStr(d, key, v);
      }
    }
    const old = e.args;
    e.args = newTuple(pos.map((a) => newref(a)));
    decref(old);
    dictSetStr(d, 'msg', pos.length === 1 ? pos[0]! : None);
  };
  ImportErrorType.tp_init = importInit;
  ImportErrorType.tp_str = (o) => {
    const m = o.dict === null ? null : dictGetStr(o.dict, 'msg');
    if (m !== null && m !== None) return str(m);
    // BaseException's str (its slot is inherited only later, in finishBuiltinTypes).
    const items = (o as PyBaseException).args.items;
    return items.length === 0 ? '' : items.length === 1 ? str(items[0]!) : repr((o as PyBaseException).args);
  };
  // The attributes as data descriptors over the instance dict, so exceptions made by the VM
  // itself (raise(), which runs no __init__) read as CPython's: msg is the lone argument, the
  // rest None.
  const member = (type: typeof ImportErrorType, name: string, fallback: (e: PyBaseException) => PyObject) => {
    defGetSet(type, name, (o) => {
      const v = o.dict === null ? null : dictGetStr(o.dict, name);
      return newref(v ?? fallback(o as PyBaseException));
    }, (o, v) => {
      if (v === null) throw raise(TypeErrorType, `can't delete ${name}`);
      dictSetStr(attrs(o), name, v);
    });
  };
  const loneArg = (e: PyBaseException) => (e.args.items.length === 1 ? e.args.items[0]! : None);
  for (const n of ['name', 'path']) member(ImportErrorType, n, () => None);
  member(ImportErrorType, 'msg', loneArg);
  member(syntaxError, 'msg', (e) => e.args.items[0] ?? None);
  for (const n of [...SYNTAX_FIELDS, 'print_file_and_line']) member(syntaxError, n, () => None);
}
