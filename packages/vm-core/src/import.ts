/**
 * The import system: `IMPORT_NAME`, `IMPORT_FROM`, `import *` and `__import__`, as CPython 3.12's
 * importlib._bootstrap behaves (without the importlib objects): `sys.modules` first, then the
 * run's native modules (BuiltinImporter), then the Python sources shipped with pyglass
 * (FrozenImporter), then `sys.path` — for each entry a package directory `NAME/__init__.py`
 * before a module `NAME.py`, and a namespace package when only a directory exists. Submodules
 * are found on their parent's `__path__` and bound on the parent. Source files are compiled
 * through the run's Toolchain (the front stages, handed in by cli), with `__pycache__/
 * NAME.cpython-312.pyc` read when its header matches the source's mtime and size, and written
 * otherwise (unless bytecode writing is off, as `-B` / PYTHONDONTWRITEBYTECODE turn it off).
 *
 * Errors are CPython's: `No module named 'x'`, `No module named 'a.b'; 'a' is not a package`,
 * `cannot import name 'y' from 'x' (path)`, the circular-import wording for partially
 * initialized modules, and the two relative-import errors.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { CodeObject, CompileFailure, Toolchain } from '@pyglass/interfaces';
import { PyDict, PyList, PyModule, PyObject, PyStr, decref, memory, newref } from './object.js';
import type { ModuleTable } from './api.js';
import { CodeInfo } from './code.js';
import { dictClear, dictDelStr, dictGetStr, dictSetStr, dictSetStrOwned, newDict } from './objects/dict.js';
import { None, newException, newInt, newList, newStr, newTuple, raise } from './objects/values.js';
import { fillSyntaxErrorAttrs } from './objects/exception-attrs.js';
import { getAttr, isSubtype, lookupAttr, setAttr, toArray } from './abstract.js';
import { ImportErrorType, KeyErrorType, ModuleNotFoundErrorType, exceptionTypes, moduleType, strType, TypeErrorType, ValueErrorType } from './types.js';
import { runBody } from './eval.js';

/** What the current run imports with; set by runCode. */
export const importState = {
  table: null as ModuleTable | null,
  toolchain: null as Toolchain | null,
  /** `sys.modules` of the current run. */
  modules: null as PyDict | null,
  /** The run's builtins dict, which every module's globals get as `__builtins__`. */
  builtins: null as PyDict | null,
  /** `sys.path` of the current run (a list of str). */
  path: null as PyList | null,
  dontWriteBytecode: false,
  /** Names of modules whose code is running (CPython's `__spec__._initializing`). */
  initializing: new Set<string>(),
};

/**
 * Code objects prepared from source files and shipped sources, by file name, mtime and size:
 * importing the same unchanged file in another run (tests, benchmarks) reuses the compiled code.
 */
const preparedModules = new Map<string, CodeInfo>();

/**
 * A CodeInfo for the process-wide cache: the prepared code object and its constants live as long
 * as the process (like the main program's code object, prepared before a run's leak baseline), so
 * they are not counted among the run's live objects.
 */
export function prepareLongLived(co: CodeObject): CodeInfo {
  const live = memory.live;
  const seen = memory.liveSet === null ? 0 : memory.liveSet.size;
  const info = new CodeInfo(co);
  memory.live = live;
  if (memory.liveSet !== null) {
    const made: PyObject[] = [];
    let i = 0;
    for (const o of memory.liveSet) if (i++ >= seen) made.push(o);
    for (const o of made) memory.liveSet.delete(o);
  }
  return info;
}

function moduleNotFound(msg: string, name: string): never {
  const e = raise(ModuleNotFoundErrorType, msg);
  setExcAttr(e, 'name', newStr(name));
  throw e;
}

function setExcAttr(e: PyObject, name: string, value: PyObject): void {
  if (e.dict === null) e.dict = newDict();
  dictSetStrOwned(e.dict, name, value);
}

/** A SyntaxError (or subclass, or ValueError) raised from a Toolchain compile failure. */
export function compileFailureToException(f: CompileFailure): PyObject {
  const type = exceptionTypes.get(f.type) ?? exceptionTypes.get('SyntaxError')!;
  if (!isSubtype(type, exceptionTypes.get('SyntaxError')!)) return raise(type, f.msg);
  const details = [
    newStr(f.filename),
    f.lineno === null ? newref(None) : newInt(f.lineno),
    f.offset === null ? newref(None) : newInt(f.offset),
    f.text === null ? newref(None) : newStr(f.text),
    f.end_lineno === null ? newref(None) : newInt(f.end_lineno),
    f.end_offset === null ? newref(None) : newInt(f.end_offset),
  ];
  const e = newException(type, [newStr(f.msg), newTuple(details)]);
  fillSyntaxErrorAttrs(e);
  return e;
}

/** Runs `f` on the items of an iterable (toArray's new references), released afterwards. */
function withItems<T>(o: PyObject, f: (items: PyObject[]) => T): T {
  const items = toArray(o);
  try {
    return f(items);
  } finally {
    for (const x of items) decref(x);
  }
}

function strOf(o: PyObject | null): string | null {
  return o !== null && o.type === strType ? (o as PyStr).s : null;
}

/** importlib's `_resolve_name` / `_calc___package__`: the absolute name of a relative import. */
function resolveName(name: string, globals: PyDict | null, level: number): string {
  let pkg: string | null = null;
  if (globals !== null) {
    const p = dictGetStr(globals, '__package__');
    if (p !== null && p !== None) {
      if (p.type !== strType) throw raise(TypeErrorType, 'package must be a string');
      pkg = (p as PyStr).s;
    } else {
      const modName = strOf(dictGetStr(globals, '__name__'));
      if (modName === null) throw raise(KeyErrorType, "'__name__' not in globals");
      pkg = dictGetStr(globals, '__path__') !== null ? modName : modName.includes('.') ? modName.slice(0, modName.lastIndexOf('.')) : '';
    }
  }
  if (pkg === null || pkg === '') throw raise(ImportErrorType, 'attempted relative import with no known parent package');
  const bits = pkg.split('.');
  if (bits.length < level) throw raise(ImportErrorType, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/** IMPORT_NAME / `__import__(name, globals, locals, fromlist, level)`: a new reference. */
export function importName(name: string, fromlist: PyObject, level: number, globals: PyDict | null): PyObject {
  if (level < 0) throw raise(ValueErrorType, 'level must be >= 0');
  const absName = level > 0 ? resolveName(name, globals, level) : name;
  if (level === 0 && name === '') throw raise(ValueErrorType, 'Empty module name');
  const module = importAbsolute(absName);
  const hasFromlist = fromlist !== None && fromlist !== null && withItems(fromlist, (items) => items.length > 0);
  if (!hasFromlist) {
    decref(module);
    if (level === 0) {
      const top = name.split('.')[0]!;
      return newref(sysModule(top)!);
    }
    if (name === '') return newref(sysModule(absName)!);
    // `from . import x` is handled with a fromlist; `import .a.b` does not exist, but __import__
    // allows it: return the package the relative name started from, plus the first part.
    const cut = absName.length - name.length + name.split('.')[0]!.length;
    return newref(sysModule(absName.slice(0, cut))!);
  }
  if (dictGetStr(module.dict!, '__path__') !== null) {
    try {
      withItems(fromlist, (items) => handleFromlist(module, items, false));
    } catch (e) {
      decref(module);
      throw e;
    }
  }
  return module;
}

/** importlib's `_handle_fromlist`: imports the submodules named in a package's fromlist. */
function handleFromlist(module: PyObject, fromlist: PyObject[], recursive: boolean): void {
  const modName = strOf(dictGetStr(module.dict!, '__name__')) ?? '';
  for (const x of fromlist) {
    if (x.type !== strType) {
      const where = recursive ? `${modName}.__all__` : "``from list''";
      throw raise(TypeErrorType, `Item in ${where} must be str, not ${x.type.name}`);
    }
    const s = (x as PyStr).s;
    if (s === '*') {
      if (!recursive) {
        const all = dictGetStr(module.dict!, '__all__');
        if (all !== null) withItems(all, (items) => handleFromlist(module, items, true));
      }
      continue;
    }
    const have = lookupAttr(module, s);
    if (have !== null) {
      decref(have);
      continue;
    }
    const full = `${modName}.${s}`;
    try {
      decref(importAbsolute(full));
    } catch (e) {
      // A missing submodule is not an error here: IMPORT_FROM reports the missing name.
      if (e instanceof PyObject && isSubtype(e.type, ModuleNotFoundErrorType)) {
        const n = e.dict === null ? null : dictGetStr(e.dict, 'name');
        if (n !== null && strOf(n) === full && sysModule(full) === null) {
          decref(e);
          continue;
        }
      }
      throw e;
    }
  }
}

function sysModule(name: string): PyObject | null {
  const v = dictGetStr(importState.modules!, name);
  return v === None ? null : v;
}

/** `_gcd_import`: the module named `name` (absolute, dotted), imported if needed; a new reference. */
export function importAbsolute(name: string): PyObject {
  const have = dictGetStr(importState.modules!, name);
  if (have !== null) {
    if (have === None) moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
    return newref(have);
  }
  const dot = name.lastIndexOf('.');
  let searchPath: string[] | null = null;
  let parent: PyObject | null = null;
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    parent = importAbsolute(parentName);
    // Importing the parent may have imported this module as a side effect.
    const again = dictGetStr(importState.modules!, name);
    if (again !== null && again !== None) {
      decref(parent);
      return newref(again);
    }
    const p = dictGetStr(parent.dict!, '__path__');
    const table = importState.table;
    if (p !== null) searchPath = withItems(p, (items) => items.map((e) => strOf(e)).filter((s): s is string => s !== null));
    else if (table !== null && (table.native.has(name) || table.sources.has(name))) {
      // A native submodule of a native module (collections.abc under a native collections).
      searchPath = [];
    } else {
      decref(parent);
      moduleNotFound(`No module named '${name}'; '${parentName}' is not a package`, name);
    }
  }
  let module: PyObject;
  try {
    module = findAndLoad(name, searchPath);
  } catch (e) {
    if (parent !== null) decref(parent);
    throw e;
  }
  if (parent !== null) {
    // Bind the submodule on its parent, as importlib does after loading it.
    setAttr(parent, name.slice(dot + 1), module);
    decref(parent);
  }
  return module;
}

function findAndLoad(name: string, searchPath: string[] | null): PyObject {
  const table = importState.table;
  const init = table?.native.get(name);
  if (init !== undefined) return loadNative(name, init);
  const shipped = table?.sources.get(name);
  if (shipped !== undefined) {
    return execModule(name, `<pyglass ${name}>`, shipped.isPackage ? [] : null, () => prepareShipped(name, shipped.source), null);
  }
  const entries = searchPath ?? pathEntries();
  const last = name.slice(name.lastIndexOf('.') + 1);
  const namespaceDirs: string[] = [];
  for (const entry of entries) {
    const dir = entry === '' ? process.cwd() : entry;
    const pkgDir = nodePath.join(dir, last);
    if (isDir(pkgDir)) {
      const init = nodePath.join(pkgDir, '__init__.py');
      if (isFile(init)) return execModule(name, init, [pkgDir], () => prepareFile(init), init);
      namespaceDirs.push(pkgDir);
    }
    const file = nodePath.join(dir, `${last}.py`);
    if (isFile(file)) return execModule(name, file, null, () => prepareFile(file), file);
  }
  if (namespaceDirs.length > 0) return namespacePackage(name, namespaceDirs);
  return moduleNotFound(`No module named '${name}'`, name);
}

function pathEntries(): string[] {
  const p = importState.path;
  if (p === null) return [];
  return p.items.map((e) => strOf(e)).filter((s): s is string => s !== null);
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function newModule(name: string): PyModule {
  const d = newDict();
  const mod = new PyModule(moduleType, name, d);
  dictSetStrOwned(d, '__name__', newStr(name));
  dictSetStr(d, '__doc__', None);
  dictSetStr(d, '__package__', None);
  dictSetStr(d, '__loader__', None);
  dictSetStr(d, '__spec__', None);
  return mod;
}

function loadNative(name: string, init: (m: PyModule) => void): PyObject {
  const mod = newModule(name);
  dictSetStrOwned(mod.dict!, '__package__', newStr(''));
  dictSetStr(importState.modules!, name, mod);
  try {
    init(mod);
  } catch (e) {
    dictDelStr(importState.modules!, name);
    dictClear(mod.dict!);
    decref(mod);
    throw e;
  }
  return mod;
}

function namespacePackage(name: string, dirs: string[]): PyObject {
  const mod = newModule(name);
  dictSetStrOwned(mod.dict!, '__package__', newStr(name));
  dictSetStr(mod.dict!, '__file__', None);
  dictSetStrOwned(mod.dict!, '__path__', newList(dirs.map((d) => newStr(d))));
  dictSetStr(importState.modules!, name, mod);
  return mod;
}

/**
 * Runs a source module: a new module in sys.modules (before its code runs, so circular imports
 * see it), its code executed in its dict, and what sys.modules holds afterwards returned (a
 * module may replace itself there). On an exception the module is removed again.
 */
function execModule(name: string, file: string, path: string[] | null, prepare: () => CodeInfo, realFile: string | null): PyObject {
  const code = prepare();
  const mod = newModule(name);
  const d = mod.dict!;
  const pkg = path !== null ? name : name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
  dictSetStrOwned(d, '__package__', newStr(pkg));
  if (realFile !== null) {
    dictSetStrOwned(d, '__file__', newStr(realFile));
    dictSetStrOwned(d, '__cached__', newStr(cachedPath(realFile)));
  }
  if (path !== null) dictSetStrOwned(d, '__path__', newList(path.map((p) => newStr(p))));
  dictSetStr(d, '__builtins__', importState.builtins!);
  dictSetStr(importState.modules!, name, mod);
  importState.initializing.add(name);
  try {
    decref(runBody(code, d, importState.builtins!, d, null));
  } catch (e) {
    importState.initializing.delete(name);
    if (dictGetStr(importState.modules!, name) === mod) dictDelStr(importState.modules!, name);
    decref(mod);
    throw e;
  }
  importState.initializing.delete(name);
  const result = dictGetStr(importState.modules!, name);
  decref(mod);
  if (result === null) throw raise(ImportErrorType, `Loaded module ${name} not found in sys.modules`);
  return newref(result);
}

function toolchain(): Toolchain {
  const t = importState.toolchain;
  if (t === null) throw raise(ImportErrorType, 'this run has no compiler (runCode was given no toolchain), so it cannot import Python source');
  return t;
}

function compileOrRaise(source: Uint8Array | string, filename: string): CodeObject {
  const r = toolchain().compile(source, filename, { mode: 'exec' });
  if (!r.ok) throw compileFailureToException(r.error);
  return r.code;
}

function prepareShipped(name: string, source: string): CodeInfo {
  const key = `shipped\0${name}\0${source.length}`;
  let info = preparedModules.get(key);
  if (info === undefined) {
    info = prepareLongLived(compileOrRaise(source, `<pyglass ${name}>`));
    preparedModules.set(key, info);
  }
  return info;
}

/** `importlib.util.cache_from_source`: DIR/__pycache__/NAME.cpython-312.pyc. */
export function cachedPath(file: string): string {
  const dir = nodePath.dirname(file);
  const base = nodePath.basename(file);
  const stem = base.endsWith('.py') ? base.slice(0, -3) : base;
  return nodePath.join(dir, '__pycache__', `${stem}.cpython-312.pyc`);
}

/**
 * A source file's code: from the cache of this process, else from `__pycache__` when the pyc's
 * header matches the source's mtime and size (SourceLoader's timestamp validation), else compiled
 * and, unless bytecode writing is off, written to `__pycache__`.
 */
function prepareFile(file: string): CodeInfo {
  const st = fs.statSync(file);
  const mtime = Math.floor(st.mtimeMs / 1000);
  const size = st.size;
  const key = `file\0${file}\0${mtime}\0${size}`;
  const have = preparedModules.get(key);
  if (have !== undefined) return have;
  const cached = cachedPath(file);
  let code: CodeObject | null = null;
  try {
    const bytes = fs.readFileSync(cached);
    if (bytes.length >= 16) {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const flags = view.getUint32(4, true);
      if (flags === 0 && view.getUint32(8, true) === (mtime >>> 0) && view.getUint32(12, true) === (size >>> 0)) {
        const r = toolchain().loadPyc(bytes, cached);
        if (r.ok) code = r.code;
      }
    }
  } catch {
    code = null;
  }
  if (code === null) {
    code = compileOrRaise(fs.readFileSync(file), file);
    if (!importState.dontWriteBytecode) {
      try {
        fs.mkdirSync(nodePath.dirname(cached), { recursive: true });
        // Written to a temporary name and renamed, as importlib's _write_atomic does.
        const tmp = `${cached}.${process.pid}`;
        fs.writeFileSync(tmp, toolchain().dumpPyc(code, mtime, size));
        fs.renameSync(tmp, cached);
      } catch {
        // As CPython: a cache that cannot be written is not an error.
      }
    }
  }
  const info = prepareLongLived(code);
  preparedModules.set(key, info);
  return info;
}

/** IMPORT_FROM: `from module import name` (a new reference). */
export function importFrom(module: PyObject, name: string): PyObject {
  const v = lookupAttr(module, name);
  if (v !== null) return v;
  const d = module.dict;
  const modName = d ? strOf(dictGetStr(d, '__name__')) : null;
  if (modName !== null) {
    // A submodule imported since (circular imports): found in sys.modules.
    const sub = dictGetStr(importState.modules!, `${modName}.${name}`);
    if (sub !== null && sub !== None) return newref(sub);
  }
  const shown = modName ?? '<unknown module name>';
  const file = d ? strOf(dictGetStr(d, '__file__')) : null;
  const where = file ?? 'unknown location';
  const e = modName !== null && importState.initializing.has(modName)
    ? raise(ImportErrorType, `cannot import name '${name}' from partially initialized module '${shown}' (most likely due to a circular import) (${where})`)
    : raise(ImportErrorType, `cannot import name '${name}' from '${shown}' (${where})`);
  setExcAttr(e, 'name', modName === null ? newref(None) : newStr(modName));
  setExcAttr(e, 'path', file === null ? newref(None) : newStr(file));
  throw e;
}

/** `from module import *`: `__all__` when the module has one, else its names not starting with `_`. */
export function importStar(module: PyObject, locals: PyDict): void {
  const d = module.dict;
  const all = lookupAttr(module, '__all__');
  if (all !== null) {
    try {
      withItems(all, (items) => {
        for (const n of items) {
          if (n.type !== strType) {
            const modName = d ? strOf(dictGetStr(d, '__name__')) : null;
            throw raise(TypeErrorType, `Item in ${modName ?? 'module'}.__all__ must be str, not ${n.type.name}`);
          }
          const v = getAttr(module, (n as PyStr).s);
          dictSetStrOwned(locals, (n as PyStr).s, v);
        }
      });
    } finally {
      decref(all);
    }
    return;
  }
  if (!d) return;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null && !(k as PyStr).s.startsWith('_')) dictSetStr(locals, (k as PyStr).s, d.values[i]!);
  }
}

/** Finalization of the run's imported modules except `sys` (their dicts cleared, which breaks module ↔ function cycles). */
export function releaseModules(): void {
  const mods = importState.modules;
  if (mods === null) return;
  const names: string[] = [];
  for (const k of mods.keys) if (k !== null && (k as PyStr).s !== 'sys') names.push((k as PyStr).s);
  for (const name of names.reverse()) {
    const m = dictGetStr(mods, name);
    if (m === null) continue;
    newref(m);
    dictDelStr(mods, name);
    if (m.dict && m.type === moduleType) dictClear(m.dict);
    decref(m);
  }
}
