/**
 * collections.UserDict, UserList and UserString, native: wrappers whose state is the instance
 * attribute `data` (a dict, a list, a str), as in CPython's Lib/collections/__init__.py. Every
 * operation goes through the object protocol on `self` where CPython's MutableMapping /
 * MutableSequence mixins do (update → self[key] = value, setdefault → self[key], pop → del
 * self[key] …), so subclasses that override `__setitem__` or `__getitem__` see the same calls as
 * in CPython; results that CPython wraps (`self.__class__(…)`) are wrapped the same way.
 */
import {
  PyObject, PyType, PyModule, PyDict, PyList, PyStr, TypeErrorType, KeyErrorType, None, NotImplemented, newStr, newTuple, newList, newDict, raise, newException, decref, newref, call, getIter, iterNext,
  repr, str, richCompare, binaryOp, isSubtype, isInstance, lookupType, getAttr, setAttr, getItem, setItem, delItem, contains,
  len, toArray, dictGetStr, dictSetStr, dictCopy, callMethod, isDictObj, listType, dictType, strType, sliceType, type NativeFn,
} from '@pyglass/vm-core';
import { checkPositional, parseArgs } from './number-args.js';
import { immortalizeType, makeNativeType } from './native-type.js';
import { defineValue } from './module-def.js';

const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_OR = 7;
const NB_REMAINDER = 6;

/** self.data (a new reference). */
function dataOf(self: PyObject): PyObject {
  if (self.dict !== null) {
    const d = dictGetStr(self.dict, 'data');
    if (d !== null) return newref(d);
  }
  return getAttr(self, 'data');
}
/** A new instance of self's class from one argument (self.__class__(arg)). */
function sameClass(self: PyObject, arg: PyObject): PyObject {
  return call(self.type, [arg], null);
}
function withData<T>(self: PyObject, f: (d: PyObject) => T): T {
  const d = dataOf(self);
  try {
    return f(d);
  } finally {
    decref(d);
  }
}

// ---------------------------------------------------------------------------------------------
// UserDict

let userDictType: PyType | null = null;
let userListType: PyType | null = null;
let userStringType: PyType | null = null;

/** MutableMapping.update: mappings by keys(), iterables of pairs, then keywords; through self[k] = v. */
function mappingUpdate(self: PyObject, other: PyObject | null, kwVals: PyObject[], kwNames: string[]): void {
  if (other !== null) {
    if (isDictObj(other) || lookupType(other.type, 'keys') !== null) {
      const keysObj = isDictObj(other) ? newref(other) : callMethod(other, 'keys', []);
      const keys = toArray(keysObj);
      decref(keysObj);
      try {
        for (const k of keys) {
          const v = getItem(other, k);
          try {
            setItem(self, k, v);
          } finally {
            decref(v);
          }
        }
      } finally {
        for (const k of keys) decref(k);
      }
    } else {
      const it = getIter(other);
      try {
        for (let p = iterNext(it); p !== null; p = iterNext(it)) {
          const kv = toArray(p);
          decref(p);
          try {
            if (kv.length !== 2) throw raise(TypeErrorType, `cannot unpack non-iterable object`);
            setItem(self, kv[0], kv[1]);
          } finally {
            for (const x of kv) decref(x);
          }
        }
      } finally {
        decref(it);
      }
    }
  }
  for (let i = 0; i < kwNames.length; i++) {
    const k = newStr(kwNames[i]);
    try {
      setItem(self, k, kwVals[i]);
    } finally {
      decref(k);
    }
  }
}

function buildUserDict(): PyType {
  const t = makeNativeType({
    name: 'UserDict', module: 'collections', size: 48, unhashable: true, pythonClass: true, slots: (tt) => {
      tt.tp_init = (self, args, kw) => {
        const nkw = kw === null ? 0 : kw.length;
        const npos = args.length - nkw;
        if (npos > 1) throw raise(TypeErrorType, `UserDict.__init__() takes from 1 to 2 positional arguments but ${npos + 1} were given`);
        if (self.dict === null) self.dict = newDict();
        const d = newDict();
        dictSetStr(self.dict, 'data', d);
        decref(d);
        const src = npos === 1 && args[0] !== None ? args[0] : null;
        mappingUpdate(self, src, args.slice(npos), kw === null ? [] : kw);
      };
      tt.mp_length = (o) => withData(o, (d) => len(d));
      tt.mp_subscript = (o, key) => withData(o, (d) => {
        if (contains(d, key)) return getItem(d, key);
        if (lookupType(o.type, '__missing__') !== null) return callMethod(o, '__missing__', [key]);
        throw newException(KeyErrorType, [newref(key)]);
      });
      tt.mp_ass_subscript = (o, key, v) => withData(o, (d) => {
        if (v === null) delItem(d, key);
        else setItem(d, key, v);
      });
      tt.sq_contains = (o, key) => withData(o, (d) => contains(d, key));
      tt.tp_iter = (o) => withData(o, (d) => getIter(d));
      tt.tp_repr = (o) => withData(o, (d) => repr(d));
      tt.nb_bool = (o) => withData(o, (d) => len(d) > 0);
      tt.tp_richcompare = (a, b, op) => {
        if (op !== 2 && op !== 3) return NotImplemented;
        const isMapping = isDictObj(b) || isInstance(b, t);
        if (!isMapping) return NotImplemented;
        const x = toDict(a);
        const y = toDict(b);
        try {
          return richCompare(x, y, op);
        } finally {
          decref(x);
          decref(y);
        }
      };
      tt.nb[NB_OR] = (a, b) => {
        if (!isInstance(a, t)) {
          // other | self (__ror__)
          if (!isDictObj(a)) return NotImplemented;
          return withData(b, (d) => {
            const merged = binaryOp(a, d, NB_OR);
            try {
              return sameClass(b, merged);
            } finally {
              decref(merged);
            }
          });
        }
        let other: PyObject;
        if (isInstance(b, t)) other = dataOf(b);
        else if (isDictObj(b)) other = newref(b);
        else return NotImplemented;
        try {
          return withData(a, (d) => {
            const merged = binaryOp(d, other, NB_OR);
            try {
              return sameClass(a, merged);
            } finally {
              decref(merged);
            }
          });
        } finally {
          decref(other);
        }
      };
      tt.nb[13 + NB_OR] = (a, b) => {
        const other = isInstance(b, t) ? dataOf(b) : newref(b);
        try {
          withData(a, (d) => decref(binaryOp(d, other, 13 + NB_OR)));
        } finally {
          decref(other);
        }
        return newref(a);
      };
    },
    methods: {
      get: (self, a) => {
        checkPositional('get', a.length, 1, 2);
        if (contains(self, a[0])) return getItem(self, a[0]);
        return newref(a[1] ?? None);
      },
      keys: (self) => withData(self, (d) => callMethod(d, 'keys', [])),
      values: (self) => withData(self, (d) => callMethod(d, 'values', [])),
      items: (self) => withData(self, (d) => callMethod(d, 'items', [])),
      update: (self, a, kw) => {
        const nkw = kw === null ? 0 : kw.length;
        const npos = a.length - nkw;
        if (npos > 1) throw raise(TypeErrorType, `update expected at most 1 argument, got ${npos}`);
        mappingUpdate(self, npos === 1 ? a[0] : null, a.slice(npos), kw === null ? [] : kw);
        return None;
      },
      setdefault: (self, a) => {
        checkPositional('setdefault', a.length, 1, 2);
        try {
          return getItem(self, a[0]);
        } catch (e) {
          if (!(e instanceof PyObject) || !isSubtype(e.type, KeyErrorType)) throw e;
          decref(e);
        }
        const dflt = a[1] ?? None;
        setItem(self, a[0], dflt);
        return newref(dflt);
      },
      pop: (self, a) => {
        checkPositional('pop', a.length, 1, 2);
        let v: PyObject;
        try {
          v = getItem(self, a[0]);
        } catch (e) {
          if (!(e instanceof PyObject) || !isSubtype(e.type, KeyErrorType) || a.length < 2) throw e;
          decref(e);
          return newref(a[1]);
        }
        delItem(self, a[0]);
        return v;
      },
      popitem: (self) => {
        const it = getIter(self);
        let k: PyObject | null;
        try {
          k = iterNext(it);
        } finally {
          decref(it);
        }
        if (k === null) throw newException(KeyErrorType, []);
        try {
          const v = getItem(self, k);
          delItem(self, k);
          return newTuple([newref(k), v]);
        } finally {
          decref(k);
        }
      },
      clear: (self) => {
        withData(self, (d) => decref(callMethod(d, 'clear', [])));
        return None;
      },
      copy: (self) => {
        if (self.type === t) return withData(self, (d) => {
          const c = isDictObj(d) ? dictCopy(d) : callMethod(d, 'copy', []);
          try {
            return call(t, [c], null);
          } finally {
            decref(c);
          }
        });
        const c = call(self.type, [], null);
        mappingUpdate(c, self, [], []);
        return c;
      },
      __copy__: (self) => {
        const inst = self.type.tp_new!(self.type, [], null);
        if (inst.dict === null) inst.dict = newDict();
        if (self.dict !== null) {
          const src = self.dict;
          for (let i = 0; i < src.keys.length; i++) {
            const k = src.keys[i];
            if (k !== null) dictSetStr(inst.dict, (k as PyStr).s, src.values[i]!);
          }
        }
        withData(self, (d) => {
          const c = callMethod(d, 'copy', []);
          dictSetStr(inst.dict!, 'data', c);
          decref(c);
        });
        return inst;
      },
    },
    classMethods: {
      fromkeys: (cls, a) => {
        checkPositional('fromkeys', a.length, 1, 2);
        const d = call(cls, [], null);
        const it = getIter(a[0]);
        try {
          for (let k = iterNext(it); k !== null; k = iterNext(it)) {
            try {
              setItem(d, k, a[1] ?? None);
            } finally {
              decref(k);
            }
          }
        } finally {
          decref(it);
        }
        return d;
      },
    },
  });
  t.hasInstanceDict = true;
  return immortalizeType(t);
}

/** dict(x.items()) for a UserDict or a dict (equality of mappings). */
function toDict(o: PyObject): PyObject {
  if (isDictObj(o)) return newref(o);
  const d = newDict();
  const items = toArray(callMethod(o, 'items', []));
  for (const kv of items) {
    const [k, v] = toArray(kv);
    decref(kv);
    setItem(d, k, v);
    decref(k);
    decref(v);
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// UserList

function listDataArg(t: PyType, other: PyObject): PyObject {
  // UserList.__cast: another UserList gives its data.
  return isInstance(other, t) ? dataOf(other) : newref(other);
}

function buildUserList(): PyType {
  const t: PyType = makeNativeType({
    name: 'UserList', module: 'collections', size: 48, unhashable: true, pythonClass: true, slots: (tt) => {
      tt.tp_init = (self, args, kw) => {
        const [initlist] = parseArgs('UserList.__init__', args, kw, ['initlist'], 0, [], /* posOnly */ true);
        if (self.dict === null) self.dict = newDict();
        let data: PyObject;
        if (initlist === undefined || initlist === None) data = newList([]);
        else if (initlist.type === listType) data = newList((initlist as PyList).items.map((x) => newref(x)));
        else if (isInstance(initlist, t)) data = withData(initlist, (d) => newList(toArray(d)));
        else data = newList(toArray(initlist));
        dictSetStr(self.dict, 'data', data);
        decref(data);
      };
      tt.mp_length = (o) => withData(o, (d) => len(d));
      tt.mp_subscript = (o, i) => withData(o, (d) => {
        const r = getItem(d, i);
        if (i.type === sliceType) {
          try {
            return sameClass(o, r);
          } finally {
            decref(r);
          }
        }
        return r;
      });
      tt.mp_ass_subscript = (o, i, v) => withData(o, (d) => {
        if (v === null) delItem(d, i);
        else setItem(d, i, v);
      });
      tt.sq_contains = (o, x) => withData(o, (d) => contains(d, x));
      tt.tp_iter = (o) => withData(o, (d) => getIter(d));
      tt.tp_repr = (o) => withData(o, (d) => repr(d));
      tt.nb_bool = (o) => withData(o, (d) => len(d) > 0);
      tt.tp_richcompare = (a, b, op) => {
        const other = listDataArg(t, b);
        try {
          return withData(a, (d) => richCompare(d, other, op));
        } finally {
          decref(other);
        }
      };
      tt.nb[NB_ADD] = (a, b) => {
        if (!isInstance(a, t)) {
          // other + self (__radd__)
          if (a.type.tp_iter === null) return NotImplemented;
          const l = newList(toArray(a));
          try {
            return withData(b, (d) => {
              const s = binaryOp(l, d, NB_ADD);
              try {
                return sameClass(b, s);
              } finally {
                decref(s);
              }
            });
          } finally {
            decref(l);
          }
        }
        return withData(a, (d) => {
          let s: PyObject;
          if (isInstance(b, t)) s = withData(b, (e) => binaryOp(d, e, NB_ADD));
          else if (b.type === listType || isSubtype(b.type, listType)) s = binaryOp(d, b, NB_ADD);
          else {
            const l = newList(toArray(b));
            s = binaryOp(d, l, NB_ADD);
            decref(l);
          }
          try {
            return sameClass(a, s);
          } finally {
            decref(s);
          }
        });
      };
      tt.nb[13 + NB_ADD] = (a, b) => {
        withData(a, (d) => {
          const other = isInstance(b, t) ? dataOf(b) : newref(b);
          try {
            decref(callMethod(d, 'extend', [other]));
          } finally {
            decref(other);
          }
        });
        return newref(a);
      };
      tt.nb[NB_MULTIPLY] = (a, b) => {
        const self = isInstance(a, t) ? a : b;
        const n = self === a ? b : a;
        return withData(self, (d) => {
          const r = binaryOp(d, n, NB_MULTIPLY);
          try {
            return sameClass(self, r);
          } finally {
            decref(r);
          }
        });
      };
      tt.nb[13 + NB_MULTIPLY] = (a, b) => {
        withData(a, (d) => {
          const r = binaryOp(d, b, 13 + NB_MULTIPLY);
          decref(r);
        });
        return newref(a);
      };
    },
    methods: Object.fromEntries(([
      ['append', 1, 1], ['insert', 2, 2], ['remove', 1, 1], ['clear', 0, 0], ['count', 1, 1], ['index', 1, 3], ['reverse', 0, 0],
      ['pop', 0, 1],
    ] as [string, number, number][]).map(([name, min, max]) => [name, ((self, a) => {
      checkPositional(name, a.length, min, max);
      return withData(self, (d) => callMethod(d, name, a));
    }) as NativeFn]).concat([
      ['sort', ((self, a, kw) => withData(self, (d) => {
        const f = getAttr(d, 'sort');
        try {
          return call(f, a, kw);
        } finally {
          decref(f);
        }
      })) as NativeFn],
      ['extend', ((self, a) => {
        checkPositional('extend', a.length, 1, 1);
        const other = isInstance(a[0], userListType!) ? dataOf(a[0]) : newref(a[0]);
        try {
          return withData(self, (d) => callMethod(d, 'extend', [other]));
        } finally {
          decref(other);
        }
      }) as NativeFn],
      ['copy', ((self) => sameClass(self, self)) as NativeFn],
      ['__copy__', ((self) => {
        const inst = self.type.tp_new!(self.type, [], null);
        if (inst.dict === null) inst.dict = newDict();
        if (self.dict !== null) {
          const src = self.dict;
          for (let i = 0; i < src.keys.length; i++) {
            const k = src.keys[i];
            if (k !== null) dictSetStr(inst.dict, (k as PyStr).s, src.values[i]!);
          }
        }
        withData(self, (d) => {
          const c = newList(toArray(d));
          dictSetStr(inst.dict!, 'data', c);
          decref(c);
        });
        return inst;
      }) as NativeFn],
    ])),
  });
  t.hasInstanceDict = true;
  return t;
}

// ---------------------------------------------------------------------------------------------
// UserString

/** Methods whose str result UserString wraps in self.__class__. */
const WRAPPED = ['capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip', 'removeprefix', 'removesuffix',
  'replace', 'rjust', 'rstrip', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'];
/** Methods returned as str's own results. */
const PLAIN = ['count', 'encode', 'endswith', 'find', 'format', 'format_map', 'index', 'isalpha', 'isalnum', 'isascii',
  'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join',
  'partition', 'rfind', 'rindex', 'rpartition', 'rsplit', 'split', 'splitlines', 'startswith'];

function buildUserString(): PyType {
  const strData = (t: PyType, o: PyObject): PyObject => (isInstance(o, t) ? dataOf(o) : newref(o));
  const methods: Record<string, NativeFn> = {};
  let t: PyType;
  const unwrapArgs = (a: PyObject[]): PyObject[] => a.map((x) => strData(t, x));
  for (const name of [...WRAPPED, ...PLAIN]) {
    methods[name] = (self, a, kw) => withData(self, (d) => {
      const args = unwrapArgs(a);
      const f = getAttr(d, name);
      let r: PyObject;
      try {
        r = call(f, args, kw);
      } finally {
        decref(f);
        for (const x of args) decref(x);
      }
      if (!WRAPPED.includes(name)) return r;
      try {
        return sameClass(self, r);
      } finally {
        decref(r);
      }
    });
  }
  t = makeNativeType({
    name: 'UserString', module: 'collections', size: 48, slots: (tt) => {
      tt.tp_init = (self, args, kw) => {
        const [seq] = parseArgs('UserString.__init__', args, kw, ['seq'], 1, [], /* posOnly */ false);
        if (self.dict === null) self.dict = newDict();
        let data: PyObject;
        if (seq!.type === strType) data = newref(seq!);
        else if (isInstance(seq!, t)) data = withData(seq!, (d) => newStr(str(d)));
        else data = newStr(str(seq!));
        dictSetStr(self.dict, 'data', data);
        decref(data);
      };
      tt.tp_str = (o) => withData(o, (d) => str(d));
      tt.tp_repr = (o) => withData(o, (d) => repr(d));
      tt.tp_hash = (o, out) => withData(o, (d) => d.type.tp_hash!(d, out));
      tt.mp_length = (o) => withData(o, (d) => len(d));
      tt.mp_subscript = (o, i) => withData(o, (d) => {
        const r = getItem(d, i);
        try {
          return sameClass(o, r);
        } finally {
          decref(r);
        }
      });
      tt.sq_contains = (o, x) => withData(o, (d) => {
        const c = strData(t, x);
        try {
          return contains(d, c);
        } finally {
          decref(c);
        }
      });
      tt.tp_iter = (o) => withData(o, (d) => getIter(d));
      tt.tp_richcompare = (a, b, op) => {
        const other = strData(t, b);
        try {
          return withData(a, (d) => richCompare(d, other, op));
        } finally {
          decref(other);
        }
      };
      const wrapOp = (op: number) => (a: PyObject, b: PyObject): PyObject => {
        const self = isInstance(a, t) ? a : b;
        const x = strData(t, a);
        const y = strData(t, b);
        try {
          const r = binaryOp(x, y, op);
          try {
            return sameClass(self, r);
          } finally {
            decref(r);
          }
        } finally {
          decref(x);
          decref(y);
        }
      };
      tt.nb[NB_ADD] = wrapOp(NB_ADD);
      tt.nb[NB_MULTIPLY] = wrapOp(NB_MULTIPLY);
      tt.nb[NB_REMAINDER] = wrapOp(NB_REMAINDER);
    },
    methods,
  });
  t.hasInstanceDict = true;
  return t;
}

/** UserDict, UserList, UserString once made (collections.abc registers them). */
export function userTypes(): { dict: PyType; list: PyType; str: PyType } | null {
  return userDictType === null ? null : { dict: userDictType, list: userListType!, str: userStringType! };
}

export function initUserCollections(m: PyModule): void {
  if (userDictType === null) {
    userDictType = buildUserDict();
    userListType = buildUserList();
    userStringType = buildUserString();
  }
  defineValue(m, 'UserDict', newref(userDictType));
  defineValue(m, 'UserList', newref(userListType!));
  defineValue(m, 'UserString', newref(userStringType!));
}
