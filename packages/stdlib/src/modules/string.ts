/**
 * `string` (CPython's Lib/string.py), native: the character-class constants, capwords (through
 * str's own split/capitalize/join, so its edge cases are str's), and Template — substitute,
 * safe_substitute, get_identifiers, is_valid — with a scanner equivalent to Template's default
 * pattern (`$$`, `$identifier`, `${identifier}`, ASCII identifiers, case-insensitive) and its
 * "Invalid placeholder in string: line L, col C" errors. A subclass may change `delimiter`; custom
 * `idpattern`/`pattern` (which need the `re` module) are not supported yet. Formatter is not done.
 */
import {
  PyObject, PyType, PyModule, PyStr, PyList, TypeErrorType, ValueErrorType, KeyErrorType, None, True, False, newStr, newList,
  raise, decref, newref, getItem, str, callMethod, lookupAttr, dictGetStr, dictSetStr, newDict, isSubtype, isStr, dictSet,
  newException, type NativeFn,
} from '@pyglass/vm-core';
import { parseArgs } from './number-args.js';
import { defineFunction, defineValue } from './module-def.js';
import { makeNativeType } from './native-type.js';

const WHITESPACE = ' \t\n\r\x0b\x0c';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** One placeholder found by the scanner. */
interface Match {
  start: number;
  end: number;
  kind: 'escaped' | 'named' | 'braced' | 'invalid';
  name: string;
}

function isIdStart(c: number): boolean {
  return c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isIdChar(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57);
}

/** The matches of Template's default pattern, left to right (what re.finditer would give). */
function scan(template: string, delim: string): Match[] {
  const out: Match[] = [];
  const dl = delim.length;
  let i = 0;
  while (dl > 0) {
    const p = template.indexOf(delim, i);
    if (p < 0) break;
    const q = p + dl;
    if (template.startsWith(delim, q)) {
      out.push({ start: p, end: q + dl, kind: 'escaped', name: '' });
      i = q + dl;
      continue;
    }
    if (q < template.length && isIdStart(template.charCodeAt(q))) {
      let e = q + 1;
      while (e < template.length && isIdChar(template.charCodeAt(e))) e++;
      out.push({ start: p, end: e, kind: 'named', name: template.slice(q, e) });
      i = e;
      continue;
    }
    if (template.charCodeAt(q) === 123 && q + 1 < template.length && isIdStart(template.charCodeAt(q + 1))) {
      let e = q + 2;
      while (e < template.length && isIdChar(template.charCodeAt(e))) e++;
      if (template.charCodeAt(e) === 125) {
        out.push({ start: p, end: e + 1, kind: 'braced', name: template.slice(q + 1, e) });
        i = e + 1;
        continue;
      }
    }
    out.push({ start: p, end: q, kind: 'invalid', name: '' });
    i = q;
  }
  return out;
}

const LINE_BREAKS = new Set([10, 11, 12, 13, 28, 29, 30, 133, 0x2028, 0x2029]);

function invalid(template: string, m: Match): never {
  // i is where the (empty) invalid group starts: just after the delimiter.
  const i = m.end;
  const head = template.slice(0, i);
  const lines: string[] = [];
  let s = 0;
  for (let k = 0; k < head.length; k++) {
    const c = head.charCodeAt(k);
    if (!LINE_BREAKS.has(c)) continue;
    if (c === 13 && head.charCodeAt(k + 1) === 10) k++;
    lines.push(head.slice(s, k + 1));
    s = k + 1;
  }
  if (s < head.length) lines.push(head.slice(s));
  let lineno = 1;
  let colno = 1;
  if (lines.length > 0) {
    colno = i - lines.slice(0, -1).join('').length;
    lineno = lines.length;
  }
  throw raise(ValueErrorType, `Invalid placeholder in string: line ${lineno}, col ${colno}`);
}

function templateOf(self: PyObject): string {
  const t = self.dict === null ? null : dictGetStr(self.dict, 'template');
  if (t === null || !isStr(t)) throw raise(TypeErrorType, 'expected string or bytes-like object');
  return t.s;
}
function delimiterOf(self: PyObject): string {
  const d = lookupAttr(self, 'delimiter');
  if (d === null) return '$';
  const s = isStr(d) ? d.s : '$';
  decref(d);
  return s;
}

function substitute(self: PyObject, args: PyObject[], kw: string[] | null, safe: boolean): PyObject {
  const name = safe ? 'safe_substitute' : 'substitute';
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos > 1) throw raise(TypeErrorType, `Template.${name}() takes from 1 to 2 positional arguments but ${npos + 1} were given`);
  const kwd = newDict();
  for (let i = 0; i < nkw; i++) {
    const k = newStr(kw![i]);
    dictSet(kwd, k, args[npos + i]);
    decref(k);
  }
  const base = npos === 1 ? args[0] : null;
  const template = templateOf(self);
  const delim = delimiterOf(self);
  const lookup = (key: string): PyObject => {
    const hit = dictGetStr(kwd, key);
    if (hit !== null) return newref(hit);
    const k = newStr(key);
    try {
      if (base === null) throw newException(KeyErrorType, [newref(k)]);
      return getItem(base, k);
    } finally {
      decref(k);
    }
  };
  try {
    let out = '';
    let last = 0;
    for (const m of scan(template, delim)) {
      out += template.slice(last, m.start);
      last = m.end;
      if (m.kind === 'escaped') out += delim;
      else if (m.kind === 'invalid') {
        if (!safe) invalid(template, m);
        out += template.slice(m.start, m.end);
      } else {
        let v: PyObject;
        try {
          v = lookup(m.name);
        } catch (e) {
          if (safe && e instanceof PyObject && isSubtype(e.type, KeyErrorType)) {
            decref(e);
            out += template.slice(m.start, m.end);
            continue;
          }
          throw e;
        }
        out += str(v);
        decref(v);
      }
    }
    out += template.slice(last);
    return newStr(out);
  } finally {
    decref(kwd);
  }
}

let templateType: PyType | null = null;

function buildTemplate(): PyType {
  const methods: Record<string, NativeFn> = {
    substitute: (self, a, kw) => substitute(self, a, kw, /* safe */ false),
    safe_substitute: (self, a, kw) => substitute(self, a, kw, /* safe */ true),
    get_identifiers: (self) => {
      const ids: string[] = [];
      for (const m of scan(templateOf(self), delimiterOf(self))) {
        if ((m.kind === 'named' || m.kind === 'braced') && !ids.includes(m.name)) ids.push(m.name);
      }
      return newList(ids.map((s) => newStr(s)));
    },
    is_valid: (self) => (scan(templateOf(self), delimiterOf(self)).some((m) => m.kind === 'invalid') ? False : True),
  };
  const t = makeNativeType({
    name: 'Template', module: 'string', size: 48, slots: (tt) => {
      tt.tp_init = (self, args, kw) => {
        const [template] = parseArgs('Template.__init__', args, kw, ['template'], 1, [], /* posOnly */ false);
        if (self.dict === null) self.dict = newDict();
        dictSetStr(self.dict, 'template', template!);
      };
    },
    methods,
  });
  t.hasInstanceDict = true;
  const set = (k: string, v: PyObject): void => {
    dictSetStr(t.ns, k, v);
    decref(v);
  };
  set('delimiter', newStr('$'));
  set('idpattern', newStr('(?a:[_a-z][_a-z0-9]*)'));
  dictSetStr(t.ns, 'braceidpattern', None);
  return t;
}

export function initString(m: PyModule): void {
  const consts: [string, string][] = [
    ['whitespace', WHITESPACE], ['ascii_lowercase', LOWER], ['ascii_uppercase', UPPER], ['ascii_letters', LOWER + UPPER],
    ['digits', DIGITS], ['hexdigits', DIGITS + 'abcdef' + 'ABCDEF'], ['octdigits', '01234567'], ['punctuation', PUNCTUATION],
    ['printable', DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE],
  ];
  for (const [k, v] of consts) defineValue(m, k, newStr(v));
  defineFunction(m, 'capwords', (_s, args, kw) => {
    const [s, sep] = parseArgs('capwords', args, kw, ['s', 'sep'], 1, [], /* posOnly */ false);
    const sepArg = sep ?? None;
    const parts = callMethod(s!, 'split', [sepArg]) as PyList;
    const caps: PyObject[] = [];
    try {
      for (const p of parts.items) caps.push(callMethod(p, 'capitalize', []));
    } finally {
      decref(parts);
    }
    const joiner = sepArg !== None && truthy(sepArg) ? newref(sepArg) : newStr(' ');
    const l = newList(caps);
    try {
      return callMethod(joiner, 'join', [l]);
    } finally {
      decref(l);
      decref(joiner);
    }
  });
  if (templateType === null) templateType = buildTemplate();
  defineValue(m, 'Template', newref(templateType));
  void PyStr;
}

function truthy(o: PyObject): boolean {
  return !(isStr(o) && o.s === '');
}
