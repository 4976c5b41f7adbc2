/**
 * @pyglass/stdlib — the built-in modules: native modules written against vm-core's object-model API
 * (src/modules/, listed in src/modules/index.ts) and, later, Python sources shipped with pyglass
 * (lib/). `stdlibModules` is the ModuleTable that cli and the conformance runners pass to
 * `runCode({ modules })`.
 */
import type { ModuleTable } from '@pyglass/vm-core';
import { nativeModules } from './modules/index.js';

export const STAGE_NAME = 'stdlib';

export const stdlibModules: ModuleTable = {
  native: nativeModules,
  sources: new Map(),
};

export { nativeModules };
