/**
 * The object-model API that native modules (@pyglass/stdlib) are written against — pyglass's
 * counterpart of CPython's C API: object layouts and types, reference counting, value
 * constructors, exception types and `raise`, the abstract protocol (call, attributes, iteration,
 * comparison, arithmetic), builtin-function and native-type helpers, dict and set access. A
 * shared re-export file: helpers add the exports their modules need, one line per source file.
 */
export {
  PyObject, PyType, PyModule, PyFloat, PyInt, PyStr, PyBytes, PyTuple, PyList, PyDict, PySet, PyBaseException, PyBuiltin,
  PyWrapper, PyIter, PyInstance, PyFunction, PyMethod, PyCell, LAYOUT_OTHER, LAYOUT_OBJECT, TPFLAGS_BASETYPE, TPFLAGS_HEAPTYPE,
  incref, decref, newref, xdecref, immortalize, memory,
  type UnaryFunc, type BinaryFunc, type CallFunc, type NewFunc, type IterNextFunc,
} from './object.js';
export {
  typeType, objectType, intType, boolType, floatType, complexType, strType, bytesType, listType, tupleType, dictType, setType,
  frozensetType, noneType, functionType, builtinFunctionType, methodType, moduleType, rangeType, sliceType, propertyType,
  classmethodType, staticmethodType, generatorType, exceptionTypes, baseExceptionType, ExceptionType, TypeErrorType,
  ValueErrorType, AttributeErrorType, NameErrorType, KeyErrorType, IndexErrorType, ZeroDivisionErrorType, OverflowErrorType,
  StopIterationType, RecursionErrorType, RuntimeErrorType, SystemExitType, NotImplementedErrorType, AssertionErrorType,
  ImportErrorType, ModuleNotFoundErrorType, LookupErrorType,
} from './types.js';
export {
  None, True, False, NotImplemented, Ellipsis, newInt, newBigInt, bigOf, newBool, newFloat, newStr, internStr, newTuple,
  tupleOf, newList, emptyTuple, newException, raise,
} from './objects/values.js';
export {
  newDict, dictGet, dictGetStr, dictSet, dictSetStr, dictSetStrOwned, dictDel, dictDelStr, dictClear, dictCopy, dictFind,
} from './objects/dict.js';
export {
  typeName, isSubtype, isInstance, lookupType, genericGetAttr, attributeError, getAttr, lookupAttr, setAttr, call, call0,
  call1, callSpecial, callMethod, repr, str, hashInto, hashAsNumber, richCompare, richEq, compareBool, truth, len, indexValue,
  getIter, iterNext, toArray, getItem, setItem, delItem, contains, binaryOp, unaryNegative, unaryPositive, unaryInvert,
  strObject, isDict, LT, LE, EQ, NE, GT, GE,
} from './abstract.js';
export {
  newBuiltin, defMethod, defClassMethod, defGetSet, noKwargs, checkArgs, splitKw, genericSetAttr, newInstance, objectRepr,
  addSlotWrappers, type NativeFn,
} from './objects/typeobject.js';
export { isInt, intToNumber } from './objects/numbers.js';
export { isStr, sortItems, seqRepr, reprGuard } from './objects/sequences.js';
export { isDictObj, keyError, dictMerge, newSet, setAdd, setContains, setItems } from './objects/mappings.js';
export { correctlyRoundedPow } from './primitives/float-pow.js';
export { tstate } from './eval.js';
export { seqCompare } from './objects/sequences.js';
export {
  codeType, cellType, tracebackType, frameType, ellipsisType, notImplementedType, methodDescriptorType, wrapperDescriptorType,
  classmethodDescriptorType, getsetDescriptorType, memberDescriptorType, callIteratorType,
} from './types.js';

/** Fills a native module's namespace; runs once per run, at the module's first import. */
export type NativeModuleInit = (module: import('./object.js').PyModule) => void;
/** The modules a run can import besides `sys`: native ones, and Python sources shipped with pyglass. */
export interface ModuleTable {
  native: ReadonlyMap<string, NativeModuleInit>;
  sources: ReadonlyMap<string, { source: string; isPackage: boolean }>;
}
export { currentToolchain, codeObjectOf } from './exec.js';
export { importAbsolute as importModule } from './import.js';
export { startThread, park, wakeThread, currentThread, sched, daemonHook, type GreenThread } from './threads.js';
export { formatException, formatExceptionOnly, formatStack } from './traceback.js';
export { constantToObject } from './code.js';
