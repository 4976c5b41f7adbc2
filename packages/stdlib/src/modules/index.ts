/**
 * The native modules of @pyglass/stdlib by import name (CPython's `PyImport_Inittab`): a shared
 * list — each module's init fills its namespace at its first import in a run. Accelerator names
 * (`_collections`, `_functools`, `_operator`, `_heapq`, `_bisect`) map to the same inits, so
 * CPython's pure-Python modules find them under the names they import.
 */
import type { NativeModuleInit } from '@pyglass/vm-core';
import { initMath } from './math.js';
import { initItertools } from './itertools.js';
import { initOperator } from './operator.js';
import { initFunctools } from './functools.js';
import { initCollections } from './collections.js';
import { initHeapq } from './heapq.js';
import { initBisect } from './bisect.js';
import { initRandom } from './random.js';
import { initString } from './string.js';
import { initKeyword } from './keyword.js';
import { initCopy } from './copy.js';
import { initTypes } from './types.js';
import { initAbc } from './abc.js';
import { initTime } from './time.js';
import { initDisNative } from './dis.js';
import { initThread } from './_thread.js';
import { initTraceback } from './traceback.js';
import { initCollectionsAbc } from './collections-abc.js';

export const nativeModules: ReadonlyMap<string, NativeModuleInit> = new Map<string, NativeModuleInit>([
  ['math', initMath],
  ['itertools', initItertools],
  ['operator', initOperator],
  ['_operator', initOperator],
  ['functools', initFunctools],
  ['_functools', initFunctools],
  ['collections', initCollections],
  ['_collections', initCollections],
  ['heapq', initHeapq],
  ['_heapq', initHeapq],
  ['bisect', initBisect],
  ['_bisect', initBisect],
  ['random', initRandom],
  ['string', initString],
  ['keyword', initKeyword],
  ['copy', initCopy],
  ['types', initTypes],
  ['abc', initAbc],
  ['time', initTime],
  ['_dis', initDisNative],
  ['_thread', initThread],
  ['traceback', initTraceback],
  ['collections.abc', initCollectionsAbc],
  ['_collections_abc', initCollectionsAbc],
  ['_abc', initAbc],
]);
