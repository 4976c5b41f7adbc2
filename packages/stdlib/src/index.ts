/**
 * @pyglass/stdlib — the built-in modules: native modules written against vm-core's object-model API
 * (src/modules/, listed in src/modules/index.ts) and, later, Python sources shipped with pyglass
 * (lib/). `stdlibModules` is the ModuleTable that cli and the conformance runners pass to
 * `runCode({ modules })`.
 */
import type { ModuleTable } from '@pyglass/vm-core';
import { nativeModules } from './modules/index.js';
import { PYTHON_SOURCES } from './generated/python-sources.js';

export const STAGE_NAME = 'stdlib';

/** The Python modules under lib/, embedded by the `python-sources` generator. */
const pythonSources = new Map(PYTHON_SOURCES.map(([name, isPackage, source]) => [name, { source, isPackage }]));

export const stdlibModules: ModuleTable = {
  native: nativeModules,
  sources: pythonSources,
};

export { nativeModules };
