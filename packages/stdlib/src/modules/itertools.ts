/**
 * The `itertools` module (CPython's Modules/itertoolsmodule.c), native: every 3.12 iterator type —
 * count, cycle, repeat, accumulate, batched, chain (and chain.from_iterable), compress, dropwhile,
 * filterfalse, groupby (with its _grouper), islice, pairwise, starmap, takewhile, tee (a _tee per
 * branch over shared chunks of 57 values, as teedataobject), zip_longest, product, permutations,
 * combinations, combinations_with_replacement — with CPython's argument errors and reprs. Each type
 * is one JS class whose fields are owned references released by its dealloc; `tp_iternext`
 * returns null at the end, as vm-core's iterators do. The combinatoric iterators keep their index
 * vectors in Int32Arrays (why: no allocation per step beyond the result tuple).
 */
import {
  PyObject, PyType, PyModule, PyTuple, PyInt, PyBaseException, TypeErrorType, ValueErrorType, OverflowErrorType,
  RuntimeErrorType, None, newInt, newTuple, raise, decref, newref, xdecref, incref, call, getIter, iterNext, truth, repr,
  binaryOp, richEq, isInt, isSubtype, tupleType, toArray, lookupType, callSpecial, emptyTuple, type NativeFn,
} from '@pyglass/vm-core';
import { asSsize, checkPositional, parseArgs } from './number-args.js';
import { immortalizeType, makeNativeType, selfIter } from './native-type.js';
import { defMethod as defMethodOn } from '@pyglass/vm-core';
import { defineFunction, defineValue } from './module-def.js';

const NB_ADD = 0;

function noKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(TypeErrorType, `${name}() takes no keyword arguments`);
}

/** The items of a tuple argument or any iterable (PySequence_Tuple): new references. */
function tupleItems(o: PyObject): PyObject[] {
  if (o.type === tupleType) {
    const items = (o as PyTuple).items;
    for (const x of items) incref(x);
    return items.slice();
  }
  return toArray(o);
}

/** PyNumber_Check. */
function isNumber(o: PyObject): boolean {
  const t = o.type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || t.name === 'complex';
}

// ---------------------------------------------------------------------------------------------
// count

class CountObject extends PyObject {
  declare cnt: PyObject;
  declare step: PyObject;
  /** Fast mode: cnt is the JS number `n` (a safe int) and step is 1 — no object arithmetic. */
  declare fast: boolean;
  declare n: number;
  constructor(type: PyType, cnt: PyObject, step: PyObject, fast: boolean) {
    super(type, type.basicsize);
    this.cnt = cnt;
    this.step = step;
    this.fast = fast;
    this.n = fast ? (cnt as PyInt).n : 0;
  }
}

function isIntOne(o: PyObject): boolean {
  return isInt(o) && o.big === null && o.n === 1;
}

// ---------------------------------------------------------------------------------------------
// Simple state holders

/** Iterators over one source with up to three extra owned fields. */
class Iter1 extends PyObject {
  declare it: PyObject | null;
  declare a: PyObject | null;
  declare b: PyObject | null;
  declare flag: number;
  constructor(type: PyType, it: PyObject | null, a: PyObject | null, b: PyObject | null, flag: number) {
    super(type, type.basicsize);
    this.it = it;
    this.a = a;
    this.b = b;
    this.flag = flag;
  }
}
function releaseIter1(o: PyObject): void {
  const x = o as Iter1;
  xdecref(x.it);
  xdecref(x.a);
  xdecref(x.b);
  x.it = x.a = x.b = null;
}

class CycleObject extends PyObject {
  declare it: PyObject | null;
  declare saved: PyObject[];
  declare index: number;
  declare firstpass: boolean;
  constructor(type: PyType, it: PyObject) {
    super(type, type.basicsize);
    this.it = it;
    this.saved = [];
    this.index = 0;
    this.firstpass = true;
  }
}

class RepeatObject extends PyObject {
  declare element: PyObject;
  /** Remaining count, or -1 for forever. */
  declare cnt: number;
  constructor(type: PyType, element: PyObject, cnt: number) {
    super(type, type.basicsize);
    this.element = element;
    this.cnt = cnt;
  }
}

class ChainObject extends PyObject {
  /** The iterator over the iterables (null once exhausted), and the current one. */
  declare source: PyObject | null;
  declare active: PyObject | null;
  constructor(type: PyType, source: PyObject | null) {
    super(type, type.basicsize);
    this.source = source;
    this.active = null;
  }
}

class IsliceObject extends PyObject {
  declare it: PyObject | null;
  declare next: number;
  declare stop: number;
  declare step: number;
  declare cnt: number;
  constructor(type: PyType, it: PyObject, next: number, stop: number, step: number) {
    super(type, type.basicsize);
    this.it = it;
    this.next = next;
    this.stop = stop;
    this.step = step;
    this.cnt = 0;
  }
}

class MultiIter extends PyObject {
  declare its: PyObject[];
  declare fill: PyObject;
  declare active: number;
  constructor(type: PyType, its: PyObject[], fill: PyObject) {
    super(type, type.basicsize);
    this.its = its;
    this.fill = fill;
    this.active = its.length;
  }
}

/** product / permutations / combinations / combinations_with_replacement state. */
class CombObject extends PyObject {
  declare pool: PyObject[];
  declare pools: PyObject[][];
  declare indices: Int32Array;
  declare cycles: Int32Array;
  declare result: PyObject[] | null;
  declare r: number;
  declare stopped: boolean;
  constructor(type: PyType, pool: PyObject[], pools: PyObject[][], r: number) {
    super(type, type.basicsize);
    this.pool = pool;
    this.pools = pools;
    this.indices = new Int32Array(0);
    this.cycles = new Int32Array(0);
    this.result = null;
    this.r = r;
    this.stopped = false;
  }
}
function releaseComb(o: PyObject): void {
  const c = o as CombObject;
  for (const x of c.pool) decref(x);
  for (const p of c.pools) for (const x of p) decref(x);
  c.pool = [];
  c.pools = [];
  c.result = null;
}

class GroupByObject extends PyObject {
  declare it: PyObject | null;
  declare keyfunc: PyObject;
  declare tgtkey: PyObject | null;
  declare currkey: PyObject | null;
  declare currvalue: PyObject | null;
  /** The grouper most recently handed out (borrowed identity check, as CPython's currgrouper). */
  declare currgrouper: PyObject | null;
  constructor(type: PyType, it: PyObject, keyfunc: PyObject) {
    super(type, type.basicsize);
    this.it = it;
    this.keyfunc = keyfunc;
    this.tgtkey = null;
    this.currkey = null;
    this.currvalue = null;
    this.currgrouper = null;
  }
}

class GrouperObject extends PyObject {
  declare parent: GroupByObject;
  declare tgtkey: PyObject;
  constructor(type: PyType, parent: GroupByObject, tgtkey: PyObject) {
    super(type, type.basicsize);
    this.parent = parent;
    this.tgtkey = tgtkey;
  }
}

/** tee's shared buffer: chunks of up to 57 values (LINKCELLS), counted by the tees and links on them. */
const LINKCELLS = 57;
class TeeChunk {
  values: PyObject[] = [];
  next: TeeChunk | null = null;
  /** References from tee objects and from the previous chunk. */
  refs = 1;
  constructor(public it: PyObject, public shared: { running: boolean }) {}
}
function releaseChunk(c: TeeChunk | null): void {
  while (c !== null && --c.refs === 0) {
    for (const v of c.values) decref(v);
    c.values = [];
    const n = c.next;
    if (n === null) decref(c.it);
    c = n;
  }
}

class TeeObject extends PyObject {
  declare chunk: TeeChunk;
  declare index: number;
  constructor(type: PyType, chunk: TeeChunk, index: number) {
    super(type, type.basicsize);
    this.chunk = chunk;
    this.index = index;
  }
}

// ---------------------------------------------------------------------------------------------

let types: Record<string, PyType> | null = null;

function buildTypes(): Record<string, PyType> {
  const T: Record<string, PyType> = {};
  const mk = (name: string, size: number, slots: (t: PyType) => void, extra: Partial<Parameters<typeof makeNativeType>[0]> = {}): PyType => {
    const t = makeNativeType({ name, module: 'itertools', size, slots, ...extra });
    T[name] = t;
    return t;
  };

  mk('count', 48, (t) => {
    t.tp_new = (type, args, kw) => {
      const [s, st] = parseArgs('count', args, kw, ['start', 'step'], 0, [], /* posOnly */ false);
      const start = s ?? newInt(0);
      const step = st ?? newInt(1);
      if (!isNumber(start) || !isNumber(step)) throw raise(TypeErrorType, 'a number is required');
      const fast = isInt(start) && start.type.name === 'int' && start.big === null && isIntOne(step) && step.type.name === 'int';
      return new CountObject(type, newref(start), newref(step), fast);
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const c = o as CountObject;
      if (c.fast) {
        const v = c.n;
        if (v < 9007199254740991) {
          c.n = v + 1;
          return newInt(v);
        }
        // Leaving the safe range: continue with object arithmetic from here.
        c.fast = false;
        decref(c.cnt);
        c.cnt = newInt(v);
      }
      const r = c.cnt;
      c.cnt = binaryOp(r, c.step, NB_ADD);
      return r;
    };
    t.tp_repr = (o) => {
      const c = o as CountObject;
      const cur = c.fast ? String(c.n) : repr(c.cnt);
      if (isIntOne(c.step)) return `${typeNameOf(o)}(${cur})`;
      return `${typeNameOf(o)}(${cur}, ${repr(c.step)})`;
    };
    t.dealloc = (o) => {
      const c = o as CountObject;
      decref(c.cnt);
      decref(c.step);
    };
  });

  defMethodOn(T.count, '__reduce__', (self) => {
    const c = self as CountObject;
    const cur = c.fast ? newInt(c.n) : newref(c.cnt);
    const args = isIntOne(c.step) ? newTuple([cur]) : newTuple([cur, newref(c.step)]);
    return newTuple([newref(c.type), args]);
  });

  mk('cycle', 64, (t) => {
    t.tp_new = (type, args, kw) => {
      noKw('cycle', kw);
      checkPositional('cycle', args.length, 1, 1);
      return new CycleObject(type, getIter(args[0]));
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const c = o as CycleObject;
      if (c.it !== null) {
        const v = iterNext(c.it);
        if (v !== null) {
          if (c.firstpass) c.saved.push(newref(v));
          return v;
        }
        decref(c.it);
        c.it = null;
      }
      if (c.saved.length === 0) return null;
      const v = c.saved[c.index];
      c.index = c.index + 1 === c.saved.length ? 0 : c.index + 1;
      c.firstpass = false;
      return newref(v);
    };
    t.dealloc = (o) => {
      const c = o as CycleObject;
      xdecref(c.it);
      for (const v of c.saved) decref(v);
      c.saved = [];
    };
  });

  mk('repeat', 32, (t) => {
    t.tp_new = (type, args, kw) => {
      const [obj, times] = parseArgs('repeat', args, kw, ['object', 'times'], 1, [], /* posOnly */ false);
      let cnt = -1;
      if (times !== undefined) {
        cnt = asSsize(times);
        if (cnt < 0) cnt = 0;
      }
      return new RepeatObject(type, newref(obj!), cnt);
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const r = o as RepeatObject;
      if (r.cnt === 0) return null;
      if (r.cnt > 0) r.cnt--;
      return newref(r.element);
    };
    t.tp_repr = (o) => {
      const r = o as RepeatObject;
      if (r.cnt === -1) return `${typeNameOf(o)}(${repr(r.element)})`;
      return `${typeNameOf(o)}(${repr(r.element)}, ${r.cnt})`;
    };
    t.dealloc = (o) => decref((o as RepeatObject).element);
  }, {
    methods: {
      __length_hint__: (self) => {
        const r = self as RepeatObject;
        if (r.cnt === -1) throw raise(TypeErrorType, 'len() of unsized object');
        return newInt(r.cnt);
      },
    },
  });

  defMethodOn(T.repeat, '__reduce__', (self) => {
    const r = self as RepeatObject;
    const args = r.cnt === -1 ? newTuple([newref(r.element)]) : newTuple([newref(r.element), newInt(r.cnt)]);
    return newTuple([newref(r.type), args]);
  });

  mk('accumulate', 56, (t) => {
    t.tp_new = (type, args, kw) => {
      const [it, func, initial] = parseArgs('accumulate', args, kw, ['iterable', 'func'], 1, ['initial'], /* posOnly */ false);
      const iter = getIter(it!);
      const f = func === undefined || func === None ? null : newref(func);
      const init = initial === undefined || initial === None ? null : newref(initial);
      // it = source, a = func, b = running total (starts as `initial`), flag 1 = initial not yet yielded
      return new Iter1(type, iter, f, init, init !== null ? 1 : 0);
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const a = o as Iter1;
      if (a.flag === 1) {
        a.flag = 0;
        return newref(a.b!);
      }
      if (a.it === null) return null;
      const v = iterNext(a.it);
      if (v === null) return null;
      if (a.b === null) {
        a.b = newref(v);
        return v;
      }
      let n: PyObject;
      try {
        n = a.a === null ? binaryOp(a.b, v, NB_ADD) : call(a.a, [a.b, v], null);
      } finally {
        decref(v);
      }
      decref(a.b);
      a.b = newref(n);
      return n;
    };
    t.dealloc = releaseIter1;
  });

  mk('batched', 32, (t) => {
    t.tp_new = (type, args, kw) => {
      const [it, nO] = parseArgs('batched', args, kw, ['iterable', 'n'], 2, [], /* posOnly */ false);
      const n = asSsize(nO!);
      if (n < 1) throw raise(ValueErrorType, 'n must be at least one');
      return new Iter1(type, getIter(it!), null, null, n);
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const b = o as Iter1;
      if (b.it === null) return null;
      const items: PyObject[] = [];
      for (let i = 0; i < b.flag; i++) {
        let v: PyObject | null;
        try {
          v = iterNext(b.it);
        } catch (e) {
          for (const x of items) decref(x);
          throw e;
        }
        if (v === null) {
          decref(b.it);
          b.it = null;
          break;
        }
        items.push(v);
      }
      if (items.length === 0) return null;
      return newTuple(items);
    };
    t.dealloc = releaseIter1;
  });

  const chainNext = (o: PyObject): PyObject | null => {
    const c = o as ChainObject;
    for (;;) {
      if (c.active === null) {
        if (c.source === null) return null;
        const iterable = iterNext(c.source);
        if (iterable === null) {
          decref(c.source);
          c.source = null;
          return null;
        }
        try {
          c.active = getIter(iterable);
        } finally {
          decref(iterable);
        }
      }
      const v = iterNext(c.active);
      if (v !== null) return v;
      decref(c.active);
      c.active = null;
    }
  };
  mk('chain', 32, (t) => {
    t.tp_new = (type, args, kw) => {
      if (type === t) noKw('chain', kw);
      const tup = newTuple(args.map((a) => newref(a)));
      const src = getIter(tup);
      decref(tup); // the tuple iterator holds its own reference
      return new ChainObject(type, src);
    };
    t.tp_iter = selfIter;
    t.tp_iternext = chainNext;
    t.dealloc = (o) => {
      const c = o as ChainObject;
      xdecref(c.source);
      xdecref(c.active);
    };
  }, {
    classMethods: {
      from_iterable: (cls, args, kw) => {
        noKw('chain.from_iterable', kw);
        checkPositional('from_iterable', args.length, 1, 1);
        return new ChainObject(cls as PyType, getIter(args[0]));
      },
    },
  });

  mk('compress', 32, (t) => {
    t.tp_new = (type, args, kw) => {
      const [data, sel] = parseArgs('compress', args, kw, ['data', 'selectors'], 2, [], /* posOnly */ false);
      const d = getIter(data!);
      let s: PyObject;
      try {
        s = getIter(sel!);
      } catch (e) {
        decref(d);
        throw e;
      }
      return new Iter1(type, d, s, null, 0);
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const c = o as Iter1;
      if (c.it === null) return null;
      for (;;) {
        const d = iterNext(c.it);
        if (d === null) return null;
        const s = iterNext(c.a!);
        if (s === null) {
          decref(d);
          return null;
        }
        let ok: boolean;
        try {
          ok = truth(s);
        } finally {
          decref(s);
        }
        if (ok) return d;
        decref(d);
      }
    };
    t.dealloc = releaseIter1;
  });

  const predicateType = (name: string, next: (p: Iter1) => PyObject | null): void => {
    mk(name, 40, (t) => {
      t.tp_new = (type, args, kw) => {
        if (type === t) noKw(name, kw);
        checkPositional(name, args.length, 2, 2);
        return new Iter1(type, getIter(args[1]), newref(args[0]), null, 0);
      };
      t.tp_iter = selfIter;
      t.tp_iternext = (o) => next(o as Iter1);
      t.dealloc = releaseIter1;
    });
  };
  const test = (pred: PyObject, v: PyObject): boolean => {
    const r = call(pred, [v], null);
    try {
      return truth(r);
    } finally {
      decref(r);
    }
  };
  predicateType('dropwhile', (p) => {
    for (;;) {
      const v = iterNext(p.it!);
      if (v === null) return null;
      if (p.flag === 1) return v;
      let ok: boolean;
      try {
        ok = test(p.a!, v);
      } catch (e) {
        decref(v);
        throw e;
      }
      if (!ok) {
        p.flag = 1;
        return v;
      }
      decref(v);
    }
  });
  predicateType('takewhile', (p) => {
    if (p.flag === 1) return null;
    const v = iterNext(p.it!);
    if (v === null) return null;
    let ok: boolean;
    try {
      ok = test(p.a!, v);
    } catch (e) {
      decref(v);
      throw e;
    }
    if (ok) return v;
    decref(v);
    p.flag = 1;
    return null;
  });
  predicateType('filterfalse', (p) => {
    for (;;) {
      const v = iterNext(p.it!);
      if (v === null) return null;
      let ok: boolean;
      try {
        ok = p.a === None ? truth(v) : test(p.a!, v);
      } catch (e) {
        decref(v);
        throw e;
      }
      if (!ok) return v;
      decref(v);
    }
  });
  predicateType('starmap', (p) => {
    const v = iterNext(p.it!);
    if (v === null) return null;
    let items: PyObject[];
    try {
      items = tupleItems(v);
    } finally {
      decref(v);
    }
    try {
      return call(p.a!, items, null);
    } finally {
      for (const x of items) decref(x);
    }
  });

  // groupby and _grouper
  const grouperType = mk('_grouper', 40, (t) => {
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const g = o as GrouperObject;
      const gbo = g.parent;
      if (gbo.currgrouper !== g) return null;
      if (gbo.currvalue === null) {
        if (!groupbyStep(gbo)) return null;
      }
      if (!richEq(g.tgtkey, gbo.currkey!)) return null;
      const r = gbo.currvalue!;
      gbo.currvalue = null;
      decref(gbo.currkey!);
      gbo.currkey = null;
      return r;
    };
    t.dealloc = (o) => {
      const g = o as GrouperObject;
      if (g.parent.currgrouper === g) g.parent.currgrouper = null;
      decref(g.parent);
      decref(g.tgtkey);
    };
  }, { baseType: false });
  mk('groupby', 64, (t) => {
    t.tp_new = (type, args, kw) => {
      const [it, key] = parseArgs('groupby', args, kw, ['iterable', 'key'], 1, [], /* posOnly */ false);
      return new GroupByObject(type, getIter(it!), newref(key ?? None));
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const gbo = o as GroupByObject;
      gbo.currgrouper = null;
      // Skip to the next key.
      for (;;) {
        if (gbo.currkey === null) {
          if (!groupbyStep(gbo)) return null;
        } else if (gbo.tgtkey === null) break;
        else {
          if (!richEq(gbo.tgtkey, gbo.currkey)) break;
          if (!groupbyStep(gbo)) return null;
        }
      }
      xdecref(gbo.tgtkey);
      gbo.tgtkey = newref(gbo.currkey!);
      const grouper = new GrouperObject(grouperType, newref(gbo), newref(gbo.tgtkey));
      gbo.currgrouper = grouper;
      return newTuple([newref(gbo.currkey!), grouper]);
    };
    t.dealloc = (o) => {
      const g = o as GroupByObject;
      xdecref(g.it);
      decref(g.keyfunc);
      xdecref(g.tgtkey);
      xdecref(g.currkey);
      xdecref(g.currvalue);
    };
  });

  mk('islice', 56, (t) => {
    t.tp_new = (type, args, kw) => {
      if (type === t) noKw('islice', kw);
      checkPositional('islice', args.length, 2, 4);
      let start = 0;
      let stop = -1;
      let step = 1;
      const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
      const startMsg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
      const intArg = (o: PyObject, msg: string): number => {
        let v: number;
        try {
          v = asSsize(o);
        } catch (e) {
          if (e instanceof PyBaseException && (isSubtype(e.type, TypeErrorType) || isSubtype(e.type, OverflowErrorType))) {
            decref(e);
            throw raise(ValueErrorType, msg);
          }
          throw e;
        }
        if (v < 0) throw raise(ValueErrorType, msg);
        return v;
      };
      if (args.length === 2) {
        if (args[1] !== None) stop = intArg(args[1], stopMsg);
      } else {
        if (args[1] !== None) start = intArg(args[1], startMsg);
        if (args[2] !== None) stop = intArg(args[2], stopMsg);
        if (args.length === 4 && args[3] !== None) {
          let s: number;
          try {
            s = asSsize(args[3]);
          } catch (e) {
            if (e instanceof PyBaseException && isSubtype(e.type, TypeErrorType)) {
              decref(e);
              throw raise(ValueErrorType, 'Step for islice() must be a positive integer or None.');
            }
            throw e;
          }
          if (s < 1) throw raise(ValueErrorType, 'Step for islice() must be a positive integer or None.');
          step = s;
        }
      }
      return new IsliceObject(type, getIter(args[0]), start, stop, step);
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const s = o as IsliceObject;
      if (s.it === null) return null;
      const stop = s.stop;
      while (s.cnt < s.next) {
        const v = iterNext(s.it);
        if (v === null) return isliceDone(s);
        decref(v);
        s.cnt++;
      }
      if (stop !== -1 && s.cnt >= stop) return isliceDone(s);
      const v = iterNext(s.it);
      if (v === null) return isliceDone(s);
      s.cnt++;
      const oldnext = s.next;
      s.next += s.step;
      if (s.next < oldnext || (stop !== -1 && s.next > stop)) s.next = stop;
      return v;
    };
    t.dealloc = (o) => xdecref((o as IsliceObject).it);
  });

  mk('pairwise', 40, (t) => {
    t.tp_new = (type, args, kw) => {
      if (type === t) noKw('pairwise', kw);
      checkPositional('pairwise', args.length, 1, 1);
      return new Iter1(type, getIter(args[0]), null, null, 0);
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const p = o as Iter1;
      if (p.it === null) return null;
      if (p.a === null) {
        p.a = iterNext(p.it);
        if (p.a === null) {
          decref(p.it);
          p.it = null;
          return null;
        }
      }
      const n = iterNext(p.it);
      if (n === null) {
        decref(p.it);
        p.it = null;
        decref(p.a);
        p.a = null;
        return null;
      }
      const r = newTuple([p.a, newref(n)]);
      p.a = n;
      return r;
    };
    t.dealloc = releaseIter1;
  });

  mk('zip_longest', 56, (t) => {
    t.tp_new = (type, args, kw) => {
      let fill: PyObject = None;
      let npos = args.length;
      if (kw !== null && kw.length > 0) {
        npos = args.length - kw.length;
        for (let i = 0; i < kw.length; i++) {
          if (kw[i] !== 'fillvalue') throw raise(TypeErrorType, 'zip_longest() got an unexpected keyword argument');
          fill = args[npos + i];
        }
      }
      const its: PyObject[] = [];
      try {
        for (let i = 0; i < npos; i++) its.push(getIter(args[i]));
      } catch (e) {
        for (const x of its) decref(x);
        throw e;
      }
      return new MultiIter(type, its, newref(fill));
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const z = o as MultiIter;
      const n = z.its.length;
      if (n === 0 || z.active === 0) return null;
      const out: PyObject[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const it = z.its[i];
        let v: PyObject | null = null;
        if (it !== None) {
          try {
            v = iterNext(it);
          } catch (e) {
            for (let j = 0; j < i; j++) decref(out[j]);
            throw e;
          }
          if (v === null) {
            z.active--;
            if (z.active === 0) {
              for (let j = 0; j < i; j++) decref(out[j]);
              z.active = 0;
              return null;
            }
            decref(it);
            z.its[i] = None;
          }
        }
        out[i] = v === null ? newref(z.fill) : v;
      }
      return newTuple(out);
    };
    t.dealloc = (o) => {
      const z = o as MultiIter;
      for (const x of z.its) decref(x);
      z.its = [];
      decref(z.fill);
    };
  });

  // tee
  const teeType = mk('_tee', 40, (t) => {
    t.tp_new = (_type, args, kw) => {
      noKw('_tee', kw);
      checkPositional('_tee', args.length, 1, 1);
      return teeFromIterable(args[0]);
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const te = o as TeeObject;
      let c = te.chunk;
      if (te.index >= LINKCELLS) {
        if (c.next === null) {
          c.next = new TeeChunk(c.it, c.shared);
        }
        const n = c.next;
        n.refs++;
        releaseChunk(c);
        te.chunk = c = n;
        te.index = 0;
      }
      if (te.index < c.values.length) return newref(c.values[te.index++]);
      if (c.shared.running) throw raise(RuntimeErrorType, 'cannot re-enter the tee iterator');
      c.shared.running = true;
      let v: PyObject | null;
      try {
        v = iterNext(c.it);
      } finally {
        c.shared.running = false;
      }
      if (v === null) return null;
      c.values.push(v);
      te.index++;
      return newref(v);
    };
    t.dealloc = (o) => releaseChunk((o as TeeObject).chunk);
  }, {
    baseType: false,
    methods: {
      __copy__: (self) => {
        const te = self as TeeObject;
        te.chunk.refs++;
        return new TeeObject(te.type, te.chunk, te.index);
      },
    },
  });
  const teeFromIterable = (iterable: PyObject): PyObject => {
    const it = getIter(iterable);
    if (it.type === teeType) return it;
    if (lookupType(it.type, '__copy__') !== null) {
      try {
        return callSpecial(it, '__copy__', [])!;
      } finally {
        decref(it);
      }
    }
    return new TeeObject(teeType, new TeeChunk(it, { running: false }), 0);
  };
  teeMaker = (iterable: PyObject, n: number): PyObject => {
    if (n === 0) return newref(emptyTuple);
    const it = getIter(iterable);
    const out: PyObject[] = [];
    try {
      let first: PyObject;
      if (lookupType(it.type, '__copy__') !== null) first = callSpecial(it, '__copy__', [])!;
      else first = new TeeObject(teeType, new TeeChunk(newref(it), { running: false }), 0);
      out.push(first);
      for (let i = 1; i < n; i++) out.push(callSpecial(first, '__copy__', [])!);
    } catch (e) {
      for (const x of out) decref(x);
      throw e;
    } finally {
      decref(it);
    }
    return newTuple(out);
  };

  // product, permutations, combinations, combinations_with_replacement
  mk('product', 80, (t) => {
    t.tp_new = (type, args, kw) => {
      let repeat = 1;
      let npos = args.length;
      if (kw !== null && kw.length > 0) {
        npos = args.length - kw.length;
        for (let i = 0; i < kw.length; i++) {
          if (kw[i] !== 'repeat') {
            throw raise(TypeErrorType, kw.length === 1 ? 'product() got an unexpected keyword argument \'' + kw[i] + '\''
              : 'product() takes at most 1 keyword argument (' + kw.length + ' given)');
          }
          repeat = asSsize(args[npos + i]);
          if (repeat < 0) throw raise(ValueErrorType, 'repeat argument cannot be negative');
        }
      }
      const pools: PyObject[][] = [];
      try {
        for (let i = 0; i < npos; i++) pools.push(tupleItems(args[i]));
      } catch (e) {
        for (const p of pools) for (const x of p) decref(x);
        throw e;
      }
      const all: PyObject[][] = [];
      for (let r = 0; r < repeat; r++) {
        for (const p of pools) {
          if (r > 0) for (const x of p) incref(x);
          all.push(p);
        }
      }
      if (repeat === 0) for (const p of pools) for (const x of p) decref(x);
      const c = new CombObject(type, [], all, all.length);
      c.indices = new Int32Array(all.length);
      return c;
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const c = o as CombObject;
      if (c.stopped) return null;
      const pools = c.pools;
      const n = pools.length;
      if (c.result === null) {
        for (const p of pools) {
          if (p.length === 0) {
            c.stopped = true;
            return null;
          }
        }
        c.result = pools.map((p) => p[0]);
      } else {
        let i = n - 1;
        for (; i >= 0; i--) {
          const p = pools[i];
          c.indices[i]++;
          if (c.indices[i] === p.length) {
            c.indices[i] = 0;
            c.result[i] = p[0];
          } else {
            c.result[i] = p[c.indices[i]];
            break;
          }
        }
        if (i < 0) {
          c.stopped = true;
          return null;
        }
      }
      return newTuple(c.result.map((x) => newref(x)));
    };
    t.dealloc = releaseComb;
  });

  const rArg = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined || o === None) return dflt;
    const r = asSsize(o);
    if (r < 0) throw raise(ValueErrorType, 'r must be non-negative');
    return r;
  };

  mk('combinations', 64, (t) => {
    t.tp_new = (type, args, kw) => {
      const [it, rO] = parseArgs('combinations', args, kw, ['iterable', 'r'], 2, [], /* posOnly */ false);
      const pool = tupleItems(it!);
      let r: number;
      try {
        r = rArg(rO, 0);
      } catch (e) {
        for (const x of pool) decref(x);
        throw e;
      }
      const c = new CombObject(type, pool, [], r);
      c.indices = new Int32Array(r);
      for (let i = 0; i < r; i++) c.indices[i] = i;
      c.stopped = r > pool.length;
      return c;
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const c = o as CombObject;
      if (c.stopped) return null;
      const n = c.pool.length;
      const r = c.r;
      const idx = c.indices;
      if (c.result === null) {
        c.result = [];
        for (let i = 0; i < r; i++) c.result.push(c.pool[idx[i]]);
      } else {
        let i = r - 1;
        while (i >= 0 && idx[i] === i + n - r) i--;
        if (i < 0) {
          c.stopped = true;
          return null;
        }
        idx[i]++;
        for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
        for (let j = i; j < r; j++) c.result[j] = c.pool[idx[j]];
      }
      return newTuple(c.result.map((x) => newref(x)));
    };
    t.dealloc = releaseComb;
  });

  mk('combinations_with_replacement', 64, (t) => {
    t.tp_new = (type, args, kw) => {
      const [it, rO] = parseArgs('combinations_with_replacement', args, kw, ['iterable', 'r'], 2, [], /* posOnly */ false);
      const pool = tupleItems(it!);
      let r: number;
      try {
        r = rArg(rO, 0);
      } catch (e) {
        for (const x of pool) decref(x);
        throw e;
      }
      const c = new CombObject(type, pool, [], r);
      c.indices = new Int32Array(r);
      c.stopped = pool.length === 0 && r > 0;
      return c;
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const c = o as CombObject;
      if (c.stopped) return null;
      const n = c.pool.length;
      const r = c.r;
      const idx = c.indices;
      if (c.result === null) {
        c.result = [];
        for (let i = 0; i < r; i++) c.result.push(c.pool[0]);
      } else {
        let i = r - 1;
        while (i >= 0 && idx[i] === n - 1) i--;
        if (i < 0) {
          c.stopped = true;
          return null;
        }
        const index = idx[i] + 1;
        for (let j = i; j < r; j++) {
          idx[j] = index;
          c.result[j] = c.pool[index];
        }
      }
      return newTuple(c.result.map((x) => newref(x)));
    };
    t.dealloc = releaseComb;
  });

  mk('permutations', 72, (t) => {
    t.tp_new = (type, args, kw) => {
      const [it, rO] = parseArgs('permutations', args, kw, ['iterable', 'r'], 1, [], /* posOnly */ false);
      const pool = tupleItems(it!);
      let r: number;
      try {
        r = rArg(rO, pool.length);
      } catch (e) {
        for (const x of pool) decref(x);
        throw e;
      }
      const n = pool.length;
      const c = new CombObject(type, pool, [], r);
      c.indices = new Int32Array(n);
      for (let i = 0; i < n; i++) c.indices[i] = i;
      c.cycles = new Int32Array(Math.max(r, 0));
      for (let i = 0; i < r; i++) c.cycles[i] = n - i;
      c.stopped = r > n;
      return c;
    };
    t.tp_iter = selfIter;
    t.tp_iternext = (o) => {
      const c = o as CombObject;
      if (c.stopped) return null;
      const n = c.pool.length;
      const r = c.r;
      const idx = c.indices;
      const cycles = c.cycles;
      if (c.result === null) {
        c.result = [];
        for (let i = 0; i < r; i++) c.result.push(c.pool[idx[i]]);
      } else {
        if (n === 0) {
          c.stopped = true;
          return null;
        }
        let i = r - 1;
        for (; i >= 0; i--) {
          cycles[i]--;
          if (cycles[i] === 0) {
            // Rotate indices[i:] left by one.
            const first = idx[i];
            for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1];
            idx[n - 1] = first;
            cycles[i] = n - i;
          } else {
            const j = cycles[i];
            const tmp = idx[i];
            idx[i] = idx[n - j];
            idx[n - j] = tmp;
            for (let k = i; k < r; k++) c.result[k] = c.pool[idx[k]];
            break;
          }
        }
        if (i < 0) {
          c.stopped = true;
          return null;
        }
      }
      return newTuple(c.result.map((x) => newref(x)));
    };
    t.dealloc = releaseComb;
  });

  // Namespace entries added after makeNativeType (the __reduce__ methods) become immortal too.
  for (const t of Object.values(T)) immortalizeType(t);
  return T;
}

let teeMaker: ((iterable: PyObject, n: number) => PyObject) | null = null;

function typeNameOf(o: PyObject): string {
  return o.type.name;
}

function isliceDone(s: IsliceObject): null {
  if (s.it !== null) {
    decref(s.it);
    s.it = null;
  }
  return null;
}

/** Advances groupby's source: currvalue/currkey become the next item and its key. False at the end. */
function groupbyStep(gbo: GroupByObject): boolean {
  if (gbo.it === null) return false;
  const v = iterNext(gbo.it);
  if (v === null) return false;
  let key: PyObject;
  if (gbo.keyfunc === None) key = newref(v);
  else {
    try {
      key = call(gbo.keyfunc, [v], null);
    } catch (e) {
      decref(v);
      throw e;
    }
  }
  xdecref(gbo.currvalue);
  gbo.currvalue = v;
  xdecref(gbo.currkey);
  gbo.currkey = key;
  return true;
}

export function initItertools(m: PyModule): void {
  if (types === null) types = buildTypes();
  for (const [name, t] of Object.entries(types)) defineValue(m, name, newref(t));
  const tee: NativeFn = (_s, args, kw) => {
    noKw('itertools.tee', kw);
    checkPositional('tee', args.length, 1, 2);
    const n = args.length > 1 ? asSsize(args[1]) : 2;
    if (n < 0) throw raise(ValueErrorType, 'n must be >= 0');
    return teeMaker!(args[0], n);
  };
  defineFunction(m, 'tee', tee);
}
