/**
 * `string` (CPython's Lib/string.py), native: the character-class constants, capwords (through
 * str's own split/capitalize/join, so its edge cases are str's), and Template — substitute,
 * safe_substitute, get_identifiers, is_valid — with a scanner equivalent to Template's default
 * pattern (`$$`, `$identifier`, `${identifier}`, ASCII identifiers, case-insensitive) and its
 * "Invalid placeholder in string: line L, col C" errors. A subclass may change `delimiter`; custom
 * `idpattern`/`pattern` (which need the `re` module) are not supported yet. Formatter is not done.
 */
import {
  PyObject, PyType, PyModule, PyList, TypeErrorType, ValueErrorType, KeyErrorType, None, True, False, newStr, newList,
  raise, decref, newref, getItem, str, callMethod, lookupAttr, dictGetStr, dictSetStr, newDict, isSubtype, isStr, dictSet,
  newException, newInt, newTuple, toArray, getAttr, call, repr, setType, type NativeFn,
} from '@pyglass/vm-core';
import { checkPositional, parseArgs, pyArgs } from './number-args.js';
import { defineFunction, defineValue } from './module-def.js';
import { immortalizeType, makeNativeType } from './native-type.js';

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
  return immortalizeType(t);
}


// ---------------------------------------------------------------------------------------------
// Formatter (string.py's class over _string.formatter_parser / formatter_field_name_split)

type Parsed = [string, string | null, string | null, string | null];

/** _string.formatter_parser: (literal, field_name, format_spec, conversion) tuples, as MarkupIterator. */
function formatterParse(s: string): Parsed[] {
  const out: Parsed[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const start = i;
    let c = '';
    let markup = false;
    while (i < n) {
      c = s[i++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = i >= n;
    let len = i - start;
    if (markup && c === '}' && (atEnd || s[i] !== '}')) throw raise(ValueErrorType, "Single '}' encountered in format string");
    if (markup && atEnd && c === '{') throw raise(ValueErrorType, "Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (s[i] === c) {
        i++;
        markup = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!markup) {
      out.push([literal, null, null, null]);
      continue;
    }
    // parse_field
    const nameStart = i;
    let ch = '';
    while (i < n) {
      ch = s[i++];
      if (ch === '{') throw raise(ValueErrorType, "unexpected '{' in field name");
      if (ch === '[') {
        while (i < n && s[i] !== ']') i++;
        continue;
      }
      if (ch === '}' || ch === ':' || ch === '!') break;
    }
    const nameEnd = (ch === '}' || ch === ':' || ch === '!') ? i - 1 : i;
    const name = s.slice(nameStart, nameEnd);
    let conversion: string | null = null;
    let spec = '';
    if (ch === '!' || ch === ':') {
      let done = false;
      if (ch === '!') {
        if (i >= n) throw raise(ValueErrorType, 'end of string while looking for conversion specifier');
        conversion = s[i++];
        if (i < n) {
          const c2 = s[i++];
          if (c2 === '}') done = true;
          else if (c2 !== ':') throw raise(ValueErrorType, "expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = i;
        let count = 1;
        let closed = false;
        while (i < n) {
          const c3 = s[i++];
          if (c3 === '{') count++;
          else if (c3 === '}') {
            count--;
            if (count === 0) {
              spec = s.slice(specStart, i - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) throw raise(ValueErrorType, "unmatched '{' in format spec");
      }
    } else if (ch !== '}') throw raise(ValueErrorType, "expected '}' before end of string");
    out.push([literal, name, spec, conversion]);
  }
  return out;
}

/** _string.formatter_field_name_split: the first part (an int when all digits) and the rest. */
function fieldNameSplit(name: string): [string | number, [boolean, string | number][]] {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const firstText = name.slice(0, i);
  const asIndex = (t: string): string | number => (/^[0-9]+$/.test(t) ? Number(t) : t);
  const rest: [boolean, string | number][] = [];
  while (i < name.length) {
    const c = name[i++];
    if (c === '.') {
      const st = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      const attr = name.slice(st, i);
      if (attr === '') throw raise(ValueErrorType, 'Empty attribute in format string');
      rest.push([true, attr]);
    } else if (c === '[') {
      const st = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) throw raise(ValueErrorType, "Missing ']' in format field");
      const key = name.slice(st, i);
      i++;
      if (key === '') throw raise(ValueErrorType, 'Empty attribute in format string');
      rest.push([false, asIndex(key)]);
    } else throw raise(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier");
  }
  return [firstText === '' ? '' : asIndex(firstText), rest];
}

function pyKey(k: string | number): PyObject {
  return typeof k === 'number' ? newInt(k) : newStr(k);
}

/** Formatter._vformat, calling self's parse/get_field/convert_field/format_field (subclass hooks). */
function vformat(self: PyObject, fmt: PyObject, args: PyObject, kwargs: PyObject, used: PyObject, depth: number, auto: number | false): [string, number | false] {
  if (depth < 0) throw raise(ValueErrorType, 'Max string recursion exceeded');
  let out = '';
  const parsed = toArray(callMethod(self, 'parse', [fmt]));
  try {
    for (const item of parsed) {
      const [lit, fieldO, specO, convO] = toArray(item);
      try {
        if (isStr(lit) && lit.s !== '') out += lit.s;
        if (fieldO === None) continue;
        let fieldName = isStr(fieldO) ? fieldO.s : str(fieldO);
        if (fieldName === '') {
          if (auto === false) throw raise(ValueErrorType, 'cannot switch from manual field specification to automatic field numbering');
          fieldName = String(auto);
          auto += 1;
        } else if (/^[0-9]+$/.test(fieldName)) {
          if (auto !== false && auto !== 0) throw raise(ValueErrorType, 'cannot switch from manual field specification to automatic field numbering');
          auto = false;
        }
        const fn = newStr(fieldName);
        const got = toArray(callMethod(self, 'get_field', [fn, args, kwargs]));
        decref(fn);
        const [obj0, argUsed] = got;
        try {
          decref(callMethod(used, 'add', [argUsed]));
          const obj = callMethod(self, 'convert_field', [obj0, convO]);
          try {
            const [spec, nextAuto] = vformat(self, specO, args, kwargs, used, depth - 1, auto);
            auto = nextAuto;
            const specStr = newStr(spec);
            const piece = callMethod(self, 'format_field', [obj, specStr]);
            decref(specStr);
            out += str(piece);
            decref(piece);
          } finally {
            decref(obj);
          }
        } finally {
          decref(obj0);
          decref(argUsed);
        }
      } finally {
        decref(lit);
        decref(fieldO);
        decref(specO);
        decref(convO);
      }
    }
  } finally {
    for (const x of parsed) decref(x);
  }
  return [out, auto];
}

let formatterType: PyType | null = null;

function buildFormatter(): PyType {
  const methods: Record<string, NativeFn> = {
    format: (self, a, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      const npos = a.length - nkw;
      if (npos < 1) throw raise(TypeErrorType, "Formatter.format() missing 1 required positional argument: 'format_string'");
      const args = newTuple(a.slice(1, npos).map((x) => newref(x)));
      const kwargs = newDict();
      for (let i = 0; i < nkw; i++) {
        const k = newStr(kw![i]);
        dictSet(kwargs, k, a[npos + i]);
        decref(k);
      }
      try {
        return callMethod(self, 'vformat', [a[0], args, kwargs]);
      } finally {
        decref(args);
        decref(kwargs);
      }
    },
    vformat: (self, a) => {
      checkPositional('vformat', a.length, 3, 3);
      const used = call(setTypeRef(), [], null);
      try {
        const [result] = vformat(self, a[0], a[1], a[2], used, 2, 0);
        decref(callMethod(self, 'check_unused_args', [used, a[1], a[2]]));
        return newStr(result);
      } finally {
        decref(used);
      }
    },
    parse: (_self, a) => {
      checkPositional('parse', a.length, 1, 1);
      const s = a[0];
      if (!isStr(s)) throw raise(TypeErrorType, `expected str, got ${s.type.name}`);
      return newList(formatterParse(s.s).map(([l, f, sp, c]) => newTuple([newStr(l), f === null ? None : newStr(f),
        sp === null ? None : newStr(sp), c === null ? None : newStr(c)])));
    },
    get_field: (self, a) => {
      checkPositional('get_field', a.length, 3, 3);
      const name = isStr(a[0]) ? a[0].s : str(a[0]);
      const [first, rest] = fieldNameSplit(name);
      const firstO = pyKey(first);
      let obj = callMethod(self, 'get_value', [firstO, a[1], a[2]]);
      try {
        for (const [isAttr, k] of rest) {
          let next: PyObject;
          if (isAttr) next = getAttr(obj, k as string);
          else {
            const ko = pyKey(k);
            try {
              next = getItem(obj, ko);
            } finally {
              decref(ko);
            }
          }
          decref(obj);
          obj = next;
        }
      } catch (e) {
        decref(obj);
        decref(firstO);
        throw e;
      }
      return newTuple([obj, firstO]);
    },
    get_value: (_self, a) => {
      checkPositional('get_value', a.length, 3, 3);
      const key = a[0];
      if (key.type.name === 'int' || key.type.name === 'bool') return getItem(a[1], key);
      return getItem(a[2], key);
    },
    check_unused_args: () => None,
    format_field: (_self, a) => {
      checkPositional('format_field', a.length, 2, 2);
      return callMethod(a[0], '__format__', [a[1]]);
    },
    convert_field: (_self, a) => {
      checkPositional('convert_field', a.length, 2, 2);
      const [value, conv] = a;
      if (conv === None) return newref(value);
      const c = isStr(conv) ? conv.s : str(conv);
      if (c === 's') return newStr(str(value));
      if (c === 'r') return newStr(repr(value));
      if (c === 'a') return newStr(asciiOf(repr(value)));
      throw raise(ValueErrorType, `Unknown conversion specifier ${c}`);
    },
  };
  return makeNativeType({ name: 'Formatter', module: 'string', size: 16, slots: () => undefined, methods });
}

/** ascii(): repr with non-ASCII characters escaped. */
function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp < 256) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 65536) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out;
}

export function initString(m: PyModule): void {
  const consts: [string, string][] = [
    ['whitespace', WHITESPACE], ['ascii_lowercase', LOWER], ['ascii_uppercase', UPPER], ['ascii_letters', LOWER + UPPER],
    ['digits', DIGITS], ['hexdigits', DIGITS + 'abcdef' + 'ABCDEF'], ['octdigits', '01234567'], ['punctuation', PUNCTUATION],
    ['printable', DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE],
  ];
  for (const [k, v] of consts) defineValue(m, k, newStr(v));
  defineFunction(m, 'capwords', (_s, args, kw) => {
    const [s, sep] = pyArgs('capwords', args, kw, ['s', 'sep'], 1);
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
  if (formatterType === null) formatterType = buildFormatter();
  defineValue(m, 'Formatter', newref(formatterType));
}

function truthy(o: PyObject): boolean {
  return !(isStr(o) && o.s === '');
}

function setTypeRef(): PyObject {
  return setType;
}
