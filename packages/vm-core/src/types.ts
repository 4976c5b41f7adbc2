/**
 * Every builtin type object, created here and nowhere else, with the layout and the size CPython
 * 3.12 gives its instances (`sys.getsizeof` of an empty or small instance, GC header included
 * for tracked containers). This file depends only on object.ts, so that the behaviour files
 * (objects/*.ts) can all import the types without import cycles; they fill in the slots and the
 * type namespaces when objects/index.ts initialises them.
 */
import {
  LAYOUT_DICT, LAYOUT_EXCEPTION, LAYOUT_FLOAT, LAYOUT_INT, LAYOUT_LIST, LAYOUT_OBJECT, LAYOUT_OTHER, LAYOUT_SET, LAYOUT_STR,
  LAYOUT_TUPLE, LAYOUT_TYPE, PyDict, PyType, TPFLAGS_BASETYPE, TPFLAGS_BASE_EXC_SUBCLASS, TPFLAGS_DICT_SUBCLASS,
  TPFLAGS_LIST_SUBCLASS, TPFLAGS_LONG_SUBCLASS, TPFLAGS_TUPLE_SUBCLASS, TPFLAGS_TYPE_SUBCLASS, TPFLAGS_UNICODE_SUBCLASS,
  immortalize,
} from './object.js';

export const typeType = new PyType(null, 'type', null, 920, LAYOUT_TYPE);
typeType.type = typeType;
export const objectType = new PyType(typeType, 'object', null, 16, LAYOUT_OBJECT);
typeType.base = objectType;

/** Every builtin type, for initialisation (namespaces, MRO, immortality). */
export const allBuiltinTypes: PyType[] = [typeType, objectType];

function t(name: string, base: PyType, size: number, layout: number, flags = TPFLAGS_BASETYPE): PyType {
  const type = new PyType(typeType, name, base, size, layout);
  type.flags = flags | (base.flags & (TPFLAGS_LONG_SUBCLASS | TPFLAGS_LIST_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS |
    TPFLAGS_UNICODE_SUBCLASS | TPFLAGS_DICT_SUBCLASS | TPFLAGS_BASE_EXC_SUBCLASS | TPFLAGS_TYPE_SUBCLASS));
  allBuiltinTypes.push(type);
  return type;
}
typeType.flags = TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS;
objectType.flags = TPFLAGS_BASETYPE;

export const intType = t('int', objectType, 28, LAYOUT_INT, TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS);
export const boolType = t('bool', intType, 28, LAYOUT_INT, 0);
export const floatType = t('float', objectType, 24, LAYOUT_FLOAT);
export const complexType = t('complex', objectType, 32, LAYOUT_OTHER);
export const strType = t('str', objectType, 41, LAYOUT_STR, TPFLAGS_BASETYPE | TPFLAGS_UNICODE_SUBCLASS);
export const bytesType = t('bytes', objectType, 33, LAYOUT_OTHER);
export const listType = t('list', objectType, 56, LAYOUT_LIST, TPFLAGS_BASETYPE | TPFLAGS_LIST_SUBCLASS);
export const tupleType = t('tuple', objectType, 40, LAYOUT_TUPLE, TPFLAGS_BASETYPE | TPFLAGS_TUPLE_SUBCLASS);
export const dictType = t('dict', objectType, 64, LAYOUT_DICT, TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS);
export const setType = t('set', objectType, 216, LAYOUT_SET);
export const frozensetType = t('frozenset', objectType, 216, LAYOUT_SET);
export const noneType = t('NoneType', objectType, 16, LAYOUT_OTHER, 0);
export const notImplementedType = t('NotImplementedType', objectType, 16, LAYOUT_OTHER, 0);
export const ellipsisType = t('ellipsis', objectType, 16, LAYOUT_OTHER, 0);
export const functionType = t('function', objectType, 160, LAYOUT_OTHER, 0);
export const builtinFunctionType = t('builtin_function_or_method', objectType, 72, LAYOUT_OTHER, 0);
export const methodType = t('method', objectType, 48, LAYOUT_OTHER, 0);
export const cellType = t('cell', objectType, 40, LAYOUT_OTHER, 0);
export const codeType = t('code', objectType, 200, LAYOUT_OTHER, 0);
export const moduleType = t('module', objectType, 72, LAYOUT_OTHER);
export const rangeType = t('range', objectType, 48, LAYOUT_OTHER, 0);
export const sliceType = t('slice', objectType, 40, LAYOUT_OTHER, 0);
export const propertyType = t('property', objectType, 56, LAYOUT_OTHER);
export const classmethodType = t('classmethod', objectType, 40, LAYOUT_OTHER);
export const staticmethodType = t('staticmethod', objectType, 40, LAYOUT_OTHER);
export const superType = t('super', objectType, 40, LAYOUT_OTHER);
export const generatorType = t('generator', objectType, 200, LAYOUT_OTHER, 0);
export const tracebackType = t('traceback', objectType, 64, LAYOUT_OTHER, 0);
export const frameType = t('frame', objectType, 120, LAYOUT_OTHER, 0);
export const enumerateType = t('enumerate', objectType, 56, LAYOUT_OTHER);
export const zipType = t('zip', objectType, 48, LAYOUT_OTHER);
export const mapType = t('map', objectType, 48, LAYOUT_OTHER);
export const filterType = t('filter', objectType, 48, LAYOUT_OTHER);
export const reversedType = t('reversed', objectType, 48, LAYOUT_OTHER);
export const listIteratorType = t('list_iterator', objectType, 48, LAYOUT_OTHER, 0);
export const listReverseIteratorType = t('list_reverseiterator', objectType, 48, LAYOUT_OTHER, 0);
export const tupleIteratorType = t('tuple_iterator', objectType, 48, LAYOUT_OTHER, 0);
export const strIteratorType = t('str_ascii_iterator', objectType, 48, LAYOUT_OTHER, 0);
export const rangeIteratorType = t('range_iterator', objectType, 48, LAYOUT_OTHER, 0);
export const dictKeyIteratorType = t('dict_keyiterator', objectType, 48, LAYOUT_OTHER, 0);
export const dictValueIteratorType = t('dict_valueiterator', objectType, 48, LAYOUT_OTHER, 0);
export const dictItemIteratorType = t('dict_itemiterator', objectType, 48, LAYOUT_OTHER, 0);
export const dictKeysType = t('dict_keys', objectType, 48, LAYOUT_OTHER, 0);
export const dictValuesType = t('dict_values', objectType, 48, LAYOUT_OTHER, 0);
export const dictItemsType = t('dict_items', objectType, 48, LAYOUT_OTHER, 0);
export const setIteratorType = t('set_iterator', objectType, 48, LAYOUT_OTHER, 0);
export const callIteratorType = t('callable_iterator', objectType, 48, LAYOUT_OTHER, 0);
export const seqIteratorType = t('iterator', objectType, 48, LAYOUT_OTHER, 0);
export const wrapperDescriptorType = t('wrapper_descriptor', objectType, 56, LAYOUT_OTHER, 0);
export const methodDescriptorType = t('method_descriptor', objectType, 56, LAYOUT_OTHER, 0);
export const memberDescriptorType = t('member_descriptor', objectType, 56, LAYOUT_OTHER, 0);
export const getsetDescriptorType = t('getset_descriptor', objectType, 56, LAYOUT_OTHER, 0);
export const classmethodDescriptorType = t('classmethod_descriptor', objectType, 56, LAYOUT_OTHER, 0);

// The exception hierarchy (Objects/exceptions.c), by name → type.
export const baseExceptionType = t('BaseException', objectType, 72, LAYOUT_EXCEPTION, TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS);
export const exceptionTypes = new Map<string, PyType>([['BaseException', baseExceptionType]]);
/** [name, base] in an order where every base comes before its subclasses. */
const EXCEPTION_TREE: [string, string][] = [
  ['BaseExceptionGroup', 'BaseException'], ['GeneratorExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'], ['Exception', 'BaseException'], ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'], ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'], ['AttributeError', 'Exception'], ['BufferError', 'Exception'], ['EOFError', 'Exception'],
  ['ExceptionGroup', 'BaseExceptionGroup'], ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'], ['IndexError', 'LookupError'], ['KeyError', 'LookupError'], ['MemoryError', 'Exception'],
  ['NameError', 'Exception'], ['UnboundLocalError', 'NameError'], ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'], ['ChildProcessError', 'OSError'], ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'], ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'], ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'], ['FileNotFoundError', 'OSError'], ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'], ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'], ['TimeoutError', 'OSError'], ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'], ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'], ['StopIteration', 'Exception'], ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'], ['SystemError', 'Exception'],
  ['TypeError', 'Exception'], ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'], ['Warning', 'Exception'], ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'], ['EncodingWarning', 'Warning'], ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'], ['PendingDeprecationWarning', 'Warning'], ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'], ['SyntaxWarning', 'Warning'], ['UnicodeWarning', 'Warning'], ['UserWarning', 'Warning'],
];
for (const [name, base] of EXCEPTION_TREE) {
  exceptionTypes.set(name, t(name, exceptionTypes.get(base)!, 72, LAYOUT_EXCEPTION, TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS));
}
function exc(name: string): PyType {
  return exceptionTypes.get(name)!;
}
export const ExceptionType = exc('Exception');
export const TypeErrorType = exc('TypeError');
export const ValueErrorType = exc('ValueError');
export const AttributeErrorType = exc('AttributeError');
export const NameErrorType = exc('NameError');
export const UnboundLocalErrorType = exc('UnboundLocalError');
export const KeyErrorType = exc('KeyError');
export const IndexErrorType = exc('IndexError');
export const ZeroDivisionErrorType = exc('ZeroDivisionError');
export const OverflowErrorType = exc('OverflowError');
export const StopIterationType = exc('StopIteration');
export const RecursionErrorType = exc('RecursionError');
export const RuntimeErrorType = exc('RuntimeError');
export const SystemExitType = exc('SystemExit');
export const SystemErrorType = exc('SystemError');
export const NotImplementedErrorType = exc('NotImplementedError');
export const AssertionErrorType = exc('AssertionError');
export const MemoryErrorType = exc('MemoryError');
export const ImportErrorType = exc('ImportError');
export const ModuleNotFoundErrorType = exc('ModuleNotFoundError');
export const GeneratorExitType = exc('GeneratorExit');
export const LookupErrorType = exc('LookupError');
export const KeyboardInterruptType = exc('KeyboardInterrupt');

for (const type of allBuiltinTypes) immortalize(type);
// Namespaces exist from the start so behaviour files can add to them in any order.
for (const type of allBuiltinTypes) type.ns = immortalize(new PyDict(dictType));
